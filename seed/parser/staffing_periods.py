"""Staffing tables printed by period, as the combined reports print them: the categories across, and under each
block ("Executive direction and management", a component, "Total") one row per stage and period: "Approved
2024/25", "Actual 2024/25", "Approved 2025/26", "Proposed 2026/27", then "Net change".

A row's stage and period give the figure it holds: the approved and actual strength of the performance period
(the period the "Actual" row names), the approved strength of the period between, the proposed strength of the
budget period, and the printed net change. Column titles are matched to figures in order, as in the financial
tables; a title's footnote mark is kept apart from the category's name.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from app.core.markup import split_footnote_mark
from seed.parser.numbers import Figure
from seed.parser.spans import ParseError
from seed.parser.toolkit import Cells, Grid, cell, figure

# "Approved 2024/25", "Actual posts 2024/25", "Approved temporary positions 2025/26", "Proposed 2026/27".
PERIOD_ROW = re.compile(r"^(?P<stage>Approved|Actual|Proposed)\b(?P<what>[^0-9]*?),?\s*(?P<period>\d{4}/\d{2})$")
NET_CHANGE = "Net change"


class Stage:
    APPROVED = "approved"  # the performance period's approved strength
    ACTUAL = "actual"
    APPROVED_NEXT = "approved_next"
    PROPOSED = "proposed"
    NET_CHANGE = "net_change"


@dataclass(frozen=True)
class Category:
    """A printed column: its name without its footnote mark, the mark, and the cell holding its figures."""

    name: str
    mark: str | None
    index: int


def period_label(name: str) -> re.Match[str] | None:
    """A row label naming a stage and period, its footnote mark left out ("Approved temporary positions ^a 2024/25")."""
    plain = re.sub(r"\s*\^[a-z]\b", "", name)
    return PERIOD_ROW.match(plain)


def is_by_period(grid: Grid) -> bool:
    return any(period_label(row[0]) for _, row in grid.rows)


def categories(grid: Grid, *, section: str) -> list[Category]:
    """The categories the title rows print, in order, matched to the columns of figures in order."""
    titles = [split_footnote_mark(text) for _, row in grid.titles for text in row[1:] if text]
    columns = grid.data_columns
    if len(titles) != len(columns):
        raise ParseError(
            f"the staffing table prints {len(titles)} categories over {len(columns)} columns of figures",
            section=section,
            line=grid.first_line,
        )
    return [Category(name, mark, index) for (name, mark), index in zip(titles, columns, strict=True)]


def stages(labels: Sequence[str]) -> dict[str, str]:
    """Each row label's stage: approved and actual of the performance period (the "Actual" row's), approved of a
    later period (approved_next), proposed, and net change."""
    matches = {label: period_label(label) for label in labels}
    actual = {m["period"] for m in matches.values() if m and m["stage"] == "Actual"}
    found = {}
    for label, match in matches.items():
        if label == NET_CHANGE:
            found[label] = Stage.NET_CHANGE
        elif match and match["stage"] == "Approved":
            found[label] = Stage.APPROVED if match["period"] in actual else Stage.APPROVED_NEXT
        elif match:
            found[label] = Stage.ACTUAL if match["stage"] == "Actual" else Stage.PROPOSED
    return found


def stage_figures(rows: Sequence[tuple[int, Cells]], index: int, *, section: str) -> dict[str, tuple[Figure, int]]:
    """One column's figure in each stage's row, with its line."""
    found = stages([row[0] for _, row in rows])
    return {
        found[row[0]]: (figure(cell(row, index), section=section, line=number), number)
        for number, row in rows
        if row[0] in found
    }
