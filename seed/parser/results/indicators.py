"""Indicator tables: rows "planned\\tactual", alternating paragraphs, or all planned texts then all actuals.

Rules (no line numbers):
- A planned indicator is a paragraph or first cell holding a target parenthesis "(... YYYY/YY: ...)".
  A paragraph (or first cell) that starts with such a parenthesis continues the planned text of
  the indicator before it (a planned text cut by its actuals or a page break).
- In paragraph layout the first paragraph after a planned text is the actual, later ones explain
  it; a paragraph immediately followed by an "Achieved" paragraph is a planned text without
  targets (its targets may follow later as a continuation).
- Two planned paragraphs in a row start a block: every paragraph up to the last planned one is a
  planned indicator, and the paragraphs after it are actuals grouped in order, a group starting at
  each paragraph that is not an explanation ("The lower/higher ...").
- In a cell, "The lower/higher ..." starts the explanation; <p> paragraphs after the first explain.
- A row with an empty first cell continues the explanation of the indicator before it (as printed).
- A planned text may open with its printed number ("1.1.1 Percentage of …"); the number is not text.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from app.core.markup import blocks, clean
from seed.parser.results.layout import Row
from seed.parser.results.targets import target_groups
from seed.parser.spans import ParseError
from seed.parser.toolkit import is_lower_start

_EXPLANATION = re.compile(r"(?:^|\s)(?=The (?:overall )?(?:lower|higher)\b)")
_ACHIEVED = re.compile(r"^Achieved\b")
_NUMBER = re.compile(r"^\d+\.\d+\.\d+\s+")


@dataclass
class IndicatorDraft:
    planned: list[str]
    lines: list[int]
    actual: str = ""
    explanation: list[str] = field(default_factory=list)

    def add_text(self, text: str) -> None:
        """Actual first, explanations after; a lower-case fragment continues the last text."""
        if not self.actual:
            self.actual = text
        elif is_lower_start(text):
            if self.explanation:
                self.explanation[-1] += " " + text
            else:
                self.actual += " " + text
        else:
            self.explanation.append(text)


def has_targets(text: str) -> bool:
    return bool(target_groups(text))


def is_target_continuation(text: str) -> bool:
    return text.startswith("(") and has_targets(text)


def split_explanation(text: str) -> list[str]:
    """ "63 per cent The lower percentage was ..." -> actual, explanation."""
    for match in _EXPLANATION.finditer(text):
        if match.start() > 0:
            return [text[: match.start()].strip(), text[match.start() :].strip()]
    return [text]


def parse_indicator_rows(rows: list[Row], section: str, moved: frozenset[int] = frozenset()) -> list[IndicatorDraft]:
    """`moved`: lines whose actual cells an erratum hands to the indicator before the row's own."""
    drafts: list[IndicatorDraft] = []
    index = 0
    try:
        while index < len(rows):
            row = rows[index]
            if row.tabbed:
                _tab_row(row, drafts, move_back=row.line in moved)
                index += 1
                continue
            run_end = index
            while run_end < len(rows) and not rows[run_end].tabbed:
                run_end += 1
            _paragraph_run(rows[index:run_end], drafts)
            index = run_end
    except _Misplaced as error:
        raise ParseError(error.reason, section=section, line=error.line) from None
    return drafts


class _Misplaced(Exception):
    """A row the indicator layouts cannot place; `parse_indicator_rows` names the section."""

    def __init__(self, reason: str, line: int) -> None:
        super().__init__(reason)
        self.reason = reason
        self.line = line


def _cell_texts(row: Row) -> list[str]:
    texts: list[str] = []
    for cell in row.cells[1:]:
        for para in blocks(cell):
            texts.extend(split_explanation(para))
    return [t for t in texts if t]


def _tab_row(row: Row, drafts: list[IndicatorDraft], *, move_back: bool = False) -> None:
    planned = row.first
    texts = _cell_texts(row)
    if not planned or is_target_continuation(planned):
        if not drafts:
            raise _Misplaced("indicator continuation before any indicator", row.line)
        draft = drafts[-1]
        if planned:
            draft.planned.append(planned)
        draft.lines.append(row.line)
    else:
        draft = IndicatorDraft([planned], [row.line])
        drafts.append(draft)
    if move_back and len(drafts) > 1:
        draft = drafts[-2]
    for text in texts:
        draft.add_text(text)


def _kind(text: str) -> str:
    if is_target_continuation(text):
        return "T"
    return "P" if has_targets(text) else "O"


def _paragraph_run(rows: list[Row], drafts: list[IndicatorDraft]) -> None:
    texts = [r.first for r in rows]
    kinds = [_kind(t) for t in texts]
    block_start = next((i for i in range(len(kinds) - 1) if kinds[i] == kinds[i + 1] == "P"), None)
    if block_start is not None:
        _normal(rows[:block_start], kinds[:block_start], drafts)
        _block(rows[block_start:], kinds[block_start:], drafts)
    else:
        _normal(rows, kinds, drafts)


def _normal(rows: list[Row], kinds: list[str], drafts: list[IndicatorDraft]) -> None:
    for i, (row, kind) in enumerate(zip(rows, kinds, strict=True)):
        text = row.first
        followed_by_achieved = i + 1 < len(rows) and _ACHIEVED.match(rows[i + 1].first) is not None
        if kind == "P" or (kind == "O" and followed_by_achieved and drafts and drafts[-1].actual):
            drafts.append(IndicatorDraft([text], [row.line]))
            continue
        if not drafts:
            raise _Misplaced("indicator text before any planned indicator", row.line)
        drafts[-1].lines.append(row.line)
        if kind == "T":
            drafts[-1].planned.append(text)
        else:
            for part in split_explanation(text):
                drafts[-1].add_text(part)


def _block(rows: list[Row], kinds: list[str], drafts: list[IndicatorDraft]) -> None:
    last_planned = max(i for i, k in enumerate(kinds) if k == "P")
    block: list[IndicatorDraft] = []
    for row, kind in zip(rows[: last_planned + 1], kinds[: last_planned + 1], strict=True):
        if kind == "T" and block:
            block[-1].planned.append(row.first)
            block[-1].lines.append(row.line)
        else:
            block.append(IndicatorDraft([row.first], [row.line]))
    slot = -1
    for row in rows[last_planned + 1 :]:
        text = row.first
        explains = bool(_EXPLANATION.match(text)) or is_lower_start(text)
        if not explains or slot < 0:
            slot += 1
        if slot >= len(block):
            raise _Misplaced("more actual indicators than planned ones", row.line)
        block[slot].lines.append(row.line)
        if explains and block[slot].actual:
            block[slot].explanation.append(text)
        else:
            block[slot].actual = text
    drafts.extend(block)


def planned_text(draft: IndicatorDraft) -> str:
    return _NUMBER.sub("", clean(" ".join(draft.planned)))
