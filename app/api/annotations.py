"""The COVID-19 statements a single resource embeds."""

from __future__ import annotations

from typing import Any

from app.api.collections import Context
from app.queries.results import annotations_for
from app.schemas.results import CovidNotePublic


def covid_notes(context: Context, target_type: str, target_id: str) -> list[dict[str, Any]]:
    found = annotations_for(context.session, report_id=context.report_id, target_type=target_type, target_id=target_id)
    return [CovidNotePublic.model_validate(note, from_attributes=True).model_dump() for note in found]
