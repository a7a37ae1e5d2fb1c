"""Parsed records to table rows: exact integer dollars, printed text kept beside each number."""

from __future__ import annotations

import dataclasses
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
from seed.parser.staffing import Deployment
from seed.parser.tables import Redeployments


def source_columns(report_id: str, position: int, span: SourceSpan) -> dict[str, Any]:
    return {
        "report_id": report_id,
        "position": position,
        "source_section": span.section,
        "source_paragraph": span.paragraph,
        "source_first_line": span.first_line,
        "source_last_line": span.last_line,
    }


def _plain(item: Any) -> Any:
    return dataclasses.asdict(item) if dataclasses.is_dataclass(item) and not isinstance(item, type) else item


def row_of(table: type[SQLModel], record: Any, **columns: Any) -> SQLModel:
    """A table row from a parsed record: its plain fields the table has a column of the same name for,
    then `columns`.

    Printed figures (`Figure`) are never copied: each is stored as its number, text and status,
    which the caller names explicitly.
    """
    shared = {
        field.name: getattr(record, field.name)
        for field in dataclasses.fields(record)
        if field.name in table.model_fields and not isinstance(getattr(record, field.name), Figure)
    }
    for name, value in shared.items():
        if isinstance(value, tuple):  # JSON columns: a tuple of records becomes a list of objects
            shared[name] = [_plain(item) for item in value]
    return table(**{**shared, **columns})


# The contract: a dash is nil, served as 0 with a `nil` status; only a missing cell is null.


def _float(figure: Figure) -> float | None:
    return None if figure.status == ValueStatus.NOT_REPORTED else float(figure.number)


def _int(figure: Figure) -> int | None:
    return None if figure.status == ValueStatus.NOT_REPORTED else int(figure.number)


def _usd(figure: Figure) -> int | None:
    return None if figure.status == ValueStatus.NOT_REPORTED else thousands_to_usd(figure) or 0


def _row_status(*figures: Figure) -> ValueStatus:
    statuses = {f.status for f in figures}
    return statuses.pop() if len(statuses) == 1 else ValueStatus.REPORTED


def financial_rows(report_id: str, parsed: ParsedReport) -> Iterator[SQLModel]:
    for row in parsed.financial:
        yield row_of(
            models.FinancialCategory,
            row,
            **source_columns(report_id, row.position, row.source),
            group_slug=slugify(row.group) if row.group else None,
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
        yield row_of(
            models.StaffingRow,
            row,
            **source_columns(report_id, row.position, row.source),
            group_slug=slugify(row.group) if row.group else None,
            approved=_int(row.approved),
            actual_average=_int(row.actual_average),
            vacancy_rate_percent=_float(row.vacancy_rate),
            approved_text=row.approved.text,
            actual_average_text=row.actual_average.text,
            vacancy_rate_text=row.vacancy_rate.text,
            approved_status=row.approved.status,
            actual_average_status=row.actual_average.status,
            vacancy_rate_status=row.vacancy_rate.status,
            deployments=[_deployment(d) for d in row.deployments],
        )


def _deployment(entry: Deployment) -> dict[str, Any]:
    return {
        "label": entry.label,
        "as_of": entry.as_of.isoformat() if entry.as_of else None,
        "approved": _int(entry.approved),
        "actual": _int(entry.actual),
        "approved_text": entry.approved.text,
        "actual_text": entry.actual.text,
        "approved_status": entry.approved.status,
        "actual_status": entry.actual.status,
    }


def period_amount_rows(report_id: str, parsed: ParsedReport) -> Iterator[SQLModel]:
    tables = {
        "unencumbered_balance": parsed.unencumbered_balance,
        "prior_period_cancellations": parsed.cancelled_commitments,
    }
    for table_name, records in tables.items():
        for record in records:
            yield row_of(
                models.PeriodAmountRow,
                record,
                **source_columns(report_id, record.position, record.source),
                table_name=table_name,
                amounts=[
                    {
                        "period": a.period,
                        "amount_usd": _usd(a.amount),
                        "amount_text": a.amount.text,
                        "value_status": a.amount.status,
                    }
                    for a in record.amounts
                ],
            )


def _redeployment_rows(report_id: str, table: Redeployments) -> Iterator[SQLModel]:
    for red in table.rows:
        yield row_of(
            models.Redeployment,
            red,
            **source_columns(report_id, red.position, red.source),
            original_usd=_usd(red.original),
            redeployment_usd=_usd(red.redeployment),
            revised_usd=_usd(red.revised),
            original_text=red.original.text,
            redeployment_text=red.redeployment.text,
            revised_text=red.revised.text,
            redeployment_status=red.redeployment.status,
        )
    percentage = table.percentage_of_appropriation
    yield models.Redeployment(
        **source_columns(report_id, len(table.rows) + 1, table.percentage_source),
        slug=slugify(table.percentage_name),
        name=table.percentage_name,
        level=RedeploymentLevel.PERCENTAGE,
        original_text="",
        redeployment_text="",
        revised_text="",
        redeployment_status=ValueStatus.NOT_REPORTED,
        percent=_float(percentage),
        percent_text=percentage.text,
    )


def table_rows(report_id: str, parsed: ParsedReport) -> Iterator[SQLModel]:
    if parsed.redeployments is not None:  # a report without a redeployments section has none
        yield from _redeployment_rows(report_id, parsed.redeployments)
    tables = {
        "other_revenue": parsed.other_revenue,
        "contingent_owned_equipment": parsed.equipment,
        "non_budgeted_contributions": parsed.non_budgeted,
        "financial_position": parsed.financial_position,
    }
    for table_name, rows in tables.items():
        for amount in rows:
            yield row_of(
                models.AmountRow,
                amount,
                **source_columns(report_id, amount.position, amount.source),
                table_name=table_name,
                amount_usd=_usd(amount.amount),
                amount_text=amount.amount.text,
                value_status=amount.amount.status,
            )
    for factor in parsed.mission_factors:
        yield row_of(
            models.MissionFactor,
            factor,
            **source_columns(report_id, factor.position, factor.source),
            percentage_min=_float(factor.percentage_min),
            percentage_max=_float(factor.percentage_max),
        )


def _exact(value: Decimal) -> str:
    return format(value.normalize(), "f") if value == value.to_integral_value() else str(value)


def check_rows(report_id: str, checks: list[Check]) -> Iterator[SQLModel]:
    for position, check in enumerate(checks, start=1):
        yield row_of(
            models.CheckResult,
            check,
            **source_columns(report_id, position, check.source),
            expected=_exact(check.expected),
            actual=_exact(check.actual),
        )
