"""Tables kept as printed: efficiency gains, quick-impact projects, programmatic activities, borrowing, proposed
staffing changes, the analysis of requirements for air operations and the summary's legislative history.

These tables differ from report to report in their columns and rows, so they are kept whole rather than read
into records of their own: every cell as printed, and the number where the cell prints one (`Figure`, a dash
being nil). A table's title rows are its leading rows that open with an empty cell, then the row naming the
first column ("Budget class", "Period", "As at"), then a row of column numbers ("(1)", "(3)=(2)-(1)") where
printed; its column titles are the title rows' cells at each column, joined. Cells are kept in the columns the
text gives them (which need not line up with the titles exactly). A row printing its first cell only is a
heading ("Mine action programme", "Executive direction and management").
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass

from seed.parser.layout import Layout, Role
from seed.parser.lines import Document
from seed.parser.numbers import Figure, parse_decimal
from seed.parser.paragraphs import is_heading_like
from seed.parser.spans import SourceSpan
from seed.parser.toolkit import Cells, cell, cells

_NUMBERING = re.compile(r"^\(\d+\)(?:\s*=.*)?$")  # "(1)", "(7)=(4)+(5)+(6)"
_UNIT = re.compile(r"^\((?:Thousands|Millions|Percentage)\b.*\)$")
_BORROWING = re.compile(r"^\d+\.\s+Borrowing\b")


@dataclass(frozen=True)
class PrintedRow:
    cells: tuple[Figure | str, ...]  # one per column: a Figure where the cell prints a number or a dash, else its text
    heading: bool  # the row prints its first cell only
    source: SourceSpan


@dataclass(frozen=True)
class PrintedTable:
    role: str  # what the table is: "efficiency_gains", "borrowing", "legislative_history" …
    title: str  # the heading the table is printed under
    unit: str | None  # the caption naming its unit: "(Thousands of United States dollars)"; None where none
    columns: tuple[str, ...]  # each column's titles, joined; "" where the title rows print none over it
    rows: tuple[PrintedRow, ...]
    source: SourceSpan


@dataclass(frozen=True)
class _Block:
    """A run of tab-separated lines (a table), with the prose lines above it."""

    rows: list[tuple[int, Cells]]
    above: list[str]  # the non-table lines since the previous table, in order


def _blocks(doc: Document, first: int, last: int) -> list[_Block]:
    blocks: list[_Block] = []
    rows: list[tuple[int, Cells]] = []
    above: list[str] = []
    for number, text in doc.numbered(first, last):
        if "\t" in text:
            rows.append((number, cells(text)))
            continue
        if rows:
            blocks.append(_Block(rows, above))
            rows, above = [], []
        above.append(text.strip())
    if rows:
        blocks.append(_Block(rows, above))
    return blocks


def _cell_value(text: str) -> Figure | str:
    if not text:
        return ""
    try:
        return parse_decimal(text)
    except ValueError:
        return text


def _is_numbered(text: str) -> bool:
    return not text or _NUMBERING.match(text) is not None


def _prints_no_figure(row: Cells) -> bool:
    return all(isinstance(_cell_value(text), str) or _NUMBERING.match(text) for text in row[1:])


def _title_rows(rows: list[tuple[int, Cells]]) -> int:
    """How many leading rows are titles (rule in the module docstring)."""
    count, named = 0, False
    for _, row in rows:
        spanning = not row[0] and _prints_no_figure(row)
        naming = not named and row[0] and _prints_no_figure(row)
        numbers = named and all(_is_numbered(text) for text in row)
        if not (spanning or naming or numbers):
            break
        named = named or bool(naming)
        count += 1
    return count


def _table(role: str, section: str, heading: str, block: _Block) -> PrintedTable:
    split = _title_rows(block.rows)
    titles, data = block.rows[:split], block.rows[split:]
    width = max(len(row) for _, row in block.rows)
    used = [i for i in range(width) if any(cell(row, i) for _, row in block.rows)]
    columns = tuple(" ".join(text for _, row in titles if (text := cell(row, i))) for i in used)
    rows = tuple(
        PrintedRow(
            cells=tuple(_cell_value(cell(row, i)) for i in used),
            heading=len(row) == 1,
            source=SourceSpan(section, number, number),
        )
        for number, row in data
    )
    unit = next((line for line in reversed(block.above) if _UNIT.match(line)), None)
    title = next((line for line in reversed(block.above) if is_heading_like(line) and not _UNIT.match(line)), heading)
    first, last = block.rows[0][0], block.rows[-1][0]
    return PrintedTable(role, title, unit, columns, rows, SourceSpan(section, first, last))


# Which blocks of a section a table role keeps: all of them, or those after a sub-heading.
_Select = Callable[[list[_Block]], list[_Block]]


def _all(blocks: list[_Block]) -> list[_Block]:
    return blocks


def _after_borrowing(blocks: list[_Block]) -> list[_Block]:
    """The tables after the sub-heading "2. Borrowing" (the section opens with other revenue's table)."""
    for index, block in enumerate(blocks):
        if any(_BORROWING.match(line) for line in block.above):
            return blocks[index:]
    return []


def _legislative_history(blocks: list[_Block]) -> list[_Block]:
    return [block for block in blocks if any(line == "Legislative history" for line in block.above)]


@dataclass(frozen=True)
class _Kept:
    role: str
    section: Role
    select: _Select


_KEPT = (
    _Kept("legislative_history", Role.SUMMARY, _legislative_history),
    _Kept("staffing_changes", Role.STAFFING_CHANGES, _all),
    _Kept("efficiency_gains", Role.EFFICIENCY_GAINS, _all),
    _Kept("borrowing", Role.OTHER_REVENUE, _after_borrowing),
    _Kept("air_operations", Role.AIR_OPERATIONS, _all),
    _Kept("programmatic_activities", Role.PROGRAMMATIC_ACTIVITIES, _all),
    _Kept("quick_impact_projects", Role.QUICK_IMPACT_PROJECTS, _all),
)


def parse_printed_tables(layout: Layout) -> tuple[PrintedTable, ...]:
    """Every kept table of the sections the report prints, in the order of `_KEPT`, then printed order."""
    found: list[PrintedTable] = []
    for kept in _KEPT:
        if not layout.has(kept.section):
            continue
        section = layout.section(kept.section)
        blocks = _blocks(layout.doc, section.first_line, section.last_line)
        found.extend(_table(kept.role, section.path, section.title, block) for block in kept.select(blocks))
    return tuple(found)
