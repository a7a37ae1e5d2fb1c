"""Derived fields: direction, status, completion ratio, achievement and COVID-19 attribution.

Every derived value comes with the rule that decided it (`StatusBasis`, `AchievedBasis`), so an analyst can
audit it and filter on it. The rules run in the order listed; the first that decides wins.

Output status (`judge_output`), basis in brackets:
1. [yes_no / remarks / none] the printed values alone:
   - nothing printed: a remark stating delivery ("… was implemented", "were held") -> "completed" [remarks];
     one stating non-delivery ("not implemented", "postponed", "cancelled") -> "not_completed" [remarks];
     otherwise "not_reported" [none];
   - only Yes -> "completed" [yes_no];
   - only No -> "not_completed" [yes_no], unless a remark counts a delivered number of a planned quantity
     ("However, 78 criminal cases … were monitored" against "an estimated 10 criminal cases"): some part was
     delivered -> "partially_completed" [remarks];
   - a No among other values -> "partially_completed" [yes_no].
2. [revised_plan] every completed number restates the plan as approved or as staffed: its unit names the
   "approved budget" or the "(average|actual) strength" ("$1,138.5 Million approved budget" against a proposed
   "$1,149.8 million"; "1,702 Civilian personnel (average strength)" against 1,922 authorized) -> "completed":
   a plan changed by the approved budget or the actual strength is not a shortfall.
3. [ratio] one planned quantity and exactly one completed number whose unit names the same thing (its last
   word, singular, appears in the completed unit) -> ratio = completed / planned (4 decimals):
   ratio > 1 "exceeded", == 1 "completed", 0 < ratio < 1 "partially_completed", 0 "not_completed".
4. [quantities] several planned quantities, each met by its own completed number whose unit opens with the
   planned unit. A planned quantity restated inside a completed unit qualifies another one and is not a part
   ("1 capacity-building workshop for 100 women" / "2 Capacity-building workshops for 100 women at each").
   Any short -> "partially_completed" ("not_completed" when nothing was delivered); else a lower/mixed
   direction -> "partially_completed"; else any over (or direction higher) -> "exceeded"; else "completed".
5. [direction] remarks "The higher output" -> "exceeded"; "The lower output" (or both) -> "partially_completed".
6. [default] figures printed and nothing above decides -> "completed".
Direction: "lower" / "higher" when the remarks say "The lower/higher output(s)" or "The lower/higher
number" ("The overall ..." too; "decreased/increased" say the same), "mixed" when both appear, else None.

Indicator achievement (`judge_indicator`): achieved, partially_achieved, not_achieved or unknown; the boolean
`achieved` is its view (achieved -> True, partially_achieved and not_achieved -> False, unknown -> None).
1. the actual opens "Achieved":
   - an explanation of a lower figure against a target to reach ("Achieved: a total of 1 decision" / "The lower
     number of commitments and decisions …" against 3) -> not_achieved [difference];
   - the explanation says a part was not done or was replaced ("In lieu of statements …", "… was deferred") ->
     partially_achieved [stated_in_part];
   - otherwise achieved [stated_achieved].
2. the text says only part was done ("Part of …", "not entirely") -> partially_achieved [stated_in_part].
3. the actual or explanation states non-achievement ("No ... were", "not achieved/adopted/...", "delayed",
   "postponed", "deferred", "did not", "could not", "had not", "was/were not") -> not_achieved [negative].
4. the actual states the work as under way ("is ongoing", "Under implementation", "pending") ->
   partially_achieved [in_progress].
5. a figure against the target of the report's performance period (2019/20 in A/75/623) with a tolerance
   ("15 per cent ± 3 per cent") -> achieved inside the band, not_achieved outside (a vacancy rate below the
   band misses it as surely as one above) [tolerance].
6. an explanation of a difference ("The lower/higher ...") -> not_achieved, except that a lower figure meets a
   target to reduce or decrease something (or days, vacancy, deviation) -> achieved [difference].
7. a figure ("97 per cent", or "A total of 3 reports …" against a bare number) against the performance period's
   target: "≤" targets must not be exceeded, other targets must be reached [target].
8. otherwise unknown [none] (e.g. a statement of what was done that names no figure of the target).
"""

from __future__ import annotations

import re

from app.core.vocabulary import AchievedBasis, Achievement, OutputDirection, OutputStatus, StatusBasis
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
# An "Achieved" whose explanation replaces or leaves out part of the target.
_IN_PART = re.compile(r"\bIn lieu of\b|\binstead of\b", re.IGNORECASE)
_PARTIAL = re.compile(r"^Part of\b|\bnot entirely\b|\bpartially (?:achieved|implemented|completed|met|adopted)\b")
_IN_PROGRESS = re.compile(
    r"\b(?:is|are|was|were|remains?|remained) (?:still )?(?:ongoing|under way|in progress)\b"
    r"|^Under (?:implementation|way)\b|\bpending\b"
)
_DIFFERENCE = re.compile(r"\bThe (?:overall )?(lower|higher)\b")
_BAND = re.compile(r"±\s*(\d+(?:\.\d+)?)")
_REDUCE = re.compile(r"\b(?:reduction|decrease|deviation|vacan\w*|days)\b", re.IGNORECASE)
_A_TOTAL = re.compile(r"^A total (?:number )?of (\d[\d,]*(?:\.\d+)?)\b")

# A completed figure that restates the plan as approved or as staffed, not delivery against it.
_REVISED_PLAN = re.compile(r"\bapproved budget\b|\b(?:average|actual) strength\b", re.IGNORECASE)
_DELIVERED = re.compile(
    r"\b(?:was|were|has been|have been) (?:fully |successfully )?(?:implemented|completed|conducted|held|provided"
    r"|established|delivered|organized|carried out|finalized|undertaken|monitored)\b"
)
_NOT_DELIVERED = re.compile(
    r"\b(?:was|were|has|have) not (?:been )?(?:implemented|completed|conducted|held|provided|established|delivered"
    r"|organized|carried out)\b|\b(?:postponed|cancelled)\b"
)


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


def _restated(quantity: PlannedQuantity, completed: tuple[Completed, ...]) -> bool:
    """A planned quantity printed again inside a completed unit ("for 100 women" / "… for 100 women at each")."""
    words = [_stem(w) for w in quantity.value_text.split()]
    return any(" ".join(words) in " ".join(_stem(w) for w in (c.unit or "").split()) for c in completed if c.unit)


def _pairs(planned: tuple[PlannedQuantity, ...], completed: tuple[Completed, ...]) -> list[tuple[float, float]] | None:
    """(planned, completed) for every planned quantity, each met by its own completed number whose unit
    opens with the planned unit ("90 sensitization sessions" / "88 Sensitization sessions"); None unless
    all of them are. Stricter than the single-ratio rule, since several quantities invite false matches.
    A planned quantity restated in a completed unit qualifies another and is left out."""
    free = [c for c in completed if c.value is not None and c.unit]
    pairs = []
    for quantity in (q for q in planned if not _restated(q, completed)):
        words = [_stem(w) for w in quantity.unit.split()]
        match = next((c for c in free if [_stem(w) for w in (c.unit or "").split()][: len(words)] == words), None)
        if match is None or match.value is None:
            return None
        free.remove(match)
        pairs.append((quantity.value, match.value))
    return pairs or None


def _delivered_in_remarks(planned: tuple[PlannedQuantity, ...], remarks: str) -> bool:
    """Whether a remark counts a delivered number of a planned quantity: "However, 78 criminal cases pertaining to
    serious crimes were monitored" against "the monitoring of an estimated 10 criminal cases"."""
    for quantity in planned:
        words = quantity.unit.split()[:2]
        stems = r"\s+".join(re.escape(_stem(w)) + r"s?" for w in words)
        for sentence in re.split(r"(?<=[.;])\s+|\n", remarks):
            found = re.search(rf"\b\d[\d,]*\s+{stems}\b", sentence, re.IGNORECASE)
            if found and _DELIVERED.search(sentence[found.end() :]) and not _NOT_DELIVERED.search(sentence):
                return True
    return False


def judge_output(
    completed: tuple[Completed, ...],
    ratio: float | None,
    direction_: OutputDirection | None,
    planned: tuple[PlannedQuantity, ...] = (),
    remarks: str | None = None,
) -> tuple[OutputStatus, StatusBasis]:
    """The status of an output and the rule that decided it (the module docstring, in order)."""
    printed = _status_of_printed(completed, planned, remarks or "")
    if printed is not None:
        return printed
    numbers = [c for c in completed if c.value is not None]
    if planned and numbers and all(_REVISED_PLAN.search(c.unit or "") for c in numbers):
        return OutputStatus.COMPLETED, StatusBasis.REVISED_PLAN
    if ratio is not None:
        return _status_of_ratio(ratio), StatusBasis.RATIO
    pairs = _pairs(planned, completed) if len(planned) > 1 else None
    if pairs:
        return _status_of_parts(pairs, direction_), StatusBasis.QUANTITIES
    if direction_ is not None:
        return _status_of_direction(direction_), StatusBasis.DIRECTION
    return OutputStatus.COMPLETED, StatusBasis.DEFAULT


def status(
    completed: tuple[Completed, ...],
    ratio: float | None,
    direction_: OutputDirection | None,
    planned: tuple[PlannedQuantity, ...] = (),
    remarks: str | None = None,
) -> OutputStatus:
    """The status alone (see `judge_output`)."""
    return judge_output(completed, ratio, direction_, planned, remarks)[0]


def _status_of_printed(
    completed: tuple[Completed, ...], planned: tuple[PlannedQuantity, ...], remarks: str
) -> tuple[OutputStatus, StatusBasis] | None:
    """What the printed values decide alone (with the remarks where nothing but No, or nothing, is printed)."""
    printed = [c for c in completed if c.value is not None or c.yes_no is not None]
    if not printed:
        if _DELIVERED.search(remarks) and not _NOT_DELIVERED.search(remarks):
            return OutputStatus.COMPLETED, StatusBasis.REMARKS
        if _NOT_DELIVERED.search(remarks) and not _DELIVERED.search(remarks):
            return OutputStatus.NOT_COMPLETED, StatusBasis.REMARKS
        return OutputStatus.NOT_REPORTED, StatusBasis.NONE
    if all(c.yes_no is True for c in completed):
        return OutputStatus.COMPLETED, StatusBasis.YES_NO
    if all(c.yes_no is False for c in printed):
        if _delivered_in_remarks(planned, remarks):
            return OutputStatus.PARTIALLY_COMPLETED, StatusBasis.REMARKS
        return OutputStatus.NOT_COMPLETED, StatusBasis.YES_NO
    if any(c.yes_no is False for c in completed):
        # some parts delivered, at least one printed "No"
        return OutputStatus.PARTIALLY_COMPLETED, StatusBasis.YES_NO
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


def _status_of_direction(direction_: OutputDirection) -> OutputStatus:
    if direction_ == OutputDirection.HIGHER:
        return OutputStatus.EXCEEDED
    return OutputStatus.PARTIALLY_COMPLETED


def achieved_view(achievement: Achievement) -> bool | None:
    """The boolean `achieved`: achieved -> True, partially or not achieved -> False, unknown -> None."""
    if achievement == Achievement.UNKNOWN:
        return None
    return achievement == Achievement.ACHIEVED


def judge_indicator(
    planned: str, actual: str, explanation: str | None, targets: tuple[Target, ...], period: str
) -> tuple[Achievement, AchievedBasis]:
    """An indicator's achievement and the rule that decided it (the module docstring, in order); `period` is
    the report's performance period ("2019/20")."""
    text = f"{actual} {explanation or ''}"
    difference = _DIFFERENCE.search(text)
    shortfall = difference is not None and difference[1] == "lower" and not _REDUCE.search(planned)
    if actual.startswith("Achieved"):
        if shortfall:
            return Achievement.NOT_ACHIEVED, AchievedBasis.DIFFERENCE
        if _IN_PART.search(explanation or "") or _NEGATIVE.search(explanation or ""):
            return Achievement.PARTIALLY_ACHIEVED, AchievedBasis.STATED_IN_PART
        return Achievement.ACHIEVED, AchievedBasis.STATED_ACHIEVED
    if _PARTIAL.search(actual) or _PARTIAL.search(explanation or ""):
        return Achievement.PARTIALLY_ACHIEVED, AchievedBasis.STATED_IN_PART
    if _NEGATIVE.search(actual) or _NEGATIVE.search(explanation or ""):
        return Achievement.NOT_ACHIEVED, AchievedBasis.NEGATIVE
    if _IN_PROGRESS.search(actual):
        return Achievement.PARTIALLY_ACHIEVED, AchievedBasis.IN_PROGRESS
    return _by_figures(planned, actual, difference, targets, period)


def _by_figures(
    planned: str, actual: str, difference: re.Match[str] | None, targets: tuple[Target, ...], period: str
) -> tuple[Achievement, AchievedBasis]:
    """Rules 5-8: the tolerance band, the explained difference, the figure against the target."""
    value, unit = split_number(actual)
    goal = [t for t in targets if t.period == period and t.value is not None]
    target = goal[0] if len(goal) == 1 else None
    band = _BAND.search(target.value_text) if target else None
    if band and value is not None and target is not None and target.value is not None:
        tolerance = float(band[1])
        inside = target.value - tolerance <= value <= target.value + tolerance
        return _verdict(inside), AchievedBasis.TOLERANCE
    if difference:
        return _verdict(difference[1] == "lower" and bool(_REDUCE.search(planned))), AchievedBasis.DIFFERENCE
    figure = _figure(actual, value, unit, target)
    if figure is None or target is None or target.value is None:
        return Achievement.UNKNOWN, AchievedBasis.NONE
    met = figure <= target.value if target.value_text.startswith("≤") else figure >= target.value
    return _verdict(met), AchievedBasis.TARGET


def _figure(actual: str, value: float | None, unit: str | None, target: Target | None) -> float | None:
    """The actual's figure comparable with the target: a bare figure of the target's unit ("97 per cent"), or
    "A total of N …" against a target that is a bare number."""
    if target is None:
        return None
    total = _A_TOTAL.match(actual)
    if total and target.unit is None:
        return float(total[1].replace(",", ""))
    if value is not None and (unit or "") == (target.unit or "") and len(actual.split()) <= 3:
        return value
    return None


def _verdict(met: bool) -> Achievement:
    return Achievement.ACHIEVED if met else Achievement.NOT_ACHIEVED


def achieved(
    planned: str, actual: str, explanation: str | None, targets: tuple[Target, ...], period: str
) -> bool | None:
    """The boolean view of `judge_indicator`."""
    return achieved_view(judge_indicator(planned, actual, explanation, targets, period)[0])
