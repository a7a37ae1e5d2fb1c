"""Components, expected accomplishments, indicators and outputs: what their answers add to the rows."""

from __future__ import annotations

from sqlalchemy import func, select
from sqlmodel import Session, col

from app.models import CovidAnnotation, ExpectedAccomplishment, Indicator, Output, Paragraph


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
