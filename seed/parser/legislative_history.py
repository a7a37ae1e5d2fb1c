"""The summary's legislative history (combined reports): how each period's budget got to its appropriation.

The table names its periods in its first title row ("2024/25", "2025/26") and prints, per period, the document,
its date and the amount (thousands of dollars) of each stage: "Proposed budget – Secretary-General",
"Recommendation – Advisory Committee …", "Appropriation – General Assembly", then the net appropriation
("Appropriation (net)", an amount per period only). Cells need not line up with the titles, so each row's printed
cells are read in order, three per period (one for the net row). The performance period's columns give the budget
history; a table that does not name the performance period is refused.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from app.core.markup import split_footnote_mark
from seed.parser.numbers import thousands_to_usd
from seed.parser.spans import ParseError, SourceSpan
from seed.parser.toolkit import Grid, figure

_PERIOD = re.compile(r"^(?P<period>\d{4}/\d{2})(?: period)?$")  # "2024/25", "2024/25 period"
_STAGES = (
    ("proposed", re.compile(r"^Proposed budget\b")),
    ("recommended", re.compile(r"^Recommendation\b")),
    ("appropriated", re.compile(r"^Appropriation\b(?! \(net\))")),
)
_NET = re.compile(r"^Appropriation \(net\)$")
_MARK = re.compile(r"\s*\^[a-z]\b")  # "Appropriation ^a – General Assembly": a note's mark inside the label
_CELLS_PER_PERIOD = 3  # document, date, amount


@dataclass(frozen=True)
class HistoryRow:
    """One stage of one period, as the table prints it."""

    stage: str  # "proposed" | "recommended" | "appropriated"
    period: str
    document: str
    date: str
    gross_usd: int
    net_usd: int | None  # the appropriation's net amount, from the net row
    text: str  # the stage's printed cells for the period
    source: SourceSpan


def is_legislative_history(grid: Grid) -> bool:
    return any(_NET.match(split_footnote_mark(row[0])[0]) for _, row in grid.rows)


def read_history(grid: Grid, period: str, *, section: str) -> list[HistoryRow]:
    """The stages of `period` (proposed, recommended, appropriated), in that order."""
    periods = [m["period"] for _, row in grid.titles for text in row if (m := _PERIOD.match(text))]
    if period not in periods:
        raise ParseError(f"the legislative history names no {period} columns", section=section, line=grid.first_line)
    at = periods.index(period)
    net = _net(grid, at, section=section)
    found = []
    for stage, label in _STAGES:
        printed = next(((n, row) for n, row in grid.rows if label.match(split_footnote_mark(row[0])[0])), None)
        if printed is None:
            raise ParseError(f"the legislative history has no {stage} row", section=section, line=grid.first_line)
        number, row = printed
        cells = [text for text in row[1:] if text][at * _CELLS_PER_PERIOD : (at + 1) * _CELLS_PER_PERIOD]
        if len(cells) != _CELLS_PER_PERIOD:
            raise ParseError(f"the {stage} row prints no {period} amount", section=section, line=number)
        document, date, amount = cells
        usd = thousands_to_usd(figure(amount, section=section, line=number))
        if usd is None:
            raise ParseError(f"the {stage} row prints no {period} amount", section=section, line=number)
        name = _MARK.sub("", row[0])
        found.append(
            HistoryRow(
                stage=stage,
                period=period,
                document=document,
                date=date,
                gross_usd=usd,
                net_usd=net if stage == "appropriated" else None,
                text=" ".join([name, *cells]),
                source=SourceSpan(section, number, number),
            )
        )
    return found


def _net(grid: Grid, at: int, *, section: str) -> int | None:
    row = next(((n, r) for n, r in grid.rows if _NET.match(r[0])), None)
    if row is None:
        return None
    amounts = [text for text in row[1][1:] if text]
    return thousands_to_usd(figure(amounts[at], section=section, line=row[0])) if at < len(amounts) else None
