"""The analysis of variances of the combined reports: one entry per class and period, against the transcriptions."""

from __future__ import annotations

from decimal import Decimal
from typing import Any

import pytest

from app.core.vocabulary import VarianceDirection
from seed.parser.paragraphs import parse_paragraphs
from seed.parser.variances import Variance, VarianceAnalysis, parse_variances
from tests.seed.combined import COMBINED, data, layout_of

PERIODS = {
    "2024/25": ("performance_2024_25", "first_3_performance_2024_25"),
    "2026/27": ("budget_2026_27", "first_3_budget_2026_27"),
}


def _analysis(symbol: str) -> VarianceAnalysis:
    layout = layout_of(symbol)
    return parse_variances(layout, parse_paragraphs(layout))


def _texts(symbol: str) -> dict[int, str]:
    return {p.number: p.text for p in parse_paragraphs(layout_of(symbol))}


def _first_three(expected: dict[str, Any], period: str) -> list[dict[str, Any]]:
    key = next(k for k in PERIODS[period] if k in expected)
    return [
        {
            "heading": e["heading"],
            "amount": e["amount"],
            "percentage": e["percentage"],
            "paragraph": e["paragraph"],
            "explanation": e.get("explanation_first60") or e.get("explanation_first_60"),
        }
        for e in expected[key]
    ]


def _printed(entry: Variance, texts: dict[int, str]) -> dict[str, Any]:
    first = entry.paragraphs[0] if entry.paragraphs else None
    return {
        "heading": entry.name,
        "amount": entry.amount_text,
        "percentage": entry.percent_text,
        "paragraph": first,
        "explanation": texts[first][:60] if first else None,
    }


@pytest.mark.parametrize("symbol", COMBINED)
@pytest.mark.parametrize("period", ["2024/25", "2026/27"])
def test_the_first_entries_of_each_period(symbol: str, period: str) -> None:
    entries = [e for e in _analysis(symbol).entries if e.period == period]
    texts = _texts(symbol)
    assert [_printed(e, texts) for e in entries[:3]] == _first_three(data(symbol, "variances"), period)


@pytest.mark.parametrize("symbol", COMBINED)
def test_every_class_analysed_in_order(symbol: str) -> None:
    expected = data(symbol, "variances")
    headings = expected.get("all_headings_in_order") or [e["heading"] for e in expected["all_entries"]]
    names = list(dict.fromkeys(e.name for e in _analysis(symbol).entries))
    assert names == headings


@pytest.mark.parametrize("symbol", ["A/80/621", "A/80/623", "A/80/628"])
def test_every_entry_against_the_transcription(symbol: str) -> None:
    texts = _texts(symbol)
    found = {(e.name, e.period): _printed(e, texts) for e in _analysis(symbol).entries}
    expected = {}
    for entry in data(symbol, "variances")["all_entries"]:
        for period, (key, _) in PERIODS.items():
            printed = entry.get(key)
            if printed:
                expected[(entry["heading"], period)] = {
                    "heading": entry["heading"],
                    "amount": printed["amount"],
                    "percentage": printed["percentage"],
                    "paragraph": printed["paragraph"],
                    "explanation": printed["explanation_first_60"],
                }
    assert found == expected


def test_each_entry_is_keyed_by_its_class_and_period() -> None:
    entries = {e.key: e for e in _analysis("A/80/596").entries}
    contingents = entries["military-contingents-2026-27"]
    assert (contingents.period, contingents.variance_usd, contingents.paragraphs) == ("2026/27", -6_442_200, (39,))
    # A negative budget variance asks for less money: reduced requirements, as the paragraph says.
    assert contingents.direction == VarianceDirection.REDUCED
    assert entries["military-contingents-2024-25"].direction == VarianceDirection.REDUCED
    assert len(entries) == len(_analysis("A/80/596").entries)


def test_a_paragraph_naming_no_period_goes_on_explaining_the_one_before() -> None:
    entries = {e.key: e for e in _analysis("A/80/621").entries}
    assert entries["military-contingents-2024-25"].paragraphs == (94, 95)
    assert entries["military-contingents-2026-27"].paragraphs == (96, 97)


def test_an_amount_within_the_threshold_may_go_unexplained() -> None:
    unexplained = [(e.key, e.amount_text, e.direction) for e in _analysis("A/80/600").entries if not e.paragraphs]
    assert unexplained == [
        ("general-temporary-assistance-2026-27", "($2.2)", VarianceDirection.REDUCED),
        ("medical-2026-27", "($4.3)", VarianceDirection.REDUCED),
    ]


def test_an_amount_printed_without_its_percentage() -> None:
    marine = {e.key: e for e in _analysis("A/80/614").entries}["marine-operations-2026-27"]
    assert (marine.amount_text, marine.variance_usd, marine.percent_text, marine.variance_percent) == (
        "$246.8",
        246_800,
        "",
        None,
    )


def test_the_threshold_footnote_is_found_whatever_its_number() -> None:
    analysis = _analysis("A/80/596")
    assert analysis.footnote.startswith("Resource variance amounts are expressed in thousands")
    assert (analysis.threshold_percent, analysis.threshold_usd) == (Decimal(5), 100_000)
