"""Components, expected accomplishments, indicators and outputs: listings, filters, single rows."""

from __future__ import annotations

from typing import Any

from sqlalchemy import ColumnElement, func, select
from sqlmodel import Session, col

from app.models import Component, CovidAnnotation, ExpectedAccomplishment, Indicator, Output, Paragraph
from app.queries.listing import Listing
from app.queries.text import contains_any

COMPONENT_LISTING = Listing(
    model=Component,
    sort_fields={"number": Component.number, "title": Component.title},
    default_order=[col(Component.number)],
)
EA_LISTING = Listing(
    model=ExpectedAccomplishment,
    sort_fields={"id": ExpectedAccomplishment.position, "component": ExpectedAccomplishment.component},
    default_order=[col(ExpectedAccomplishment.position)],
    facet_fields={"component": ExpectedAccomplishment.component},
)
INDICATOR_LISTING = Listing(
    model=Indicator,
    sort_fields={
        "id": Indicator.position,
        "position": Indicator.position,
        "component": Indicator.component,
        "expected_accomplishment": Indicator.expected_accomplishment,
        "achieved": Indicator.achieved,
    },
    default_order=[col(Indicator.position)],
    facet_fields={
        "component": Indicator.component,
        "expected_accomplishment": Indicator.expected_accomplishment,
        "achieved": Indicator.achieved,
        "covid_affected": Indicator.covid_affected,
    },
)
OUTPUT_LISTING = Listing(
    model=Output,
    sort_fields={"id": Output.position, "position": Output.position, "component": Output.component,
                 "expected_accomplishment": Output.expected_accomplishment, "status": Output.status,
                 "direction": Output.direction, "completion_ratio": Output.completion_ratio},
    default_order=[col(Output.position)],
    facet_fields={"component": Output.component, "expected_accomplishment": Output.expected_accomplishment,
                  "status": Output.status, "direction": Output.direction, "covid_affected": Output.covid_affected,
                  "subgroup": Output.subgroup},
)  # fmt: skip


def component_conditions(report_id: str) -> list[ColumnElement[bool]]:
    return [col(Component.report_id) == report_id]


def ea_conditions(report_id: str, *, component: int | None) -> list[ColumnElement[bool]]:
    conditions = [col(ExpectedAccomplishment.report_id) == report_id]
    if component is not None:
        conditions.append(col(ExpectedAccomplishment.component) == component)
    return conditions


def indicator_conditions(
    report_id: str,
    *,
    component: int | None,
    expected_accomplishment: str | None,
    achieved: bool | None,
    covid_affected: bool | None,
    q: str | None,
) -> list[ColumnElement[bool]]:
    conditions = [col(Indicator.report_id) == report_id]
    if component is not None:
        conditions.append(col(Indicator.component) == component)
    if expected_accomplishment is not None:
        conditions.append(col(Indicator.expected_accomplishment) == expected_accomplishment)
    if achieved is not None:
        conditions.append(col(Indicator.achieved) == achieved)
    if covid_affected is not None:
        conditions.append(col(Indicator.covid_affected) == covid_affected)
    if q:
        columns = [col(Indicator.planned_text), col(Indicator.actual_text), col(Indicator.explanation)]
        conditions.append(contains_any(columns, q))
    return conditions


def output_conditions(
    report_id: str,
    *,
    component: int | None,
    expected_accomplishment: str | None,
    status: str | None,
    direction: str | None,
    covid_affected: bool | None,
    subgroup: str | None,
    q: str | None,
) -> list[ColumnElement[bool]]:
    conditions = [col(Output.report_id) == report_id]
    equal: dict[str, Any] = {
        "component": component,
        "expected_accomplishment": expected_accomplishment,
        "status": status,
        "direction": direction,
        "covid_affected": covid_affected,
        "subgroup": subgroup,
    }
    for name, value in equal.items():
        if value is not None:
            conditions.append(getattr(Output, name) == value)
    if q:
        conditions.append(contains_any([col(Output.planned_text), col(Output.remarks)], q))
    return conditions


def get_component(session: Session, *, report_id: str, number: int) -> Component | None:
    return session.get(Component, (report_id, number))


def ea_ids_by_component(session: Session, report_id: str) -> dict[int, list[str]]:
    rows = session.execute(
        select(col(ExpectedAccomplishment.component), col(ExpectedAccomplishment.id))
        .where(col(ExpectedAccomplishment.report_id) == report_id)
        .order_by(col(ExpectedAccomplishment.position))
    )
    grouped: dict[int, list[str]] = {}
    for component, ea_id in rows:
        grouped.setdefault(component, []).append(ea_id)
    return grouped


def counts_by_ea(session: Session, report_id: str) -> dict[str, tuple[int, int]]:
    """Indicators and outputs per expected accomplishment."""
    counts: dict[str, list[int]] = {}
    for index, model in enumerate((Indicator, Output)):
        rows = session.execute(
            select(model.expected_accomplishment, func.count())  # type: ignore[attr-defined]
            .where(model.report_id == report_id)  # type: ignore[attr-defined]
            .group_by(model.expected_accomplishment)  # type: ignore[attr-defined]
        )
        for ea_id, count in rows:
            counts.setdefault(ea_id, [0, 0])[index] = count
    return {ea_id: (pair[0], pair[1]) for ea_id, pair in counts.items()}


def ids_of(session: Session, model: type[Indicator] | type[Output], *, report_id: str, ea_id: str) -> list[str]:
    return list(session.scalars(
        select(col(model.id)).where(col(model.report_id) == report_id, col(model.expected_accomplishment) == ea_id)
        .order_by(col(model.position))
    ))  # fmt: skip


def narrative_of(session: Session, *, report_id: str, numbers: list[int]) -> list[Paragraph]:
    return list(session.scalars(
        select(Paragraph).where(col(Paragraph.report_id) == report_id, col(Paragraph.number).in_(numbers))
        .order_by(col(Paragraph.number))
    ))  # fmt: skip


def get_ea(session: Session, *, report_id: str, ea_id: str) -> ExpectedAccomplishment | None:
    return session.get(ExpectedAccomplishment, (report_id, ea_id))


def get_indicator(session: Session, *, report_id: str, indicator_id: str) -> Indicator | None:
    return session.get(Indicator, (report_id, indicator_id))


def get_output(session: Session, *, report_id: str, output_id: str) -> Output | None:
    return session.get(Output, (report_id, output_id))


def annotations_for(session: Session, *, report_id: str, target_type: str, target_id: str) -> list[CovidAnnotation]:
    return list(session.scalars(
        select(CovidAnnotation).where(
            col(CovidAnnotation.report_id) == report_id, col(CovidAnnotation.target_type) == target_type,
            col(CovidAnnotation.target_id) == target_id,
        ).order_by(col(CovidAnnotation.position))
    ))  # fmt: skip


def outputs_by_status(session: Session, report_id: str) -> dict[str, dict[str, int]]:
    rows = session.execute(
        select(col(Output.component), col(Output.status), func.count())
        .where(col(Output.report_id) == report_id)
        .group_by(col(Output.component), col(Output.status))
        .order_by(col(Output.component), col(Output.status))
    )
    grouped: dict[str, dict[str, int]] = {}
    for component, status, count in rows:
        grouped.setdefault(str(component), {})[status] = count
    return grouped
