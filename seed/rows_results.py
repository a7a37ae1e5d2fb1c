"""Parsed frameworks, narrative, variances and annotations to table rows, and the search documents over them."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import asdict

from sqlmodel import SQLModel

from app import models
from app.core.slugs import slugify
from app.core.urls import report_path, resource_path
from app.core.vocabulary import ValueStatus
from seed.parser.report import ParsedReport
from seed.parser.results import Completed
from seed.parser.results.quantities import actual_figure
from seed.rows import row_of, source_columns


def results_rows(report_id: str, parsed: ParsedReport) -> Iterator[SQLModel]:
    results = parsed.results
    for position, component in enumerate(results.components, start=1):
        yield row_of(models.Component, component, **source_columns(report_id, position, component.source))
    components = {}
    for position, ea in enumerate(results.expected_accomplishments, start=1):
        components[ea.id] = ea.component
        yield row_of(models.ExpectedAccomplishment, ea, **source_columns(report_id, position, ea.source))
    for position, ind in enumerate(results.indicators, start=1):
        figure = actual_figure(ind.actual_text)
        yield row_of(
            models.Indicator,
            ind,
            **source_columns(report_id, position, ind.source),
            component=components[ind.expected_accomplishment],
            actual_value=figure.value if figure else None,
            actual_unit=figure.unit if figure else None,
        )
    for position, out in enumerate(results.outputs, start=1):
        yield row_of(
            models.Output,
            out,
            **source_columns(report_id, position, out.source),
            completed=[_completed(c) for c in out.completed],
        )


def _completed(entry: Completed) -> dict[str, object]:
    # Absence stays typed: a printed Yes/No or number is reported, an empty cell is not.
    printed = entry.value is not None or entry.yes_no is not None
    status = ValueStatus.REPORTED if printed else ValueStatus.NOT_REPORTED
    return {**asdict(entry), "value_status": status}


def narrative_rows(report_id: str, parsed: ParsedReport) -> Iterator[SQLModel]:
    texts = {p.number: p.text for p in parsed.paragraphs}
    for position, para in enumerate(parsed.paragraphs, start=1):
        yield row_of(models.Paragraph, para, **source_columns(report_id, position, para.source))
    for position, var in enumerate(parsed.variances.entries, start=1):
        yield row_of(
            models.Variance,
            var,
            **source_columns(report_id, position, var.source),
            slug=var.key,
            category_slug=slugify(var.name),
            variance_percent=None if var.variance_percent is None else float(var.variance_percent),
            explanation="\n\n".join(texts[n] for n in var.paragraphs),
        )
    for position, note in enumerate(parsed.covid, start=1):
        yield row_of(models.CovidAnnotation, note, **source_columns(report_id, position, note.source))
    for position, follow in enumerate(parsed.follow_up, start=1):
        yield row_of(models.FollowUp, follow, **source_columns(report_id, position, follow.source))


def _path(report_id: str, kind: str, resource_id: str) -> str:
    return f"{report_path(report_id)}/{resource_path(kind, resource_id)}"


def search_rows(report_id: str, parsed: ParsedReport) -> Iterator[SQLModel]:
    for out in parsed.results.outputs:
        units = " ".join(c.unit or "" for c in out.completed)
        yield models.SearchDocument(
            report_id=report_id,
            type="output",
            resource_id=out.id,
            title=f"Output {out.id}",
            body=f"{out.planned_text}\n{units}\n{out.remarks or ''}",
            path=_path(report_id, "output", out.id),
        )
    for ind in parsed.results.indicators:
        body = "\n".join(t for t in (ind.planned_text, ind.actual_text, ind.explanation) if t)
        yield models.SearchDocument(
            report_id=report_id,
            type="indicator",
            resource_id=ind.id,
            title=f"Indicator {ind.id}",
            body=body,
            path=_path(report_id, "indicator", ind.id),
        )
    texts = {p.number: p.text for p in parsed.paragraphs}
    for var in parsed.variances.entries:
        slug = var.key
        yield models.SearchDocument(
            report_id=report_id,
            type="variance",
            resource_id=slug,
            title=f"Variance: {var.name}",
            body="\n".join(texts[n] for n in var.paragraphs),
            path=_path(report_id, "variance", slug),
        )
    for para in parsed.paragraphs:
        yield models.SearchDocument(
            report_id=report_id,
            type="paragraph",
            resource_id=str(para.number),
            title=f"Paragraph {para.number}: {para.heading}",
            body=para.text,
            path=_path(report_id, "paragraph", str(para.number)),
        )
