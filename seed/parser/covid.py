"""COVID-19 impact annotations: the sentences of a text that mention the pandemic, each with one impact class.

A sentence mentions COVID-19 when it names "COVID", "pandemic" or "coronavirus". Its impact is the first
rule below that matches (rules run most specific and most severe first; `signals` lists every rule that
matched, in this order):

1. ``requested``               a General Assembly decision or request ("Notes with grave concern …", "Requests …")
2. ``increased_requirements``  resources: "increased requirements", "higher actual costs" (section IV style)
3. ``decreased_requirements``  resources: "reduced requirements", "lower actual costs", "lower freight … costs"
   Rules 2–3 read the clause naming the pandemic first (the "(b) …;" part of a list), then the sentence's
   lead-in before its colon, so "The increased requirements were attributable to: (a) …; (b) … COVID-19"
   gets the direction its own clause or lead-in states.
4. ``cancelled``               "cancelled", "cancellation", "could not be held/organized/started", "not held"
5. ``postponed``               "postponed", "postponement", "deferred", "deferral", "rescheduled"
6. ``suspended``               "suspended", "suspension", "paused", "halted"
7. ``delayed``                 "delayed", "delays", "slower pace"
8. ``reduced``                 "lower output/number/percentage", "outputs were lower", "curtailed",
                               "reduction of", "fewer"
9. ``reprioritized``           "reprioritized", "reprioritization", "redirected"
10. ``adapted``                "adapted", "online", "virtual", "remote", "telecommuting", "work from home",
                               "smaller number", "small groups", "protocol", "in compliance with", "re-oriented"
11. ``maintained``             went ahead regardless: "Despite …", "In spite of …"
12. ``response``               measures taken against the pandemic: "in response to", "to respond",
                               "implemented measures", "mitigate the spread", "lessons-learned", "taskforce"
13. ``affected``               fallback: the pandemic is named as a challenge or context without a stated effect
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from app.core.markup import single_spaces
from app.core.vocabulary import Impact, TargetType
from seed.parser.spans import SourceSpan

_COVID = re.compile(r"covid|pandemic|coronavirus", re.IGNORECASE)

# Words ending in a full stop that do not end a sentence.
_ABBREVIATIONS = frozenset(
    {"e.g.", "i.e.", "no.", "nos.", "para.", "paras.", "sect.", "art.", "vol.", "add.", "rev.", "corr."}
    | {"mr.", "ms.", "mrs.", "dr.", "st.", "cf.", "approx.", "resp.", "fig.", "op.", "cit."}
)
# A full stop (with any closing quote or bracket) then space then something that can open a sentence,
# an item letter "(b) " included.
_BOUNDARY = re.compile(r"[.!?][\"”’')\]]*\s+(?=[\"“(\[]?[A-Z0-9]|\((?:[a-z]|[ivx]+)\)\s)")
# "(b) Security sector reform." is the lead-in of an item: it stays with the sentence after it.
_ITEM_LEAD_IN = re.compile(r"^\((?:[a-z]|[ivx]+)\)\s[^.]*\.$")

_RULES: tuple[tuple[Impact, re.Pattern[str]], ...] = (
    (
        Impact.CANCELLED,
        re.compile(
            r"\bcancel(?:l?ed|lation)\b|\bcould not be (?:held|organized|started|conducted|carried out)\b"
            r"|\bwere not held\b|\bwas not (?:held|completed)\b"
        ),
    ),
    (Impact.POSTPONED, re.compile(r"\bpostpone(?:d|ment)\b|\bdefer(?:red|ral)\b|\brescheduled\b|\bput on hold\b")),
    (Impact.SUSPENDED, re.compile(r"\bsuspen(?:ded|sion)\b|\bpaused\b|\bhalted\b")),
    (Impact.DELAYED, re.compile(r"\bdelay(?:ed|s)?\b|\bslower pace\b")),
    (
        Impact.REDUCED,
        re.compile(
            r"\blower (?:number|output|percentage|level)s?\b|\boutputs? (?:was|were) lower\b|\bcurtailed\b"
            r"|\breduction (?:of|in)\b|\bfewer (?!people|participants)"
        ),
    ),
    (Impact.REPRIORITIZED, re.compile(r"\bre-?prioriti[sz](?:ed|ation)\b|\bredirected\b")),
    (
        Impact.ADAPTED,
        re.compile(
            r"\badapt(?:s|ed|ing)?\b|\bonline\b|\bvirtual(?:ly)?\b|\bremote(?:ly)?\b|\btelecommut\w*"
            r"|\bwork from (?:their )?homes?\b|\bsmaller (?:number|groups?)\b|\bsmall groups\b"
            r"|\bfewer (?:people|participants)\b|\bprotocol\b|\bin compliance with\b|\bre-?oriented\b"
        ),
    ),
    (Impact.MAINTAINED, re.compile(r"\bdespite\b|\bin spite of\b")),
    (
        Impact.RESPONSE,
        re.compile(
            r"\bin response to\b|\bresponse to the\b|\bto respond\b|\bimplemented measures\b|\bmitigate the spread\b"
            r"|\bprevent(?:ive)?(?: further)? spread\b|\bpreventive and mitigating measures\b|\blessons[- ]learned\b"
            r"|\btask ?force\b|\bto track\b"
        ),
    ),
)
_REQUESTED = re.compile(
    r"^(?:also |further )?(?:requests|notes|emphasizes|decides|stresses|urges|welcomes|recognizes|reaffirms)\b"
)
_INCREASED = re.compile(
    r"\b(?:increased|additional|higher) requirements\b|\bhigher (?:actual )?(?:[\w-]+ ){0,3}(?:costs?|expenditure)\b"
)
_DECREASED = re.compile(
    r"\b(?:reduced|decreased|lower) requirements\b|\blower (?:actual )?(?:[\w-]+ ){0,3}(?:costs?|expenditure)\b"
    r"|\bunderexpenditure\b"
)


@dataclass(frozen=True)
class CovidAnnotation:
    id: str  # "{target_type}:{target_id}:{k}", k counting the text's COVID sentences from 1
    target_type: TargetType
    target_id: str
    excerpt: str  # the whole sentence
    impact: Impact
    component: int | None
    source: SourceSpan
    signals: tuple[Impact, ...] = ()  # every impact rule the sentence matched, in rule order


def split_sentences(text: str) -> list[str]:
    """Sentences of running text; abbreviations ("para.", "e.g.", "No."), decimals and item letters do not split."""
    text = single_spaces(text)
    sentences: list[str] = []
    start = 0
    for match in _BOUNDARY.finditer(text):
        piece = text[start : match.end()].strip()
        last_word = piece.rsplit(" ", 1)[-1].lstrip('([“"').lower()
        if last_word in _ABBREVIATIONS or re.fullmatch(r"[a-z]\.", last_word) or _ITEM_LEAD_IN.match(piece):
            continue
        sentences.append(piece)
        start = match.end()
    if text[start:].strip():
        sentences.append(text[start:].strip())
    return sentences


def mentions_covid(sentence: str) -> bool:
    return _COVID.search(sentence) is not None


def impact_signals(sentence: str) -> tuple[Impact, ...]:
    """Every impact rule the sentence matches, in rule order (the first is its impact)."""
    lowered = sentence.lower()
    found: list[Impact] = []
    if _REQUESTED.match(lowered):
        found.append(Impact.REQUESTED)
    direction = _resource_direction(lowered)
    if direction:
        found.append(direction)
    found.extend(name for name, pattern in _RULES if pattern.search(lowered))
    return tuple(found)


def classify_impact(sentence: str) -> Impact:
    """The impact class of a sentence (see the module docstring for the ordered rules)."""
    signals = impact_signals(sentence)
    return signals[0] if signals else Impact.AFFECTED


def _resource_direction(sentence: str) -> Impact | None:
    """Increased or decreased requirements, when the sentence states which way resources went."""
    head, colon, rest = sentence.partition(":")
    clauses = rest.split(";") if colon else sentence.split(";")
    covid_clause = next((c for c in clauses if _COVID.search(c)), "")
    for part in (covid_clause, head if colon else ""):
        increased, decreased = _INCREASED.search(part), _DECREASED.search(part)
        if increased and decreased:
            first_increased = increased.start() < decreased.start()
            return Impact.INCREASED_REQUIREMENTS if first_increased else Impact.DECREASED_REQUIREMENTS
        if increased:
            return Impact.INCREASED_REQUIREMENTS
        if decreased:
            return Impact.DECREASED_REQUIREMENTS
    return None


def annotate(
    *, target_type: TargetType, target_id: str, text: str, component: int | None, source: SourceSpan
) -> tuple[CovidAnnotation, ...]:
    """One annotation per sentence of `text` that mentions the pandemic, numbered from 1 in reading order."""
    found: list[CovidAnnotation] = []
    for sentence in split_sentences(text):
        if not mentions_covid(sentence):
            continue
        signals = impact_signals(sentence)
        found.append(
            CovidAnnotation(
                id=f"{target_type}:{target_id}:{len(found) + 1}",
                target_type=target_type,
                target_id=target_id,
                excerpt=sentence,
                impact=signals[0] if signals else Impact.AFFECTED,
                component=component,
                source=source,
                signals=signals,
            )
        )
    return tuple(found)
