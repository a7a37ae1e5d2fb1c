"""What the report says about itself: symbol, mission, performance period and publication date.

They are read from the title page, the lines before "Contents". Its title names the mission and the
period whose performance the report gives, in one of the title forms below (a small strategy each); a
text whose title states no performance period is not a budget performance report and is refused. The
symbol ("A/80/590") is read where the first-page header prints one; a text without the header has none.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, datetime

from app.core.periods import period_label
from seed.parser.lines import Document
from seed.parser.spans import ParseError

_DATE = "%d %B %Y"
_SYMBOL = re.compile(r"^[A-Z]+/\d+/\d+(?:/[A-Za-z0-9.]+)*$")

# A standalone report: "Budget performance of the … for the period from 1 July 2019 to 30 June 2020".
_STANDALONE = re.compile(
    r"^Budget performance of (?:the )?(?P<mission>.+?) for the period from (?P<start>.+?) to (?P<end>.+)$"
)
# A report combined with the next budget: "Budget performance for the period from … to … and budget for the
# period from … to … for the …".
_COMBINED = re.compile(
    r"^Budget performance for the period from (?P<start>.+?) to (?P<end>.+?)"
    r" and budget for the period from .+? for (?:the )?(?P<mission>.+)$"
)
_TITLE_FORMS = (_STANDALONE, _COMBINED)
NOT_A_PERFORMANCE_REPORT = (
    "not a budget performance report: its title states no performance period "
    '("Budget performance … for the period from … to …")'
)


@dataclass(frozen=True)
class FrontMatter:
    title: str
    mission_name: str
    mission: str
    period_start: date
    period_end: date
    published: date
    title_line: int
    symbol: str | None  # as the first-page header prints it; None where the text has no header

    @property
    def period(self) -> str:
        """The performance period as the report's tables name it: "2019/20"."""
        return period_label(self.period_start, self.period_end)


@dataclass(frozen=True)
class TitlePage:
    """The front matter the title page alone gives (the mission's short name is in the summary)."""

    title: str
    title_line: int
    mission_name: str
    period_start: date
    period_end: date
    published: date
    symbol: str | None


def _date(text: str, *, line: int) -> date:
    try:
        return datetime.strptime(text.strip(), _DATE).date()
    except ValueError:
        raise ParseError(f"not a date: {text!r}", section="front", line=line) from None


def _title_page_lines(lines: Sequence[str]) -> list[tuple[int, str]]:
    """Non-blank lines up to "Contents", numbered from 1 (all lines of a text without contents)."""
    found = []
    for number, text in enumerate(lines, start=1):
        if text.strip() == "Contents":
            break
        if text.strip():
            found.append((number, text.strip()))
    return found


def read_title_page(lines: Sequence[str]) -> TitlePage:
    """The title page's facts; a ParseError when its title states no performance period."""
    page = _title_page_lines(lines)
    title, match = _title(page)
    published = next((page[i + 1] for i, (_, t) in enumerate(page[:-1]) if t.startswith("Distr.")), None)
    if published is None:
        raise ParseError("publication date not found after 'Distr.'", section="front")
    return TitlePage(
        title=title[1],
        title_line=title[0],
        mission_name=match["mission"],
        period_start=_date(match["start"], line=title[0]),
        period_end=_date(match["end"], line=title[0]),
        published=_date(published[1], line=published[0]),
        symbol=next((t for _, t in page if _SYMBOL.match(t)), None),
    )


def _title(page: list[tuple[int, str]]) -> tuple[tuple[int, str], re.Match[str]]:
    for number, text in page:
        for form in _TITLE_FORMS:
            match = form.match(text)
            if match:
                return (number, text), match
    raise ParseError(NOT_A_PERFORMANCE_REPORT, section="front", line=page[0][0] if page else None)


def parse_front(doc: Document, page: TitlePage | None = None) -> FrontMatter:
    """The title page's facts and the mission's short name, which the summary gives: "… in Mali (MINUSMA)"."""
    page = page or read_title_page(doc.lines)
    summary = doc.section("Summary")
    summary_text = " ".join(t for _, t in doc.numbered(summary.heading_line, summary.last_line))
    short = re.search(re.escape(page.mission_name) + r" \((?P<short>[A-Z][A-Za-z-]+)\)", summary_text)
    if not short:
        raise ParseError(
            "the summary does not give the mission's short name", section="Summary", line=summary.heading_line
        )
    return FrontMatter(
        title=page.title,
        mission_name=page.mission_name,
        mission=short["short"],
        period_start=page.period_start,
        period_end=page.period_end,
        published=page.published,
        title_line=page.title_line,
        symbol=page.symbol,
    )
