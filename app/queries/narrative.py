"""Variances and COVID-19 annotations: lookups and counts beyond a plain listing."""

from __future__ import annotations

from typing import Any

from sqlalchemy import func, select
from sqlmodel import Session, col

from app.models import CovidAnnotation, Variance
from app.queries.listing import facet_key


def get_variance(session: Session, *, report_id: str, slug: str, period: str) -> Variance | None:
    """The variance analysis of a category for the report's performance period (a combined report also
    explains the budget period's variance, served at `/variances`)."""
    found = list(
        session.scalars(
            select(Variance)
            .where(col(Variance.report_id) == report_id, col(Variance.category_slug) == slug)
            .order_by(col(Variance.position))
        )
    )
    return next((v for v in found if v.period in (None, period)), None)


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
        counts[key] = {facet_key(value): count for value, count in rows}
    counts["total"] = sum(counts["by_impact"].values())
    return counts
