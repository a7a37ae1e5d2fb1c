"""One way to list any table: filters, documented sort fields, facets, a page and its total."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import ColumnElement, func, select
from sqlmodel import Session, SQLModel

from app.queries.errors import UnknownField


@dataclass(frozen=True)
class Listing:
    """What a collection may sort and facet by, named by field and mapped to the table's columns.

    `aliases` maps a public sort name to another column (`id` sorts by printed position);
    `order` is the default order, which also ends every sort so pages are stable.
    """

    table: type[SQLModel]
    sort: tuple[str, ...]
    facets: tuple[str, ...] = ()
    order: tuple[Any, ...] = ("position",)
    aliases: Mapping[str, str] = field(default_factory=dict)

    def column(self, name: str) -> Any:
        return getattr(self.table, self.aliases.get(name, name))

    def default_order(self) -> list[Any]:
        return [self.column(key) if isinstance(key, str) else key for key in self.order]

    def order_by(self, sort: Sequence[str]) -> list[Any]:
        unknown = [key.removeprefix("-") for key in sort if key.removeprefix("-") not in self.sort]
        if unknown:
            raise UnknownField("sort", unknown[:1], self.sort)
        order = []
        for key in sort:
            column = self.column(key.removeprefix("-"))
            # Missing values last in both directions, the same on SQLite and PostgreSQL.
            order.append((column.desc() if key.startswith("-") else column.asc()).nulls_last())
        return [*order, *self.default_order()]

    def check_facets(self, facets: Sequence[str]) -> None:
        unknown = [name for name in facets if name not in self.facets]
        if unknown:
            raise UnknownField("facets", unknown, self.facets)


@dataclass(frozen=True)
class Slice:
    rows: list[Any]
    total: int
    facets: dict[str, dict[str, int]] | None


def facet_key(value: Any) -> str:
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
    query = select(listing.table).where(*conditions)
    total = session.scalar(select(func.count()).select_from(query.subquery())) or 0
    rows = list(session.scalars(query.order_by(*order).limit(limit).offset(offset)))
    counted: dict[str, dict[str, int]] | None = None
    if facets:
        counted = {}
        for name in facets:
            column = listing.column(name)
            pairs = session.execute(
                select(column, func.count()).where(*conditions).group_by(column).order_by(func.count().desc(), column)
            )
            counted[name] = {facet_key(value): count for value, count in pairs}
    return Slice(rows=rows, total=total, facets=counted)
