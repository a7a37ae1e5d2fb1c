"""Missions and their headline figures over the periods loaded."""

from __future__ import annotations

from datetime import date

from pydantic import BaseModel, Field

from app.core.vocabulary import ReportKind


class MissionPublic(BaseModel):
    code: str = Field(description="The UN short name (MINUSMA); paths and filters accept it in any case")
    name: str = Field(description="The full name, as the newest report prints it")
    report_count: int
    periods: list[str] = Field(description="The performance periods loaded, newest first")
    url: str


class MissionReportPublic(BaseModel):
    id: str
    symbol: str
    kind: ReportKind
    period: str
    budget_period: str | None
    published: date
    url: str


class HeadlinePublic(BaseModel):
    """A period's headline figures, from the report's financial resources table (gross requirements)."""

    period: str
    report_id: str
    apportionment_usd: int | None = Field(description="Gross apportionment, US dollars (printed)")
    expenditure_usd: int | None = Field(description="Gross expenditure, US dollars (printed)")
    unencumbered_balance_usd: int | None = Field(description="Gross variance as printed, US dollars")
    utilization_rate_percent: float | None = Field(
        description="Derived: expenditure ÷ apportionment × 100, rounded to one decimal"
    )


class MissionDetailPublic(MissionPublic):
    reports: list[MissionReportPublic] = Field(description="Newest publication first")
    series: list[HeadlinePublic] = Field(description="Headline figures per performance period, oldest first")
