"""Results-based budgeting frameworks (section II.F)."""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import Annotated, Any

from fastapi import APIRouter, Path

from app.api.annotations import covid_notes
from app.api.collections import CollectionSpec, Context, Filter, ReportContext, register_all
from app.api.deps import INT32_MAX
from app.api.filters import COMPONENT, COVID_AFFECTED, EXPECTED_ACCOMPLISHMENT, text_filter
from app.core.vocabulary import AchievedBasis, Achievement, OutputDirection, OutputStatus, StatusBasis
from app.models import Component, ExpectedAccomplishment, Indicator, Output
from app.queries import results as queries
from app.queries.listing import Listing
from app.schemas.common import Item
from app.schemas.results import (
    ComponentDetailPublic,
    ComponentPublic,
    ExpectedAccomplishmentDetailPublic,
    ExpectedAccomplishmentPublic,
    IndicatorDetailPublic,
    IndicatorPublic,
    NarrativeParagraphPublic,
    OutputDetailPublic,
    OutputPublic,
)

router = APIRouter(tags=["results frameworks"])


def _component_extras(context: Context) -> Callable[[Any], Mapping[str, Any]]:
    eas = queries.ea_ids_by_component(context.session, context.report_id)
    return lambda row: {"expected_accomplishments": eas.get(row.number, [])}


def _ea_extras(context: Context) -> Callable[[Any], Mapping[str, Any]]:
    counts = queries.counts_by_ea(context.session, context.report_id)

    def extra(row: Any) -> Mapping[str, Any]:
        indicators, outputs = counts.get(row.id, (0, 0))
        return {"indicator_count": indicators, "output_count": outputs}

    return extra


COMPONENTS = CollectionSpec(
    name="components",
    summary="The five components",
    description="Each component with its narrative paragraphs and expected accomplishments.",
    public=ComponentPublic,
    listing=Listing(Component, sort=("number", "title"), order=("number",)),
    label=lambda row: f"Component {row.number}",
    extras=_component_extras,
)
EXPECTED_ACCOMPLISHMENTS = CollectionSpec(
    name="expected_accomplishments",
    summary="Expected accomplishments (1.1 … 5.1)",
    description="With their indicator and output counts.",
    public=ExpectedAccomplishmentPublic,
    listing=Listing(
        ExpectedAccomplishment, sort=("id", "component"), facets=("component",), aliases={"id": "position"}
    ),
    filters=(COMPONENT,),
    label=lambda row: f"Expected accomplishment {row.id}",
    extras=_ea_extras,
)
INDICATORS = CollectionSpec(
    name="indicators",
    summary="Indicators of achievement",
    description="Planned text, targets by period, actual text.",
    public=IndicatorPublic,
    listing=Listing(
        Indicator,
        sort=("id", "position", "component", "expected_accomplishment", "achieved", "achievement", "actual_value"),
        facets=("component", "expected_accomplishment", "achieved", "achievement", "achieved_basis", "covid_affected"),
        aliases={"id": "position"},
    ),
    filters=(
        COMPONENT,
        EXPECTED_ACCOMPLISHMENT,
        Filter("achieved", bool, "Derived achievement (true/false)"),
        Filter("achievement", Achievement, "Derived achievement (achieved, partially, not, unknown)"),
        Filter("achieved_basis", AchievedBasis, "The rule that decided the achievement"),
        COVID_AFFECTED,
        text_filter("planned_text", "actual_text", "explanation"),
    ),
    label=lambda row: f"Indicator {row.id}",
)
OUTPUTS = CollectionSpec(
    name="outputs",
    summary="Planned outputs and their completion",
    description="Completed entries, remarks, direction, derived status and ratio.",
    public=OutputPublic,
    listing=Listing(
        Output,
        sort=("id", "position", "component", "expected_accomplishment", "status", "direction", "completion_ratio"),
        facets=(
            "component",
            "expected_accomplishment",
            "status",
            "status_basis",
            "direction",
            "covid_affected",
            "subgroup",
        ),
        aliases={"id": "position"},
    ),
    filters=(
        COMPONENT,
        EXPECTED_ACCOMPLISHMENT,
        Filter("status", OutputStatus, "Derived completion status"),
        Filter("status_basis", StatusBasis, "The rule that decided the status"),
        Filter("direction", OutputDirection, "As the remarks state"),
        COVID_AFFECTED,
        Filter("subgroup", str, 'Support sub-heading ("Aviation services")'),
        text_filter("planned_text", "remarks"),
    ),
    label=lambda row: f"Output {row.id}",
)
SPECS = (
    COMPONENTS,
    EXPECTED_ACCOMPLISHMENTS,
    INDICATORS,
    OUTPUTS,
    INDICATORS.across("Indicators of achievement of every loaded report"),
    OUTPUTS.across("Planned outputs of every loaded report"),
)
register_all(router, SPECS)


@router.get(
    "/reports/{report_id}/components/{number}",
    response_model=Item[ComponentDetailPublic],
    summary="One component, with its narrative paragraphs",
)
def get_component(
    context: ReportContext, number: Annotated[int, Path(ge=1, le=INT32_MAX)]
) -> Item[ComponentDetailPublic]:
    component = COMPONENTS.one(context, number, what="Component")
    narrative = [
        NarrativeParagraphPublic(
            number=p.number,
            text=p.text,
            url=str(context.request.url_for("get_paragraph", report_id=context.report_id, number=p.number)),
        )
        for p in queries.narrative_of(context.session, report_id=context.report_id, numbers=component["paragraphs"])
    ]
    return Item(data=ComponentDetailPublic.model_validate({**component, "narrative": narrative}))


@router.get(
    "/reports/{report_id}/expected-accomplishments/{ea_id}",
    response_model=Item[ExpectedAccomplishmentDetailPublic],
    summary="One expected accomplishment, with the ids of its indicators and outputs",
)
def get_expected_accomplishment(context: ReportContext, ea_id: str) -> Item[ExpectedAccomplishmentDetailPublic]:
    summary = EXPECTED_ACCOMPLISHMENTS.one(context, ea_id, what="Expected accomplishment")
    members = {
        name: queries.ids_of(context.session, table, report_id=context.report_id, ea_id=ea_id)
        for name, table in (("indicators", Indicator), ("outputs", Output))
    }
    return Item(data=ExpectedAccomplishmentDetailPublic.model_validate({**summary, **members}))


@router.get(
    "/reports/{report_id}/indicators/{indicator_id}",
    response_model=Item[IndicatorDetailPublic],
    summary="One indicator, with its targets and COVID-19 annotations",
)
def get_indicator(context: ReportContext, indicator_id: str) -> Item[IndicatorDetailPublic]:
    summary = INDICATORS.one(context, indicator_id, what="Indicator")
    notes = covid_notes(context, "indicator", indicator_id)
    return Item(data=IndicatorDetailPublic.model_validate({**summary, "covid_annotations": notes}))


@router.get(
    "/reports/{report_id}/outputs/{output_id}",
    response_model=Item[OutputDetailPublic],
    summary="One output, with its completed entries and COVID-19 annotations",
)
def get_output(context: ReportContext, output_id: str) -> Item[OutputDetailPublic]:
    summary = OUTPUTS.one(context, output_id, what="Output")
    notes = covid_notes(context, "output", output_id)
    return Item(data=OutputDetailPublic.model_validate({**summary, "covid_annotations": notes}))
