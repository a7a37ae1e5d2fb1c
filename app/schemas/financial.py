"""Financial resources (section III.A) and staffing incumbency (summary)."""

from __future__ import annotations

from datetime import date

from pydantic import BaseModel

from app.core.vocabulary import FinancialLevel, StaffingLevel, ValueStatus, VarianceDirection
from app.schemas.common import Row
from app.schemas.fields import Unit, derived, identifier, link, printed, provenance
from app.schemas.narrative import CovidAnnotationPublic

_STATUS = "How the figure is present: a number, a dash (nil: 0), not applicable, or an empty cell"


class VarianceRefPublic(BaseModel):
    """The section IV entry explaining a category's variance (see `/variances`)."""

    direction: VarianceDirection | None = printed("Reduced or increased requirements, as the explanation states")
    paragraphs: list[int] = printed("Numbers of the explaining paragraphs")
    explanation: str = printed("The text of the explaining paragraphs")
    url: str = link("The URL of the variance entry")


class SiteAmountsPublic(BaseModel):
    site: str = printed("The site, as printed (Brindisi, Valencia)")
    apportionment_usd: int | None = printed("The site's apportionment, read exactly from thousands", Unit.USD)
    expenditure_usd: int | None = printed("The site's expenditure, read exactly from thousands", Unit.USD)
    budget_apportionment_usd: int | None = printed(
        "Combined reports: the site's apportionment of the period between, read exactly from thousands", Unit.USD
    )
    cost_estimates_usd: int | None = printed(
        "Combined reports: the site's cost estimates of the budget period, read exactly from thousands", Unit.USD
    )
    apportionment_text: str | None = printed("The site's apportionment as printed", Unit.THOUSANDS_USD)
    expenditure_text: str | None = printed("The site's expenditure as printed", Unit.THOUSANDS_USD)
    budget_apportionment_text: str | None = printed(
        "The site's apportionment of the period between, as printed", Unit.THOUSANDS_USD
    )
    cost_estimates_text: str | None = printed("The site's cost estimates, as printed", Unit.THOUSANDS_USD)


class FinancialCategoryPublic(Row):
    slug: str = identifier("A slug of the printed name, the same in every report (`air-operations`)")
    name: str = printed("The category as printed")
    group: str | None = printed("The group a line or subtotal belongs to; null for totals")
    group_slug: str | None = identifier("The group's slug; null for totals")
    level: FinancialLevel = printed("Line, group subtotal or total, as the table prints the row")
    position: int = provenance("Order in the printed table (1-based)")
    value_status: ValueStatus = printed("`nil` where the table prints dashes (the amounts are 0)")
    apportionment_usd: int | None = printed("Apportionment, read exactly from thousands", Unit.USD)
    expenditure_usd: int | None = printed("Expenditure, read exactly from thousands", Unit.USD)
    variance_usd: int | None = printed(
        "Variance (apportionment − expenditure), read exactly from thousands; negative means overspent", Unit.USD
    )
    variance_percent: float | None = printed("Variance ÷ apportionment, as printed", Unit.PERCENT)
    apportionment_text: str = printed("Apportionment as printed", Unit.THOUSANDS_USD)
    expenditure_text: str = printed("Expenditure as printed", Unit.THOUSANDS_USD)
    variance_text: str = printed("Variance as printed", Unit.THOUSANDS_USD)
    variance_percent_text: str = printed("Variance percentage as printed", Unit.PERCENT)
    budget_apportionment_usd: int | None = printed(
        "Combined reports: the apportionment of the period between performance and budget (2025/26), read "
        "exactly from thousands; null in a performance report",
        Unit.USD,
    )
    cost_estimates_usd: int | None = printed(
        "Combined reports: the budget period's cost estimates (2026/27), read exactly from thousands", Unit.USD
    )
    budget_variance_usd: int | None = printed(
        "Combined reports: cost estimates − that apportionment, read exactly from thousands", Unit.USD
    )
    budget_variance_percent: float | None = printed("Combined reports: the budget variance percentage", Unit.PERCENT)
    budget_apportionment_text: str | None = printed("As printed", Unit.THOUSANDS_USD)
    cost_estimates_text: str | None = printed("As printed", Unit.THOUSANDS_USD)
    budget_variance_text: str | None = printed("As printed", Unit.THOUSANDS_USD)
    budget_variance_percent_text: str | None = printed("As printed", Unit.PERCENT)
    budget_apportionment_period: str | None = printed('The period of `budget_apportionment_usd` ("2025/26")')
    cost_estimates_period: str | None = printed('The period of `cost_estimates_usd` ("2026/27")')
    sites: list[SiteAmountsPublic] = printed(
        "Where the table prints each amount per site (UNLB: Brindisi, Valencia), each site's amounts; "
        "the row's own fields are the printed totals"
    )


class FinancialCategoryDetailPublic(FinancialCategoryPublic):
    variance_explanation: VarianceRefPublic | None = printed(
        "Section IV analysis of this category's variance, where the report gives one", default=None
    )
    covid_annotations: list[CovidAnnotationPublic] = derived(
        "The COVID-19 statements about this category",
        "the rows of `/covid-annotations` that target it",
        default_factory=list,
    )


class DeploymentPublic(BaseModel):
    """Approved and actual deployment on one date, as the liquidation form of the incumbency table prints it."""

    label: str = printed('A date ("1 July 2024") or "Approved deployment for the 2023/24 period"')
    as_of: date | None = printed("The date the figures stand at; null for the period's approved line")
    approved: int | None = printed("Approved deployment; 0 for a printed dash", Unit.PERSONS)
    actual: int | None = printed("Actual deployment; null where the cell is empty", Unit.PERSONS)
    approved_text: str = printed("Approved deployment as printed", Unit.PERSONS)
    actual_text: str = printed("Actual deployment as printed", Unit.PERSONS)
    approved_status: ValueStatus = printed(_STATUS)
    actual_status: ValueStatus = printed(_STATUS)


class StaffingRowPublic(Row):
    slug: str = identifier("A slug of the printed name, the same in every report (`formed-police-units`)")
    name: str = printed("The category as printed")
    group: str | None = printed(
        "Parent category for nested rows (national staff, United Nations Volunteers, …); null otherwise"
    )
    level: StaffingLevel = printed("Category, group header or a row inside a group")
    position: int = provenance("Order in the printed table (1-based)")
    approved: int | None = printed("Approved strength (highest level of authorized strength)", Unit.PERSONS)
    actual_average: int | None = printed("Actual average strength over the period", Unit.PERSONS)
    vacancy_rate_percent: float | None = printed("Vacancy rate", Unit.PERCENT)
    approved_text: str = printed("Approved strength as printed", Unit.PERSONS)
    actual_average_text: str = printed("Actual average as printed", Unit.PERSONS)
    vacancy_rate_text: str = printed("Vacancy rate as printed", Unit.PERCENT)
    approved_status: ValueStatus = printed(_STATUS)
    actual_average_status: ValueStatus = printed(_STATUS)
    vacancy_rate_status: ValueStatus = printed(_STATUS)
    footnotes: list[str] = printed("The texts of the footnotes the row carries")
    approved_next: int | None = printed(
        "Combined reports: the approved strength of the period between performance and budget (2025/26)",
        Unit.PERSONS,
    )
    approved_next_text: str | None = printed("As printed", Unit.PERSONS)
    proposed: int | None = printed(
        "Combined reports: the proposed strength of the budget period (2026/27)", Unit.PERSONS
    )
    proposed_text: str | None = printed("As printed", Unit.PERSONS)
    deployments: list[DeploymentPublic] = printed(
        "The liquidation form only: approved and actual deployment by date (empty in the average "
        "incumbency form, whose figures are approved, actual_average and vacancy_rate_percent)"
    )


class ComponentStaffingPublic(Row):
    """A combined report's human resources by component: one row per category of each printed block."""

    id: str = identifier("The component's, the block's and the category's slugs, joined by dots")
    component: str = printed('The component as printed ("Component 1: political and civil affairs")')
    block: str = printed('The block the figures are printed in ("Civilian staff, posts"; "Summary")')
    slug: str = identifier("The category's slug, the same in every report")
    name: str = printed('The category as printed ("P-5–P-4", "Subtotal")')
    group: str | None = printed("The group over the category (International staff, National staff, …)")
    level: StaffingLevel = printed("Category, group header or a row inside a group")
    position: int = provenance("Order in the printed tables (1-based)")
    approved: int | None = printed("Approved strength of the performance period (2024/25); 0 for a dash", Unit.PERSONS)
    actual: int | None = printed("Actual strength of the performance period", Unit.PERSONS)
    approved_next: int | None = printed("Approved strength of the period between (2025/26)", Unit.PERSONS)
    proposed: int | None = printed("Proposed strength of the budget period (2026/27)", Unit.PERSONS)
    net_change: int | None = printed("Net change (proposed − approved_next)", Unit.PERSONS)
    approved_text: str = printed("As printed", Unit.PERSONS)
    actual_text: str = printed("As printed", Unit.PERSONS)
    approved_next_text: str = printed("As printed", Unit.PERSONS)
    proposed_text: str = printed("As printed", Unit.PERSONS)
    net_change_text: str = printed("As printed", Unit.PERSONS)


class RatePublic(BaseModel):
    period: str = printed('The column as printed ("Actual 2023/24", "Proposed 2026/27")')
    percent: float | None = printed("The rate; 0 for a dash; null where not printed", Unit.PERCENT)
    text: str = printed("The rate as printed", Unit.PERCENT)
    value_status: ValueStatus = printed(_STATUS)


class VacancyFactorPublic(Row):
    slug: str = identifier("The category's slug, the same in every report")
    name: str = printed("The category as printed")
    group: str | None = printed('The heading the row is printed under ("National staff")')
    position: int = provenance("Order in the printed table (1-based)")
    rates: list[RatePublic] = printed("One vacancy rate per printed column, in printed order")
    footnotes: list[str] = printed("The texts of the footnotes the row carries")
