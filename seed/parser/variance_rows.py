"""The printed rows of the analysis of variances: an entry's row of amounts, and the row naming their periods.

A standalone report prints one amount and percentage per entry: "Air operations\t\\$22 365.9\t15.4%". A combined
report prints a title row naming each amount's period ("\t2024/25 variance\t\t\t2026/27 variance") above a row of
up to two amounts and percentages, some cells empty: "Military contingents\t$558.7\t1.3%\t($6 442.2)\t\t(14.9%)".
As in the financial tables, cells need not line up with their titles, so the amounts are read in order: each
period takes the next amount ("$…", or a dash where none is printed) and then the next percentage ("…%", or a
dash), and a period whose percentage is not printed takes none.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from seed.parser.numbers import DASHES
from seed.parser.toolkit import cells

_AMOUNT = re.compile(r"^\(?-?\$\s*[\d\s,.]+\)?$")
_PERCENT = re.compile(r"^\(?-?[\d\s,.]+%\)?$")
_PERIOD_TITLE = re.compile(r"^(?P<period>\d{4}/\d{2}) variance$")


@dataclass(frozen=True)
class PrintedAmount:
    period: str | None  # as its title names it; None where the report prints no period titles
    amount: str  # as printed, a dash where nil
    percent: str  # as printed; "" where the row prints none


@dataclass(frozen=True)
class VarianceRow:
    name: str
    values: list[str]  # the row's non-empty cells after its name, in order


def read_variance_row(text: str) -> VarianceRow | None:
    """An entry's row: a name, then only amounts, percentages and dashes, at least one amount and one percentage."""
    if "\t" not in text:
        return None
    row = cells(text)
    values = [value for value in row[1:] if value]
    if not row or not re.search("[A-Za-z]", row[0]) or not values:
        return None
    kinds = [_kind(value) for value in values]
    if None in kinds or "amount" not in kinds or "percent" not in kinds:
        return None
    return VarianceRow(row[0], values)


def period_titles(text: str) -> list[str] | None:
    """The periods a title row names, in order ("2024/25", "2026/27"); None for any other line."""
    row = cells(text) if "\t" in text else []
    if not row or row[0]:
        return None
    titles = [_PERIOD_TITLE.match(value) for value in row[1:] if value]
    if not titles or not all(titles):
        return None
    return [title["period"] for title in titles if title]


def amounts(row: VarianceRow, periods: list[str] | None) -> list[PrintedAmount] | None:
    """The row's amount and percentage for each period, in order; None when the cells do not fit the periods."""
    values = list(row.values)
    found = []
    named: list[str | None] = list(periods) if periods else [None]
    for period in named:
        if not values or _kind(values[0]) not in ("amount", "dash"):
            return None
        amount = values.pop(0)
        percent = values.pop(0) if values and _kind(values[0]) in ("percent", "dash") else ""
        found.append(PrintedAmount(period, amount, percent))
    return None if values else found


def _kind(value: str) -> str | None:
    if value in DASHES:
        return "dash"
    if _AMOUNT.match(value):
        return "amount"
    return "percent" if _PERCENT.match(value) else None
