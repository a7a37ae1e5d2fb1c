"""The summary's human resources incumbency table, with its nesting and footnotes.

A row with a name and no figures opens a group (national staff, United Nations Volunteers,
temporary positions). The text lost the indentation that showed nesting, so membership
follows how these tables split a group: by international and national staff. Rows whose
name starts with "International" or "National" belong to the open group; the first row
that does not closes it ("Government-provided personnel" after the temporary positions).
"""

from __future__ import annotations

from dataclasses import dataclass

from app.core.markup import split_footnote_mark
from app.core.slugs import unique_slugs
from app.core.vocabulary import StaffingLevel
from seed.parser.lines import Document
from seed.parser.numbers import Figure
from seed.parser.spans import ParseError, SourceSpan
from seed.parser.toolkit import Footnote, cell, figures, footnote_texts, footnotes, read_table


@dataclass(frozen=True)
class StaffingRow:
    slug: str
    name: str
    group: str | None
    level: StaffingLevel
    position: int
    approved: Figure
    actual_average: Figure
    vacancy_rate: Figure
    footnotes: tuple[str, ...]  # footnote texts attached to the row's name
    source: SourceSpan


@dataclass(frozen=True)
class StaffingTable:
    rows: tuple[StaffingRow, ...]
    column_notes: dict[str, str]  # column -> footnote text ("approved": "Represents the highest ...")
    source: SourceSpan


_COLUMNS = ("name", "approved", "actual_average", "vacancy_rate")


def _is_header(row: list[str]) -> bool:
    return row[0] == "Category" and cell(row, 1).startswith("Approved")


def parse_staffing(doc: Document) -> StaffingTable:
    sec = doc.section("Summary")
    table = read_table(doc, "Summary", _is_header, missing="human resources incumbency table not found")
    notes = footnotes(doc, table.last_line + 1, sec.last_line)
    # The header's marks annotate whole columns ("Approved ^a").
    column_notes = {
        column: note
        for column, name in zip(_COLUMNS, table.header, strict=False)
        for note in footnote_texts(notes, split_footnote_mark(name)[1])
    }
    rows = _rows(table.rows, notes)
    if not rows:
        raise ParseError("human resources incumbency table has no rows", section="Summary", line=table.header_line)
    return StaffingTable(tuple(rows), column_notes, SourceSpan("Summary", table.header_line, table.last_line))


def _rows(table: list[tuple[int, list[str]]], notes: dict[str, Footnote]) -> list[StaffingRow]:
    group: str | None = None
    parsed: list[tuple[int, str, str | None, StaffingLevel, str | None, list[Figure]]] = []
    for number, row in table:
        name, mark = split_footnote_mark(row[0])
        printed = figures(row[1:], 3, section="Summary", line=number)
        if len(row) == 1:
            group = name
            parsed.append((number, name, None, StaffingLevel.GROUP, mark, printed))
            continue
        if group and not name.startswith(("International", "National")):
            group = None
        level = StaffingLevel.SUBCATEGORY if group else StaffingLevel.CATEGORY
        parsed.append((number, name, group, level, mark, printed))
    # A repeated name, or a one-word name that does not stand alone ("National"), takes its group's prefix.
    slugs = unique_slugs([(name, grp) for _, name, grp, *_rest in parsed], prefix_single_words=True)
    rows: list[StaffingRow] = []
    for (number, name, grp, level, mark, printed), slug in zip(parsed, slugs, strict=True):
        rows.append(
            StaffingRow(
                slug=slug,
                name=name,
                group=grp,
                level=level,
                position=len(rows) + 1,
                approved=printed[0],
                actual_average=printed[1],
                vacancy_rate=printed[2],
                footnotes=footnote_texts(notes, mark),
                source=SourceSpan("Summary", number, number),
            )
        )
    return rows
