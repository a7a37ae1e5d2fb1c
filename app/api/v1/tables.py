"""The smaller tables of section III and the load-time checks: plain collections, each one declaration."""

from __future__ import annotations

from typing import Any

from fastapi import APIRouter
from sqlalchemy import ColumnElement

from app.api.collections import CollectionSpec, Filter, register_all
from app.core.vocabulary import FinancialLevel
from app.models import AmountRow, CheckResult, MissionFactor, Redeployment
from app.queries.listing import Listing
from app.schemas.tables import AmountRowPublic, CheckPublic, MissionFactorPublic, RedeploymentPublic

router = APIRouter(tags=["tables"])

_ORDINARY = ("position", "name", "slug")
_AMOUNTS = Listing(AmountRow, sort=(*_ORDINARY, "group", "level", "amount_usd"), facets=("group", "level"))
_AMOUNT_FILTERS = (
    Filter("group", str, 'Group name as printed ("Major equipment")'),
    Filter("level", FinancialLevel, "Row level"),
)


def _amount_table(table_name: str) -> Any:
    """The one-amount tables share a table, told apart by `table_name`."""

    def scope(table: Any) -> list[ColumnElement[bool]]:
        return [table.table_name == table_name]

    return scope


def _amounts(name: str, summary: str, description: str) -> CollectionSpec:
    return CollectionSpec(
        name=name,
        summary=summary,
        description=description,
        public=AmountRowPublic,
        listing=_AMOUNTS,
        filters=_AMOUNT_FILTERS,
        scope=_amount_table(name),
        tags=("tables",),
    )


SPECS = (
    CollectionSpec(
        name="redeployments",
        summary="Redeployments across groups (section III.B)",
        description="Original distribution, redeployment and revised distribution per group, and the total.",
        public=RedeploymentPublic,
        listing=Listing(Redeployment, sort=(*_ORDINARY, "original_usd", "redeployment_usd", "revised_usd")),
    ),
    _amounts(
        "other_revenue",
        "Other revenue and adjustments (section III.D)",
        "Investment and other revenue, cancellations of prior-period obligations, and the total.",
    ),
    _amounts(
        "contingent_owned_equipment",
        "Expenditure for contingent-owned equipment (section III.E)",
        "Major equipment and self-sustainment expenditure by contingent type, subtotals and total.",
    ),
    CollectionSpec(
        name="mission_factors",
        summary="Mission factors (section III.E)",
        description="Percentages applied to contingent-owned equipment reimbursement, with their dates.",
        public=MissionFactorPublic,
        listing=Listing(MissionFactor, sort=(*_ORDINARY, "applies_to"), facets=("applies_to",)),
    ),
    _amounts(
        "non_budgeted_contributions",
        "Value of non-budgeted contributions (section III.F)",
        "Status-of-forces agreement and voluntary contributions in kind, and the total.",
    ),
    CollectionSpec(
        name="checks",
        summary="Arithmetic consistency checks run at load time",
        description="Each check compares a printed figure (`expected`) with the same figure recomputed from other "
        "printed figures (`actual`, derived).",
        public=CheckPublic,
        listing=Listing(CheckResult, sort=("position", "name", "passed", "unit"), facets=("passed", "unit")),
        filters=(Filter("passed", bool, "Only passing (true) or failing (false) checks"),),
        label=lambda row: row.description,
        tags=("checks",),
    ),
)
register_all(router, SPECS)
