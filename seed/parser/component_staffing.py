"""The human resources tables by component (section I.E of a combined report): for each component or office, its
staff by category in each block the table prints, approved, actual, approved next and proposed.

A component's table follows its title ("Executive direction and management", "Component 1: operations", "Office of
the Director"; a "Table 12" label is not one) and may be printed in two tables (uniformed categories, then
civilian staff). It is a run of blocks:
- a header names the categories: civilian staff across two title rows, groups ("International staff", "National
  staff", "UNV") over categories ("USG–ASG" … "Subtotal", "NPO", "NGS", "Subtotal", …, "Total"), each group taking
  the categories up to its "Subtotal" and a group with none left being a category itself; or uniformed personnel,
  one title row whose one category is "Total";
- a heading row (a name and no figures) opens a block: "I. Military observers", "Total, including temporary
  positions", "Total (I–V)"; the header's first cell names the block under it ("III. Civilian staff");
- stage rows give the block's figures: "Approved posts 2024/25", "Actual temporary positions 2024/25", "Approved
  2025/26", "Proposed 2026/27", "Net change". A row naming posts or temporary positions puts its figures in a block
  of that name ("Civilian staff, posts"). A row prints a figure for every category, or one figure only: the total's.
- the estimated amounts of civilian personnel ("Estimated amount (civilian personnel)", dollars, not staff) are
  not staff figures and are left out.
As in the other tables, a row's figures are matched to the categories in order, not by their cells' positions.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field, replace

from app.core.markup import split_footnote_mark
from app.core.periods import period_label as label_of_period
from app.core.slugs import slugify, unique_slugs
from app.core.vocabulary import StaffingLevel
from seed.parser.front import read_title_page
from seed.parser.layout import Layout, Role
from seed.parser.numbers import Figure, parse_decimal
from seed.parser.paragraphs import is_heading_like
from seed.parser.spans import ParseError, SourceSpan
from seed.parser.staffing_periods import NET_CHANGE, Stage, categories, is_by_period, period_label
from seed.parser.toolkit import Cells, cell, cells, figure, read_grids

_NOT_REPORTED = parse_decimal("")
_TABLE_LABEL = re.compile(r"^Table \d+$")
_AMOUNTS = re.compile(r"^Estimated amount\b")
_UNIT = re.compile(r"^\((?:Thousands|Millions)\b")
_SUBTOTAL = "Subtotal"
_TOTAL = "Total"
SUMMARY_BLOCK = "Summary"  # the block of the rows read from the summary's human resources table
_NO_CORNER = re.compile(r"(?!)")  # by period, the title rows are the rows with an empty first cell
_SPACED_RANGE = re.compile(r"(?<=[–-])\s+")  # "D-2– D-1" printed over a line break


@dataclass(frozen=True)
class ComponentStaffingRow:
    component: str  # as printed: "Component 1: political and civil affairs", "Executive direction and management"
    block: str  # the block the figures are printed in: "Civilian staff, posts", "Total, including temporary positions"
    slug: str  # unique within the component
    name: str  # the category: "P-5–P-4", "Subtotal", "Total"
    group: str | None  # the group over the category: "International staff", "National staff", "UNV"
    level: StaffingLevel  # subcategory within a group; group for a group's subtotal; category otherwise
    position: int
    approved: Figure  # the performance period's
    actual: Figure
    approved_next: Figure
    proposed: Figure
    net_change: Figure  # as printed; not reported where the block prints none
    source: SourceSpan


@dataclass(frozen=True)
class _Category:
    name: str
    group: str | None


@dataclass
class _Block:
    component: str
    name: str
    categories: list[_Category]
    figures: dict[str, list[Figure]] = field(default_factory=dict)  # stage -> one figure per category
    first_line: int = 0
    last_line: int = 0


@dataclass
class _Reader:
    path: str
    performance: str
    component: str = ""
    heading: str = ""
    categories: list[_Category] = field(default_factory=list)
    groups: list[str] | None = None  # a group title row waiting for its category row
    skipping: bool = False  # inside the estimated amounts
    headed: bool = False  # the block was opened by a header (civilian staff), not by a heading row
    kind: str = ""  # the kind of staff the last stage row named: its "Net change" row follows it
    blocks: dict[tuple[str, str], _Block] = field(default_factory=dict)

    def row(self, number: int, row: Cells) -> None:
        label = row[0]
        if period_label(label) or label == NET_CHANGE:
            if not self.skipping:
                self._stage(number, label, row)
        elif len(row) == 1:
            self._heading(label)
        elif not label and self.groups is None:
            self.groups = [text for text in row[1:] if text]
        else:
            self._header(label, [text for text in row[1:] if text])

    def _heading(self, label: str) -> None:
        if _AMOUNTS.match(label):
            self.skipping = True
        elif not (self.skipping and _UNIT.match(label)):
            self.heading, self.skipping, self.headed = label, False, False

    def _header(self, label: str, titles: list[str]) -> None:
        names = [_SPACED_RANGE.sub("", split_footnote_mark(text)[0]) for text in titles]
        self.categories = _categories(self.groups or [], names)
        self.heading, self.groups, self.skipping, self.headed = label, None, False, True

    def _stage(self, number: int, label: str, row: Cells) -> None:
        stage, kind = self._stage_of(label)
        # Posts and temporary positions are blocks of their own under a header; under a heading ("Total (I–V)")
        # the labels may name posts or not, the block is the heading's.
        self.kind = kind if stage != Stage.NET_CHANGE else self.kind
        named = self.kind if self.headed else ""
        name = ", ".join(part for part in (self.heading, named) if part)
        block = self.blocks.setdefault((self.component, name), _Block(self.component, name, self.categories))
        printed = [text for text in row[1:] if text]
        if len(printed) == 1:  # the total's figure alone
            printed = [""] * (len(block.categories) - 1) + printed
        if len(printed) != len(block.categories):
            raise ParseError(
                f"{len(printed)} figures for {len(block.categories)} categories", section=self.path, line=number
            )
        block.figures[stage] = [figure(text, section=self.path, line=number) for text in printed]
        block.first_line = block.first_line or number
        block.last_line = number

    def _stage_of(self, label: str) -> tuple[str, str]:
        """The stage a row gives and the kind of staff it names ("posts", "temporary positions"), if any."""
        match = period_label(label)
        if match is None:
            return Stage.NET_CHANGE, ""
        kind = match["what"].strip(" ,")
        if match["stage"] == "Actual":
            return Stage.ACTUAL, kind
        if match["stage"] == "Proposed":
            return Stage.PROPOSED, kind
        return (Stage.APPROVED if match["period"] == self.performance else Stage.APPROVED_NEXT), kind


def _categories(groups: list[str], names: list[str]) -> list[_Category]:
    """Categories under their groups: each group takes the categories up to its "Subtotal"; a group left without
    any is a category itself, and categories after the last group's subtotal have none."""
    found: list[_Category] = []
    remaining = list(names)
    for group in groups:
        if _SUBTOTAL not in remaining:
            found.append(_Category(group, None))
            continue
        end = remaining.index(_SUBTOTAL) + 1
        found.extend(_Category(name, group) for name in remaining[:end])
        remaining = remaining[end:]
    return found + [_Category(name, None) for name in remaining]


def parse_staffing_by_component(layout: Layout) -> tuple[ComponentStaffingRow, ...]:
    """The summary's table by component, then the section's tables: every row numbered in that order."""
    rows = [*parse_summary_components(layout), *parse_component_staffing(layout)]
    return tuple(replace(row, position=position) for position, row in enumerate(rows, start=1))


def parse_component_staffing(layout: Layout) -> tuple[ComponentStaffingRow, ...]:
    """Every block's figures by category, component by component, in printed order."""
    path = layout.path(Role.HUMAN_RESOURCES)
    page = read_title_page(layout.doc.lines)
    reader = _Reader(path, label_of_period(page.period_start, page.period_end))
    for number, text in layout.body(Role.HUMAN_RESOURCES):
        if "\t" in text:
            reader.row(number, cells(text))
        elif is_heading_like(text) and not _TABLE_LABEL.match(text.strip()):
            reader.component, reader.heading, reader.groups = text.strip(), "", None
    rows = [row for block in reader.blocks.values() for row in _records(block, path)]
    return tuple(replace(row, position=position) for position, row in enumerate(rows, start=1))


def parse_summary_components(layout: Layout) -> tuple[ComponentStaffingRow, ...]:
    """The summary's human resources table by component: each block but the total ("Executive direction and
    management", "Operations", "Support"), by category. A heading followed directly by another heading groups
    the blocks below it ("Components") and is not one; the "Total" block is the table's own (`parse_staffing`)."""
    path = layout.path(Role.SUMMARY)
    grids = read_grids(layout.doc, path, is_by_period, corner=_NO_CORNER)
    page = read_title_page(layout.doc.lines)
    reader = _Reader(path, label_of_period(page.period_start, page.period_end))
    for grid in grids:
        found = categories(grid, section=path)
        reader.categories = [_Category(c.name, None) for c in found]
        for number, row in grid.rows:
            if len(row) == 1:
                reader.component, reader.heading = split_footnote_mark(row[0])[0], SUMMARY_BLOCK
            elif reader.component != _TOTAL:
                reader.row(number, [row[0], *(cell(row, c.index) for c in found)])
    rows = [row for block in reader.blocks.values() for row in _records(block, path, prefix=False)]
    return tuple(replace(row, position=position) for position, row in enumerate(rows, start=1))


def _records(block: _Block, path: str, *, prefix: bool = True) -> list[ComponentStaffingRow]:
    slugs = unique_slugs([(c.name, c.group) for c in block.categories], prefix_single_words=True)
    records = []
    for index, (category, slug) in enumerate(zip(block.categories, slugs, strict=True)):
        printed = {stage: values[index] for stage, values in block.figures.items()}
        level = StaffingLevel.CATEGORY
        if category.group is not None:
            level = StaffingLevel.GROUP if category.name == _SUBTOTAL else StaffingLevel.SUBCATEGORY
        records.append(
            ComponentStaffingRow(
                component=block.component,
                block=block.name,
                slug=f"{slugify(block.name)}-{slug}" if block.name and prefix else slug,
                name=category.name,
                group=category.group,
                level=level,
                position=0,
                approved=printed.get(Stage.APPROVED, _NOT_REPORTED),
                actual=printed.get(Stage.ACTUAL, _NOT_REPORTED),
                approved_next=printed.get(Stage.APPROVED_NEXT, _NOT_REPORTED),
                proposed=printed.get(Stage.PROPOSED, _NOT_REPORTED),
                net_change=printed.get(Stage.NET_CHANGE, _NOT_REPORTED),
                source=SourceSpan(path, block.first_line, block.last_line),
            )
        )
    return records
