"""Missions: every mission with a loaded report, its reports newest first, its headline figures per period."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import defer
from sqlmodel import Session, col

from app.models import Report
from app.queries.errors import RowNotFound


@dataclass(frozen=True)
class Mission:
    code: str
    name: str  # as the newest report names it
    reports: list[Report]  # newest publication first


def _headers(session: Session) -> Iterator[Report]:
    query = (
        select(Report)
        .options(defer(Report.source_text))  # type: ignore[arg-type]
        .order_by(col(Report.published).desc(), col(Report.id))
    )
    return iter(session.scalars(query))


def list_missions(session: Session) -> list[Mission]:
    grouped: dict[str, list[Report]] = {}
    for report in _headers(session):
        grouped.setdefault(report.mission, []).append(report)
    return [Mission(code, reports[0].mission_name, reports) for code, reports in sorted(grouped.items())]


def get_mission(session: Session, code: str) -> Mission:
    """One mission by its short name in any case (`minusma`)."""
    wanted = code.strip().upper()
    found = next((m for m in list_missions(session) if m.code.upper() == wanted), None)
    if found is None:
        raise RowNotFound(f"No report of a mission {code!r} is loaded")
    return found
