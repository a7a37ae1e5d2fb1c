"""Output tables: tab rows, value/unit/remark paragraphs, and blocks of planned texts before their values.

Rules (no line numbers):
- A tab row with a first cell opens an output, unless that cell continues the planned text before
  it (it starts in lower case, or the planned text before it dangles: ends with "of", "and", a
  comma ...). A row with an empty first cell adds values/remarks to the current output.
- An output table whose first row is a short heading without figures ("Aviation services") groups its
  outputs under such headings (the support component's services); other tables have no sub-groups.
- A paragraph after a tab row continues that row's planned text when it starts in lower case or the
  planned text dangles; after a remark paragraph a lower-case paragraph continues the remark.
- Paragraph layout: a value paragraph ("6", "Yes") belongs to the current output; the paragraph
  after a number is its unit; a sentence ("The lower output ...", "... were postponed ...") is a
  remark; a paragraph followed by a value paragraph (or by a unit and a remark) is a planned output.
  Several planned paragraphs before their values form a block aligned by `align_block`.
- Anything else is left unattributed (and reported by the coverage check).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping
from dataclasses import dataclass

from app.core.markup import blocks, clean
from seed.parser.results.cells import OPENER, VERB, value_tokens
from seed.parser.results.drafts import Entry, OutputDraft, align_block
from seed.parser.results.layout import Row
from seed.parser.spans import ParseError
from seed.parser.toolkit import is_lower_start

_DANGLING = re.compile(r"(?:,|\b(?:of|and|the|for|to|in|on|with|by|at|a|an|or|including))$")
_NAME_CUT = re.compile(r"\bof [A-Z]\w*$")


def dangling(text: str, names: bool = False) -> bool:
    """A planned text cut mid-phrase by a page break ("... local authorities, the").

    With `names`, a text ending in "of <Name>" also dangles ("the subregion of West" / "Africa ..."):
    only a paragraph without figures of its own is read that way.
    """
    text = text.strip()
    return bool(_DANGLING.search(text) or (names and _NAME_CUT.search(text)))


def _heading_like(text: str) -> bool:
    return (
        bool(text)
        and text[0].isupper()
        and not re.search(r"\d", text)
        and len(text.split()) <= 8
        and not VERB.search(text)
        and not dangling(text)
        and not text.endswith((".", ":"))
    )


# How a row's completed cell and the cell beside it give units and remarks (see `seed.parser.results.cells`).
CellReading = Callable[[list[str], str], tuple[list[str | None], list[str]]]


def is_grouped(rows: list[Row]) -> bool:
    """Whether an output table groups its outputs under sub-headings: its first row is one."""
    return bool(rows) and not any(clean(c) for c in rows[0].cells[1:]) and _heading_like(rows[0].first)


@dataclass(frozen=True)
class TableForm:
    """What an output table's layout is read with: its section, sub-groups, cell reading and the report's words."""

    section: str
    grouped: bool
    read_cells: CellReading
    common: frozenset[str]  # words the report prints in lower case (`drafts.lower_case_words`)


class OutputReader:
    """Reads the output rows of one expected accomplishment into drafts."""

    def __init__(self, form: TableForm, moves: Mapping[int, str]) -> None:
        self.form = form
        self.moves = moves  # errata: line -> "previous_output"
        self.drafts: list[OutputDraft] = []
        self.block_from = 0
        self.subgroup: str | None = None
        self.skipped: list[int] = []
        self.unplaced: list[int] = []
        self.prev_line: int | None = None

    # -- helpers ---------------------------------------------------------------------------
    def _new(self, text: str, line: int, by_paragraph: bool) -> OutputDraft:
        joins_block = by_paragraph and self.drafts and self.drafts[-1].by_paragraph and not self.drafts[-1].entries
        if not joins_block:
            self._close_block()
            self.block_from = len(self.drafts)
        draft = OutputDraft([text], [line], self.subgroup, by_paragraph)
        self.drafts.append(draft)
        return draft

    def _close_block(self) -> None:
        block = self.drafts[self.block_from :]
        if len(block) > 1:
            align_block(block, self.form.section, self.form.common)
        self.block_from = len(self.drafts)

    def _current(self, line: int) -> OutputDraft:
        if not self.drafts:
            raise ParseError("output values before any planned output", section=self.form.section, line=line)
        return self.drafts[-1]

    def finish(self) -> list[OutputDraft]:
        self._close_block()
        return self.drafts

    # -- rows ------------------------------------------------------------------------------
    def read(self, rows: list[Row]) -> None:
        for index, row in enumerate(rows):
            after = rows[index + 1 :]
            if row.tabbed:
                self._tab_row(row)
            else:
                self._paragraph(row, after, rows[index - 1] if index else None)

    def _tab_row(self, row: Row) -> None:
        first = row.first
        rest = [c for c in row.cells[1:] if clean(c)]
        if first and not rest and self.form.grouped and _heading_like(first):
            self.subgroup = first
            self.skipped.append(row.line)
            return
        after_break = self.prev_line is not None and row.line - self.prev_line > 1
        self.prev_line = row.line
        if (
            first
            and self.drafts
            and (is_lower_start(first) or (after_break and dangling(" ".join(self.drafts[-1].planned))))
        ):
            draft = self.drafts[-1]
            draft.planned.append(first)
            draft.lines.append(row.line)
        elif first:
            draft = self._new(first, row.line, by_paragraph=False)
        else:
            draft = self._current(row.line)
            draft.lines.append(row.line)
        if self.moves.get(row.line) == "previous_output" and len(self.drafts) > 1:
            draft = self.drafts[-2]  # errata: the row's figures belong to the output before
        self._cells(draft, row)

    def _cells(self, draft: OutputDraft, row: Row) -> None:
        value_paras = blocks(row.cell(1))
        tokens = value_tokens(value_paras[0]) if value_paras else None
        extra = value_paras[1:] if tokens else value_paras
        unit_text = row.cell(2)
        remark_text = " ".join(row.cells[3:])
        remarks: list[str] = []
        if tokens:
            units, remarks = self.form.read_cells(tokens, unit_text)
            for token, unit in zip(tokens, units, strict=True):
                draft.entries.append(Entry(token, unit, []))
            draft.anchor = None
            draft.last = "unit"
        else:
            remarks = blocks(unit_text)
        for text in [*extra, *remarks, *blocks(remark_text)]:
            draft.add_remark(text)

    def _paragraph(self, row: Row, after: list[Row], before: Row | None) -> None:
        """A paragraph: a subgroup heading, part of the current output, a new planned output, or unplaced."""
        self.prev_line = row.line
        next_is_value = bool(after) and not after[0].tabbed and value_tokens(after[0].first) is not None
        if self.form.grouped and _heading_like(row.first) and not next_is_value and (not after or after[0].tabbed):
            self.subgroup = row.first
            self.skipped.append(row.line)
            return
        draft = self.drafts[-1] if self.drafts else None
        if draft is not None and self._read_into(draft, row, after, before, next_is_value):
            return
        if next_is_value or _planned_chain(after) or _unit_then_remark_next(after):
            if draft is not None:
                for entry in draft.pending():
                    entry.awaiting = False
            self._new(row.first, row.line, by_paragraph=True)
            return
        self.unplaced.append(row.line)

    def _read_into(
        self, draft: OutputDraft, row: Row, after: list[Row], before: Row | None, next_is_value: bool
    ) -> bool:
        """Whether the paragraph continues the current output or is one of its values, units or remarks."""
        text = row.first
        if self._continues(text, draft, before, row.line):
            if draft.last == "remark" and not (before is not None and before.tabbed):
                draft.add_remark(text, row.line)
            else:
                draft.planned.append(text)
                draft.lines.append(row.line)
            return True
        tokens = value_tokens(text)
        if tokens is not None:
            for token in tokens:
                draft.entries.append(Entry(token, None, [row.line], awaiting=True))
            draft.last = "value"
            return True
        pending = draft.pending()
        if next_is_value and not pending and not OPENER.match(text):
            return False  # a planned output, its value next
        return _remark_or_unit(draft, row, after, pending, next_is_value)

    def _continues(self, text: str, draft: OutputDraft, before: Row | None, line: int) -> bool:
        if is_lower_start(text):
            return True
        # A paragraph after a page break below a tab row stands where the row's planned cell was.
        return (
            before is not None
            and before.tabbed
            and line - before.line > 1
            and value_tokens(text) is None
            and dangling(" ".join(draft.planned), names=True)
        )


def _remark_or_unit(draft: OutputDraft, row: Row, after: list[Row], pending: list[Entry], next_is_value: bool) -> bool:
    """A sentence is a remark; a phrase after values is the unit of the first value still awaiting one."""
    text = row.first
    if OPENER.match(text) or VERB.search(text):
        draft.add_remark(text, row.line)
        return True
    numeric = [e for e in pending if e.token not in ("Yes", "No")]
    if numeric or (pending and not next_is_value):
        entry = pending[0]  # units follow their values in order
        entry.unit, entry.awaiting = text, False
        entry.lines.append(row.line)
        draft.anchor = entry
        draft.last = "unit"
        return True
    if draft.by_paragraph and not draft.entries and _unit_then_remark(row, after):
        draft.entries.append(Entry("", text, [row.line]))
        draft.last = "unit"
        return True
    return False


def _plain_paragraph(row: Row) -> bool:
    text = row.first
    return not row.tabbed and not is_lower_start(text) and not OPENER.match(text) and not VERB.search(text)


def _planned_chain(after: list[Row]) -> bool:
    """Planned paragraphs in a row, then a value paragraph: a block layout."""
    for row in after:
        if row.tabbed:
            return False
        if value_tokens(row.first) is not None:
            return True
        if not _plain_paragraph(row):
            return False
    return False


def _unit_like(row: Row) -> bool:
    return _plain_paragraph(row) and len(row.first.split()) <= 6 and not re.search(r"\d", row.first)


def _unit_then_remark(row: Row, after: list[Row]) -> bool:
    return _unit_like(row) and bool(after) and not after[0].tabbed and bool(OPENER.match(after[0].first))


def _unit_then_remark_next(after: list[Row]) -> bool:
    return len(after) > 1 and _unit_then_remark(after[0], after[1:])
