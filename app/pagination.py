"""Collection parameters (limit, offset, sort, format, facets) and the links between pages."""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum
from typing import Annotated

from fastapi import Depends, Query, Request
from fastapi.datastructures import URL

from app.api.deps import INT32_MAX
from app.schemas.common import Links

MAX_LIMIT = 500
MAX_OFFSET = INT32_MAX
DEFAULT_LIMIT = 100


class Format(StrEnum):
    json = "json"
    csv = "csv"
    ndjson = "ndjson"


_ACCEPT = {"text/csv": Format.csv, "application/x-ndjson": Format.ndjson, "application/ndjson": Format.ndjson}


@dataclass(frozen=True)
class CollectionParams:
    limit: int
    offset: int
    sort: list[str]
    format: Format
    facets: list[str]


def _split(value: str | None) -> list[str]:
    return [part.strip() for part in (value or "").split(",") if part.strip()]


def collection_params(
    request: Request,
    limit: Annotated[int, Query(ge=1, le=MAX_LIMIT, description="Rows per page (1–500)")] = DEFAULT_LIMIT,
    offset: Annotated[int, Query(ge=0, le=MAX_OFFSET, description="Rows to skip (at most 2³¹ − 1)")] = 0,
    sort: Annotated[
        str | None, Query(description="Comma-separated fields, `-` for descending; only the fields this endpoint lists")
    ] = None,
    format: Annotated[
        Format | None, Query(description="json (default), csv or ndjson; `Accept: text/csv` works too")
    ] = None,
    facets: Annotated[
        str | None, Query(description="Comma-separated facetable fields: counts per value in `meta.facets`")
    ] = None,
) -> CollectionParams:
    if format is None:
        accept = request.headers.get("accept", "")
        format = next((fmt for media, fmt in _ACCEPT.items() if media in accept), Format.json)
    return CollectionParams(limit=limit, offset=offset, sort=_split(sort), format=format, facets=_split(facets))


CollectionDep = Annotated[CollectionParams, Depends(collection_params)]


def _with_offset(url: URL, offset: int, limit: int) -> str:
    return str(url.include_query_params(offset=offset, limit=limit))


def page_links(url: URL, *, total: int, limit: int, offset: int) -> Links:
    next_offset = offset + limit
    # Past the end, "prev" leads back to the last page that has rows, not to another empty one.
    last_page = ((total - 1) // limit) * limit if total else 0
    return Links(
        self=str(url),
        next=_with_offset(url, next_offset, limit) if next_offset < total else None,
        prev=_with_offset(url, max(min(offset - limit, last_page), 0), limit) if offset > 0 else None,
    )
