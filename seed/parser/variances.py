"""The analysis of variances (section IV of a standalone report, III of a combined one): one entry per budget class
and period, with its amount, percentage and paragraphs.

Each class is printed as a row of amounts (`seed.parser.variance_rows`; thousands of dollars) followed by the
numbered paragraphs explaining them. A standalone report's row gives the performance period's variance; a
combined report's row gives one per period its title row names, and each paragraph says which period it explains
("For the 2026/27 period, the reduced requirements …"); a paragraph that does not ("This was offset in part by
…") goes on explaining the period of the paragraph before it. A period printed as a dash has no entry.

The direction is read from the first paragraph of the entry's period ("The reduced requirements …", "… the
increased requirements …") and must agree with the amount's sign: for the performance period a positive amount
is money left unspent (reduced requirements), for a budget period it is more money asked for (increased
requirements). An amount within the reporting threshold, printed beside an analysed one, may go unexplained: its
sign then gives its direction. An amount beyond the threshold without a paragraph is refused.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from decimal import Decimal

from app.core.periods import period_label
from app.core.slugs import slugify
from app.core.vocabulary import VarianceDirection
from seed.parser.front import read_title_page
from seed.parser.layout import Layout, Role
from seed.parser.numbers import DASHES, thousands_to_usd, whole_number
from seed.parser.paragraphs import Paragraph, section_paragraphs
from seed.parser.spans import ParseError, SourceSpan
from seed.parser.toolkit import Footnote, figure, footnotes
from seed.parser.variance_rows import PrintedAmount, VarianceRow, amounts, period_titles, read_variance_row

_DIRECTION = re.compile(
    r"^(?:For the \d{4}/\d{2} period, )?(?:the )?(?P<direction>reduced|decreased|increased) requirements\b",
    re.IGNORECASE,
)
_DIRECTIONS = {
    "reduced": VarianceDirection.REDUCED,
    "decreased": VarianceDirection.REDUCED,
    "increased": VarianceDirection.INCREASED,
}
_PERIOD = re.compile(r"^For the (?P<period>\d{4}/\d{2}) period\b")
_THRESHOLD = re.compile(r"plus or minus (?P<percent>\d+(?:\.\d+)?) per cent or \$(?P<usd>[\d,]+)")


@dataclass(frozen=True)
class Variance:
    name: str
    amount_text: str  # as printed, without the markdown escape: "($27 366.4)"
    variance_usd: int  # exact dollars; negative when expenditure exceeded the apportionment
    percent_text: str  # "(6.4%)"; "" where the row prints no percentage
    variance_percent: Decimal | None  # None where the row prints no percentage
    direction: VarianceDirection  # as the explanation states (as the sign gives, for an unexplained amount)
    paragraphs: tuple[int, ...]
    source: SourceSpan  # the entry row through its last paragraph
    period: str  # the period the amount is of: "2024/25", "2026/27"
    key: str  # the entry's identifier: the class's slug, with its period where the report prints periods


@dataclass(frozen=True)
class VarianceAnalysis:
    entries: tuple[Variance, ...]
    footnote: str  # "Resource variance amounts are expressed in thousands … $100,000."
    footnote_source: SourceSpan
    threshold_percent: Decimal  # the footnote's reporting threshold: 5 per cent …
    threshold_usd: int  # … or $100,000


@dataclass(frozen=True)
class _Context:
    """What every entry is read against: its section, the performance period and the reporting threshold."""

    path: str
    performance: str
    threshold_percent: Decimal
    threshold_usd: int


@dataclass(frozen=True)
class _Row:
    line: int
    row: VarianceRow
    periods: list[str] | None  # as the title row above it names them; None without one


def parse_variances(layout: Layout, paragraphs: tuple[Paragraph, ...] | None = None) -> VarianceAnalysis:
    """The entries of the section in printed order, with the footnote that sets the reporting threshold."""
    doc, path = layout.doc, layout.path(Role.VARIANCES)
    sec = doc.section(path)
    paras = section_paragraphs(layout, path, paragraphs)
    rows = _rows(layout)
    if not rows:
        raise ParseError("no variance entries", section=path, line=sec.heading_line)
    note = _footnote(footnotes(doc, sec.first_line, sec.last_line))
    if note is None:
        raise ParseError("the footnote on variance amounts is missing", section=path, line=sec.heading_line)
    threshold = _THRESHOLD.search(note.text)
    if not threshold:
        raise ParseError("the footnote states no reporting threshold", section=path, line=note.line)
    page = read_title_page(doc.lines)
    context = _Context(
        path,
        period_label(page.period_start, page.period_end),
        Decimal(threshold["percent"]),
        whole_number(threshold["usd"]),
    )
    entries = []
    for index, row in enumerate(rows):
        end = rows[index + 1].line if index + 1 < len(rows) else sec.last_line + 1
        under = tuple(p for p in paras if row.line < p.source.first_line < end)
        entries.extend(_entries(context, row, under))
    return VarianceAnalysis(
        entries=tuple(entries),
        footnote=note.text,
        footnote_source=SourceSpan(path, note.line, note.line),
        threshold_percent=context.threshold_percent,
        threshold_usd=context.threshold_usd,
    )


def _footnote(notes: dict[str, Footnote]) -> Footnote | None:
    """The section's note on variance amounts: the one stating the reporting threshold (its mark differs)."""
    return next((note for note in notes.values() if _THRESHOLD.search(note.text)), None)


def _rows(layout: Layout) -> list[_Row]:
    """The entry rows of the section, each with the periods the title row right above it names."""
    rows = []
    periods: list[str] | None = None
    for line, text in layout.body(Role.VARIANCES):
        titles = period_titles(text)
        row = read_variance_row(text)
        if row is not None:
            rows.append(_Row(line, row, periods))
        periods = titles  # a title row names the periods of the row right below it only
    return rows


def _entries(context: _Context, row: _Row, under: tuple[Paragraph, ...]) -> list[Variance]:
    printed = amounts(row.row, row.periods)
    if printed is None:
        raise ParseError(
            f'variance "{row.row.name}" prints amounts that do not fit its periods', section=context.path, line=row.line
        )
    explained = _by_period(under, printed[0].period or context.performance)
    return [
        _entry(context, row, amount, explained.get(amount.period or context.performance, ()))
        for amount in printed
        if amount.amount not in DASHES
    ]


def _by_period(under: tuple[Paragraph, ...], first: str) -> dict[str, tuple[Paragraph, ...]]:
    """The paragraphs explaining each period: a paragraph naming no period explains the one before it's."""
    found: dict[str, list[Paragraph]] = {}
    period = first
    for paragraph in under:
        named = _PERIOD.match(paragraph.text)
        period = named["period"] if named else period
        found.setdefault(period, []).append(paragraph)
    return {period: tuple(paras) for period, paras in found.items()}


def _entry(context: _Context, row: _Row, printed: PrintedAmount, under: tuple[Paragraph, ...]) -> Variance:
    name, line, path = row.row.name, row.line, context.path
    period = printed.period or context.performance
    amount = figure(printed.amount, section=path, line=line)
    percent = figure(printed.percent, section=path, line=line)
    usd = thousands_to_usd(amount)
    if usd is None:
        raise ParseError(f'variance "{name}" prints no amount', section=path, line=line)
    # A positive performance variance is money left unspent; a positive budget variance, more money asked for.
    signed = VarianceDirection.REDUCED if (usd > 0) == (period == context.performance) else VarianceDirection.INCREASED
    if under:
        direction = _stated(context, under)
    else:
        direction = _unexplained(context, name, line, usd, percent.value, signed)
    if direction != signed:
        raise ParseError(
            f'variance "{name}" of {amount.text} ({period}) is explained as {direction} requirements',
            section=path,
            line=line,
        )
    last = under[-1].source.last_line if under else line
    return Variance(
        name=name,
        amount_text=printed.amount,
        variance_usd=usd,
        percent_text=printed.percent,
        variance_percent=percent.value,
        direction=direction,
        paragraphs=tuple(p.number for p in under),
        source=SourceSpan(path, line, last),
        period=period,
        key=slugify(name) if printed.period is None else f"{slugify(name)}-{period.replace('/', '-')}",
    )


def _stated(context: _Context, under: tuple[Paragraph, ...]) -> VarianceDirection:
    stated = _DIRECTION.match(under[0].text)
    if not stated:
        raise ParseError(
            f"paragraph {under[0].number} does not say whether requirements were reduced or increased",
            section=context.path,
            line=under[0].source.first_line,
        )
    return _DIRECTIONS[stated["direction"].lower()]


def _unexplained(
    context: _Context, name: str, line: int, usd: int, percent: Decimal | None, signed: VarianceDirection
) -> VarianceDirection:
    """An amount no paragraph explains: accepted within the reporting threshold, its sign giving the direction."""
    within = abs(usd) < context.threshold_usd and (percent is None or abs(percent) < context.threshold_percent)
    if not within:
        raise ParseError(f'variance "{name}" has no explanatory paragraph', section=context.path, line=line)
    return signed
