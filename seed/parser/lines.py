"""The report as numbered lines, cut into the sections its table of contents announces.

Section headings are found by matching the titles listed under "Contents" in the body,
in order, so a missing or renamed section is detected rather than silently merged.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass, field

from app.core.markup import drop_superscripts, single_spaces
from seed.parser.spans import ParseError

ANNEX = "Annex"
ROMAN = ("I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X")
_CONTENTS_ENTRY = re.compile(r"^(?P<mark>[IVX]+|[A-Z])\.\s*(?P<title>.+?)\.?\s*\t\s*\d+\s*$")
_UNMARKED_ENTRY = re.compile(r"^(?P<title>[^\t]+?)\s*\t\s*\d+\s*$")
_ANNEXES = re.compile(r"^(?P<word>Annex(?:es)?)\s*$")


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
        summary_index, entries, parts = _contents(self.lines)
        self.sections: dict[str, Section] = _find_sections(self.lines, summary_index, entries)
        # The parts the contents list under a single annex ("Organization charts", then "Map"): printed in the
        # annex, but not sections of the report (`seed.parser.completeness` checks they are all there).
        self.annex_parts: tuple[str, ...] = tuple(parts)

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

    @property
    def report_end(self) -> int:
        """The last line of the report proper: the line before its first annex, else the last line."""
        annexes = [sec.heading_line for sec in self.sections.values() if is_annex(sec.path)]
        return min(annexes) - 1 if annexes else len(self.lines)

    def section_of(self, line: int) -> str:
        """The most specific section holding a line ("front" before the summary)."""
        best = "front"
        for sec in self.sections.values():
            if sec.heading_line <= line <= sec.last_line:
                best = sec.path
        return best


def is_annex(path: str) -> bool:
    """An annex ("Annex", "Annex II") is printed after the report and numbers its own paragraphs."""
    return path.startswith(ANNEX)


@dataclass(frozen=True)
class _Entry:
    """A section the contents list: its path, its title, and the heading that opens it in the body."""

    path: str
    title: str
    heading: str


def _contents(lines: tuple[str, ...]) -> tuple[int, list[_Entry], list[str]]:
    """The sections the table of contents lists, the line where the contents end, and the titles of a single
    annex's later parts.

    Entries after an "Annex" or "Annexes" line are annexes, not parts of the report: an annex's body heading
    is "Annex I" (or "Annex" where the report has one), and its own numbered headings ("I. Introduction")
    are not sections of the report.
    """
    try:
        start = next(i for i, t in enumerate(lines) if t.strip() == "Contents")
    except StopIteration:
        raise ParseError("no table of contents", section="front") from None
    entries: list[_Entry] = []
    reading = _Reading()
    end = start
    for i in range(start + 1, len(lines)):
        text = lines[i].strip()
        if text == "Summary":
            end = i
            break
        entry = reading.entry(text)
        if entry is not None:
            entries.append(entry)
    else:
        raise ParseError("no summary after the table of contents", section="front", line=start + 1)
    if not entries:
        raise ParseError("the table of contents lists no sections", section="front", line=start + 1)
    return end, entries, reading.parts


@dataclass
class _Reading:
    """The contents read line by line: the running top-level mark, and whether the annexes have begun."""

    top: str = ""
    letter: str = ""  # the last sub-section letter under `top`
    annexes: str | None = None  # "Annex" or "Annexes" once the annexes' line is passed
    parts: list[str] = field(default_factory=list)  # a single annex's parts after the first ("Map")

    def entry(self, text: str) -> _Entry | None:
        annexes = _ANNEXES.match(text)
        if annexes:
            self.annexes = annexes["word"]
            return None
        match = _CONTENTS_ENTRY.match(text)
        if self.annexes is not None:
            return self._annex(match, text)
        if not match:
            return None
        mark, title = match["mark"], normalise_heading(match["title"])
        heading = normalise_heading(f"{mark}. {title}")
        # "I" after "H" is the ninth sub-section, not the first part: a letter that follows the last one is a letter.
        if mark in ROMAN and not self._next_letter(mark):
            self.top, self.letter = mark, ""
            return _Entry(mark, title, heading)
        if self.top:
            self.letter = mark
            return _Entry(f"{self.top}.{mark}", title, heading)
        return None

    def _next_letter(self, mark: str) -> bool:
        return len(mark) == 1 and bool(self.letter) and ord(mark) == ord(self.letter) + 1

    def _annex(self, match: re.Match[str] | None, text: str) -> _Entry | None:
        if match and match["mark"] in ROMAN:
            name = f"{ANNEX} {match['mark']}"
            return _Entry(name, normalise_heading(match["title"]), name)
        untitled = _UNMARKED_ENTRY.match(text)
        if self.annexes == ANNEX and untitled:
            self.annexes = ""  # one annex: its first listed title names it, the later ones are its parts
            return _Entry(ANNEX, normalise_heading(untitled["title"]), ANNEX)
        if self.annexes == "" and untitled:
            self.parts.append(normalise_heading(untitled["title"]))
        return None


def _find_sections(lines: tuple[str, ...], summary_index: int, entries: list[_Entry]) -> dict[str, Section]:
    found: list[tuple[str, str, int]] = [("Summary", "Summary", summary_index + 1)]
    cursor = summary_index + 1
    for entry in entries:
        for i in range(cursor, len(lines)):
            if normalise_heading(lines[i]) == entry.heading:
                found.append((entry.path, entry.title, i + 1))
                cursor = i + 1
                break
        else:
            raise ParseError(
                f'heading "{entry.heading}" not found at or after this line', section=entry.path, line=cursor + 1
            )
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
