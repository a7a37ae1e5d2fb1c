"""Section III.A, the financial resources table, and the summary's headline copy of it.

Rows with a name and no figures open a group; "Subtotal" closes it; names ending in
"requirements" are totals; other rows after the last group (staff assessment income,
voluntary contributions in kind) are lines outside any group.
"""

from __future__ import annotations

from dataclasses import dataclass, replace

from app.core.slugs import slugify, unique_slugs
from app.core.vocabulary import FinancialLevel
from seed.parser.lines import Document
from seed.parser.numbers import Figure
from seed.parser.spans import ParseError, SourceSpan
from seed.parser.toolkit import figures, read_table

HEADER = ("Category", "Apportionment", "Expenditure", "Variance")


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
    row: list[str], *, group: str | None, level: FinancialLevel, position: int, section: str, line: int
) -> FinancialRow:
    printed = figures(row[1:], 4, section=section, line=line)
    return FinancialRow(
        slug=slugify(row[0]),
        name=row[0],
        group=group,
        level=level,
        position=position,
        apportionment=printed[0],
        expenditure=printed[1],
        variance=printed[2],
        variance_percent=printed[3],
        source=SourceSpan(section, line, line),
    )


def _table_lines(doc: Document, path: str) -> list[tuple[int, list[str]]]:
    """The rows after the header line "Category / Apportionment / ...", up to the first blank line."""
    return read_table(doc, path, _is_header, missing="financial resources table header not found").rows


def _is_header(row: list[str]) -> bool:
    return tuple(row[:4]) == HEADER


def _is_column_legend(row: list[str]) -> bool:
    # "Amount / Percentage" and "(1) (2) (3)=(1)-(2) (4)=(3)÷(1)" describe columns, not categories.
    return row[0] == "" or row[0] == "Amount"


def parse_financial(doc: Document, path: str = "III.A") -> tuple[FinancialRow, ...]:
    """Every row of the financial resources table, in printed order."""
    rows: list[FinancialRow] = []
    group: str | None = None
    for number, row in _table_lines(doc, path):
        if _is_column_legend(row):
            continue
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
        rows.append(_row(row, group=row_group, level=level, position=len(rows) + 1, section=path, line=number))
    if not rows:
        raise ParseError("financial resources table has no rows", section=path)
    slugs = unique_slugs([(row.name, row.group) for row in rows])
    return tuple(replace(row, slug=slug) for row, slug in zip(rows, slugs, strict=True))


def parse_headline_financial(doc: Document) -> tuple[FinancialRow, ...]:
    """The summary's "Performance of financial resources" table: one row per group and the totals."""
    rows: list[FinancialRow] = []
    for number, row in _table_lines(doc, "Summary"):
        if _is_column_legend(row):
            continue
        level = FinancialLevel.TOTAL if row[0].endswith("requirements") else FinancialLevel.LINE
        rows.append(_row(row, group=None, level=level, position=len(rows) + 1, section="Summary", line=number))
    if not rows:
        raise ParseError("summary financial table has no rows", section="Summary")
    return tuple(rows)
