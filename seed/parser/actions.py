"""What the General Assembly is asked to do (section V), what it was asked before (section VI), and how the
budget got to its appropriation (paragraphs 1–3).

Section VI is a two-column table printed column by column: all decisions/requests first, then, after the
line "Action taken to implement decision/request", the actions. Pairing rule: actions are taken in order,
one per request; an action paragraph opening with a connective ("In addition", "Furthermore", "Moreover",
"Also", "Additionally") continues the previous action rather than answering the next request. In A/75/623
this gives: request 1 (para. 14, oversight recommendations) <- lines 1455 + 1457 ("In addition, …");
request 2 (para. 15, COVID-19 concern) <- line 1459 ("paragraphs 30 and 31"); request 3 (para. 16, lessons
learned and business continuity) <- line 1461; request 4 (para. 19, programmatic funds) <- line 1463
("paragraphs 32–35"; its own "In addition" sentences are on the same line). A request left without an
action gets `action_taken` None. More actions than requests is an error.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from app.core.markup import clean
from seed.parser.lines import Document
from seed.parser.numbers import whole_number
from seed.parser.paragraphs import Paragraph, is_heading_like, paragraph_map, parse_paragraphs, section_paragraphs
from seed.parser.spans import ParseError, SourceSpan

_DOLLARS = r"\$(?P<{name}>\d{{1,3}}(?:,\d{{3}})+|\d+)"
_UNENCUMBERED = re.compile(r"unencumbered balance of " + _DOLLARS.format(name="usd"))
_REVENUE_TOTAL = re.compile(r"other revenue .*?amounting to " + _DOLLARS.format(name="usd"))
_REVENUE_PART = re.compile(
    r"(?:^|,\s*|\bfrom\s+)(?:and\s+)?(?P<name>[a-z][a-z/\- ]*?)\s*\(" + _DOLLARS.format(name="usd") + r"\)"
)
_GROSS_NET = re.compile(_DOLLARS.format(name="gross") + r" gross(?: \(" + _DOLLARS.format(name="net") + r" net\))?")
_DOCUMENT = re.compile(r"\b(?:A/\d+/\d+(?:/Add\.\d+)?|resolution \d+/\d+|decision \d+/\d+)")
_RESOLUTION = re.compile(r"\((?:Resolution|resolution) (?P<symbol>\d+/\d+)\)")
_GA_PARAGRAPH = re.compile(r"\(para\. (?P<number>\d+)\)\.?$")
_PARAGRAPH_REFS = re.compile(r"\bparagraphs? (?P<refs>\d+(?:(?:,\s*|,? and |\s*(?:-|–| to )\s*)\d+)*)")
_CONNECTIVE = re.compile(r"^(?:In addition|Furthermore|Moreover|Also|Additionally)\b")
_ACTIONS_MARKER = "Action taken to implement decision/request"
_REQUESTS_MARKER = "Decision/request"


@dataclass(frozen=True)
class RevenuePart:
    name: str  # "investment revenue"
    usd: int


@dataclass(frozen=True)
class GeneralAssemblyActions:
    """The paragraph of section V (111 in A/75/623): the decisions asked of the General Assembly."""

    introduction: str
    unencumbered_balance_usd: int
    unencumbered_balance_text: str  # item (a)
    other_revenue_usd: int
    other_revenue_parts: tuple[RevenuePart, ...]
    other_revenue_text: str  # item (b)
    source: SourceSpan


@dataclass(frozen=True)
class BudgetStage:
    stage: str  # "proposed" | "recommended" | "appropriated"
    gross_usd: int
    net_usd: int | None  # None where the paragraph prints no net figure
    documents: tuple[str, ...]  # symbols the paragraph cites: "A/73/760", "resolution 73/320"
    text: str
    source: SourceSpan


@dataclass(frozen=True)
class BudgetHistory:
    proposed: BudgetStage  # paragraph 1, the Secretary-General's proposal
    recommended: BudgetStage  # paragraph 2, the Advisory Committee's recommendation
    appropriated: BudgetStage  # paragraph 3, the General Assembly's appropriation


@dataclass(frozen=True)
class FollowUp:
    index: int  # 1-based order of the decision/request in the table
    resolution: str  # "74/290"
    resolution_paragraph: int | None  # the resolution's paragraph the request quotes: "(para. 14)" -> 14
    decision_request: str
    action_taken: str | None  # None when the text prints no action for the request
    paragraph_refs: tuple[int, ...]  # paragraphs of this report the action cites
    source: SourceSpan  # the decision/request
    action_source: SourceSpan | None  # the action paragraph(s)


def parse_actions(doc: Document, paragraphs: tuple[Paragraph, ...] | None = None) -> GeneralAssemblyActions:
    """Section V's paragraph: the unencumbered balance and the other revenue with its parts."""
    found = section_paragraphs(doc, "V", paragraphs)
    if not found:
        raise ParseError("section V has no numbered paragraph", section="V", line=doc.section("V").heading_line)
    para = found[0]
    items = {item.letter: item.text for item in para.items}
    line = para.source.first_line
    if "a" not in items or "b" not in items:
        raise ParseError(f"paragraph {para.number} should list items (a) and (b)", section="V", line=line)
    balance = _UNENCUMBERED.search(items["a"])
    if not balance:
        raise ParseError("item (a) states no unencumbered balance", section="V", line=line)
    total = _REVENUE_TOTAL.search(items["b"])
    if not total:
        raise ParseError("item (b) states no other revenue amount", section="V", line=line)
    parts = tuple(
        RevenuePart(m["name"].strip(), whole_number(m["usd"]))
        for m in _REVENUE_PART.finditer(items["b"][total.end() :])
    )
    if sum(p.usd for p in parts) != whole_number(total["usd"]):
        raise ParseError(
            f"other revenue parts add up to {sum(p.usd for p in parts)}, not {whole_number(total['usd'])}",
            section="V",
            line=line,
        )
    introduction = para.text.split(" (a) ", 1)[0]
    return GeneralAssemblyActions(
        introduction=introduction,
        unencumbered_balance_usd=whole_number(balance["usd"]),
        unencumbered_balance_text=items["a"],
        other_revenue_usd=whole_number(total["usd"]),
        other_revenue_parts=parts,
        other_revenue_text=items["b"],
        source=para.source,
    )


def parse_budget_history(doc: Document, paragraphs: tuple[Paragraph, ...] | None = None) -> BudgetHistory:
    """Paragraphs 1–3: the proposed, recommended and appropriated amounts, gross and net."""
    stages = []
    for number, stage in ((1, "proposed"), (2, "recommended"), (3, "appropriated")):
        para = _paragraph(doc, paragraphs, number, "I")
        found = _GROSS_NET.search(para.text)
        if not found:
            raise ParseError(f"paragraph {number} states no gross amount", section="I", line=para.source.first_line)
        stages.append(
            BudgetStage(
                stage=stage,
                gross_usd=whole_number(found["gross"]),
                net_usd=whole_number(found["net"]) if found["net"] else None,
                documents=tuple(_DOCUMENT.findall(para.text)),
                text=para.text,
                source=para.source,
            )
        )
    return BudgetHistory(*stages)


def _paragraph(doc: Document, paragraphs: tuple[Paragraph, ...] | None, number: int, section: str) -> Paragraph:
    found = paragraph_map(paragraphs if paragraphs is not None else parse_paragraphs(doc)).get(number)
    if found is None:
        raise ParseError(f"paragraph {number} is missing", section=section)
    if found.section != section:
        raise ParseError(
            f"paragraph {number} is not in section {section}", section=found.section, line=found.source.first_line
        )
    return found


def parse_follow_up(doc: Document) -> tuple[FollowUp, ...]:
    """Section VI: each decision/request of the resolution with the action reported against it (rule above)."""
    sec = doc.section("VI")
    lines = doc.body("VI")
    resolution = next((m["symbol"] for _, t in lines if (m := _RESOLUTION.search(t))), None)
    if resolution is None:
        raise ParseError("the resolution is not named", section="VI", line=sec.heading_line)
    requests_at = _marker(lines, _REQUESTS_MARKER, sec.heading_line)
    actions_at = _marker(lines, _ACTIONS_MARKER, sec.heading_line)
    requests = [(n, clean(t)) for n, t in lines if requests_at < n < actions_at and not is_heading_like(t)]
    actions: list[list[tuple[int, str]]] = []
    for n, t in lines:
        if n <= actions_at:
            continue
        text = clean(t)
        if actions and _CONNECTIVE.match(text):
            actions[-1].append((n, text))
        else:
            actions.append([(n, text)])
    if not requests:
        raise ParseError("no decisions or requests", section="VI", line=requests_at)
    if len(actions) > len(requests):
        raise ParseError(
            f"{len(actions)} actions for {len(requests)} decisions/requests",
            section="VI",
            line=actions[len(requests)][0][0],
        )
    result = []
    for index, (line, request) in enumerate(requests):
        action = actions[index] if index < len(actions) else None
        action_text = " ".join(t for _, t in action) if action else None
        ga_paragraph = _GA_PARAGRAPH.search(request)
        result.append(
            FollowUp(
                index=index + 1,
                resolution=resolution,
                resolution_paragraph=int(ga_paragraph["number"]) if ga_paragraph else None,
                decision_request=request,
                action_taken=action_text,
                paragraph_refs=paragraph_refs(action_text or ""),
                source=SourceSpan("VI", line, line),
                action_source=SourceSpan("VI", action[0][0], action[-1][0]) if action else None,
            )
        )
    return tuple(result)


def _marker(lines: list[tuple[int, str]], marker: str, heading_line: int) -> int:
    found = next((n for n, t in lines if t.strip() == marker), None)
    if found is None:
        raise ParseError(f'the line "{marker}" is missing', section="VI", line=heading_line)
    return found


def paragraph_refs(text: str) -> tuple[int, ...]:
    """Paragraph numbers a text cites: "paragraphs 30 and 31" -> (30, 31), "paragraphs 32 to 35" -> (32, …, 35)."""
    refs: list[int] = []
    for match in _PARAGRAPH_REFS.finditer(text):
        spec = match["refs"]
        for part in re.split(r",\s*|,? and ", spec):
            bounds = re.split(r"\s*(?:-|–| to )\s*", part.strip())
            if len(bounds) == 2:
                refs.extend(range(int(bounds[0]), int(bounds[1]) + 1))
            else:
                refs.append(int(bounds[0]))
    return tuple(dict.fromkeys(refs))
