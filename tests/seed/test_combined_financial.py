"""The financial resources tables of the combined reports, every row against the hand transcriptions: the
performance columns in the row's own fields, the budget columns in `budget`, the sites' in `sites`."""

from __future__ import annotations

from typing import Any

import pytest

from app.core.vocabulary import FinancialLevel, ValueStatus
from seed.parser.financial import FinancialRow, parse_financial, parse_headline_financial
from tests.seed.combined import COMBINED, data, layout_of
from tests.seed.layouts import layout_of as layout_of_text

SINGLE_TABLE = tuple(symbol for symbol in COMBINED if symbol != "A/80/605")


def _printed(row: FinancialRow) -> dict[str, Any]:
    budget = row.budget
    assert budget is not None
    return {
        "name": row.name,
        "group": row.group,
        "values": [
            row.apportionment.text,
            row.expenditure.text,
            row.variance.text,
            row.variance_percent.text,
            budget.apportionment.text,
            budget.cost_estimates.text,
            budget.variance.text,
            budget.variance_percent.text,
        ],
    }


def _transcribed(rows: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """The transcription's rows without its group headings (the parser makes them the rows' groups)."""
    return [{key: row[key] for key in ("name", "group", "values")} for row in rows if any(row["values"])]


@pytest.mark.parametrize("symbol", SINGLE_TABLE)
def test_every_row_of_the_eight_column_table(symbol: str) -> None:
    rows = parse_financial(layout_of(symbol))
    expected = data(symbol, "financial")["rows"]
    assert [_printed(row) for row in rows] == _transcribed(expected)
    assert [row["name"] for row in expected if not any(row["values"])] == [
        "Military and police personnel",
        "Civilian personnel",
        "Operational costs",
    ]
    assert {(r.budget.apportionment_period, r.budget.estimates_period) for r in rows if r.budget} == {
        ("2025/26", "2026/27")
    }
    assert all(row.sites == () for row in rows)


@pytest.mark.parametrize("symbol", COMBINED)
def test_the_same_printed_name_has_the_same_slug_everywhere(symbol: str) -> None:
    slugs = {row.name: row.slug for row in parse_financial(layout_of(symbol)) if row.level == FinancialLevel.LINE}
    assert slugs["Air operations"] == "air-operations"
    assert slugs["Staff assessment income"] == "staff-assessment-income"
    assert slugs["National Professional Officer"] == "national-professional-officer"
    levels = {row.slug: row.level for row in parse_financial(layout_of(symbol)) if row.level != FinancialLevel.LINE}
    assert levels["civilian-personnel-subtotal"] == FinancialLevel.SUBTOTAL
    assert levels["gross-requirements"] == FinancialLevel.TOTAL


def _site_rows(table: dict[str, Any]) -> list[dict[str, Any]]:
    return [row for row in table["rows"] if any(row["values"])]


def test_a_table_per_period_with_each_amount_per_site() -> None:
    rows = parse_financial(layout_of("A/80/605"))
    performance, budget = data("A/80/605", "financial")["tables"]
    assert [row["name"] for row in _site_rows(performance)] == [row.name for row in rows]
    for row, first, second in zip(rows, _site_rows(performance), _site_rows(budget), strict=True):
        assert row.budget is not None
        assert row.group == first["group"] == second["group"]
        by_site = {site.site: site for site in row.sites}
        assert list(by_site) == ["Brindisi", "Valencia"]
        brindisi, valencia = by_site["Brindisi"], by_site["Valencia"]
        printed = [
            brindisi.apportionment,
            valencia.apportionment,
            row.apportionment,
            brindisi.expenditure,
            valencia.expenditure,
            row.expenditure,
            row.variance,
            row.variance_percent,
        ]
        assert [f.text if f else None for f in printed] == first["values"]
        planned = [
            brindisi.budget_apportionment,
            valencia.budget_apportionment,
            row.budget.apportionment,
            brindisi.cost_estimates,
            valencia.cost_estimates,
            row.budget.cost_estimates,
            row.budget.variance,
            row.budget.variance_percent,
        ]
        assert [f.text if f else None for f in planned] == second["values"]
        assert row.source.first_line < row.source.last_line  # printed once in each table


@pytest.mark.parametrize("symbol", ["A/80/621", "A/80/623", "A/80/628"])
def test_the_summary_copy_of_the_table(symbol: str) -> None:
    rows = parse_headline_financial(layout_of(symbol))
    expected = data(symbol, "financial")["summary_table"]["rows"]
    assert [_printed(row) | {"group": None} for row in rows] == [
        {"name": r["name"], "group": None, "values": r["values"]} for r in expected
    ]


def test_a_stray_space_before_the_decimal_point_still_reads() -> None:
    gross = next(r for r in parse_headline_financial(layout_of("A/80/623")) if r.slug == "gross-requirements")
    assert gross.budget is not None
    assert (gross.budget.apportionment.text, str(gross.budget.apportionment.value)) == ("1 174 132 .0", "1174132.0")


def test_the_summary_of_a_report_of_sites_keeps_each_site() -> None:
    rows = {row.slug: row for row in parse_headline_financial(layout_of("A/80/605"))}
    civilian = rows["civilian-personnel"]
    assert [(s.site, s.apportionment and s.apportionment.text) for s in civilian.sites] == [
        ("Brindisi", "40 935.0"),
        ("Valencia", "5 131.9"),
    ]
    assert rows["military-and-police-personnel"].apportionment.status == ValueStatus.NIL


_DASHED = "\n".join(
    [
        "Contents",
        "",
        "I. Financial resources\t1",
        "",
        "Summary",
        "",
        "Prose.",
        "",
        "I. Financial resources",
        "",
        "Category\tApportionment\tExpenditure\tVariance\t",
        "\t\t\tAmount\tPercentage",
        "Military and police personnel\t–\t–\t–\t–",
        "Military observers\t–\t–\t–\t–",
        "Military contingents\t10.0\t8.0\t2.0\t20.0",
        "Subtotal\t10.0\t8.0\t2.0\t20.0",
        "Civilian personnel\t–\t–\t–\t–",
        "International staff\t5.0\t5.0\t–\t–",
        "Subtotal\t5.0\t5.0\t–\t–",
        "Gross requirements\t15.0\t13.0\t2.0\t13.3",
        "Voluntary contributions in kind (budgeted)\t–\t–\t–\t–",
        "Total requirements\t15.0\t13.0\t2.0\t13.3",
    ]
)


def test_a_group_heading_printed_as_a_row_of_dashes_is_a_heading() -> None:
    rows = parse_financial(layout_of_text(_DASHED))
    assert [(r.name, r.group, r.level) for r in rows] == [
        ("Military observers", "Military and police personnel", FinancialLevel.LINE),
        ("Military contingents", "Military and police personnel", FinancialLevel.LINE),
        ("Subtotal", "Military and police personnel", FinancialLevel.SUBTOTAL),
        ("International staff", "Civilian personnel", FinancialLevel.LINE),
        ("Subtotal", "Civilian personnel", FinancialLevel.SUBTOTAL),
        ("Gross requirements", None, FinancialLevel.TOTAL),
        ("Voluntary contributions in kind (budgeted)", None, FinancialLevel.LINE),
        ("Total requirements", None, FinancialLevel.TOTAL),
    ]
    assert all(row.budget is None for row in rows)
