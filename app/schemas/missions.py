"""Missions and their headline figures over the periods loaded."""

from __future__ import annotations

from datetime import date

from pydantic import BaseModel

from app.core.vocabulary import ReportKind
from app.schemas.fields import Unit, derived, identifier, link, printed


class MissionPublic(BaseModel):
    code: str = identifier("The UN short name (MINUSMA); paths and filters accept it in any case")
    name: str = printed("The full name, as the newest report prints it")
    report_count: int = derived("Reports loaded", "count of the mission's reports", Unit.COUNT)
    periods: list[str] = derived("The performance periods loaded, newest first", "the reports' periods")
    url: str = link("The mission's URL")


class MissionReportPublic(BaseModel):
    id: str = identifier("The report's id (`a-75-623`)")
    symbol: str = printed("The document symbol (A/75/623)")
    kind: ReportKind = derived("The layout family", "the layout the report is printed in")
    period: str = derived('The performance period ("2019/20")', "its printed dates")
    budget_period: str | None = derived(
        'The budget period of a combined report ("2026/27"); null in a performance report', "its printed dates"
    )
    published: date = printed("The date of the document")
    url: str = link("The report's URL")


class HeadlinePublic(BaseModel):
    """A period's headline figures, from the report's financial resources table (gross requirements)."""

    period: str = derived('The performance period ("2019/20")', "the report's printed dates")
    report_id: str = identifier("The report the figures come from")
    apportionment_usd: int | None = printed("Gross apportionment, read exactly from thousands", Unit.USD)
    expenditure_usd: int | None = printed("Gross expenditure, read exactly from thousands", Unit.USD)
    unencumbered_balance_usd: int | None = printed("Gross variance, read exactly from thousands", Unit.USD)
    utilization_rate_percent: float | None = derived(
        "Utilization rate", "expenditure ÷ apportionment × 100, rounded half up to one decimal", Unit.PERCENT
    )


class MissionDetailPublic(MissionPublic):
    reports: list[MissionReportPublic] = derived(
        "The mission's reports, newest publication first", "the loaded reports of the mission"
    )
    series: list[HeadlinePublic] = printed("Headline figures per performance period, oldest first")
