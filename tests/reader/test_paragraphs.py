"""Paragraph conventions of the canonical text, on documents built in the test."""

from __future__ import annotations

import pytest

from tests.reader.build import (
    add_footnotes,
    add_numbering,
    add_xml_block,
    add_xml_paragraph,
    append_xml,
    blocks,
    footnote_reference,
    new_document,
    numbered,
    read,
)


def test_paragraphs_are_lines_separated_by_one_blank_line_and_empty_ones_give_nothing():
    document = new_document()
    document.add_paragraph("Summary")
    document.add_paragraph("")
    document.add_paragraph("   ")
    document.add_paragraph("The actions to be taken are set out in section V.")
    assert read(document) == "Summary\n\nThe actions to be taken are set out in section V."


@pytest.mark.parametrize(
    ("printed", "line"),
    [
        ("\tI.\tIntroduction", "I. Introduction"),
        ("1.\tThe proposed budget", "1. The proposed budget"),
        ("  A.  \t Overall ", "A. Overall"),
        ("Total\u00a0of 1\u00a0234.5 thousand", "Total of 1 234.5 thousand"),
        ("first line\nsecond line", "first line second line"),
    ],
)
def test_tabs_breaks_and_space_runs_become_one_plain_space(printed, line):
    document = new_document()
    document.add_paragraph(printed)
    assert read(document) == line


def test_a_superscript_letter_is_a_note_mark_and_superscript_digits_are_unicode():
    document = new_document()
    heading = document.add_paragraph("Approved")
    heading.add_run("a").font.superscript = True
    note = document.add_paragraph()
    note.add_run("b").font.superscript = True
    note.add_run("Based on monthly incumbency.")
    area = document.add_paragraph("Maps covering 1.2 million km")
    area.add_run("2").font.superscript = True
    area.add_run(" were produced.")
    assert blocks(document) == [
        "Approved ^a",
        "^b Based on monthly incumbency.",
        "Maps covering 1.2 million km² were produced.",
    ]


def test_a_bold_lead_in_is_wrapped_and_no_other_bold_is_marked():
    document = new_document()
    listed = document.add_paragraph("(a)\t")
    listed.add_run("Disarmament.").bold = True
    listed.add_run(" The activities under this programme were aimed at reinsertion.")
    bare = document.add_paragraph()
    bare.add_run("Electoral support. ").bold = True
    bare.add_run("Support was provided, with ")
    bare.add_run("emphasis").bold = True
    bare.add_run(" on logistics.")
    decision = document.add_paragraph("(b)\t")
    decision.add_run("To decide on the treatment of the unencumbered balance;").bold = True
    heading = document.add_paragraph()
    heading.add_run("Performance of financial resources").bold = True
    titled = document.add_paragraph()
    titled.add_run("Human resources").bold = True
    titled.add_run("a").font.superscript = True
    section = document.add_paragraph("II.\t")
    section.add_run("Mandate performance").bold = True
    assert blocks(document) == [
        "(a) **Disarmament.** The activities under this programme were aimed at reinsertion.",
        "**Electoral support.** Support was provided, with emphasis on logistics.",
        "(b) **To decide on the treatment of the unencumbered balance;**",
        "Performance of financial resources",
        "Human resources ^a",
        "II. Mandate performance",
    ]


def test_text_in_hyperlinks_fields_tags_controls_and_insertions_is_kept_and_deletions_dropped():
    document = new_document()
    add_xml_paragraph(
        document,
        '<w:r><w:t xml:space="preserve">By resolution </w:t></w:r>'
        '<w:hyperlink w:anchor="x"><w:r><w:t>73/320</w:t></w:r></w:hyperlink>'
        '<w:ins w:id="1" w:author="a"><w:r><w:t xml:space="preserve"> and decision</w:t></w:r></w:ins>'
        '<w:del w:id="2" w:author="a"><w:r><w:delText xml:space="preserve"> withdrawn</w:delText></w:r></w:del>'
        '<w:smartTag w:uri="u" w:element="place"><w:r><w:t xml:space="preserve"> 73/555</w:t></w:r></w:smartTag>'
        "<w:sdt><w:sdtPr/><w:sdtContent>"
        '<w:r><w:t xml:space="preserve">, the Assembly</w:t></w:r></w:sdtContent></w:sdt>'
        '<w:fldSimple w:instr="DOCPROPERTY x"><w:r><w:t xml:space="preserve"> appropriated</w:t></w:r></w:fldSimple>'
        '<w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText>HYPERLINK "https://x"</w:instrText></w:r>'
        '<w:r><w:fldChar w:fldCharType="separate"/></w:r><w:r><w:t xml:space="preserve"> $1.1 billion</w:t></w:r>'
        '<w:r><w:fldChar w:fldCharType="end"/></w:r>'
        '<w:r><w:rPr><w:vanish/></w:rPr><w:t xml:space="preserve"> hidden</w:t></w:r>'
        "<w:r><w:t>.</w:t></w:r>",
    )
    assert read(document) == "By resolution 73/320 and decision 73/555, the Assembly appropriated $1.1 billion."


def test_a_content_control_around_whole_paragraphs_keeps_them():
    document = new_document()
    document.add_paragraph("Before")
    add_xml_block(
        document,
        "<w:sdt><w:sdtPr/><w:sdtContent><w:p><w:r><w:t>Inside a content control</w:t></w:r></w:p>"
        "<w:customXml w:element='x'><w:p><w:r><w:t>Inside custom XML</w:t></w:r></w:p></w:customXml>"
        "</w:sdtContent></w:sdt>",
    )
    document.add_paragraph("After")
    assert blocks(document) == ["Before", "Inside a content control", "Inside custom XML", "After"]


def test_a_footnote_mark_is_a_superscript_number_and_its_text_follows_the_paragraph():
    document = new_document()
    add_footnotes(document, {1: "Resource variance amounts are in thousands of dollars.", 2: "Second note."})
    add_xml_paragraph(document, "<w:r><w:t>IV. Analysis of variances</w:t></w:r>" + footnote_reference(1))
    document.add_paragraph("88. The reduced requirements were attributable to lower costs.")
    add_xml_paragraph(document, "<w:r><w:t>A later reference</w:t></w:r>" + footnote_reference(2))
    assert blocks(document) == [
        "IV. Analysis of variances¹",
        "¹ Resource variance amounts are in thousands of dollars.",
        "88. The reduced requirements were attributable to lower costs.",
        "A later reference²",
        "² Second note.",
    ]


def test_a_footnote_referred_to_in_a_table_follows_the_table():
    document = new_document()
    add_footnotes(document, {5: "Inclusive of rental value."})
    table = document.add_table(rows=2, cols=2)
    table.cell(0, 0).text = "Category"
    table.cell(0, 1).text = "Amount"
    cell = table.cell(1, 0)
    cell.text = "Status-of-forces agreement"
    append_xml(cell.paragraphs[0], footnote_reference(5))
    table.cell(1, 1).text = "39 662.1"
    assert blocks(document) == [
        "Category\tAmount\nStatus-of-forces agreement¹\t39 662.1",
        "¹ Inclusive of rental value.",
    ]


def test_automatic_list_labels_are_written_out():
    document = new_document()
    add_numbering(document, 7, [("upperRoman", "%1."), ("upperLetter", "%2."), ("lowerLetter", "(%3)")])
    for ilvl, text in [(0, "Introduction"), (0, "Mandate performance"), (1, "Overall"), (1, "Budget"), (0, "End")]:
        add_xml_paragraph(document, numbered(7, ilvl, text))
    add_xml_paragraph(document, numbered(7, 1, "Restarted"))
    assert blocks(document) == [
        "I. Introduction",
        "II. Mandate performance",
        "A. Overall",
        "B. Budget",
        "III. End",
        "A. Restarted",
    ]


def test_a_text_box_is_read_once_after_the_paragraph_that_anchors_it():
    mc = "http://schemas.openxmlformats.org/markup-compatibility/2006"
    box = (
        "<w:txbxContent><w:p><w:r><w:t>Director of UNSOS</w:t></w:r></w:p>"
        "<w:p><w:r><w:t>(3 posts)</w:t></w:r></w:p></w:txbxContent>"
    )
    document = new_document()
    add_xml_paragraph(
        document,
        "<w:r><w:t>Organization chart</w:t></w:r>"
        f'<w:r><mc:AlternateContent xmlns:mc="{mc}"><mc:Choice Requires="wps"><w:drawing>{box}</w:drawing></mc:Choice>'
        f"<mc:Fallback><w:pict>{box}</w:pict></mc:Fallback></mc:AlternateContent></w:r>",
    )
    document.add_paragraph("Next paragraph")
    assert blocks(document) == ["Organization chart", "Director of UNSOS", "(3 posts)", "Next paragraph"]
