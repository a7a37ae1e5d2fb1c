"""COVID-19 annotations over the whole report: every text that can attribute an effect to the pandemic.

Each sentence is annotated once, on the most specific record that holds it: output remarks and planned
text (output), indicator texts (indicator), section IV paragraphs (the financial category they explain),
other numbered paragraphs (paragraph), the summary's prose (summary) and the section VI table (follow_up).
"""

from __future__ import annotations

from collections.abc import Iterator

from app.core.slugs import slugify
from app.core.vocabulary import TargetType
from seed.parser.covid import CovidAnnotation, annotate
from seed.parser.followup import FollowUp
from seed.parser.paragraphs import Paragraph, SummaryParagraph
from seed.parser.results import ResultsFramework
from seed.parser.spans import SourceSpan
from seed.parser.variances import VarianceAnalysis


def _join(*parts: str | None) -> str:
    # Separate texts (and remarks on separate lines) must not run into one sentence.
    pieces = [line.strip() for part in parts if part for line in part.split("\n") if line.strip()]
    return " ".join(piece.rstrip(".") + "." for piece in pieces)


def annotate_report(
    *,
    results: ResultsFramework,
    paragraphs: tuple[Paragraph, ...],
    variances: VarianceAnalysis,
    summary: tuple[SummaryParagraph, ...],
    follow_up: tuple[FollowUp, ...],
) -> tuple[CovidAnnotation, ...]:
    return tuple(
        _all(results=results, paragraphs=paragraphs, variances=variances, summary=summary, follow_up=follow_up)
    )


def _all(
    *,
    results: ResultsFramework,
    paragraphs: tuple[Paragraph, ...],
    variances: VarianceAnalysis,
    summary: tuple[SummaryParagraph, ...],
    follow_up: tuple[FollowUp, ...],
) -> Iterator[CovidAnnotation]:
    for output in results.outputs:
        yield from annotate(
            target_type=TargetType.OUTPUT,
            target_id=output.id,
            component=output.component,
            text=_join(output.planned_text, output.remarks),
            source=output.source,
        )
    components = {ea.id: ea.component for ea in results.expected_accomplishments}
    for indicator in results.indicators:
        yield from annotate(
            target_type=TargetType.INDICATOR,
            target_id=indicator.id,
            component=components.get(indicator.expected_accomplishment),
            text=_join(indicator.planned_text, indicator.actual_text, indicator.explanation),
            source=indicator.source,
        )
    explained = {number: slugify(entry.name) for entry in variances.entries for number in entry.paragraphs}
    for paragraph in paragraphs:
        slug = explained.get(paragraph.number)
        if slug is None:
            yield from annotate(
                target_type=TargetType.PARAGRAPH,
                target_id=str(paragraph.number),
                text=paragraph.text,
                component=paragraph.component,
                source=paragraph.source,
            )
        else:
            found = annotate(
                target_type=TargetType.FINANCIAL_CATEGORY,
                target_id=slug,
                text=paragraph.text,
                component=None,
                source=paragraph.source,
            )
            yield from _numbered(found, paragraph.number)
    for item in summary:
        yield from annotate(
            target_type=TargetType.SUMMARY,
            target_id=str(item.index),
            text=item.text,
            component=None,
            source=item.source,
        )
    for entry in follow_up:
        yield from annotate(
            target_type=TargetType.FOLLOW_UP,
            target_id=str(entry.index),
            component=None,
            text=_join(entry.decision_request, entry.action_taken),
            source=_span(entry.source, entry.action_source),
        )


def _numbered(found: tuple[CovidAnnotation, ...], paragraph: int) -> Iterator[CovidAnnotation]:
    # A category can be explained by two paragraphs: the id names the paragraph to stay unique and stable.
    for annotation in found:
        k = annotation.id.rsplit(":", 1)[1]
        yield CovidAnnotation(
            id=f"{annotation.target_type}:{annotation.target_id}:p{paragraph}:{k}",
            target_type=annotation.target_type,
            target_id=annotation.target_id,
            excerpt=annotation.excerpt,
            impact=annotation.impact,
            component=annotation.component,
            source=annotation.source,
            signals=annotation.signals,
        )


def _span(first: SourceSpan, second: SourceSpan | None) -> SourceSpan:
    if second is None:
        return first
    return SourceSpan(first.section, min(first.first_line, second.first_line), max(first.last_line, second.last_line))
