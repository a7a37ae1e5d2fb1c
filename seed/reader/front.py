"""The front matter printed in the first page's header: "United Nations", the symbol, "Distr.: General", the date.

The reports set their symbol and publication date in a table in the first-page header, not in the body.
Its paragraphs are read in document order (row by row, cell by cell), one line each; repeated texts
(merged cells, a text box and its fallback) are kept once. A document without a distinct first-page
header gives its first section's default header instead; one with no header gives no front matter.
"""

from __future__ import annotations

from docx.document import Document as DocxDocument

from seed.reader import tags
from seed.reader.inline import InlineReader, plain


def front_matter(document: DocxDocument, reader: InlineReader) -> list[str]:
    """The first-page header's distinct texts, in reading order."""
    if not document.sections:
        return []
    section = document.sections[0]
    header = section.first_page_header if section.different_first_page_header_footer else section.header
    if header.is_linked_to_previous:  # no header of its own; reading `.part` would add an empty one
        return []
    lines: list[str] = []
    for p in header.part.element.iter(tags.P):
        text = plain(reader.read(p).pieces)
        if text and text not in lines:
            lines.append(text)
    return lines
