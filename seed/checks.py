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
from app.core.vocabulary import CheckUnit, FinancialLevel, RedeploymentLevel, ReportKind, StaffingLevel, ValueStatus
from seed.parser.component_staffing import SUMMARY_BLOCK, ComponentStaffingRow
from seed.parser.financial import FinancialRow
from seed.parser.numbers import Figure, decimal_places
from seed.parser.period_tables import PeriodAmountRow
from seed.parser.printed_tables import PrintedTable
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

_Figures = Callable[[FinancialRow], dict[str, Figure | None]]


@dataclass(frozen=True)
class _ColumnSet:
    """Columns of a financial table checked alike: the performance set, a combined report's budget set, or one
    site's amounts. Each set's check names and descriptions say which set they check."""

    prefix: str  # prefixes its check names: "" for the performance set (its names predate the others), "budget_" …
    label: str  # names it in descriptions: "", "budget ", "Brindisi "
    columns: tuple[str, ...]  # the amounts that sum to subtotals and totals, in order
    figures: _Figures
    variance: tuple[str, str] | None  # (minuend, subtrahend) of the set's variance; None where it prints none

    def formula(self) -> str:
        minuend, subtrahend = self.variance or ("", "")
        return f"{minuend.replace('_', ' ')} − {subtrahend.replace('_', ' ')}"


def _performance(row: FinancialRow) -> dict[str, Figure | None]:
    return {
        "apportionment": row.apportionment,
        "expenditure": row.expenditure,
        "variance": row.variance,
        "variance_percent": row.variance_percent,
    }


def _budget(row: FinancialRow) -> dict[str, Figure | None]:
    budget = row.budget
    if budget is None:
        return {}
    return {
        "apportionment": budget.apportionment,
        "cost_estimates": budget.cost_estimates,
        "variance": budget.variance,
        "variance_percent": budget.variance_percent,
    }


_PERFORMANCE = _ColumnSet("", "", _COLUMNS, _performance, ("apportionment", "expenditure"))
_BUDGET = _ColumnSet(
    "budget_", "budget ", ("apportionment", "cost_estimates", "variance"), _budget, ("cost_estimates", "apportionment")
)
_SITE_COLUMNS = ("apportionment", "expenditure", "budget_apportionment", "cost_estimates")


def _site_set(site: str) -> _ColumnSet:
    def figures(row: FinancialRow) -> dict[str, Figure | None]:
        printed = next((s for s in row.sites if s.site == site), None)
        return {column: getattr(printed, column) if printed else None for column in _SITE_COLUMNS}

    return _ColumnSet(f"site:{slugify(site)}:", f"{site} ", _SITE_COLUMNS, figures, None)


def _row_checks(row: FinancialRow, column_set: _ColumnSet) -> list[Check]:
    """A row's variance is the difference of its amounts, and its percentage the variance over the apportionment."""
    printed = column_set.figures(row)
    if column_set.variance is None:
        return []
    minuend, subtrahend = (printed.get(name) for name in column_set.variance)
    variance, percent, base = printed.get("variance"), printed.get("variance_percent"), printed.get("apportionment")
    if (
        minuend is None
        or subtrahend is None
        or variance is None
        or (minuend.value is None and subtrahend.value is None)
    ):
        return []
    prefix, label = column_set.prefix, column_set.label
    checks = [
        _equal(
            f"{prefix}variance:{row.slug}",
            f"{row.name}: {label}variance = {column_set.formula()}",
            CheckUnit.THOUSANDS_USD,
            variance,
            minuend.number - subtrahend.number,
            row.source,
        )
    ]
    if base is not None and base.value and percent is not None:
        ratio = _rounded(variance.number / base.number * 100, decimal_places(percent.text))
        checks.append(
            _equal(
                f"{prefix}variance_percent:{row.slug}",
                f"{row.name}: {label}percentage = variance ÷ apportionment",
                CheckUnit.PERCENT,
                percent,
                ratio,
                row.source,
            )
        )
    return checks


def _group_checks(rows: Sequence[FinancialRow], column_set: _ColumnSet) -> list[Check]:
    """Each group's lines sum to its subtotal, in every column of the set."""
    checks = []
    for subtotal in (r for r in rows if r.level == FinancialLevel.SUBTOTAL):
        lines = [r for r in rows if r.level == FinancialLevel.LINE and r.group == subtotal.group]
        for column in column_set.columns:
            printed = column_set.figures(subtotal).get(column)
            if printed is None:
                continue
            checks.append(
                _equal(
                    f"{column_set.prefix}group_total:{subtotal.slug}:{column}",
                    f"{subtotal.group}: lines sum to the subtotal ({column_set.label}{column})",
                    CheckUnit.THOUSANDS_USD,
                    printed,
                    _sum(f for r in lines if (f := column_set.figures(r).get(column)) is not None),
                    subtotal.source,
                )
            )
    return checks


def _total_checks(rows: Sequence[FinancialRow], column_set: _ColumnSet) -> list[Check]:
    """Subtotals sum to gross requirements; gross − staff assessment = net; gross + contributions in kind = total."""
    by_slug = {r.slug: column_set.figures(r) for r in rows}
    sources = {r.slug: r.source for r in rows}
    subtotals = [column_set.figures(r) for r in rows if r.level == FinancialLevel.SUBTOTAL]
    gross, staff = by_slug.get("gross-requirements", {}), by_slug.get("staff-assessment-income", {})
    net, total = by_slug.get("net-requirements", {}), by_slug.get("total-requirements", {})
    in_kind = by_slug.get("voluntary-contributions-in-kind-budgeted", {})
    prefix, label = column_set.prefix, column_set.label
    checks = []
    for column in column_set.columns:
        amounts = (gross.get(column), staff.get(column), net.get(column), total.get(column))
        gross_amount, staff_amount, net_amount, total_amount = amounts
        if gross_amount is not None:
            checks.append(
                _equal(
                    f"{prefix}gross:{column}",
                    f"subtotals sum to gross requirements ({label}{column})",
                    CheckUnit.THOUSANDS_USD,
                    gross_amount,
                    _sum(f for s in subtotals if (f := s.get(column)) is not None),
                    sources["gross-requirements"],
                )
            )
        if gross_amount is not None and staff_amount is not None and net_amount is not None:
            checks.append(
                _equal(
                    f"{prefix}net:{column}",
                    f"gross − staff assessment income = net requirements ({label}{column})",
                    CheckUnit.THOUSANDS_USD,
                    net_amount,
                    gross_amount.number - staff_amount.number,
                    sources["net-requirements"],
                )
            )
        if gross_amount is not None and total_amount is not None:
            extra = in_kind.get(column)
            checks.append(
                _equal(
                    f"{prefix}total:{column}",
                    f"gross + budgeted contributions in kind = total ({label}{column})",
                    CheckUnit.THOUSANDS_USD,
                    total_amount,
                    gross_amount.number + (extra.number if extra is not None else Decimal(0)),
                    sources["total-requirements"],
                )
            )
    return checks


def _set_checks(rows: Sequence[FinancialRow], column_set: _ColumnSet) -> list[Check]:
    checks = [check for row in rows for check in _row_checks(row, column_set)]
    return checks + _group_checks(rows, column_set) + _total_checks(rows, column_set)


def financial_checks(rows: Sequence[FinancialRow]) -> list[Check]:
    """The performance columns: each row's variance and percentage, the groups' subtotals, gross, net and total."""
    return _set_checks(rows, _PERFORMANCE)


def budget_financial_checks(rows: Sequence[FinancialRow]) -> list[Check]:
    """A combined report's budget columns, checked as the performance columns are."""
    return _set_checks(rows, _BUDGET)


def _site_sums(row: FinancialRow) -> list[Check]:
    """Each amount's sites sum to its total, which the row's own (or budget) figures hold."""
    totals = {
        "apportionment": row.apportionment,
        "expenditure": row.expenditure,
        "budget_apportionment": row.budget.apportionment if row.budget else None,
        "cost_estimates": row.budget.cost_estimates if row.budget else None,
    }
    checks = []
    for column, total in totals.items():
        parts = [f for site in row.sites if (f := getattr(site, column)) is not None]
        if total is None or not parts:
            continue
        checks.append(
            _equal(
                f"sites:{row.slug}:{column}",
                f"{row.name}: the sites sum to the total ({column})",
                CheckUnit.THOUSANDS_USD,
                total,
                _sum(parts),
                row.source,
            )
        )
    return checks


def site_financial_checks(rows: Sequence[FinancialRow]) -> list[Check]:
    """A table of sites: each site's amounts sum as the totals do, and the sites sum to the totals."""
    sites = list(dict.fromkeys(site.site for row in rows for site in row.sites))
    checks = [check for site in sites for check in _set_checks(rows, _site_set(site))]
    return checks + [check for row in rows for check in _site_sums(row)]


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
    return checks + _estimate_checks(table, rows)


def _estimate_checks(table: str, rows: Sequence[AmountRow]) -> list[Check]:
    """A table printing estimates beside its amounts (non-budgeted contributions of a combined report): the lines'
    estimates sum to the total's."""
    lines = [r.estimate for r in rows if r.level == FinancialLevel.LINE and r.estimate is not None]
    return [
        _equal(
            f"{table}:total:estimate",
            f"{table}: rows sum to the total (estimate)",
            CheckUnit.THOUSANDS_USD,
            total.estimate,
            _sum(lines),
            total.source,
        )
        for total in rows
        if total.level == FinancialLevel.TOTAL and total.estimate is not None
    ]


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


def _variance_columns(report: ParsedReport, row: FinancialRow, period: str) -> tuple[Figure, Figure] | None:
    """The financial table's variance and percentage of a period: the performance set's, or the budget set's."""
    if period == report.front.period:
        return row.variance, row.variance_percent
    if row.budget is not None and period == row.budget.estimates_period:
        return row.budget.variance, row.budget.variance_percent
    return None


def variance_analysis_checks(report: ParsedReport) -> list[Check]:
    """Each analysed amount and percentage equals the figure of the same category and period in the financial table."""
    by_name = {row.name: row for row in report.financial}
    table = report.financial[0].source.section if report.financial else "?"
    checks = []
    for entry in report.variances.entries:
        row = by_name.get(entry.name)
        printed = _variance_columns(report, row, entry.period) if row is not None else None
        analysis = entry.source.section
        # A standalone report's entries are of its one period, which its descriptions need not name.
        where = f"section {table}" + (f" ({entry.period})" if entry.key != slugify(entry.name) else "")
        if printed is None:
            checks.append(
                Check(
                    f"variance_analysis:{entry.key}:category",
                    f"{entry.name}: a category of {where}",
                    CheckUnit.COUNT,
                    Decimal(1),
                    Decimal(0),
                    False,
                    entry.source,
                )
            )
            continue
        amount, percent = printed
        checks.append(
            Check(
                f"variance_analysis:{entry.key}:amount",
                f"{entry.name}: section {analysis} amount = {where}",
                CheckUnit.THOUSANDS_USD,
                Decimal(entry.variance_usd) / 1000,
                amount.number,
                Decimal(entry.variance_usd) / 1000 == amount.number,
                entry.source,
            )
        )
        if entry.variance_percent is None:
            continue  # the analysis prints no percentage for this amount
        checks.append(
            Check(
                f"variance_analysis:{entry.key}:percent",
                f"{entry.name}: section {analysis} percentage = {where}",
                CheckUnit.PERCENT,
                entry.variance_percent,
                percent.number,
                entry.variance_percent == percent.number,
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


def headline_budget_checks(report: ParsedReport) -> list[Check]:
    """The summary's table repeats the budget columns and the sites' amounts too: every figure must agree."""
    by_name = {r.group if r.level == FinancialLevel.SUBTOTAL else r.name: r for r in report.financial}
    checks = []
    for row in report.headline_financial:
        match = by_name.get(row.name)
        if match is None:
            continue
        pairs = [(f"budget_{k}", v, _budget(match).get(k)) for k, v in _budget(row).items()]
        for site in row.sites:
            printed = _site_set(site.site).figures
            pairs += [(f"{slugify(site.site)}_{k}", v, printed(match).get(k)) for k, v in printed(row).items()]
        for column, printed_figure, table_figure in pairs:
            if printed_figure is None or table_figure is None or printed_figure.status == ValueStatus.NOT_REPORTED:
                continue
            checks.append(
                _equal(
                    f"summary:{row.slug}:{column}",
                    f"summary table agrees with section {match.source.section} ({column})",
                    CheckUnit.PERCENT if column.endswith("percent") else CheckUnit.THOUSANDS_USD,
                    printed_figure,
                    table_figure.number,
                    row.source,
                )
            )
    return checks


_STAFFING_STAGES = ("approved", "actual_average", "approved_next", "proposed")


def staffing_total_checks(report: ParsedReport) -> list[Check]:
    """The summary's staffing by period: in each printed row, the categories sum to the "Total" column."""
    rows = report.staffing.rows
    total = next((r for r in rows if r.slug == "total"), None)
    if total is None:
        return []
    parts = [r for r in rows if r is not total]
    checks = []
    for stage in _STAFFING_STAGES:
        printed: Figure | None = getattr(total, stage)
        if printed is None or printed.status == ValueStatus.NOT_REPORTED:
            continue
        checks.append(
            _equal(
                f"staffing_total:{stage}",
                f"the categories sum to the total ({stage.replace('_', ' ')})",
                CheckUnit.COUNT,
                printed,
                _sum(f for r in parts if (f := getattr(r, stage)) is not None),
                total.source,
            )
        )
    return checks


_COMPONENT_STAGES = ("approved", "actual", "approved_next", "proposed", "net_change")
_POSTS = re.compile(r"(?:^|, )posts$")
_POSITIONS = re.compile(r"(?:^|, )temporary positions$")
_INCLUDING = "Total, including temporary positions"


def _component_blocks(report: ParsedReport) -> dict[tuple[str, str], list[ComponentStaffingRow]]:
    blocks: dict[tuple[str, str], list[ComponentStaffingRow]] = {}
    for row in report.component_staffing:
        blocks.setdefault((row.component, row.block), []).append(row)
    return blocks


def _staff_check(
    name: str, description: str, printed: Figure, parts: Iterable[Figure], row: ComponentStaffingRow
) -> Check:
    return _equal(name, description, CheckUnit.COUNT, printed, _sum(parts), row.source)


def _group_staff_checks(rows: list[ComponentStaffingRow]) -> list[Check]:
    """In a block, each group's categories sum to the group's subtotal, at every stage."""
    checks = []
    for subtotal in (r for r in rows if r.level == StaffingLevel.GROUP):
        members = [r for r in rows if r.group == subtotal.group and r.level == StaffingLevel.SUBCATEGORY]
        for stage in _COMPONENT_STAGES:
            printed: Figure = getattr(subtotal, stage)
            if printed.status == ValueStatus.NOT_REPORTED:
                continue
            checks.append(
                _staff_check(
                    f"component_staffing:{slugify(subtotal.component)}:group:{subtotal.slug}:{stage}",
                    f"{subtotal.component}, {subtotal.block}: {subtotal.group} sums to its subtotal ({stage})",
                    printed,
                    (getattr(r, stage) for r in members),
                    subtotal,
                )
            )
    return checks


def _net_change_checks(rows: list[ComponentStaffingRow]) -> list[Check]:
    """The printed net change is the proposed strength less the approved strength of the period between."""
    return [
        _staff_check(
            f"component_staffing:{slugify(row.component)}:net:{row.slug}",
            f"{row.component}, {row.block}: net change = proposed − approved ({row.name})",
            row.net_change,
            (row.proposed, Figure("", -row.approved_next.number, ValueStatus.REPORTED)),
            row,
        )
        for row in rows
        if row.net_change.status != ValueStatus.NOT_REPORTED and row.proposed.status != ValueStatus.NOT_REPORTED
    ]


def _including_checks(blocks: dict[tuple[str, str], list[ComponentStaffingRow]]) -> list[Check]:
    """Posts and temporary positions sum to the total including temporary positions, category by category."""
    checks = []
    for (component, block), rows in blocks.items():
        if block != _INCLUDING:
            continue
        posts = next((r for (c, b), r in blocks.items() if c == component and _POSTS.search(b)), None)
        positions = next((r for (c, b), r in blocks.items() if c == component and _POSITIONS.search(b)), None)
        if posts is None or positions is None or not len(posts) == len(positions) == len(rows):
            continue
        for total, post, position in zip(rows, posts, positions, strict=True):
            for stage in _COMPONENT_STAGES:
                printed: Figure = getattr(total, stage)
                if printed.status == ValueStatus.NOT_REPORTED:
                    continue
                checks.append(
                    _staff_check(
                        f"component_staffing:{slugify(component)}:temporary:{total.slug}:{stage}",
                        f"{component}: posts and temporary positions sum to the total ({total.name}, {stage})",
                        printed,
                        (getattr(post, stage), getattr(position, stage)),
                        total,
                    )
                )
    return checks


def _summary_component_checks(report: ParsedReport) -> list[Check]:
    """The summary's components sum to its total, category by category and stage by stage."""
    parts = [r for r in report.component_staffing if r.block == SUMMARY_BLOCK]
    checks = []
    for total in report.staffing.rows if parts else ():
        members = [r for r in parts if r.name == total.name]
        for stage, component_stage in zip(_STAFFING_STAGES, _COMPONENT_STAGES, strict=False):
            printed: Figure | None = getattr(total, stage)
            if printed is None or printed.status == ValueStatus.NOT_REPORTED:
                continue
            checks.append(
                _equal(
                    f"staffing_components:{total.slug}:{component_stage}",
                    f"{total.name}: the components sum to the total ({component_stage.replace('_', ' ')})",
                    CheckUnit.COUNT,
                    printed,
                    _sum(getattr(r, component_stage) for r in members),
                    total.source,
                )
            )
    return checks


def component_staffing_checks(report: ParsedReport) -> list[Check]:
    """Staffing by component: the summary's components sum to its total; groups sum to their subtotals; posts and
    temporary positions to the total including them."""
    blocks = _component_blocks(report)
    checks = _summary_component_checks(report)
    checks += [c for rows in blocks.values() for c in _group_staff_checks(rows) + _net_change_checks(rows)]
    return checks + _including_checks(blocks)


_SUMMED_TABLES = ("efficiency_gains", "programmatic_activities")  # tables kept as printed that close on a total
_COLUMN_NUMBER = re.compile(r"\((?P<number>\d+)\)")


def _column_name(table: PrintedTable, index: int) -> str:
    """A column as check names cite it: its printed number ("6"), else its place."""
    number = _COLUMN_NUMBER.search(table.columns[index]) if index < len(table.columns) else None
    return number["number"] if number else str(index + 1)


def _printed_total_checks(table: PrintedTable) -> list[Check]:
    """The rows above the "Total" row sum to it, in every column where the total prints a number."""
    at = next((i for i, row in enumerate(table.rows) if row.cells and row.cells[0] == "Total"), None)
    if at is None:
        return []
    total, above = table.rows[at], table.rows[:at]
    checks = []
    for index, printed in enumerate(total.cells):
        if not isinstance(printed, Figure) or printed.status == ValueStatus.NOT_REPORTED:
            continue
        parts = [c for row in above if index < len(row.cells) and isinstance(c := row.cells[index], Figure)]
        column = _column_name(table, index)
        checks.append(
            _equal(
                f"{table.role}:total:{column}",
                f"{table.role}: rows sum to the total (column {column})",
                CheckUnit.THOUSANDS_USD,
                printed,
                _sum(parts),
                total.source,
            )
        )
    return checks


def printed_table_checks(report: ParsedReport) -> list[Check]:
    return [c for t in report.printed_tables if t.role in _SUMMED_TABLES for c in _printed_total_checks(t)]


# The quick-impact projects table's periods, by the word closing each row's label, and the financial table's
# figure for the same period: "(actual)" the expenditure, "(approved)" the apportionment, "(proposed)" the estimates.
_PROJECT_STAGES: dict[str, Callable[[FinancialRow], Figure | None]] = {
    "actual": lambda row: row.expenditure,
    "approved": lambda row: row.budget.apportionment if row.budget else None,
    "proposed": lambda row: row.budget.cost_estimates if row.budget else None,
}
_STAGE = re.compile(r"\((?P<stage>actual|approved|proposed)\)$")


def quick_impact_project_checks(report: ParsedReport) -> list[Check]:
    """The quick-impact projects table's amounts are the financial table's line for the projects."""
    line = next((r for r in report.financial if r.slug == "quick-impact-projects"), None)
    checks = []
    for table in (t for t in report.printed_tables if t.role == "quick_impact_projects"):
        for row in table.rows:
            stage = _STAGE.search(row.cells[0]) if row.cells and isinstance(row.cells[0], str) else None
            amount = row.cells[1] if len(row.cells) > 1 else None
            expected = _PROJECT_STAGES[stage["stage"]](line) if stage and line else None
            if stage is None or not isinstance(amount, Figure) or expected is None:
                continue
            checks.append(
                _equal(
                    f"quick_impact_projects:{stage['stage']}",
                    f"the {stage['stage']} amount = the quick-impact projects line of the financial table",
                    CheckUnit.THOUSANDS_USD,
                    amount,
                    expected.number,
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
    # The layouts whose reports can print the family's table: a report of another layout neither runs the
    # family nor lists it as skipped (a standalone report has no budget columns to skip).
    kinds: frozenset[ReportKind] = frozenset(ReportKind)


@dataclass(frozen=True)
class CheckResults:
    checks: tuple[Check, ...]
    checks_run: tuple[str, ...]  # the families that ran, in order
    checks_skipped: tuple[str, ...]  # the families whose tables the report does not print


def _prints_vacancy_rates(report: ParsedReport) -> bool:
    return any(row.vacancy_rate.status != ValueStatus.NOT_REPORTED for row in report.staffing.rows)


_COMBINED = frozenset({ReportKind.PERFORMANCE_AND_BUDGET})

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
    CheckFamily(
        "financial_budget",
        lambda r: any(row.budget for row in r.financial),
        lambda r: budget_financial_checks(r.financial),
        _COMBINED,
    ),
    CheckFamily(
        "financial_sites",
        lambda r: any(row.sites for row in r.financial),
        lambda r: site_financial_checks(r.financial),
        _COMBINED,
    ),
    CheckFamily(
        "summary_budget",
        lambda r: any(row.budget or row.sites for row in r.headline_financial),
        headline_budget_checks,
        _COMBINED,
    ),
    CheckFamily("staffing_totals", lambda r: bool(r.staffing.periods), staffing_total_checks, _COMBINED),
    CheckFamily("component_staffing", lambda r: bool(r.component_staffing), component_staffing_checks, _COMBINED),
    CheckFamily(
        "printed_tables",
        lambda r: any(t.role in _SUMMED_TABLES for t in r.printed_tables),
        printed_table_checks,
        _COMBINED,
    ),
    CheckFamily(
        "quick_impact_projects",
        lambda r: any(t.role == "quick_impact_projects" for t in r.printed_tables),
        quick_impact_project_checks,
        _COMBINED,
    ),
)


def check_report(report: ParsedReport) -> CheckResults:
    """Every family's checks on a report that prints its table, and which families ran and which did not."""
    families = [family for family in FAMILIES if report.front.kind in family.kinds]
    ran = [family for family in families if family.applies(report)]
    return CheckResults(
        checks=tuple(check for family in ran for check in family.run(report)),
        checks_run=tuple(family.name for family in ran),
        checks_skipped=tuple(family.name for family in families if family not in ran),
    )


def run_checks(report: ParsedReport) -> list[Check]:
    return list(check_report(report).checks)
