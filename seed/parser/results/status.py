"""Derived fields: direction, status, completion ratio, achievement and COVID-19 attribution.

Output status:
- only Yes values -> "completed"; only No values -> "not_completed"; nothing printed -> "not_reported";
- one planned quantity and exactly one completed number whose unit names the same thing (its last
  word, singular, appears in the completed unit) -> ratio = completed / planned (4 decimals):
  ratio > 1 "exceeded", == 1 "completed", 0 < ratio < 1 "partially_completed", 0 "not_completed";
- otherwise with numbers (or mixed Yes/No and numbers): remarks "The higher output" -> "exceeded",
  "The lower output" (or both) -> "partially_completed", neither -> "completed".
- any "No" among other values -> "partially_completed";
- several planned quantities, each met by its own completed number whose unit opens with the planned
  unit: any short -> "partially_completed"; else a lower/mixed direction -> "partially_completed";
  else any over (or direction higher) -> "exceeded"; else "completed";
Direction: "lower" / "higher" when the remarks say "The lower/higher output(s)" or "The lower/higher
number" ("The overall ..." too; "decreased/increased" say the same), "mixed" when both appear, else None.

Indicator achieved:
- the actual starts with "Achieved" -> True;
- the actual or explanation states non-achievement ("No ... were", "not achieved/adopted/...",
  "delayed", "postponed", "deferred", "did not", "could not", "had not", "was/were not") -> False;
- a figure against the target of the report's performance period (2019/20 in A/75/623) with a tolerance
  ("15 per cent ± 3 per cent") -> whether it falls
  inside the band (a vacancy rate below the band misses it as surely as one above);
- an explanation of a difference ("The lower/higher ...") -> False, except that a lower figure
  meets a target to reduce or decrease something (or days, vacancy, deviation) -> True;
- a bare figure ("97 per cent") against the performance period's target: "≤" targets must not be exceeded, other
  targets must be reached;
- otherwise None (e.g. "Under implementation ...").
"""

from __future__ import annotations

import re

from app.core.vocabulary import OutputDirection, OutputStatus
from seed.parser.covid import mentions_covid
from seed.parser.results.records import Completed, PlannedQuantity, Target
from seed.parser.results.targets import split_number

# "The lower number of round table meetings …" states a shortfall as surely as "The lower output".
_DIRECTION = re.compile(r"\bThe (?:overall )?(lower|higher|decreased|increased) (?:outputs?|number)\b")
_DIRECTION_WORDS = {
    "lower": OutputDirection.LOWER,
    "decreased": OutputDirection.LOWER,
    "higher": OutputDirection.HIGHER,
    "increased": OutputDirection.HIGHER,
}
_NEGATIVE = re.compile(
    r"^No\b|^Not\b|\bnot (?:been )?(?:achieved|adopted|launched|conducted|started|observed|entirely|implemented)"
    r"|\b(?:delayed|postponed|deferred)\b|\b(?:did|could|had|was|were) not\b|\bdid not\b"
)
_DIFFERENCE = re.compile(r"\bThe (?:overall )?(lower|higher)\b")
_BAND = re.compile(r"±\s*(\d+(?:\.\d+)?)")
_REDUCE = re.compile(r"\b(?:reduction|decrease|deviation|vacan\w*|days)\b", re.IGNORECASE)


def direction(remarks: str | None) -> OutputDirection | None:
    found = {_DIRECTION_WORDS[m[1]] for m in _DIRECTION.finditer(remarks or "")}
    if len(found) == 2:
        return OutputDirection.MIXED
    return found.pop() if found else None


def covid(*texts: str | None) -> bool:
    return any(mentions_covid(t or "") for t in texts)


def _stem(word: str) -> str:
    word = word.lower().strip("(),.;:")
    return word[:-1] if word.endswith("s") and not word.endswith("ss") else word


def completion_ratio(planned: tuple[PlannedQuantity, ...], completed: tuple[Completed, ...]) -> float | None:
    if len(planned) != 1:
        return None
    head = _stem(planned[0].unit.split()[-1])
    matches = [c for c in completed if c.value is not None and c.unit and head in {_stem(w) for w in c.unit.split()}]
    if len(matches) != 1 or not planned[0].value:
        return None
    assert matches[0].value is not None
    return round(matches[0].value / planned[0].value, 4)


def _pairs(planned: tuple[PlannedQuantity, ...], completed: tuple[Completed, ...]) -> list[tuple[float, float]] | None:
    """(planned, completed) for every planned quantity, each met by its own completed number whose unit
    opens with the planned unit ("90 sensitization sessions" / "88 Sensitization sessions"); None unless
    all of them are. Stricter than the single-ratio rule, since several quantities invite false matches."""
    free = [c for c in completed if c.value is not None and c.unit]
    pairs = []
    for quantity in planned:
        words = [_stem(w) for w in quantity.unit.split()]
        match = next((c for c in free if [_stem(w) for w in (c.unit or "").split()][: len(words)] == words), None)
        if match is None or match.value is None:
            return None
        free.remove(match)
        pairs.append((quantity.value, match.value))
    return pairs or None


def status(
    completed: tuple[Completed, ...],
    ratio: float | None,
    direction_: OutputDirection | None,
    planned: tuple[PlannedQuantity, ...] = (),
) -> OutputStatus:
    """The rules of the module docstring, in order: printed Yes/No, one ratio, several parts, the direction."""
    printed = _status_of_printed(completed)
    if printed is not None:
        return printed
    if ratio is not None:
        return _status_of_ratio(ratio)
    pairs = _pairs(planned, completed) if len(planned) > 1 else None
    if pairs:
        return _status_of_parts(pairs, direction_)
    return _status_of_direction(direction_)


def _status_of_printed(completed: tuple[Completed, ...]) -> OutputStatus | None:
    """What the printed values decide alone: nothing printed, only Yes, only No, or a No among other parts."""
    printed = [c for c in completed if c.value is not None or c.yes_no is not None]
    if not printed:
        return OutputStatus.NOT_REPORTED
    if all(c.yes_no is True for c in completed):
        return OutputStatus.COMPLETED
    if all(c.yes_no is False for c in printed):
        return OutputStatus.NOT_COMPLETED
    if any(c.yes_no is False for c in completed):
        return OutputStatus.PARTIALLY_COMPLETED  # some parts delivered, at least one printed "No"
    return None


def _status_of_ratio(ratio: float) -> OutputStatus:
    if ratio > 1:
        return OutputStatus.EXCEEDED
    if ratio == 1:
        return OutputStatus.COMPLETED
    return OutputStatus.PARTIALLY_COMPLETED if ratio > 0 else OutputStatus.NOT_COMPLETED


def _status_of_parts(pairs: list[tuple[float, float]], direction_: OutputDirection | None) -> OutputStatus:
    """Several planned quantities, each met by its own completed number: (planned, completed) pairs."""
    if any(done < goal for goal, done in pairs):
        delivered = any(done for _, done in pairs)
        return OutputStatus.PARTIALLY_COMPLETED if delivered else OutputStatus.NOT_COMPLETED
    if direction_ in (OutputDirection.LOWER, OutputDirection.MIXED):
        return OutputStatus.PARTIALLY_COMPLETED  # every planned part met, but the remarks report a shortfall
    over = direction_ == OutputDirection.HIGHER or any(done > goal for goal, done in pairs)
    return OutputStatus.EXCEEDED if over else OutputStatus.COMPLETED


def _status_of_direction(direction_: OutputDirection | None) -> OutputStatus:
    if direction_ == OutputDirection.HIGHER:
        return OutputStatus.EXCEEDED
    if direction_ in (OutputDirection.LOWER, OutputDirection.MIXED):
        return OutputStatus.PARTIALLY_COMPLETED
    return OutputStatus.COMPLETED


def achieved(
    planned: str, actual: str, explanation: str | None, targets: tuple[Target, ...], period: str
) -> bool | None:
    """Whether an indicator was achieved (rules above); `period` is the report's performance period ("2019/20")."""
    if actual.startswith("Achieved"):
        return True
    text = f"{actual} {explanation or ''}"
    if _NEGATIVE.search(actual) or _NEGATIVE.search(explanation or ""):
        return False
    value, unit = split_number(actual)
    goal = [t for t in targets if t.period == period and t.value is not None]
    band = _BAND.search(goal[0].value_text) if len(goal) == 1 else None
    if band and value is not None and goal[0].value is not None:
        tolerance = float(band[1])
        return goal[0].value - tolerance <= value <= goal[0].value + tolerance
    difference = _DIFFERENCE.search(text)
    if difference:
        return difference[1] == "lower" and bool(_REDUCE.search(planned))
    if value is not None and len(goal) == 1 and (unit or "") == (goal[0].unit or "") and len(actual.split()) <= 3:
        target = goal[0]
        assert target.value is not None
        return value <= target.value if target.value_text.startswith("≤") else value >= target.value
    return None
