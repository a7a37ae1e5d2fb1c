"""COVID-19 annotations over the whole report: every text that can attribute an effect to the pandemic.

Each sentence is annotated once, on the most specific record that holds it: output remarks and planned
text (output), indicator texts (indicator), section IV paragraphs (the financial category they explain),
other numbered paragraphs (paragraph), the summary's prose (summary) and the section VI table (follow_up).

Sentences that imply the pandemic without naming it (`seed.parser.covid.IMPLIED_CUES`) are annotated only in a
report of its period and context (`covid_context`), and only in what was reported after the fact: remarks,
actuals and explanations, paragraphs, the summary and the action taken, never a planned text or a request.

An annotation cites the lines that hold its sentence, found in the report's lines near its record; where they
cannot be found it cites the record's lines.
"""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Iterator, Sequence
from datetime import date

from app.core.markup import clean
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


# The pandemic's period: a report whose period ends before it never implies it.
COVID_START = date(2020, 3, 1)


def annotate_report(
    *,
    results: ResultsFramework,
    paragraphs: tuple[Paragraph, ...],
    variances: VarianceAnalysis,
    summary: tuple[SummaryParagraph, ...],
    follow_up: tuple[FollowUp, ...],
    lines: Sequence[str] = (),
    period_end: date | None = None,
) -> tuple[CovidAnnotation, ...]:
    """Every annotation of the report; `lines` (the report's, line 1 first) place each sentence on its lines,
    `period_end` (the end of the report's period) admits implied ones when the report names the pandemic."""
    named = tuple(
        _all(results=results, paragraphs=paragraphs, variances=variances, summary=summary, follow_up=follow_up)
    )
    implied = period_end is not None and period_end >= COVID_START and bool(named)
    found = (
        _all(
            results=results,
            paragraphs=paragraphs,
            variances=variances,
            summary=summary,
            follow_up=follow_up,
            implied=True,
        )
        if implied
        else iter(named)
    )
    placed: list[CovidAnnotation] = []
    for annotation in found:
        # A sentence a record prints twice ("The lower output was attributable to travel restrictions …" beside two
        # values) cites each printing once, in order.
        taken = {
            a.source.first_line
            for a in placed
            if (a.target_type, a.target_id, a.excerpt)
            == (annotation.target_type, annotation.target_id, annotation.excerpt)
        }
        placed.append(_placed(annotation, lines, frozenset(taken)))
    return tuple(placed)


def _all(
    *,
    results: ResultsFramework,
    paragraphs: tuple[Paragraph, ...],
    variances: VarianceAnalysis,
    summary: tuple[SummaryParagraph, ...],
    follow_up: tuple[FollowUp, ...],
    implied: bool = False,
) -> Iterator[CovidAnnotation]:
    def reported(*parts: str | None) -> str | None:
        return _join(*parts) if implied else None

    for output in results.outputs:
        yield from annotate(
            target_type=TargetType.OUTPUT,
            target_id=output.id,
            component=output.component,
            text=_join(output.planned_text, output.remarks),
            source=output.source,
            implied_from=reported(output.remarks),
        )
    components = {ea.id: ea.component for ea in results.expected_accomplishments}
    for indicator in results.indicators:
        yield from annotate(
            target_type=TargetType.INDICATOR,
            target_id=indicator.id,
            component=components.get(indicator.expected_accomplishment),
            text=_join(indicator.planned_text, indicator.actual_text, indicator.explanation),
            source=indicator.source,
            implied_from=reported(indicator.actual_text, indicator.explanation),
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
                implied_from=reported(paragraph.text),
            )
        else:
            found = annotate(
                target_type=TargetType.FINANCIAL_CATEGORY,
                target_id=slug,
                text=paragraph.text,
                component=None,
                source=paragraph.source,
                implied_from=reported(paragraph.text),
            )
            yield from _numbered(found, paragraph.number)
    for item in summary:
        yield from annotate(
            target_type=TargetType.SUMMARY,
            target_id=str(item.index),
            text=item.text,
            component=None,
            source=item.source,
            implied_from=reported(item.text),
        )
    for entry in follow_up:
        yield from annotate(
            target_type=TargetType.FOLLOW_UP,
            target_id=str(entry.index),
            component=None,
            text=_join(entry.decision_request, entry.action_taken),
            source=_span(entry.source, entry.action_source),
            implied_from=reported(entry.action_taken),
        )


# How far around its record's lines a sentence is looked for: an erratum may hand a record a cell printed on
# the next row, and a row's text may continue after a page break.
_BEFORE, _AFTER = 3, 15


def _words(text: str) -> list[str]:
    return re.findall(r"\w+", clean(text).lower())


def _placed(annotation: CovidAnnotation, lines: Sequence[str], taken: frozenset[int] = frozenset()) -> CovidAnnotation:
    """The annotation citing the lines that hold its sentence: the nearest line near its record holding it whole;
    else the nearest line holding its opening words from which it runs whole to the line holding its closing
    words (a sentence cut by a page break); else the record's lines."""
    words = _words(annotation.excerpt)
    if not lines or len(words) < 3:
        return annotation
    source = annotation.source
    numbers = range(max(1, source.first_line - _BEFORE), min(len(lines), source.last_line + _AFTER) + 1)
    texts = {n: " ".join(_words(lines[n - 1])) for n in numbers}
    whole, head, tail = " ".join(words), " ".join(words[:6]), " ".join(words[-6:])
    # The record's own lines first, then those after it (an erratum's row, a page break), then those before.
    nearest = sorted(
        (n for n in numbers if n not in taken),
        key=lambda n: (
            not source.first_line <= n <= source.last_line,
            n < source.first_line,
            abs(n - source.first_line),
        ),
    )
    single = next((n for n in nearest if whole in texts[n]), None)
    if single is not None:
        return dataclasses.replace(annotation, source=dataclasses.replace(source, first_line=single, last_line=single))
    for first in (n for n in nearest if head in texts[n]):
        last = next((n for n in numbers if n >= first and tail in texts[n]), None)
        if last is not None and whole in " ".join(texts[n] for n in range(first, last + 1) if texts[n]):
            return dataclasses.replace(annotation, source=dataclasses.replace(source, first_line=first, last_line=last))
    return annotation


def _numbered(found: tuple[CovidAnnotation, ...], paragraph: int) -> Iterator[CovidAnnotation]:
    # A category can be explained by two paragraphs: the id names the paragraph to stay unique and stable.
    for annotation in found:
        k = annotation.id.rsplit(":", 1)[1]
        yield dataclasses.replace(annotation, id=f"{annotation.target_type}:{annotation.target_id}:p{paragraph}:{k}")


def _span(first: SourceSpan, second: SourceSpan | None) -> SourceSpan:
    if second is None:
        return first
    return SourceSpan(first.section, min(first.first_line, second.first_line), max(first.last_line, second.last_line))
