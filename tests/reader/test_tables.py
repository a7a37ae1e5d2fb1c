"""Table conventions: grid rows, merged cells, layout tables and nested tables."""

from __future__ import annotations

from tests.reader.build import add_xml_block, blocks, new_document, xml


def test_a_table_is_one_block_of_tab_separated_rows_between_blank_lines():
    document = new_document()
    document.add_paragraph("Performance of financial resources")
    table = document.add_table(rows=2, cols=3)
    printed = [["Category", "Apportionment", "Expenditure"], ["Civilian", "1 234.5", "—"]]
    for row, texts in zip(table.rows, printed, strict=True):
        for cell, text in zip(row.cells, texts, strict=True):
            cell.text = text
    document.add_paragraph("1. The next paragraph.")
    assert blocks(document) == [
        "Performance of financial resources",
        "Category\tApportionment\tExpenditure\nCivilian\t1 234.5\t—",
        "1. The next paragraph.",
    ]


def test_a_horizontally_merged_cell_fills_its_first_column_and_leaves_the_rest_empty():
    document = new_document()
    table = document.add_table(rows=2, cols=4)
    table.cell(0, 2).merge(table.cell(0, 3)).text = "Variance"
    for cell, text in zip(table.rows[1].cells, ["Category", "Apportionment", "Amount", "Percentage"], strict=True):
        cell.text = text
    assert blocks(document) == ["\t\tVariance\t\nCategory\tApportionment\tAmount\tPercentage"]


def test_a_vertically_merged_continuation_cell_is_empty():
    document = new_document()
    table = document.add_table(rows=3, cols=2)
    table.cell(0, 0).merge(table.cell(1, 0)).text = "Military contingents"
    continuation = table._tbl.tr_lst[1].tc_lst[0]  # python-docx's cell(1, 0) is the merged cell above
    continuation.append(xml("<w:p><w:r><w:t>left in the merged-away cell</w:t></w:r></w:p>"))
    table.cell(0, 1).text = "Standard troop reimbursement"
    table.cell(1, 1).text = "Contingent-owned equipment"
    table.cell(2, 0).text = "Total"
    table.cell(2, 1).text = "2"
    assert blocks(document) == [
        "Military contingents\tStandard troop reimbursement\n\tContingent-owned equipment\nTotal\t2",
    ]


def test_a_cell_of_several_paragraphs_is_one_space_separated_cell_and_spacer_rows_go():
    document = new_document()
    table = document.add_table(rows=3, cols=2)
    cell = table.cell(0, 0)
    cell.text = "Approved deployment"
    cell.add_paragraph("for the 2023/24\tperiod")
    table.cell(0, 1).text = "687"
    table.cell(2, 0).text = "1 July 2024"
    table.cell(2, 1).text = "190"
    assert blocks(document) == ["Approved deployment for the 2023/24 period\t687\n1 July 2024\t190"]


def test_every_row_has_the_grid_width_even_when_word_skips_columns():
    document = new_document()
    add_xml_block(
        document,
        "<w:tbl><w:tblGrid><w:gridCol/><w:gridCol/><w:gridCol/></w:tblGrid>"
        "<w:tr><w:trPr><w:gridBefore w:val='1'/></w:trPr><w:tc><w:p><w:r><w:t>Amount</w:t></w:r></w:p></w:tc>"
        "<w:tc><w:p><w:r><w:t>Percentage</w:t></w:r></w:p></w:tc></w:tr>"
        "<w:tr><w:trPr><w:gridAfter w:val='2'/></w:trPr><w:tc><w:p><w:r><w:t>Total</w:t></w:r></w:p></w:tc></w:tr>"
        "<w:tr><w:sdt><w:sdtContent><w:tc><w:p><w:r><w:t>In a control</w:t></w:r></w:p></w:tc></w:sdtContent></w:sdt>"
        "<w:tc><w:p><w:r><w:t>1</w:t></w:r></w:p></w:tc><w:tc><w:p><w:r><w:t>2</w:t></w:r></w:p></w:tc></w:tr>"
        "<w:tr><w:trPr><w:del w:id='1' w:author='a'/></w:trPr>"
        "<w:tc><w:p><w:r><w:t>Deleted row</w:t></w:r></w:p></w:tc></w:tr>"
        "</w:tbl>",
    )
    assert blocks(document) == ["\tAmount\tPercentage\nTotal\t\t\nIn a control\t1\t2"]


def test_a_layout_table_is_flattened_and_its_nested_table_reads_as_a_table_of_its_own():
    document = new_document()
    frame = document.add_table(rows=3, cols=1)
    frame.cell(0, 0).text = "Summary"
    frame.cell(0, 0).add_paragraph("Total expenditure has been linked to the Mission's objectives.")
    holder = frame.cell(1, 0)
    holder.text = "Performance of financial resources"
    nested = holder.add_table(rows=2, cols=2)
    nested.cell(0, 0).text = "Category"
    nested.cell(0, 1).text = "Apportionment"
    nested.cell(1, 0).text = "Civilian personnel"
    nested.cell(1, 1).text = "68 552.0"
    holder.add_paragraph("")
    frame.cell(2, 0).text = "The actions to be taken are set out in section VI."
    assert blocks(document) == [
        "Summary",
        "Total expenditure has been linked to the Mission's objectives.",
        "Performance of financial resources",
        "Category\tApportionment\nCivilian personnel\t68 552.0",
        "The actions to be taken are set out in section VI.",
    ]


def test_a_multi_column_table_holding_a_nested_table_is_layout_too():
    document = new_document()
    frame = document.add_table(rows=1, cols=2)
    frame.cell(0, 0).text = "Left text"
    right = frame.cell(0, 1)
    right.text = "Right text"
    nested = right.add_table(rows=1, cols=3)
    for cell, text in zip(nested.rows[0].cells, ["a", "b", "c"], strict=True):
        cell.text = text
    assert blocks(document) == ["Left text", "Right text", "a\tb\tc"]


def test_a_contents_table_with_merged_cells_follows_the_grid_rule():
    document = new_document()
    contents = document.add_table(rows=2, cols=4)
    contents.cell(0, 3).text = "Page"
    contents.cell(1, 0).merge(contents.cell(1, 2)).text = "I.\tIntroduction"
    contents.cell(1, 3).text = "5"
    assert blocks(document) == ["\t\t\tPage\nI. Introduction\t\t\t5"]
