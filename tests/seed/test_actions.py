"""Sections V and VI and the budget history of paragraphs 1–3, read from the bundled A/75/623 text."""

from __future__ import annotations

import pytest

from seed.parser.actions import RevenuePart, parse_actions, parse_budget_history
from seed.parser.followup import FollowUp, paragraph_refs, parse_follow_up
from seed.parser.layout import Layout
from seed.parser.spans import ParseError, SourceSpan
from tests.seed.layouts import layout_of


@pytest.fixture(scope="module")
def doc(report_text) -> Layout:
    return layout_of(report_text)


@pytest.fixture(scope="module")
def follow_up(doc: Layout) -> tuple[FollowUp, ...]:
    return parse_follow_up(doc)


def test_general_assembly_actions(doc: Layout) -> None:
    actions = parse_actions(doc)
    assert actions.unencumbered_balance_usd == 1_549_000
    assert actions.other_revenue_usd == 27_271_900
    assert actions.other_revenue_parts == (
        RevenuePart("investment revenue", 9_962_800),
        RevenuePart("other/miscellaneous revenue", 1_972_400),
        RevenuePart("cancellation of prior-period obligations", 15_336_700),
    )
    assert actions.unencumbered_balance_text.startswith("To decide on the treatment of the unencumbered balance")
    assert actions.other_revenue_text.startswith("To decide on the treatment of other revenue for the period ended")
    assert actions.introduction.endswith("Stabilization Mission in Mali are:")
    assert actions.source == SourceSpan("V", 1431, 1435, "111")


def test_revenue_parts_must_add_up(report_text) -> None:
    broken = report_text.replace(r"investment revenue (\$9,962,800)", r"investment revenue (\$9,962,900)")
    with pytest.raises(ParseError) as caught:
        parse_actions(layout_of(broken))
    assert (caught.value.section, caught.value.line) == ("V", 1431)


def test_budget_history(doc: Layout) -> None:
    history = parse_budget_history(doc)
    assert (history.proposed.gross_usd, history.proposed.net_usd) == (1_149_778_800, 1_133_480_500)
    assert (history.recommended.gross_usd, history.recommended.net_usd) == (1_146_057_900, 1_129_770_700)
    assert (history.appropriated.gross_usd, history.appropriated.net_usd) == (1_138_457_900, 1_122_190_600)
    assert history.proposed.documents == ("A/73/760",)
    assert history.recommended.documents == ("A/73/755/Add.7",)
    assert history.appropriated.documents == ("resolution 73/320", "decision 73/555")
    assert [s.source.paragraph for s in (history.proposed, history.recommended, history.appropriated)] == [
        "1",
        "2",
        "3",
    ]
    assert history.appropriated.stage == "appropriated"


def test_a_gross_figure_without_net_gives_none(report_text) -> None:
    text = report_text.replace(r"\$1,146,057,900 gross (\$1,129,770,700 net)", r"\$1,146,057,900 gross")
    assert parse_budget_history(layout_of(text)).recommended.net_usd is None


def test_follow_up_pairs_requests_with_actions(follow_up: tuple[FollowUp, ...]) -> None:
    assert [f.index for f in follow_up] == [1, 2, 3, 4]
    assert {f.resolution for f in follow_up} == {"74/290"}
    assert [f.resolution_paragraph for f in follow_up] == [14, 15, 16, 19]
    assert [f.source.first_line for f in follow_up] == [1445, 1447, 1449, 1451]
    assert [f.action_source for f in follow_up] == [
        SourceSpan("VI", 1455, 1457),
        SourceSpan("VI", 1459, 1459),
        SourceSpan("VI", 1461, 1461),
        SourceSpan("VI", 1463, 1463),
    ]


def test_first_action_spans_two_paragraphs(follow_up: tuple[FollowUp, ...]) -> None:
    first = follow_up[0]
    assert first.decision_request.startswith("Also emphasizes the importance of overall budgetary performance")
    assert first.action_taken is not None
    assert first.action_taken.startswith("As at 30 June 2020, there was a total of 34 open recommendations")
    assert "In addition, as at 30 June 2020, there were a total of 36 open recommendations" in first.action_taken
    assert first.paragraph_refs == ()


def test_actions_cite_paragraphs(follow_up: tuple[FollowUp, ...]) -> None:
    assert follow_up[1].action_taken == "The information is provided in paragraphs 30 and 31 of the present report."
    assert follow_up[1].paragraph_refs == (30, 31)
    assert follow_up[2].action_taken is not None
    assert "lessons-learned exercise" in follow_up[2].action_taken
    assert follow_up[3].paragraph_refs == (32, 33, 34, 35)


def test_a_request_without_action_is_refused(report_text) -> None:
    lines = report_text.split("\n")
    lines[1462] = ""
    with pytest.raises(ParseError) as caught:
        parse_follow_up(layout_of("\n".join(lines)))
    assert (caught.value.section, caught.value.line) == ("VI", 1451)
    assert caught.value.reason == 'a decision/request without its "action taken": the table is incomplete'


def test_more_actions_than_requests_is_an_error(report_text) -> None:
    lines = report_text.split("\n")
    lines[1450] = ""  # the fourth request
    with pytest.raises(ParseError) as caught:
        parse_follow_up(layout_of("\n".join(lines)))
    assert (caught.value.section, caught.value.line) == ("VI", 1463)


@pytest.mark.parametrize(
    ("text", "refs"),
    [
        ("see paragraphs 30 and 31 of the present report", (30, 31)),
        ("paragraphs 32–35", (32, 33, 34, 35)),
        ("paragraphs 1, 2 and 3", (1, 2, 3)),
        ("paragraph 8 and paragraphs 10 to 11", (8, 10, 11)),
        ("(para. 14)", ()),
    ],
)
def test_paragraph_refs(text: str, refs: tuple[int, ...]) -> None:
    assert paragraph_refs(text) == refs


def test_a_column_table_without_its_actions_line_is_an_error(report_text) -> None:
    broken = report_text.replace("\nAction taken to implement decision/request\n", "\n\n")
    with pytest.raises(ParseError, match="Action taken to implement") as caught:
        parse_follow_up(layout_of(broken))
    assert caught.value.section == "VI"
