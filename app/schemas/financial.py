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
    deployments: list[DeploymentPublic] = Field(
        description="The liquidation form only: approved and actual deployment by date (empty in the average "
        "incumbency form, whose figures are approved, actual_average and vacancy_rate_percent)"
    )
