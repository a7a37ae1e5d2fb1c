"""Results-based budgeting frameworks (section II.F)."""

from __future__ import annotations

from typing import Annotated, Any

from fastapi import APIRouter, Path, Query, Request
from sqlmodel import Session

from app import models
from app.api.deps import ReportDep, SessionDep
from app.api.responses import CollectionContext
from app.errors import NotFound
from app.queries import results as queries
from app.schemas.common import Item, Page
from app.schemas.results import (
    Component,
    ComponentDetail,
    CovidNote,
    ExpectedAccomplishment,
    ExpectedAccomplishmentDetail,
    Indicator,
    IndicatorDetail,
    NarrativeParagraph,
    Output,
    OutputDetail,
    OutputStatus,
)
from app.schemas.rows import sourced

router = APIRouter(tags=["results frameworks"])

ComponentQuery = Annotated[int | None, Query(ge=1, description="Component number (1–5)")]
EAQuery = Annotated[str | None, Query(pattern=r"^\d+\.\d+$", description='Expected accomplishment ("2.1")')]
CovidQuery = Annotated[bool | None, Query(description="Only rows whose texts attribute something to COVID-19")]
TextQuery = Annotated[str | None, Query(min_length=1, max_length=200, description="Case-insensitive text filter")]


def _component(report: models.Report, row: models.Component, eas: list[str]) -> Component:
    return Component.model_validate(
        {**row.model_dump(), **sourced(report.symbol, row, f"Component {row.number}"), "expected_accomplishments": eas}
    )


def _ea(report: models.Report, row: models.ExpectedAccomplishment, counts: tuple[int, int]) -> ExpectedAccomplishment:
    data = {**row.model_dump(), **sourced(report.symbol, row, f"Expected accomplishment {row.id}")}
    return ExpectedAccomplishment.model_validate({**data, "indicator_count": counts[0], "output_count": counts[1]})


def _indicator(report: models.Report, row: models.Indicator) -> Indicator:
    return Indicator.model_validate({**row.model_dump(), **sourced(report.symbol, row, f"Indicator {row.id}")})


def _output(report: models.Report, row: models.Output) -> Output:
    return Output.model_validate({**row.model_dump(), **sourced(report.symbol, row, f"Output {row.id}")})


def _notes(session: Session, report: models.Report, target_type: str, target_id: str) -> list[CovidNote]:
    found = queries.annotations_for(session, report_id=report.id, target_type=target_type, target_id=target_id)
    return [CovidNote.model_validate(note, from_attributes=True) for note in found]


@router.get("/reports/{report_id}/components", response_model=Page[Component], summary="The five components")
def list_components(collection: CollectionContext, report: ReportDep) -> Any:
    """Sortable: number, title."""
    eas = queries.ea_ids_by_component(collection.session, report.id)
    return collection.respond(
        queries.COMPONENT_LISTING,
        conditions=queries.component_conditions(report.id),
        to_public=lambda row: _component(report, row, eas.get(row.number, [])),
        model=Component,
    )


@router.get(
    "/reports/{report_id}/components/{number}",
    response_model=Item[ComponentDetail],
    summary="One component, with its narrative paragraphs",
)
def get_component(
    request: Request, session: SessionDep, report: ReportDep, number: Annotated[int, Path(ge=1)]
) -> Item[ComponentDetail]:
    row = queries.get_component(session, report_id=report.id, number=number)
    if row is None:
        raise NotFound(f"Component {number} not found in report {report.id!r}")
    eas = queries.ea_ids_by_component(session, report.id).get(number, [])
    narrative = [
        NarrativeParagraph(
            number=p.number,
            text=p.text,
            url=str(request.url_for("get_paragraph", report_id=report.id, number=p.number)),
        )
        for p in queries.narrative_of(session, report_id=report.id, numbers=row.paragraphs)
    ]
    return Item(
        data=ComponentDetail.model_validate({**_component(report, row, eas).model_dump(), "narrative": narrative})
    )


@router.get(
    "/reports/{report_id}/expected-accomplishments",
    response_model=Page[ExpectedAccomplishment],
    summary="Expected accomplishments (1.1 … 5.1)",
)
def list_expected_accomplishments(
    collection: CollectionContext,
    report: ReportDep,
    component: ComponentQuery = None,
) -> Any:
    """With their indicator and output counts. Sortable: id, component. Facetable: component."""
    counts = queries.counts_by_ea(collection.session, report.id)
    return collection.respond(
        queries.EA_LISTING,
        conditions=queries.ea_conditions(report.id, component=component),
        to_public=lambda row: _ea(report, row, counts.get(row.id, (0, 0))),
        model=ExpectedAccomplishment,
    )


@router.get(
    "/reports/{report_id}/expected-accomplishments/{ea_id}",
    response_model=Item[ExpectedAccomplishmentDetail],
    summary="One expected accomplishment, with the ids of its indicators and outputs",
)
def get_expected_accomplishment(
    session: SessionDep, report: ReportDep, ea_id: str
) -> Item[ExpectedAccomplishmentDetail]:
    row = queries.get_ea(session, report_id=report.id, ea_id=ea_id)
    if row is None:
        raise NotFound(f"Expected accomplishment {ea_id!r} not found in report {report.id!r}")
    indicators = queries.ids_of(session, models.Indicator, report_id=report.id, ea_id=ea_id)
    outputs = queries.ids_of(session, models.Output, report_id=report.id, ea_id=ea_id)
    summary = _ea(report, row, (len(indicators), len(outputs)))
    detail = {**summary.model_dump(), "indicators": indicators, "outputs": outputs}
    return Item(data=ExpectedAccomplishmentDetail.model_validate(detail))


@router.get("/reports/{report_id}/indicators", response_model=Page[Indicator], summary="Indicators of achievement")
def list_indicators(
    collection: CollectionContext,
    report: ReportDep,
    component: ComponentQuery = None,
    expected_accomplishment: EAQuery = None,
    achieved: Annotated[bool | None, Query(description="Derived achievement (true/false)")] = None,
    covid_affected: CovidQuery = None,
    q: TextQuery = None,
) -> Any:
    """Planned text, targets by period, actual text. Sortable: id, position, component, expected_accomplishment,
    achieved. Facetable: component, expected_accomplishment, achieved, covid_affected."""
    conditions = queries.indicator_conditions(
        report.id,
        component=component,
        expected_accomplishment=expected_accomplishment,
        achieved=achieved,
        covid_affected=covid_affected,
        q=q,
    )
    return collection.respond(
        queries.INDICATOR_LISTING,
        conditions=conditions,
        to_public=lambda row: _indicator(report, row),
        model=Indicator,
    )


@router.get(
    "/reports/{report_id}/indicators/{indicator_id}",
    response_model=Item[IndicatorDetail],
    summary="One indicator, with its targets and COVID-19 annotations",
)
def get_indicator(session: SessionDep, report: ReportDep, indicator_id: str) -> Item[IndicatorDetail]:
    row = queries.get_indicator(session, report_id=report.id, indicator_id=indicator_id)
    if row is None:
        raise NotFound(f"Indicator {indicator_id!r} not found in report {report.id!r}")
    notes = _notes(session, report, "indicator", indicator_id)
    detail = IndicatorDetail.model_validate({**_indicator(report, row).model_dump(), "covid_annotations": notes})
    return Item(data=detail)


@router.get("/reports/{report_id}/outputs", response_model=Page[Output], summary="Planned outputs and their completion")
def list_outputs(
    collection: CollectionContext,
    report: ReportDep,
    component: ComponentQuery = None,
    expected_accomplishment: EAQuery = None,
    status: Annotated[OutputStatus | None, Query(description="Derived completion status")] = None,
    direction: Annotated[
        str | None, Query(pattern="^(lower|higher|mixed)$", description="As the remarks state")
    ] = None,
    covid_affected: CovidQuery = None,
    subgroup: Annotated[str | None, Query(description='Support sub-heading ("Aviation services")')] = None,
    q: TextQuery = None,
) -> Any:
    """Completed entries, remarks, direction, derived status and ratio. Sortable: id, position, component,
    expected_accomplishment, status, direction, completion_ratio. Facetable: component, expected_accomplishment,
    status, direction, covid_affected, subgroup."""
    conditions = queries.output_conditions(
        report.id,
        component=component,
        expected_accomplishment=expected_accomplishment,
        status=status,
        direction=direction,
        covid_affected=covid_affected,
        subgroup=subgroup,
        q=q,
    )
    return collection.respond(
        queries.OUTPUT_LISTING,
        conditions=conditions,
        to_public=lambda row: _output(report, row),
        model=Output,
    )


@router.get(
    "/reports/{report_id}/outputs/{output_id}",
    response_model=Item[OutputDetail],
    summary="One output, with its completed entries and COVID-19 annotations",
)
def get_output(session: SessionDep, report: ReportDep, output_id: str) -> Item[OutputDetail]:
    row = queries.get_output(session, report_id=report.id, output_id=output_id)
    if row is None:
        raise NotFound(f"Output {output_id!r} not found in report {report.id!r}")
    notes = _notes(session, report, "output", output_id)
    return Item(data=OutputDetail.model_validate({**_output(report, row).model_dump(), "covid_annotations": notes}))
