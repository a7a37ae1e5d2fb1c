"""The smaller tables of section III and the load-time checks: plain collections, each one declaration."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from fastapi import APIRouter
from pydantic import BaseModel
from sqlalchemy import ColumnElement

from app.api.collections import CollectionSpec, Filter, register_all
from app.core.vocabulary import FinancialLevel, PrintedTableRole
from app.models import AmountRow, CheckResult, MissionFactor, PeriodAmountRow, PrintedTable, Redeployment
from app.queries.listing import Listing
from app.schemas.tables import (
    AmountRowPublic,
    CheckPublic,
    MissionFactorPublic,
    PeriodAmountRowPublic,
    PrintedTablePublic,
    RedeploymentPublic,
)

router = APIRouter(tags=["tables"])

_ORDINARY = ("position", "name", "slug")


@dataclass(frozen=True)
class SharedTable:
    """A shape several printed tables share in one store table, told apart by `table_name`."""

    public: type[BaseModel]
    listing: Listing
    filters: tuple[Filter, ...]

    def spec(self, name: str, summary: str, description: str) -> CollectionSpec:
        def scope(table: Any) -> list[ColumnElement[bool]]:
            return [table.table_name == name]

        return CollectionSpec(
            name=name,
            summary=summary,
            description=description,
            public=self.public,
            listing=self.listing,
            filters=self.filters,
            scope=scope,
            tags=("tables",),
        )


_LEVEL = Filter("level", FinancialLevel, "Row level")
AMOUNTS = SharedTable(
    AmountRowPublic,
    Listing(AmountRow, sort=(*_ORDINARY, "group", "level", "amount_usd"), facets=("group", "level")),
    (Filter("group", str, 'Group name as printed ("Major equipment")'), _LEVEL),
)
PERIOD_AMOUNTS = SharedTable(
    PeriodAmountRowPublic,
    Listing(PeriodAmountRow, sort=(*_ORDINARY, "level"), facets=("level",)),
    (_LEVEL,),
)

SPECS = (
    CollectionSpec(
        name="redeployments",
        summary="Redeployments across groups (section III.B)",
        description="Original distribution, redeployment and revised distribution per group, and the total.",
        public=RedeploymentPublic,
        listing=Listing(Redeployment, sort=(*_ORDINARY, "original_usd", "redeployment_usd", "revised_usd")),
    ),
    AMOUNTS.spec(
        "other_revenue",
        "Other revenue and adjustments (section III.D)",
        "Investment and other revenue, cancellations of prior-period obligations, and the total.",
    ),
    AMOUNTS.spec(
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
    AMOUNTS.spec(
        "non_budgeted_contributions",
        "Value of non-budgeted contributions (section III.F)",
        "Status-of-forces agreement and voluntary contributions in kind, and the total.",
    ),
    PERIOD_AMOUNTS.spec(
        "unencumbered_balance",
        "Trend of the unencumbered balance by group of expenditure",
        "The unencumbered balance of each group and in total for the performance period and the periods "
        "before it, as the report prints them (empty where a report prints no trend).",
    ),
    PERIOD_AMOUNTS.spec(
        "prior_period_cancellations",
        "Cancellation of prior-period commitments or obligations by group of expenditure",
        "Cancelled prior-period commitments of each group and in total, per period (empty where not printed).",
    ),
    AMOUNTS.spec(
        "financial_position",
        "Financial position of the mission at the end of the period",
        "Cash assets, liabilities, net cash, credits due to Member States, open commitments and the cash "
        "surplus or shortfall, as section V of a liquidation report prints them (empty where not printed).",
    ),
    CollectionSpec(
        name="printed_tables",
        summary="Smaller tables kept as printed (combined reports)",
        description="Efficiency gains, quick-impact projects, programmatic activities, borrowing, proposed staffing "
        "changes and the legislative history, each with its columns and rows as printed and the number of every "
        "figure cell.",
        public=PrintedTablePublic,
        listing=Listing(PrintedTable, sort=("position", "role"), facets=("role",)),
        filters=(Filter("role", PrintedTableRole, "What the table is"),),
        label=lambda row: row.title,
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
