"""COVID-19 impact annotations: the sentences of a text that mention the pandemic, each with one impact class.

A sentence mentions COVID-19 when it names "COVID", "pandemic" or "coronavirus" (`basis` "named"). Within a
report's COVID-19 period and context (its period runs past March 2020 and it names the pandemic somewhere), a
sentence that states an effect only the pandemic explains is annotated too, with `basis` "implied"; the cues
are few and specific, since a wrong annotation is worse than a missing one (`IMPLIED_CUES`):
"social distancing", "work(ed) from (their) home(s)", "spread of the virus", "in quarantine", "lockdown",
"personal protective equipment", "use of online (training) platforms", "online sessions",
"alternative interactions". Planned texts (written before the period) are never read for implied effects.

`impact_basis` is the cue phrase, as printed in the sentence, of the rule that decided the impact (null for
"affected", which no cue decides). Its impact is the first
rule below that matches (rules run most specific and most severe first; `signals` lists every rule that
matched, in this order):

1. ``requested``               a General Assembly decision or request ("Notes with grave concern …", "Requests …")
2. ``increased_requirements``  resources: "increased requirements", "higher actual costs" (section IV style)
3. ``decreased_requirements``  resources: "reduced requirements", "lower actual costs", "lower freight … costs"
   Rules 2–3 read the clause naming the pandemic first (the "(b) …;" part of a list), then the sentence's
   lead-in before its colon, so "The increased requirements were attributable to: (a) …; (b) … COVID-19"
   gets the direction its own clause or lead-in states.
4. ``cancelled``               "cancelled", "cancellation", "could not be held/organized/started", "not held",
                               "was/were not implemented"
5. ``postponed``               "postponed", "postponement", "deferred", "deferral", "rescheduled"
6. ``suspended``               "suspended", "suspension", "paused", "halted"
7. ``delayed``                 "delayed", "delays", "slower pace", "higher/longer number of days" (a recruitment
                               or processing time over its target is a delay, however the sentence words it)
8. ``reduced``                 "lower output/number/percentage", "outputs were lower", "curtailed",
                               "reduction of", "fewer", "reduced number(s)"
9. ``reprioritized``           "reprioritized", "reprioritization", "redirected"
10. ``adapted``                "adapted", "online", "virtual", "remote", "telecommuting", "work from home",
                               "smaller number", "small groups", "protocol", "in compliance with", "re-oriented",
                               "to comply with", "alternative interactions/means/arrangements/modalities"
11. ``maintained``             went ahead regardless: "Despite …", "In spite of …"
12. ``response``               measures taken against the pandemic: "in response to", "to respond",
                               "implemented measures", "mitigate the spread", "lessons-learned", "taskforce"
13. ``affected``               fallback: the pandemic is named as a challenge or context without a stated effect
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from app.core.markup import single_spaces
from app.core.vocabulary import CovidBasis, Impact, TargetType
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
            r"|\bwere not held\b|\bwas not (?:held|completed)\b|\b(?:was|were) not implemented\b"
        ),
    ),
    (Impact.POSTPONED, re.compile(r"\bpostpone(?:d|ment)\b|\bdefer(?:red|ral)\b|\brescheduled\b|\bput on hold\b")),
    (Impact.SUSPENDED, re.compile(r"\bsuspen(?:ded|sion)\b|\bpaused\b|\bhalted\b")),
    (Impact.DELAYED, re.compile(r"\bdelay(?:ed|s)?\b|\bslower pace\b|\b(?:higher|longer) number of days\b")),
    (
        Impact.REDUCED,
        re.compile(
            r"\blower (?:number|output|percentage|level)s?\b|\boutputs? (?:was|were) lower\b|\bcurtailed\b"
            r"|\breduction (?:of|in)\b|\bfewer (?!people|participants)|\breduced numbers?\b"
        ),
    ),
    (Impact.REPRIORITIZED, re.compile(r"\bre-?prioriti[sz](?:ed|ation)\b|\bredirected\b")),
    (
        Impact.ADAPTED,
        re.compile(
            r"\badapt(?:s|ed|ing)?\b|\bonline\b|\bvirtual(?:ly)?\b|\bremote(?:ly)?\b|\btelecommut\w*"
            r"|\bwork from (?:their )?homes?\b|\bsmaller (?:number|groups?)\b|\bsmall groups\b"
            r"|\bfewer (?:people|participants)\b|\bprotocol\b|\bin compliance with\b|\bre-?oriented\b"
            r"|\bto comply with\b|\balternative (?:interactions|means|arrangements|modalities)\b"
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


# Effects only the pandemic explains in a report of its period that names it (module docstring).
IMPLIED_CUES = re.compile(
    r"\bsocial distancing\b|\bwork(?:ed)? from (?:their |its |his |her )?homes?\b|\bspread of the virus\b"
    r"|\bin quarantine\b|\blockdowns?\b|\bpersonal protective equipment\b"
    r"|\buse of online (?:training )?platforms\b|\bonline sessions\b|\balternative interactions\b",
    re.IGNORECASE,
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
    basis: CovidBasis = CovidBasis.NAMED  # whether the sentence names the pandemic or implies it
    impact_basis: str | None = None  # the cue phrase that decided `impact`, as printed; None for "affected"


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


def impact_cue(sentence: str) -> str | None:
    """The phrase of the sentence that decided its impact (the first rule's match), as printed."""
    lowered = sentence.lower()
    found = _REQUESTED.match(lowered)
    if found:
        return sentence[found.start() : found.end()]
    direction = _resource_direction(lowered)
    if direction is not None:
        pattern = _INCREASED if direction == Impact.INCREASED_REQUIREMENTS else _DECREASED
        found = pattern.search(lowered)
    else:
        found = next((m for _, pattern in _RULES if (m := pattern.search(lowered))), None)
    return sentence[found.start() : found.end()] if found else None


def implies_covid(sentence: str) -> bool:
    """Whether a sentence that does not name the pandemic states an effect only it explains (`IMPLIED_CUES`)."""
    return not mentions_covid(sentence) and IMPLIED_CUES.search(sentence) is not None


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
    *,
    target_type: TargetType,
    target_id: str,
    text: str,
    component: int | None,
    source: SourceSpan,
    implied_from: str | None = None,
) -> tuple[CovidAnnotation, ...]:
    """One annotation per sentence of `text` that mentions the pandemic, numbered from 1 in reading order; then,
    where `implied_from` is given (the part of the text reported after the fact, in a report of the pandemic's
    period and context), one per sentence of it that implies the pandemic, numbered "i1", "i2" … so that adding
    them leaves the named ones' ids unchanged."""
    found = [
        _annotation(target_type, target_id, f"{k}", sentence, component, source, CovidBasis.NAMED)
        for k, sentence in enumerate((s for s in split_sentences(text) if mentions_covid(s)), start=1)
    ]
    implied = [s for s in split_sentences(implied_from or "") if implies_covid(s)]
    found.extend(
        _annotation(target_type, target_id, f"i{k}", sentence, component, source, CovidBasis.IMPLIED)
        for k, sentence in enumerate(implied, start=1)
    )
    return tuple(found)


def _annotation(
    target_type: TargetType,
    target_id: str,
    k: str,
    sentence: str,
    component: int | None,
    source: SourceSpan,
    basis: CovidBasis,
) -> CovidAnnotation:
    signals = impact_signals(sentence)
    return CovidAnnotation(
        id=f"{target_type}:{target_id}:{k}",
        target_type=target_type,
        target_id=target_id,
        excerpt=sentence,
        impact=signals[0] if signals else Impact.AFFECTED,
        component=component,
        source=source,
        signals=signals,
        basis=basis,
        impact_basis=impact_cue(sentence),
    )
