"""Narrative paragraphs, the variance analysis, COVID-19 annotations, section VI and search hits."""

from __future__ import annotations

from pydantic import BaseModel

from app.core.vocabulary import CovidBasis, Impact, SearchType, TargetType, VarianceDirection
from app.schemas.common import Row
from app.schemas.fields import Unit, derived, identifier, link, printed, provenance


class ParagraphItemPublic(BaseModel):
    letter: str = printed('The sub-item\'s letter ("a")')
    lead_in: str | None = printed("The bold lead-in, without markup; null where the item has none")
    text: str = printed("The sub-item's text, after its lead-in")


class ParagraphPublic(Row):
    number: int = printed("The paragraph's printed number")
    section: str = provenance('Section path ("II.B", "IV")')
    heading: str = printed("The nearest heading above the paragraph")
    text: str = printed("The paragraph's text, sub-items included")
    component: int | None = printed("The component it sits under in the results frameworks; null elsewhere")
    items: list[ParagraphItemPublic] = printed("Lettered sub-items such as (a)–(h)")


class VariancePublic(Row):
    slug: str = identifier("The financial category's slug, followed by the period where the report explains several")
    category_slug: str = identifier("The financial category the entry explains (its slug)")
    period: str | None = printed(
        'The period whose variance the entry explains ("2024/25", "2026/27"); null where the report explains one'
    )
    name: str = printed("The category, as the entry's heading prints it")
    variance_usd: int = printed(
        "The variance the heading prints, read exactly from thousands; negative for increased requirements "
        "(printed in parentheses)",
        Unit.USD,
    )
    variance_percent: float | None = printed("The variance percentage the heading prints", Unit.PERCENT)
    amount_text: str = printed('The amount as printed ("($24.2)")', Unit.THOUSANDS_USD)
    percent_text: str = printed('The percentage as printed ("(12.9%)")', Unit.PERCENT)
    direction: VarianceDirection = printed("Reduced or increased requirements, as the explanation states")
    paragraphs: list[int] = printed("Numbers of the explaining paragraphs")
    explanation: str = printed("The text of the explaining paragraphs")
    financial_category_url: str = link("The URL of the financial category explained")


class CovidAnnotationPublic(Row):
    """A statement of COVID-19 impact, the same wherever it appears: in `/covid-annotations` and embedded in the
    resource it annotates."""

    id: str = identifier("Stable: {target_type}:{target_id}[:p{paragraph}]:{n}")
    target_type: TargetType = identifier("What the statement annotates")
    target_id: str = identifier("The id (or slug, or paragraph number) of what it annotates")
    target_url: str | None = link("The URL of what it annotates; null where it has none (the summary)")
    excerpt: str = printed("The whole sentence")
    impact: Impact = derived(
        "The impact class", "the first rule the sentence matches, in the order of the vocabulary (see the README)"
    )
    component: int | None = derived(
        "The component of the annotated resource; null outside the frameworks", "the component of what it annotates"
    )
    signals: list[Impact] = derived("Every impact rule the sentence matched", "the rules, in rule order")
    basis: CovidBasis = derived(
        "How the sentence ties its effect to the pandemic",
        "named: the sentence names COVID-19; implied: it states an effect only the pandemic explains, in a report "
        "of the pandemic's period that names it elsewhere (cues in the README)",
    )
    impact_basis: str | None = printed(
        "The cue phrase of the rule that decided `impact`, as the sentence prints it; null for `affected`"
    )


class FollowUpPublic(Row):
    index: int = provenance("Order of the decision or request in section VI (1-based)")
    resolution: str = printed('The resolution followed up ("74/290", "78/250 B")')
    body: str = printed('Who asked: "General Assembly" or the Advisory Committee, as printed')
    document: str = printed('The document the request is quoted from ("Resolution 74/290", "A/79/817")')
    resolution_paragraph: int | None = printed(
        'The paragraph of that document the request quotes ("(para. 14)" → 14); null where not printed'
    )
    decision_request: str = printed("The decision or request, as printed")
    action_taken: str | None = printed("The action taken, as printed; null where the text prints none")
    paragraph_refs: list[int] = printed("Paragraphs of the report the action cites")


class SearchHitPublic(BaseModel):
    type: SearchType = identifier("What the hit is")
    id: str = identifier("The hit's id in its collection (an output id, a variance slug, a paragraph number)")
    report_id: str = identifier("The report the hit belongs to")
    title: str = derived("A one-line title", "the resource's kind and name or id")
    url: str = link("The hit's URL")
    snippet: str = derived("Matching text", "the best-matching fragment, with the terms in <mark>…</mark>")
    rank: float = derived("Relevance; higher is better", "the store's full-text ranking (bm25 or ts_rank_cd)")
