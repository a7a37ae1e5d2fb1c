"""The summary's human resources incumbency table, with its nesting and footnotes, in either printed form.

Two forms are printed, and the rows show which (`_form`):
- average incumbency: one line per category, "Approved / Actual (average) / Vacancy rate";
- liquidation: per category, one line per deployment ("Approved deployment for the 2023/24 period",
  "1 July 2024", …), each with the approved and actual deployment of that date. The category's own
  average figures are then not printed (not reported).

Nesting: in the average form a row with a name and no figures opens a group (national staff, United
Nations Volunteers, temporary positions); in the liquidation form every category is such a row, and a
group is a category heading followed directly by another heading. The text lost the indentation that
showed nesting, so membership follows how these tables split a group: by international and national
staff. Rows whose name starts with "International" or "National" belong to the open group; the first
row that does not closes it ("Government-provided personnel" after the temporary positions).
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, datetime

from app.core.markup import split_footnote_mark
from app.core.slugs import unique_slugs
from app.core.vocabulary import StaffingLevel
from seed.parser.layout import Layout, Role
from seed.parser.numbers import Figure, parse_decimal
from seed.parser.spans import ParseError, SourceSpan
from seed.parser.toolkit import Footnote, cell, figure, figures, footnote_texts, footnotes, read_table

_NOT_REPORTED = parse_decimal("")
_PERIOD_DEPLOYMENT = re.compile(r"^Approved deployment for the \d{4}/\d{2} period$")
_DATE = "%d %B %Y"


@dataclass(frozen=True)
class Deployment:
    """A liquidation-form line: approved and actual deployment as at a date, or for a whole period."""

    label: str  # as printed: "1 July 2024", "Approved deployment for the 2023/24 period"
    as_of: date | None  # the label's date; None for a period's line
    approved: Figure
    actual: Figure  # an empty cell is not reported


@dataclass(frozen=True)
class StaffingRow:
    slug: str
    name: str
    group: str | None
    level: StaffingLevel
    position: int
    approved: Figure
    actual_average: Figure
    vacancy_rate: Figure
    footnotes: tuple[str, ...]  # footnote texts attached to the row's name
    source: SourceSpan
    deployments: tuple[Deployment, ...] = ()  # the liquidation form's lines; empty in the average form


@dataclass(frozen=True)
class StaffingTable:
    rows: tuple[StaffingRow, ...]
    column_notes: dict[str, str]  # column -> footnote text ("approved": "Represents the highest ...")
    source: SourceSpan


@dataclass
class _Draft:
    """A row being read: what both forms know of it before its slug is given."""

    line: int
    name: str
    group: str | None
    level: StaffingLevel
    mark: str | None
    printed: list[Figure]
    deployments: list[Deployment]
    last_line: int


_COLUMNS = ("name", "approved", "actual_average", "vacancy_rate")


def _is_header(row: list[str]) -> bool:
    return row[0] == "Category" and cell(row, 1).startswith("Approved")


def parse_staffing(layout: Layout) -> StaffingTable:
    path = layout.path(Role.SUMMARY)
    sec = layout.section(Role.SUMMARY)
    table = read_table(layout.doc, path, _is_header, missing="human resources incumbency table not found")
    notes = footnotes(layout.doc, table.last_line + 1, sec.last_line)
    # The header's marks annotate whole columns ("Approved ^a").
    column_notes = {
        column: note
        for column, name in zip(_COLUMNS, table.header, strict=False)
        for note in footnote_texts(notes, split_footnote_mark(name)[1])
    }
    drafts = _form(table.rows)(table.rows, path)
    if not drafts:
        raise ParseError("human resources incumbency table has no rows", section=path, line=table.header_line)
    rows = _records(drafts, notes, path)
    return StaffingTable(tuple(rows), column_notes, SourceSpan(path, table.header_line, table.last_line))


def _is_deployment(name: str) -> bool:
    return _PERIOD_DEPLOYMENT.match(name) is not None or _as_of(name) is not None


def _as_of(label: str) -> date | None:
    try:
        return datetime.strptime(label, _DATE).date()
    except ValueError:
        return None


_Form = Callable[[list[tuple[int, list[str]]], str], list[_Draft]]


def _form(rows: list[tuple[int, list[str]]]) -> _Form:
    """The liquidation form when any row is a deployment line, else the average-incumbency form."""
    return _liquidation_rows if any(_is_deployment(row[0]) for _, row in rows) else _average_rows


def _in_group(name: str) -> bool:
    return name.startswith(("International", "National"))


def _average_rows(table: list[tuple[int, list[str]]], path: str) -> list[_Draft]:
    group: str | None = None
    drafts: list[_Draft] = []
    for number, row in table:
        name, mark = split_footnote_mark(row[0])
        printed = figures(row[1:], 3, section=path, line=number)
        if len(row) == 1:
            group = name
            drafts.append(_Draft(number, name, None, StaffingLevel.GROUP, mark, printed, [], number))
            continue
        if group and not _in_group(name):
            group = None
        level = StaffingLevel.SUBCATEGORY if group else StaffingLevel.CATEGORY
        drafts.append(_Draft(number, name, group, level, mark, printed, [], number))
    return drafts


def _liquidation_rows(table: list[tuple[int, list[str]]], path: str) -> list[_Draft]:
    drafts: list[_Draft] = []
    group: str | None = None
    for number, row in table:
        if _is_deployment(row[0]):
            if not drafts:
                raise ParseError("a deployment line before any category", section=path, line=number)
            drafts[-1].deployments.append(_deployment(row, path, number))
            drafts[-1].last_line = number
            continue
        name, mark = split_footnote_mark(row[0])
        previous = drafts[-1] if drafts else None
        if previous is not None and not previous.deployments and previous.group is None:
            # A heading directly above another heading is a group: the one below is its first member.
            previous.level, group = StaffingLevel.GROUP, previous.name
        elif group and not _in_group(name):
            group = None
        level = StaffingLevel.SUBCATEGORY if group else StaffingLevel.CATEGORY
        drafts.append(_Draft(number, name, group, level, mark, [_NOT_REPORTED] * 3, [], number))
    return drafts


def _deployment(row: list[str], path: str, line: int) -> Deployment:
    return Deployment(
        label=row[0],
        as_of=_as_of(row[0]),
        approved=figure(cell(row, 1), section=path, line=line),
        actual=figure(cell(row, 2), section=path, line=line),
    )


def _records(drafts: list[_Draft], notes: dict[str, Footnote], path: str) -> list[StaffingRow]:
    # A repeated name, or a one-word name that does not stand alone ("National"), takes its group's prefix.
    slugs = unique_slugs([(d.name, d.group) for d in drafts], prefix_single_words=True)
    return [
        StaffingRow(
            slug=slug,
            name=d.name,
            group=d.group,
            level=d.level,
            position=position,
            approved=d.printed[0],
            actual_average=d.printed[1],
            vacancy_rate=d.printed[2],
            footnotes=footnote_texts(notes, d.mark),
            source=SourceSpan(path, d.line, d.last_line),
            deployments=tuple(d.deployments),
        )
        for position, (d, slug) in enumerate(zip(drafts, slugs, strict=True), start=1)
    ]
