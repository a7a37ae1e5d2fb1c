"""Financial resources (section III.A) and staffing incumbency (summary)."""

from __future__ import annotations

from typing import Literal

from pydantic import BaseModel, Field

from app.schemas.common import Row
from app.schemas.results import CovidNote

ValueStatus = Literal["reported", "nil", "not_reported"]


class VarianceRef(BaseModel):
    """The section IV entry explaining a category's variance (see `/variances`)."""

    direction: str | None
    paragraphs: list[int]
    explanation: str
    url: str


class FinancialCategory(Row):
    slug: str
    name: str
    group: str | None = Field(description="The group a line or subtotal belongs to; null for totals")
    group_slug: str | None
    level: Literal["line", "subtotal", "total"]
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


class FinancialCategoryDetail(FinancialCategory):
    variance_explanation: VarianceRef | None = Field(
        default=None, description="Section IV analysis of this category's variance, where the report gives one"
    )
    covid_annotations: list[CovidNote] = Field(default_factory=list, description="COVID-19 statements about it")


class StaffingRow(Row):
    slug: str
    name: str
    group: str | None = Field(
        description="Parent category for nested rows (national staff, United Nations Volunteers, …)"
    )
    level: Literal["category", "group", "subcategory"]
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
