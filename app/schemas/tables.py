"""The smaller tables of section III and the load-time checks."""

from __future__ import annotations

from pydantic import BaseModel, Field

from app.core.vocabulary import CheckUnit, FinancialLevel, RedeploymentLevel, ValueStatus
from app.schemas.common import Row


class RedeploymentPublic(Row):
    slug: str
    name: str
    group_number: str | None = Field(description='Roman group number as printed ("I"); null for the total')
    level: RedeploymentLevel = Field(
        description='"percentage" is the printed share of the appropriation redeployed (`percent`)'
    )
    position: int
    original_usd: int | None = Field(description="Original distribution of the appropriation, US dollars")
    redeployment_usd: int | None = Field(description="Amount redeployed into (+) or out of (−) the group")
    revised_usd: int | None
    original_text: str
    redeployment_text: str
    revised_text: str
    redeployment_status: ValueStatus
    percent: float | None = Field(description="Percentage of redeployment to total appropriation, as printed")
    percent_text: str | None


class AmountRowPublic(Row):
    slug: str
    name: str
    mark: str | None = Field(description='The printed mark before the name ("I", "(a)"), where there is one')
    group: str | None
    level: FinancialLevel
    position: int
    amount_usd: int | None = Field(description="US dollars, exact (printed in thousands)")
    amount_text: str
    value_status: ValueStatus
    footnotes: list[str]


class PeriodAmountPublic(BaseModel):
    period: str = Field(description='Budget period as printed ("2024/25")')
    amount_usd: int | None = Field(description="US dollars, exact (printed in thousands); 0 for a dash")
    amount_text: str = Field(description="As printed, in thousands of US dollars")
    value_status: ValueStatus


class PeriodAmountRowPublic(Row):
    slug: str
    name: str
    group_number: str | None = Field(description='Roman group number as printed ("I"); null for the total')
    level: FinancialLevel
    position: int
    amounts: list[PeriodAmountPublic] = Field(description="One amount per period, in printed column order")


class MissionFactorPublic(Row):
    slug: str
    name: str
    applies_to: str = Field(description='"Mission area" or "home country"')
    position: int
    percentage_text: str = Field(description='As printed; a range such as "0.0–5.0" is kept whole')
    percentage_min: float | None
    percentage_max: float | None
    effective_date: str | None
    last_review_date: str | None


class CheckPublic(Row):
    name: str
    description: str
    unit: CheckUnit
    expected: float = Field(description="The printed figure")
    actual: float = Field(description="Derived: the figure recomputed from other printed figures")
    passed: bool
