"""The analysis of variances (section IV of a standalone report): one entry per budget class, with its amount,
percentage and paragraphs.

Each entry is printed as a row "Air operations\t\\$22 365.9\t15.4%" (thousands of dollars; a positive amount is
an underexpenditure, parenthesized is an overexpenditure) followed by the numbered paragraphs explaining it,
the first of which says "The reduced requirements …" (or "decreased") or "The increased requirements …". The
direction is read from that sentence and must agree with the amount's sign.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from decimal import Decimal

from app.core.markup import clean
from app.core.vocabulary import VarianceDirection
from seed.parser.layout import Layout, Role
from seed.parser.numbers import thousands_to_usd, whole_number
from seed.parser.paragraphs import VARIANCE_ROW, Paragraph, section_paragraphs
from seed.parser.spans import ParseError, SourceSpan
from seed.parser.toolkit import figure, footnotes

_DIRECTION = re.compile(r"^The (?P<direction>reduced|decreased|increased) requirements\b")
_DIRECTIONS = {
    "reduced": VarianceDirection.REDUCED,
    "decreased": VarianceDirection.REDUCED,
    "increased": VarianceDirection.INCREASED,
}
_THRESHOLD = re.compile(r"plus or minus (?P<percent>\d+(?:\.\d+)?) per cent or \$(?P<usd>[\d,]+)")


@dataclass(frozen=True)
class Variance:
    name: str
    amount_text: str  # as printed, without the markdown escape: "($27 366.4)"
    variance_usd: int  # exact dollars; negative when expenditure exceeded the apportionment
    percent_text: str  # "(6.4%)"
    variance_percent: Decimal
    direction: VarianceDirection  # as the explanation states
    paragraphs: tuple[int, ...]
    source: SourceSpan  # the entry row through its last paragraph


@dataclass(frozen=True)
class VarianceAnalysis:
    entries: tuple[Variance, ...]
    footnote: str  # "Resource variance amounts are expressed in thousands … $100,000."
    footnote_source: SourceSpan
    threshold_percent: Decimal  # the footnote's reporting threshold: 5 per cent …
    threshold_usd: int  # … or $100,000


def parse_variances(layout: Layout, paragraphs: tuple[Paragraph, ...] | None = None) -> VarianceAnalysis:
    """The entries of the section in printed order, with the footnote that sets the reporting threshold."""
    doc, path = layout.doc, layout.path(Role.VARIANCES)
    sec = doc.section(path)
    paras = section_paragraphs(layout, path, paragraphs)
    rows = [
        (line, row) for line, text in doc.numbered(sec.first_line, sec.last_line) if (row := VARIANCE_ROW.match(text))
    ]
    footnote = footnotes(doc, sec.first_line, sec.last_line).get("1")  # the heading's mark: "variances¹"
    if not rows:
        raise ParseError("no variance entries", section=path, line=sec.heading_line)
    if footnote is None:
        raise ParseError("the footnote on variance amounts is missing", section=path, line=sec.heading_line)
    entries = []
    for index, (line, row) in enumerate(rows):
        end = rows[index + 1][0] if index + 1 < len(rows) else sec.last_line + 1
        under = tuple(p for p in paras if line < p.source.first_line < end)
        entries.append(_entry(path, line, row, under))
    threshold = _THRESHOLD.search(footnote.text)
    if not threshold:
        raise ParseError("the footnote states no reporting threshold", section=path, line=footnote.line)
    return VarianceAnalysis(
        entries=tuple(entries),
        footnote=footnote.text,
        footnote_source=SourceSpan(path, footnote.line, footnote.line),
        threshold_percent=Decimal(threshold["percent"]),
        threshold_usd=whole_number(threshold["usd"]),
    )


def _entry(path: str, line: int, row: re.Match[str], under: tuple[Paragraph, ...]) -> Variance:
    name = clean(row["name"])
    if not under:
        raise ParseError(f'variance "{name}" has no explanatory paragraph', section=path, line=line)
    stated = _DIRECTION.match(under[0].text)
    if not stated:
        raise ParseError(
            f"paragraph {under[0].number} does not say whether requirements were reduced or increased",
            section=path,
            line=under[0].source.first_line,
        )
    amount, percent = figure(row["amount"], section=path, line=line), figure(row["percent"], section=path, line=line)
    usd = thousands_to_usd(amount)
    if usd is None or percent.value is None:
        raise ParseError(f'variance "{name}" prints no amount or percentage', section=path, line=line)
    direction = _DIRECTIONS[stated["direction"]]
    # A positive variance is money left unspent, so its explanation must speak of reduced requirements.
    if (usd > 0) != (direction == VarianceDirection.REDUCED):
        raise ParseError(
            f'variance "{name}" of {amount.text} is explained as {direction} requirements', section=path, line=line
        )
    return Variance(
        name=name,
        amount_text=clean(row["amount"]),
        variance_usd=usd,
        percent_text=row["percent"].strip(),
        variance_percent=percent.value,
        direction=direction,
        paragraphs=tuple(p.number for p in under),
        source=SourceSpan(path, line, under[-1].source.last_line),
    )
