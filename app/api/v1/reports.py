"""Reports, their summary and their source text."""

from __future__ import annotations

from typing import Any

from fastapi import APIRouter, Request
from fastapi.responses import PlainTextResponse
from sqlmodel import col

from app.api.deps import ReportDep, SessionDep
from app.api.responses import CollectionContext
from app.models import Report as ReportTable
from app.queries import reports as queries
from app.queries.listing import Listing
from app.queries.narrative import covid_counts
from app.queries.results import outputs_by_status
from app.schemas.common import Item, Page
from app.schemas.reports import Incumbency, Report, ReportDetail, Summary

router = APIRouter(tags=["reports"])

COLLECTIONS = (
    "summary",
    "financial-categories",
    "staffing",
    "components",
    "expected-accomplishments",
    "indicators",
    "outputs",
    "covid-annotations",
    "variances",
    "paragraphs",
    "redeployments",
    "other-revenue",
    "contingent-owned-equipment",
    "mission-factors",
    "non-budgeted-contributions",
    "checks",
    "source",
)


REPORT_LISTING = Listing(
    model=ReportTable,
    sort_fields={name: getattr(ReportTable, name) for name in ("published", "symbol", "mission", "period_start")},
    default_order=[col(ReportTable.published).desc(), col(ReportTable.id)],
    facet_fields={"mission": ReportTable.mission},
)


def report_public(request: Request, report: ReportTable) -> dict[str, Any]:
    data = report.model_dump(exclude={"source_text", "extra"})
    data["url"] = str(request.url_for("get_report", report_id=report.id))
    return data


@router.get("/reports", response_model=Page[Report], summary="Every loaded report")
def list_reports(collection: CollectionContext) -> Any:
    """Reports, newest publication first. Sortable: published, symbol, mission, period_start. Facetable: mission."""
    return collection.respond(
        REPORT_LISTING,
        conditions=[],
        to_public=lambda r: Report.model_validate(report_public(collection.request, r)),
        model=Report,
    )


@router.get("/reports/{report_id}", response_model=Item[ReportDetail], summary="One report, with links")
def get_report(request: Request, report: ReportDep) -> Item[ReportDetail]:
    base = str(request.url_for("get_report", report_id=report.id))
    links = {name.replace("-", "_"): f"{base}/{name}" for name in COLLECTIONS}
    return Item(
        data=ReportDetail.model_validate({**report_public(request, report), "links": links, "extra": report.extra})
    )


@router.get("/reports/{report_id}/summary", response_model=Item[Summary], summary="Headline figures for a dashboard")
def get_summary(session: SessionDep, report: ReportDep) -> Item[Summary]:
    by_slug, totals = queries.incumbency(session, report.id)
    summary = Summary(
        report_id=report.id,
        **queries.financial_headline(session, report.id),
        incumbency=by_slug,
        incumbency_totals=Incumbency(**totals),
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
