"""Financial resources (section III.A) and staffing incumbency (summary)."""

from __future__ import annotations

from datetime import date

from pydantic import BaseModel, Field

from app.core.vocabulary import FinancialLevel, StaffingLevel, ValueStatus, VarianceDirection
from app.schemas.common import Row
from app.schemas.results import CovidNotePublic


class VarianceRefPublic(BaseModel):
    """The section IV entry explaining a category's variance (see `/variances`)."""

    direction: VarianceDirection | None
    paragraphs: list[int]
    explanation: str
    url: str


class SiteAmountsPublic(BaseModel):
    site: str = Field(description="As printed (Brindisi, Valencia)")
    apportionment_usd: int | None
    expenditure_usd: int | None
    budget_apportionment_usd: int | None
    cost_estimates_usd: int | None
    apportionment_text: str | None = Field(description="As printed, in thousands of US dollars")
    expenditure_text: str | None
    budget_apportionment_text: str | None
    cost_estimates_text: str | None


class FinancialCategoryPublic(Row):
    slug: str
    name: str
    group: str | None = Field(description="The group a line or subtotal belongs to; null for totals")
    group_slug: str | None
    level: FinancialLevel
    position: int = Field(description="Order in the printed table")
    value_status: ValueStatus = Field(description="`nil` where the table prints dashes (the amounts are 0)")
    apportionment_usd: int | None = Field(description="US dollars, exact (printed in thousands)")
    expenditure_usd: int | None
    variance_usd: int | None = Field(description="Apportionment − expenditure; negative means overspent")
    variance_percent: float | None = Field(description="As printed: variance ÷ apportionment, in per cent")
    apportionment_text: str = Field(description="As printed, in thousands of US dollars")
    expenditure_text: str
    variance_text: str
    variance_percent_text: str
    budget_apportionment_usd: int | None = Field(
        description="Combined reports: the apportionment of the period between performance and budget (2025/26), "
        "US dollars as printed; null in a performance report"
    )
    cost_estimates_usd: int | None = Field(description="Combined reports: the budget period's cost estimates (2026/27)")
    budget_variance_usd: int | None = Field(
        description="Combined reports: cost estimates − that apportionment, printed"
    )
    budget_variance_percent: float | None = Field(description="Combined reports: as printed, in per cent")
    budget_apportionment_text: str | None = Field(description="As printed, in thousands of US dollars")
    cost_estimates_text: str | None = Field(description="As printed, in thousands of US dollars")
    budget_variance_text: str | None = Field(description="As printed, in thousands of US dollars")
    budget_variance_percent_text: str | None = Field(description="As printed")
    budget_apportionment_period: str | None = Field(description='The period of `budget_apportionment_usd` ("2025/26")')
    cost_estimates_period: str | None = Field(description='The period of `cost_estimates_usd` ("2026/27")')
    sites: list[SiteAmountsPublic] = Field(
        description="Where the table prints each amount per site (UNLB: Brindisi, Valencia), each site's amounts; "
        "the row's own fields are the printed totals"
    )


class FinancialCategoryDetailPublic(FinancialCategoryPublic):
    variance_explanation: VarianceRefPublic | None = Field(
        default=None, description="Section IV analysis of this category's variance, where the report gives one"
    )
    covid_annotations: list[CovidNotePublic] = Field(default_factory=list, description="COVID-19 statements about it")


class DeploymentPublic(BaseModel):
    """Approved and actual deployment on one date, as the liquidation form of the incumbency table prints it."""

    label: str = Field(description='As printed: a date ("1 July 2024") or "Approved deployment for the 2023/24 period"')
    as_of: date | None = Field(description="The date the figures stand at; null for the period's approved line")
    approved: int | None = Field(description="Approved deployment (persons); 0 for a printed dash")
    actual: int | None = Field(description="Actual deployment (persons); null where the cell is empty")
    approved_text: str = Field(description="As printed")
    actual_text: str = Field(description="As printed")
    approved_status: ValueStatus
    actual_status: ValueStatus


class StaffingRowPublic(Row):
    slug: str
    name: str
    group: str | None = Field(
        description="Parent category for nested rows (national staff, United Nations Volunteers, …)"
    )
    level: StaffingLevel
    position: int
    approved: int | None = Field(description="Approved strength (highest level of authorized strength)")
    actual_average: int | None
    vacancy_rate_percent: float | None
    approved_text: str
    actual_average_text: str
    vacancy_rate_text: str
    approved_status: ValueStatus
    actual_average_status: ValueStatus
    vacancy_rate_status: ValueStatus
    footnotes: list[str]
    approved_next: int | None = Field(
        description="Combined reports: the approved strength of the period between performance and budget (2025/26)"
    )
    approved_next_text: str | None = Field(description="As printed")
    proposed: int | None = Field(description="Combined reports: the proposed strength of the budget period (2026/27)")
    proposed_text: str | None = Field(description="As printed")
    deployments: list[DeploymentPublic] = Field(
        description="The liquidation form only: approved and actual deployment by date (empty in the average "
        "incumbency form, whose figures are approved, actual_average and vacancy_rate_percent)"
    )


class ComponentStaffingPublic(Row):
    """A combined report's human resources by component: one row per category of each printed block."""

    id: str = Field(description="The component's, the block's and the category's slugs, joined by dots")
    component: str = Field(description='As printed ("Component 1: political and civil affairs")')
    block: str = Field(description='The block the figures are printed in ("Civilian staff, posts"; "Summary")')
    slug: str = Field(description="The category's slug, the same in every report")
    name: str = Field(description='The category as printed ("P-5–P-4", "Subtotal")')
    group: str | None = Field(description="The group over the category (International staff, National staff, …)")
    level: StaffingLevel
    position: int
    approved: int | None = Field(description="Approved strength of the performance period (2024/25); 0 for a dash")
    actual: int | None = Field(description="Actual strength of the performance period")
    approved_next: int | None = Field(description="Approved strength of the period between (2025/26)")
    proposed: int | None = Field(description="Proposed strength of the budget period (2026/27)")
    net_change: int | None = Field(description="Net change as printed (proposed − approved_next)")
    approved_text: str = Field(description="As printed")
    actual_text: str = Field(description="As printed")
    approved_next_text: str = Field(description="As printed")
    proposed_text: str = Field(description="As printed")
    net_change_text: str = Field(description="As printed")


class RatePublic(BaseModel):
    period: str = Field(description='The column as printed ("Actual 2023/24", "Proposed 2026/27")')
    percent: float | None = Field(description="The rate in per cent; 0 for a dash; null where not printed")
    text: str = Field(description="As printed")
    value_status: ValueStatus


class VacancyFactorPublic(Row):
    slug: str = Field(description="The category's slug, the same in every report")
    name: str
    group: str | None = Field(description='The heading the row is printed under ("National staff")')
    position: int
    rates: list[RatePublic] = Field(description="One vacancy rate per printed column, in printed order")
    footnotes: list[str]
