"""Ranked full-text search over outputs, indicators, variance explanations and paragraphs.

Both stores rank body text far above headings: a document's `title` (its label and section heading) is indexed
in a low-weight column (FTS5) or weight class D (PostgreSQL), its body and the body's undoubled word forms
(app/queries/spelling.py) at full weight (class A). A paragraph
that is the explanation of a variance is folded into the variance's hit whenever variances are searched, so the
same text is not listed twice; the hit names its paragraphs.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass, replace
from typing import Any

from sqlalchemy import text
from sqlalchemy.exc import OperationalError
from sqlmodel import Session

from app.core.vocabulary import SearchType
from app.queries.errors import SearchSyntaxError
from app.queries.search_syntax import expand, fts5_expression, parse_query, tsquery_expression

SEARCH_TYPES = tuple(SearchType)
# A word found only in a heading counts a tenth of one found in the text (FTS5 column weight, ts_rank weight D).
HEADING_WEIGHT = 0.1
BODY_WEIGHT = 1.0
# ts_rank_cd weights for classes {D, C, B, A}: the title is D, body and variants A (migration 0011); C, B unused.
_TS_WEIGHTS = f"'{{{HEADING_WEIGHT}, {HEADING_WEIGHT}, {HEADING_WEIGHT}, {BODY_WEIGHT}}}'"


@dataclass(frozen=True)
class Hit:
    type: str
    resource_id: str
    report_id: str
    title: str
    path: str
    snippet: str
    rank: float
    paragraphs: tuple[int, ...] = ()


def _filters(types: Sequence[str], report_id: str | None) -> tuple[str, dict[str, Any]]:
    clauses, params = [], {}
    if types:
        names = [f"t{i}" for i in range(len(types))]
        clauses.append(f"d.type IN ({', '.join(':' + n for n in names)})")
        params.update(dict(zip(names, types, strict=True)))
    if not types or "variance" in types:
        clauses.append("d.variance IS NULL")  # the paragraph is listed as (part of) its variance
    if report_id:
        clauses.append("d.report_id = :report_id")
        params["report_id"] = report_id
    return "".join(f" AND {c}" for c in clauses), params


def _sqlite_sql(query: str, where: str, params: dict[str, Any]) -> tuple[str, str]:
    params["q"] = fts5_expression(expand(parse_query(query)))
    source = "search_fts JOIN search_document d ON d.id = search_fts.rowid WHERE search_fts MATCH :q"
    select_sql = (
        "SELECT d.type, d.resource_id, d.report_id, d.title, d.path, "
        "snippet(search_fts, 1, '<mark>', '</mark>', '…', 24) AS snippet, "
        f"-bm25(search_fts, {HEADING_WEIGHT}, {BODY_WEIGHT}, {BODY_WEIGHT}) AS rank "
        f"FROM {source}{where} ORDER BY rank DESC, d.id LIMIT :limit OFFSET :offset"
    )
    return source, select_sql


def _postgresql_sql(query: str, where: str, params: dict[str, Any]) -> tuple[str, str]:
    expression, terms = tsquery_expression(expand(parse_query(query)))
    params.update(terms)
    source = f"search_document d, (SELECT {expression} AS query) q WHERE d.tsv @@ q.query"
    select_sql = (
        "SELECT d.type, d.resource_id, d.report_id, d.title, d.path, ts_headline('english', d.body, q.query, "
        "'StartSel=<mark>, StopSel=</mark>, MaxWords=30, MinWords=12, MaxFragments=1') AS snippet, "
        f"ts_rank_cd({_TS_WEIGHTS}, d.tsv, q.query) AS rank FROM {source}{where} ORDER BY rank DESC, d.id "
        "LIMIT :limit OFFSET :offset"
    )
    return source, select_sql


def _folded_paragraphs(session: Session, hits: list[Hit]) -> dict[tuple[str, str], tuple[int, ...]]:
    """(report, variance) -> the numbers of the paragraphs folded into that variance's hit."""
    reports = sorted({h.report_id for h in hits if h.type == "variance"})
    if not reports:
        return {}
    names = {f"r{i}": r for i, r in enumerate(reports)}
    rows = session.execute(
        text(
            "SELECT report_id, variance, resource_id FROM search_document WHERE type = 'paragraph' "
            f"AND variance IS NOT NULL AND report_id IN ({', '.join(':' + n for n in names)})"
        ),
        names,
    )
    folded: defaultdict[tuple[str, str], list[int]] = defaultdict(list)
    for report_id, variance, number in rows:
        folded[(report_id, variance)].append(int(number))
    return {key: tuple(sorted(numbers)) for key, numbers in folded.items()}


def search(
    session: Session, *, query: str, types: Sequence[str], report_id: str | None, limit: int, offset: int
) -> tuple[list[Hit], int]:
    where, params = _filters(types, report_id)
    params.update(limit=limit, offset=offset)
    dialect = session.get_bind().dialect.name
    source, select_sql = (_sqlite_sql if dialect == "sqlite" else _postgresql_sql)(query, where, params)
    try:
        total = session.execute(text(f"SELECT count(*) FROM {source}{where}"), params).scalar_one()
        rows = list(session.execute(text(select_sql), params))
    except OperationalError as error:
        # Only the full-text engine's refusal of a query is the client's; a locked or missing store is not.
        if "fts5" not in str(error.orig).lower():
            raise
        raise SearchSyntaxError(str(error.orig)) from None
    hits = [Hit(r.type, r.resource_id, r.report_id, r.title, r.path, r.snippet, float(r.rank)) for r in rows]
    folded = _folded_paragraphs(session, hits)
    return [_with_paragraphs(h, folded) for h in hits], int(total)


def _with_paragraphs(hit: Hit, folded: dict[tuple[str, str], tuple[int, ...]]) -> Hit:
    if hit.type == "paragraph":
        numbers: tuple[int, ...] = (int(hit.resource_id),)
    else:
        numbers = folded.get((hit.report_id, hit.resource_id), ()) if hit.type == "variance" else ()
    return replace(hit, paragraphs=numbers)
