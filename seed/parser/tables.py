"""The smaller tables of the resource performance sections: redeployments, other revenue, contingent-owned
equipment and mission factors, non-budgeted contributions (III.B, D, E and F of A/75/623)."""

from __future__ import annotations

import re
from dataclasses import dataclass, replace

from app.core.markup import split_footnote_mark
from app.core.slugs import slugify, unique_slugs
from app.core.vocabulary import FinancialLevel, RedeploymentLevel
from seed.parser.layout import Layout, Role
from seed.parser.lines import Document
from seed.parser.numbers import Figure
from seed.parser.spans import ParseError, SourceSpan
from seed.parser.toolkit import (
    Footnote,
    cell,
    figure,
    figures,
    footnote_texts,
    footnotes,
    read_table,
    require_total,
    row_mark,
)

_LETTER_PREFIX = re.compile(r"^([A-Z])\.\s+")
_ESTIMATE = re.compile(r"^Estimated value\b")  # "Estimated value (2026/27)", beside "Actual value (2024/25)"
_CLOSING_LEVELS = {"Subtotal": FinancialLevel.SUBTOTAL, "Total": FinancialLevel.TOTAL}


@dataclass(frozen=True)
class Redeployment:
    slug: str
    group_number: str | None  # "I", "II", "III"; None for the total
    name: str
    level: RedeploymentLevel  # group or total; the percentage row is `Redeployments.percentage_*`
    position: int
    original: Figure
    redeployment: Figure
    revised: Figure
    source: SourceSpan


@dataclass(frozen=True)
class Redeployments:
    rows: tuple[Redeployment, ...]
    percentage_of_appropriation: Figure
    percentage_name: str
    percentage_source: SourceSpan


@dataclass(frozen=True)
class AmountRow:
    """A row of a one-amount table: other revenue, equipment expenditure, non-budgeted contributions, the
    financial position."""

    slug: str
    name: str
    group: str | None
    level: FinancialLevel
    position: int
    amount: Figure
    footnotes: tuple[str, ...]
    source: SourceSpan
    mark: str | None = None  # the row's printed mark, where the table prints one: "I", "(a)"
    estimate: Figure | None = None  # a second column's estimated value for the budget period (non-budgeted
    # contributions of a combined report: "Estimated value (2026/27)"); None where the table prints one amount


@dataclass(frozen=True)
class MissionFactor:
    slug: str
    name: str
    applies_to: str  # "Mission area" or "home country"
    position: int
    percentage_text: str
    percentage_min: Figure
    percentage_max: Figure
    effective_date: str | None
    last_review_date: str | None
    source: SourceSpan


def _rows_after(doc: Document, path: str, header: str) -> list[tuple[int, list[str]]]:
    """The rows of the first table in a section whose header row starts with `header`."""
    missing = f'table with header "{header}" not found or empty'
    rows = read_table(doc, path, lambda row: row[0] == header, missing=missing).rows
    if not rows:
        raise ParseError(missing, section=path, line=doc.section(path).first_line)
    return rows


def parse_redeployments(layout: Layout) -> Redeployments:
    doc, path = layout.doc, layout.path(Role.REDEPLOYMENTS)
    rows: list[Redeployment] = []
    percentage: tuple[Figure, str, SourceSpan] | None = None
    for number, row in _rows_after(doc, path, "Group"):
        name = row[0]
        if not name:  # the column header's second line
            continue
        if name.startswith("Percentage of redeployment"):
            percentage = (figure(row[-1], section=path, line=number), name, SourceSpan(path, number, number))
            continue
        mark, name = row_mark(name)
        printed = figures(row[1:], 3, section=path, line=number)
        rows.append(
            Redeployment(
                slug=slugify(name),
                group_number=mark,
                name=name,
                level=RedeploymentLevel.GROUP if mark else RedeploymentLevel.TOTAL,
                position=len(rows) + 1,
                original=printed[0],
                redeployment=printed[1],
                revised=printed[2],
                source=SourceSpan(path, number, number),
            )
        )
    if percentage is None:
        raise ParseError("percentage of redeployment row not found", section=path, line=doc.section(path).first_line)
    return Redeployments(tuple(rows), *percentage)


def amount_row(
    path: str,
    number: int,
    row: list[str],
    *,
    name: str,
    note: str | None,
    notes: dict[str, Footnote],
    group: str | None,
    level: FinancialLevel,
    position: int,
    estimate: Figure | None = None,
    mark: str | None = None,
) -> AmountRow:
    """One printed row of a name and its amount (the row's second cell), with the notes its name marks."""
    return AmountRow(
        slug=slugify(name),
        name=name,
        group=group,
        level=level,
        position=position,
        amount=figure(cell(row, 1), section=path, line=number),
        footnotes=footnote_texts(notes, note),
        source=SourceSpan(path, number, number),
        estimate=estimate,
        mark=mark,
    )


def _opens_group(rows: list[tuple[int, list[str]]], index: int) -> bool:
    """A row without an amount heads a group that a "Subtotal" closes before the "Total"; in a table without
    subtotals it is a line whose amount is not printed ("Prior-period adjustments" with an empty cell)."""
    if len(rows[index][1]) > 1:
        return False
    following = (row[0] for _, row in rows[index + 1 :] if row[0] in _CLOSING_LEVELS)
    return next(following, None) == "Subtotal"


def _amount_rows(
    doc: Document, path: str, rows: list[tuple[int, list[str]]], *, estimates: bool = False
) -> list[AmountRow]:
    """Rows of name + one amount (and, with `estimates`, an estimate beside it); a row without an amount opens a
    group (see `_opens_group`), "Subtotal"/"Total" close it."""
    sec = doc.section(path)
    notes = footnotes(doc, sec.first_line, sec.last_line)
    out: list[AmountRow] = []
    group: str | None = None
    for index, (number, row) in enumerate(rows):
        name, mark = split_footnote_mark(row[0])
        if _opens_group(rows, index):
            group = name
            continue
        level = _CLOSING_LEVELS.get(name, FinancialLevel.LINE)
        row_group = None if level == FinancialLevel.TOTAL else group
        out.append(
            amount_row(
                path,
                number,
                row,
                name=name,
                note=mark,
                notes=notes,
                group=row_group,
                level=level,
                position=len(out) + 1,
                estimate=figure(cell(row, 2), section=path, line=number) if estimates else None,
            )
        )
    if out:
        require_total(out[-1].level, section=path, line=out[-1].source.last_line)
    slugs = unique_slugs([(row.name, row.group) for row in out])
    return [replace(row, slug=slug) for row, slug in zip(out, slugs, strict=True)]


def _category_amounts(layout: Layout, role: Role) -> tuple[AmountRow, ...]:
    doc, path = layout.doc, layout.path(role)
    table = read_table(doc, path, lambda row: row[0] == "Category", missing='table with header "Category" not found')
    if not table.rows:
        raise ParseError('table with header "Category" is empty', section=path, line=table.header_line)
    estimates = any(_ESTIMATE.match(title) for title in table.header[2:])
    return tuple(_amount_rows(doc, path, table.rows, estimates=estimates))


def parse_other_revenue(layout: Layout) -> tuple[AmountRow, ...]:
    return _category_amounts(layout, Role.OTHER_REVENUE)


def parse_non_budgeted(layout: Layout) -> tuple[AmountRow, ...]:
    return _category_amounts(layout, Role.NON_BUDGETED)


def _split_equipment(rows: list[tuple[int, list[str]]], path: str) -> tuple[list[tuple[int, list[str]]], int]:
    """The expenditure table runs until the header row of the mission factors table."""
    for index, (_, row) in enumerate(rows):
        if row[0] == "Mission factors":
            return rows[:index], index
    raise ParseError("mission factors table not found", section=path)


def parse_equipment(layout: Layout) -> tuple[tuple[AmountRow, ...], tuple[MissionFactor, ...]]:
    doc, path = layout.doc, layout.path(Role.EQUIPMENT)
    rows = _rows_after(doc, path, "Category")
    expenditure, split = _split_equipment(rows, path)
    factors: list[MissionFactor] = []
    applies_to = ""
    for number, row in rows[split + 1 :]:
        letter = _LETTER_PREFIX.match(row[0])
        if letter and len(row) == 1:
            applies_to = re.sub(r"^Applicable to\s+", "", _LETTER_PREFIX.sub("", row[0]))
            continue
        low, _, high = cell(row, 1).partition("–")
        factors.append(
            MissionFactor(
                slug=slugify(row[0]),
                name=row[0],
                applies_to=applies_to,
                position=len(factors) + 1,
                percentage_text=cell(row, 1),
                percentage_min=figure(low, section=path, line=number),
                percentage_max=figure(high or low, section=path, line=number),
                effective_date=cell(row, 2) or None,
                last_review_date=cell(row, 3) or None,
                source=SourceSpan(path, number, number),
            )
        )
    return tuple(_amount_rows(doc, path, expenditure)), tuple(factors)
