"""Arithmetic consistency checks over a parsed report: pure, run at load, stored and served.

Each check compares a printed figure ("expected") with the figure recomputed from other
printed figures ("actual"). Nil (dash) counts as zero; a check whose figures are all
missing is not run.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from decimal import ROUND_HALF_UP, Decimal

from app.core.slugs import slugify
from app.core.vocabulary import CheckUnit, FinancialLevel, RedeploymentLevel, ValueStatus
from seed.parser.financial import FinancialRow
from seed.parser.numbers import Figure, decimal_places
from seed.parser.report import ParsedReport
from seed.parser.spans import SourceSpan
from seed.parser.tables import AmountRow


@dataclass(frozen=True)
class Check:
    name: str
    description: str
    unit: CheckUnit
    expected: Decimal
    actual: Decimal
    passed: bool
    source: SourceSpan


def _rounded(value: Decimal, places: int) -> Decimal:
    return value.quantize(Decimal(1).scaleb(-places), rounding=ROUND_HALF_UP)


def _sum(figures: Iterable[Figure]) -> Decimal:
    return sum((f.number for f in figures), Decimal(0))


def _equal(
    name: str, description: str, unit: CheckUnit, expected: Figure, actual: Decimal, source: SourceSpan
) -> Check:
    return Check(name, description, unit, expected.number, actual, expected.number == actual, source)


_COLUMNS = ("apportionment", "expenditure", "variance")


def financial_checks(rows: Sequence[FinancialRow]) -> list[Check]:
    checks: list[Check] = []
    for row in rows:
        if row.apportionment.value is None and row.expenditure.value is None:
            continue
        checks.append(
            _equal(
                f"variance:{row.slug}",
                f"{row.name}: variance = apportionment − expenditure",
                CheckUnit.THOUSANDS_USD,
                row.variance,
                row.apportionment.number - row.expenditure.number,
                row.source,
            )
        )
        if row.apportionment.value:
            places = decimal_places(row.variance_percent.text)
            ratio = _rounded(row.variance.number / row.apportionment.number * 100, places)
            checks.append(
                _equal(
                    f"variance_percent:{row.slug}",
                    f"{row.name}: percentage = variance ÷ apportionment",
                    CheckUnit.PERCENT,
                    row.variance_percent,
                    ratio,
                    row.source,
                )
            )
    subtotals = [r for r in rows if r.level == FinancialLevel.SUBTOTAL]
    for subtotal in subtotals:
        lines = [r for r in rows if r.level == FinancialLevel.LINE and r.group == subtotal.group]
        for column in _COLUMNS:
            checks.append(
                _equal(
                    f"group_total:{subtotal.slug}:{column}",
                    f"{subtotal.group}: lines sum to the subtotal ({column})",
                    CheckUnit.THOUSANDS_USD,
                    getattr(subtotal, column),
                    _sum(getattr(r, column) for r in lines),
                    subtotal.source,
                )
            )
    by_slug = {r.slug: r for r in rows}
    gross, staff = by_slug.get("gross-requirements"), by_slug.get("staff-assessment-income")
    net, total = by_slug.get("net-requirements"), by_slug.get("total-requirements")
    in_kind = by_slug.get("voluntary-contributions-in-kind-budgeted")
    for column in _COLUMNS:
        if gross:
            checks.append(
                _equal(
                    f"gross:{column}",
                    f"subtotals sum to gross requirements ({column})",
                    CheckUnit.THOUSANDS_USD,
                    getattr(gross, column),
                    _sum(getattr(s, column) for s in subtotals),
                    gross.source,
                )
            )
        if gross and staff and net:
            checks.append(
                _equal(
                    f"net:{column}",
                    f"gross − staff assessment income = net requirements ({column})",
                    CheckUnit.THOUSANDS_USD,
                    getattr(net, column),
                    getattr(gross, column).number - getattr(staff, column).number,
                    net.source,
                )
            )
        if gross and total:
            extra = getattr(in_kind, column).number if in_kind else Decimal(0)
            checks.append(
                _equal(
                    f"total:{column}",
                    f"gross + budgeted contributions in kind = total ({column})",
                    CheckUnit.THOUSANDS_USD,
                    getattr(total, column),
                    getattr(gross, column).number + extra,
                    total.source,
                )
            )
    return checks


def headline_checks(headline: Sequence[FinancialRow], rows: Sequence[FinancialRow]) -> list[Check]:
    """The summary's table repeats section III.A's groups and totals: every figure must agree."""
    by_name = {r.group if r.level == FinancialLevel.SUBTOTAL else r.name: r for r in rows}
    checks = []
    for row in headline:
        match = by_name.get(row.name)
        if match is None:
            continue
        for column in (*_COLUMNS, "variance_percent"):
            printed: Figure = getattr(row, column)
            if printed.status == ValueStatus.NOT_REPORTED:
                continue
            checks.append(
                _equal(
                    f"summary:{row.slug}:{column}",
                    f"summary table agrees with section III.A ({column})",
                    CheckUnit.PERCENT if column == "variance_percent" else CheckUnit.THOUSANDS_USD,
                    printed,
                    getattr(match, column).number,
                    row.source,
                )
            )
    return checks


def amount_table_checks(table: str, rows: Sequence[AmountRow]) -> list[Check]:
    """Lines sum to their subtotal; subtotals (or, without them, lines) sum to the total."""
    checks = []
    subtotals = [r for r in rows if r.level == FinancialLevel.SUBTOTAL]
    for subtotal in subtotals:
        parts = [r.amount for r in rows if r.level == FinancialLevel.LINE and r.group == subtotal.group]
        checks.append(
            _equal(
                f"{table}:{subtotal.slug}",
                f"{table}: {subtotal.group} lines sum to the subtotal",
                CheckUnit.THOUSANDS_USD,
                subtotal.amount,
                _sum(parts),
                subtotal.source,
            )
        )
    for total in (r for r in rows if r.level == FinancialLevel.TOTAL):
        parts = [r.amount for r in (subtotals or [r for r in rows if r.level == FinancialLevel.LINE])]
        checks.append(
            _equal(
                f"{table}:total",
                f"{table}: rows sum to the total",
                CheckUnit.THOUSANDS_USD,
                total.amount,
                _sum(parts),
                total.source,
            )
        )
    return checks


def redeployment_checks(report: ParsedReport) -> list[Check]:
    table = report.redeployments
    groups = [r for r in table.rows if r.level == RedeploymentLevel.GROUP]
    checks = [
        _equal(
            f"redeployment:{r.slug}",
            f"{r.name}: revised distribution = original + redeployment",
            CheckUnit.THOUSANDS_USD,
            r.revised,
            r.original.number + r.redeployment.number,
            r.source,
        )
        for r in groups
    ]
    for total in (r for r in table.rows if r.level == RedeploymentLevel.TOTAL):
        for column in ("original", "revised"):
            checks.append(
                _equal(
                    f"redeployment:total:{column}",
                    f"groups sum to the total ({column})",
                    CheckUnit.THOUSANDS_USD,
                    getattr(total, column),
                    _sum(getattr(r, column) for r in groups),
                    total.source,
                )
            )
        moved = sum((r.redeployment.number for r in groups if r.redeployment.number > 0), Decimal(0))
        places = decimal_places(table.percentage_of_appropriation.text)
        checks.append(
            _equal(
                "redeployment:percentage",
                "redeployed amount ÷ total appropriation",
                CheckUnit.PERCENT,
                table.percentage_of_appropriation,
                _rounded(moved / total.original.number * 100, places),
                table.percentage_source,
            )
        )
    return checks


def staffing_checks(report: ParsedReport) -> list[Check]:
    """Vacancy rate = (approved − actual average) ÷ approved, to the printed precision."""
    checks = []
    for row in report.staffing.rows:
        if row.vacancy_rate.value is None or not row.approved.value:
            continue
        places = decimal_places(row.vacancy_rate.text)
        rate = _rounded((row.approved.number - row.actual_average.number) / row.approved.number * 100, places)
        checks.append(
            _equal(
                f"vacancy_rate:{row.slug}",
                f"{row.name}: vacancy rate = (approved − actual) ÷ approved",
                CheckUnit.PERCENT,
                row.vacancy_rate,
                rate,
                row.source,
            )
        )
    return checks


def variance_analysis_checks(report: ParsedReport) -> list[Check]:
    """Each section IV amount and percentage equals the figure of the same category in section III.A."""
    by_name = {row.name: row for row in report.financial}
    checks = []
    for entry in report.variances.entries:
        slug = slugify(entry.name)
        row = by_name.get(entry.name)
        if row is None:
            checks.append(
                Check(
                    f"variance_analysis:{slug}:category",
                    f"{entry.name}: a category of section III.A",
                    CheckUnit.COUNT,
                    Decimal(1),
                    Decimal(0),
                    False,
                    entry.source,
                )
            )
            continue
        checks.append(
            Check(
                f"variance_analysis:{slug}:amount",
                f"{entry.name}: section IV amount = section III.A",
                CheckUnit.THOUSANDS_USD,
                Decimal(entry.variance_usd) / 1000,
                row.variance.number,
                Decimal(entry.variance_usd) / 1000 == row.variance.number,
                entry.source,
            )
        )
        checks.append(
            Check(
                f"variance_analysis:{slug}:percent",
                f"{entry.name}: section IV percentage = section III.A",
                CheckUnit.PERCENT,
                entry.variance_percent,
                row.variance_percent.number,
                entry.variance_percent == row.variance_percent.number,
                entry.source,
            )
        )
    return checks


def run_checks(report: ParsedReport) -> list[Check]:
    return [
        *variance_analysis_checks(report),
        *financial_checks(report.financial),
        *headline_checks(report.headline_financial, report.financial),
        *staffing_checks(report),
        *redeployment_checks(report),
        *amount_table_checks("other_revenue", report.other_revenue),
        *amount_table_checks("contingent_owned_equipment", report.equipment),
        *amount_table_checks("non_budgeted_contributions", report.non_budgeted),
    ]
