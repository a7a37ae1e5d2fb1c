"""Table classes only. Every row belongs to a report and records where in the text it came from."""

from __future__ import annotations

from datetime import date, datetime
from enum import StrEnum
from typing import Any

from sqlalchemy import JSON, BigInteger, Enum, MetaData, Text
from sqlmodel import Field, SQLModel

from app.core.vocabulary import (
    AchievedBasis,
    Achievement,
    CheckUnit,
    CovidBasis,
    FinancialLevel,
    Impact,
    OutputDirection,
    OutputStatus,
    RedeploymentLevel,
    ReportKind,
    StaffingLevel,
    StatusBasis,
    TargetType,
    ValueStatus,
    VarianceDirection,
)

SQLModel.metadata = MetaData(
    naming_convention={
        "ix": "ix_%(column_0_label)s",
        "uq": "uq_%(table_name)s_%(column_0_name)s",
        "ck": "ck_%(table_name)s_%(column_0_name)s",
        "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
        "pk": "pk_%(table_name)s",
    }
)


def vocabulary(enum: type[StrEnum], *, length: int = 16, nullable: bool = False) -> Any:
    """A column holding one value of a shared vocabulary: VARCHAR plus a CHECK constraint on both stores."""
    values = [member.value for member in enum]
    # Unnamed, so the naming convention names each CHECK after its table and column.
    column_type = Enum(
        enum, name=None, native_enum=False, create_constraint=True, length=length, values_callable=lambda _: values
    )
    return Field(default=None, sa_type=column_type) if nullable else Field(sa_type=column_type)


class Report(SQLModel, table=True):
    id: str = Field(primary_key=True, max_length=64)
    symbol: str = Field(index=True, unique=True, max_length=64)
    title: str
    kind: ReportKind = vocabulary(ReportKind, length=32)
    mission: str = Field(max_length=32, index=True)
    mission_name: str
    period: str = Field(max_length=16, index=True)  # derived from the dates: "2024/25"
    period_start: date
    period_end: date
    budget_period: str | None = Field(default=None, max_length=16)
    budget_period_start: date | None = None
    budget_period_end: date | None = None
    published: date
    source_sha256: str = Field(max_length=64)
    source_text: str = Field(sa_type=Text)
    line_count: int
    loaded_at: datetime
    row_counts: dict[str, Any] = Field(default_factory=dict, sa_type=JSON)
    extra: dict[str, Any] = Field(default_factory=dict, sa_type=JSON)  # budget history, GA actions, summary text


class Sourced(SQLModel):
    """Columns every data row carries: its report, its order, and its place in the text."""

    report_id: str = Field(foreign_key="report.id", primary_key=True, max_length=64, ondelete="CASCADE")
    position: int
    source_section: str = Field(max_length=16)
    source_paragraph: str | None = Field(default=None, max_length=16)
    source_first_line: int
    source_last_line: int


class FinancialCategory(Sourced, table=True):
    __tablename__ = "financial_category"
    slug: str = Field(primary_key=True, max_length=128)
    name: str
    group: str | None = None
    group_slug: str | None = Field(default=None, max_length=128)
    level: FinancialLevel = vocabulary(FinancialLevel)
    value_status: ValueStatus = vocabulary(ValueStatus)
    apportionment_usd: int | None = Field(default=None, sa_type=BigInteger)
    expenditure_usd: int | None = Field(default=None, sa_type=BigInteger)
    variance_usd: int | None = Field(default=None, sa_type=BigInteger)
    variance_percent: float | None = None
    apportionment_text: str
    expenditure_text: str
    variance_text: str
    variance_percent_text: str
    # A combined report's budget columns: the next period's apportionment and the budget period's estimates.
    budget_apportionment_usd: int | None = Field(default=None, sa_type=BigInteger)
    cost_estimates_usd: int | None = Field(default=None, sa_type=BigInteger)
    budget_variance_usd: int | None = Field(default=None, sa_type=BigInteger)
    budget_variance_percent: float | None = None
    budget_apportionment_text: str | None = None
    cost_estimates_text: str | None = None
    budget_variance_text: str | None = None
    budget_variance_percent_text: str | None = None
    budget_apportionment_period: str | None = Field(default=None, max_length=16)
    cost_estimates_period: str | None = Field(default=None, max_length=16)
    sites: list[dict[str, Any]] = Field(default_factory=list, sa_type=JSON)  # amounts per site, where printed


class StaffingRow(Sourced, table=True):
    __tablename__ = "staffing_row"
    slug: str = Field(primary_key=True, max_length=128)
    name: str
    group: str | None = None
    group_slug: str | None = Field(default=None, max_length=128)
    level: StaffingLevel = vocabulary(StaffingLevel)
    approved: int | None = None
    actual_average: int | None = None
    vacancy_rate_percent: float | None = None
    approved_text: str
    actual_average_text: str
    vacancy_rate_text: str
    approved_status: ValueStatus = vocabulary(ValueStatus)
    actual_average_status: ValueStatus = vocabulary(ValueStatus)
    vacancy_rate_status: ValueStatus = vocabulary(ValueStatus)
    footnotes: list[str] = Field(default_factory=list, sa_type=JSON)
    deployments: list[dict[str, Any]] = Field(default_factory=list, sa_type=JSON)  # the liquidation form's dates
    approved_next: int | None = None  # the by-period form: the approved strength of the next period
    approved_next_text: str | None = None
    proposed: int | None = None  # the by-period form: the proposed strength of the budget period
    proposed_text: str | None = None


class Redeployment(Sourced, table=True):
    slug: str = Field(primary_key=True, max_length=128)
    name: str
    group_number: str | None = Field(default=None, max_length=8)
    level: RedeploymentLevel = vocabulary(RedeploymentLevel)
    original_usd: int | None = Field(default=None, sa_type=BigInteger)
    redeployment_usd: int | None = Field(default=None, sa_type=BigInteger)
    revised_usd: int | None = Field(default=None, sa_type=BigInteger)
    original_text: str
    redeployment_text: str
    revised_text: str
    redeployment_status: ValueStatus = vocabulary(ValueStatus)
    percent: float | None = None  # only on the "Percentage of redeployment to total appropriation" row
    percent_text: str | None = None


class AmountRow(Sourced, table=True):
    """Rows of the one-amount tables, told apart by `table_name`: other revenue (III.D),
    contingent-owned equipment (III.E), non-budgeted contributions (III.F)."""

    __tablename__ = "amount_row"
    table_name: str = Field(primary_key=True, max_length=64)
    slug: str = Field(primary_key=True, max_length=128)
    name: str
    mark: str | None = Field(default=None, max_length=16)
    group: str | None = None
    level: FinancialLevel = vocabulary(FinancialLevel)
    amount_usd: int | None = Field(default=None, sa_type=BigInteger)
    amount_text: str
    value_status: ValueStatus = vocabulary(ValueStatus)
    footnotes: list[str] = Field(default_factory=list, sa_type=JSON)
    estimate_usd: int | None = Field(default=None, sa_type=BigInteger)  # a budget period's estimate beside it
    estimate_text: str | None = None


class PeriodAmountRow(Sourced, table=True):
    """Rows of the tables that give one amount per period, told apart by `table_name`: the unencumbered
    balance trend and the cancellation of prior-period commitments."""

    __tablename__ = "period_amount_row"
    table_name: str = Field(primary_key=True, max_length=64)
    slug: str = Field(primary_key=True, max_length=128)
    name: str
    group_number: str | None = Field(default=None, max_length=8)
    level: FinancialLevel = vocabulary(FinancialLevel)
    amounts: list[dict[str, Any]] = Field(default_factory=list, sa_type=JSON)


class ComponentStaffing(Sourced, table=True):
    """Human resources by component and category in a combined report: one row per category of each printed block."""

    __tablename__ = "component_staffing"
    id: str = Field(primary_key=True, max_length=512)  # the component's slug, the block's and the category's
    component: str
    block: str
    slug: str = Field(max_length=128)
    name: str
    group: str | None = None
    level: StaffingLevel = vocabulary(StaffingLevel)
    approved: int | None = None
    actual: int | None = None
    approved_next: int | None = None
    proposed: int | None = None
    net_change: int | None = None
    approved_text: str
    actual_text: str
    approved_next_text: str
    proposed_text: str
    net_change_text: str


class VacancyFactor(Sourced, table=True):
    __tablename__ = "vacancy_factor"
    slug: str = Field(primary_key=True, max_length=128)
    name: str
    group: str | None = None
    rates: list[dict[str, Any]] = Field(default_factory=list, sa_type=JSON)  # per cent, one per printed column
    footnotes: list[str] = Field(default_factory=list, sa_type=JSON)


class PrintedTable(Sourced, table=True):
    """A smaller table kept as printed (efficiency gains, quick-impact projects, borrowing …): its columns and
    rows, each cell with its text and, where it prints a number, the number."""

    __tablename__ = "printed_table"
    id: str = Field(primary_key=True, max_length=80)  # its role, and its number among the tables of that role
    role: str = Field(max_length=64)
    title: str
    unit: str | None = None
    columns: list[str] = Field(default_factory=list, sa_type=JSON)
    rows: list[dict[str, Any]] = Field(default_factory=list, sa_type=JSON)


class MissionFactor(Sourced, table=True):
    __tablename__ = "mission_factor"
    slug: str = Field(primary_key=True, max_length=128)
    name: str
    applies_to: str
    percentage_text: str
    percentage_min: float | None = None
    percentage_max: float | None = None
    effective_date: str | None = None
    last_review_date: str | None = None


class CheckResult(Sourced, table=True):
    __tablename__ = "check_result"
    name: str = Field(primary_key=True, max_length=512)
    description: str
    unit: CheckUnit = vocabulary(CheckUnit)
    expected: str = Field(max_length=64)  # decimals kept exact as text
    actual: str = Field(max_length=64)
    passed: bool


class Component(Sourced, table=True):
    number: int = Field(primary_key=True, sa_column_kwargs={"autoincrement": False})
    title: str
    paragraphs: list[int] = Field(default_factory=list, sa_type=JSON)
    external_factors: list[str] = Field(default_factory=list, sa_type=JSON)


class ExpectedAccomplishment(Sourced, table=True):
    __tablename__ = "expected_accomplishment"
    id: str = Field(primary_key=True, max_length=16)
    component: int = Field(index=True)
    title: str


class Indicator(Sourced, table=True):
    id: str = Field(primary_key=True, max_length=32)
    expected_accomplishment: str = Field(max_length=16, index=True)
    component: int
    number: int
    planned_text: str
    targets: list[dict[str, Any]] = Field(default_factory=list, sa_type=JSON)
    actual_text: str
    actual_value: float | None = None  # derived from actual_text where it holds one figure
    actual_unit: str | None = Field(default=None, max_length=64)
    achieved: bool | None = None
    achievement: Achievement = vocabulary(Achievement, length=32)
    achieved_basis: AchievedBasis = vocabulary(AchievedBasis, length=32)
    explanation: str | None = None
    covid_affected: bool


class Output(Sourced, table=True):
    id: str = Field(primary_key=True, max_length=32)
    expected_accomplishment: str = Field(max_length=16, index=True)
    component: int
    number: int
    subgroup: str | None = None
    planned_text: str
    planned_quantities: list[dict[str, Any]] = Field(default_factory=list, sa_type=JSON)
    completed: list[dict[str, Any]] = Field(default_factory=list, sa_type=JSON)
    remarks: str | None = None
    direction: OutputDirection | None = vocabulary(OutputDirection, nullable=True)
    status: OutputStatus = vocabulary(OutputStatus, length=32)
    status_basis: StatusBasis = vocabulary(StatusBasis, length=32)
    completion_ratio: float | None = None
    covid_affected: bool


class Paragraph(Sourced, table=True):
    number: int = Field(primary_key=True, sa_column_kwargs={"autoincrement": False})
    section: str = Field(max_length=16)
    heading: str
    text: str = Field(sa_type=Text)
    component: int | None = None
    items: list[dict[str, Any]] = Field(default_factory=list, sa_type=JSON)


class Variance(Sourced, table=True):
    slug: str = Field(primary_key=True, max_length=128)  # the category's slug, with the period where printed
    category_slug: str = Field(max_length=128)
    period: str | None = Field(default=None, max_length=16)
    name: str
    variance_usd: int = Field(sa_type=BigInteger)
    variance_percent: float | None
    amount_text: str
    percent_text: str
    direction: VarianceDirection = vocabulary(VarianceDirection)
    paragraphs: list[int] = Field(default_factory=list, sa_type=JSON)
    explanation: str = Field(sa_type=Text)


class CovidAnnotation(Sourced, table=True):
    __tablename__ = "covid_annotation"
    id: str = Field(primary_key=True, max_length=96)
    target_type: TargetType = vocabulary(TargetType, length=32)
    target_id: str = Field(max_length=128)
    excerpt: str = Field(sa_type=Text)
    impact: Impact = vocabulary(Impact, length=32)
    component: int | None = None
    signals: list[str] = Field(default_factory=list, sa_type=JSON)
    basis: CovidBasis = vocabulary(CovidBasis)
    impact_basis: str | None = Field(default=None, max_length=128)


class FollowUp(Sourced, table=True):
    __tablename__ = "follow_up"
    index: int = Field(primary_key=True, sa_column_kwargs={"autoincrement": False})
    resolution: str = Field(max_length=32)
    body: str
    document: str
    resolution_paragraph: int | None = None
    decision_request: str = Field(sa_type=Text)
    action_taken: str | None = Field(default=None, sa_type=Text)
    paragraph_refs: list[int] = Field(default_factory=list, sa_type=JSON)


class SearchDocument(SQLModel, table=True):
    """One searchable text per resource; full-text indexes over it are built by migrations
    (an FTS5 table on SQLite, a GIN tsvector index on PostgreSQL)."""

    __tablename__ = "search_document"
    id: int | None = Field(default=None, primary_key=True)
    report_id: str = Field(foreign_key="report.id", max_length=64, index=True, ondelete="CASCADE")
    type: str = Field(max_length=32)
    resource_id: str = Field(max_length=128)
    title: str
    body: str = Field(sa_type=Text)
    path: str = Field(description="URL path of the resource in the API")


class StoreVersion(SQLModel, table=True):
    """One row counting the ingests: answers are cached per version, and every ingest bumps it in the
    transaction that writes its report, so a cached answer is never older than the data it stands for."""

    __tablename__ = "store_version"
    id: int = Field(primary_key=True, sa_column_kwargs={"autoincrement": False})
    version: int = Field(default=0, sa_type=BigInteger)
