"""Tables as grids: one list of cell texts per row, every row as wide as the table's grid.

python-docx's `row.cells` gives a horizontally merged cell once per grid column it spans and a vertically
merged continuation as the cell above, so reading it repeats merged text. Here each `w:tc` is visited
once (`Grid`): its text goes in its first grid column, the other columns it spans (`gridSpan`) are empty, and a
vertical continuation (`vMerge` without "restart") is empty. Columns a row skips (`gridBefore`,
`gridAfter`) are empty too, and a row shorter than the grid is padded. Cells and rows wrapped in
content controls or custom XML are found through the wrappers.

A table is *layout* (the page's frame, not data) when its grid has one column or one of its cells holds
a nested table. Layout tables are not printed as tables: their cells' paragraphs and nested tables are
read in order as if they stood in the body.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass

from docx.oxml.table import CT_Row, CT_Tbl, CT_Tc
from docx.oxml.xmlchemy import BaseOxmlElement

from seed.reader import tags

_WRAPPERS = frozenset({tags.SDT, tags.SDT_CONTENT, tags.CUSTOM_XML})


def children(parent: BaseOxmlElement, tag: str) -> Iterator[BaseOxmlElement]:
    """Children of `parent` with `tag`, looking through content controls and custom-XML wrappers."""
    for child in parent:
        if child.tag == tag:
            yield child
        elif child.tag in _WRAPPERS:
            yield from children(child, tag)


@dataclass(frozen=True)
class Cell:
    tc: CT_Tc
    span: int  # grid columns the cell covers (gridSpan)
    continuation: bool  # continues the vertically merged cell above: shows nothing of its own


@dataclass(frozen=True)
class Row:
    before: int  # grid columns skipped before the first cell (gridBefore)
    cells: list[Cell]

    @property
    def span(self) -> int:
        return self.before + sum(cell.span for cell in self.cells)


class Grid:
    """A table's rows and cells with their spans, read once."""

    def __init__(self, tbl: CT_Tbl) -> None:
        self.rows = [Row(tr.grid_before, [_cell(tc) for tc in children(tr, tags.TC)]) for tr in _rows(tbl)]
        declared = len(tbl.xpath("./w:tblGrid/w:gridCol"))
        self.width = max([declared, *(row.span for row in self.rows)])

    def is_layout(self) -> bool:
        """A frame rather than data: one grid column, or a cell holding a nested table."""
        return self.width == 1 or any(_holds_table(cell.tc) for row in self.rows for cell in row.cells)

    def texts(self, cell_text: Callable[[CT_Tc], str]) -> list[list[str]]:
        """Every row's cell texts, each row exactly `width` long."""
        grid: list[list[str]] = []
        for row in self.rows:
            texts = [""] * row.before
            for cell in row.cells:
                texts.append("" if cell.continuation else cell_text(cell.tc))
                texts.extend([""] * (cell.span - 1))
            texts.extend([""] * (self.width - len(texts)))
            grid.append(texts)
        return grid


def _rows(tbl: CT_Tbl) -> Iterator[CT_Row]:
    """The table's rows, without rows deleted under tracked changes."""
    for tr in children(tbl, tags.TR):
        tr_pr = tr.trPr
        if tr_pr is None or tr_pr.find(tags.TR_DELETED) is None:
            yield tr


def _cell(tc: CT_Tc) -> Cell:
    merge = tc.vMerge
    return Cell(tc, max(tc.grid_span, 1), merge is not None and merge != "restart")


def _holds_table(tc: CT_Tc) -> bool:
    return any(True for _ in children(tc, tags.TBL))
