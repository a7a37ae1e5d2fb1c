"""Paragraphs, variances, COVID-19 annotations and the section VI follow-up table."""

from __future__ import annotations

from typing import Any

from sqlalchemy import ColumnElement, func, select
from sqlmodel import Session, col

from app.models import CovidAnnotation, FollowUp, Paragraph, Variance
from app.queries.listing import Listing
from app.queries.text import contains_any

PARAGRAPH_LISTING = Listing(
    model=Paragraph,
    sort_fields={"number": Paragraph.number, "section": Paragraph.section, "component": Paragraph.component},
    default_order=[col(Paragraph.number)],
    facet_fields={"section": Paragraph.section, "component": Paragraph.component},
)
VARIANCE_LISTING = Listing(
    model=Variance,
    sort_fields={
        "position": Variance.position,
        "name": Variance.name,
        "variance_usd": Variance.variance_usd,
        "variance_percent": Variance.variance_percent,
    },
    default_order=[col(Variance.position)],
    facet_fields={"direction": Variance.direction},
)
COVID_LISTING = Listing(
    model=CovidAnnotation,
    sort_fields={
        "position": CovidAnnotation.position,
        "impact": CovidAnnotation.impact,
        "target_type": CovidAnnotation.target_type,
        "component": CovidAnnotation.component,
    },
    default_order=[col(CovidAnnotation.position)],
    facet_fields={
        "impact": CovidAnnotation.impact,
        "target_type": CovidAnnotation.target_type,
        "component": CovidAnnotation.component,
    },
)
FOLLOW_UP_LISTING = Listing(model=FollowUp, sort_fields={"index": FollowUp.index}, default_order=[col(FollowUp.index)])


def paragraph_conditions(
    report_id: str, *, section: str | None, component: int | None, q: str | None
) -> list[ColumnElement[bool]]:
    conditions = [col(Paragraph.report_id) == report_id]
    if section is not None:
        # "II" selects II and its subsections (II.A … II.F); "II.B" only that subsection.
        conditions.append((col(Paragraph.section) == section) | col(Paragraph.section).startswith(f"{section}."))
    if component is not None:
        conditions.append(col(Paragraph.component) == component)
    if q:
        conditions.append(contains_any([col(Paragraph.text), col(Paragraph.heading)], q))
    return conditions


def variance_conditions(report_id: str, *, direction: str | None) -> list[ColumnElement[bool]]:
    conditions = [col(Variance.report_id) == report_id]
    if direction is not None:
        conditions.append(col(Variance.direction) == direction)
    return conditions


def covid_conditions(
    report_id: str, *, target_type: str | None, impact: str | None, component: int | None
) -> list[ColumnElement[bool]]:
    conditions = [col(CovidAnnotation.report_id) == report_id]
    equal: dict[str, Any] = {"target_type": target_type, "impact": impact, "component": component}
    for name, value in equal.items():
        if value is not None:
            conditions.append(getattr(CovidAnnotation, name) == value)
    return conditions


def get_paragraph(session: Session, *, report_id: str, number: int) -> Paragraph | None:
    return session.get(Paragraph, (report_id, number))


def get_variance(session: Session, *, report_id: str, slug: str) -> Variance | None:
    return session.get(Variance, (report_id, slug))


def covid_counts(session: Session, report_id: str) -> dict[str, Any]:
    counts: dict[str, Any] = {"total": 0, "by_impact": {}, "by_component": {}, "by_target_type": {}}
    groups: tuple[tuple[str, Any], ...] = (
        ("by_impact", col(CovidAnnotation.impact)),
        ("by_component", col(CovidAnnotation.component)),
        ("by_target_type", col(CovidAnnotation.target_type)),
    )
    for key, column in groups:
        rows = session.execute(
            select(column, func.count())
            .where(col(CovidAnnotation.report_id) == report_id)
            .group_by(column)
            .order_by(func.count().desc(), column)
        )
        counts[key] = {("none" if value is None else str(value)): count for value, count in rows}
    counts["total"] = sum(counts["by_impact"].values())
    return counts
