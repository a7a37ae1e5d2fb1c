"""A report's collections as CSV files: the rows, columns and writer of `GET …/{collection}?format=csv`."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from sqlalchemy import select

from app.api.collections import CollectionSpec, Context
from app.api.responses import csv_columns
from app.formats import to_csv


@dataclass(frozen=True)
class Table:
    """One collection of one report, rendered: the file is named after the collection's URL."""

    name: str  # "financial-categories"
    spec: CollectionSpec
    columns: list[str]
    text: str

    @property
    def path(self) -> str:
        return f"{self.name}.csv"


def report_scoped(specs: Sequence[CollectionSpec]) -> list[CollectionSpec]:
    """The collections whose rows belong to one report (not the lists across reports, nor the reports)."""
    return [spec for spec in specs if spec.scoped]


def collection_name(spec: CollectionSpec) -> str:
    return spec.url_path.rsplit("/", 1)[-1]


def render_table(spec: CollectionSpec, context: Context) -> Table:
    """Every row of the collection for the context's report, in its default order (as an unsorted answer)."""
    query = select(spec.table).where(*spec.conditions(context.report, {})).order_by(*spec.listing.default_order())
    to_public = spec.mapper(context)
    rows = [to_public(row).model_dump(mode="json") for row in context.session.scalars(query)]
    columns = csv_columns(spec.public)
    return Table(name=collection_name(spec), spec=spec, columns=columns, text=to_csv(rows, columns))
