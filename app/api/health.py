"""Liveness and readiness, outside the versioned API."""

from __future__ import annotations

from typing import Any

from fastapi import APIRouter
from sqlalchemy.exc import SQLAlchemyError

from app.api.deps import SessionDep
from app.errors import ServiceUnavailable
from app.queries.reports import count_reports

router = APIRouter(tags=["health"])


@router.get("/healthz", summary="Liveness: the process answers")
async def get_health() -> dict[str, Any]:
    # async: answered on the event loop, needing neither a thread nor a connection, so it answers under any load
    return {"status": "ok"}


@router.get("/readyz", summary="Readiness: the store answers and holds at least one report")
def get_readiness(session: SessionDep) -> dict[str, Any]:
    try:
        reports = count_reports(session)
    except SQLAlchemyError as error:
        raise ServiceUnavailable(f"The store is not reachable: {type(error).__name__}") from None
    if reports == 0:
        raise ServiceUnavailable("The store holds no report yet; run `budget-api ingest`")
    return {"status": "ready", "reports": reports}
