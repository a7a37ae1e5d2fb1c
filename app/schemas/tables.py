"""The smaller tables of section III and the load-time checks."""

from __future__ import annotations

from decimal import Decimal
from typing import Any

from pydantic import BaseModel, model_validator

from app.core.vocabulary import CheckUnit, FinancialLevel, PrintedTableRole, RedeploymentLevel, ValueStatus
from app.schemas.common import Row
from app.schemas.fields import Unit, derived, identifier, printed, provenance

_STATUS = "How the figure is present: a number, a dash (nil: 0), not applicable, or an empty cell"


class RedeploymentPublic(Row):
    slug: str = identifier("A slug of the printed group name")
    name: str = printed("The group as printed")
    group_number: str | None = printed('Roman group number as printed ("I"); null for the total')
    level: RedeploymentLevel = printed(
        'Group, total, or "percentage": the printed share of the appropriation redeployed (`percent`)'
    )
    position: int = provenance("Order in the printed table (1-based)")
    original_usd: int | None = printed(
        "Original distribution of the appropriation, read exactly from thousands", Unit.USD
    )
    redeployment_usd: int | None = printed(
        "Amount redeployed into (+) or out of (−) the group, read exactly from thousands", Unit.USD
    )
    revised_usd: int | None = printed("Revised distribution, read exactly from thousands", Unit.USD)
    original_text: str = printed("As printed", Unit.THOUSANDS_USD)
    redeployment_text: str = printed("As printed", Unit.THOUSANDS_USD)
    revised_text: str = printed("As printed", Unit.THOUSANDS_USD)
    redeployment_status: ValueStatus = printed(_STATUS)
    percent: float | None = printed("Percentage of redeployment to total appropriation", Unit.PERCENT)
    percent_text: str | None = printed("As printed", Unit.PERCENT)


class AmountRowPublic(Row):
    slug: str = identifier("A slug of the printed name")
    name: str = printed("The row as printed")
    mark: str | None = printed('The printed mark before the name ("I", "(a)"), where there is one')
    group: str | None = printed("The group the row is printed under; null where none")
    level: FinancialLevel = printed("Line, subtotal or total")
    position: int = provenance("Order in the printed table (1-based)")
    amount_usd: int | None = printed("The amount, read exactly from thousands", Unit.USD)
    amount_text: str = printed("The amount as printed", Unit.THOUSANDS_USD)
    value_status: ValueStatus = printed(_STATUS)
    footnotes: list[str] = printed("The texts of the footnotes the row carries")
    estimate_usd: int | None = printed(
        "Where the table prints an estimate beside the amount (non-budgeted contributions of a combined "
        "report: the budget period's estimated value), that estimate read exactly from thousands; else null",
        Unit.USD,
    )
    estimate_text: str | None = printed("The estimate as printed", Unit.THOUSANDS_USD)


class PeriodAmountPublic(BaseModel):
    period: str = printed('Budget period as printed ("2024/25")')
    amount_usd: int | None = printed("The amount, read exactly from thousands; 0 for a dash", Unit.USD)
    amount_text: str = printed("The amount as printed", Unit.THOUSANDS_USD)
    value_status: ValueStatus = printed(_STATUS)


class PeriodAmountRowPublic(Row):
    slug: str = identifier("A slug of the printed name")
    name: str = printed("The row as printed")
    group_number: str | None = printed('Roman group number as printed ("I"); null for the total')
    level: FinancialLevel = printed("Line, subtotal or total")
    position: int = provenance("Order in the printed table (1-based)")
    amounts: list[PeriodAmountPublic] = printed("One amount per period, in printed column order")


class MissionFactorPublic(Row):
    slug: str = identifier("A slug of the printed name")
    name: str = printed("The factor as printed")
    applies_to: str = printed('"Mission area" or "home country", as printed')
    position: int = provenance("Order in the printed table (1-based)")
    percentage_text: str = printed('As printed; a range such as "0.0–5.0" is kept whole', Unit.PERCENT)
    percentage_min: float | None = printed("The percentage, or the low end of a printed range", Unit.PERCENT)
    percentage_max: float | None = printed("The percentage, or the high end of a printed range", Unit.PERCENT)
    effective_date: str | None = printed('As printed ("1 July 2017"); null where not printed')
    last_review_date: str | None = printed('As printed ("1 April 2016"); null where not printed')


def thousands_to_usd(text: str) -> int | None:
    """Exact whole dollars from a figure in thousands kept exact as text ("1138457.9" -> 1138457900)."""
    dollars = Decimal(text) * 1000
    return int(dollars) if dollars == dollars.to_integral_value() else None


_IN_USD = "for checks in thousands of US dollars, {0} × 1000, exact (Decimal arithmetic); null for other units"


class CheckPublic(Row):
    name: str = identifier("The check's stable name (`gross:apportionment`)")
    description: str = derived("What the check compares", "the rule the check runs, in words")
    unit: CheckUnit = derived("The unit of `expected` and `actual`", "the unit of the figures the check compares")
    expected: float = printed("The printed figure, in the check's `unit` (thousands of US dollars for money)")
    actual: float = derived(
        "The figure recomputed, in the check's `unit`", "recomputed from other printed figures by the check's rule"
    )
    passed: bool = derived("Whether the two agree", "the printed and the recomputed figure are equal")
    expected_usd: int | None = derived("The printed figure in dollars", _IN_USD.format("`expected`"), Unit.USD)
    actual_usd: int | None = derived("The recomputed figure in dollars", _IN_USD.format("`actual`"), Unit.USD)
    difference_usd: int | None = derived(
        "The recomputed figure less the printed one", _IN_USD.format("`actual` − `expected`"), Unit.USD
    )

    @model_validator(mode="before")
    @classmethod
    def _in_dollars(cls, data: Any) -> Any:
        # Money checks compare thousands as printed; dollars come from the exact stored text, never a float.
        if not isinstance(data, dict) or "expected_usd" in data:
            return data
        money = data.get("unit") == CheckUnit.THOUSANDS_USD
        expected = thousands_to_usd(str(data["expected"])) if money else None
        actual = thousands_to_usd(str(data["actual"])) if money else None
        difference = actual - expected if expected is not None and actual is not None else None
        return {**data, "expected_usd": expected, "actual_usd": actual, "difference_usd": difference}


class PrintedCellPublic(BaseModel):
    text: str = printed("The cell as printed")
    value: float | None = printed("The number where the cell prints one (0 for a dash), else null")
    value_status: ValueStatus | None = printed("For a figure cell, how it is present; null for a text cell")


class PrintedRowPublic(BaseModel):
    heading: bool = printed("The row prints its first cell only")
    cells: list[PrintedCellPublic] = printed("The row's cells, in printed order")
    first_line: int = provenance("Its line in the report's text")


class PrintedTablePublic(Row):
    """A smaller table kept as printed, with the number of each figure cell."""

    id: str = identifier('Its role and its number among the report\'s tables of that role ("efficiency_gains.1")')
    role: PrintedTableRole = printed("What the table is, from the heading it is printed under")
    title: str = printed("The heading it is printed under")
    unit: str | None = printed('Its caption naming the unit ("(Thousands of United States dollars)")')
    columns: list[str] = printed("Each column's titles as printed")
    rows: list[PrintedRowPublic] = printed("The table's rows, in printed order")
