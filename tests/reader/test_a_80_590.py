"""The bundled Word report A/80/590 (MINUSMA, 2024/25) read as canonical text.

The expected lines were checked against the document itself: its first-page header, its paragraphs
and the cells of its tables, as Word shows them.
"""

from __future__ import annotations

import hashlib
from pathlib import Path

import pytest

from seed.parser.lines import Document
from seed.reader import read_docx_path

REPORT = Path(__file__).resolve().parents[2] / "seed" / "source" / "A-80-590.docx"
SHA256 = "07106e7d8ed615656d1bc89a1954c26584dc5d288908d55dec3b9b530164b465"


@pytest.fixture(scope="module")
def text() -> str:
    return read_docx_path(REPORT)


@pytest.fixture(scope="module")
def lines(text: str) -> list[str]:
    return text.split("\n")


def test_the_bundled_file_is_the_published_one():
    assert hashlib.sha256(REPORT.read_bytes()).hexdigest() == SHA256


def test_the_front_matter_comes_from_the_first_page_header(text):
    assert text.split("\n\n")[:9] == [
        "United Nations",
        "A/80/590",
        "General Assembly",
        "Distr.: General",
        "7 January 2026",
        "Original: English",
        "Eightieth session",
        "Agenda item 155",
        "Financing of the United Nations Multidimensional Integrated Stabilization Mission in Mali",
    ]


def test_the_contents_carry_word_s_list_labels_and_page_numbers(lines):
    contents = lines.index("Contents")
    assert lines[contents + 2 : contents + 6] == [
        "\t\t\tPage",
        "I. Introduction\t\t\t6",
        "II. Mandate performance\t\t\t6",
        "A. Overall\t\t\t6",
    ]
    assert "IV. Analysis of variances\t\t\t21" in lines


def test_numbered_paragraphs_open_with_their_number(lines):
    assert any(
        line.startswith(
            "1. The proposed budget for the liquidation of the United Nations Multidimensional Integrated "
            "Stabilization Mission in Mali (MINUSMA) for the period from 1 July 2024 to 30 June 2025 was set out"
        )
        for line in lines
    )
    assert lines[lines.index("I. Introduction") + 6] == (
        "3. The General Assembly, by its resolution 78/250 B, appropriated an amount of $202,783,500 for the "
        "maintenance of the Mission for the period from 1 July 2024 to 30 June 2025."
    )


def test_financial_rows_keep_their_figures_in_tab_separated_cells(lines):
    assert "Military contingents\t28 587.8\t42 703.7\t(14 115.9)\t(49.4)" in lines
    assert "Gross requirements\t202 783.5\t164 805.9\t37 977.6\t18.7" in lines
    assert "Voluntary contributions in kind (budgeted)\t–\t–\t–\t–" in lines


def test_the_summary_frame_is_flattened_and_its_tables_read_as_tables(lines):
    summary = lines.index("Summary")
    assert lines[summary + 2].startswith("Total expenditure for the United Nations Multidimensional Integrated")
    # The summary's financial table spans a grid column under "Amount": its cell is empty in every row.
    assert "Category\tApportionment\tExpenditure\tAmount\t\tPercentage" in lines
    assert "Military and police personnel\t37 339.0\t48 442.5\t(11 103.5)\t\t(29.7)" in lines
    assert "Category\tApproved ^a\tActual" in lines
    assert (
        "^a Represents the highest level of authorized/proposed deployment for the period from 1 January to "
        "30 June 2024 and proposed deployment for the period from 1 July 2024 to 30 June 2025." in lines
    )


def test_the_footnote_mark_is_attached_and_its_text_follows_the_heading(lines):
    heading = lines.index("IV. Analysis of variances¹")
    assert lines[heading + 2] == (
        "¹ Resource variance amounts are expressed in thousands of United States dollars. Analysis is provided "
        "for variances of at least plus or minus 5 per cent or $100,000."
    )
    assert lines[heading + 4 : heading + 6] == ["\tVariance\t", "Military contingents\t($14 115.9)\t(49.4%)"]


def test_bold_lead_ins_of_the_decisions_are_marked(lines):
    assert (
        "(a) **To take note of the unencumbered balance of $37,977,600 with respect to the period from "
        "1 July 2024 to 30 June 2025;**" in lines
    )
    assert "VI. Actions to be taken by the General Assembly" in lines


def test_superscript_units_are_unicode(lines):
    assert any("collecting 2,050 m³ of general waste" in line for line in lines)


def test_every_row_of_a_table_has_the_table_s_cell_count(text):
    tables = [block.split("\n") for block in text.split("\n\n") if "\t" in block]
    assert len(tables) >= 20
    for rows in tables:
        assert len({row.count("\t") for row in rows}) == 1, rows[0]
    paragraphs = [block for block in text.split("\n\n") if "\t" not in block]
    assert all("\n" not in paragraph and paragraph == paragraph.strip() for paragraph in paragraphs)


def test_the_text_parser_finds_the_sections_its_contents_announce(text):
    sections = Document(text).sections
    assert list(sections) == [
        "Summary",
        *("I", "II", "II.A", "II.B", "II.C", "II.D"),
        *("III", "III.A", "III.B", "III.C", "III.D"),
        *("IV", "V", "VI", "VII", "VII.A", "VII.B"),
    ]
