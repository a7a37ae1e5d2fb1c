"""A/80/590 (MINUSMA 2024/25, the liquidation year) read from its Word file, against the independent hand
transcription in tests/data/a_80_590 (see its README for its conventions)."""

from __future__ import annotations

import json
import time
from datetime import date
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest

from app.core.vocabulary import FinancialLevel, StaffingLevel, ValueStatus
from seed.checks import check_report
from seed.parser.financial import FinancialRow
from seed.parser.layout import Role
from seed.parser.report import ParsedReport, parse_report
from seed.parser.spans import ParseError
from seed.reader import read_docx_path
from tests.helpers import replace_line

ROOT = Path(__file__).resolve().parents[2]
DATA = ROOT / "tests" / "data" / "a_80_590"


def _data(name: str) -> Any:
    return json.loads((DATA / name).read_text(encoding="utf-8"))


@pytest.fixture(scope="module")
def text() -> str:
    return read_docx_path(ROOT / "seed" / "source" / "A-80-590.docx")


@pytest.fixture(scope="module")
def report(text: str) -> ParsedReport:
    return parse_report(text)


def test_front_matter(report: ParsedReport) -> None:
    front, expected = report.front, _data("front.json")
    assert (front.symbol, front.mission, front.mission_name, front.title) == (
        expected["symbol"],
        expected["mission_short_name"],
        expected["mission_full_name"],
        expected["title"],
    )
    assert (front.period_start, front.period_end, front.published) == (
        date.fromisoformat(expected["period_start"]),
        date.fromisoformat(expected["period_end"]),
        date.fromisoformat(expected["publication_date"]),
    )
    assert front.period == "2024/25"


def test_sections_play_their_roles_by_title(report: ParsedReport) -> None:
    assert report.roles == {
        Role.SUMMARY: "Summary",
        Role.INTRODUCTION: "I",
        Role.FRAMEWORKS: "II.D",
        Role.FINANCIAL_RESOURCES: "III.A",
        Role.UNENCUMBERED_BALANCE: "III.B",
        Role.CANCELLED_COMMITMENTS: "III.C",
        Role.OTHER_REVENUE: "III.D",
        Role.VARIANCES: "IV",
        Role.FINANCIAL_POSITION: "V",
        Role.ACTIONS: "VI",
        Role.FOLLOW_UP: "VII",
    }


def _printed(row: FinancialRow) -> dict[str, Any]:
    return {
        "name": row.name,
        "group": row.group,
        "apportionment": row.apportionment.text,
        "expenditure": row.expenditure.text,
        "variance_amount": row.variance.text,
        "variance_percent": row.variance_percent.text,
    }


def test_financial_resources_table(report: ParsedReport) -> None:
    # The transcription keeps the three group headings as rows; the parser makes them the rows' groups.
    expected = [row for row in _data("financial.json") if row["apportionment"] or row["name"] == "Subtotal"]
    headings = [row["name"] for row in _data("financial.json") if row not in expected]
    assert headings == ["Military and police personnel", "Civilian personnel", "Operational costs"]
    assert [_printed(row) for row in report.financial] == expected
    assert len(report.financial) == 30
    assert {r.slug: r.level for r in report.financial if r.level != FinancialLevel.LINE} == {
        "military-and-police-personnel-subtotal": FinancialLevel.SUBTOTAL,
        "civilian-personnel-subtotal": FinancialLevel.SUBTOTAL,
        "operational-costs-subtotal": FinancialLevel.SUBTOTAL,
        "gross-requirements": FinancialLevel.TOTAL,
        "net-requirements": FinancialLevel.TOTAL,
        "total-requirements": FinancialLevel.TOTAL,
    }
    contingents = report.financial[1]
    assert (contingents.variance.value, contingents.variance_percent.value) == (Decimal("-14115.9"), Decimal("-49.4"))
    assert report.financial[0].apportionment.status == ValueStatus.NIL


def test_summary_copy_of_the_financial_table(report: ParsedReport) -> None:
    assert [_printed(row) for row in report.headline_financial] == _data("financial_summary.json")


def test_summary_prose(report: ParsedReport) -> None:
    assert len(report.summary) == 6
    assert report.summary[2].text.startswith("MINUSMA incurred expenditure totalling $164.8 million")
    assert report.summary[-1].after_tables


def test_incumbency_in_its_liquidation_form(report: ParsedReport) -> None:
    rows = {row.slug: row for row in report.staffing.rows}
    expected = _data("staffing.json")
    headings = [r["row"] for r in expected["rows"] if r["kind"] == "heading"]
    assert [row.name for row in report.staffing.rows] == headings
    printed = [
        (row.name, d.label, d.approved.text, d.actual.text) for row in report.staffing.rows for d in row.deployments
    ]
    assert printed == [
        (r["category"], r["row"], r["approved"], r["actual"]) for r in expected["rows"] if r["kind"] == "data"
    ]
    assert (rows["national-staff"].level, rows["national-staff"].deployments) == (StaffingLevel.GROUP, ())
    assert [(r.slug, r.group) for r in report.staffing.rows if r.group] == [
        ("national-professional-officers", "National staff"),
        ("national-general-service-staff", "National staff"),
    ]
    assert rows["united-nations-volunteers"].level == StaffingLevel.CATEGORY
    contingents = rows["military-contingents"].deployments
    assert [d.as_of for d in contingents] == [
        None,
        date(2024, 7, 1),
        date(2024, 10, 1),
        date(2025, 4, 1),
        date(2025, 6, 30),
    ]
    assert contingents[0].actual.status == ValueStatus.NOT_REPORTED
    assert contingents[1].actual.status == ValueStatus.NIL
    statuses = {(r.approved.status, r.actual_average.status, r.vacancy_rate.status) for r in report.staffing.rows}
    assert statuses == {(ValueStatus.NOT_REPORTED,) * 3}
    assert report.staffing.column_notes == {"approved": expected["notes"][0]["text"]}


def test_results_framework(report: ParsedReport) -> None:
    fw, expected = report.results, _data("results.json")
    assert [(str(c.number), c.title) for c in fw.components] == [
        (c["number"], c["title"]) for c in expected["components"]
    ]
    assert [(e.id, e.title) for e in fw.expected_accomplishments] == [
        (e["id"], e["title"]) for e in expected["expected_accomplishments"]
    ]
    assert fw.components[0].paragraphs == (57,)


def test_indicators(report: ParsedReport) -> None:
    indicators = _data("results.json")["indicators"]
    assert len(report.results.indicators) == 7
    for indicator, want in zip(report.results.indicators, indicators, strict=True):
        assert indicator.id == want["id"].rsplit(".", 1)[0] + f".i{want['id'].rsplit('.', 1)[1]}"
        assert indicator.planned_text[: len(want["planned_start"])] == want["planned_start"]
        assert {t.period: t.value_text for t in indicator.targets} == want["targets"]
        assert indicator.actual_text[: len(want["actual_start"])] == want["actual_start"]
        explanation = want["explanation_start"]
        assert (indicator.explanation or "")[: len(explanation or "")] == (explanation or "")
        assert (indicator.explanation is None) == (explanation is None)
    assert [i.achieved for i in report.results.indicators] == [None, True, True, True, True, True, True]


def test_outputs(report: ParsedReport) -> None:
    expected = _data("results.json")["outputs"]
    assert len(report.results.outputs) == 44
    for output, want in zip(report.results.outputs, expected, strict=True):
        assert output.id == want["id"]
        assert output.subgroup == want["group"]
        assert output.planned_text[: len(want["planned_start"])] == want["planned_start"]
        assert [{"value_text": c.value_text, "unit": c.unit} for c in output.completed] == want["completed"]
        assert output.remarks == want["remarks"]
    groups = [g["name"] for g in _data("results.json")["service_groups"]]
    assert list(dict.fromkeys(o.subgroup for o in report.results.outputs)) == groups


def test_an_output_printed_over_several_rows_is_one_output(report: ParsedReport) -> None:
    generators = report.results.outputs[8]
    assert [c.value for c in generators.completed] == [8, 5, 10, 9]
    fuel = report.results.outputs[11]
    assert fuel.remarks == "The decreased outputs were due to the earlier-than-planned closure of the Mission"
    assert (fuel.direction, fuel.status) == ("lower", "partially_completed")


def _period_rows(rows: Any) -> list[dict[str, Any]]:
    return [
        {
            "label": f"{row.group_number}." if row.group_number else None,
            "name": row.name,
            **{amount.period: amount.amount.text for amount in row.amounts},
        }
        for row in rows
    ]


def test_unencumbered_balance_and_cancelled_commitments(report: ParsedReport) -> None:
    tables = _data("tables.json")
    assert _period_rows(report.unencumbered_balance) == tables["unencumbered_balance_trend"]["rows"]
    assert _period_rows(report.cancelled_commitments) == tables["cancellation_of_prior_period_commitments"]["rows"]
    assert [r.level for r in report.unencumbered_balance] == [FinancialLevel.LINE] * 3 + [FinancialLevel.TOTAL]
    assert report.unencumbered_balance[0].amounts[0].amount.value == Decimal("-923.8")


def test_other_revenue(report: ParsedReport) -> None:
    table = _data("tables.json")["other_revenue_and_adjustments"]
    assert [(r.name, r.amount.text) for r in report.other_revenue] == [(r["name"], r["amount"]) for r in table["rows"]]
    notes = {r.name: r.footnotes for r in report.other_revenue if r.footnotes}
    assert notes == {"Other/miscellaneous revenue": (table["notes"][0]["text"],)}


def test_financial_position(report: ParsedReport) -> None:
    table = _data("tables.json")["financial_position"]
    notes = {note["letter"]: note["text"] for note in table["notes"]}
    assert [(r.mark, r.name, r.amount.text, r.footnotes) for r in report.financial_position] == [
        (
            row["label"].rstrip(".") if row["label"] else None,
            row["name"],
            row["amount"],
            (notes[row["note"]],) if row["note"] else (),
        )
        for row in table["rows"]
    ]
    groups = {r.name: r.group for r in report.financial_position}
    assert groups["Other accounts payable"] == "Cash requirements (liabilities)"
    assert groups["Investment revenue"] == "Credits due to Member States for the period ended 30 June 2025"
    assert groups["Contributions outstanding from Member States"] is None


def test_variances(report: ParsedReport) -> None:
    texts = {p.number: p.text for p in report.paragraphs}
    assert [
        {
            "heading": v.name,
            "variance_amount": v.amount_text,
            "variance_percent": v.percent_text,
            "explanation_start": texts[v.paragraphs[0]][:60],
            "first_paragraph": v.paragraphs[0],
        }
        for v in report.variances.entries
    ] == _data("variances.json")
    assert (report.variances.threshold_percent, report.variances.threshold_usd) == (Decimal(5), 100_000)


def test_numbered_paragraphs(report: ParsedReport) -> None:
    expected = _data("paragraphs.json")
    numbers = [p.number for p in report.paragraphs]
    assert numbers == list(range(expected["first_number"], expected["last_number"] + 1))
    assert len(numbers) == expected["numbered_paragraph_count"]
    paragraphs = {p.number: p for p in report.paragraphs}
    assert paragraphs[1].text.startswith(expected["paragraph_1_start"])
    assert paragraphs[10].text.startswith(expected["paragraph_10_start"])
    assert paragraphs[79].text.startswith(expected["last_paragraph_start"])
    assert [p.number for p in report.paragraphs if p.section == "VI"] == [expected["section_vi_paragraph_number"]]
    # "1. Other revenue and adjustments" and "2. Borrowing" are numbered sub-headings, not paragraphs.
    assert paragraphs[59].heading == "Borrowing"


def test_actions_and_budget_history(report: ParsedReport) -> None:
    actions = report.actions
    assert (actions.unencumbered_balance_usd, actions.other_revenue_usd) == (37_977_600, 73_206_100)
    assert [p.usd for p in actions.other_revenue_parts] == [8_227_500, 13_026_800, 51_951_800]
    history = report.budget_history
    assert (history.proposed.gross_usd, history.proposed.net_usd) == (207_080_300, 199_317_500)
    assert (history.recommended.gross_usd, history.recommended.net_usd) == (207_080_300, None)
    assert (history.appropriated.gross_usd, history.appropriated.documents) == (202_783_500, ("resolution 78/250 B",))


def test_follow_up_tables(report: ParsedReport) -> None:
    follow = report.follow_up
    assert [(f.body, f.document) for f in follow] == [
        ("General Assembly", "Resolution 78/250 B"),
        *[("Advisory Committee on Administrative and Budgetary Questions", "A/78/744/Add.11")] * 2,
        *[("Advisory Committee on Administrative and Budgetary Questions", "A/79/817")] * 6,
    ]
    assert {f.resolution for f in follow} == {"78/250 B"}
    assert [f.resolution_paragraph for f in follow] == [12, 38, 52, 13, 20, 24, 27, 43, 46]
    assert follow[0].paragraph_refs == (*range(21, 36), 53, 54)
    assert follow[6].paragraph_refs == ()  # "paragraph 64 of General Assembly resolution 79/257"
    assert follow[4].action_taken is not None
    assert follow[4].action_taken.endswith("if approved by the General Assembly in June 2026.")
    assert follow[4].action_source is not None
    assert follow[4].action_source.last_line - follow[4].action_source.first_line == 4


def test_tables_the_report_does_not_print_are_empty(report: ParsedReport) -> None:
    assert report.redeployments is None
    assert (report.equipment, report.mission_factors, report.non_budgeted) == ((), (), ())


def test_every_check_that_applies_runs_and_passes(report: ParsedReport) -> None:
    results = check_report(report)
    assert [c.name for c in results.checks if not c.passed] == []
    assert results.checks_run == (
        "variance_analysis",
        "financial",
        "summary",
        "other_revenue",
        "unencumbered_balance",
        "cancelled_commitments",
        "financial_position",
    )
    assert results.checks_skipped == (
        "staffing",
        "redeployments",
        "contingent_owned_equipment",
        "non_budgeted_contributions",
    )
    names = {c.name for c in results.checks}
    for expected in (
        "unencumbered_balance:total:2022-23",
        "unencumbered_balance:variance:civilian-personnel",
        "unencumbered_balance:variance:total",
        "cancelled_commitments:total:2024-25",
        "cancelled_commitments:other_revenue:2024-25",
        "financial_position:subtotal",
        "financial_position:net-cash-available-i-less-ii",
        "financial_position:cash-surplus-shortfall-iii-less-iv-v",
        "variance_analysis:military-contingents:amount",
        "summary:gross-requirements:apportionment",
    ):
        assert expected in names
    assert len(names) == len(results.checks)


def test_an_altered_figure_is_read_and_fails_its_checks(text: str) -> None:
    altered = replace_line(
        text,
        "II. Civilian personnel\t11 854.4\t15 761.4\t17 582.2",
        "II. Civilian personnel\t11 854.5\t15 761.4\t17 582.2",
    )
    report = parse_report(altered)
    assert report.unencumbered_balance[1].amounts[0].amount.text == "11 854.5"
    failed = [c.name for c in check_report(report).checks if not c.passed]
    assert failed == ["unencumbered_balance:total:2022-23"]


def test_an_altered_staffing_date_is_read(text: str) -> None:
    altered = text.replace("1 April 2025\t17\t11", "1 April 2025\t17\t12")
    international = next(r for r in parse_report(altered).staffing.rows if r.slug == "international-staff")
    assert [d.actual.text for d in international.deployments] == ["", "187", "151", "12", "3"]


def test_a_stray_line_in_the_output_table_is_refused(text: str) -> None:
    # Every non-blank line of the frameworks belongs to a record or a known heading, in this layout too.
    altered = replace_line(text, "Security\t\t\n", "Security\t\t\nLorem ipsum 42\n")
    with pytest.raises(ParseError, match="unattributed lines") as caught:
        parse_report(altered)
    assert caught.value.section == "II.D"


def test_parsing_is_fast(text: str) -> None:
    start = time.perf_counter()
    parse_report(text)
    assert time.perf_counter() - start < 1.0


def test_a_title_without_a_performance_period_is_refused() -> None:
    with pytest.raises(ParseError, match="not a budget performance report") as caught:
        parse_report(BUDGET_ONLY)
    assert caught.value.section == "front"


# The opening of A/80/630 (canonical text of its Word file), a budget that reports no performance period.
BUDGET_ONLY = "\n\n".join(
    [
        "United Nations",
        "A/80/630",
        "General Assembly",
        "Distr.: General",
        "10 February 2026",
        "Original: English",
        "Eightieth session",
        "Agenda item 177",
        "Financing of the United Nations Support Office in Haiti",
        "Budgets for the periods from 1 October 2025 to 30 June 2026 and from 1 July 2026 to 30 June 2027 for the"
        " United Nations Support Office in Haiti",
        "Report of the Secretary-General",
        "Contents",
        "\t\t\tPage\nI. Mandate and planned outcome\t\t\t5\nII. Financial resources\t\t\t26",
        "Summary",
        "The present report contains the budgets for the United Nations Support Office in Haiti (UNSOH) for the"
        " periods from 1 October 2025 to 30 June 2026 and from 1 July 2026 to 30 June 2027.",
    ]
)
