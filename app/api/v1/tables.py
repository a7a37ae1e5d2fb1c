"""The smaller tables of section III and the load-time checks: plain collections with the common parameters."""

from __future__ import annotations

from collections.abc import Callable
from typing import Annotated, Any, Literal

from fastapi import APIRouter, Query, Response
from pydantic import BaseModel
from sqlalchemy import ColumnElement
from sqlmodel import SQLModel, col

from app import models
from app.api.deps import ReportDep
from app.api.responses import CollectionContext
from app.queries.listing import Listing
from app.schemas.common import Page
from app.schemas.rows import sourced
from app.schemas.tables import AmountRow, Check, MissionFactor, Redeployment

router = APIRouter(tags=["tables"])

_ORDINARY = ("position", "name", "slug")


def _listing(model: type[SQLModel], sort: tuple[str, ...], facets: tuple[str, ...] = ()) -> Listing:
    return Listing(
        model=model,
        sort_fields={name: getattr(model, name) for name in sort},
        default_order=[col(model.position)],  # type: ignore[attr-defined]
        facet_fields={name: getattr(model, name) for name in facets},
    )


def _public(schema: type[BaseModel], symbol: str, row: Any) -> BaseModel:
    return schema.model_validate({**row.model_dump(), **sourced(symbol, row, row.name)})


def _register(
    path: str,
    *,
    name: str,
    summary: str,
    description: str,
    schema: type[BaseModel],
    listing: Listing,
    endpoint: Callable[..., Any],
) -> None:
    sortable = ", ".join(listing.sort_fields)
    facetable = ", ".join(listing.facet_fields) or "none"
    endpoint.__doc__ = f"{description} Sortable: {sortable}. Facetable: {facetable}."
    page_model: Any = Page[schema]  # type: ignore[valid-type]
    router.add_api_route(
        f"/reports/{{report_id}}/{path}",
        endpoint,
        methods=["GET"],
        name=name,
        summary=summary,
        response_model=page_model,
    )


def _plain_endpoint(
    listing: Listing, schema: type[BaseModel], scope: Callable[[str], list[ColumnElement[bool]]]
) -> Callable[..., Any]:
    """A table with no filters of its own."""

    def endpoint(collection: CollectionContext, report: ReportDep) -> Any:
        return collection.respond(
            listing,
            conditions=scope(report.id),
            to_public=lambda row: _public(schema, report.symbol, row),
            model=schema,
        )

    return endpoint


def _amount_endpoint(table: str, schema: type[BaseModel]) -> Callable[..., Any]:
    """The one-amount tables filter by group and level as well."""

    def endpoint(
        collection: CollectionContext,
        report: ReportDep,
        group: Annotated[str | None, Query(description='Group name as printed ("Major equipment")')] = None,
        level: Annotated[Literal["line", "subtotal", "total"] | None, Query()] = None,
    ) -> Any:
        conditions = _amounts(table)(report.id)
        if group is not None:
            conditions.append(col(models.AmountRow.group) == group)
        if level is not None:
            conditions.append(col(models.AmountRow.level) == level)
        return collection.respond(
            _AMOUNT_LISTING,
            conditions=conditions,
            to_public=lambda row: _public(schema, report.symbol, row),
            model=schema,
        )

    return endpoint


def _of(model: Any) -> Callable[[str], list[ColumnElement[bool]]]:
    return lambda report_id: [col(model.report_id) == report_id]


def _amounts(table: str) -> Callable[[str], list[ColumnElement[bool]]]:
    return lambda report_id: [col(models.AmountRow.report_id) == report_id, col(models.AmountRow.table_name) == table]


_AMOUNT_LISTING = _listing(models.AmountRow, (*_ORDINARY, "group", "level", "amount_usd"), ("group", "level"))

_REDEPLOYMENT_LISTING = _listing(models.Redeployment, (*_ORDINARY, "original_usd", "redeployment_usd", "revised_usd"))
_FACTOR_LISTING = _listing(models.MissionFactor, (*_ORDINARY, "applies_to"), ("applies_to",))

_register(
    "redeployments",
    name="list_redeployments",
    summary="Redeployments across groups (section III.B)",
    description="Original distribution, redeployment and revised distribution per group, and the total.",
    schema=Redeployment,
    listing=_REDEPLOYMENT_LISTING,
    endpoint=_plain_endpoint(_REDEPLOYMENT_LISTING, Redeployment, _of(models.Redeployment)),
)
_register(
    "other-revenue",
    name="list_other_revenue",
    summary="Other revenue and adjustments (section III.D)",
    description="Investment and other revenue, cancellations of prior-period obligations, and the total.",
    schema=AmountRow,
    endpoint=_amount_endpoint("other_revenue", AmountRow),
    listing=_AMOUNT_LISTING,
)
_register(
    "contingent-owned-equipment",
    name="list_contingent_owned_equipment",
    summary="Expenditure for contingent-owned equipment (section III.E)",
    description="Major equipment and self-sustainment expenditure by contingent type, subtotals and total.",
    schema=AmountRow,
    endpoint=_amount_endpoint("contingent_owned_equipment", AmountRow),
    listing=_AMOUNT_LISTING,
)
_register(
    "mission-factors",
    name="list_mission_factors",
    summary="Mission factors (section III.E)",
    description="Percentages applied to contingent-owned equipment reimbursement, with their dates.",
    schema=MissionFactor,
    listing=_FACTOR_LISTING,
    endpoint=_plain_endpoint(_FACTOR_LISTING, MissionFactor, _of(models.MissionFactor)),
)
_register(
    "non-budgeted-contributions",
    name="list_non_budgeted_contributions",
    summary="Value of non-budgeted contributions (section III.F)",
    description="Status-of-forces agreement and voluntary contributions in kind, and the total.",
    schema=AmountRow,
    endpoint=_amount_endpoint("non_budgeted_contributions", AmountRow),
    listing=_AMOUNT_LISTING,
)


CHECK_LISTING = _listing(models.CheckResult, ("position", "name", "passed", "unit"), ("passed", "unit"))


@router.get(
    "/reports/{report_id}/checks",
    response_model=Page[Check],
    tags=["checks"],
    summary="Arithmetic consistency checks run at load time",
)
def list_checks(
    collection: CollectionContext,
    report: ReportDep,
    passed: Annotated[bool | None, Query(description="Only passing (true) or failing (false) checks")] = None,
) -> Page[Check] | Response:
    """Each check compares a printed figure (`expected`) with the same figure recomputed from other printed
    figures (`actual`, derived). Sortable: position, name, passed, unit. Facetable: passed, unit."""
    conditions = [col(models.CheckResult.report_id) == report.id]
    if passed is not None:
        conditions.append(col(models.CheckResult.passed) == passed)

    def public(row: models.CheckResult) -> Check:
        data = {**row.model_dump(), **sourced(report.symbol, row, row.description)}
        return Check.model_validate({**data, "expected": float(row.expected), "actual": float(row.actual)})

    return collection.respond(CHECK_LISTING, conditions=conditions, to_public=public, model=Check)
