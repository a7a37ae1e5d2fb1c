"""Reports and their dashboard summary."""

from __future__ import annotations

from datetime import date, datetime

from pydantic import BaseModel

from app.core.vocabulary import BudgetStage, Impact, OutputStatus, ReportKind, TargetType
from app.schemas.fields import Unit, derived, identifier, link, printed, provenance


class ReportPublic(BaseModel):
    id: str = identifier("The symbol in lower case, `/` as `-` (`a-75-623`)")
    symbol: str = printed("The document symbol (A/75/623)")
    title: str = printed("The report's title")
    kind: ReportKind = derived(
        "The layout family: a performance report, or performance and budget", "the layout the report is printed in"
    )
    mission: str = printed("The mission's short name (MINUSMA)")
    mission_name: str = printed("The mission's full name")
    period: str = derived('The performance period as the reports name it ("2019/20")', "its printed dates")
    period_start: date = printed("First day of the performance period")
    period_end: date = printed("Last day of the performance period")
    budget_period: str | None = derived(
        'The budget period a combined report proposes ("2026/27"); null in a performance report', "its printed dates"
    )
    budget_period_start: date | None = printed("First day of the budget period; null in a performance report")
    budget_period_end: date | None = printed("Last day of the budget period; null in a performance report")
    published: date = printed("The date of the document")
    source_sha256: str = provenance("SHA-256 of the report's text served at `/source`")
    line_count: int = provenance("Lines of the report's text")
    loaded_at: datetime = provenance("When the report was loaded into the store")
    row_counts: dict[str, int] = derived("Rows per store table loaded from this report", "count of rows", Unit.COUNT)
    url: str = link("The report's URL")


class BudgetStagePublic(BaseModel):
    stage: BudgetStage = printed("The stage the introduction recounts")
    gross_usd: int = printed("The gross amount of that stage", Unit.USD)
    net_usd: int | None = printed("The net amount, where printed", Unit.USD)
    documents: list[str] = printed('The documents the stage cites ("A/73/760", "resolution 73/320")')
    paragraph: int | None = provenance(
        "The number of the paragraph stating it, an integer like `source.paragraph`; null where none"
    )


class RevenuePartPublic(BaseModel):
    name: str = printed('The part of other revenue ("investment revenue")')
    usd: int = printed("Its amount", Unit.USD)


class GeneralAssemblyActionsPublic(BaseModel):
    unencumbered_balance_usd: int = printed("The unencumbered balance the General Assembly is to decide on", Unit.USD)
    other_revenue_usd: int = printed("The other revenue the General Assembly is to decide on", Unit.USD)
    other_revenue_parts: list[RevenuePartPublic] = printed("Other revenue by part, in printed order")
    text: list[str] = printed("The two actions, as printed: the unencumbered balance, then other revenue")
    paragraph: int | None = provenance("The number of the paragraph of actions, an integer like `source.paragraph`")


class SummaryParagraphPublic(BaseModel):
    index: int = provenance("Order within the report's summary (1-based)")
    text: str = printed("The summary paragraph")
    first_line: int = provenance("Its first line in the report's text")


class VarianceThresholdPublic(BaseModel):
    footnote: str = printed("The footnote setting the threshold above which variances are explained")
    percent: float = printed("The threshold's percentage", Unit.PERCENT)
    usd: int = printed("The threshold's amount", Unit.USD)


class ChecksRunPublic(BaseModel):
    run: list[str] = derived("The families of checks run on the report", "what the report prints")
    skipped: list[str] = derived("The families of checks not run", "what the report does not print")


class ReportExtraPublic(BaseModel):
    """What the report says of itself beyond its tables: budget history, the actions asked of the General
    Assembly, the summary text and the variance threshold; and what the load ran."""

    budget_history: list[BudgetStagePublic] = printed("The budget of the period: proposed, recommended, appropriated")
    general_assembly_actions: GeneralAssemblyActionsPublic = printed("The actions asked of the General Assembly")
    summary_text: list[SummaryParagraphPublic] = printed("The paragraphs of the report's summary")
    variance_threshold: VarianceThresholdPublic = printed("The reporting threshold of the variance analysis")
    checks: ChecksRunPublic = derived("The checks the load ran and skipped", "the tables the report prints")
    warnings: list[str] | None = derived(
        "Warnings of the load; absent where there are none",
        "a text loaded without the errata recorded for its symbol",
        default=None,
        exclude_if=lambda warnings: warnings is None,  # the store keeps them only where there are some
    )


class ReportDetailPublic(ReportPublic):
    links: dict[str, str] = link("URLs of the report's collections, by collection name")
    extra: ReportExtraPublic = printed("Budget history, General Assembly actions, summary text and what the load ran")


class IncumbencyPublic(BaseModel):
    approved: int = derived(
        "Total approved strength", "sum of the approved strength of every row with a figure", Unit.PERSONS
    )
    actual_average: int = derived(
        "Total actual average strength", "sum of the actual average of every row with a figure", Unit.PERSONS
    )
    rows: int = derived("Staffing rows counted", "count of category and subcategory rows", Unit.COUNT)


class IncumbencyRowPublic(BaseModel):
    approved: int | None = printed("Approved strength", Unit.PERSONS)
    actual_average: int | None = printed("Actual average strength", Unit.PERSONS)
    vacancy_rate_percent: float | None = printed("Vacancy rate", Unit.PERCENT)


class GroupSubtotalPublic(BaseModel):
    group: str | None = printed("The group, as printed")
    group_slug: str | None = identifier("The group's slug")
    apportionment_usd: int | None = printed("The group's apportionment, read exactly from thousands", Unit.USD)
    expenditure_usd: int | None = printed("The group's expenditure, read exactly from thousands", Unit.USD)
    variance_usd: int | None = printed("The group's variance, read exactly from thousands", Unit.USD)
    variance_percent: float | None = printed("The group's variance percentage", Unit.PERCENT)


class CheckCountsPublic(BaseModel):
    passed: int = derived("Checks passed", "count of the report's checks that passed", Unit.COUNT)
    failed: int = derived("Checks failed", "count of the report's checks that failed", Unit.COUNT)


class CovidCountsPublic(BaseModel):
    total: int = derived("COVID-19 statements", "count of the report's annotations", Unit.COUNT)
    by_impact: dict[Impact, int] = derived(
        "Statements per impact class, most first", "count of annotations per `impact`", Unit.COUNT
    )
    by_component: dict[str, int] = derived(
        'Statements per component number ("none" outside the frameworks), most first',
        "count of annotations per `component`",
        Unit.COUNT,
    )
    by_target_type: dict[TargetType, int] = derived(
        "Statements per kind of target, most first", "count of annotations per `target_type`", Unit.COUNT
    )


class SummaryPublic(BaseModel):
    report_id: str = identifier("The report summarized")
    gross_apportionment_usd: int | None = printed("Gross apportionment (section III.A)", Unit.USD)
    gross_expenditure_usd: int | None = printed("Gross expenditure (section III.A)", Unit.USD)
    unencumbered_balance_usd: int | None = printed("Gross variance as printed in section III.A", Unit.USD)
    utilization_rate_percent: float | None = derived(
        "Utilization rate",
        "gross expenditure ÷ gross apportionment × 100, rounded half up to one decimal",
        Unit.PERCENT,
    )
    net_apportionment_usd: int | None = printed("Net apportionment", Unit.USD)
    net_expenditure_usd: int | None = printed("Net expenditure", Unit.USD)
    groups: list[GroupSubtotalPublic] = printed("Apportionment, expenditure and variance per group subtotal")
    incumbency: dict[str, IncumbencyRowPublic] = printed(
        "Approved, actual and vacancy rate per staffing row, by slug (group headers left out)"
    )
    incumbency_totals: IncumbencyPublic = derived("Totals of `incumbency`", "sums over its rows")
    checks: CheckCountsPublic = derived("Checks passed and failed at load", "the report's checks")
    outputs_by_status: dict[str, dict[OutputStatus, int]] = derived(
        "Per component number: outputs per completion status",
        "count of outputs per component and `status`",
        Unit.COUNT,
        default_factory=dict,
    )
    covid_annotations: CovidCountsPublic = derived(
        "COVID-19 statements counted by impact, component and target type", "the report's annotations"
    )
