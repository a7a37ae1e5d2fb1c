"""What the report says about itself: mission, period and publication date, read from its front matter."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, datetime

from seed.parser.lines import Document
from seed.parser.spans import ParseError

_DATE = "%d %B %Y"


@dataclass(frozen=True)
class FrontMatter:
    title: str
    mission_name: str
    mission: str
    period_start: date
    period_end: date
    published: date
    title_line: int
    symbol: str | None = None  # as printed in the front matter, where the text prints it


def _date(text: str, *, line: int) -> date:
    try:
        return datetime.strptime(text.strip(), _DATE).date()
    except ValueError:
        raise ParseError(f"not a date: {text!r}", section="front", line=line) from None


def parse_front(doc: Document) -> FrontMatter:
    summary = doc.section("Summary").heading_line
    lines = list(doc.numbered(1, summary))
    published = None
    for index, (_, text) in enumerate(lines):
        if text.strip().startswith("Distr.") and index + 1 < len(lines):
            published = _date(lines[index + 1][1], line=lines[index + 1][0])
            break
    if published is None:
        raise ParseError("publication date not found after 'Distr.'", section="front")
    title = next(((n, t) for n, t in lines if t.startswith("Budget performance of")), None)
    if title is None:
        raise ParseError("title 'Budget performance of ...' not found", section="front")
    match = re.match(
        r"^Budget performance of (?:the )?(?P<mission>.+?) for the period from (?P<start>.+?) to (?P<end>.+)$",
        title[1].strip(),
    )
    if not match:
        raise ParseError("title does not name a mission and a period", section="front", line=title[0])
    summary_text = " ".join(t for _, t in doc.numbered(summary, doc.section("Summary").last_line))
    short = re.search(re.escape(match["mission"]) + r" \((?P<short>[A-Z][A-Za-z-]+)\)", summary_text)
    if not short:
        raise ParseError("the summary does not give the mission's short name", section="Summary", line=summary)
    return FrontMatter(
        title=title[1].strip(),
        mission_name=match["mission"],
        mission=short["short"],
        period_start=_date(match["start"], line=title[0]),
        period_end=_date(match["end"], line=title[0]),
        published=published,
        title_line=title[0],
    )
