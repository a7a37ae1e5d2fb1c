"""Collection parameters (limit, offset, sort, format, facets) and the links between pages."""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import StrEnum
from typing import Annotated

from fastapi import Depends, Query, Request
from fastapi.datastructures import URL

from app.api.deps import INT32_MAX
from app.schemas.common import Links

MAX_LIMIT = 500
MAX_OFFSET = INT32_MAX
DEFAULT_LIMIT = 100
STREAM_BATCH = 500  # rows read from the store at a time while streaming an export


class Format(StrEnum):
    json = "json"
    csv = "csv"
    ndjson = "ndjson"


_ACCEPT = {"text/csv": Format.csv, "application/x-ndjson": Format.ndjson, "application/ndjson": Format.ndjson}


def _weights(accept: str) -> dict[str, float]:
    """Each media range of an Accept header with its quality (1 when absent or unreadable)."""
    weights: dict[str, float] = {}
    for part in accept.lower().split(","):
        media, *params = (piece.strip() for piece in part.split(";"))
        quality = 1.0
        for param in params:
            name, _, value = param.partition("=")
            if name.strip() == "q":
                try:
                    quality = float(value)
                except ValueError:
                    quality = 1.0
        if media:
            weights[media] = max(weights.get(media, 0.0), quality)
    return weights


def negotiate(accept: str) -> Format:
    """CSV or NDJSON when Accept asks for it with a quality above 0 and no lower than JSON's; else JSON.

    `text/csv;q=0` refuses CSV; `text/csv, application/json` keeps choosing CSV, as before, since a client that
    names CSV at all prefers it to the default."""
    if "csv" not in accept and "ndjson" not in accept:  # the hot path: no header or plain JSON
        return Format.json
    weights = _weights(accept)
    json_quality = max((weights.get(m, 0.0) for m in ("application/json", "*/*", "application/*")), default=0.0)
    best = Format.json
    best_quality = 0.0
    for media, fmt in _ACCEPT.items():
        quality = weights.get(media, 0.0)
        if quality > 0 and quality >= json_quality and quality > best_quality:
            best, best_quality = fmt, quality
    return best


@dataclass(frozen=True)
class CollectionParams:
    limit: int
    offset: int
    sort: list[str]
    format: Format
    facets: list[str]
    fields: list[str] = field(default_factory=list)
    stream: bool = False  # CSV or NDJSON with no `limit`: every matching row from `offset` on

    @property
    def window(self) -> tuple[int, int]:
        """The (limit, offset) of the first rows the answer reads: one page, or a stream's first batch."""
        return (STREAM_BATCH if self.stream else self.limit, self.offset)


def _split(value: str | None) -> list[str]:
    return [part.strip() for part in (value or "").split(",") if part.strip()]


def collection_params(
    request: Request,
    limit: Annotated[
        int | None,
        Query(
            ge=0,
            le=MAX_LIMIT,
            description="Rows per page (0–500; 0 answers only `meta.total` and `meta.facets`). "
            "Without `limit`, JSON is paged by 100 and CSV or NDJSON streams every matching row",
        ),
    ] = None,  # no default in the document: an SDK would send it, and an export would be one page
    offset: Annotated[int, Query(ge=0, le=MAX_OFFSET, description="Rows to skip (at most 2³¹ − 1)")] = 0,
    sort: Annotated[
        str | None, Query(description="Comma-separated fields, `-` for descending; only the fields this endpoint lists")
    ] = None,
    format: Annotated[
        Format | None,
        Query(
            description="json (default), csv or ndjson; `Accept: text/csv` works too. CSV and NDJSON without "
            "`limit` stream every matching row"
        ),
    ] = None,
    facets: Annotated[
        str | None, Query(description="Comma-separated facetable fields: counts per value in `meta.facets`")
    ] = None,
    fields: Annotated[
        str | None,
        Query(
            description="Comma-separated top-level fields of the row to answer, in this order (the CSV header's "
            "order); a nested object such as `source` is chosen whole. JSON rows then carry only these keys: a "
            "partial representation of the row schema"
        ),
    ] = None,
) -> CollectionParams:
    if format is None:
        format = negotiate(request.headers.get("accept", ""))
    # The default page size is not a choice the client made: an export without `limit` is every row.
    stream = format is not Format.json and limit is None
    return CollectionParams(
        limit=DEFAULT_LIMIT if limit is None else limit,
        offset=offset,
        sort=_split(sort),
        format=format,
        facets=_split(facets),
        fields=list(dict.fromkeys(_split(fields))),
        stream=stream,
    )


CollectionDep = Annotated[CollectionParams, Depends(collection_params)]


def _with_offset(url: URL, offset: int, limit: int) -> str:
    return str(url.include_query_params(offset=offset, limit=limit))


def page_links(url: URL, *, total: int, limit: int, offset: int) -> Links:
    """Links to the pages around this one. Pages count from offset 0: `last` is the page holding the last row
    (the first page when there are none). Past the end, `prev` leads back to the last page that has rows, not
    to another empty one. `limit=0` asks for counts alone: there are no pages to link."""
    if limit == 0:
        return Links(self=str(url), first=None, prev=None, next=None, last=None)
    next_offset = offset + limit
    last_page = ((total - 1) // limit) * limit if total else 0
    return Links(
        self=str(url),
        first=_with_offset(url, 0, limit),
        next=_with_offset(url, next_offset, limit) if next_offset < total else None,
        prev=_with_offset(url, max(min(offset - limit, last_page), 0), limit) if offset > 0 else None,
        last=_with_offset(url, last_page, limit),
    )


LINK_RELS = ("first", "prev", "next", "last")


def link_header(links: Links) -> str | None:
    """RFC 8288: every page link of `links` in one header, or None when there is none."""
    targets = [(rel, getattr(links, rel)) for rel in LINK_RELS]
    return ", ".join(f'<{url}>; rel="{rel}"' for rel, url in targets if url) or None
