"""Financial resources (section III.A) and staffing incumbency (summary)."""

from __future__ import annotations

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
