"""The front matter of the combined reports, against their transcriptions; a budget without a performance period
is refused."""

from __future__ import annotations

from datetime import date

import pytest

from app.core.vocabulary import ReportKind
from seed.parser.front import NOT_A_PERFORMANCE_REPORT, parse_front, read_title_page
from seed.parser.lines import Document
from seed.parser.report import parse_report
from seed.parser.spans import ParseError
from tests.seed.combined import BUDGET_ONLY, COMBINED, data, text_of


@pytest.mark.parametrize("symbol", COMBINED)
def test_front_matter(symbol: str) -> None:
    front, expected = parse_front(Document(text_of(symbol))), data(symbol, "front")
    assert (front.symbol, front.mission, front.mission_name, front.title) == (
        expected["symbol"],
        expected["mission_short_name"],
        expected["mission_full_name"],
        expected["title"],
    )
    assert front.kind == ReportKind.PERFORMANCE_AND_BUDGET
    performance, budget = expected["performance_period"], expected["budget_period"]
    assert (front.period_start, front.period_end) == (
        date.fromisoformat(performance["start"]),
        date.fromisoformat(performance["end"]),
    )
    assert (front.budget_period_start, front.budget_period_end) == (
        date.fromisoformat(budget["start"]),
        date.fromisoformat(budget["end"]),
    )
    assert (front.period, front.budget_period) == ("2024/25", "2026/27")
    assert front.published == date.fromisoformat(expected["publication_date"])


def test_a_reissued_symbol_is_read_without_its_mark() -> None:
    assert "A/80/605*" in text_of("A/80/605").split("\n")[:5]
    assert read_title_page(text_of("A/80/605").split("\n")).symbol == "A/80/605"


def test_a_standalone_report_names_no_budget_period(report_text: str) -> None:
    front = parse_front(Document(report_text))
    assert (front.kind, front.budget_period_start, front.budget_period) == (ReportKind.PERFORMANCE, None, None)


def test_a_budget_with_no_performance_period_is_refused() -> None:
    with pytest.raises(ParseError, match="not a budget performance report") as refused:
        parse_report(text_of(BUDGET_ONLY))
    assert refused.value.reason == NOT_A_PERFORMANCE_REPORT
