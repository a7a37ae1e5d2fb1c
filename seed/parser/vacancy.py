"""The vacancy factors table of a combined report (section II.G): each category's rates, in per cent, for the
actual periods, the approved and current rates of the period between, and the proposed rate of the budget period.

Its title rows name the columns: "Actual" over "2022/23", "2023/24", "2024/25", then "2025/26 approved", "Actual as
at 31 December 2025", "Actual average, January to December 2025", "2026/27 proposed"; a column's label joins the
title spanning it with its own ("Actual 2022/23"). Rows without figures are headings. The text lost the indents
that nest them, so nesting follows how these tables are built: a heading naming a class of personnel ("Military
and police personnel", "Civilian personnel") opens a top group; any other heading ("National staff", "United
Nations Volunteers", "Temporary positions") opens a sub-group of the rows below it that name international or
national staff, and the first row that does not closes it ("Government-provided personnel" after the temporary
positions). A rate may carry a footnote mark ("7.3 ^b"); "n/a" is not applicable.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from app.core.markup import split_footnote_mark
from app.core.slugs import slugify
from app.core.vocabulary import ValueStatus
from seed.parser.layout import Layout, Role
from seed.parser.numbers import Figure
from seed.parser.period_tables import PeriodAmount
from seed.parser.spans import ParseError, SourceSpan
from seed.parser.toolkit import Cells, Grid, cell, figure, footnote_texts, footnotes, read_grids

_CORNER = re.compile("Category")
_NOT_APPLICABLE = "n/a"
_TOP = re.compile(r"\bpersonnel$")  # a class of personnel, as the financial table groups them
_MEMBER = ("International", "National")


@dataclass(frozen=True)
class VacancyFactorRow:
    slug: str
    name: str
    group: str | None  # the heading the row is printed under ("National staff", "Temporary positions")
    position: int
    rates: tuple[PeriodAmount, ...]  # per cent, one per column, labelled as printed: "Actual 2022/23", …
    footnotes: tuple[str, ...]  # the notes the row's name or rates mark
    source: SourceSpan


def parse_vacancy_factors(layout: Layout) -> tuple[VacancyFactorRow, ...]:
    doc, path = layout.doc, layout.path(Role.VACANCY_FACTORS)
    grids = read_grids(doc, path, lambda grid: bool(grid.titles and grid.rows), corner=_CORNER)
    if not grids:
        raise ParseError(
            "vacancy factors table not found", section=path, line=layout.section(Role.VACANCY_FACTORS).first_line
        )
    grid = grids[0]
    labels = _labels(grid, path)
    notes = footnotes(doc, grid.last_line + 1, layout.section(Role.VACANCY_FACTORS).last_line)
    rows: list[VacancyFactorRow] = []
    top: str | None = None
    sub: str | None = None
    for number, row in grid.rows:
        name, mark = split_footnote_mark(row[0])
        if len(row) == 1:
            top, sub = (name, None) if _TOP.search(name) else (top, name)
            continue
        if sub and not name.startswith(_MEMBER):
            sub = None
        printed = [_rate(cell(row, index), path, number) for index, _ in labels]
        marks = [m for m in (mark, *(m for _, m in printed)) if m]
        rows.append(
            VacancyFactorRow(
                # A sub-group's rows always take its name: "International" under United Nations Volunteers, and the
                # same slug for a row in every report, whether or not a report repeats its name elsewhere.
                slug=slugify(f"{sub} {name}" if sub else name),
                name=name,
                group=sub or top,
                position=len(rows) + 1,
                rates=tuple(PeriodAmount(label, rate) for (_, label), (rate, _) in zip(labels, printed, strict=True)),
                footnotes=tuple(text for m in marks for text in footnote_texts(notes, m)),
                source=SourceSpan(path, number, number),
            )
        )
    repeated = next((row for row in rows if [r.slug for r in rows].count(row.slug) > 1), None)
    if repeated is not None:
        raise ParseError(
            f'vacancy factors print "{repeated.name}" twice in one group', section=path, line=repeated.source.first_line
        )
    return tuple(rows)


def _labels(grid: Grid, path: str) -> list[tuple[int, str]]:
    """Each data column's label: the title spanning it (top row) joined with its own (lower rows)."""
    columns = grid.data_columns
    titles = [row for _, row in grid.titles]
    labels = []
    for index in columns:
        parts = [_spanning(titles[0], index)] + [cell(row, index) for row in titles[1:]]
        label = " ".join(part for part in parts if part)
        if not label:
            raise ParseError(f"vacancy factors column {index} has no title", section=path, line=grid.first_line)
        labels.append((index, label))
    return labels


def _spanning(row: Cells, index: int) -> str:
    """The top title over a column: the nearest title at or left of it (a title spans until the next)."""
    return next((row[i] for i in range(min(index, len(row) - 1), 0, -1) if row[i]), "")


def _rate(text: str, path: str, line: int) -> tuple[Figure, str | None]:
    value, mark = split_footnote_mark(text)
    if value == _NOT_APPLICABLE:
        return Figure(value, None, ValueStatus.NOT_APPLICABLE), mark
    return figure(value, section=path, line=line), mark
