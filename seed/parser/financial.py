"""The financial resources table (section III.A of a standalone report), and the summary's headline copy of it.

Rows with a name and no figures open a group; "Subtotal" closes it; names ending in
"requirements" are totals; other rows after the last group (staff assessment income,
voluntary contributions in kind) are lines outside any group.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace

from app.core.slugs import slugify, unique_slugs
from app.core.vocabulary import FinancialLevel
from seed.parser.layout import Layout, Role
from seed.parser.lines import Document
from seed.parser.numbers import Figure
from seed.parser.spans import ParseError, SourceSpan
from seed.parser.toolkit import cell, figure, read_grid

# The columns a financial table prints, by the title that names each one (the variance's two columns are
# titled under "Variance"). Column positions differ between reports (the summary's copy may print an empty
# grid column between "Amount" and "Percentage"), so figures are read under their titles.
_COLUMNS = {
    "apportionment": "Apportionment",
    "expenditure": "Expenditure",
    "variance": "Amount",
    "variance_percent": "Percentage",
}
_CORNER = re.compile("Category")


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


def _row(
    row: list[str],
    columns: dict[str, int],
    *,
    group: str | None,
    level: FinancialLevel,
    position: int,
    section: str,
    line: int,
) -> FinancialRow:
    printed = {name: figure(cell(row, index), section=section, line=line) for name, index in columns.items()}
    return FinancialRow(
        slug=slugify(row[0]),
        name=row[0],
        group=group,
        level=level,
        position=position,
        apportionment=printed["apportionment"],
        expenditure=printed["expenditure"],
        variance=printed["variance"],
        variance_percent=printed["variance_percent"],
        source=SourceSpan(section, line, line),
    )


def _table(doc: Document, path: str) -> tuple[dict[str, int], list[tuple[int, list[str]]]]:
    """The column of each figure and the data rows of the section's table titled "Apportionment"."""
    grid = read_grid(
        doc, path, _COLUMNS["apportionment"], corner=_CORNER, missing="financial resources table not found"
    )
    columns = {name: grid.column(title) for name, title in _COLUMNS.items()}
    missing = [_COLUMNS[name] for name, index in columns.items() if index is None]
    if missing:
        raise ParseError(f"financial resources table has no column {missing[0]!r}", section=path, line=grid.first_line)
    return {name: index for name, index in columns.items() if index is not None}, grid.rows


def parse_financial(layout: Layout) -> tuple[FinancialRow, ...]:
    """Every row of the financial resources table, in printed order."""
    path = layout.path(Role.FINANCIAL_RESOURCES)
    columns, table = _table(layout.doc, path)
    rows: list[FinancialRow] = []
    group: str | None = None
    for number, row in table:
        name = row[0]
        if len(row) == 1:
            group = name
            continue
        level = FinancialLevel.LINE
        row_group = group
        if name == "Subtotal":
            level = FinancialLevel.SUBTOTAL
        elif name.endswith("requirements"):
            level, row_group, group = FinancialLevel.TOTAL, None, None
        rows.append(_row(row, columns, group=row_group, level=level, position=len(rows) + 1, section=path, line=number))
    if not rows:
        raise ParseError("financial resources table has no rows", section=path)
    slugs = unique_slugs([(row.name, row.group) for row in rows])
    return tuple(replace(row, slug=slug) for row, slug in zip(rows, slugs, strict=True))


def parse_headline_financial(layout: Layout) -> tuple[FinancialRow, ...]:
    """The summary's "Performance of financial resources" table: one row per group and the totals."""
    path = layout.path(Role.SUMMARY)
    columns, table = _table(layout.doc, path)
    rows: list[FinancialRow] = []
    for number, row in table:
        level = FinancialLevel.TOTAL if row[0].endswith("requirements") else FinancialLevel.LINE
        rows.append(_row(row, columns, group=None, level=level, position=len(rows) + 1, section=path, line=number))
    if not rows:
        raise ParseError("summary financial table has no rows", section=path)
    return tuple(rows)
