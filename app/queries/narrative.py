"""Variances and COVID-19 annotations: lookups and counts beyond a plain listing."""

from __future__ import annotations

from typing import Any

from sqlalchemy import func, select
from sqlmodel import Session, col

from app.models import CovidAnnotation, Variance


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
