"""Counts and headings of section II.F."""

from __future__ import annotations

from collections import Counter

from seed.parser.layout import Layout
from seed.parser.results import ResultsFramework, coverage, record_lines

OUTPUTS = {
    "1.1": 12, "1.2": 10, "1.3": 3, "1.4": 8, "2.1": 20, "2.2": 18, "2.3": 10, "2.4": 14,
    "3.1": 14, "3.2": 5, "3.3": 3, "4.1": 10, "4.2": 8, "4.3": 4, "5.1": 48,
}  # fmt: skip
INDICATORS = {
    "1.1": 4, "1.2": 5, "1.3": 3, "1.4": 6, "2.1": 5, "2.2": 6, "2.3": 3, "2.4": 4,
    "3.1": 7, "3.2": 5, "3.3": 5, "4.1": 3, "4.2": 4, "4.3": 4, "5.1": 12,
}  # fmt: skip


def test_components(fw: ResultsFramework) -> None:
    assert [c.number for c in fw.components] == [1, 2, 3, 4, 5]
    first = fw.components[0]
    assert first.title.startswith("political reconciliation and implementation of institutional reforms")
    assert first.paragraphs == (50, 51, 52, 53, 54, 55, 56)
    assert fw.components[4].title == "support"
    assert fw.components[4].paragraphs == (82, 83, 84)


def test_expected_accomplishments(fw: ResultsFramework) -> None:
    assert [ea.id for ea in fw.expected_accomplishments] == list(OUTPUTS)
    ea51 = fw.expected_accomplishments[-1]
    assert ea51.component == 5
    # The table headers glued to the heading are not part of the title.
    assert ea51.title == "Rapid, effective, efficient and responsible support services for the Mission"
    assert fw.expected_accomplishments[1].title.endswith("senatorial, municipal, cercle and regional elections")


def test_counts_per_ea(fw: ResultsFramework, printed: ResultsFramework) -> None:
    for framework in (fw, printed):
        assert Counter(o.expected_accomplishment for o in framework.outputs) == OUTPUTS
        assert Counter(i.expected_accomplishment for i in framework.indicators) == INDICATORS
    assert len(fw.outputs) == 187
    assert len(fw.indicators) == 76


def test_ids_number_in_document_order(fw: ResultsFramework) -> None:
    assert fw.outputs[0].id == "1.1.o1"
    assert fw.indicators[0].id == "1.1.i1"
    lines = [o.source.first_line for o in fw.outputs if o.expected_accomplishment == "2.1"]
    assert lines == sorted(lines)


def test_every_line_attributed_once(period: str, doc: Layout, fw: ResultsFramework) -> None:
    assert coverage(doc, fw, period) == []
    owned = [n for lines in record_lines(doc, period).values() for n in lines]
    assert len(owned) == len(set(owned))
    assert 295 in fw.skipped_lines  # "Planned outputs" header
    assert 659 in fw.skipped_lines  # "--\t---\t---" rule
    assert 1044 in fw.skipped_lines  # "Aviation services" sub-heading
    assert record_lines(doc, period)["paragraph 50"] == (249, 251)  # resumed after a page break


def test_subgroups(fw: ResultsFramework) -> None:
    support = [o for o in fw.outputs if o.component == 5]
    counts = Counter(o.subgroup for o in support)
    assert counts["Service improvements"] == 3
    assert counts["Aviation services"] == 3
    assert counts["Security services"] == 7
    assert counts["Conduct and discipline"] == 4
    assert counts["HIV/AIDS"] == 3
    assert counts["Fuel management services"] == 1
    assert None not in counts
    assert all(o.subgroup is None for o in fw.outputs if o.component != 5)
