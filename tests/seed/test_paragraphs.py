"""Numbered paragraphs and summary prose read from the bundled A/75/623 text."""

from __future__ import annotations

import pytest

from seed.parser.actions import parse_actions
from seed.parser.layout import Layout
from seed.parser.paragraphs import Paragraph, paragraph_map, parse_paragraphs, parse_summary
from seed.parser.spans import ParseError, SourceSpan
from tests.seed.layouts import layout_of


@pytest.fixture(scope="module")
def doc(report_text) -> Layout:
    return layout_of(report_text)


@pytest.fixture(scope="module")
def paras(doc: Layout) -> dict[int, Paragraph]:
    return paragraph_map(parse_paragraphs(doc))


def _without_line(number: int, report_text: str) -> str:
    """The text with one line blanked, so that later lines keep their numbers."""
    lines = report_text.split("\n")
    lines[number - 1] = ""
    return "\n".join(lines)


def test_paragraphs_run_from_1_to_111(paras: dict[int, Paragraph]) -> None:
    assert list(paras) == list(range(1, 112))


def test_paragraph_sections(paras: dict[int, Paragraph]) -> None:
    assert [paras[n].section for n in (1, 4, 8, 36, 43, 47, 50, 85, 87, 88, 111)] == [
        "I", "II.A", "II.B", "II.C", "II.D", "II.E", "II.F", "III.B", "III.C", "IV", "V"
    ]  # fmt: skip


def test_paragraph_continues_over_a_page_break(paras: dict[int, Paragraph]) -> None:
    assert paras[12].source == SourceSpan("II.B", 129, 131, "12")
    assert "the kidnapping of candidates, local traditional leaders" in paras[12].text
    assert paras[23].source.last_line == 155
    assert paras[23].text.endswith("preparing elections in those areas by the end of the year.")
    # Line 215 opens with a capital but still belongs to paragraph 38 (no number or heading in between).
    assert paras[38].source == SourceSpan("II.C", 213, 215, "38")
    assert paras[70].text.endswith(
        "could not be held owing to the restrictions in connection with the COVID-19 pandemic."
    )


def test_paragraph_stops_before_tables_footnotes_and_headings(paras: dict[int, Paragraph]) -> None:
    assert paras[56].source.last_line == 265  # "Expected accomplishment 1.1" follows
    assert paras[88].source.last_line == 1325  # the section IV footnote follows
    assert paras[84].source.last_line == 1020
    assert paras[110].source.last_line == 1427  # "V. Actions to be taken …" follows
    assert paras[111].source.last_line == 1435  # "VI. Summary of follow-up …" follows


def test_paragraph_text_drops_the_number(paras: dict[int, Paragraph]) -> None:
    assert paras[1].text.startswith("The proposed budget for the maintenance of the United Nations")
    assert paras[103].text.startswith("The reduced requirements were attributable primarily")


def test_headings(paras: dict[int, Paragraph]) -> None:
    assert paras[1].heading == "Introduction"
    assert paras[29].heading == "Budget implementation"
    assert paras[30].heading == paras[31].heading == "Coronavirus disease pandemic"
    assert paras[32].heading == paras[35].heading == "Substantive and other programmatic activities"
    assert paras[36].heading == "Mission support initiatives"
    assert paras[103].section == "IV"
    assert paras[103].heading == "Air operations"
    assert paras[99].heading == paras[100].heading == "Facilities and infrastructure"
    assert paras[85].heading == "Summary information on redeployments across groups"
    assert paras[111].heading == "Actions to be taken by the General Assembly"


def test_components_in_results_frameworks(paras: dict[int, Paragraph]) -> None:
    assert {n: paras[n].component for n in (49, 50, 56, 57, 66, 67, 74, 75, 81, 82, 84, 85)} == {
        49: None, 50: 1, 56: 1, 57: 2, 66: 2, 67: 3, 74: 3, 75: 4, 81: 4, 82: 5, 84: 5, 85: None
    }  # fmt: skip
    assert paras[50].heading == (
        "Component 1: political reconciliation and implementation of institutional reforms under the peace agreement"
    )
    assert paras[82].heading == "Component 5: support"


def test_items_of_paragraph_35(paras: dict[int, Paragraph]) -> None:
    items = paras[35].items
    assert [i.letter for i in items] == list("abcdefgh")
    assert items[0].lead_in == "Disarmament, demobilization and reintegration."
    assert items[0].text.startswith("The activities under this programme were aimed at providing")
    assert [i.lead_in for i in items[1:]] == [
        "Security sector reform.",
        "Electoral support.",
        "Confidence-building.",
        "Gender affairs and the prevention of and response to conflict-related sexual violence.",
        "Human rights.",
        "Stabilization and recovery.",
        "Justice and corrections.",
    ]
    # Item (c) runs over the page break at line 195.
    assert "political, technical, security and logistical support was provided" in items[2].text
    assert paras[35].text.startswith(
        "The status and nature of activities implemented were as follows: (a) Disarmament, demobilization and "
        "reintegration. The activities under this programme"
    )
    assert paras[35].source == SourceSpan("II.B", 187, 205, "35")


def test_items_printed_wholly_in_bold_have_no_lead_in(paras: dict[int, Paragraph]) -> None:
    a, b = paras[111].items
    assert (a.letter, a.lead_in) == ("a", None)
    assert a.text == (
        "To decide on the treatment of the unencumbered balance of $1,549,000 with respect to the period "
        "from 1 July 2019 to 30 June 2020;"
    )
    assert b.text.endswith("and cancellation of prior-period obligations ($15,336,700).")


def test_markup_is_removed(paras: dict[int, Paragraph]) -> None:
    assert "resolutions 2423 (2018) and 2480 (2019)." in paras[4].text
    assert "$1,138,457,900 gross ($1,122,190,600 net)" in paras[3].text
    assert "(Cadre politique de gestion de la crise au Centre du Mali)" in paras[26].text
    assert "in 11 cercles and 2 regions" in paras[23].text
    for para in paras.values():
        for markup in ("**", "\\", "](#)", "  "):
            assert markup not in para.text, para.number


def test_a_missing_paragraph_is_named_with_its_line(report_text) -> None:
    with pytest.raises(ParseError) as caught:
        parse_paragraphs(layout_of(_without_line(249, report_text)))  # paragraph 50
    assert caught.value.line == 253
    assert caught.value.section == "II.F"
    assert "paragraph 51 found where paragraph 50 was expected" in str(caught.value)


def test_a_repeated_paragraph_is_named_with_its_line(report_text) -> None:
    lines = report_text.split("\n")
    lines[104] = lines[102]  # paragraph 2 printed again where paragraph 3 stands (line 105)
    with pytest.raises(ParseError) as caught:
        parse_paragraphs(layout_of("\n".join(lines)))
    assert caught.value.line == 105


def test_a_missing_last_paragraph_is_detected(report_text) -> None:
    # The count is not fixed for every report, but a caller that knows it can insist on it …
    with pytest.raises(ParseError, match="110 numbered paragraphs found, 111 expected"):
        parse_paragraphs(layout_of(_without_line(1431, report_text)), expected=111)
    # … and without it the report is still refused: section V then has no paragraph to read.
    with pytest.raises(ParseError, match="section V has no numbered paragraph"):
        parse_actions(layout_of(_without_line(1431, report_text)))


def test_summary_prose(doc: Layout) -> None:
    summary = parse_summary(doc)
    assert [(s.index, s.source.first_line, s.after_tables) for s in summary] == [
        (1, 49, False), (2, 51, False), (3, 53, False), (4, 55, False), (5, 97, True)
    ]  # fmt: skip
    assert summary[2].text.startswith("MINUSMA incurred $1,136.9 million in expenditure")
    assert "Security Council resolution 2480 (2019); (b) increased requirements" in summary[3].text
    assert (
        summary[4].text
        == "The actions to be taken by the General Assembly are set out in section V of the present report."
    )
    assert all(s.source.section == "Summary" for s in summary)
