"""Whole combined reports through `parse_report`.

Each report is parsed whole, frameworks included (their own tests are in `tests/seed/results/test_combined.py`).
"""

from __future__ import annotations

from typing import Any

import pytest

from app.core.vocabulary import ValueStatus
from seed.checks import check_report
from seed.parser.layout import Role
from seed.parser.report import ParsedReport, parse_report
from tests.seed.combined import COMBINED, data, text_of


@pytest.fixture(scope="module")
def parsed() -> dict[str, ParsedReport]:
    """Every combined report, parsed whole."""
    return {symbol: parse_report(text_of(symbol)) for symbol in COMBINED}


def _pick(entry: dict[str, Any], *keys: str) -> Any:
    return next(entry[key] for key in keys if key in entry)


@pytest.mark.parametrize("symbol", COMBINED)
def test_numbered_paragraphs(parsed: dict[str, ParsedReport], symbol: str) -> None:
    paragraphs, expected = parsed[symbol].paragraphs, data(symbol, "paragraphs")
    assert [p.number for p in paragraphs] == list(
        range(1, _pick(expected, "numbered_paragraphs", "numbered_paragraph_count") + 1)
    )
    first = _pick(expected, "paragraph_1_first60", "paragraph_1_first_60")
    assert paragraphs[0].text[: len(first)] == first
    last = expected["last_paragraph"]
    assert paragraphs[-1].number == last["number"]
    assert paragraphs[-1].text.startswith(_pick(last, "first60", "first_60").rstrip())


@pytest.mark.parametrize("symbol", COMBINED)
def test_the_actions_asked_of_the_general_assembly(parsed: dict[str, ParsedReport], symbol: str) -> None:
    report, expected = parsed[symbol], data(symbol, "paragraphs")
    actions = _pick(expected, "general_assembly_actions", "actions_by_general_assembly")
    paragraph = report.paragraphs[-1]
    assert [paragraph.number] == actions["paragraphs"]
    assert paragraph.source.section == report.roles[Role.ACTIONS]
    items = [(f"({item.letter})", item.text) for item in paragraph.items]
    wanted = [(_pick(item, "id", "label"), _pick(item, "first80", "first_80")) for item in actions["subparagraphs"]]
    assert [(letter, text[: len(start)]) for (letter, text), (_, start) in zip(items, wanted, strict=True)] == wanted
    assert report.actions.unencumbered_balance_text == paragraph.items[0].text
    assert sum(part.usd for part in report.actions.other_revenue_parts) == report.actions.other_revenue_usd


@pytest.mark.parametrize("symbol", COMBINED)
def test_the_budget_history_is_the_legislative_history_of_the_performance_period(
    parsed: dict[str, ParsedReport], symbol: str
) -> None:
    history = parsed[symbol].budget_history
    gross = next(r for r in parsed[symbol].financial if r.slug == "gross-requirements")
    net = next(r for r in parsed[symbol].financial if r.slug == "net-requirements")
    assert history.appropriated.gross_usd == int(gross.apportionment.number * 1000)
    assert history.appropriated.net_usd == int(net.apportionment.number * 1000)
    assert [s.stage for s in (history.proposed, history.recommended, history.appropriated)] == [
        "proposed",
        "recommended",
        "appropriated",
    ]
    assert history.appropriated.documents[0].startswith("A/RES/")


def test_requests_and_actions_printed_alternately(parsed: dict[str, ParsedReport]) -> None:
    committee = [f for f in parsed["A/80/623"].follow_up if f.body.startswith("Advisory Committee")]
    assert committee[0].decision_request.endswith("(para. 17).")
    assert (
        committee[0].action_taken == "Election-related expenditure during the 2024/25 period amounted to $12.0 million."
    )
    restructuring = committee[1].action_taken or ""
    assert restructuring.startswith("The recent restructuring of the Mission Support Division")
    assert "Initial efficiencies and lessons learned" in restructuring  # the action goes on over four paragraphs
    assert restructuring.endswith("reflected in the next programme budget submission.")
    assert all(f.action_taken for f in committee)


@pytest.mark.parametrize("symbol", COMBINED)
def test_every_request_has_its_action(parsed: dict[str, ParsedReport], symbol: str) -> None:
    follow_up = parsed[symbol].follow_up
    assert follow_up
    assert all(f.action_taken for f in follow_up)


def _summary_total(symbol: str) -> tuple[list[str], dict[str, list[str]]]:
    """The transcription's summary human resources table: its categories, and the rows of its "Total" block."""
    tables = [t for t in data(symbol, "staffing")["tables"] if "ummary" in t.get("label", "") + t.get("id", "")]
    table = tables[-1]
    names = [c if isinstance(c, str) else c["header"] for c in table["columns"]]
    total: dict[str, list[str]] = {}
    inside = False
    for row in table["rows"]:
        if row.get("is_group_heading") or row.get("heading"):
            inside = row["name"] == "Total"
        elif inside:
            total[row["name"]] = row["values"]
    return names, total


@pytest.mark.parametrize("symbol", COMBINED)
def test_the_summary_staffing_by_category(parsed: dict[str, ParsedReport], symbol: str) -> None:
    table = parsed[symbol].staffing
    names, total = _summary_total(symbol)
    assert table.periods == ("Approved 2024/25", "Actual 2024/25", "Approved 2025/26", "Proposed 2026/27")
    assert [row.name for row in table.rows] == names
    printed = {
        label: [getattr(row, field).text for row in table.rows]
        for label, field in zip(table.periods, ("approved", "actual_average", "approved_next", "proposed"), strict=True)
    }
    assert printed == {label: values for label, values in total.items() if label != "Net change"}
    assert {row.vacancy_rate.status for row in table.rows} == {ValueStatus.NOT_REPORTED}


# The checks each report fails, because its own printed figures disagree (each noted in its transcription's README
# or found by these checks): none is a reading error, and none refuses the report.
PRINTED_DISAGREEMENTS: dict[str, dict[str, tuple[str, str, str]]] = {  # check -> (printed, recomputed, why)
    "A/80/596": {},
    "A/80/600": {
        # Air operations' column (7) is printed 5 011.5 for 3 223.5 + 1 787.9; the total keeps 5 011.4.
        "efficiency_gains:total:7": ("5704.9", "5705.0", "printed 5 704.9, the rows sum to 5 705.0"),
    },
    "A/80/605": {
        # Section III prints International staff "$1 406", Medical "25.3%" and Other supplies "$480.3".
        "variance_analysis:international-staff-2024-25:amount": ("1406", "1406.5", "printed 1 406, the table 1 406.5"),
        "variance_analysis:medical-2024-25:percent": ("25.3", "25.4", "printed 25.3, the table 25.4"),
        "variance_analysis:other-supplies-services-and-equipment-2024-25:amount": (
            "480.3",
            "480.2",
            "printed 480.3, the table 480.2",
        ),
        # The table's percentages and one variance were rounded from unrounded amounts.
        "variance_percent:consultants-and-consulting-services": ("65.3", "65.2", "113.1 ÷ 173.4 is 65.2, printed 65.3"),
        "variance_percent:ground-transportation": ("16.9", "16.8", "73.6 ÷ 436.8 is 16.8, printed 16.9"),
        "variance_percent:air-operations": ("23.4", "23.3", "2.1 ÷ 9.0 is 23.3, printed 23.4"),
        "variance_percent:medical": ("25.4", "25.3", "18.6 ÷ 73.4 is 25.3, printed 25.4"),
        "variance:other-supplies-services-and-equipment": ("480.2", "480.3", "1 074.6 − 594.3 is 480.3, printed 480.2"),
        "group_total:operational-costs-subtotal:variance": (
            "2273.7",
            "2273.6",
            "the lines sum to 2 273.6, printed 2 273.7",
        ),
        # The trend of the unencumbered balance: 2 781.4 − 1 118.3 is 1 663.1, printed 1 633.1.
        "unencumbered_balance:total:2022-23": ("1633.1", "1663.1", "the groups sum to 1 663.1, printed 1 633.1"),
    },
    "A/80/614": {
        "variance_analysis:international-staff-2024-25:amount": (
            "2104.4",
            "2102.4",
            'section III prints "$2 104.4", the table 2 102.4',
        ),
    },
    "A/80/621": {},
    "A/80/623": {
        # Component 1, total including temporary positions, actual: P-3–P-2 is printed 41 where posts (24) and
        # temporary positions (16) make 40, as the row's international subtotal (72) counts it.
        "component_staffing:component-1-support-for-political-peace-and-reconciliation-processes:temporary:"
        "total-including-temporary-positions-p-3-p-2:actual": ("41", "40", "24 + 16 is 40, printed 41"),
        "component_staffing:component-1-support-for-political-peace-and-reconciliation-processes:group:"
        "total-including-temporary-positions-international-staff-subtotal:actual": (
            "72",
            "73",
            "the printed 41 makes the grades sum to 73, the subtotal is printed 72",
        ),
        # Component 4, Total (I–II), proposed: printed 1 066 for 44 + 962 = 1 006 (as the summary prints it); the
        # net change (39) is from 1 045 to 1 006.
        "component_staffing:component-4-support:net:total-i-ii-total": ("-39", "21", "1 066 − 1 045 is 21"),
    },
    "A/80/628": {
        # The ten figures of columns (6) and (7) sum to 37 090.4; the total is printed 37 090.3.
        "efficiency_gains:total:6": ("37090.3", "37090.4", "printed 37 090.3, the rows sum to 37 090.4"),
        "efficiency_gains:total:7": ("37090.3", "37090.4", "printed 37 090.3, the rows sum to 37 090.4"),
    },
}


@pytest.mark.parametrize("symbol", COMBINED)
def test_every_check_that_applies_passes_but_where_the_report_disagrees_with_itself(
    parsed: dict[str, ParsedReport], symbol: str
) -> None:
    results = check_report(parsed[symbol])
    failed = {check.name: (str(check.expected), str(check.actual)) for check in results.checks if not check.passed}
    assert failed == {
        name: (printed, recomputed) for name, (printed, recomputed, _) in PRINTED_DISAGREEMENTS[symbol].items()
    }
    assert len({check.name for check in results.checks}) == len(results.checks)
    for family in (
        "variance_analysis",
        "financial",
        "summary",
        "financial_budget",
        "summary_budget",
        "staffing_totals",
    ):
        assert family in results.checks_run
    assert ("financial_sites" in results.checks_run) == (symbol == "A/80/605")


def test_a_standalone_report_neither_runs_nor_skips_the_combined_families(report_text: str) -> None:
    results = check_report(parse_report(report_text))
    assert "financial_budget" not in results.checks_run + results.checks_skipped
    assert results.checks_skipped == ("unencumbered_balance", "cancelled_commitments", "financial_position")


def test_the_budget_and_site_columns_are_checked(parsed: dict[str, ParsedReport]) -> None:
    names = {check.name for check in check_report(parsed["A/80/605"]).checks}
    for expected in (
        "budget_variance:international-staff",
        "budget_variance_percent:international-staff",
        "budget_group_total:civilian-personnel-subtotal:cost_estimates",
        "budget_gross:apportionment",
        "budget_net:cost_estimates",
        "site:brindisi:group_total:operational-costs-subtotal:expenditure",
        "site:valencia:net:cost_estimates",
        "sites:gross-requirements:budget_apportionment",
        "summary:civilian-personnel:budget_cost_estimates",
        "summary:civilian-personnel:brindisi_apportionment",
        "staffing_total:proposed",
        "component_staffing:central-service:net:civilian-staff-posts-total",
        "staffing_components:international-staff:approved_next",
        "component_staffing:central-service:temporary:total-including-temporary-positions-total:proposed",
        "component_staffing:central-service:group:civilian-staff-posts-international-staff-subtotal:approved",
        "non_budgeted_contributions:total:estimate",
    ):
        assert expected in names
