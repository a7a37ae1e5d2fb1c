"""Liveness and readiness, outside the versioned API."""

from __future__ import annotations

from typing import Any

from fastapi import APIRouter, Request
from sqlalchemy import inspect, text
from sqlalchemy.exc import SQLAlchemyError
from sqlmodel import Session

from app.api.deps import SessionDep
from app.errors import ServiceUnavailable
from app.migrate import head_revision
from app.queries.reports import count_reports
from app.store_file import MISSING

router = APIRouter(tags=["health"])


@router.get("/healthz", summary="Liveness: the process answers")
async def get_health() -> dict[str, Any]:
    # async: answered on the event loop, needing neither a thread nor a connection, so it answers under any load
    return {"status": "ok"}


@router.get("/readyz", summary="Readiness: the store answers and holds at least one report")
def get_readiness(request: Request, session: SessionDep) -> dict[str, Any]:
    store_file = request.app.state.versions.store_file
    if store_file is not None and store_file.missing:  # as of the last version check (app/store_file.py)
        raise ServiceUnavailable(MISSING)
    try:
        revision = session.execute(text("SELECT version_num FROM alembic_version")).scalar_one_or_none()
        reports = count_reports(session)
    except SQLAlchemyError as error:
        request.app.state.store_health.failed(error)
        raise ServiceUnavailable(_why_not(session, error)) from None
    if revision != head_revision():
        raise ServiceUnavailable(
            f"The store is migrated to {revision or 'no revision'}, this server reads {head_revision()}: "
            "run `budget-api migrate`"
        )
    if reports == 0:
        raise ServiceUnavailable("The store holds no report yet; run `budget-api ingest`")
    request.app.state.store_health.recovered()
    return {"status": "ready", "reports": reports}


def _why_not(session: Session, error: SQLAlchemyError) -> str:
    """Why the store cannot answer: not migrated (no tables), or not reachable."""
    try:
        session.rollback()
        migrated = inspect(session.connection()).has_table("report")
    except SQLAlchemyError:
        return f"The store is not reachable: {type(error).__name__}"
    if not migrated:
        return "The store is not migrated: run `budget-api migrate`, then `budget-api ingest`"
    return f"The store cannot be read: {type(error).__name__}"
