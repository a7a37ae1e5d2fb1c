"""Parsed frameworks, narrative, variances and annotations to table rows, and the search documents over them."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import asdict

from sqlmodel import SQLModel

from app import models
from app.core.slugs import slugify
from app.core.vocabulary import ValueStatus
from seed.parser.report import ParsedReport
from seed.parser.results import Completed
from seed.rows import source_columns


def results_rows(report_id: str, parsed: ParsedReport) -> Iterator[SQLModel]:
    results = parsed.results
    for position, component in enumerate(results.components, start=1):
        yield models.Component(
            **source_columns(report_id, position, component.source),
            number=component.number,
            title=component.title,
            paragraphs=list(component.paragraphs),
        )
    components = {}
    for position, ea in enumerate(results.expected_accomplishments, start=1):
        components[ea.id] = ea.component
        yield models.ExpectedAccomplishment(
            **source_columns(report_id, position, ea.source), id=ea.id, component=ea.component, title=ea.title
        )
    for position, ind in enumerate(results.indicators, start=1):
        yield models.Indicator(
            **source_columns(report_id, position, ind.source),
            id=ind.id, expected_accomplishment=ind.expected_accomplishment,
            component=components[ind.expected_accomplishment], number=ind.number, planned_text=ind.planned_text,
            targets=[asdict(t) for t in ind.targets], actual_text=ind.actual_text, achieved=ind.achieved,
            explanation=ind.explanation, covid_affected=ind.covid_affected,
        )  # fmt: skip
    for position, out in enumerate(results.outputs, start=1):
        yield models.Output(
            **source_columns(report_id, position, out.source),
            id=out.id, expected_accomplishment=out.expected_accomplishment, component=out.component,
            number=out.number, subgroup=out.subgroup, planned_text=out.planned_text,
            planned_quantities=[asdict(q) for q in out.planned_quantities],
            completed=[_completed(c) for c in out.completed], remarks=out.remarks, direction=out.direction,
            status=out.status, completion_ratio=out.completion_ratio, covid_affected=out.covid_affected,
        )  # fmt: skip


def _completed(entry: Completed) -> dict[str, object]:
    # Absence stays typed: a printed Yes/No or number is reported, an empty cell is not.
    printed = entry.value is not None or entry.yes_no is not None
    status = ValueStatus.reported if printed else ValueStatus.not_reported
    return {**asdict(entry), "value_status": status}


def narrative_rows(report_id: str, parsed: ParsedReport) -> Iterator[SQLModel]:
    texts = {p.number: p.text for p in parsed.paragraphs}
    for position, para in enumerate(parsed.paragraphs, start=1):
        yield models.Paragraph(
            **source_columns(report_id, position, para.source), number=para.number, section=para.section,
            heading=para.heading, text=para.text, component=para.component,
            items=[asdict(item) for item in para.items],
        )  # fmt: skip
    for position, var in enumerate(parsed.variances.entries, start=1):
        yield models.Variance(
            **source_columns(report_id, position, var.source), slug=slugify(var.name), name=var.name,
            variance_usd=var.variance_usd, variance_percent=float(var.variance_percent), amount_text=var.amount_text,
            percent_text=var.percent_text, direction=var.direction, paragraphs=list(var.paragraphs),
            explanation="\n\n".join(texts[n] for n in var.paragraphs),
        )  # fmt: skip
    for position, note in enumerate(parsed.covid, start=1):
        yield models.CovidAnnotation(
            **source_columns(report_id, position, note.source), id=note.id, target_type=note.target_type,
            target_id=note.target_id, excerpt=note.excerpt, impact=note.impact, component=note.component,
            signals=list(note.signals),
        )  # fmt: skip
    for position, follow in enumerate(parsed.follow_up, start=1):
        yield models.FollowUp(
            **source_columns(report_id, position, follow.source), index=follow.index, resolution=follow.resolution,
            resolution_paragraph=follow.resolution_paragraph, decision_request=follow.decision_request,
            action_taken=follow.action_taken, paragraph_refs=list(follow.paragraph_refs),
        )  # fmt: skip


def search_rows(report_id: str, parsed: ParsedReport) -> Iterator[SQLModel]:
    base = f"/v1/reports/{report_id}"
    for out in parsed.results.outputs:
        units = " ".join(c.unit or "" for c in out.completed)
        yield models.SearchDocument(
            report_id=report_id,
            type="output",
            resource_id=out.id,
            title=f"Output {out.id}",
            body=f"{out.planned_text}\n{units}\n{out.remarks or ''}",
            path=f"{base}/outputs/{out.id}",
        )
    for ind in parsed.results.indicators:
        body = "\n".join(t for t in (ind.planned_text, ind.actual_text, ind.explanation) if t)
        yield models.SearchDocument(
            report_id=report_id,
            type="indicator",
            resource_id=ind.id,
            title=f"Indicator {ind.id}",
            body=body,
            path=f"{base}/indicators/{ind.id}",
        )
    texts = {p.number: p.text for p in parsed.paragraphs}
    for var in parsed.variances.entries:
        slug = slugify(var.name)
        yield models.SearchDocument(
            report_id=report_id,
            type="variance",
            resource_id=slug,
            title=f"Variance: {var.name}",
            body="\n".join(texts[n] for n in var.paragraphs),
            path=f"{base}/variances/{slug}",
        )
    for para in parsed.paragraphs:
        yield models.SearchDocument(
            report_id=report_id,
            type="paragraph",
            resource_id=str(para.number),
            title=f"Paragraph {para.number}: {para.heading}",
            body=para.text,
            path=f"{base}/paragraphs/{para.number}",
        )
