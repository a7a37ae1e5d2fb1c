"""Word (.docx) reports as canonical numbered-line text, the text the report parser reads.

`read_docx(data)` turns the bytes of a .docx into that text; `read_docx_path(path)` reads a file first.
Every file that cannot be read raises `ReaderError` with a message for the user: not a Word file, a
truncated or damaged one, a password-protected (encrypted) one, a zip that is not a Word document, a
document with no text. python-docx does the reading; the parts it has no API for (footnotes, list
numbering) are read from the package XML by hand, as their modules say.

Conventions of the canonical text (they follow the bundled A-75-623.txt where it has one):

1. Paragraphs. One paragraph per line; blocks (paragraphs, tables, footnote lines) are separated by one
   blank line, and the text has no trailing newline. Whitespace is collapsed: leading and trailing
   whitespace goes, and any run of spaces, tabs, line breaks or non-breaking spaces inside a paragraph
   becomes one plain space, because a tab is reserved as the cell separator ("\tI.\tIntroduction" gives
   "I. Introduction"). Non-breaking spaces inside numbers are normalised too: "1\u00a0234.5" reads
   "1 234.5", as in A-75-623.txt, and the parser's number reader (`seed.parser.numbers`) accepts both.
   Empty paragraphs give nothing. Automatic list labels are written out ("I. Introduction" in a table
   of contents numbered by Word). No Markdown escapes or link targets are added: a hyperlink is its text.
2. Tables. A table is one block, one row per line, cells joined by one tab; every row has as many cells
   as the table's grid has columns. A horizontally merged cell (gridSpan) gives its text in its first
   column and empty cells for the others; a vertically merged continuation cell is empty; columns a row
   skips are empty. A cell's paragraphs and line breaks are joined by one space. Rows whose cells are
   all empty (spacer rows) are left out. Cell text carries no bold markup. Tables of contents printed
   as tables follow the same rule.
3. Layout tables. A table whose grid has one column, or with a cell that holds a nested table, is a
   frame, not data (the summary of these reports is one). It is flattened in document order: its cells'
   paragraphs become lines and each nested table becomes a table of its own.
4. Superscripts. A superscript single letter (a table-note mark) becomes " ^a": "Approved ^a", and the
   note line "^a Represents the highest level …". Other superscript digits become Unicode superscript
   digits ("km²"); other superscript text is kept as plain text.
5. Footnotes. A footnote reference becomes its number in Unicode superscript digits, attached to the
   text ("Analysis of variances¹"); notes are numbered 1, 2, 3 … in the order of first reference. Each
   note's text follows, as a line "¹ text", right after the paragraph or table that refers to it.
6. Bold lead-ins. A paragraph that opens with bold text, optionally after an unbolded list mark such as
   "(a)" or "12.", and is not bold throughout, wraps that bold text in `**…**`:
   "(a) **Disarmament.** The activities …". No other bold markup.
7. Front matter. The first-page header's distinct texts come first, one per line, in reading order:
   "United Nations", "A/80/590", "General Assembly", "Distr.: General", "7 January 2026",
   "Original: English", then the body.
8. Revisions and wrappers. The visible text of fields, hyperlinks, smart tags, content controls
   (`w:sdt`), custom XML and inserted revisions (`w:ins`) is kept; deleted revisions (`w:del`,
   `w:moveFrom`), hidden text, field codes, comments and equations are dropped. Endnote references
   (the reports have none) are not marked. Text boxes are read after the paragraph
   that anchors them (in a table cell, as part of the cell's text); of an `mc:AlternateContent`, only
   the first choice is read, since its fallback repeats it.
"""

from __future__ import annotations

from seed.reader.docx import read_docx, read_docx_path
from seed.reader.errors import ReaderError

__all__ = ["ReaderError", "read_docx", "read_docx_path"]
