"""A page of rows as the envelope, CSV or NDJSON, with the `Link` header for the next page."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Annotated, Any, TypeVar

from fastapi import Depends, Request, Response
from pydantic import BaseModel
from sqlalchemy import ColumnElement
from sqlmodel import Session

from app.api.deps import SessionDep
from app.formats import to_csv, to_ndjson
from app.pagination import CollectionDep, CollectionParams, Format, page_links
from app.queries.listing import Listing, fetch_slice
from app.schemas.common import Meta, Page

P = TypeVar("P", bound=BaseModel)


def render_page(
    request: Request,
    response: Response,
    rows: Sequence[P],
    *,
    total: int,
    params: CollectionParams,
    facets: dict[str, dict[str, int]] | None = None,
    model: type[P],
) -> Page[P] | Response:
    links = page_links(request.url, total=total, limit=params.limit, offset=params.offset)
    headers = {"Link": f'<{links.next}>; rel="next"'} if links.next else {}
    headers["X-Total-Count"] = str(total)
    if params.format is Format.json:
        response.headers.update(headers)
        meta = Meta(total=total, limit=params.limit, offset=params.offset, facets=facets)
        return Page[model](data=list(rows), meta=meta, links=links)  # type: ignore[valid-type]
    dumped = [row.model_dump(mode="json") for row in rows]
    if params.format is Format.csv:
        columns = list(_csv_columns(model))
        return Response(to_csv(dumped, columns), media_type="text/csv; charset=utf-8", headers=headers)
    return Response(to_ndjson(dumped), media_type="application/x-ndjson", headers=headers)


def _csv_columns(model: type[BaseModel]) -> list[str]:
    """Column order follows the response model, nested models flattened with their field names."""
    columns: list[str] = []
    for name, info in model.model_fields.items():
        annotation = info.annotation
        if isinstance(annotation, type) and issubclass(annotation, BaseModel):
            columns.extend(f"{name}_{sub}" for sub in annotation.model_fields)
        else:
            columns.append(name)
    return columns


def list_response(
    request: Request,
    response: Response,
    session: Session,
    listing: Listing,
    *,
    conditions: Sequence[ColumnElement[bool]],
    params: CollectionParams,
    to_public: Callable[[Any], P],
    model: type[P],
) -> Page[P] | Response:
    page = fetch_slice(
        session,
        listing,
        conditions=conditions,
        sort=params.sort,
        limit=params.limit,
        offset=params.offset,
        facets=params.facets,
    )
    return render_page(
        request,
        response,
        [to_public(row) for row in page.rows],
        total=page.total,
        params=params,
        facets=page.facets,
        model=model,
    )


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
        return list_response(
            self.request, self.response, self.session, listing,
            conditions=conditions, params=self.params, to_public=to_public, model=model,
        )  # fmt: skip

    def render(self, rows: Sequence[P], *, total: int, model: type[P]) -> Page[P] | Response:
        return render_page(self.request, self.response, rows, total=total, params=self.params, model=model)


def collection(request: Request, response: Response, session: SessionDep, params: CollectionDep) -> Collection:
    return Collection(request=request, response=response, session=session, params=params)


CollectionContext = Annotated[Collection, Depends(collection)]
