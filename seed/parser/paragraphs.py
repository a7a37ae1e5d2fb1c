"""Numbered paragraphs (1–111 in A/75/623) and the unnumbered summary prose, as plain text with their place.

A numbered paragraph starts at a line "N. …" and goes on over following lines until a line that cannot
belong to running prose: the next numbered paragraph, a section heading, a sub-heading, a table row (tabs),
a footnote, or a results-framework block ("Component N:", "Expected accomplishment"). Page breaks in the
text leave a paragraph split over lines ("…the kidnapping of" / "candidates, local …"); the pieces are
joined with one space. Lines met after a paragraph has been closed (table cells) belong to no paragraph.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from app.core.markup import FOOTNOTE_OPENERS, bold_lead_in, clean
from seed.parser.layout import Layout, Role
from seed.parser.spans import ParseError, SourceSpan

_PARA_START = re.compile(r"^(?P<number>\d{1,3})\.\s+(?P<body>\S.*)$")
_ITEM_START = re.compile(r"^\((?P<letter>[a-z])\)\s+(?P<body>\S.*)$")
_COMPONENT = re.compile(r"^Component (?P<number>\d+):\s*\S")
_BLOCK_START = re.compile(r"^(?:Expected accomplishment|Component \d+:)")
# "Air operations\t\$22 365.9\t15.4%": a section IV entry, whose name heads the paragraphs below it.
VARIANCE_ROW = re.compile(
    r"^(?P<name>[^\t]*[A-Za-z][^\t]*?)\s*\t\s*(?P<amount>\(?\\?\$[\d\s,.]+\)?)\s*\t\s*(?P<percent>\(?-?[\d.]+%\)?)\s*$"
)


@dataclass(frozen=True)
class ParagraphItem:
    """A lettered sub-item "(a) **Lead-in.** Text" printed on its own line inside a paragraph."""

    letter: str
    lead_in: str | None  # the bold run opening the item, when more text follows it
    text: str  # the item without its letter and lead-in


@dataclass(frozen=True)
class Paragraph:
    number: int
    section: str
    heading: str
    text: str  # the whole printed paragraph, sub-items included, without "N. "
    component: int | None
    items: tuple[ParagraphItem, ...]
    source: SourceSpan


@dataclass(frozen=True)
class SummaryParagraph:
    index: int  # 1-based order within the summary
    text: str
    after_tables: bool  # the closing sentence printed after the summary tables
    source: SourceSpan


def is_heading_like(text: str) -> bool:
    """A short standalone line with no closing punctuation: a sub-heading, never running prose."""
    text = text.strip()
    if not text or "\t" in text or text[0].islower() or text[0] in "(" + FOOTNOTE_OPENERS:
        return False
    return len(text) <= 150 and text[-1] not in ".:;,"


def _closes_paragraph(line: int, text: str, heading_lines: frozenset[int]) -> bool:
    """Whether a line (not a paragraph start or item) ends the paragraph being read."""
    stripped = text.strip()
    return (
        line in heading_lines
        or "\t" in text
        or stripped[0] in FOOTNOTE_OPENERS
        or _BLOCK_START.match(stripped) is not None
        or stripped.startswith("(Thousands")
        or is_heading_like(stripped)
    )


@dataclass
class _Open:
    """A paragraph being read: its lines, grouped into the lead text and lettered items."""

    number: int
    section: str
    heading: str
    component: int | None
    first_line: int
    last_line: int
    lead: list[str]
    items: list[tuple[str, list[str]]]

    def add(self, line: int, text: str) -> None:
        item = _ITEM_START.match(text.strip())
        if item:
            self.items.append((item["letter"], [item["body"]]))
        elif self.items:
            self.items[-1][1].append(text.strip())
        else:
            self.lead.append(text.strip())
        self.last_line = line

    def close(self) -> Paragraph:
        pieces = [clean(" ".join(self.lead))]
        items: list[ParagraphItem] = []
        for letter, lines in self.items:
            raw = " ".join(lines)
            lead_in = bold_lead_in(raw)
            if lead_in and lead_in[1].strip():
                item = ParagraphItem(letter, clean(lead_in[0]), clean(lead_in[1]))
            else:
                item = ParagraphItem(letter, None, clean(raw))
            items.append(item)
            pieces.append(clean(f"({letter}) {raw}"))
        return Paragraph(
            number=self.number,
            section=self.section,
            heading=self.heading,
            text=" ".join(p for p in pieces if p),
            component=self.component,
            items=tuple(items),
            source=SourceSpan(self.section, self.first_line, self.last_line, str(self.number)),
        )


class _Reader:
    """Reads the numbered paragraphs line by line, keeping the running section, heading and component."""

    def __init__(self, layout: Layout) -> None:
        self.doc = layout.doc
        self.frameworks = layout.roles.get(Role.FRAMEWORKS)  # the section whose components number paragraphs
        self.heading_lines = frozenset(sec.heading_line for sec in self.doc.sections.values())
        self.paragraphs: list[Paragraph] = []
        self.current: _Open | None = None
        self.section = ""
        self.heading = ""
        self.component: int | None = None
        self.previous = (0, "")  # the last non-blank line seen, to find the heading right above a paragraph

    def read(self, line: int, text: str) -> None:
        self._enter_section(line)
        para = _PARA_START.match(text) if "\t" not in text else None
        if para and self._numbered_heading(para):
            para = None  # "1. Other revenue and adjustments": a numbered sub-heading, which closes the paragraph
        if para:
            self._open(line, para)
        elif self.current and not _closes_paragraph(line, text, self.heading_lines):
            self.current.add(line, text)
        else:
            self.close()
            self._component_heading(text)
        self.previous = (line, text)

    def _numbered_heading(self, para: re.Match[str]) -> bool:
        """A numbered line that does not continue the paragraph numbers and reads as a heading is a sub-heading."""
        wanted = self.paragraphs[-1].number + 1 if self.paragraphs else 1
        if self.current is not None:
            wanted = self.current.number + 1
        return int(para["number"]) != wanted and is_heading_like(para["body"])

    def close(self) -> None:
        if self.current:
            self.paragraphs.append(self.current.close())
            self.current = None

    def _enter_section(self, line: int) -> None:
        where = self.doc.section_of(line)
        if where != self.section:
            self.section, self.heading, self.component = where, self.doc.section(where).title, None

    def _open(self, line: int, para: re.Match[str]) -> None:
        self.close()
        number = int(para["number"])
        wanted = self.paragraphs[-1].number + 1 if self.paragraphs else 1
        if number != wanted:
            raise ParseError(
                f"paragraph {number} found where paragraph {wanted} was expected", section=self.section, line=line
            )
        self.heading = _heading_above(self.previous, self.heading, self.heading_lines)
        self.current = _Open(number, self.section, self.heading, self.component, line, line, [para["body"]], [])

    def _component_heading(self, text: str) -> None:
        match = _COMPONENT.match(text.strip())
        if match and self.section == self.frameworks:
            self.component = int(match["number"])


def parse_paragraphs(layout: Layout, *, expected: int | None = None) -> tuple[Paragraph, ...]:
    """Every numbered paragraph, in order; numbers must run 1, 2, 3 … (and reach `expected` if given)."""
    doc = layout.doc
    start = layout.first_numbered.heading_line
    reader = _Reader(layout)
    for line, text in doc.numbered(start, len(doc)):
        reader.read(line, text)
    reader.close()
    paragraphs = reader.paragraphs
    if expected is not None and len(paragraphs) != expected:
        last = paragraphs[-1].source.last_line if paragraphs else start
        raise ParseError(
            f"{len(paragraphs)} numbered paragraphs found, {expected} expected", section=doc.section_of(last), line=last
        )
    return tuple(paragraphs)


def _heading_above(previous: tuple[int, str], heading: str, heading_lines: frozenset[int]) -> str:
    """The heading of a paragraph: the sub-heading or variance entry printed just above it, else the running one."""
    line, text = previous
    if line in heading_lines:
        return heading  # a section heading: its title is already the running heading
    row = VARIANCE_ROW.match(text)
    if row:
        return clean(row["name"])
    stripped = text.strip()
    numbered = _PARA_START.match(stripped)
    if numbered and is_heading_like(numbered["body"]):
        return clean(numbered["body"])  # a numbered sub-heading: "2. Borrowing"
    if is_heading_like(stripped) or _COMPONENT.match(stripped):
        return clean(stripped)
    return heading


def parse_summary(layout: Layout) -> tuple[SummaryParagraph, ...]:
    """The summary's prose: the paragraphs before its tables and the closing sentence after them."""
    doc, path = layout.doc, layout.path(Role.SUMMARY)
    sec = doc.section(path)
    found: list[SummaryParagraph] = []
    seen_table = False
    for line, text in doc.numbered(sec.first_line, sec.last_line):
        stripped = text.strip()
        if "\t" in text:
            seen_table = True
            continue
        prose = stripped[0] not in "(" + FOOTNOTE_OPENERS and stripped.endswith(".") and not is_heading_like(stripped)
        if prose:
            found.append(SummaryParagraph(len(found) + 1, clean(stripped), seen_table, SourceSpan(path, line, line)))
    if not found:
        raise ParseError("the summary has no prose", section=path, line=sec.heading_line)
    return tuple(found)


def section_paragraphs(layout: Layout, section: str, paragraphs: tuple[Paragraph, ...] | None) -> list[Paragraph]:
    """The numbered paragraphs of one section, from the report's paragraphs when given, else read again."""
    return [p for p in (paragraphs if paragraphs is not None else parse_paragraphs(layout)) if p.section == section]


def paragraph_map(paragraphs: tuple[Paragraph, ...]) -> dict[int, Paragraph]:
    """Paragraphs by number."""
    return {p.number: p for p in paragraphs}
