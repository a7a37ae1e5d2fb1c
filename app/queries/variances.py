"""Section IV variance entries (filled in by the variance analysis)."""

from __future__ import annotations

from sqlmodel import Session

from app.models import Report
from app.schemas.financial import VarianceRef


def variance_ref_for(session: Session, report: Report, slug: str) -> VarianceRef | None:
    return None
