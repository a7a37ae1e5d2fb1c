"""No silent drops: a line nobody reads is an error naming that line."""

from __future__ import annotations

import pytest

from seed.parser.results import parse_results
from seed.parser.spans import ParseError
from tests.seed.layouts import layout_of


def _insert_after(text: str, line: int, stray: str) -> str:
    lines = text.split("\n")
    return "\n".join([*lines[:line], "", stray, "", *lines[line:]])


def test_stray_line_between_rows_is_reported(text: str, period: str) -> None:
    # After the output row on line 310 (inside EA 1.1's output table), after a blank line.
    doc = layout_of(_insert_after(text, 310, "Lorem ipsum stray line"))
    assert doc.doc.line(312) == "Lorem ipsum stray line"
    with pytest.raises(ParseError, match=r"unattributed lines: \[312\]") as info:
        parse_results(doc, period)
    assert info.value.section == "II.F"
    assert info.value.line == 312


def test_stray_line_in_paragraph_layout_is_reported(text: str, period: str) -> None:
    doc = layout_of(_insert_after(text, 602, "Lorem ipsum stray line"))
    with pytest.raises(ParseError) as info:
        parse_results(doc, period)
    assert info.value.line == 604
    assert "604" in str(info.value)


def test_stray_line_in_narrative_is_reported(text: str, period: str) -> None:
    doc = layout_of(_insert_after(text, 253, "Lorem ipsum stray line"))
    with pytest.raises(ParseError, match=r"\[255\]"):
        parse_results(doc, period)
