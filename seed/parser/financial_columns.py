"""The columns of a financial resources table, found by their printed titles.

A standalone report prints one set of columns: "Apportionment", "Expenditure" and a "Variance" over "Amount"
and "Percentage". A combined report prints two sets side by side: the performance set ("2024/25 apportionment",
"2024/25 expenditure", a variance over "Unencumbered balance" and "Percentage") and the budget set ("2025/26
apportionment", "2026/27 cost estimates", a variance over "Amount" and "Percentage"). A report of several sites
prints each amount per site and in total, under the amount's title ("2024/25 apportionment" over "Brindisi",
"Valencia", "Total"), or with the site before it ("Brindisi 2025/26 apportionment"), one set per table.

The text keeps each title in the first cell of the columns it spans, and a title row's cells need not line up
with the data below it (a header cell may span one grid column more than the figures under it). So titles are
matched to figures by their order, not their position: the titles, read left to right across the title rows,
are the columns' titles in printed order, "Variance" only naming the two columns under it; the columns holding
figures, left to right, are the data columns. A site column takes the amount title spanning it: spanning
titles and runs of site columns (each run closed by its "Total") pair in order.

Which set a column belongs to: expenditure is the performance set's, cost estimates the budget set's, and an
apportionment is the performance set's unless the table prints cost estimates and the apportionment is not of
the expenditure's period. A variance column belongs to the set of the amount columns left of it.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from enum import StrEnum

from seed.parser.spans import ParseError
from seed.parser.toolkit import Cells


class Measure(StrEnum):
    APPORTIONMENT = "apportionment"
    EXPENDITURE = "expenditure"
    COST_ESTIMATES = "cost_estimates"
    VARIANCE = "variance"
    VARIANCE_PERCENT = "variance_percent"


class ColumnSet(StrEnum):
    PERFORMANCE = "performance"
    BUDGET = "budget"


@dataclass(frozen=True)
class Column:
    index: int  # the cell of a data row holding the column's figures
    measure: Measure
    set: ColumnSet
    period: str | None  # as the title prints it ("2024/25"); None where it prints none ("Apportionment")
    site: str | None  # "Brindisi"; None for a total, or where the table prints no sites


_AMOUNT = re.compile(
    r"^(?:(?P<site>(?!\d{4}/)\S.*?) )?(?:(?P<period>\d{4}/\d{2}) )?"
    r"(?P<measure>apportionment|expenditure|cost estimates)$",
    re.IGNORECASE,
)
_MEASURES = {
    "apportionment": Measure.APPORTIONMENT,
    "expenditure": Measure.EXPENDITURE,
    "cost estimates": Measure.COST_ESTIMATES,
}
_VARIANCES = {"amount": Measure.VARIANCE, "unencumbered balance": Measure.VARIANCE, "percentage": Measure.VARIANCE}
_SPANNING = "variance"  # names the variance columns, is never a column of its own
_NUMBERING = re.compile(r"^\(\d+\)(?:\s*=.*)?$")  # "(1)", "(3)=(1)-(2)": the columns' numbers, not titles
_TOTAL = "total"


@dataclass(frozen=True)
class _Title:
    """A printed title: where it is, and what it says of its column."""

    row: int
    index: int
    text: str
    measure: Measure | None  # None for a site ("Brindisi", "Total")
    period: str | None
    site: str | None

    @property
    def order(self) -> tuple[int, int]:
        return (self.index, self.row)


def is_amount_title(text: str) -> bool:
    """A title naming an amount column: "Apportionment", "2026/27 cost estimates", "Brindisi 2025/26 apportionment"."""
    return _AMOUNT.match(text) is not None


def read_columns(titles: Sequence[Cells], data_indices: Sequence[int], *, section: str, line: int) -> list[Column]:
    """Each data column's measure, set, period and site, from the table's title rows (rules above)."""
    printed = [_title(row, index, text) for row, cells in enumerate(titles) for index, text in enumerate(cells)]
    named = [t for t in printed if t.index > 0 and t.text and t.text.lower() != _SPANNING]
    named = [t for t in named if not _NUMBERING.match(t.text)]
    leaves = _leaves(named, section=section, line=line)
    if len(leaves) != len(data_indices):
        raise ParseError(
            f"the table prints {len(leaves)} column titles over {len(data_indices)} columns of figures",
            section=section,
            line=line,
        )
    return _columns(leaves, data_indices)


def _title(row: int, index: int, text: str) -> _Title:
    amount = _AMOUNT.match(text)
    if amount:
        site = amount["site"]
        return _Title(row, index, text, _MEASURES[amount["measure"].lower()], amount["period"], _site(site))
    variance = text.lower()
    if variance in _VARIANCES:
        measure = Measure.VARIANCE_PERCENT if variance == "percentage" else Measure.VARIANCE
        return _Title(row, index, text, measure, None, None)
    return _Title(row, index, text, None, None, _site(text))


def _site(text: str | None) -> str | None:
    return None if text is None or text.lower() == _TOTAL else text


def _leaves(titles: list[_Title], *, section: str, line: int) -> list[_Title]:
    """The titles of the columns themselves, in printed order: a site column takes its spanning amount title."""
    sites = [t for t in titles if t.measure is None]
    if not sites:
        return sorted(titles, key=lambda t: t.order)
    top = min(t.row for t in sites)
    spanning = sorted((t for t in titles if t.row < top and t.measure is not None), key=lambda t: t.order)
    spanning = [t for t in spanning if t.measure not in (Measure.VARIANCE, Measure.VARIANCE_PERCENT)]
    runs = _site_runs(sorted(sites, key=lambda t: t.order))
    if len(runs) != len(spanning):
        raise ParseError(
            f"{len(runs)} runs of site columns under {len(spanning)} amount titles", section=section, line=line
        )
    named = [
        _Title(site.row, site.index, site.text, over.measure, over.period, site.site)
        for run, over in zip(runs, spanning, strict=True)
        for site in run
    ]
    others = [t for t in titles if t.measure is not None and t not in spanning]
    return sorted([*named, *others], key=lambda t: t.order)


def _site_runs(sites: list[_Title]) -> list[list[_Title]]:
    """Site columns in runs, each closed by its total."""
    runs: list[list[_Title]] = [[]]
    for site in sites:
        runs[-1].append(site)
        if site.site is None:
            runs.append([])
    return [run for run in runs if run]


def _columns(leaves: list[_Title], data_indices: Sequence[int]) -> list[Column]:
    expenditure = {t.period for t in leaves if t.measure == Measure.EXPENDITURE}
    estimates = any(t.measure == Measure.COST_ESTIMATES for t in leaves)
    current = ColumnSet.PERFORMANCE
    columns = []
    for title, index in zip(leaves, data_indices, strict=True):
        measure = title.measure or Measure.APPORTIONMENT  # every leaf has its measure by now
        if measure == Measure.EXPENDITURE:
            current = ColumnSet.PERFORMANCE
        elif measure == Measure.COST_ESTIMATES:
            current = ColumnSet.BUDGET
        elif measure == Measure.APPORTIONMENT:
            budget = estimates and title.period not in expenditure
            current = ColumnSet.BUDGET if budget else ColumnSet.PERFORMANCE
        columns.append(Column(index, measure, current, title.period, title.site))
    return columns
