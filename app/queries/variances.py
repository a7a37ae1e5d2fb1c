"""The section IV entry that explains a financial category's variance."""

from __future__ import annotations

from sqlmodel import Session

from app.models import Variance


def variance_for(session: Session, *, report_id: str, slug: str) -> Variance | None:
    return session.get(Variance, (report_id, slug))
