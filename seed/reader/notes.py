"""Footnotes: a superscript mark where the text refers to one, and the note's own line after that block.

python-docx has no footnote API: the footnotes part is a plain package part, so its `w:footnote`
elements are parsed here by hand. Their paragraphs are ordinary `w:p` elements and are read like the
body's. Marks are numbered 1, 2, 3 … in the order the body first refers to each note, as Word numbers
them by default (a report's footnotes restart at 1 and use Arabic numerals).
"""

from __future__ import annotations

from docx.opc.part import Part
from docx.oxml.xmlchemy import BaseOxmlElement

from seed.reader import tags
from seed.reader.inline import SUPERSCRIPT_DIGITS, InlineReader, plain
from seed.reader.package import part_element

# Separator and continuation notes draw the rule above the notes; they hold no text of the report.
_SPECIAL_TYPES = frozenset({"separator", "continuationSeparator", "continuationNotice"})


class Footnotes:
    """The document's footnotes; `mark` numbers a reference, `take_lines` gives the notes referred to since."""

    def __init__(self, part: Part | None) -> None:
        self._bodies: dict[str, BaseOxmlElement] = {}
        if part is not None:
            for note in part_element(part).iter(tags.FOOTNOTE):
                if note.get(tags.TYPE) not in _SPECIAL_TYPES:
                    self._bodies[str(note.get(tags.ID))] = note
        self._numbers: dict[str, int] = {}
        self._pending: list[str] = []

    def mark(self, note_id: str) -> str:
        """The printed mark of a reference to `note_id` ("¹"); the first reference queues the note's line."""
        if note_id not in self._numbers:
            self._numbers[note_id] = len(self._numbers) + 1
            self._pending.append(note_id)
        return str(self._numbers[note_id]).translate(SUPERSCRIPT_DIGITS)

    def take_lines(self, reader: InlineReader) -> list[str]:
        """One line per note referred to since the last call: "¹ Resource variance amounts are …"."""
        lines: list[str] = []
        for note_id in self._pending:
            body = self._bodies.get(note_id)
            if body is None:
                continue
            text = " ".join(filter(None, (plain(reader.read(p).pieces) for p in body.iter(tags.P))))
            lines.append(f"{self.mark(note_id)} {text}".rstrip())
        self._pending.clear()
        return lines
