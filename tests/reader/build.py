"""Small Word documents built in the tests with python-docx, plus the few parts python-docx cannot write."""

from __future__ import annotations

import io
import re

import docx
from docx.document import Document
from docx.opc.constants import RELATIONSHIP_TYPE as RT
from docx.opc.packuri import PackURI
from docx.opc.part import Part
from docx.oxml import parse_xml
from docx.oxml.ns import nsdecls, qn
from docx.oxml.xmlchemy import BaseOxmlElement
from docx.text.paragraph import Paragraph

from seed.reader import read_docx

FOOTNOTES_CONTENT_TYPE = "application/vnd.openxmlformats-officedocument.wordprocessingml.footnotes+xml"


def new_document() -> Document:
    return docx.Document()


def to_bytes(document: Document) -> bytes:
    stream = io.BytesIO()
    document.save(stream)
    return stream.getvalue()


def read(document: Document) -> str:
    """The canonical text of a built document, saved and read back as a user's file would be."""
    return read_docx(to_bytes(document))


def blocks(document: Document) -> list[str]:
    return read(document).split("\n\n")


def xml(markup: str) -> BaseOxmlElement:
    """An element written as raw WordprocessingML with the `w:` prefix, for markup python-docx cannot create."""
    return parse_xml(re.sub(r"^<([\w:]+)", rf"<\1 {nsdecls('w')}", markup))


def add_xml_block(document: Document, markup: str) -> None:
    """A body-level element (paragraph, content control) written as raw XML, appended to the body."""
    anchor = document.add_paragraph()._p
    anchor.addprevious(xml(markup))
    anchor.getparent().remove(anchor)


def add_xml_paragraph(document: Document, inner_markup: str) -> None:
    add_xml_block(document, f"<w:p>{inner_markup}</w:p>")


def append_xml(paragraph: Paragraph, markup: str) -> None:
    """A run written as raw XML at the end of `paragraph`."""
    paragraph._p.append(xml(markup))


def add_footnotes(document: Document, notes: dict[int, str]) -> None:
    """A footnotes part with the separator Word writes and one note per id, related to the document."""
    bodies = "".join(
        f'<w:footnote w:id="{note_id}"><w:p><w:r><w:rPr><w:vertAlign w:val="superscript"/></w:rPr>'
        f'<w:footnoteRef/></w:r><w:r><w:tab/><w:t xml:space="preserve">{text}</w:t></w:r></w:p></w:footnote>'
        for note_id, text in notes.items()
    )
    xml = (
        f"<w:footnotes {nsdecls('w')}>"
        '<w:footnote w:type="separator" w:id="-1"><w:p><w:r><w:separator/></w:r></w:p></w:footnote>'
        '<w:footnote w:type="continuationSeparator" w:id="0"><w:p><w:r><w:continuationSeparator/></w:r></w:p>'
        f"</w:footnote>{bodies}</w:footnotes>"
    )
    part = Part(PackURI("/word/footnotes.xml"), FOOTNOTES_CONTENT_TYPE, xml.encode(), document.part.package)
    document.part.relate_to(part, RT.FOOTNOTES)


def footnote_reference(note_id: int) -> str:
    """The run Word writes where the text refers to a footnote."""
    return f'<w:r><w:rPr><w:vertAlign w:val="superscript"/></w:rPr><w:footnoteReference w:id="{note_id}"/></w:r>'


def add_numbering(document: Document, num_id: int, levels: list[tuple[str, str]]) -> None:
    """A list definition (numFmt, lvlText per level) under `num_id`, like the contents' "I." / "A." list."""
    numbering = document.part.numbering_part.element
    abstract_id = 90 + num_id
    lvls = "".join(
        f'<w:lvl w:ilvl="{ilvl}"><w:start w:val="1"/><w:numFmt w:val="{fmt}"/><w:lvlText w:val="{text}"/></w:lvl>'
        for ilvl, (fmt, text) in enumerate(levels)
    )
    abstract = parse_xml(f'<w:abstractNum {nsdecls("w")} w:abstractNumId="{abstract_id}">{lvls}</w:abstractNum>')
    first_list = numbering.find(qn("w:num"))  # the schema puts every abstractNum before the first num
    if first_list is not None:
        first_list.addprevious(abstract)
    else:
        numbering.append(abstract)
    numbering.append(
        parse_xml(f'<w:num {nsdecls("w")} w:numId="{num_id}"><w:abstractNumId w:val="{abstract_id}"/></w:num>')
    )


def numbered(num_id: int, ilvl: int, text: str) -> str:
    """The inner XML of a paragraph numbered by list `num_id` at level `ilvl`."""
    return (
        f'<w:pPr><w:numPr><w:ilvl w:val="{ilvl}"/><w:numId w:val="{num_id}"/></w:numPr></w:pPr>'
        f"<w:r><w:tab/><w:t>{text}</w:t></w:r>"
    )
