"""A collection's answer: a page as the envelope, CSV or NDJSON with the `Link` header, or a streamed export.

Every collection answers through `Collection.answer`, given its total and a way to read any slice of its public
rows: JSON is paged; CSV or NDJSON with no `limit` streams every matching row, read from the store a batch at a
time, so memory stays bounded whatever the size of the export.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from typing import Annotated, Any, TypeVar

from fastapi import Depends, Request, Response
from fastapi.responses import JSONResponse, StreamingResponse
from pydantic import BaseModel
from sqlalchemy import ColumnElement
from sqlmodel import Session

from app.api.deps import SessionDep
from app.errors import InvalidInput, InvalidParam
from app.formats import csv_header, csv_rows, to_ndjson
from app.pagination import STREAM_BATCH, CollectionDep, CollectionParams, Format, link_header, page_links
from app.queries.listing import Listing, count_facets, count_rows, fetch_rows
from app.schemas.common import Meta, Page

P = TypeVar("P", bound=BaseModel)
Fetch = Callable[[int, int], Sequence[P]]  # (limit, offset) -> that slice of the public rows, in order

MEDIA_TYPES = {Format.csv: "text/csv; charset=utf-8", Format.ndjson: "application/x-ndjson"}


def chosen_fields(model: type[BaseModel], fields: Sequence[str]) -> list[str]:
    """The `fields=` asked for, each a top-level field of the row schema (422 naming the allowed ones)."""
    allowed = list(model.model_fields)
    unknown = [name for name in fields if name not in allowed]
    if unknown:
        raise InvalidInput(
            f"Unknown field(s) in fields: {', '.join(unknown)}. Allowed: {', '.join(allowed)}",
            invalid_params=[InvalidParam(name="fields", reason=f"unknown field {name!r}") for name in unknown],
        )
    return list(fields)


def csv_columns(model: type[BaseModel], fields: Sequence[str] = ()) -> list[str]:
    """Column order follows `fields=` or else the response model; nested models are flattened with their field
    names (`source_section`)."""
    columns: list[str] = []
    for name in fields or model.model_fields:
        annotation = model.model_fields[name].annotation
        if isinstance(annotation, type) and issubclass(annotation, BaseModel):
            columns.extend(f"{name}_{sub}" for sub in annotation.model_fields)
        else:
            columns.append(name)
    return columns


def _dump(row: BaseModel, fields: Sequence[str]) -> dict[str, Any]:
    data = row.model_dump(mode="json")
    return {name: data[name] for name in fields} if fields else data


def _text(rows: Sequence[BaseModel], fields: Sequence[str], fmt: Format, columns: list[str]) -> str:
    dumped = [_dump(row, fields) for row in rows]
    return csv_rows(dumped, columns) if fmt is Format.csv else to_ndjson(dumped)


def _batches(fetch: Fetch[P], offset: int) -> Iterator[Sequence[P]]:
    while True:
        rows = fetch(STREAM_BATCH, offset)
        if rows:
            yield rows
        if len(rows) < STREAM_BATCH:
            return
        offset += len(rows)


def _stream(fetch: Fetch[P], params: CollectionParams, model: type[P], headers: dict[str, str]) -> Response:
    """Every row from `offset` on. A stream is not paged, so it has no `Link`; `X-Total-Count` counts the rows
    that match. Sent without Content-Length, which tells the HTTP layer not to buffer it (app/http.py)."""
    columns = csv_columns(model, params.fields)

    def chunks() -> Iterator[str]:
        if params.format is Format.csv:
            yield csv_header(columns)
        for rows in _batches(fetch, params.offset):
            yield _text(rows, params.fields, params.format, columns)

    return StreamingResponse(chunks(), media_type=MEDIA_TYPES[params.format], headers=headers)


def render_page(
    request: Request,
    response: Response,
    *,
    total: int,
    fetch: Fetch[P],
    params: CollectionParams,
    facets: dict[str, dict[str, int]] | None = None,
    model: type[P],
) -> Page[P] | Response:
    chosen_fields(model, params.fields)
    headers = {"X-Total-Count": str(total)}
    if params.stream:
        return _stream(fetch, params, model, headers)
    rows = fetch(params.limit, params.offset) if params.limit else []
    links = page_links(request.url, total=total, limit=params.limit, offset=params.offset)
    link = link_header(links)
    if link is not None:
        headers["Link"] = link
    if params.format is not Format.json:
        columns = csv_columns(model, params.fields)
        head = csv_header(columns) if params.format is Format.csv else ""
        body = head + _text(rows, params.fields, params.format, columns)
        return Response(body, media_type=MEDIA_TYPES[params.format], headers=headers)
    meta = Meta(total=total, limit=params.limit, offset=params.offset, facets=facets)
    if params.fields:  # a partial representation: the chosen keys only, which the row schema cannot validate
        data = [_dump(row, params.fields) for row in rows]
        content = {"data": data, "meta": meta.model_dump(mode="json"), "links": links.model_dump(mode="json")}
        return JSONResponse(content, headers=headers)
    response.headers.update(headers)
    return Page[model](data=list(rows), meta=meta, links=links)  # type: ignore[valid-type]


@dataclass(frozen=True)
class Collection:
    """What every collection endpoint needs besides its filters: the request, the session, the page."""

    request: Request
    response: Response
    session: Session
    params: CollectionParams

    def respond(
        self,
        listing: Listing,
        *,
        conditions: Sequence[ColumnElement[bool]],
        to_public: Callable[[Any], P],
        model: type[P],
    ) -> Page[P] | Response:
        """A listed table's answer: its sort and facets checked before anything is read or streamed."""
        order = listing.order_by(self.params.sort)
        listing.check_facets(self.params.facets)
        total = count_rows(self.session, listing, conditions=conditions)
        facets = None
        if self.params.facets and self.params.format is Format.json:  # only the JSON envelope has a meta
            facets = count_facets(self.session, listing, conditions=conditions, facets=self.params.facets)

        def fetch(limit: int, offset: int) -> list[P]:
            rows = fetch_rows(self.session, listing, conditions=conditions, order=order, limit=limit, offset=offset)
            return [to_public(row) for row in rows]

        return self.answer(total=total, fetch=fetch, model=model, facets=facets)

    def answer(
        self, *, total: int, fetch: Fetch[P], model: type[P], facets: dict[str, dict[str, int]] | None = None
    ) -> Page[P] | Response:
        """Any collection's answer, given its total and a way to read a slice of its rows."""
        return render_page(
            self.request, self.response, total=total, fetch=fetch, params=self.params, facets=facets, model=model
        )


def collection(request: Request, response: Response, session: SessionDep, params: CollectionDep) -> Collection:
    return Collection(request=request, response=response, session=session, params=params)


CollectionContext = Annotated[Collection, Depends(collection)]
