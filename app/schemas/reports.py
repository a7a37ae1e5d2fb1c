"""Reports and their dashboard summary."""

from __future__ import annotations

from datetime import date, datetime
from typing import Any

from pydantic import BaseModel, Field

from app.core.vocabulary import ReportKind


class ReportPublic(BaseModel):
    id: str = Field(description="The symbol in lower case, `/` as `-`")
    symbol: str
    title: str
    kind: ReportKind = Field(description="The layout family: a performance report, or performance and budget")
    mission: str = Field(description="Short name (MINUSMA)")
    mission_name: str
    period: str = Field(description='The performance period as the reports name it ("2019/20"); derived from its dates')
    period_start: date
    period_end: date
    budget_period: str | None = Field(description='The budget period a combined report proposes ("2026/27"), or null')
    budget_period_start: date | None
    budget_period_end: date | None
    published: date
    source_sha256: str = Field(description="SHA-256 of the bundled text served at `/source`")
    line_count: int
    loaded_at: datetime
    row_counts: dict[str, int] = Field(description="Rows per table loaded from this report")
    url: str


class ReportDetailPublic(ReportPublic):
    links: dict[str, str] = Field(description="URLs of the report's collections")
    extra: dict[str, Any] = Field(default_factory=dict, description="Budget history and General Assembly actions")


class IncumbencyPublic(BaseModel):
    approved: int = Field(description="Derived: sum of the approved strength of every row with a figure")
    actual_average: int = Field(description="Derived: sum of the actual average of every row with a figure")
    rows: int


class SummaryPublic(BaseModel):
    report_id: str
    gross_apportionment_usd: int | None
    gross_expenditure_usd: int | None
    unencumbered_balance_usd: int | None = Field(description="Gross variance as printed in section III.A")
    utilization_rate_percent: float | None = Field(
        description="Derived: gross expenditure ÷ gross apportionment × 100, rounded to one decimal"
    )
    net_apportionment_usd: int | None
    net_expenditure_usd: int | None
    groups: list[dict[str, Any]] = Field(description="Apportionment, expenditure and variance per group subtotal")
    incumbency: dict[str, Any] = Field(description="Approved, actual and vacancy rate per staffing category")
    incumbency_totals: IncumbencyPublic
    checks: dict[str, int] = Field(description="Checks passed and failed at load")
    outputs_by_status: dict[str, dict[str, int]] = Field(
        default_factory=dict, description="Per component number: outputs per completion status"
    )
    covid_annotations: dict[str, Any] = Field(default_factory=dict, description="Counts by impact and by component")
