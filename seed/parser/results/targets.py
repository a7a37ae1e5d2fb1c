"""Targets from an indicator's parentheses: "(2017/18: 170; 2018/19: 173; 2019/20: 180)".

A group is the innermost parenthesis that holds a "YYYY/YY:" period. Entries are split on ";"
and, where the ";" was lost ("not applicable 2019/20: ..."), before a period. A label before a
period ("police: 2017/18: ...") names a series when the group has more than one label; a single
label is only the measure's name ("number of participants: ...") and gives series None.
"""

from __future__ import annotations

import re

from app.core.vocabulary import ValueStatus
from seed.parser.results.records import Target

_PERIOD = re.compile(r"\d{4}/\d{2}:")
_ENTRY = re.compile(r"^(?:(?P<label>[^:;]+?):\s*)?(?P<period>\d{4}/\d{2}):\s*(?P<value>.*)$", re.DOTALL)
_NUMBER = re.compile(r"^(?P<sign>[≥≤]\s*)?(?P<num>\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?)(?P<rest>.*)$")


def target_groups(text: str) -> list[tuple[int, int]]:
    """(start, end) offsets of the innermost parenthesised groups holding target periods."""
    found: list[tuple[int, int]] = []
    stack: list[int] = []
    for index, char in enumerate(text):
        if char == "(":
            stack.append(index)
        elif char == ")" and stack:
            start = stack.pop() + 1
            if _PERIOD.search(text[start:index]):
                found.append((start, index))
    inner = [g for g in found if not any(o != g and g[0] <= o[0] and o[1] <= g[1] for o in found)]
    return sorted(inner)


def parse_targets(text: str) -> tuple[Target, ...]:
    targets: list[Target] = []
    for start, end in target_groups(text):
        targets.extend(_group(text[start:end]))
    return tuple(targets)


def _group(inner: str) -> list[Target]:
    pieces: list[str] = []
    for piece in inner.split(";"):
        # A lost ";" leaves two periods in one piece: cut before the second.
        pieces.extend(p for p in re.split(r"(?<!:)\s+(?=\d{4}/\d{2}:)", piece.strip()) if p.strip())
    entries: list[tuple[str | None, str, str]] = []
    for piece in pieces:
        match = _ENTRY.match(piece.strip())
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
    if value_text.lower() == "not applicable":
        return Target(period, series, value_text, None, None, ValueStatus.NOT_APPLICABLE)
    number, unit = split_number(value_text)
    return Target(period, series, value_text, number, unit, ValueStatus.REPORTED)


def split_number(text: str) -> tuple[float | None, str | None]:
    """The leading number of a printed value and its unit ("≥ 90 per cent" -> 90, "per cent")."""
    match = _NUMBER.match(text.strip())
    if match is None:
        return None, None
    value = float(match["num"].replace(",", ""))
    rest = match["rest"].strip()
    if rest.startswith("per cent"):
        return value, "per cent"
    rest = re.sub(r"^/\d[\d,]*\s*", "", rest)  # "703/703 communes": the count of a whole
    return value, rest or None
