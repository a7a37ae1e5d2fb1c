"""Tables of one amount per period by group of expenditure: the trend of the unencumbered balance and the
cancellation of prior-period commitments (III.B and III.C of A/80/590).

The column titles name the periods ("2022/23", "2023/24", "2024/25") under a spanning "Amount"; each row is a
group of expenditure, marked with its roman number where printed ("I. Military and police personnel"), and
the last row is the total.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from app.core.slugs import slugify
from app.core.vocabulary import FinancialLevel
from seed.parser.layout import Layout, Role
from seed.parser.numbers import Figure
from seed.parser.spans import ParseError, SourceSpan
from seed.parser.toolkit import cell, figure, read_grid, row_mark

_PERIOD = re.compile(r"\d{4}/\d{2}")
_CORNER = re.compile(r"Group(?: of expenditure)?")


@dataclass(frozen=True)
class PeriodAmount:
    period: str  # "2024/25"
    amount: Figure


@dataclass(frozen=True)
class PeriodAmountRow:
    slug: str
    name: str  # without its roman mark
    group_number: str | None  # "I", "II", "III" as printed; None for the total (and where no mark is printed)
    level: FinancialLevel  # line for a group of expenditure, total for the total
    position: int
    amounts: tuple[PeriodAmount, ...]  # in printed order
    source: SourceSpan


def parse_unencumbered_balance(layout: Layout) -> tuple[PeriodAmountRow, ...]:
    return _period_rows(layout, Role.UNENCUMBERED_BALANCE)


def parse_cancelled_commitments(layout: Layout) -> tuple[PeriodAmountRow, ...]:
    return _period_rows(layout, Role.CANCELLED_COMMITMENTS)


def _period_rows(layout: Layout, role: Role) -> tuple[PeriodAmountRow, ...]:
    path = layout.path(role)
    grid = read_grid(layout.doc, path, "Amount", corner=_CORNER, missing="table of amounts by period not found")
    periods = grid.columns(_PERIOD)
    if not periods or not grid.rows:
        raise ParseError("the table names no periods or has no rows", section=path, line=grid.first_line)
    rows = []
    for position, (number, row) in enumerate(grid.rows, start=1):
        mark, name = row_mark(row[0])
        rows.append(
            PeriodAmountRow(
                slug=slugify(name),
                name=name,
                group_number=mark,
                level=FinancialLevel.TOTAL if name == "Total" else FinancialLevel.LINE,
                position=position,
                amounts=tuple(
                    PeriodAmount(period, figure(cell(row, index), section=path, line=number))
                    for index, period in periods
                ),
                source=SourceSpan(path, number, number),
            )
        )
    return tuple(rows)
