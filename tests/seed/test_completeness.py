"""A report cut short is refused whole, naming the section and line (`seed.parser.completeness` and the
follow-up and total-row rules of the section parsers): the bundled texts are cut at several points, A/75/623's
text and the Word reports' texts as the reader gives them."""

from __future__ import annotations

import re
from collections.abc import Callable
from functools import cache

import pytest

from seed.load import SOURCES, IngestError, parse_or_refuse, read_or_refuse

Cut = Callable[[str], str]


@cache
def _text(symbol: str) -> str:
    return read_or_refuse(SOURCES / (symbol.replace("/", "-") + (".txt" if symbol == "A/75/623" else ".docx"))).text


def _last_line_removed(text: str) -> str:
    return text.rstrip("\n").rsplit("\n", 1)[0].rstrip("\n")


def _last_line_cut_in_half(text: str) -> str:
    head, last = text.rsplit("\n", 1)
    return f"{head}\n{last[: len(last) // 2]}"


def _last_row_without_action(text: str) -> str:
    head, last = text.rsplit("\n", 1)
    return f"{head}\n{last.split(chr(9))[0]}"


def _last_row_cells_lost(text: str) -> str:
    head, last = text.rsplit("\n", 1)
    return head + "\n" + "\t".join(last.split("\t")[:4])


def _line_removed(number: int, printed: str) -> Cut:
    def cut(text: str) -> str:
        lines = text.split("\n")
        assert lines[number - 1].startswith(printed)
        return "\n".join(lines[: number - 1] + lines[number:])

    return cut


def _action_cell_dropped(number: int) -> Cut:
    def cut(text: str) -> str:
        lines = text.split("\n")
        lines[number - 1] = lines[number - 1].split("\t")[0]
        return "\n".join(lines)

    return cut


def _last_actions_removed(count: int) -> Cut:
    """The column form's last `count` action paragraphs (each a line and the blank line above it) gone."""

    def cut(text: str) -> str:
        return "\n".join(text.split("\n")[: -2 * count])

    return cut


CASES = [
    # A/75/623: the follow-up section (column form) is last; its last line is the last request's action.
    ("A/75/623", _last_line_removed, r'section VI, line 1451: a decision/request without its "action taken"'),
    ("A/75/623", _last_actions_removed(2), r'section VI, line 1449: a decision/request without its "action taken"'),
    ("A/75/623", _last_line_cut_in_half, r"section VI, line 1463: the table's last action taken ends mid-sentence"),
    # Tables whose layout closes with a total, their total row gone (section III.D, then III.A).
    ("A/75/623", _line_removed(1285, "Total\t"), r"section III.D, line 1284: the table ends without its total row"),
    ("A/75/623", _line_removed(1250, "Total requirements\t"), r"section III.A, line 1249: the table ends without"),
    # A/80/590: the follow-up section (row form) is last.
    ("A/80/590", _last_row_without_action, r'section VII, line 612: a decision/request without its "action taken"'),
    ("A/80/590", _last_line_cut_in_half, r"section VII, line 612: the table's last action taken ends mid-sentence"),
    # ... and a section that is not last: sub-section VII.A's one entry loses its action.
    ("A/80/590", _action_cell_dropped(583), r'section VII, line 583: a decision/request without its "action taken"'),
    # A/80/600: the annex's parts, as its contents list them, end with "Map".
    ("A/80/600", _last_line_removed, r'section Annex, line 823: the contents list "Map" in the annex, but the text'),
    # A/80/628: the annex's last chart marks a note the last line prints.
    ("A/80/628", _last_line_removed, r'section Annex, line 1150: the note "\^a" this line marks is not printed'),
    ("A/80/628", _last_line_cut_in_half, r"section Annex, line 1154: the text ends mid-sentence"),
    # A/80/605: annex II ends with a table of nine columns.
    ("A/80/605", _last_row_cells_lost, r"section Annex II, line 1470: the table's last row has 4 of its 9 columns"),
    ("A/80/605", _last_line_cut_in_half, r"section Annex II, line 1470: the table's last row has 5 of its 9 columns"),
]


@pytest.mark.parametrize(("symbol", "cut", "message"), CASES, ids=[f"{s}-{c.__name__}" for s, c, _ in CASES])
def test_a_report_cut_short_is_refused_naming_the_section_and_line(symbol: str, cut: Cut, message: str):
    text = cut(_text(symbol))
    assert text != _text(symbol)
    with pytest.raises(IngestError, match=f"^{re.escape(symbol)} refused: {message}"):
        parse_or_refuse(text, name=symbol)


@pytest.mark.parametrize("symbol", ["A/75/623", "A/80/590", "A/80/600", "A/80/605", "A/80/628"])
def test_the_whole_text_is_complete(symbol: str):
    parsed = parse_or_refuse(_text(symbol), name=symbol)
    assert parsed.follow_up
    assert all(entry.action_taken for entry in parsed.follow_up)
