"""Missions across their reports: `/v1/missions` and `/v1/missions/{code}`."""

from __future__ import annotations

from typing import Any

from fastapi import APIRouter, Request

from app.api.deps import SessionDep
from app.api.responses import CollectionContext
from app.errors import BadRequest, InvalidParam
from app.queries import missions as queries
from app.queries.missions import Mission
from app.queries.reports import financial_headline
from app.schemas.common import Item, Page
from app.schemas.missions import HeadlinePublic, MissionDetailPublic, MissionPublic, MissionReportPublic

router = APIRouter(tags=["missions"])


def _summary(request: Request, mission: Mission) -> dict[str, Any]:
    return {
        "code": mission.code,
        "name": mission.name,
        "report_count": len(mission.reports),
        "periods": list(dict.fromkeys(r.period for r in mission.reports)),
        "url": str(request.url_for("get_mission", code=mission.code.lower())),
    }


@router.get("/missions", response_model=Page[MissionPublic], summary="Every mission with a loaded report")
def list_missions(collection: CollectionContext) -> Any:
    """Missions by short name, each with its periods loaded. Missions are few and listed in one order:
    `sort` and `facets` are not accepted."""
    if collection.params.sort or collection.params.facets:
        name = "sort" if collection.params.sort else "facets"
        raise BadRequest(
            "Missions are listed by short name; sort and facets are not accepted",
            invalid_params=[InvalidParam(name=name, reason="not accepted on missions")],
        )
    missions = queries.list_missions(collection.session)

    def fetch(limit: int, offset: int) -> list[MissionPublic]:
        return [
            MissionPublic.model_validate(_summary(collection.request, m)) for m in missions[offset : offset + limit]
        ]

    return collection.answer(total=len(missions), fetch=fetch, model=MissionPublic)


@router.get(
    "/missions/{code}", response_model=Item[MissionDetailPublic], summary="One mission, its reports and figures"
)
def get_mission(request: Request, session: SessionDep, code: str) -> Item[MissionDetailPublic]:
    mission = queries.get_mission(session, code)
    reports = [
        MissionReportPublic.model_validate(
            {**r.model_dump(), "url": str(request.url_for("get_report", report_id=r.id))}
        )
        for r in mission.reports
    ]
    series = []
    for report in sorted(mission.reports, key=lambda r: (r.period_start, r.published)):
        figures = financial_headline(session, report.id)
        series.append(
            HeadlinePublic(
                period=report.period,
                report_id=report.id,
                apportionment_usd=figures["gross_apportionment_usd"],
                expenditure_usd=figures["gross_expenditure_usd"],
                unencumbered_balance_usd=figures["unencumbered_balance_usd"],
                utilization_rate_percent=figures["utilization_rate_percent"],
            )
        )
    detail = {**_summary(request, mission), "reports": reports, "series": series}
    return Item(data=MissionDetailPublic.model_validate(detail))
