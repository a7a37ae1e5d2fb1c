"""Front matter: the symbol and date printed in the first-page header come first."""

from __future__ import annotations

from docx.document import Document
from docx.shared import Inches

from tests.reader.build import blocks, new_document


def _un_header(document: Document) -> None:
    section = document.sections[0]
    section.different_first_page_header_footer = True
    header = section.first_page_header
    header.paragraphs[0].text = "A/80/590"  # printed again above the table: kept once
    table = header.add_table(rows=2, cols=3, width=Inches(6))
    table.cell(0, 0).text = "United Nations"
    table.cell(0, 1).merge(table.cell(0, 2)).text = "A/80/590"
    table.cell(1, 0).merge(table.cell(1, 1)).text = "General Assembly"
    dated = table.cell(1, 2)
    dated.text = "Distr.: General"
    dated.add_paragraph("7 January 2026")
    dated.add_paragraph("")
    dated.add_paragraph("Original: English")
    section.header.paragraphs[0].text = "A/80/590"  # the running header of later pages is not front matter


def test_the_first_page_header_texts_come_first_in_reading_order_once_each():
    document = new_document()
    _un_header(document)
    document.add_paragraph("Eightieth session")
    assert blocks(document) == [
        "A/80/590",
        "United Nations",
        "General Assembly",
        "Distr.: General",
        "7 January 2026",
        "Original: English",
        "Eightieth session",
    ]


def test_without_a_distinct_first_page_header_the_default_header_is_front_matter():
    document = new_document()
    document.sections[0].header.paragraphs[0].text = "A/80/590"
    document.add_paragraph("Body")
    assert blocks(document) == ["A/80/590", "Body"]


def test_a_document_without_header_has_no_front_matter():
    document = new_document()
    document.add_paragraph("Body")
    assert blocks(document) == ["Body"]
