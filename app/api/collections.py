"""A collection resource declared once.

A `CollectionSpec` holds everything about a collection: its path, table listing (sort and facet fields),
public schema, equality filters and the public mapping of a row. `register` turns it into the list
endpoint, its query parameters and its OpenAPI text; a route module keeps only what is special.
"""

from __future__ import annotations

import inspect
import operator
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field, replace
from typing import Annotated, Any

from fastapi import APIRouter, Depends, Query, Request
from pydantic import BaseModel, create_model
from sqlalchemy import ColumnElement
from sqlmodel import Session

from app.api.deps import INT32_MAX, ReportDep, SessionDep
from app.api.responses import CollectionContext
from app.models import Report
from app.queries.listing import Listing, numeric_fields
from app.queries.reports import in_mission, in_period, report_header
from app.queries.rows import get_row
from app.schemas.common import Page
from app.schemas.fields import derived, identifier, printed
from app.schemas.rows import sourced


@dataclass(frozen=True)
class Context:
    """What a public mapping may need beyond the row: the request (for URLs), the session, the report."""

    request: Request
    session: Session
    report: Report | None

    @property
    def report_id(self) -> str:
        """The report of a report-scoped answer (every spec with `extras` is report-scoped)."""
        if self.report is None:
            raise RuntimeError("this answer is not scoped to a report")
        return self.report.id


def report_context(request: Request, session: SessionDep, report: ReportDep) -> Context:
    return Context(request=request, session=session, report=report)


ReportContext = Annotated[Context, Depends(report_context)]

# Per-request preparation of extra public fields: called once per answer, then once per row.
Extras = Callable[[Context], Callable[[Any], Mapping[str, Any]]]


@dataclass(frozen=True)
class Filter:
    """A query parameter that narrows a collection; by default `column == value`."""

    name: str
    annotation: Any
    description: str
    constraints: Mapping[str, Any] = field(default_factory=dict)
    column: str | None = None
    where: Callable[[Any, Any], ColumnElement[bool]] | None = None  # (table, value) -> condition

    def condition(self, table: Any, value: Any) -> ColumnElement[bool]:
        if self.where is not None:
            return self.where(table, value)
        condition: ColumnElement[bool] = getattr(table, self.column or self.name) == value
        return condition

    def parameter(self) -> inspect.Parameter:
        constraints = dict(self.constraints)
        if self.annotation is int:  # what an integer column can hold, unless the filter says less
            constraints.setdefault("le", INT32_MAX)
        query = Query(description=self.description, **constraints)
        return inspect.Parameter(
            self.name,
            inspect.Parameter.KEYWORD_ONLY,
            default=None,
            annotation=Annotated[self.annotation | None, query],
        )


ORIGIN_FILTERS = (
    Filter("report", str, "Only this report (`a-80-590`)", column="report_id"),
    Filter("mission", str, "Only this mission's reports (short name, any case: `minusma`)", where=in_mission),
    Filter(
        "period",
        str,
        'Only reports of this performance period ("2024/25")',
        {"pattern": r"^\d{4}(/\d{2})?$"},
        where=in_period,
    ),
)


# A unit named by a field's suffix, said in a range filter's description.
UNITS = {"_usd": "US dollars", "_percent": "per cent"}
RANGE_SYNTAX = "min_<field> and max_<field> (inclusive bounds), e.g. min_expenditure_usd=1000000"


def range_filters(listing: Listing) -> tuple[Filter, ...]:
    """`min_<field>` and `max_<field>`, inclusive, for each numeric sort field of a listing; a row whose value
    is missing matches no bound."""
    filters: list[Filter] = []
    for name, kind in numeric_fields(listing):
        unit = next((f", in {unit}" for suffix, unit in UNITS.items() if name.endswith(suffix)), "")
        # Integers within what every integer parameter may hold (app/api/deps.py); floats finite.
        constraints = {"ge": -INT32_MAX - 1, "le": INT32_MAX} if kind is int else {"allow_inf_nan": False}
        for prefix, word, compare in (("min", "at least", operator.ge), ("max", "at most", operator.le)):
            filters.append(
                Filter(
                    f"{prefix}_{name}",
                    kind,
                    f"Only rows whose `{name}` is {word} this (inclusive){unit}",
                    constraints,
                    where=_bound(name, compare),
                )
            )
    return tuple(filters)


def _bound(name: str, compare: Callable[[Any, Any], Any]) -> Callable[[Any, Any], ColumnElement[bool]]:
    def where(table: Any, value: Any) -> ColumnElement[bool]:
        condition: ColumnElement[bool] = compare(getattr(table, name), value)
        return condition

    return where


def _name_label(row: Any) -> str | None:
    return getattr(row, "name", None)


@dataclass(frozen=True)
class CollectionSpec:
    """One collection resource: `GET /v1/{path}` answering pages of `public` rows."""

    name: str  # the operation is list_{name}
    summary: str
    description: str
    public: type[BaseModel]
    listing: Listing
    filters: tuple[Filter, ...] = ()
    scoped: bool = True  # rows belong to the report named in the path
    scope: Callable[[Any], list[ColumnElement[bool]]] | None = None  # rows of a shared store table: which are its
    spans_reports: bool = False  # rows of every report, each naming its report, mission and period
    sourced: bool = True  # rows carry `source` and `citation`
    label: Callable[[Any], str | None] = _name_label  # the name a citation quotes
    extras: Extras | None = None
    tags: tuple[str, ...] = ()
    path: str = ""  # under /v1; by default reports/{report_id}/ and the name with hyphens

    @property
    def url_path(self) -> str:
        return self.path or f"reports/{{report_id}}/{self.name.replace('_', '-')}"

    @property
    def table(self) -> Any:
        return self.listing.table

    @property
    def all_filters(self) -> tuple[Filter, ...]:
        """The declared filters, then a range filter pair for each numeric sort field."""
        return (*self.filters, *range_filters(self.listing))

    def doc(self) -> str:
        facets = ", ".join(self.listing.facets) or "none"
        ranged = ", ".join(name for name, _ in numeric_fields(self.listing)) or "none"
        return (
            f"{self.description} Sortable: {', '.join(self.listing.sort)}. Facetable: {facets}. "
            f"Range filters (`min_<field>`, `max_<field>`, inclusive): {ranged}."
        )

    def conditions(self, report: Report | None, values: Mapping[str, Any]) -> list[ColumnElement[bool]]:
        conditions: list[ColumnElement[bool]] = []
        if self.scoped and report is not None:
            conditions.append(self.table.report_id == report.id)
        if self.scope is not None:
            conditions.extend(self.scope(self.table))
        for item in self.all_filters:
            value = values.get(item.name)
            if value is not None and value != "":
                conditions.append(item.condition(self.table, value))
        return conditions

    def mapper(self, context: Context) -> Callable[[Any], BaseModel]:
        """The public mapping of one row, prepared once per answer (once per report for rows of every report)."""
        if not self.spans_reports:
            return self._mapper(context)
        by_report: dict[str, Callable[[Any], BaseModel]] = {}

        def to_public(row: Any) -> BaseModel:
            if row.report_id not in by_report:
                report = report_header(context.session, row.report_id)
                by_report[row.report_id] = self._mapper(replace(context, report=report))
            return by_report[row.report_id](row)

        return to_public

    def _mapper(self, context: Context) -> Callable[[Any], BaseModel]:
        extra = self.extras(context) if self.extras is not None else None
        report = context.report
        symbol = report.symbol if report is not None else ""
        origin = {"mission": report.mission, "period": report.period} if self.spans_reports and report else {}

        def to_public(row: Any) -> BaseModel:
            data = row.model_dump()
            if self.sourced:
                data.update(sourced(symbol, row, self.label(row)))
            if extra is not None:
                data.update(extra(row))
            data.update(origin)
            return self.public.model_validate(data)

        return to_public

    def across(self, summary: str) -> CollectionSpec:
        """The same collection over every loaded report: `GET /v1/{name}`, each row naming its report, mission
        and period, filterable by them."""
        origin: Any = {
            "report_id": (str, identifier("The report the row belongs to (`a-80-590`)")),
            "mission": (str, printed("The mission's short name (MINUSMA)")),
            "period": (str, derived('The report\'s performance period ("2024/25")', "the report's printed dates")),
        }
        public = create_model(f"{self.public.__name__.removesuffix('Public')}AcrossReportsPublic",
                              __base__=self.public, **origin)  # fmt: skip
        listing = replace(
            self.listing,
            sort=(*self.listing.sort, "report_id"),
            facets=(*self.listing.facets, "report_id"),
            order=("report_id", *self.listing.order),
        )
        return replace(
            self,
            name=f"{self.name}_across_reports",
            path=self.url_path.removeprefix("reports/{report_id}/"),
            summary=summary,
            public=public,
            listing=listing,
            filters=(*ORIGIN_FILTERS, *self.filters),
            scoped=False,
            spans_reports=True,
        )

    def one(self, context: Context, key: Any, *, what: str, missing: str = "") -> dict[str, Any]:
        """The public fields of the report's row with this key (RowNotFound naming `what` otherwise)."""
        if context.report is None:
            raise RuntimeError("a single row belongs to a report")
        row = get_row(context.session, self.table, context.report, key, what=what, missing=missing)
        return self.mapper(context)(row).model_dump()


def register(router: APIRouter, spec: CollectionSpec) -> None:
    """Add the list endpoint of a spec: its filters become query parameters, its fields the OpenAPI text."""

    def endpoint(collection: CollectionContext, **values: Any) -> Any:
        report: Report | None = values.pop("report_in_path", None)
        context = Context(request=collection.request, session=collection.session, report=report)
        return collection.respond(
            spec.listing,
            conditions=spec.conditions(report, values),
            to_public=spec.mapper(context),
            model=spec.public,
        )

    parameters = [inspect.Parameter("collection", inspect.Parameter.KEYWORD_ONLY, annotation=CollectionContext)]
    if spec.scoped:
        parameters.append(inspect.Parameter("report_in_path", inspect.Parameter.KEYWORD_ONLY, annotation=ReportDep))
    parameters.extend(item.parameter() for item in spec.all_filters)
    endpoint.__signature__ = inspect.Signature(parameters)  # type: ignore[attr-defined]
    endpoint.__name__ = f"list_{spec.name}"
    page: Any = Page[spec.public]  # type: ignore[name-defined]
    router.add_api_route(
        f"/{spec.url_path}",
        endpoint,
        methods=["GET"],
        name=f"list_{spec.name}",
        summary=spec.summary,
        description=spec.doc(),
        response_model=page,
        tags=list(spec.tags) or None,
    )


def register_all(router: APIRouter, specs: Sequence[CollectionSpec]) -> None:
    for spec in specs:
        register(router, spec)
