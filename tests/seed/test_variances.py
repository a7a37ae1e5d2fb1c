"""Section IV, analysis of variances, read from the bundled A/75/623 text."""

from __future__ import annotations

from decimal import Decimal

import pytest

from seed.parser.spans import ParseError, SourceSpan
from seed.parser.variances import Variance, VarianceAnalysis, parse_variances
from tests.seed.layouts import layout_of


@pytest.fixture(scope="module")
def analysis(report_text) -> VarianceAnalysis:
    return parse_variances(layout_of(report_text))


@pytest.fixture(scope="module")
def by_name(analysis: VarianceAnalysis) -> dict[str, Variance]:
    return {v.name: v for v in analysis.entries}


def test_every_printed_entry_in_order(analysis: VarianceAnalysis) -> None:
    assert [v.name for v in analysis.entries] == [
        "Military observers",
        "Military contingents",
        "United Nations police",
        "Formed police units",
        "International staff",
        "National staff",
        "United Nations Volunteers",
        "General temporary assistance",
        "Government-provided personnel",
        "Consultants and consulting services",
        "Official travel",
        "Facilities and infrastructure",
        "Ground transportation",
        "Air operations",
        "Marine operations",
        "Communications and information technology",
        "Medical",
        "Other supplies, services and equipment",
        "Quick-impact projects",
    ]


def test_air_operations(by_name: dict[str, Variance]) -> None:
    air = by_name["Air operations"]
    assert air.amount_text == "$22 365.9"
    assert air.variance_usd == 22_365_900
    assert air.percent_text == "15.4%"
    assert air.variance_percent == Decimal("15.4")
    assert air.direction == "reduced"
    assert air.paragraphs == (103,)
    assert air.source == SourceSpan("IV", 1394, 1396)


def test_overexpenditure_is_negative(by_name: dict[str, Variance]) -> None:
    contingents = by_name["Military contingents"]
    assert (contingents.amount_text, contingents.variance_usd) == ("($27 366.4)", -27_366_400)
    assert (contingents.percent_text, contingents.variance_percent) == ("(6.4%)", Decimal("-6.4"))
    assert contingents.direction == "increased"
    assert by_name["Medical"].variance_usd == -6_371_600
    assert by_name["General temporary assistance"].variance_percent == Decimal("-75.8")


def test_entries_with_two_paragraphs(by_name: dict[str, Variance]) -> None:
    assert by_name["Facilities and infrastructure"].paragraphs == (99, 100)
    assert by_name["Facilities and infrastructure"].source == SourceSpan("IV", 1380, 1384)
    assert by_name["Ground transportation"].paragraphs == (101, 102)
    assert by_name["Communications and information technology"].paragraphs == (105, 106)
    assert by_name["Other supplies, services and equipment"].paragraphs == (108, 109)


def test_every_section_iv_paragraph_belongs_to_one_entry(analysis: VarianceAnalysis) -> None:
    numbers = [n for v in analysis.entries for n in v.paragraphs]
    assert numbers == list(range(88, 111))


def test_direction_agrees_with_sign(analysis: VarianceAnalysis) -> None:
    assert all((v.variance_usd > 0) == (v.direction == "reduced") for v in analysis.entries)
    assert sum(v.direction == "reduced" for v in analysis.entries) == 9


def test_footnote(analysis: VarianceAnalysis) -> None:
    assert analysis.footnote == (
        "Resource variance amounts are expressed in thousands of United States dollars. "
        "Analysis is provided for variances of at least plus or minus 5 per cent or $100,000."
    )
    assert analysis.footnote_source == SourceSpan("IV", 1327, 1327)
    assert (analysis.threshold_percent, analysis.threshold_usd) == (Decimal(5), 100_000)


def test_an_explanation_contradicting_the_amount_is_named(report_text) -> None:
    lines = report_text.split("\n")
    assert lines[1395].startswith("103. The reduced requirements")
    lines[1395] = lines[1395].replace("The reduced requirements", "The increased requirements", 1)
    with pytest.raises(ParseError) as caught:
        parse_variances(layout_of("\n".join(lines)))
    assert (caught.value.section, caught.value.line) == ("IV", 1394)
    assert "Air operations" in str(caught.value)


def test_an_entry_without_paragraph_is_named(report_text) -> None:
    lines = report_text.split("\n")
    lines[1395] = ""  # paragraph 103 gone: numbering breaks first
    with pytest.raises(ParseError) as caught:
        parse_variances(layout_of("\n".join(lines)))
    assert caught.value.line == 1401
