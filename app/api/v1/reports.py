"""Reports, their summary and their source text."""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import Any

from fastapi import APIRouter
from fastapi.responses import PlainTextResponse

from app.api.collections import CollectionSpec, Context, ReportContext, register_all
from app.api.deps import ReportDep, SessionDep
from app.core.urls import REPORT_COLLECTIONS
from app.models import Report
from app.queries import reports as queries
from app.queries.listing import Listing
from app.queries.narrative import covid_counts
from app.queries.results import outputs_by_status
from app.schemas.common import Item
from app.schemas.reports import IncumbencyPublic, ReportDetailPublic, ReportPublic, SummaryPublic

router = APIRouter(tags=["reports"])


def _report_extras(context: Context) -> Callable[[Any], Mapping[str, Any]]:
    return lambda report: {"url": str(context.request.url_for("get_report", report_id=report.id))}


REPORTS = CollectionSpec(
    name="reports",
    path="reports",
    summary="Every loaded report",
    description="Reports, newest publication first.",
    public=ReportPublic,
    listing=Listing(
        Report,
        sort=("published", "symbol", "mission", "period_start"),
        facets=("mission",),
        order=(Report.published.desc(), "id"),  # type: ignore[attr-defined]
    ),
    scoped=False,
    sourced=False,
    extras=_report_extras,
)
SPECS = (REPORTS,)
register_all(router, SPECS)


@router.get("/reports/{report_id}", response_model=Item[ReportDetailPublic], summary="One report, with links")
def get_report(context: ReportContext, report: ReportDep) -> Item[ReportDetailPublic]:
    public = REPORTS.mapper(context)(report).model_dump()
    base = str(context.request.url_for("get_report", report_id=report.id))
    links = {name.replace("-", "_"): f"{base}/{name}" for name in REPORT_COLLECTIONS}
    # The whole report in one file: a zip of CSVs with their data dictionary, and an SQLite database.
    links.update(download=f"{base}/download", download_sqlite=f"{base}/download.sqlite")
    return Item(data=ReportDetailPublic.model_validate({**public, "links": links, "extra": report.extra}))


@router.get(
    "/reports/{report_id}/summary", response_model=Item[SummaryPublic], summary="Headline figures for a dashboard"
)
def get_summary(session: SessionDep, report: ReportDep) -> Item[SummaryPublic]:
    by_slug, totals = queries.incumbency(session, report.id)
    summary = SummaryPublic(
        report_id=report.id,
        **queries.financial_headline(session, report.id),
        incumbency=by_slug,
        incumbency_totals=IncumbencyPublic(**totals),
        checks=queries.check_counts(session, report.id),
        outputs_by_status=outputs_by_status(session, report.id),
        covid_annotations=covid_counts(session, report.id),
    )
    return Item(data=summary)


@router.get(
    "/reports/{report_id}/source",
    response_class=PlainTextResponse,
    summary="The bundled source text",
    responses={200: {"content": {"text/plain": {}}, "description": "The report text, as bundled"}},
)
def get_source(report: ReportDep) -> PlainTextResponse:
    """Line numbers in every row's `source` refer to this text (line 1 first)."""
    return PlainTextResponse(report.source_text, headers={"X-Source-SHA256": report.source_sha256})
