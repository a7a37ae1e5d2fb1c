import pytest

from seed.parser.front import parse_front
from seed.parser.lines import Document
from seed.parser.spans import ParseError


def test_sections_follow_the_table_of_contents(report_text):
    doc = Document(report_text)
    assert list(doc.sections) == [
        "Summary",
        "I",
        "II",
        "II.A",
        "II.B",
        "II.C",
        "II.D",
        "II.E",
        "II.F",
        "III",
        "III.A",
        "III.B",
        "III.C",
        "III.D",
        "III.E",
        "III.F",
        "IV",
        "V",
        "VI",
    ]
    assert doc.section("III.A").heading_line == 1212
    assert doc.section("II.F").first_line == 246
    assert doc.section("II.F").last_line == 1209
    assert doc.section("IV").title == "Analysis of variances"
    assert doc.section_of(1238) == "III.A"


def test_a_missing_section_heading_is_named(report_text):
    broken = report_text.replace("\nD. Other revenue and adjustments\n", "\nOther revenue\n")
    with pytest.raises(ParseError, match=r'section III\.D.*"D\. Other revenue and adjustments" not found'):
        Document(broken)


def test_front_matter_is_read_from_the_text(report_text):
    front = parse_front(Document(report_text))
    assert front.mission == "MINUSMA"
    assert front.mission_name == "United Nations Multidimensional Integrated Stabilization Mission in Mali"
    assert (str(front.period_start), str(front.period_end), str(front.published)) == (
        "2019-07-01",
        "2020-06-30",
        "2020-12-02",
    )
