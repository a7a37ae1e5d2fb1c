"""The section II tables of the combined reports against the transcriptions: non-budgeted contributions and other
revenue (amount rows), the unencumbered balance and cancelled obligations (amounts by period), the vacancy factors,
and the tables kept as printed (efficiency gains, borrowing, quick-impact projects, programmatic activities)."""

from __future__ import annotations

from typing import Any

import pytest

from app.core.vocabulary import FinancialLevel, ValueStatus
from seed.parser.layout import Role
from seed.parser.numbers import Figure
from seed.parser.period_tables import parse_cancelled_commitments, parse_unencumbered_balance
from seed.parser.printed_tables import PrintedTable, parse_printed_tables
from seed.parser.tables import parse_non_budgeted, parse_other_revenue
from seed.parser.vacancy import parse_vacancy_factors
from tests.seed.combined import COMBINED, data, layout_of


def _other(symbol: str, name: str) -> Any:
    tables = data(symbol, "other")
    return tables.get("tables", tables).get(name)


def _text(value: Figure | str) -> str:
    return value if isinstance(value, str) else value.text


@pytest.mark.parametrize("symbol", COMBINED)
def test_non_budgeted_contributions_with_their_estimates(symbol: str) -> None:
    rows = parse_non_budgeted(layout_of(symbol))
    expected = _other(symbol, "non_budgeted_contributions")
    assert expected["columns"] == ["Actual value (2024/25)", "Estimated value (2026/27)"]
    printed = [(r.name, [r.amount.text, r.estimate.text if r.estimate else None]) for r in rows]
    assert printed == [(row["name"], row["values"]) for row in expected["rows"]]
    assert rows[-1].level == FinancialLevel.TOTAL


@pytest.mark.parametrize("symbol", COMBINED)
def test_other_revenue(symbol: str) -> None:
    rows = parse_other_revenue(layout_of(symbol))
    expected = _other(symbol, "other_revenue_and_adjustments")
    assert [(r.name, [r.amount.text]) for r in rows] == [(row["name"], row["values"]) for row in expected["rows"]]
    assert all(r.group is None for r in rows)


def test_an_amount_cell_left_empty_is_a_line_not_a_heading() -> None:
    adjustments = next(r for r in parse_other_revenue(layout_of("A/80/605")) if r.slug == "prior-period-adjustments")
    assert (adjustments.level, adjustments.amount.status) == (FinancialLevel.LINE, ValueStatus.NOT_REPORTED)


@pytest.mark.parametrize("symbol", COMBINED)
@pytest.mark.parametrize(
    ("name", "parse"),
    [
        ("unencumbered_balance", parse_unencumbered_balance),
        ("cancellation_of_prior_period_obligations", parse_cancelled_commitments),
    ],
)
def test_amounts_by_period(symbol: str, name: str, parse: Any) -> None:
    rows = parse(layout_of(symbol))
    expected = _other(symbol, name)
    assert [a.period for a in rows[0].amounts] == ["2022/23", "2023/24", "2024/25"]
    assert [(r.name, [a.amount.text for a in r.amounts]) for r in rows] == [
        (row["name"], row["values"]) for row in expected["rows"]
    ]


def _printed(symbol: str, role: str) -> list[PrintedTable]:
    return [table for table in parse_printed_tables(layout_of(symbol)) if table.role == role]


@pytest.mark.parametrize("symbol", COMBINED)
@pytest.mark.parametrize("role", ["borrowing", "quick_impact_projects", "programmatic_activities"])
def test_tables_kept_as_printed(symbol: str, role: str) -> None:
    expected = _other(symbol, role)
    tables = _printed(symbol, role)
    if not expected:
        assert tables == []
        return
    [table] = tables
    rows = [[_text(c) for c in row.cells] for row in table.rows]
    assert rows == [[row["name"], *row["values"]] for row in expected["rows"]]


def test_a_printed_cell_keeps_its_text_and_its_number() -> None:
    [projects] = _printed("A/80/614", "quick_impact_projects")
    actual = projects.rows[0].cells
    assert actual[0] == "1 July 2024 to 30 June 2025 (actual)"
    assert isinstance(actual[1], Figure)
    assert (actual[1].text, str(actual[1].value)) == ("$749.4", "749.4")
    assert projects.columns == ("Period", "Amount", "Number of projects")
    assert projects.unit == "(Thousands of United States dollars)"
    [borrowing] = _printed("A/80/596", "borrowing")
    assert (borrowing.title, borrowing.unit) == ("2. Borrowing", "(Millions of United States dollars)")


def _efficiency_values(symbol: str) -> list[list[str]]:
    rows = _other(symbol, "efficiency_gains")["rows"]
    return [row["values"] for row in rows if row.get("values") and not row.get("is_group_heading")]


@pytest.mark.parametrize("symbol", COMBINED)
def test_efficiency_gains(symbol: str) -> None:
    [table] = _printed(symbol, "efficiency_gains")
    figures = [[_text(c) for c in row.cells[-7:]] for row in table.rows if not row.heading]
    expected = _efficiency_values(symbol)
    assert figures[: len(expected)] == expected
    assert table.columns[-1].startswith("Cumulated investment")


def _vacancy(symbol: str) -> list[tuple[str, list[str]]]:
    rows = data(symbol, "staffing")["vacancy_factors"]["rows"]
    return [(row["name"], row["values"]) for row in rows if any(row["values"])]


@pytest.mark.parametrize("symbol", COMBINED)
def test_vacancy_factors(symbol: str) -> None:
    layout = layout_of(symbol)
    assert layout.has(Role.VACANCY_FACTORS)
    rows = parse_vacancy_factors(layout)
    assert [(r.name, [a.amount.text for a in r.rates]) for r in rows] == _vacancy(symbol)
    assert [a.period for a in rows[0].rates][:4] == [
        "Actual 2022/23",
        "Actual 2023/24",
        "Actual 2024/25",
        "2025/26 approved",
    ]
    assert rows[0].rates[-1].period == "2026/27 proposed"


def test_vacancy_rows_are_slugged_alike_in_every_report() -> None:
    slugs = {symbol: {r.slug for r in parse_vacancy_factors(layout_of(symbol))} for symbol in COMBINED}
    assert all("temporary-positions-international-staff" in found for found in slugs.values())
    assert all("international-staff" in found for found in slugs.values())
    nationals = next(
        r for r in parse_vacancy_factors(layout_of("A/80/614")) if r.slug == "united-nations-volunteers-national"
    )
    assert nationals.rates[0].amount.status == ValueStatus.NOT_APPLICABLE
    officers = next(
        r
        for r in parse_vacancy_factors(layout_of("A/80/605"))
        if r.slug == "national-staff-national-professional-officers"
    )
    assert (officers.rates[-1].amount.text, officers.footnotes) == (
        "7.3",
        ("Vacancy rate for a continuing post applied.",),
    )
