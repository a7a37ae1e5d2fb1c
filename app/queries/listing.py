"""One way to list any table: filters, documented sort fields, facets, a page and its total."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from decimal import Decimal
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


NULL_KEY = "null"  # JSON's word for a missing value, as a facet or count key


def facet_key(value: Any) -> str:
    """The key a value is counted under: booleans as JSON prints them, a missing value as "null"."""
    if value is None:
        return NULL_KEY
    if isinstance(value, bool):
        return "true" if value else "false"
    return str(value)


def count_rows(session: Session, listing: Listing, *, conditions: Sequence[ColumnElement[bool]]) -> int:
    query = select(listing.table).where(*conditions)
    return session.scalar(select(func.count()).select_from(query.subquery())) or 0


def count_facets(
    session: Session, listing: Listing, *, conditions: Sequence[ColumnElement[bool]], facets: Sequence[str]
) -> dict[str, dict[str, int]]:
    counted: dict[str, dict[str, int]] = {}
    for name in facets:
        column = listing.column(name)
        pairs = session.execute(
            select(column, func.count()).where(*conditions).group_by(column).order_by(func.count().desc(), column)
        )
        counted[name] = {facet_key(value): count for value, count in pairs}
    return counted


def fetch_rows(
    session: Session,
    listing: Listing,
    *,
    conditions: Sequence[ColumnElement[bool]],
    order: Sequence[Any],
    limit: int,
    offset: int,
) -> list[Any]:
    """One slice of the rows in `order` (from `Listing.order_by`, which ends in a total order, so that slices
    read one after another neither skip nor repeat a row)."""
    query = select(listing.table).where(*conditions).order_by(*order).limit(limit).offset(offset)
    return list(session.scalars(query))


def numeric_fields(listing: Listing) -> list[tuple[str, type]]:
    """The sort fields held in a numeric column, each with its kind (int or float): the fields a range filter
    applies to. An alias (`id` sorting by position) is not the field it names."""
    found: list[tuple[str, type]] = []
    for name in listing.sort:
        if name in listing.aliases:
            continue
        try:
            python_type = listing.column(name).type.python_type
        except NotImplementedError:  # a type with no Python counterpart is not a number
            continue
        if python_type is not bool and issubclass(python_type, int | float | Decimal):
            found.append((name, int if issubclass(python_type, int) else float))
    return found
