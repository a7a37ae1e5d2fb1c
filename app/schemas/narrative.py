"""Narrative paragraphs, the variance analysis, COVID-19 annotations, section VI and search hits."""

from __future__ import annotations

from pydantic import BaseModel, Field

from app.core.vocabulary import CovidBasis, Impact, TargetType, VarianceDirection
from app.schemas.common import Row


class ParagraphItemPublic(BaseModel):
    letter: str
    lead_in: str | None = Field(description="The bold lead-in, without markup")
    text: str


class ParagraphPublic(Row):
    number: int
    section: str = Field(description='Section path ("II.B", "IV")')
    heading: str = Field(description="The nearest heading above the paragraph")
    text: str
    component: int | None = Field(description="The component it sits under in section II.F")
    items: list[ParagraphItemPublic] = Field(description="Lettered sub-items such as (a)–(h)")


class VariancePublic(Row):
    slug: str = Field(
        description="The financial category's slug, followed by the period where the report explains several"
    )
    category_slug: str = Field(description="The financial category the entry explains (its slug)")
    period: str | None = Field(description='The period whose variance the entry explains ("2024/25", "2026/27")')
    name: str
    variance_usd: int
    variance_percent: float | None
    amount_text: str
    percent_text: str
    direction: VarianceDirection = Field(description="Reduced or increased requirements, as the explanation states")
    paragraphs: list[int]
    explanation: str = Field(description="The text of the explaining paragraphs")
    financial_category_url: str


class CovidAnnotationPublic(Row):
    id: str = Field(description="Stable: {target_type}:{target_id}[:p{paragraph}]:{n}")
    target_type: TargetType = Field(description="What the statement annotates")
    target_id: str
    target_url: str | None
    excerpt: str = Field(description="The whole sentence")
    impact: Impact = Field(description="Derived by documented rules (see the README)")
    component: int | None
    signals: list[Impact] = Field(description="Every impact rule the sentence matched, in rule order")
    basis: CovidBasis = Field(
        description="named: the sentence names COVID-19; implied: it states an effect only the pandemic explains, "
        "in a report of the pandemic's period that names it elsewhere (cues in the README)"
    )
    impact_basis: str | None = Field(
        description="The cue phrase, as printed, of the rule that decided `impact`; null for `affected`"
    )


class FollowUpPublic(Row):
    index: int
    resolution: str
    body: str = Field(description='Who asked: "General Assembly" or the Advisory Committee, as printed')
    document: str = Field(description='The document the request is quoted from ("Resolution 74/290", "A/79/817")')
    resolution_paragraph: int | None
    decision_request: str
    action_taken: str | None
    paragraph_refs: list[int] = Field(description="Paragraphs of the report the action cites")


class SearchHitPublic(BaseModel):
    type: str = Field(description="output, indicator, variance or paragraph")
    id: str
    report_id: str
    title: str
    url: str
    snippet: str = Field(description="Matching text with the terms in <mark>…</mark>")
    rank: float = Field(description="Derived relevance; higher is better")
    paragraphs: list[int] = Field(
        description="The report paragraphs this hit stands for: a paragraph's own number; for a variance, the "
        "paragraphs of its explanation, which are not listed again while variances are searched; empty for outputs "
        "and indicators"
    )
