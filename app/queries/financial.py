"""Financial categories and staffing rows: listings, filters, single rows."""

from __future__ import annotations

from typing import Any

from sqlalchemy import ColumnElement
from sqlmodel import Session, col, select

from app.core.slugs import slugify
from app.models import FinancialCategory, StaffingRow

FINANCIAL = FinancialCategory
financial_listing_fields: dict[str, Any] = {
    name: getattr(FINANCIAL, name)
    for name in (
        "position",
        "name",
        "slug",
        "group",
        "level",
        "apportionment_usd",
        "expenditure_usd",
        "variance_usd",
        "variance_percent",
    )
}


def financial_conditions(
    report_id: str, *, group: str | None, level: str | None, value_status: str | None
) -> list[ColumnElement[bool]]:
    conditions = [col(FINANCIAL.report_id) == report_id]
    if group is not None:
        # Accept the printed name or its slug ("Operational costs" or "operational-costs").
        conditions.append(col(FINANCIAL.group_slug) == slugify(group))
    if level is not None:
        conditions.append(col(FINANCIAL.level) == level)
    if value_status is not None:
        conditions.append(col(FINANCIAL.value_status) == value_status)
    return conditions


def get_financial_category(session: Session, *, report_id: str, slug: str) -> FinancialCategory | None:
    return session.get(FinancialCategory, (report_id, slug))


def staffing_conditions(
    session: Session, report_id: str, *, group: str | None, level: str | None
) -> list[ColumnElement[bool]]:
    conditions = [col(StaffingRow.report_id) == report_id]
    if group is not None:
        names = session.scalars(select(StaffingRow.group).where(col(StaffingRow.report_id) == report_id).distinct())
        wanted = [name for name in names if name and slugify(name) == slugify(group)]
        conditions.append(col(StaffingRow.group).in_(wanted))
    if level is not None:
        conditions.append(col(StaffingRow.level) == level)
    return conditions
