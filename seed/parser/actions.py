"""What the General Assembly is asked to do (the actions section), and how the budget got to its appropriation
(the introduction).

The introduction states three amounts, each in a paragraph of its own wording: the Secretary-General's
proposal ("The proposed budget … amounted to $X gross ($Y net)"), the Advisory Committee's recommendation
("the Advisory Committee … recommended that the General Assembly appropriate $X …") and the Assembly's
appropriation ("The General Assembly, by its resolution …, appropriated … $X …"). Each stage is the first
paragraph of the introduction with its wording; its gross amount is the first dollar amount after the
stage's verb, and its net amount the one labelled net ("($Y net)", "$Y (net)"), where printed.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from seed.parser.layout import Layout, Role
from seed.parser.numbers import whole_number
from seed.parser.paragraphs import Paragraph, section_paragraphs
from seed.parser.spans import ParseError, SourceSpan

_DOLLARS = r"\$(?P<{name}>\d{{1,3}}(?:,\d{{3}})+|\d+)"
_UNENCUMBERED = re.compile(r"unencumbered balance of " + _DOLLARS.format(name="usd"))
_REVENUE_TOTAL = re.compile(r"other revenue .*?amounting to " + _DOLLARS.format(name="usd"))
# The parts of other revenue: "from investment revenue ($9,962,800), other/miscellaneous revenue (…), and
# cancellation of …" or "… ($13,026,800) and the cancellation of …".
_REVENUE_PART = re.compile(
    r"(?:^|,\s*|\bfrom\s+|(?<=\))\s+)(?:and\s+)?(?:the\s+)?(?P<name>[a-z][a-z/\- ]*?)\s*\("
    + _DOLLARS.format(name="usd")
    + r"\)"
)
_GROSS = re.compile(_DOLLARS.format(name="usd"))
_NET = re.compile(_DOLLARS.format(name="usd") + r"(?: net\b|\s*\(net\))")
_DOCUMENT = re.compile(r"\b(?:A/\d+/\d+(?:/Add\.\d+)?|resolution \d+/\d+(?: [A-Z]\b)?|decision \d+/\d+)")
# Each stage's wording, and the verb its gross amount follows.
_STAGES = (
    ("proposed", re.compile(r"\bproposed budget\b.*?\bamounted to\b")),
    ("recommended", re.compile(r"\bAdvisory Committee\b.*?\brecommended\b.*?\bappropriate\b")),
    ("appropriated", re.compile(r"\bGeneral Assembly\b.*?\bappropriated\b")),
)


@dataclass(frozen=True)
class RevenuePart:
    name: str  # "investment revenue"
    usd: int


@dataclass(frozen=True)
class GeneralAssemblyActions:
    """The paragraph of the actions section (111 in A/75/623): the decisions asked of the General Assembly."""

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
    proposed: BudgetStage  # the Secretary-General's proposal
    recommended: BudgetStage  # the Advisory Committee's recommendation
    appropriated: BudgetStage  # the General Assembly's appropriation


def parse_actions(layout: Layout, paragraphs: tuple[Paragraph, ...] | None = None) -> GeneralAssemblyActions:
    """The actions section's paragraph: the unencumbered balance and the other revenue with its parts."""
    path = layout.path(Role.ACTIONS)
    found = section_paragraphs(layout, path, paragraphs)
    if not found:
        raise ParseError(
            f"section {path} has no numbered paragraph", section=path, line=layout.section(Role.ACTIONS).heading_line
        )
    para = found[0]
    items = {item.letter: item.text for item in para.items}
    line = para.source.first_line
    if "a" not in items or "b" not in items:
        raise ParseError(f"paragraph {para.number} should list items (a) and (b)", section=path, line=line)
    balance = _UNENCUMBERED.search(items["a"])
    if not balance:
        raise ParseError("item (a) states no unencumbered balance", section=path, line=line)
    total = _REVENUE_TOTAL.search(items["b"])
    if not total:
        raise ParseError("item (b) states no other revenue amount", section=path, line=line)
    parts = tuple(
        RevenuePart(m["name"].strip(), whole_number(m["usd"]))
        for m in _REVENUE_PART.finditer(items["b"][total.end() :])
    )
    if sum(p.usd for p in parts) != whole_number(total["usd"]):
        raise ParseError(
            f"other revenue parts add up to {sum(p.usd for p in parts)}, not {whole_number(total['usd'])}",
            section=path,
            line=line,
        )
    return GeneralAssemblyActions(
        introduction=para.text.split(" (a) ", 1)[0],
        unencumbered_balance_usd=whole_number(balance["usd"]),
        unencumbered_balance_text=items["a"],
        other_revenue_usd=whole_number(total["usd"]),
        other_revenue_parts=parts,
        other_revenue_text=items["b"],
        source=para.source,
    )


def parse_budget_history(layout: Layout, paragraphs: tuple[Paragraph, ...] | None = None) -> BudgetHistory:
    """The proposed, recommended and appropriated amounts, gross and net, found by their wording (rule above)."""
    path = layout.path(Role.INTRODUCTION)
    found = section_paragraphs(layout, path, paragraphs)
    stages = []
    for stage, wording in _STAGES:
        stated = next(((p, m) for p in found if (m := wording.search(p.text))), None)
        if stated is None:
            raise ParseError(
                f"no paragraph states the {stage} budget",
                section=path,
                line=layout.section(Role.INTRODUCTION).heading_line,
            )
        para, verb = stated
        gross = _GROSS.search(para.text, verb.end())
        if not gross:
            raise ParseError(
                f"paragraph {para.number} states no gross amount", section=path, line=para.source.first_line
            )
        net = _NET.search(para.text, gross.end())
        stages.append(
            BudgetStage(
                stage=stage,
                gross_usd=whole_number(gross["usd"]),
                net_usd=whole_number(net["usd"]) if net else None,
                documents=tuple(_DOCUMENT.findall(para.text)),
                text=para.text,
                source=para.source,
            )
        )
    return BudgetHistory(*stages)
