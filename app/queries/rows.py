"""One row of a report by its key."""

from __future__ import annotations

from typing import Any, TypeVar

from sqlmodel import Session, SQLModel

from app.models import Report
from app.queries.errors import RowNotFound

T = TypeVar("T", bound=SQLModel)


def get_row(session: Session, table: type[T], report: Report, key: Any, *, what: str, missing: str = "") -> T:
    """The row of `report` whose key is `key`, or RowNotFound naming what was not found."""
    row = session.get(table, (report.id, key))
    if row is None:
        raise RowNotFound(missing or f"{what} {key!r} not found in report {report.id!r}")
    return row
