"""Results-based budgeting frameworks (section II.F)."""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import Annotated, Any

from fastapi import APIRouter, Path, Request

from app.api.collections import CollectionSpec, Context, Filter, register_all
from app.api.deps import ReportDep, SessionDep
from app.api.filters import COMPONENT, COVID_AFFECTED, EXPECTED_ACCOMPLISHMENT, text_filter
from app.core.vocabulary import OutputDirection, OutputStatus
from app.models import Component, ExpectedAccomplishment, Indicator, Output
from app.queries import results as queries
from app.queries.listing import Listing
from app.queries.rows import get_row
from app.schemas.common import Item
from app.schemas.results import (
    ComponentDetailPublic,
    ComponentPublic,
    CovidNotePublic,
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
    path="reports/{report_id}/components",
    summary="The five components",
    description="Each component with its narrative paragraphs and expected accomplishments.",
    public=ComponentPublic,
    listing=Listing(Component, sort=("number", "title"), order=("number",)),
    label=lambda row: f"Component {row.number}",
    extras=_component_extras,
)
EXPECTED_ACCOMPLISHMENTS = CollectionSpec(
    name="expected_accomplishments",
    path="reports/{report_id}/expected-accomplishments",
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
    path="reports/{report_id}/indicators",
    summary="Indicators of achievement",
    description="Planned text, targets by period, actual text.",
    public=IndicatorPublic,
    listing=Listing(
        Indicator,
        sort=("id", "position", "component", "expected_accomplishment", "achieved"),
        facets=("component", "expected_accomplishment", "achieved", "covid_affected"),
        aliases={"id": "position"},
    ),
    filters=(
        COMPONENT,
        EXPECTED_ACCOMPLISHMENT,
        Filter("achieved", bool, "Derived achievement (true/false)"),
        COVID_AFFECTED,
        text_filter("planned_text", "actual_text", "explanation"),
    ),
    label=lambda row: f"Indicator {row.id}",
)
OUTPUTS = CollectionSpec(
    name="outputs",
    path="reports/{report_id}/outputs",
    summary="Planned outputs and their completion",
    description="Completed entries, remarks, direction, derived status and ratio.",
    public=OutputPublic,
    listing=Listing(
        Output,
        sort=("id", "position", "component", "expected_accomplishment", "status", "direction", "completion_ratio"),
        facets=("component", "expected_accomplishment", "status", "direction", "covid_affected", "subgroup"),
        aliases={"id": "position"},
    ),
    filters=(
        COMPONENT,
        EXPECTED_ACCOMPLISHMENT,
        Filter("status", OutputStatus, "Derived completion status"),
        Filter("direction", OutputDirection, "As the remarks state"),
        COVID_AFFECTED,
        Filter("subgroup", str, 'Support sub-heading ("Aviation services")'),
        text_filter("planned_text", "remarks"),
    ),
    label=lambda row: f"Output {row.id}",
)
register_all(router, (COMPONENTS, EXPECTED_ACCOMPLISHMENTS, INDICATORS, OUTPUTS))


def _notes(context: Context, target_type: str, target_id: str) -> list[CovidNotePublic]:
    found = queries.annotations_for(
        context.session, report_id=context.report_id, target_type=target_type, target_id=target_id
    )
    return [CovidNotePublic.model_validate(note, from_attributes=True) for note in found]


@router.get(
    "/reports/{report_id}/components/{number}",
    response_model=Item[ComponentDetailPublic],
    summary="One component, with its narrative paragraphs",
)
def get_component(
    request: Request, session: SessionDep, report: ReportDep, number: Annotated[int, Path(ge=1)]
) -> Item[ComponentDetailPublic]:
    row = get_row(session, Component, report, number, what="Component")
    context = Context(request=request, session=session, report=report)
    narrative = [
        NarrativeParagraphPublic(
            number=p.number,
            text=p.text,
            url=str(request.url_for("get_paragraph", report_id=report.id, number=p.number)),
        )
        for p in queries.narrative_of(session, report_id=report.id, numbers=row.paragraphs)
    ]
    summary = COMPONENTS.mapper(context)(row)
    return Item(data=ComponentDetailPublic.model_validate({**summary.model_dump(), "narrative": narrative}))


@router.get(
    "/reports/{report_id}/expected-accomplishments/{ea_id}",
    response_model=Item[ExpectedAccomplishmentDetailPublic],
    summary="One expected accomplishment, with the ids of its indicators and outputs",
)
def get_expected_accomplishment(
    request: Request, session: SessionDep, report: ReportDep, ea_id: str
) -> Item[ExpectedAccomplishmentDetailPublic]:
    row = get_row(session, ExpectedAccomplishment, report, ea_id, what="Expected accomplishment")
    context = Context(request=request, session=session, report=report)
    indicators = queries.ids_of(session, Indicator, report_id=report.id, ea_id=ea_id)
    outputs = queries.ids_of(session, Output, report_id=report.id, ea_id=ea_id)
    summary = EXPECTED_ACCOMPLISHMENTS.mapper(context)(row)
    detail = {**summary.model_dump(), "indicators": indicators, "outputs": outputs}
    return Item(data=ExpectedAccomplishmentDetailPublic.model_validate(detail))


@router.get(
    "/reports/{report_id}/indicators/{indicator_id}",
    response_model=Item[IndicatorDetailPublic],
    summary="One indicator, with its targets and COVID-19 annotations",
)
def get_indicator(
    request: Request, session: SessionDep, report: ReportDep, indicator_id: str
) -> Item[IndicatorDetailPublic]:
    row = get_row(session, Indicator, report, indicator_id, what="Indicator")
    context = Context(request=request, session=session, report=report)
    notes = _notes(context, "indicator", indicator_id)
    summary = INDICATORS.mapper(context)(row)
    return Item(data=IndicatorDetailPublic.model_validate({**summary.model_dump(), "covid_annotations": notes}))


@router.get(
    "/reports/{report_id}/outputs/{output_id}",
    response_model=Item[OutputDetailPublic],
    summary="One output, with its completed entries and COVID-19 annotations",
)
def get_output(request: Request, session: SessionDep, report: ReportDep, output_id: str) -> Item[OutputDetailPublic]:
    row = get_row(session, Output, report, output_id, what="Output")
    context = Context(request=request, session=session, report=report)
    notes = _notes(context, "output", output_id)
    summary = OUTPUTS.mapper(context)(row)
    return Item(data=OutputDetailPublic.model_validate({**summary.model_dump(), "covid_annotations": notes}))
