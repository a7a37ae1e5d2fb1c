"""`GET /v1/search`: ranked full-text search across reports."""

from __future__ import annotations

from typing import Annotated, Any

from fastapi import APIRouter, Query

from app.api.responses import CollectionContext
from app.errors import BadRequest, InvalidParam
from app.queries.search import SEARCH_TYPES, Hit, search
from app.schemas.common import Page
from app.schemas.narrative import SearchHitPublic

router = APIRouter(tags=["search"])


@router.get("/search", response_model=Page[SearchHitPublic], summary="Full-text search")
def search_reports(
    collection: CollectionContext,
    q: Annotated[str, Query(min_length=1, max_length=300, description='Web-search syntax: words, "phrases", or, -not')],
    types: Annotated[str | None, Query(description=f"Comma-separated: {', '.join(SEARCH_TYPES)}")] = None,
    report: Annotated[str | None, Query(description="Only this report id (a-75-623)")] = None,
) -> Any:
    """Output and indicator texts and remarks, variance explanations and paragraphs, best match first. Each hit
    gives its type, id, API URL and a snippet with the matching terms in `<mark>`. Results are ranked: `sort`
    and `facets` are not accepted."""
    wanted = [t.strip() for t in (types or "").split(",") if t.strip()]
    unknown = [t for t in wanted if t not in SEARCH_TYPES]
    if unknown:
        raise BadRequest(
            f"Unknown search types: {', '.join(unknown)}; known: {', '.join(SEARCH_TYPES)}",
            invalid_params=[InvalidParam(name="types", reason=f"unknown type {t!r}") for t in unknown],
        )
    params = collection.params
    if params.sort or params.facets:
        name = "sort" if params.sort else "facets"
        raise BadRequest(
            "Search results are ranked; sort and facets are not accepted",
            invalid_params=[InvalidParam(name=name, reason="not accepted on search")],
        )
    base = str(collection.request.base_url).rstrip("/")

    def run(limit: int, offset: int) -> tuple[list[SearchHitPublic], int]:
        hits, total = search(collection.session, query=q, types=wanted, report_id=report, limit=limit, offset=offset)
        return [_hit(base, h) for h in hits], total

    # The first slice the answer reads also gives the total; it is read once.
    first, total = run(*params.window)

    def fetch(limit: int, offset: int) -> list[SearchHitPublic]:
        return first if (limit, offset) == params.window else run(limit, offset)[0]

    return collection.answer(total=total, fetch=fetch, model=SearchHitPublic)


def _hit(base: str, hit: Hit) -> SearchHitPublic:
    return SearchHitPublic(
        type=hit.type,
        id=hit.resource_id,
        report_id=hit.report_id,
        title=hit.title,
        url=base + hit.path,
        snippet=hit.snippet,
        rank=round(hit.rank, 6),
    )
