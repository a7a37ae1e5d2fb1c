"""Narrative paragraphs, the variance analysis (section IV), COVID-19 annotations and section VI."""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import Annotated, Any

from fastapi import APIRouter, Path
from sqlalchemy import ColumnElement

from app.api.collections import CollectionSpec, Context, Filter, ReportContext, register_all
from app.api.deps import INT32_MAX
from app.api.filters import COMPONENT, text_filter
from app.core.urls import resource_path
from app.core.vocabulary import CovidBasis, Impact, TargetType, VarianceDirection
from app.models import CovidAnnotation, FollowUp, Paragraph, Variance
from app.queries.listing import Listing
from app.schemas.common import Item
from app.schemas.narrative import CovidAnnotationPublic, FollowUpPublic, ParagraphPublic, VariancePublic

router = APIRouter(tags=["narrative"])


_SECTION_PATTERN = {"pattern": r"^[IVX]+(\.[A-Z])?$"}


def _section(table: Any, value: str) -> ColumnElement[bool]:
    # "II" selects II and its subsections (II.A … II.F); "II.B" only that subsection.
    condition: ColumnElement[bool] = (table.section == value) | table.section.startswith(f"{value}.")
    return condition


def _variance_extras(context: Context) -> Callable[[Any], Mapping[str, Any]]:
    report_id = context.report_id

    def extra(row: Any) -> Mapping[str, Any]:
        url = context.request.url_for("get_financial_category", report_id=report_id, slug=row.category_slug)
        return {"financial_category_url": str(url)}

    return extra


def _annotation_extras(context: Context) -> Callable[[Any], Mapping[str, Any]]:
    base = str(context.request.url_for("get_report", report_id=context.report_id))

    def extra(row: Any) -> Mapping[str, Any]:
        path = resource_path(row.target_type, row.target_id)
        return {"target_url": None if path is None else f"{base}/{path}".rstrip("/")}

    return extra


PARAGRAPHS = CollectionSpec(
    name="paragraphs",
    summary="Numbered paragraphs",
    description="Every numbered paragraph with its section, heading and sub-items. For ranked full-text search "
    "use `/v1/search`.",
    public=ParagraphPublic,
    listing=Listing(
        Paragraph, sort=("number", "section", "component"), facets=("section", "component"), order=("number",)
    ),
    filters=(
        Filter("section", str, 'Section path; "II" includes II.A … II.F', _SECTION_PATTERN, where=_section),
        COMPONENT,
        text_filter("text", "heading"),
    ),
    label=lambda row: None,
)
VARIANCES = CollectionSpec(
    name="variances",
    summary="Analysis of variances (section IV)",
    description="One entry per category with its amount, percentage and explaining paragraphs.",
    public=VariancePublic,
    listing=Listing(Variance, sort=("position", "name", "variance_usd", "variance_percent"), facets=("direction",)),
    filters=(Filter("direction", VarianceDirection, "As the text states"),),
    label=lambda row: f"Variance: {row.name}",
    extras=_variance_extras,
)
COVID_ANNOTATIONS = CollectionSpec(
    name="covid_annotations",
    summary="Statements of COVID-19 impact",
    description="Every sentence attributing an effect to the pandemic, linked to what it annotates.",
    public=CovidAnnotationPublic,
    listing=Listing(
        CovidAnnotation,
        sort=("position", "impact", "target_type", "component"),
        facets=("impact", "target_type", "component", "basis"),
    ),
    filters=(
        Filter("target_type", TargetType, "What the statement annotates"),
        Filter("impact", Impact, "Impact class"),
        Filter("basis", CovidBasis, "Whether the sentence names COVID-19 or implies it"),
        Filter("impact_basis", str, 'The cue phrase that decided the impact ("postponed")'),
        Filter("component", int, "Component of the annotated resource", {"ge": 1}),
    ),
    label=lambda row: None,
    extras=_annotation_extras,
)
FOLLOW_UP = CollectionSpec(
    name="follow_up",
    summary="Follow-up to the General Assembly's decisions and requests (section VI)",
    description="Each decision or request of the resolution with the action taken.",
    public=FollowUpPublic,
    listing=Listing(FollowUp, sort=("index",), order=("index",)),
    label=lambda row: None,
)
SPECS = (
    PARAGRAPHS,
    VARIANCES,
    COVID_ANNOTATIONS,
    FOLLOW_UP,
    VARIANCES.across("Variance analyses of every loaded report"),
    COVID_ANNOTATIONS.across("COVID-19 statements of every loaded report"),
)
register_all(router, SPECS)


@router.get("/reports/{report_id}/paragraphs/{number}", response_model=Item[ParagraphPublic], summary="One paragraph")
def get_paragraph(context: ReportContext, number: Annotated[int, Path(ge=1, le=INT32_MAX)]) -> Item[ParagraphPublic]:
    return Item(data=ParagraphPublic.model_validate(PARAGRAPHS.one(context, number, what="Paragraph")))


@router.get("/reports/{report_id}/variances/{slug}", response_model=Item[VariancePublic], summary="One variance entry")
def get_variance(context: ReportContext, slug: str) -> Item[VariancePublic]:
    missing = f"No variance analysis for {slug!r} in report {context.report_id!r}"
    return Item(data=VariancePublic.model_validate(VARIANCES.one(context, slug, what="Variance", missing=missing)))
