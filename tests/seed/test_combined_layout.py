"""The contents of a combined performance-and-budget report: sub-sections past "H", and annexes after the report."""

from __future__ import annotations

from seed.parser.layout import Role, read_layout
from seed.parser.lines import Document
from seed.parser.paragraphs import parse_paragraphs


def _text(contents: list[str], body: list[str] | None = None) -> str:
    """A report skeleton: a table of contents, the summary and each listed heading (or the given body) in order."""
    entries = [title if "\t" in title or title.startswith("Annex") else f"{title}\t\t\t1" for title in contents]
    return "\n\n".join(["Contents", "\n".join(entries), "Summary", "Prose.", *(body or contents)])


def test_the_ninth_sub_section_is_lettered_i_not_a_new_part() -> None:
    layout = read_layout(
        Document(
            _text(
                [
                    "I. Mandate, results achieved and planned outcome",
                    "A. Mandate",
                    "II. Financial resources",
                    "A. Overall",
                    "H. Analysis of requirements for air operations",
                    "I. Programmatic activities",
                    "J. Quick-impact projects",
                    "III. Analysis of variances",
                ]
            )
        )
    )
    assert list(layout.doc.sections) == ["Summary", "I", "I.A", "II", "II.A", "II.H", "II.I", "II.J", "III"]
    assert layout.path(Role.PROGRAMMATIC_ACTIVITIES) == "II.I"
    assert layout.path(Role.QUICK_IMPACT_PROJECTS) == "II.J"


def test_annexes_follow_the_report_and_play_no_role() -> None:
    contents = [
        "I. Introduction",
        "II. Analysis of variances",
        "Annexes",
        "I. Organization chart\t\t\t9",
        "II. Review of support functions\t\t\t10",
    ]
    body = [
        "I. Introduction",
        "1. The report.",
        "II. Analysis of variances",
        "2. The analysis.",
        "Annex I",
        "Organization chart",
        "Annex II",
        "Review of support functions",
        "I. Introduction",
        "1. The review starts its own numbering.",
    ]
    layout = read_layout(Document(_text(contents, body)))
    assert list(layout.doc.sections) == ["Summary", "I", "II", "Annex I", "Annex II"]
    assert layout.doc.section("Annex II").title == "Review of support functions"
    assert layout.path(Role.INTRODUCTION) == "I"
    assert layout.doc.section("II").last_line == layout.doc.report_end
    assert [p.number for p in parse_paragraphs(layout)] == [1, 2]


def test_a_single_annex_is_named_by_its_first_listed_part() -> None:
    contents = ["I. Introduction", "Annex", "Organization charts\t\t\t9", "Map\t\t\t10"]
    body = ["I. Introduction", "1. The report.", "Annex", "Organization charts", "Map"]
    doc = Document(_text(contents, body))
    assert list(doc.sections) == ["Summary", "I", "Annex"]
    assert doc.section("Annex").title == "Organization charts"
    assert doc.section("I").last_line == doc.section("Annex").heading_line - 1
