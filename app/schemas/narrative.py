"""Narrative paragraphs, the variance analysis, COVID-19 annotations, section VI and search hits."""

from __future__ import annotations

from pydantic import BaseModel, Field

from app.schemas.common import Row


class ParagraphItem(BaseModel):
    letter: str
    lead_in: str | None = Field(description="The bold lead-in, without markup")
    text: str


class Paragraph(Row):
    number: int
    section: str = Field(description='Section path ("II.B", "IV")')
    heading: str = Field(description="The nearest heading above the paragraph")
    text: str
    component: int | None = Field(description="The component it sits under in section II.F")
    items: list[ParagraphItem] = Field(description="Lettered sub-items such as (a)–(h)")


class Variance(Row):
    slug: str = Field(description="The financial category's slug")
    name: str
    variance_usd: int
    variance_percent: float
    amount_text: str
    percent_text: str
    direction: str = Field(description='"reduced" or "increased" requirements, as the explanation states')
    paragraphs: list[int]
    explanation: str = Field(description="The text of the explaining paragraphs")
    financial_category_url: str


class CovidAnnotation(Row):
    id: str = Field(description="Stable: {target_type}:{target_id}[:p{paragraph}]:{n}")
    target_type: str = Field(description="output, indicator, financial_category, paragraph, summary or follow_up")
    target_id: str
    target_url: str | None
    excerpt: str = Field(description="The whole sentence")
    impact: str = Field(description="Derived by documented rules (see the README)")
    component: int | None
    signals: list[str] = Field(description="Every impact rule the sentence matched, in rule order")


class FollowUp(Row):
    index: int
    resolution: str
    resolution_paragraph: int | None
    decision_request: str
    action_taken: str | None
    paragraph_refs: list[int] = Field(description="Paragraphs of the report the action cites")


class SearchHit(BaseModel):
    type: str = Field(description="output, indicator, variance or paragraph")
    id: str
    report_id: str
    title: str
    url: str
    snippet: str = Field(description="Matching text with the terms in <mark>…</mark>")
    rank: float = Field(description="Derived relevance; higher is better")
