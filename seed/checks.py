"""Arithmetic consistency checks over a parsed report: pure, run at load, stored and served.

Each check compares a printed figure ("expected") with the figure recomputed from other
printed figures ("actual"). Nil (dash) counts as zero; a check whose figures are all
missing is not run. Checks come in families, one per table or pair of tables (`FAMILIES`); a
family whose table the report does not print (a layout without redeployments, a staffing table
without vacancy rates) is skipped, and `check_report` says which families ran and which were skipped.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from decimal import ROUND_HALF_UP, Decimal

from app.core.slugs import slugify
from app.core.vocabulary import CheckUnit, FinancialLevel, RedeploymentLevel, ValueStatus
from seed.parser.financial import FinancialRow
from seed.parser.numbers import Figure, decimal_places
from seed.parser.period_tables import PeriodAmountRow
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
    """The summary's table repeats the financial resources table's groups and totals: every figure must agree."""
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
                    f"summary table agrees with section {match.source.section} ({column})",
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
    if table is None:
        return []
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
    """Each analysed amount and percentage equals the figure of the same category in the financial table."""
    by_name = {row.name: row for row in report.financial}
    table = report.financial[0].source.section if report.financial else "?"
    checks = []
    for entry in report.variances.entries:
        slug = slugify(entry.name)
        row = by_name.get(entry.name)
        analysis = entry.source.section
        if row is None:
            checks.append(
                Check(
                    f"variance_analysis:{slug}:category",
                    f"{entry.name}: a category of section {table}",
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
                f"{entry.name}: section {analysis} amount = section {table}",
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
                f"{entry.name}: section {analysis} percentage = section {table}",
                CheckUnit.PERCENT,
                entry.variance_percent,
                row.variance_percent.number,
                entry.variance_percent == row.variance_percent.number,
                entry.source,
            )
        )
    return checks


def _period_slug(period: str) -> str:
    return period.replace("/", "-")  # "2024/25" -> "2024-25": check names are served in paths


def _period_sums(table: str, rows: Sequence[PeriodAmountRow]) -> list[Check]:
    """In each period's column, the groups of expenditure sum to the total."""
    groups = [r for r in rows if r.level == FinancialLevel.LINE]
    checks = []
    for total in (r for r in rows if r.level == FinancialLevel.TOTAL):
        for index, printed in enumerate(total.amounts):
            checks.append(
                _equal(
                    f"{table}:total:{_period_slug(printed.period)}",
                    f"{table}: groups sum to the total ({printed.period})",
                    CheckUnit.THOUSANDS_USD,
                    printed.amount,
                    _sum(g.amounts[index].amount for g in groups if index < len(g.amounts)),
                    total.source,
                )
            )
    return checks


def _in_period(row: PeriodAmountRow, period: str) -> Figure | None:
    return next((a.amount for a in row.amounts if a.period == period), None)


def unencumbered_balance_checks(report: ParsedReport) -> list[Check]:
    """The trend sums by period; its column for the report's own period is the financial table's variance:
    each group's subtotal, and the gross requirements for the total."""
    rows = report.unencumbered_balance
    checks = _period_sums("unencumbered_balance", rows)
    period = report.front.period
    variances: dict[str | None, FinancialRow] = {
        r.group: r for r in report.financial if r.level == FinancialLevel.SUBTOTAL
    }
    gross = next((r for r in report.financial if r.slug == "gross-requirements"), None)
    if gross is not None:
        variances[None] = gross  # the total row's match
    for row in rows:
        printed = _in_period(row, period)
        match = variances.get(row.name if row.level == FinancialLevel.LINE else None)
        if printed is None or match is None:
            continue
        checks.append(
            _equal(
                f"unencumbered_balance:variance:{row.slug}",
                f"{row.name}: the {period} unencumbered balance = the variance in section {match.source.section}",
                CheckUnit.THOUSANDS_USD,
                printed,
                match.variance.number,
                row.source,
            )
        )
    return checks


def cancelled_commitment_checks(report: ParsedReport) -> list[Check]:
    """The cancellations sum by period; the report's own period's total is the cancellation of prior-period
    obligations counted in other revenue."""
    rows = report.cancelled_commitments
    checks = _period_sums("cancelled_commitments", rows)
    period = report.front.period
    revenue = next((r for r in report.other_revenue if r.slug == "cancellation-of-prior-period-obligations"), None)
    for total in (r for r in rows if r.level == FinancialLevel.TOTAL):
        printed = _in_period(total, period)
        if printed is None or revenue is None:
            continue
        checks.append(
            _equal(
                f"cancelled_commitments:other_revenue:{_period_slug(period)}",
                f"the {period} cancellations = other revenue's cancellation of prior-period obligations",
                CheckUnit.THOUSANDS_USD,
                printed,
                revenue.amount.number,
                total.source,
            )
        )
    return checks


# A formula a financial position row prints after its name: "(I less II)", "(III less (IV+V))".
_FORMULA = re.compile(r"\((?P<formula>[IVX]+ less .+)\)$")
_FORMULA_TOKEN = re.compile(r"[IVX]+|less|\+|\(|\)")


def _evaluate(tokens: list[str], values: dict[str, Decimal]) -> Decimal:
    """The value of "III less (IV+V)": roman items by their amounts, "less" subtracts, "+" adds."""
    position = 0

    def term() -> Decimal:
        nonlocal position
        token = tokens[position]
        position += 1
        if token != "(":
            return values[token]
        value = expression()
        position += 1  # the closing parenthesis
        return value

    def expression() -> Decimal:
        nonlocal position
        value = term()
        while position < len(tokens) and tokens[position] in ("less", "+"):
            operator = tokens[position]
            position += 1
            value = value - term() if operator == "less" else value + term()
        return value

    return expression()


def _item_values(rows: Sequence[AmountRow]) -> dict[str, Decimal]:
    """Each roman item's amount: its own, or for a heading item the subtotal or total closing its group."""
    closing = {r.group: r for r in rows if r.level != FinancialLevel.LINE and r.group}
    values = {}
    for row in rows:
        if row.mark is None or row.mark.startswith("("):
            continue
        source = row if row.amount.status != ValueStatus.NOT_REPORTED else closing.get(row.name)
        if source is not None:
            values[row.mark] = source.amount.number
    return values


def financial_position_checks(report: ParsedReport) -> list[Check]:
    """Each group's lines sum to its subtotal or total, and each printed formula holds."""
    rows = report.financial_position
    checks = []
    for closing in (r for r in rows if r.level != FinancialLevel.LINE and r.group):
        parts = [r.amount for r in rows if r.level == FinancialLevel.LINE and r.group == closing.group]
        checks.append(
            _equal(
                f"financial_position:{closing.slug}",
                f"financial_position: {closing.group} lines sum to the {closing.level}",
                CheckUnit.THOUSANDS_USD,
                closing.amount,
                _sum(parts),
                closing.source,
            )
        )
    values = _item_values(rows)
    for row in rows:
        formula = _FORMULA.search(row.name)
        tokens = _FORMULA_TOKEN.findall(formula["formula"]) if formula else []
        if not tokens or any(t not in values for t in tokens if t not in ("less", "+", "(", ")")):
            continue
        checks.append(
            _equal(
                f"financial_position:{row.slug}",
                f"financial_position: {row.name}",
                CheckUnit.THOUSANDS_USD,
                row.amount,
                _evaluate(tokens, values),
                row.source,
            )
        )
    return checks


@dataclass(frozen=True)
class CheckFamily:
    """The checks of one table: run only on a report that prints it."""

    name: str
    applies: Callable[[ParsedReport], bool]
    run: Callable[[ParsedReport], list[Check]]


@dataclass(frozen=True)
class CheckResults:
    checks: tuple[Check, ...]
    checks_run: tuple[str, ...]  # the families that ran, in order
    checks_skipped: tuple[str, ...]  # the families whose tables the report does not print


def _prints_vacancy_rates(report: ParsedReport) -> bool:
    return any(row.vacancy_rate.status != ValueStatus.NOT_REPORTED for row in report.staffing.rows)


# In the order their checks are stored: a new family goes last, so earlier reports keep their check positions.
FAMILIES: tuple[CheckFamily, ...] = (
    CheckFamily("variance_analysis", lambda r: bool(r.variances.entries), variance_analysis_checks),
    CheckFamily("financial", lambda r: bool(r.financial), lambda r: financial_checks(r.financial)),
    CheckFamily(
        "summary", lambda r: bool(r.headline_financial), lambda r: headline_checks(r.headline_financial, r.financial)
    ),
    CheckFamily("staffing", _prints_vacancy_rates, staffing_checks),
    CheckFamily("redeployments", lambda r: r.redeployments is not None, redeployment_checks),
    CheckFamily(
        "other_revenue",
        lambda r: bool(r.other_revenue),
        lambda r: amount_table_checks("other_revenue", r.other_revenue),
    ),
    CheckFamily(
        "contingent_owned_equipment",
        lambda r: bool(r.equipment),
        lambda r: amount_table_checks("contingent_owned_equipment", r.equipment),
    ),
    CheckFamily(
        "non_budgeted_contributions",
        lambda r: bool(r.non_budgeted),
        lambda r: amount_table_checks("non_budgeted_contributions", r.non_budgeted),
    ),
    CheckFamily("unencumbered_balance", lambda r: bool(r.unencumbered_balance), unencumbered_balance_checks),
    CheckFamily("cancelled_commitments", lambda r: bool(r.cancelled_commitments), cancelled_commitment_checks),
    CheckFamily("financial_position", lambda r: bool(r.financial_position), financial_position_checks),
)


def check_report(report: ParsedReport) -> CheckResults:
    """Every family's checks on a report that prints its table, and which families ran and which did not."""
    ran = [family for family in FAMILIES if family.applies(report)]
    return CheckResults(
        checks=tuple(check for family in ran for check in family.run(report)),
        checks_run=tuple(family.name for family in ran),
        checks_skipped=tuple(family.name for family in FAMILIES if family not in ran),
    )


def run_checks(report: ParsedReport) -> list[Check]:
    return list(check_report(report).checks)
