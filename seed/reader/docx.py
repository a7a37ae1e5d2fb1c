"""The walk: a Word document's header, body, tables and footnotes as canonical numbered-line text."""

from __future__ import annotations

from pathlib import Path

from docx.document import Document as DocxDocument
from docx.exceptions import PythonDocxError
from docx.opc.constants import RELATIONSHIP_TYPE as RT
from docx.oxml.table import CT_Tbl, CT_Tc
from docx.oxml.text.paragraph import CT_P
from docx.oxml.xmlchemy import BaseOxmlElement

from seed.reader import tables, tags
from seed.reader.errors import ReaderError
from seed.reader.formatting import Formatting
from seed.reader.front import front_matter
from seed.reader.inline import InlineReader, chosen_branch, collapse, plain, with_lead_in
from seed.reader.notes import Footnotes
from seed.reader.numbering import Numbering
from seed.reader.package import DAMAGED, open_document, related_part

NO_TEXT = "the .docx file contains no text"


def read_docx(data: bytes) -> str:
    """The canonical numbered-line text of a .docx (see `seed.reader`); `ReaderError` when it cannot be read."""
    document = open_document(data)
    try:
        return _Walk(document).text()
    except (ValueError, KeyError, SyntaxError, PythonDocxError) as error:  # malformed values inside the XML
        raise ReaderError(f"{DAMAGED}: {error}") from None


def read_docx_path(path: str | Path) -> str:
    """`read_docx` of a file; a `ReaderError` message names the file."""
    path = Path(path)
    try:
        data = path.read_bytes()
    except OSError as error:
        raise ReaderError(f"{path.name}: cannot be opened ({error.strerror or error})") from None
    try:
        return read_docx(data)
    except ReaderError as error:
        raise ReaderError(f"{path.name}: {error}") from None


class _Walk:
    """Reads the body in document order into blocks: a paragraph's line, or a table's rows."""

    def __init__(self, document: DocxDocument) -> None:
        self._document = document
        formatting = Formatting(document.styles)
        self._notes = Footnotes(related_part(document.part, RT.FOOTNOTES))
        self._reader = InlineReader(formatting, self._notes.mark)
        self._front_reader = InlineReader(formatting, lambda _note: "")
        self._numbering = Numbering(related_part(document.part, RT.NUMBERING), document.styles)
        self._blocks: list[str] = []

    def text(self) -> str:
        front = front_matter(self._document, self._front_reader)
        self._container(self._document.element.body)
        if not self._blocks:
            raise ReaderError(NO_TEXT)
        return "\n\n".join(front + self._blocks)

    def _container(self, parent: BaseOxmlElement) -> None:
        """Paragraphs and tables of the body, a cell, a text box or a content control, in order."""
        for child in parent:
            tag = child.tag
            if tag == tags.P:
                self._paragraph(child)
            elif tag == tags.TBL:
                self._table(child)
            elif tag in (tags.SDT, tags.SDT_CONTENT, tags.CUSTOM_XML):
                self._container(child)
            elif tag == tags.ALTERNATE_CONTENT:
                branch = chosen_branch(child)
                if branch is not None:
                    self._container(branch)

    def _paragraph(self, p: CT_P) -> None:
        inline = self._reader.read(p, self._numbering.label(p))
        line = with_lead_in(inline.pieces)
        if line:
            self._blocks.append(line)
        self._flush_notes()
        for box in inline.boxes:
            self._container(box)

    def _table(self, tbl: CT_Tbl) -> None:
        grid = tables.Grid(tbl)
        if grid.is_layout():
            for row in grid.rows:
                for cell in row.cells:
                    if not cell.continuation:
                        self._container(cell.tc)
            return
        rows = [row for row in grid.texts(self._cell_text) if any(row)]
        if rows:
            self._blocks.append("\n".join("\t".join(row) for row in rows))
        self._flush_notes()

    def _cell_text(self, tc: CT_Tc) -> str:
        """A data cell's paragraphs (and any text boxes in them) joined by one space."""
        texts: list[str] = []
        self._cell_paragraphs(tc, texts)
        return collapse(" ".join(texts))

    def _cell_paragraphs(self, container: BaseOxmlElement, texts: list[str]) -> None:
        for p in tables.children(container, tags.P):
            inline = self._reader.read(p, self._numbering.label(p))
            texts.append(plain(inline.pieces))
            for box in inline.boxes:
                self._cell_paragraphs(box, texts)

    def _flush_notes(self) -> None:
        self._blocks.extend(self._notes.take_lines(self._reader))
