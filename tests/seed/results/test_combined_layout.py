"""The rules of the combined layout, each on a small frameworks section of its own (see `combined_layout`)."""

from __future__ import annotations

import pytest

from seed.parser.layout import Layout
from seed.parser.results import ResultsFramework, parse_results, record_lines
from seed.parser.results.parse import COMBINED, PERFORMANCE, form_of
from seed.parser.spans import ParseError
from tests.seed.layouts import layout_of

PERIOD = "2024/25"
HEADER = "Expected accomplishment\tIndicators of achievement"
NOTE = "² The results-based budgeting outputs are available for consultation on the Umoja Analytics platform."
TABLE = [
    HEADER,
    "1.1 Rapid support services\t1.1.1 Percentage of staff (2022/23: 29 per cent; 2023/24: 28 per cent; "
    "2024/25: 30 per cent; 2025/26: ≥ 28 per cent; 2026/27: ≥ 28 per cent)",
    "\t1.1.2 Full implementation of the mandate",
]
FACTORS = ["External factors\t", "Suppliers will deliver as contracted\t"]
EVALUATION = [
    "Evaluation activities",
    "25. An evaluation was completed:",
    "(a) Evaluation of the Mission;",
    "26. None.",
]


def _layout(section: list[str]) -> Layout:
    """A report whose frameworks section (I.A, its heading carrying the note mark "²") prints `section`."""
    contents = ["I. Mandate\t1", "A. Results-based budgeting frameworks\t1", "II. Financial resources\t1"]
    body = ["I. Mandate", "A. Results-based budgeting frameworks²", *section, "II. Financial resources"]
    return layout_of("\n\n".join(["Contents", "\n".join(contents), "Summary", "Prose.", *body]))


def _parse(section: list[str]) -> ResultsFramework:
    return parse_results(_layout(section), PERIOD)


def _with_stray(section: list[str], after: str, stray: str) -> list[str]:
    index = section.index(after) + 1
    return [*section[:index], stray, *section[index:]]


SECTION = [NOTE, "Component 1: support", *TABLE, *FACTORS, *EVALUATION]


def test_the_form_is_chosen_from_the_table_header(doc: Layout) -> None:
    assert form_of(_layout(SECTION)) is COMBINED
    assert form_of(doc) is PERFORMANCE  # A/75/623


def test_a_component_with_its_table_factors_and_the_evaluation_after_it() -> None:
    fw = _parse(SECTION)
    assert [(c.number, c.title, c.external_factors) for c in fw.components] == [
        (1, "support", ("Suppliers will deliver as contracted",))
    ]
    assert [(e.id, e.component, e.title) for e in fw.expected_accomplishments] == [("1.1", 1, "Rapid support services")]
    first, second = fw.indicators
    assert (first.id, first.number, first.actual_text, len(first.targets)) == ("1.1.i1", 1, "30 per cent", 5)
    assert (second.id, second.planned_text, second.targets, second.actual_text) == (
        "1.1.i2",
        "Full implementation of the mandate",
        (),
        "",
    )
    assert fw.evaluation_paragraphs == (25, 26)
    assert fw.outputs == ()


def test_the_lines_each_record_owns() -> None:
    layout = _layout(SECTION)
    owned = record_lines(layout, PERIOD)
    text = {key: [layout.doc.line(n) for n in lines] for key, lines in owned.items()}
    assert text["component 1"] == ["Component 1: support", "Suppliers will deliver as contracted\t"]
    assert text["ea 1.1"] == text["1.1.i1"]  # one row prints both
    assert text["paragraph 25"] == ["25. An evaluation was completed:", "(a) Evaluation of the Mission;"]
    skipped = [layout.doc.line(n) for n in parse_results(layout, PERIOD).skipped_lines]
    assert skipped == [NOTE, HEADER, "External factors\t", "Evaluation activities"]


def test_cells_cut_by_a_page_break_continue_the_cell_above() -> None:
    table = [
        HEADER,
        "1.1 Rapid support\t1.1.1 Percentage of staff in standard-compliant",
        "services for the Mission\tUnited Nations accommodation",  # an upper-case continuation is not one
    ]
    with pytest.raises(ParseError, match="unattributed lines"):
        _parse(["Component 1: support", *table])
    table[2] = "services for the Mission\taccommodation (2022/23: 100 per cent; 2024/25: 98 per cent)"
    fw = _parse(["Component 1: support", *table, "\t(2025/26: 100 per cent)", HEADER])
    assert fw.expected_accomplishments[0].title == "Rapid support services for the Mission"
    (indicator,) = fw.indicators
    assert indicator.planned_text.startswith("Percentage of staff in standard-compliant accommodation (2022/23")
    assert [t.period for t in indicator.targets] == ["2022/23", "2024/25", "2025/26"]
    assert indicator.actual_text == "98 per cent"


def test_unnumbered_components_and_frameworks_without_components() -> None:
    fw = _parse(["Component: provision of logistical support", *TABLE])
    assert [(c.number, c.title) for c in fw.components] == [(1, "provision of logistical support")]
    fw = _parse(TABLE)
    assert fw.components == ()
    assert [e.component for e in fw.expected_accomplishments] == [1]
    with pytest.raises(ParseError, match="unattributed lines"):
        _parse([*TABLE, *FACTORS])  # no component to hold them


@pytest.mark.parametrize(
    ("after", "stray"),
    [
        (TABLE[1], "Lorem ipsum stray line"),  # a paragraph inside the table
        (TABLE[1], "Lorem ipsum\tstray row"),  # a row whose cells open with no id
        (TABLE[2], "\tLorem ipsum stray cell"),  # an indicator cell without its id
        ("Component 1: support", "³ Another note"),  # a note that is not the heading's
        ("26. None.", "Lorem\tipsum"),  # a table row among the evaluation paragraphs
    ],
)
def test_a_stray_line_is_refused(after: str, stray: str) -> None:
    layout = _layout(_with_stray(SECTION, after, stray))
    line = next(n for n in range(1, len(layout.doc) + 1) if layout.doc.line(n) == stray)
    with pytest.raises(ParseError, match=rf"unattributed lines: \[{line}\]"):
        parse_results(layout, PERIOD)
