"""Cut the results-based budgeting frameworks section into components, narrative paragraphs, expected
accomplishments and their two tables.

A component heading opens a component; numbered paragraphs follow until the first
"Expected accomplishment" heading. Each accomplishment holds an indicator table (up to the
"Planned outputs" header) and an output table (up to the next heading). A heading may be printed
as a table row whose other cells are empty (the first row of the accomplishment's table).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from app.core.markup import clean
from seed.parser.lines import Document
from seed.parser.spans import ParseError
from seed.parser.toolkit import cell, is_lower_start

_COMPONENT = re.compile(r"^Component (\d+):\s*(.+)$")
_EA = re.compile(r"^Expected accomplishment (\d+\.\d+):\s*(.+)$")
_PARAGRAPH = re.compile(r"^(\d+)\.\s")
_INDICATOR_HEADER = re.compile(r"(Planned|Actual) indicators of achievement")
_EA_COLUMN = re.compile(r"^Expected accomplishments?$")  # the indicator table's first column title
_OUTPUT_HEADER = re.compile(r"^Planned outputs\b")
_SEPARATOR = re.compile(r"^-+$")


@dataclass(frozen=True)
class Row:
    """One non-blank line: its cells split on tabs (a paragraph has one cell)."""

    line: int
    cells: tuple[str, ...]

    @property
    def tabbed(self) -> bool:
        return len(self.cells) > 1

    @property
    def first(self) -> str:
        return clean(self.cells[0])

    @property
    def alone(self) -> str | None:
        """The text of a line that is a paragraph, or a table row printing only its first cell; else None."""
        return self.first if not any(c.strip() for c in self.cells[1:]) else None

    def cell(self, index: int) -> str:
        return cell(self.cells, index)


def is_separator(row: Row) -> bool:
    """A "---\t----\t---" rule left by the table conversion."""
    return all(_SEPARATOR.match(c.strip()) or not c.strip() for c in row.cells) and "-" in "".join(row.cells)


@dataclass
class EABlock:
    id: str
    component: int
    title: str
    heading_line: int
    indicator_rows: list[Row] = field(default_factory=list)
    output_rows: list[Row] = field(default_factory=list)
    in_outputs: bool = False


@dataclass
class ComponentBlock:
    number: int
    title: str
    heading_line: int
    paragraphs: list[tuple[int, list[int]]] = field(default_factory=list)  # (number, lines)
    eas: list[EABlock] = field(default_factory=list)


@dataclass
class Blocks:
    components: list[ComponentBlock] = field(default_factory=list)
    skipped: list[int] = field(default_factory=list)
    unplaced: list[int] = field(default_factory=list)


def split_heading_glue(text: str) -> str:
    """EA 5.1's heading carries the table headers glued on; the title stops before them."""
    match = _INDICATOR_HEADER.search(text)
    if match:
        text = text[: match.start()]
    return clean(text).rstrip("*").strip()


def is_indicator_header(row: Row) -> bool:
    """The indicator table's title row: its achievement column, after an optional accomplishment column."""
    titles = [clean(c) for c in row.cells if clean(c)]
    if titles and _EA_COLUMN.match(titles[0]):
        titles = titles[1:]
    text = " ".join(titles)
    return bool(_INDICATOR_HEADER.search(text)) and not _INDICATOR_HEADER.sub("", text).strip()


def is_output_header(row: Row) -> bool:
    return bool(_OUTPUT_HEADER.match(row.first))


def cut(doc: Document, path: str) -> Blocks:
    """Place every non-blank line of the section in a component, narrative paragraph or EA table."""
    sec = doc.section(path)
    blocks = Blocks()
    component: ComponentBlock | None = None
    ea: EABlock | None = None
    for number, text in doc.numbered(sec.first_line, sec.last_line):
        row = Row(number, tuple(text.split("\t")))
        alone = row.alone
        heading = _COMPONENT.match(alone) if alone is not None else None
        if heading:
            component = ComponentBlock(int(heading[1]), heading[2].strip(), number)
            blocks.components.append(component)
            ea = None
            continue
        ea_heading = _EA.match(alone) if alone is not None else None
        if ea_heading:
            if component is None:
                raise ParseError("expected accomplishment before any component", section=path, line=number)
            ea = EABlock(ea_heading[1], component.number, split_heading_glue(ea_heading[2]), number)
            component.eas.append(ea)
            continue
        _place(blocks, component, ea, row)
    return blocks


def _place(blocks: Blocks, component: ComponentBlock | None, ea: EABlock | None, row: Row) -> None:
    """A line that is not a heading: narrative before the first accomplishment, else a row of its tables."""
    if component is None:
        blocks.unplaced.append(row.line)
    elif ea is None:
        _narrative(component, row, blocks)
    elif is_indicator_header(row) or is_output_header(row) or is_separator(row):
        blocks.skipped.append(row.line)
        ea.in_outputs = ea.in_outputs or is_output_header(row)
    elif ea.in_outputs:
        ea.output_rows.append(row)
    else:
        ea.indicator_rows.append(row)


def _narrative(component: ComponentBlock, row: Row, blocks: Blocks) -> None:
    match = _PARAGRAPH.match(row.first)
    if match and not row.tabbed:
        component.paragraphs.append((int(match[1]), [row.line]))
    elif component.paragraphs and is_lower_start(row.first) and not row.tabbed:
        # A paragraph cut by a page break resumes in lower case.
        component.paragraphs[-1][1].append(row.line)
    else:
        blocks.unplaced.append(row.line)
