"""Cut the frameworks of the combined layout (a performance report and the next budget in one document, from the
eightieth session) into components, expected accomplishments, indicator cells, external factors and the
evaluation paragraphs after them.

The layout, as printed:
- a component heading, "Component 1: operations", or without its number, "Component: provision of …"; a
  framework may print no component heading at all;
- a two-column table under the header "Expected accomplishment(s) | Indicators of achievement" (the indicator
  column may be named otherwise, "Mission support indicators", but never "Planned"/"Actual" indicators: that
  is the performance layout). The header may be printed again inside the table;
- a table row holds an accomplishment cell opening with its printed id ("1.1 Rapid, effective …"), empty where
  the cell is merged over the rows of its indicators, and an indicator cell opening with its printed id
  ("1.1.1 Average annual percentage … (2022/23: 29 per cent; …)"). A cell without an id continues the cell
  above it when it starts in lower case (a page break), or, for an indicator, with its series;
- "External factors", then one row per printed paragraph of them, closes a component's table;
- "Evaluation activities", then numbered paragraphs, each continued by the lines after it (its items "(a) …",
  "• …", an unnumbered paragraph), ends the section;
- the section heading's footnote ("² The results-based budgeting outputs are available … on the Umoja
  Analytics platform …") is a note on the heading. The layout prints no outputs.
Any other line is left unplaced, for the coverage check to report.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from app.core.markup import clean
from seed.parser.lines import Document
from seed.parser.results.layout import Row, is_separator
from seed.parser.toolkit import is_lower_start

_COMPONENT = re.compile(r"^Component(?:\s+(?P<number>\d+))?\s*:\s*(?P<title>\S.*)$")
_ACCOMPLISHMENT = re.compile(r"^(?P<id>\d+\.\d+)\s+(?P<text>\S.*)$")
_INDICATOR = re.compile(r"^(?P<id>\d+\.\d+\.\d+)\s+(?P<text>\S.*)$")
_PARAGRAPH = re.compile(r"^\d+\.\s")
_EA_COLUMN = re.compile(r"^Expected accomplishments?$")
_INDICATOR_COLUMN = re.compile(r"^(?!(?:Planned|Actual)\b).*\bindicators\b", re.IGNORECASE)
_SERIES_START = re.compile(r"^\(?\d{4}[/:]")  # a series cut from its indicator by a page break
_NOTE_MARK = re.compile(r"[⁰¹²³⁴⁵⁶⁷⁸⁹]+$")
_FACTORS = "External factors"
_EVALUATION = "Evaluation activities"


def is_combined_header(row: Row) -> bool:
    """The table header of the combined layout: an accomplishment column, then an indicator column not split into
    planned and actual indicators."""
    titles = [clean(c) for c in row.cells if clean(c)]
    return len(titles) == 2 and bool(_EA_COLUMN.match(titles[0]) and _INDICATOR_COLUMN.match(titles[1]))


def prints_combined(doc: Document, path: str) -> bool:
    """Whether the section prints its frameworks in the combined layout: it prints that layout's table header."""
    return any(is_combined_header(Row(n, tuple(t.split("\t")))) for n, t in doc.body(path))


@dataclass
class IndicatorCell:
    texts: list[str]  # the cell's text without its printed id, then any continuation
    lines: list[int]


@dataclass
class AccomplishmentCell:
    id: str
    texts: list[str]
    lines: list[int]
    indicators: list[IndicatorCell] = field(default_factory=list)


@dataclass
class ComponentTable:
    number: int | None  # as printed; None where the heading prints none or no heading is printed
    title: str
    heading_line: int | None  # None: the framework prints no component heading
    accomplishments: list[AccomplishmentCell] = field(default_factory=list)
    factors: list[tuple[int, str]] = field(default_factory=list)  # (line, paragraph)


@dataclass
class CombinedBlocks:
    tables: list[ComponentTable] = field(default_factory=list)
    evaluation: list[tuple[int, list[int]]] = field(default_factory=list)  # (paragraph number, lines)
    skipped: list[int] = field(default_factory=list)
    unplaced: list[int] = field(default_factory=list)


def cut_combined(doc: Document, path: str) -> CombinedBlocks:
    """Place every non-blank line of the section in a component table, its external factors or an evaluation
    paragraph; headings, table headers and the heading's note are skipped."""
    sec = doc.section(path)
    mark = _NOTE_MARK.search(doc.line(sec.heading_line).strip())
    cutter = _Cutter(mark[0] + " " if mark else None)
    for number, text in doc.numbered(sec.first_line, sec.last_line):
        cutter.place(Row(number, tuple(text.split("\t"))))
    return cutter.blocks


class _Cutter:
    """Reads the section's rows in order; `mode` is the part of a component the next row belongs to."""

    def __init__(self, note: str | None) -> None:
        self.note = note  # how the line of the heading's footnote opens: "² "
        self.blocks = CombinedBlocks()
        self.mode = "table"  # "table", "factors" or "evaluation"

    @property
    def table(self) -> ComponentTable | None:
        return self.blocks.tables[-1] if self.blocks.tables else None

    def place(self, row: Row) -> None:
        alone = row.alone
        if alone is not None and self._heading(alone, row.line):
            return
        if is_combined_header(row) or is_separator(row):
            self.blocks.skipped.append(row.line)
            self.mode = "table"
        elif self.mode == "evaluation":
            self._evaluation(row)
        elif self.mode == "factors" and alone is not None:
            self._factor(alone, row.line)
        else:
            self._table_row(row)

    def _heading(self, text: str, line: int) -> bool:
        """A component heading, the external factors or evaluation heading, or the note on the section heading."""
        component = _COMPONENT.match(text)
        if component:
            number = int(component["number"]) if component["number"] else None
            self.blocks.tables.append(ComponentTable(number, clean(component["title"]), line))
            self.mode = "table"
        elif text.rstrip(":") in (_FACTORS, _EVALUATION):
            self.mode = "factors" if text.rstrip(":") == _FACTORS else "evaluation"
            self.blocks.skipped.append(line)
        elif self.note is not None and text.startswith(self.note):
            self.blocks.skipped.append(line)
        else:
            return False
        return True

    def _factor(self, text: str, line: int) -> None:
        # A framework printing no component heading has no component to hold its external factors.
        if self.table is None or self.table.heading_line is None:
            self.blocks.unplaced.append(line)
        else:
            self.table.factors.append((line, text))

    def _evaluation(self, row: Row) -> None:
        paragraphs = self.blocks.evaluation
        if row.tabbed:
            self.blocks.unplaced.append(row.line)
        elif _PARAGRAPH.match(row.first):
            paragraphs.append((int(row.first.split(".", 1)[0]), [row.line]))
        elif paragraphs:
            paragraphs[-1][1].append(row.line)  # the paragraph's items, or an unnumbered paragraph after it
        else:
            self.blocks.unplaced.append(row.line)

    def _table_row(self, row: Row) -> None:
        self.mode = "table"
        if not row.tabbed or (row.first and not self._accomplishment(row.first, row.line)):
            self.blocks.unplaced.append(row.line)
            return
        for text in (clean(c) for c in row.cells[1:]):
            if text:
                self._indicator(text, row.line)

    def _accomplishment(self, text: str, line: int) -> bool:
        """An accomplishment cell opening with its id, or one continuing the cell above it."""
        match = _ACCOMPLISHMENT.match(text)
        if match:
            if self.table is None:
                self.blocks.tables.append(ComponentTable(None, "", None))
            assert self.table is not None
            self.table.accomplishments.append(AccomplishmentCell(match["id"], [match["text"]], [line]))
            return True
        current = self._current_accomplishment()
        if current is None or not is_lower_start(text):
            return False
        current.texts.append(text)
        current.lines.append(line)
        return True

    def _current_accomplishment(self) -> AccomplishmentCell | None:
        table = self.table
        return table.accomplishments[-1] if table and table.accomplishments else None

    def _indicator(self, text: str, line: int) -> None:
        accomplishment = self._current_accomplishment()
        match = _INDICATOR.match(text)
        if accomplishment is not None and match:
            accomplishment.indicators.append(IndicatorCell([match["text"]], [line]))
        elif accomplishment and accomplishment.indicators and (is_lower_start(text) or _SERIES_START.match(text)):
            accomplishment.indicators[-1].texts.append(text)
            accomplishment.indicators[-1].lines.append(line)
        else:
            self.blocks.unplaced.append(line)
