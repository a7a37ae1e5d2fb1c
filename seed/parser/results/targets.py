"""Targets from an indicator's parentheses: "(2017/18: 170; 2018/19: 173; 2019/20: 180)".

A group is the innermost parenthesis that holds a printed period. Entries are split on ";" and, where
the ";" was lost, before a period. A label before a period ("police: 2017/18: ...") names a series when
the group has more than one label; a single label is only the measure's name ("number of participants:
...") and gives series None. Values are kept as printed; "not applicable" (or "n/a") is not applicable,
an empty value not reported.

How periods are printed is a named strategy, `Periods`:
- PERFORMANCE (the performance reports): a period is "YYYY/YY:", always with its colon; a lost ";" is
  cut before a period unless a colon precedes it (that colon ends a label).
- COMBINED (performance and budget in one report): the series runs over five periods, printed less
  regularly. A period may lose its colon ("2025/26 227") or the space after it ("2024/25:8"), be
  printed in full ("2022/2023") or be a calendar year, then always with its colon ("2023: 97.0 per
  cent"). The ";" between entries may be lost or misprinted "," or ":" ("877, 2024/25: 3,185"), so a
  period later in a piece opens an entry of its own, unless the group has printed that period already
  (a value may cite a period: "same as 2025/26"); the misprinted separator does not stay in the value.
  A series may lose its "(" ("incidents 2022/23: …; 2026/27: 30)"): a ")" without its "(" then
  closes a group opening at the first period before it.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass

from app.core.vocabulary import ValueStatus
from seed.parser.results.records import Target

_NUMBER = re.compile(r"^(?P<sign>[≥≤]\s*)?(?P<num>\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?)(?P<rest>.*)$")
_NOT_APPLICABLE = frozenset({"not applicable", "n/a"})


@dataclass(frozen=True)
class Periods:
    """How a layout prints the periods of a target series (see the module docstring)."""

    name: str
    marker: re.Pattern[str]  # a period as printed with its colon: a parenthesis holding one is a target group
    entry: re.Pattern[str]  # one entry: an optional label, the period, the value
    pieces: Callable[[str], list[str]]  # a group's text cut into one piece per entry
    unopened: bool  # whether a ")" without its "(" closes a group opening at the first period before it


_PERFORMANCE_PERIOD = r"\d{4}/\d{2}"
_PERFORMANCE_CUT = re.compile(rf"(?<!:)\s+(?={_PERFORMANCE_PERIOD}:)")


def _performance_pieces(inner: str) -> list[str]:
    pieces: list[str] = []
    for piece in inner.split(";"):
        # A lost ";" leaves two periods in one piece: cut before the second.
        pieces.extend(p for p in _PERFORMANCE_CUT.split(piece.strip()) if p.strip())
    return pieces


PERFORMANCE = Periods(
    name="performance",
    marker=re.compile(rf"{_PERFORMANCE_PERIOD}:"),
    entry=re.compile(rf"^(?:(?P<label>[^:;]+?):\s*)?(?P<period>{_PERFORMANCE_PERIOD}):\s*(?P<value>.*)$", re.DOTALL),
    pieces=_performance_pieces,
    unopened=False,
)

# A fiscal period, short or in full ("2024/25", "2022/2023"), or a calendar year followed by its colon.
_COMBINED_PERIOD = r"(?<![\d/.,])(?:\d{4}/(?:\d{4}|\d{2})(?![\d/])|\d{4}(?=\s*:))"
_COMBINED_OPENS = re.compile(rf"(?<=\s){_COMBINED_PERIOD}")
_COMBINED_ANY = re.compile(_COMBINED_PERIOD)


def _combined_pieces(inner: str) -> list[str]:
    pieces: list[str] = []
    seen: set[str] = set()
    for piece in inner.split(";"):
        first = _COMBINED_ANY.search(piece)
        if first is None:
            pieces.extend([piece.strip()] if piece.strip() else [])
            continue
        seen.add(first[0])
        cuts = [0]
        for match in _COMBINED_OPENS.finditer(piece, first.end()):
            if match[0] not in seen:
                cuts.append(match.start())
            seen.add(match[0])
        bounds = zip(cuts, [*cuts[1:], len(piece)], strict=True)
        pieces.extend(p for p in (piece[a:b].strip() for a, b in bounds) if p)
    return pieces


COMBINED = Periods(
    name="combined",
    marker=re.compile(rf"{_COMBINED_PERIOD}\s*:"),
    entry=re.compile(
        rf"^(?:(?P<label>[^:;]+?):\s*)?(?P<period>{_COMBINED_PERIOD})\s*:?\s*(?P<value>.*?)[\s,:]*$", re.DOTALL
    ),
    pieces=_combined_pieces,
    unopened=True,
)


def target_groups(text: str, periods: Periods = PERFORMANCE) -> list[tuple[int, int]]:
    """(start, end) offsets of the innermost parenthesised groups holding target periods."""
    found: list[tuple[int, int]] = []
    stack: list[int] = []
    after = 0  # where the text after the last closed parenthesis starts
    for index, char in enumerate(text):
        if char == "(":
            stack.append(index)
        elif char == ")":
            start = stack.pop() + 1 if stack else _unopened_start(text, after, index, periods)
            after = index + 1
            if start is not None and periods.marker.search(text[start:index]):
                found.append((start, index))
    inner = [g for g in found if not any(o != g and g[0] <= o[0] and o[1] <= g[1] for o in found)]
    return sorted(inner)


def _unopened_start(text: str, after: int, index: int, periods: Periods) -> int | None:
    """Where a group whose "(" was lost opens: at its first period, in layouts that lose it."""
    first = periods.marker.search(text, after, index) if periods.unopened else None
    return first.start() if first else None


def parse_targets(text: str, periods: Periods = PERFORMANCE) -> tuple[Target, ...]:
    targets: list[Target] = []
    for start, end in target_groups(text, periods):
        targets.extend(_group(text[start:end], periods))
    return tuple(targets)


def _group(inner: str, periods: Periods) -> list[Target]:
    entries: list[tuple[str | None, str, str]] = []
    for piece in periods.pieces(inner):
        match = periods.entry.match(piece.strip())
        if match is None:
            if entries:  # text without a period continues the value before it
                label, period, value = entries[-1]
                entries[-1] = (label, period, f"{value}; {piece.strip()}")
            continue
        entries.append((match["label"], match["period"], match["value"].strip()))
    labels = [label for label, _, _ in entries if label]
    series_mode = len(labels) > 1
    series: str | None = None
    targets = []
    for label, period, value in entries:
        if label and series_mode:
            series = label.strip()
        targets.append(_target(period, series if series_mode else None, value))
    return targets


def _target(period: str, series: str | None, value_text: str) -> Target:
    if not value_text:
        return Target(period, series, value_text, None, None, ValueStatus.NOT_REPORTED)
    if value_text.lower() in _NOT_APPLICABLE:
        return Target(period, series, value_text, None, None, ValueStatus.NOT_APPLICABLE)
    number, unit = split_number(value_text)
    return Target(period, series, value_text, number, unit, ValueStatus.REPORTED)


def same_period(printed: str, period: str) -> bool:
    """Whether a printed period is `period` ("2024/25"), also when printed in full ("2024/2025")."""
    return re.sub(r"^(\d{4})/\d{2}(\d{2})$", r"\1/\2", printed) == period


def split_number(text: str) -> tuple[float | None, str | None]:
    """The leading number of a printed value and its unit ("≥ 90 per cent" -> 90, "per cent")."""
    match = _NUMBER.match(text.strip())
    if match is None:
        return None, None
    value = float(match["num"].replace(",", ""))
    rest = match["rest"].strip()
    if re.match(r"per ?cent\b", rest):  # "100 percent" is a misprint of the same unit
        return value, "per cent"
    rest = re.sub(r"^/\d[\d,]*\s*", "", rest)  # "703/703 communes": the count of a whole
    return value, rest or None
