"""One way to list any report-scoped table: filters, documented sort fields, facets, a page and its total."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import ColumnElement, func, select
from sqlmodel import Session, SQLModel

from app.errors import BadRequest, InvalidParam


@dataclass(frozen=True)
class Listing:
    """What a collection endpoint may sort and facet by, mapped to columns."""

    model: type[SQLModel]
    sort_fields: Mapping[str, Any]
    default_order: Sequence[Any]
    facet_fields: Mapping[str, Any] = field(default_factory=dict)

    def order_by(self, sort: Sequence[str]) -> list[Any]:
        order = []
        for key in sort:
            name = key.removeprefix("-")
            column = self.sort_fields.get(name)
            if column is None:
                allowed = ", ".join(self.sort_fields) or "none"
                raise BadRequest(
                    f"Cannot sort by {name!r}; sortable fields: {allowed}",
                    invalid_params=[InvalidParam(name="sort", reason=f"unknown sort field {name!r}")],
                )
            # Missing values last in both directions, the same on SQLite and PostgreSQL.
            order.append((column.desc() if key.startswith("-") else column.asc()).nulls_last())
        return [*order, *self.default_order]

    def check_facets(self, facets: Sequence[str]) -> None:
        unknown = [name for name in facets if name not in self.facet_fields]
        if unknown:
            allowed = ", ".join(self.facet_fields) or "none"
            raise BadRequest(
                f"Cannot facet by {', '.join(unknown)}; facetable fields: {allowed}",
                invalid_params=[InvalidParam(name="facets", reason=f"unknown facet field {n!r}") for n in unknown],
            )


@dataclass(frozen=True)
class Slice:
    rows: list[Any]
    total: int
    facets: dict[str, dict[str, int]] | None


def _facet_key(value: Any) -> str:
    if value is None:
        return "null"
    if isinstance(value, bool):
        return "true" if value else "false"
    return str(value)


def fetch_slice(
    session: Session,
    listing: Listing,
    *,
    conditions: Sequence[ColumnElement[bool]],
    sort: Sequence[str],
    limit: int,
    offset: int,
    facets: Sequence[str] = (),
) -> Slice:
    order = listing.order_by(sort)
    listing.check_facets(facets)
    query = select(listing.model).where(*conditions)
    total = session.scalar(select(func.count()).select_from(query.subquery())) or 0
    rows = list(session.scalars(query.order_by(*order).limit(limit).offset(offset)))
    counted: dict[str, dict[str, int]] | None = None
    if facets:
        counted = {}
        for name in facets:
            column = listing.facet_fields[name]
            pairs = session.execute(
                select(column, func.count()).where(*conditions).group_by(column).order_by(func.count().desc(), column)
            )
            counted[name] = {_facet_key(value): count for value, count in pairs}
    return Slice(rows=rows, total=total, facets=counted)
