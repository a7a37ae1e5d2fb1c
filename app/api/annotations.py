"""The COVID-19 statements a single resource embeds: the rows of `/covid-annotations` that target it, in the
same schema (`CovidAnnotationPublic`), so an annotation reads the same wherever it appears."""

from __future__ import annotations

from typing import Any

from app.api.collections import Context
from app.api.v1.narrative import COVID_ANNOTATIONS
from app.queries.results import annotations_for


def covid_notes(context: Context, target_type: str, target_id: str) -> list[dict[str, Any]]:
    found = annotations_for(context.session, report_id=context.report_id, target_type=target_type, target_id=target_id)
    to_public = COVID_ANNOTATIONS.mapper(context)
    return [to_public(note).model_dump() for note in found]
