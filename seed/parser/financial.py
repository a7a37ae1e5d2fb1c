"""The financial resources table (section III.A of a standalone report, II.A of a combined one), and the
summary's headline copy of it.

Columns are found by their titles (`seed.parser.financial_columns`): the performance set fills a row's own
figures, the budget set of a combined report its `budget`, and a report of several sites its `sites`. A
report may print the sets in separate tables of one row each per category (one table per period): the tables'
rows are then one row each, matched by name in printed order.

Rows with a name and no figures open a group; so does a row of dashes where a group can open (first, or after a
subtotal) when a "Subtotal" closes it before any total, since some tables print a heading's empty cells as
dashes. "Subtotal" closes a group; names ending in "requirements" are totals; other rows after the last group
(staff assessment income, voluntary contributions in kind) are lines outside any group.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, replace

from app.core.markup import split_footnote_mark
from app.core.slugs import slugify, unique_slugs
from app.core.vocabulary import FinancialLevel, ValueStatus
from seed.parser.financial_columns import Column, ColumnSet, Measure, is_amount_title, read_columns
from seed.parser.layout import Layout, Role
from seed.parser.lines import Document
from seed.parser.numbers import Figure
from seed.parser.spans import ParseError, SourceSpan
from seed.parser.toolkit import Cells, Grid, cell, figure, read_grids, require_total

_CORNER = re.compile("Category")
_SUBTOTAL = "Subtotal"
_TOTAL_SUFFIX = "requirements"


@dataclass(frozen=True)
class BudgetFigures:
    """A combined report's budget columns for a row: the next period's apportionment and the cost estimates."""

    apportionment: Figure  # of the period before the budget period ("2025/26")
    cost_estimates: Figure  # of the budget period ("2026/27")
    variance: Figure  # cost estimates − apportionment
    variance_percent: Figure
    apportionment_period: str  # "2025/26"
    estimates_period: str  # "2026/27"


@dataclass(frozen=True)
class SiteFigures:
    """One site's amounts, where the table prints each amount per site and in total (the total is the row's)."""

    site: str
    apportionment: Figure | None
    expenditure: Figure | None
    budget_apportionment: Figure | None
    cost_estimates: Figure | None


@dataclass(frozen=True)
class FinancialRow:
    slug: str
    name: str
    group: str | None
    level: FinancialLevel
    position: int
    apportionment: Figure
    expenditure: Figure
    variance: Figure
    variance_percent: Figure
    source: SourceSpan
    budget: BudgetFigures | None = None  # None in a standalone report
    sites: tuple[SiteFigures, ...] = ()  # empty where the table prints no sites


_Key = tuple[ColumnSet, Measure, str | None]  # a figure's column: its set, its measure, its site


@dataclass(frozen=True)
class _Printed:
    """A printed row of one or more tables: its name, its figures by column, where it is printed."""

    name: str
    empty: bool  # the row prints no figures
    figures: dict[_Key, Figure]
    first_line: int
    last_line: int


@dataclass(frozen=True)
class _Columns:
    """The columns of a section's financial tables: the periods and sites they print."""

    columns: list[Column]

    def period(self, column_set: ColumnSet, measure: Measure) -> str:
        return next((c.period for c in self.columns if (c.set, c.measure) == (column_set, measure) and c.period), "")

    @property
    def has_budget(self) -> bool:
        return any(c.set == ColumnSet.BUDGET for c in self.columns)

    @property
    def sites(self) -> list[str]:
        return list(dict.fromkeys(c.site for c in self.columns if c.site))


_PERFORMANCE = (Measure.APPORTIONMENT, Measure.EXPENDITURE, Measure.VARIANCE, Measure.VARIANCE_PERCENT)
_BUDGET = (Measure.APPORTIONMENT, Measure.COST_ESTIMATES, Measure.VARIANCE, Measure.VARIANCE_PERCENT)


def _is_financial(grid: Grid) -> bool:
    return any(is_amount_title(text) for _, row in grid.titles for text in row)


def _read(doc: Document, path: str) -> tuple[_Columns, list[_Printed]]:
    """The section's financial tables, their columns, and their rows (one per category, tables merged)."""
    grids = read_grids(doc, path, _is_financial, corner=_CORNER)
    if not grids:
        raise ParseError("financial resources table not found", section=path, line=doc.section(path).first_line)
    columns: list[Column] = []
    printed: list[_Printed] = []
    for grid in grids:
        found = read_columns([row for _, row in grid.titles], grid.data_columns, section=path, line=grid.first_line)
        columns.extend(found)
        rows = [_printed(number, row, found, path) for number, row in grid.rows]
        printed = _merge(printed, rows, path) if printed else rows
    _require(columns, path, grids[0].first_line)
    return _Columns(columns), printed


def _require(columns: list[Column], path: str, line: int) -> None:
    """Every figure of the performance set, and of the budget set where one is printed, has its column."""
    keys = {(c.set, c.measure) for c in columns if c.site is None}
    wanted = [(ColumnSet.PERFORMANCE, m) for m in _PERFORMANCE]
    if any(c.set == ColumnSet.BUDGET for c in columns):
        wanted += [(ColumnSet.BUDGET, m) for m in _BUDGET]
    missing = [f"{s} {m}" for s, m in wanted if (s, m) not in keys]
    if missing:
        raise ParseError(f"financial resources table has no column for the {missing[0]}", section=path, line=line)


def _printed(number: int, row: Cells, columns: Sequence[Column], path: str) -> _Printed:
    name = split_footnote_mark(row[0])[0]  # a mark names a note under the table, not the category
    figures = {(c.set, c.measure, c.site): figure(cell(row, c.index), section=path, line=number) for c in columns}
    return _Printed(name, len(row) == 1, figures, number, number)


def _merge(rows: list[_Printed], more: list[_Printed], path: str) -> list[_Printed]:
    """A later table's rows add their figures to the same categories, which it prints in the same order."""
    if [r.name for r in rows] != [r.name for r in more]:
        wrong = next((r for r, m in zip(rows, more, strict=False) if r.name != m.name), more[-1] if more else rows[-1])
        raise ParseError("the financial tables do not print the same categories", section=path, line=wrong.first_line)
    return [
        _Printed(r.name, r.empty and m.empty, {**r.figures, **m.figures}, r.first_line, m.last_line)
        for r, m in zip(rows, more, strict=True)
    ]


def _opens_group(rows: list[_Printed], index: int) -> bool:
    """A row without figures; or a row of dashes where a group can open, which a subtotal closes before any total."""
    row = rows[index]
    if row.empty:
        return True
    opening = index == 0 or rows[index - 1].name == _SUBTOTAL
    if not opening or any(f.status != ValueStatus.NIL for f in row.figures.values()):
        return False
    following = (r.name for r in rows[index + 1 :] if r.name == _SUBTOTAL or r.name.endswith(_TOTAL_SUFFIX))
    return next(following, None) == _SUBTOTAL


def _record(
    row: _Printed, columns: _Columns, *, group: str | None, level: FinancialLevel, position: int, path: str
) -> FinancialRow:
    own = {m: row.figures[(ColumnSet.PERFORMANCE, m, None)] for m in _PERFORMANCE}
    return FinancialRow(
        slug=slugify(row.name),
        name=row.name,
        group=group,
        level=level,
        position=position,
        apportionment=own[Measure.APPORTIONMENT],
        expenditure=own[Measure.EXPENDITURE],
        variance=own[Measure.VARIANCE],
        variance_percent=own[Measure.VARIANCE_PERCENT],
        source=SourceSpan(path, row.first_line, row.last_line),
        budget=_budget(row, columns),
        sites=tuple(_site(row, site) for site in columns.sites),
    )


def _budget(row: _Printed, columns: _Columns) -> BudgetFigures | None:
    if not columns.has_budget:
        return None
    printed = {m: row.figures[(ColumnSet.BUDGET, m, None)] for m in _BUDGET}
    return BudgetFigures(
        apportionment=printed[Measure.APPORTIONMENT],
        cost_estimates=printed[Measure.COST_ESTIMATES],
        variance=printed[Measure.VARIANCE],
        variance_percent=printed[Measure.VARIANCE_PERCENT],
        apportionment_period=columns.period(ColumnSet.BUDGET, Measure.APPORTIONMENT),
        estimates_period=columns.period(ColumnSet.BUDGET, Measure.COST_ESTIMATES),
    )


def _site(row: _Printed, site: str) -> SiteFigures:
    return SiteFigures(
        site=site,
        apportionment=row.figures.get((ColumnSet.PERFORMANCE, Measure.APPORTIONMENT, site)),
        expenditure=row.figures.get((ColumnSet.PERFORMANCE, Measure.EXPENDITURE, site)),
        budget_apportionment=row.figures.get((ColumnSet.BUDGET, Measure.APPORTIONMENT, site)),
        cost_estimates=row.figures.get((ColumnSet.BUDGET, Measure.COST_ESTIMATES, site)),
    )


def parse_financial(layout: Layout) -> tuple[FinancialRow, ...]:
    """Every row of the financial resources table, in printed order."""
    path = layout.path(Role.FINANCIAL_RESOURCES)
    columns, printed = _read(layout.doc, path)
    rows: list[FinancialRow] = []
    group: str | None = None
    for index, row in enumerate(printed):
        if _opens_group(printed, index):
            group = row.name
            continue
        level, row_group = FinancialLevel.LINE, group
        if row.name == _SUBTOTAL:
            level = FinancialLevel.SUBTOTAL
        elif row.name.endswith(_TOTAL_SUFFIX):
            level, row_group, group = FinancialLevel.TOTAL, None, None
        rows.append(_record(row, columns, group=row_group, level=level, position=len(rows) + 1, path=path))
    if not rows:
        raise ParseError("financial resources table has no rows", section=path)
    require_total(rows[-1].level, section=path, line=rows[-1].source.last_line)
    slugs = unique_slugs([(row.name, row.group) for row in rows])
    return tuple(replace(row, slug=slug) for row, slug in zip(rows, slugs, strict=True))


def parse_headline_financial(layout: Layout) -> tuple[FinancialRow, ...]:
    """The summary's "Performance of financial resources" table: one row per group and the totals."""
    path = layout.path(Role.SUMMARY)
    columns, printed = _read(layout.doc, path)
    rows: list[FinancialRow] = []
    for row in printed:
        level = FinancialLevel.TOTAL if row.name.endswith(_TOTAL_SUFFIX) else FinancialLevel.LINE
        rows.append(_record(row, columns, group=None, level=level, position=len(rows) + 1, path=path))
    if not rows:
        raise ParseError("summary financial table has no rows", section=path)
    return tuple(rows)
