"""The pieces every section parser shares: table rows, footnotes, printed numbers."""

from __future__ import annotations

from decimal import Decimal

import pytest

from seed.parser.lines import Document
from seed.parser.spans import ParseError
from seed.parser.toolkit import (
    Footnote,
    cell,
    cells,
    figure,
    figures,
    footnote_texts,
    footnotes,
    is_lower_start,
    read_table,
)

# A report of one section: its contents, a summary, and a table with a footnote below it.
TEXT = "\n".join(
    [
        "Contents",
        "I. Tables\t1",
        "Summary",
        "The summary.",
        "I. Tables",  # line 5
        "(Thousands of United States dollars)",
        "<i>Category</i>\t<i>Amount</i>\t",
        "Line one ^a\t1.0",
        "Total\t\\$2.0\t\t",
        "",  # line 10
        "^a A note on **line one**.",
        "¹ A numbered note.",
        "Category\tAmount",
        "A second table\t3.0",
    ]
)


@pytest.fixture(scope="module")
def doc() -> Document:
    return Document(TEXT)


@pytest.mark.parametrize(
    ("line", "row"),
    [
        ("<i>Group</i>\t<i>Appropriation</i>\t\t", ["Group", "Appropriation"]),
        ("\t<i>Variance</i>\t", ["", "Variance"]),
        ("Total\t1 138 458\t\t1 138 458", ["Total", "1 138 458", "", "1 138 458"]),
        ("\t\t", []),
        ("", []),
    ],
)
def test_cells(line: str, row: list[str]) -> None:
    assert cells(line) == row


@pytest.mark.parametrize(("index", "text"), [(0, "a"), (1, "b"), (2, ""), (9, "")])
def test_cell(index: int, text: str) -> None:
    assert cell(["a", "b"], index) == text


def test_read_table_runs_from_the_header_to_the_first_blank_line(doc: Document) -> None:
    table = read_table(doc, "I", lambda row: row[0] == "Category", missing="no table")
    assert (table.header_line, table.header) == (7, ["Category", "Amount"])
    assert table.rows == [(8, ["Line one ^a", "1.0"]), (9, ["Total", "$2.0"])]
    assert table.last_line == 9


def test_read_table_names_a_missing_header(doc: Document) -> None:
    with pytest.raises(ParseError, match=r"section I, line 6: no such table"):
        read_table(doc, "I", lambda row: row[0] == "Group", missing="no such table")


def test_footnotes_by_mark(doc: Document) -> None:
    notes = footnotes(doc, 10, 14)
    assert notes == {"a": Footnote(11, "A note on line one."), "1": Footnote(12, "A numbered note.")}
    assert footnote_texts(notes, "a") == ("A note on line one.",)
    assert footnote_texts(notes, "b") == ()
    assert footnote_texts(notes, None) == ()


@pytest.mark.parametrize(
    ("text", "value", "status"),
    [("427 173.7", Decimal("427173.7"), "reported"), ("(6.4)", Decimal("-6.4"), "reported"), ("—", None, "nil")],
)
def test_figure(text: str, value: Decimal | None, status: str) -> None:
    printed = figure(text, section="III.A", line=12)
    assert (printed.value, printed.status) == (value, status)


def test_a_figure_that_is_no_number_names_its_line() -> None:
    with pytest.raises(ParseError, match=r"section III\.A, line 12: not a number: 'n/a'"):
        figure("n/a", section="III.A", line=12)


@pytest.mark.parametrize(
    ("values", "statuses"),
    [
        (["1", "—", "3"], ["reported", "nil", "reported"]),
        (["1"], ["reported", "not_reported", "not_reported"]),
        (["1", "2", "3", "4"], ["reported", "reported", "reported"]),
    ],
)
def test_figures_pad_missing_cells(values: list[str], statuses: list[str]) -> None:
    assert [f.status for f in figures(values, 3, section="Summary", line=1)] == statuses


@pytest.mark.parametrize(
    ("text", "continues"), [("candidates, local", True), ("Mali", False), ("", False), ("(a) item", False)]
)
def test_is_lower_start(text: str, continues: bool) -> None:
    assert is_lower_start(text) is continues
