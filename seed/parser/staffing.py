"""The summary's human resources incumbency table, with its nesting and footnotes.

A row with a name and no figures opens a group (national staff, United Nations Volunteers,
temporary positions). The text lost the indentation that showed nesting, so membership
follows how these tables split a group: by international and national staff. Rows whose
name starts with "International" or "National" belong to the open group; the first row
that does not closes it ("Government-provided personnel" after the temporary positions).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Literal

from app.core.markup import clean, split_footnote_mark
from app.core.slugs import unique_slugs
from seed.parser.cells import cells
from seed.parser.lines import Document
from seed.parser.numbers import Figure, parse_decimal
from seed.parser.spans import ParseError, SourceSpan

Level = Literal["category", "group", "subcategory"]


@dataclass(frozen=True)
class StaffingRow:
    slug: str
    name: str
    group: str | None
    level: Level
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


_HEADER = re.compile(r"^Category\tApproved")


def _footnotes(doc: Document, first: int, last: int) -> dict[str, str]:
    notes: dict[str, str] = {}
    for _, text in doc.numbered(first, last):
        match = re.match(r"^\^([a-z])\s+(.*)$", text.strip())
        if match:
            notes[match[1]] = clean(match[2])
    return notes


def parse_staffing(doc: Document) -> StaffingTable:
    sec = doc.section("Summary")
    header = next((n for n, t in doc.numbered(sec.first_line, sec.last_line) if _HEADER.match(t)), None)
    if header is None:
        raise ParseError("human resources incumbency table not found", section="Summary", line=sec.first_line)
    header_cells = [split_footnote_mark(c) for c in cells(doc.line(header))]
    table: list[tuple[int, list[str]]] = []
    number = header + 1
    while number <= sec.last_line and doc.line(number).strip():
        table.append((number, cells(doc.line(number))))
        number += 1
    notes = _footnotes(doc, number, sec.last_line)
    columns = ["name", "approved", "actual_average", "vacancy_rate"]
    column_notes = {columns[i]: notes[mark] for i, (_, mark) in enumerate(header_cells) if mark and mark in notes}
    rows = _rows(table, notes)
    if not rows:
        raise ParseError("human resources incumbency table has no rows", section="Summary", line=header)
    return StaffingTable(tuple(rows), column_notes, SourceSpan("Summary", header, number - 1))


def _rows(table: list[tuple[int, list[str]]], notes: dict[str, str]) -> list[StaffingRow]:
    group: str | None = None
    parsed: list[tuple[int, str, str | None, Level, str | None, list[Figure]]] = []
    for number, row in table:
        name, mark = split_footnote_mark(row[0])
        try:
            figures = [parse_decimal(value) for value in [*row[1:], "", "", ""][:3]]
        except ValueError as error:
            raise ParseError(str(error), section="Summary", line=number) from None
        if len(row) == 1:
            group = name
            parsed.append((number, name, None, "group", mark, figures))
            continue
        if group and not name.startswith(("International", "National")):
            group = None
        parsed.append((number, name, group, "subcategory" if group else "category", mark, figures))
    # A repeated name, or a one-word name that does not stand alone ("National"), takes its group's prefix.
    slugs = unique_slugs([(name, grp) for _, name, grp, *_rest in parsed], prefix_single_words=True)
    rows: list[StaffingRow] = []
    for (number, name, grp, level, mark, figures), slug in zip(parsed, slugs, strict=True):
        rows.append(
            StaffingRow(
                slug=slug,
                name=name,
                group=grp,
                level=level,
                position=len(rows) + 1,
                approved=figures[0],
                actual_average=figures[1],
                vacancy_rate=figures[2],
                footnotes=tuple(notes[mark] for mark in [mark] if mark and mark in notes),
                source=SourceSpan("Summary", number, number),
            )
        )
    return rows
