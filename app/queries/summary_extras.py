"""Summary counts from the results frameworks and COVID-19 annotations."""

from __future__ import annotations

from typing import Any

from sqlmodel import Session


def outputs_by_status(session: Session, report_id: str) -> dict[str, dict[str, int]]:
    return {}


def covid_counts(session: Session, report_id: str) -> dict[str, Any]:
    return {}
