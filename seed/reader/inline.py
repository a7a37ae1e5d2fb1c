"""A paragraph's visible text: its runs walked in order, then rendered as one line of canonical text.

python-docx's `Paragraph.text` reads only the paragraph's direct runs and hyperlinks, so it loses the text
inside content controls (`w:sdt`), inserted revisions (`w:ins`), smart tags and simple fields. The walk
here goes through those wrappers itself, over python-docx's parsed elements, and drops deleted revisions.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field

from docx.oxml.text.paragraph import CT_P
from docx.oxml.text.run import CT_R
from docx.oxml.xmlchemy import BaseOxmlElement

from seed.reader import tags
from seed.reader.formatting import Formatting

SUPERSCRIPT_DIGITS = str.maketrans("0123456789", "⁰¹²³⁴⁵⁶⁷⁸⁹")

# A list mark that may stand, unbolded, before a bold lead-in: "(a)", "(iv)", "12." (not "I." or "A.",
# which open section headings).
_LIST_MARK = re.compile(r"\(?[0-9]{1,3}[.)]|\([a-z]{1,5}\)|[a-z]\)")


@dataclass(frozen=True)
class Piece:
    """A stretch of a paragraph's text with the formatting the canonical text keeps."""

    text: str
    bold: bool = False
    superscript: bool = False
    mark: bool = False  # a footnote mark, already in superscript digits


@dataclass
class Inline:
    """A paragraph's pieces, and the text boxes anchored in it (their text is read as separate blocks)."""

    pieces: list[Piece] = field(default_factory=list)
    boxes: list[BaseOxmlElement] = field(default_factory=list)


class InlineReader:
    """Walks paragraphs; `note_mark` turns a footnote id into its printed mark (and remembers the reference)."""

    def __init__(self, formatting: Formatting, note_mark: Callable[[str], str]) -> None:
        self._formatting = formatting
        self._note_mark = note_mark

    def read(self, p: CT_P, label: str = "") -> Inline:
        inline = Inline()
        if label:
            inline.pieces.append(Piece(label))
        self._walk(p, p.style, inline)
        return inline

    def _walk(self, parent: BaseOxmlElement, style: str | None, inline: Inline) -> None:
        for child in parent:
            tag = child.tag
            if tag == tags.R:
                self._run(child, style, inline)
            elif tag in tags.TRANSPARENT:
                self._walk(child, style, inline)
            elif tag == tags.ALTERNATE_CONTENT:
                branch = chosen_branch(child)
                if branch is not None:
                    self._walk(branch, style, inline)
            # Anything else (paragraph properties, bookmarks, proofing marks, deleted revisions) shows no text.

    def _run(self, r: CT_R, style: str | None, inline: Inline) -> None:
        fmt = self._formatting.run(r, style)
        if fmt.hidden:
            return
        text: list[str] = []
        for child in r:
            tag = child.tag
            if tag == tags.T:
                text.append(child.text or "")
            elif tag in (tags.TAB, tags.PTAB):
                text.append("\t")
            elif tag in (tags.BR, tags.CR):
                text.append("\n")
            elif tag == tags.NO_BREAK_HYPHEN:
                text.append("-")
            elif tag == tags.SYM:
                text.append(_symbol(child))
            elif tag == tags.FOOTNOTE_REFERENCE:
                inline.pieces.append(Piece("".join(text), fmt.bold, fmt.superscript))
                text.clear()
                inline.pieces.append(Piece(self._note_mark(str(child.get(tags.ID))), mark=True))
            elif tag in (tags.DRAWING, tags.PICT, tags.OBJECT, tags.ALTERNATE_CONTENT):
                inline.boxes.extend(text_boxes(child))
            # Field codes (w:instrText), deleted text and the footnote number inside a footnote show nothing.
        inline.pieces.append(Piece("".join(text), fmt.bold, fmt.superscript))


def chosen_branch(alternate: BaseOxmlElement) -> BaseOxmlElement | None:
    """The branch of an `mc:AlternateContent` to read: the first choice (the fallback repeats it)."""
    for tag in (tags.CHOICE, tags.FALLBACK):
        for child in alternate:
            if child.tag == tag:
                return child  # type: ignore[no-any-return]
    return None


def text_boxes(element: BaseOxmlElement) -> list[BaseOxmlElement]:
    """The text-box bodies (`w:txbxContent`) inside a drawing, picture or object, each once."""
    if element.tag == tags.TXBX_CONTENT:
        return [element]
    if element.tag == tags.ALTERNATE_CONTENT:
        branch = chosen_branch(element)
        return text_boxes(branch) if branch is not None else []
    found: list[BaseOxmlElement] = []
    for child in element:
        found.extend(text_boxes(child))
    return found


def collapse(text: str) -> str:
    """Runs of whitespace (tabs, line breaks, non-breaking spaces) to one space; none at either end."""
    return " ".join(text.split())


def plain(pieces: list[Piece]) -> str:
    """The pieces as one line, with note marks and superscripts rendered and no bold markup."""
    return collapse("".join(_shown(piece) for piece in _merged(pieces)))


def with_lead_in(pieces: list[Piece]) -> str:
    """As `plain`, with a bold lead-in wrapped in `**…**` ("(a) **Disarmament.** The activities …").

    The lead-in is the bold text that opens the paragraph, after an unbolded list mark if there is one.
    A paragraph that is bold throughout (a heading, a table label) gets no markup.
    """
    parts = [(_shown(piece), piece.bold and not piece.mark, _neutral(piece)) for piece in _merged(pieces)]
    start = 0
    while start < len(parts) and parts[start][2]:
        start += 1
    mark = ""
    if start < len(parts) and not parts[start][1]:
        if not _LIST_MARK.fullmatch(parts[start][0].strip()):
            return plain(pieces)
        mark = parts[start][0]
        start += 1
    end = start
    while end < len(parts) and (parts[end][1] or parts[end][2]):
        end += 1
    while end > start and not parts[end - 1][0].strip():
        end -= 1
    rest = "".join(text for text, _, _ in parts[end:])
    if end == start or not (mark or rest.strip()) or not any(bold for _, bold, _ in parts[start:end]):
        return plain(pieces)
    lead = collapse("".join(text for text, _, _ in parts[start:end]))
    return collapse(f"{mark} **{lead}** {rest}")


def _merged(pieces: list[Piece]) -> list[Piece]:
    """Adjacent pieces of the same formatting as one, so a note letter split over runs is still one letter."""
    merged: list[Piece] = []
    for piece in pieces:
        if not piece.text:
            continue
        last = merged[-1] if merged else None
        if last and _same_format(last, piece):
            merged[-1] = Piece(last.text + piece.text, piece.bold, piece.superscript)
        else:
            merged.append(piece)
    return merged


def _same_format(first: Piece, second: Piece) -> bool:
    """Two pieces that read as one: neither is a footnote mark, and bold and superscript agree."""
    return not (first.mark or second.mark) and (first.bold, first.superscript) == (second.bold, second.superscript)


def _shown(piece: Piece) -> str:
    if not piece.superscript or piece.mark:
        return piece.text
    core = piece.text.strip()
    if len(core) == 1 and core.isascii() and core.isalpha():
        return f" ^{core} "  # a table note letter, as the text writes it: "Approved ^a", "^a Represents …"
    return piece.text.translate(SUPERSCRIPT_DIGITS)


def _neutral(piece: Piece) -> bool:
    """Whitespace, footnote marks and superscripts (note letters) neither start nor end a bold lead-in."""
    return piece.mark or piece.superscript or not piece.text.strip()


def _symbol(sym: BaseOxmlElement) -> str:
    """A `w:sym` character; codes in the symbol fonts' private range (F000-F0FF) have no plain-text equivalent."""
    try:
        code = int(str(sym.get(tags.CHAR)), 16)
    except ValueError:
        return ""
    return chr(code) if code < 0xE000 else ""
