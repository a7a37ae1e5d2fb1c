"""Reports, their summary figures and readiness."""

from __future__ import annotations

from decimal import ROUND_HALF_UP, Decimal
from typing import Any

from sqlalchemy import ColumnElement, func, select
from sqlalchemy.orm import defer
from sqlmodel import Session, col

from app.models import CheckResult, FinancialCategory, Report, StaffingRow


def report_header(session: Session, report_id: str) -> Report | None:
    """A report without its source text (what rows of several reports need to say where they come from)."""
    return session.get(Report, report_id, options=[defer(Report.source_text)])  # type: ignore[arg-type]


def in_mission(table: Any, mission: str) -> ColumnElement[bool]:
    """Rows of the reports of one mission, named by its short name in any case."""
    reports = select(col(Report.id)).where(func.lower(col(Report.mission)) == mission.strip().lower())
    condition: ColumnElement[bool] = table.report_id.in_(reports)
    return condition


def in_period(table: Any, period: str) -> ColumnElement[bool]:
    """Rows of the reports whose performance period is `period` ("2024/25")."""
    condition: ColumnElement[bool] = table.report_id.in_(select(col(Report.id)).where(col(Report.period) == period))
    return condition


def count_reports(session: Session) -> int:
    return session.scalar(select(func.count()).select_from(Report)) or 0


def financial_headline(session: Session, report_id: str) -> dict[str, Any]:
    rows = {
        row.slug: row
        for row in session.scalars(
            select(FinancialCategory).where(
                col(FinancialCategory.report_id) == report_id, col(FinancialCategory.level) != "line"
            )
        )
    }
    gross, net = rows.get("gross-requirements"), rows.get("net-requirements")
    rate = None
    if gross and gross.apportionment_usd and gross.expenditure_usd is not None:
        ratio = Decimal(gross.expenditure_usd) / Decimal(gross.apportionment_usd) * 100
        rate = float(ratio.quantize(Decimal("0.1"), rounding=ROUND_HALF_UP))
    groups = [
        {
            "group": r.group,
            "group_slug": r.group_slug,
            "apportionment_usd": r.apportionment_usd,
            "expenditure_usd": r.expenditure_usd,
            "variance_usd": r.variance_usd,
            "variance_percent": r.variance_percent,
        }
        for r in sorted(rows.values(), key=lambda r: r.position)
        if r.level == "subtotal"
    ]
    return {
        "gross_apportionment_usd": gross.apportionment_usd if gross else None,
        "gross_expenditure_usd": gross.expenditure_usd if gross else None,
        "unencumbered_balance_usd": gross.variance_usd if gross else None,
        "utilization_rate_percent": rate,
        "net_apportionment_usd": net.apportionment_usd if net else None,
        "net_expenditure_usd": net.expenditure_usd if net else None,
        "groups": groups,
    }


def incumbency(session: Session, report_id: str) -> tuple[dict[str, Any], dict[str, int]]:
    rows = list(
        session.scalars(
            select(StaffingRow).where(col(StaffingRow.report_id) == report_id).order_by(col(StaffingRow.position))
        )
    )
    by_slug = {
        r.slug: {
            "approved": r.approved,
            "actual_average": r.actual_average,
            "vacancy_rate_percent": r.vacancy_rate_percent,
        }
        for r in rows
        if r.level != "group"
    }
    counted = [r for r in rows if r.level != "group"]
    totals = {
        "approved": sum(r.approved or 0 for r in counted),
        "actual_average": sum(r.actual_average or 0 for r in counted),
        "rows": len(counted),
    }
    return by_slug, totals


def check_counts(session: Session, report_id: str) -> dict[str, int]:
    pairs = session.execute(
        select(col(CheckResult.passed), func.count())
        .where(col(CheckResult.report_id) == report_id)
        .group_by(col(CheckResult.passed))
    )
    counts = {"passed": 0, "failed": 0}
    for passed, count in pairs:
        counts["passed" if passed else "failed"] = count
    return counts
