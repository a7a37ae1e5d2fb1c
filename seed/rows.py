"""Parsed records to table rows: exact integer dollars, printed text kept beside each number."""

from __future__ import annotations

from collections.abc import Iterator
from decimal import Decimal
from typing import Any

from sqlmodel import SQLModel

from app import models
from app.core.slugs import slugify
from app.core.vocabulary import RedeploymentLevel, ValueStatus
from seed.checks import Check
from seed.parser.numbers import Figure, thousands_to_usd
from seed.parser.report import ParsedReport
from seed.parser.spans import SourceSpan


def source_columns(report_id: str, position: int, span: SourceSpan) -> dict[str, Any]:
    return {
        "report_id": report_id,
        "position": position,
        "source_section": span.section,
        "source_paragraph": span.paragraph,
        "source_first_line": span.first_line,
        "source_last_line": span.last_line,
    }


# The contract: a dash is nil, served as 0 with a `nil` status; only a missing cell is null.


def _float(figure: Figure) -> float | None:
    return None if figure.status == ValueStatus.not_reported else float(figure.number)


def _int(figure: Figure) -> int | None:
    return None if figure.status == ValueStatus.not_reported else int(figure.number)


def _usd(figure: Figure) -> int | None:
    return None if figure.status == ValueStatus.not_reported else thousands_to_usd(figure) or 0


def _row_status(*figures: Figure) -> ValueStatus:
    statuses = {f.status for f in figures}
    return statuses.pop() if len(statuses) == 1 else ValueStatus.reported


def financial_rows(report_id: str, parsed: ParsedReport) -> Iterator[SQLModel]:
    for row in parsed.financial:
        yield models.FinancialCategory(
            **source_columns(report_id, row.position, row.source),
            slug=row.slug,
            name=row.name,
            group=row.group,
            group_slug=slugify(row.group) if row.group else None,
            level=row.level,
            value_status=_row_status(row.apportionment, row.expenditure, row.variance),
            apportionment_usd=_usd(row.apportionment),
            expenditure_usd=_usd(row.expenditure),
            variance_usd=_usd(row.variance),
            variance_percent=_float(row.variance_percent),
            apportionment_text=row.apportionment.text,
            expenditure_text=row.expenditure.text,
            variance_text=row.variance.text,
            variance_percent_text=row.variance_percent.text,
        )


def staffing_rows(report_id: str, parsed: ParsedReport) -> Iterator[SQLModel]:
    for row in parsed.staffing.rows:
        yield models.StaffingRow(
            **source_columns(report_id, row.position, row.source),
            slug=row.slug,
            name=row.name,
            group=row.group,
            level=row.level,
            approved=_int(row.approved),
            actual_average=_int(row.actual_average),
            vacancy_rate_percent=_float(row.vacancy_rate),
            approved_text=row.approved.text,
            actual_average_text=row.actual_average.text,
            vacancy_rate_text=row.vacancy_rate.text,
            approved_status=row.approved.status,
            actual_average_status=row.actual_average.status,
            vacancy_rate_status=row.vacancy_rate.status,
            footnotes=list(row.footnotes),
        )


def table_rows(report_id: str, parsed: ParsedReport) -> Iterator[SQLModel]:
    for red in parsed.redeployments.rows:
        yield models.Redeployment(
            **source_columns(report_id, red.position, red.source),
            slug=red.slug,
            name=red.name,
            group_number=red.group_number,
            level=red.level,
            original_usd=_usd(red.original),
            redeployment_usd=_usd(red.redeployment),
            revised_usd=_usd(red.revised),
            original_text=red.original.text,
            redeployment_text=red.redeployment.text,
            revised_text=red.revised.text,
            redeployment_status=red.redeployment.status,
        )
    table = parsed.redeployments
    percentage = table.percentage_of_appropriation
    yield models.Redeployment(
        **source_columns(report_id, len(table.rows) + 1, table.percentage_source),
        slug=slugify(table.percentage_name),
        name=table.percentage_name,
        level=RedeploymentLevel.percentage,
        original_text="",
        redeployment_text="",
        revised_text="",
        redeployment_status=ValueStatus.not_reported,
        percent=_float(percentage),
        percent_text=percentage.text,
    )
    tables = {
        "other_revenue": parsed.other_revenue,
        "contingent_owned_equipment": parsed.equipment,
        "non_budgeted_contributions": parsed.non_budgeted,
    }
    for table_name, rows in tables.items():
        for amount in rows:
            yield models.AmountRow(
                **source_columns(report_id, amount.position, amount.source),
                table_name=table_name,
                slug=amount.slug,
                name=amount.name,
                group=amount.group,
                level=amount.level,
                amount_usd=_usd(amount.amount),
                amount_text=amount.amount.text,
                value_status=amount.amount.status,
                footnotes=list(amount.footnotes),
            )
    for factor in parsed.mission_factors:
        yield models.MissionFactor(
            **source_columns(report_id, factor.position, factor.source),
            slug=factor.slug,
            name=factor.name,
            applies_to=factor.applies_to,
            percentage_text=factor.percentage_text,
            percentage_min=_float(factor.percentage_min),
            percentage_max=_float(factor.percentage_max),
            effective_date=factor.effective_date,
            last_review_date=factor.last_review_date,
        )


def _exact(value: Decimal) -> str:
    return format(value.normalize(), "f") if value == value.to_integral_value() else str(value)


def check_rows(report_id: str, checks: list[Check]) -> Iterator[SQLModel]:
    for position, check in enumerate(checks, start=1):
        yield models.CheckResult(
            **source_columns(report_id, position, check.source),
            name=check.name,
            description=check.description,
            unit=check.unit,
            expected=_exact(check.expected),
            actual=_exact(check.actual),
            passed=check.passed,
        )
