"""The report as numbered lines, cut into the sections its table of contents announces.

Section headings are found by matching the titles listed under "Contents" in the body,
in order, so a missing or renamed section is detected rather than silently merged.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass

from app.core.markup import drop_superscripts, single_spaces
from seed.parser.spans import ParseError

ROMAN = ("I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X")
_CONTENTS_ENTRY = re.compile(r"^(?P<mark>[IVX]+|[A-Z])\.\s*(?P<title>.+?)\.?\s*\t\s*\d+\s*$")


def normalise_heading(text: str) -> str:
    """Compare headings without their page numbers, footnote marks, tabs and trailing dots."""
    text = single_spaces(drop_superscripts(text))
    return text.rstrip(".").strip()


@dataclass(frozen=True)
class Section:
    path: str  # "I", "II.F", "III.A", or "Summary"
    title: str
    heading_line: int
    first_line: int  # first line after the heading
    last_line: int


class Document:
    """Immutable numbered view of a report text (line 1 is the first line)."""

    def __init__(self, text: str) -> None:
        self.lines: tuple[str, ...] = tuple(text.split("\n"))
        self.sections: dict[str, Section] = _find_sections(self.lines)

    def __len__(self) -> int:
        return len(self.lines)

    def line(self, number: int) -> str:
        return self.lines[number - 1]

    def section(self, path: str) -> Section:
        try:
            return self.sections[path]
        except KeyError:
            raise ParseError("section is missing", section=path) from None

    def numbered(self, first: int, last: int) -> Iterator[tuple[int, str]]:
        """Non-blank lines from first to last inclusive, with their numbers."""
        for number in range(first, min(last, len(self.lines)) + 1):
            text = self.lines[number - 1]
            if text.strip():
                yield number, text

    def body(self, path: str) -> list[tuple[int, str]]:
        """Non-blank lines of a section, without its heading."""
        sec = self.section(path)
        return list(self.numbered(sec.first_line, sec.last_line))

    def section_of(self, line: int) -> str:
        """The most specific section holding a line ("front" before the summary)."""
        best = "front"
        for sec in self.sections.values():
            if sec.heading_line <= line <= sec.last_line:
                best = sec.path
        return best


def _contents(lines: tuple[str, ...]) -> tuple[int, list[tuple[str, str]]]:
    """The (path, title) entries of the table of contents and the line where the contents end."""
    try:
        start = next(i for i, t in enumerate(lines) if t.strip() == "Contents")
    except StopIteration:
        raise ParseError("no table of contents", section="front") from None
    entries: list[tuple[str, str]] = []
    top = ""
    end = start
    for i in range(start + 1, len(lines)):
        text = lines[i].strip()
        if text == "Summary":
            end = i
            break
        match = _CONTENTS_ENTRY.match(lines[i].strip())
        if not match:
            continue
        mark, title = match["mark"], normalise_heading(match["title"])
        if mark in ROMAN:
            top = mark
            entries.append((mark, title))
        elif top:
            entries.append((f"{top}.{mark}", title))
    else:
        raise ParseError("no summary after the table of contents", section="front", line=start + 1)
    if not entries:
        raise ParseError("the table of contents lists no sections", section="front", line=start + 1)
    return end, entries


def _find_sections(lines: tuple[str, ...]) -> dict[str, Section]:
    summary_index, entries = _contents(lines)
    found: list[tuple[str, str, int]] = [("Summary", "Summary", summary_index + 1)]
    cursor = summary_index + 1
    for path, title in entries:
        mark = path.split(".")[-1]
        wanted = normalise_heading(f"{mark}. {title}")
        for i in range(cursor, len(lines)):
            if normalise_heading(lines[i]) == wanted:
                found.append((path, title, i + 1))
                cursor = i + 1
                break
        else:
            raise ParseError(f'heading "{wanted}" not found at or after this line', section=path, line=cursor + 1)
    sections: dict[str, Section] = {}
    last_line = len(lines)
    for index, (path, title, heading) in enumerate(found):
        # A section runs to the next heading at its own or a higher level.
        depth = path.count(".")
        end = last_line
        for later_path, _, later_heading in found[index + 1 :]:
            if later_path.count(".") <= depth or path == "Summary":
                end = later_heading - 1
                break
        sections[path] = Section(path, title, heading, heading + 1, end)
    return sections
