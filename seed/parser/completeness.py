"""A report is refused unless every section is complete, so a text cut short (a lost last line, a last paragraph
cut mid-sentence) never loads as if whole. The rules follow from the layout, not from any one file:

- A section ends where the next heading begins, so every heading the contents list must be printed
  (`seed.parser.lines` refuses a missing one), and so must the parts the contents list under a single annex
  ("Organization charts", then "Map"), in order.
- A table's last row has its full set of columns: as many cells as the widest row of its table.
- A table-note mark ("1 UNV ^a") has its note ("^a Conversion.") printed below it, in the same section.
- The text's last line, where it is a paragraph of prose, ends a sentence. Only there: a paragraph before a
  heading is bounded by that heading, and the printed reports do end some sections without a full stop.

Rules belonging to one section's layout live with its parser: a follow-up entry needs both its request and its
action taken, and each table's last action ends a sentence (`seed.parser.followup`); a table whose layout closes
with a total needs its total row (`seed.parser.toolkit.require_total`).
"""

from __future__ import annotations

import re

from app.core.markup import drop_superscripts
from seed.parser.lines import ANNEX, Document, normalise_heading
from seed.parser.paragraphs import is_heading_like
from seed.parser.spans import ParseError

_NOTE = re.compile(r"^\^(?P<mark>[a-z])\s")
_MARK = re.compile(r"\^(?P<mark>[a-z])\b")
# A sentence ends with a full stop, question or exclamation mark, then any closing quotes or brackets.
_SENTENCE_END = re.compile(r"[.?!][)\]”’\"']*$")


def check_complete(doc: Document) -> None:
    """Refuse (ParseError naming the section and line) a report some section of which is incomplete."""
    _check_annex_parts(doc)
    for path in doc.sections:
        _check_tables(doc, path)
        _check_notes(doc, path)
    _check_last_paragraph(doc)


def _check_annex_parts(doc: Document) -> None:
    if not doc.annex_parts or ANNEX not in doc.sections:
        return
    annex = doc.sections[ANNEX]
    cursor = annex.first_line
    for part in doc.annex_parts:
        found = next((n for n, text in doc.numbered(cursor, annex.last_line) if normalise_heading(text) == part), None)
        if found is None:
            raise ParseError(
                f'the contents list "{part}" in the annex, but the text ends before it', section=ANNEX, line=cursor
            )
        cursor = found + 1


def _check_tables(doc: Document, path: str) -> None:
    """Each table (a run of tab-separated lines) ends with a row of its full width."""
    table: list[tuple[int, int]] = []  # (line, cells) of the table being read
    for number, text in [*doc.body(path), (0, "")]:
        if "\t" in text:
            table.append((number, len(text.split("\t"))))
            continue
        if table:
            last, width = table[-1]
            full = max(cells for _, cells in table)
            if width < full:
                raise ParseError(f"the table's last row has {width} of its {full} columns", section=path, line=last)
        table = []


def _check_notes(doc: Document, path: str) -> None:
    """Notes are printed below the table or chart that marks them: every mark has its note further down."""
    awaited: dict[str, int] = {}  # marks used and not yet explained, with the last line using each
    for number, text in doc.body(path):
        note = _NOTE.match(text.strip())
        if note:
            awaited.pop(note["mark"], None)
            continue
        for used in _MARK.finditer(text):
            awaited[used["mark"]] = number
    if awaited:
        mark, number = next(iter(awaited.items()))
        raise ParseError(f'the note "^{mark}" this line marks is not printed below it', section=path, line=number)


def _check_last_paragraph(doc: Document) -> None:
    number = next((n for n in range(len(doc), 0, -1) if doc.line(n).strip()), None)
    if number is None:
        return
    text = doc.line(number).strip()
    if "\t" in text or is_heading_like(text):
        return  # a table row (see `_check_tables`), or a heading or caption, which is whole as printed
    if not ends_sentence(text):
        raise ParseError(
            "the text ends mid-sentence: its last paragraph is cut short", section=doc.section_of(number), line=number
        )


def ends_sentence(text: str) -> bool:
    """Whether prose ends a sentence, bold markup and footnote marks aside."""
    return _SENTENCE_END.search(drop_superscripts(text).strip().rstrip("*").rstrip()) is not None
