"""What the section parsers do alike: read a table's rows and footnotes, and read its printed numbers.

A table is printed as tab-separated lines: a header row, then one line per row up to the first blank line.
Its footnotes are lines opening with the mark they explain ("^a Represents …", "¹ Resource …").
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass

from app.core.markup import clean, footnote
from app.core.vocabulary import FinancialLevel
from seed.parser.lines import Document
from seed.parser.numbers import Figure, parse_decimal
from seed.parser.spans import ParseError

Cells = list[str]
# A row's printed mark: a group's roman number "II. Civilian personnel", an item's letter "(a) Unencumbered …".
_ROW_MARK = re.compile(r"^(?:(?P<roman>[IVX]+)\.|(?P<letter>\([a-z]\)))\s+")


def cells(line: str) -> Cells:
    """The cells of a tab-separated line, cleaned, trailing empty cells dropped."""
    parts = [clean(part) for part in line.split("\t")]
    while parts and not parts[-1]:
        parts.pop()
    return parts


def row_mark(name: str) -> tuple[str | None, str]:
    """A row name's printed mark ("II", "(a)") and the name without it; (None, name) when it prints none."""
    found = _ROW_MARK.match(name)
    if not found:
        return None, name
    return found["roman"] or found["letter"], name[found.end() :]


def cell(row: Sequence[str], index: int) -> str:
    """A row's cell by position; a cell the line does not print is empty."""
    return row[index] if index < len(row) else ""


@dataclass(frozen=True)
class Table:
    """A table's header row and its rows, each with its line number, in printed order."""

    header_line: int
    header: Cells
    rows: list[tuple[int, Cells]]

    @property
    def last_line(self) -> int:
        return self.rows[-1][0] if self.rows else self.header_line


def read_table(doc: Document, path: str, is_header: Callable[[Cells], bool], *, missing: str) -> Table:
    """The first table of a section whose header row satisfies `is_header`: its rows run to the first blank line,
    and on over any later part that repeats the header row (a table printed in two parts).

    Raises ParseError(`missing`) at the section's first line when no header row is found.
    """
    sec = doc.section(path)
    for number in range(sec.first_line, sec.last_line + 1):
        header = cells(doc.line(number))
        if header and is_header(header):
            return Table(number, header, _parts(doc, header, number + 1, sec.last_line))
    raise ParseError(missing, section=path, line=sec.first_line)


def _parts(doc: Document, header: Cells, first: int, last: int) -> list[tuple[int, Cells]]:
    """The rows of a table printed in parts: a part that opens by repeating the header row continues it."""
    rows = _rows_from(doc, first, last)
    following = (rows[-1][0] if rows else first - 1) + 1
    while following <= last and not doc.line(following).strip():
        following += 1
    if following <= last and cells(doc.line(following)) == header:
        rows.extend(_parts(doc, header, following + 1, last))
    return rows


@dataclass(frozen=True)
class Grid:
    """A table whose column titles take one or more rows ("Variance" over "Amount" and "Percentage"),
    then its data rows. A column is found by its title, wherever the title rows print it."""

    titles: list[tuple[int, Cells]]
    rows: list[tuple[int, Cells]]

    def column(self, title: str) -> int | None:
        """The index of the column a title row names `title`, or None when no title row does."""
        return next((row.index(title) for _, row in self.titles if title in row), None)

    def columns(self, pattern: re.Pattern[str]) -> list[tuple[int, str]]:
        """(index, title) of every column whose title matches `pattern`, in printed order."""
        return [(index, text) for _, row in self.titles for index, text in enumerate(row) if pattern.fullmatch(text)]

    @property
    def data_columns(self) -> list[int]:
        """The columns right of the names that print a figure in some data row, left to right."""
        return sorted({index for _, row in self.rows for index, text in enumerate(row) if index and text})

    @property
    def first_line(self) -> int:
        return (self.titles or self.rows)[0][0]

    @property
    def last_line(self) -> int:
        return (self.rows or self.titles)[-1][0]


def read_grid(doc: Document, path: str, title: str, *, corner: re.Pattern[str], missing: str) -> Grid:
    """The first table of a section that prints the column title `title`.

    A table is a run of tab-separated lines up to the first blank line. Its title rows are its leading rows
    whose first cell is empty or the first column's title (`corner` matches it: "Category"); data rows follow.
    Raises ParseError(`missing`) at the section's first line when no table prints the title.
    """
    sec = doc.section(path)
    for number in range(sec.first_line, sec.last_line + 1):
        if title not in cells(doc.line(number)):
            continue
        start = number
        while start > sec.first_line and "\t" in doc.line(start - 1):
            start -= 1
        return _grid(_rows_from(doc, start, sec.last_line), corner)
    raise ParseError(missing, section=path, line=sec.first_line)


def read_grids(doc: Document, path: str, wanted: Callable[[Grid], bool], *, corner: re.Pattern[str]) -> list[Grid]:
    """Every table of a section that `wanted` accepts, in printed order (tables and title rows as `read_grid`)."""
    sec = doc.section(path)
    grids = []
    number = sec.first_line
    while number <= sec.last_line:
        rows = _rows_from(doc, number, sec.last_line) if "\t" in doc.line(number) else []
        if rows and wanted(grid := _grid(rows, corner)):
            grids.append(grid)
        number = rows[-1][0] + 1 if rows else number + 1
    return grids


def _grid(rows: list[tuple[int, Cells]], corner: re.Pattern[str]) -> Grid:
    """Title rows, then data rows; a table printed over two pages repeats its title rows, which are dropped."""
    split = next((i for i, (_, row) in enumerate(rows) if row[0] and not corner.fullmatch(row[0])), len(rows))
    titles = rows[:split]
    repeated = [row for _, row in titles]
    return Grid(titles, [(number, row) for number, row in rows[split:] if row not in repeated])


def _rows_from(doc: Document, first: int, last: int) -> list[tuple[int, Cells]]:
    rows = []
    for number in range(first, last + 1):
        row = cells(doc.line(number))
        if not row:
            break
        rows.append((number, row))
    return rows


@dataclass(frozen=True)
class Footnote:
    line: int
    text: str


def footnotes(doc: Document, first: int, last: int) -> dict[str, Footnote]:
    """The footnotes printed between two lines, by mark ("a", "1"); a mark printed twice keeps its last note."""
    notes: dict[str, Footnote] = {}
    for number, text in doc.numbered(first, last):
        found = footnote(text)
        if found:
            notes[found[0]] = Footnote(number, clean(found[1]))
    return notes


def footnote_texts(notes: dict[str, Footnote], mark: str | None) -> tuple[str, ...]:
    """The text of the footnote a mark refers to, if the table prints one."""
    return (notes[mark].text,) if mark and mark in notes else ()


def figure(text: str, *, section: str, line: int) -> Figure:
    """A printed number (see `parse_decimal`); text that is not one is a ParseError naming its line."""
    try:
        return parse_decimal(text)
    except ValueError as error:
        raise ParseError(str(error), section=section, line=line) from None


def figures(values: Sequence[str], count: int, *, section: str, line: int) -> list[Figure]:
    """The first `count` printed numbers of a row's cells; cells the line does not print are not reported."""
    return [figure(cell(values, index), section=section, line=line) for index in range(count)]


def is_lower_start(text: str) -> bool:
    """A fragment that starts in lower case continues the text before it (a page or row break)."""
    return bool(text) and text[0].islower()


def require_total(level: FinancialLevel, *, section: str, line: int) -> None:
    """A table whose layout closes with a total must end with it: a table without one is cut short."""
    if level != FinancialLevel.TOTAL:
        raise ParseError("the table ends without its total row", section=section, line=line)
