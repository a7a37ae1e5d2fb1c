"""Narrative paragraphs, the variance analysis (section IV), COVID-19 annotations and section VI."""

from __future__ import annotations

from typing import Annotated, Any, Literal

from fastapi import APIRouter, Path, Query, Request
from sqlmodel import col

from app import models
from app.api.deps import ReportDep, SessionDep
from app.api.responses import CollectionContext
from app.errors import NotFound
from app.queries import narrative as queries
from app.schemas.common import Item, Page
from app.schemas.narrative import CovidAnnotation, FollowUp, Paragraph, Variance
from app.schemas.rows import sourced

router = APIRouter(tags=["narrative"])

# Where each annotated kind of resource is served, relative to its report.
TARGET_PATHS = {
    "output": "outputs/{id}",
    "indicator": "indicators/{id}",
    "financial_category": "financial-categories/{id}",
    "paragraph": "paragraphs/{id}",
    "follow_up": "follow-up",
    "summary": "",
}
TargetType = Literal["output", "indicator", "financial_category", "paragraph", "summary", "follow_up"]


def _paragraph(report: models.Report, row: models.Paragraph) -> Paragraph:
    return Paragraph.model_validate({**row.model_dump(), **sourced(report.symbol, row)})


def _variance(request: Request, report: models.Report, row: models.Variance) -> Variance:
    url = str(request.url_for("get_financial_category", report_id=report.id, slug=row.slug))
    return Variance.model_validate(
        {**row.model_dump(), **sourced(report.symbol, row, f"Variance: {row.name}"), "financial_category_url": url}
    )


def _annotation(request: Request, report: models.Report, row: models.CovidAnnotation) -> CovidAnnotation:
    base = str(request.url_for("get_report", report_id=report.id))
    path = TARGET_PATHS.get(row.target_type)
    url = None if path is None else f"{base}/{path.format(id=row.target_id)}".rstrip("/")
    return CovidAnnotation.model_validate({**row.model_dump(), **sourced(report.symbol, row), "target_url": url})


@router.get("/reports/{report_id}/paragraphs", response_model=Page[Paragraph], summary="Numbered paragraphs")
def list_paragraphs(
    collection: CollectionContext,
    report: ReportDep,
    section: Annotated[
        str | None, Query(pattern=r"^[IVX]+(\.[A-Z])?$", description='Section path; "II" includes II.A … II.F')
    ] = None,
    component: Annotated[int | None, Query(ge=1, description="Component (section II.F)")] = None,
    q: Annotated[str | None, Query(min_length=1, max_length=200, description="Case-insensitive text filter")] = None,
) -> Any:
    """Every numbered paragraph with its section, heading and sub-items. Sortable: number, section, component.
    Facetable: section, component. For ranked full-text search use `/v1/search`."""
    conditions = queries.paragraph_conditions(report.id, section=section, component=component, q=q)
    return collection.respond(
        queries.PARAGRAPH_LISTING,
        conditions=conditions,
        to_public=lambda row: _paragraph(report, row),
        model=Paragraph,
    )


@router.get("/reports/{report_id}/paragraphs/{number}", response_model=Item[Paragraph], summary="One paragraph")
def get_paragraph(session: SessionDep, report: ReportDep, number: Annotated[int, Path(ge=1)]) -> Item[Paragraph]:
    row = queries.get_paragraph(session, report_id=report.id, number=number)
    if row is None:
        raise NotFound(f"Paragraph {number} not found in report {report.id!r}")
    return Item(data=_paragraph(report, row))


@router.get(
    "/reports/{report_id}/variances", response_model=Page[Variance], summary="Analysis of variances (section IV)"
)
def list_variances(
    collection: CollectionContext,
    report: ReportDep,
    direction: Annotated[Literal["reduced", "increased"] | None, Query(description="As the text states")] = None,
) -> Any:
    """One entry per category with its amount, percentage and explaining paragraphs. Sortable: position, name,
    variance_usd, variance_percent. Facetable: direction."""
    return collection.respond(
        queries.VARIANCE_LISTING,
        conditions=queries.variance_conditions(report.id, direction=direction),
        to_public=lambda row: _variance(collection.request, report, row),
        model=Variance,
    )


@router.get("/reports/{report_id}/variances/{slug}", response_model=Item[Variance], summary="One variance entry")
def get_variance(request: Request, session: SessionDep, report: ReportDep, slug: str) -> Item[Variance]:
    row = queries.get_variance(session, report_id=report.id, slug=slug)
    if row is None:
        raise NotFound(f"No variance analysis for {slug!r} in report {report.id!r}")
    return Item(data=_variance(request, report, row))


@router.get(
    "/reports/{report_id}/covid-annotations",
    response_model=Page[CovidAnnotation],
    summary="Statements of COVID-19 impact",
)
def list_covid_annotations(
    collection: CollectionContext,
    report: ReportDep,
    target_type: Annotated[TargetType | None, Query(description="What the statement annotates")] = None,
    impact: Annotated[str | None, Query(pattern=r"^[a-z_]+$", description="Impact class")] = None,
    component: Annotated[int | None, Query(ge=1, description="Component of the annotated resource")] = None,
) -> Any:
    """Every sentence attributing an effect to the pandemic, linked to what it annotates. Sortable: position,
    impact, target_type, component. Facetable: impact, target_type, component."""
    conditions = queries.covid_conditions(report.id, target_type=target_type, impact=impact, component=component)
    return collection.respond(
        queries.COVID_LISTING,
        conditions=conditions,
        to_public=lambda row: _annotation(collection.request, report, row),
        model=CovidAnnotation,
    )


@router.get(
    "/reports/{report_id}/follow-up",
    response_model=Page[FollowUp],
    summary="Follow-up to the General Assembly's decisions and requests (section VI)",
)
def list_follow_up(collection: CollectionContext, report: ReportDep) -> Any:
    """Each decision or request of the resolution with the action taken. Sortable: index."""
    conditions = [col(models.FollowUp.report_id) == report.id]
    return collection.respond(
        queries.FOLLOW_UP_LISTING,
        conditions=conditions,
        to_public=lambda row: FollowUp.model_validate({**row.model_dump(), **sourced(report.symbol, row)}),
        model=FollowUp,
    )
