"""Ranked full-text search over outputs, indicators, variance explanations and paragraphs.

Queries use web-search syntax on both stores: words are ANDed, "quoted phrases" match in order,
`or` between terms offers alternatives, a leading `-` excludes. PostgreSQL reads them with
`websearch_to_tsquery`; for SQLite FTS5 the same syntax is translated here, every term quoted,
so user input is never FTS5 syntax and cannot break it.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from sqlalchemy import text
from sqlalchemy.exc import OperationalError
from sqlmodel import Session

from app.core.vocabulary import SearchType
from app.queries.errors import SearchSyntaxError

SEARCH_TYPES = tuple(SearchType)
_TOKEN = re.compile(r'(-?)"([^"]*)"|(\S+)')


@dataclass(frozen=True)
class Hit:
    type: str
    resource_id: str
    report_id: str
    title: str
    path: str
    snippet: str
    rank: float


def _quote(term: str) -> str:
    return '"' + term.replace('"', '""') + '"'


def to_fts5(query: str) -> str:
    """Web-search syntax to an FTS5 expression: (a OR b) AND "c d" NOT "e"."""
    if query.count('"') % 2:
        raise SearchSyntaxError("unbalanced double quote")
    groups: list[list[str]] = []
    excluded: list[str] = []
    pending_or = False
    for match in _TOKEN.finditer(query):
        negative, phrase, word = match[1], match[2], match[3]
        if word is not None and word.lower() == "or":
            pending_or = bool(groups)
            continue
        if word is not None and word.startswith("-") and len(word) > 1:
            negative, word = "-", word[1:]
        term = (phrase if phrase is not None else word or "").strip()
        if not re.search(r"\w", term):
            continue
        if negative:
            excluded.append(_quote(term))
        elif pending_or:
            groups[-1].append(_quote(term))
        else:
            groups.append([_quote(term)])
        pending_or = False
    if not groups:
        raise SearchSyntaxError("the query has no word to look for")
    expression = " AND ".join(f"({' OR '.join(group)})" if len(group) > 1 else group[0] for group in groups)
    for term in excluded:
        expression = f"{expression} NOT {term}"
    return expression


def _filters(types: Sequence[str], report_id: str | None) -> tuple[str, dict[str, Any]]:
    clauses, params = [], {}
    if types:
        names = [f"t{i}" for i in range(len(types))]
        clauses.append(f"d.type IN ({', '.join(':' + n for n in names)})")
        params.update(dict(zip(names, types, strict=True)))
    if report_id:
        clauses.append("d.report_id = :report_id")
        params["report_id"] = report_id
    return "".join(f" AND {c}" for c in clauses), params


def search(
    session: Session, *, query: str, types: Sequence[str], report_id: str | None, limit: int, offset: int
) -> tuple[list[Hit], int]:
    dialect = session.get_bind().dialect.name
    where, params = _filters(types, report_id)
    params.update(limit=limit, offset=offset)
    columns = "d.type, d.resource_id, d.report_id, d.title, d.path"
    if dialect == "sqlite":
        params["q"] = to_fts5(query)
        source = "search_fts JOIN search_document d ON d.id = search_fts.rowid WHERE search_fts MATCH :q"
        select_sql = (
            f"SELECT {columns}, snippet(search_fts, 1, '<mark>', '</mark>', '…', 24) AS snippet, "
            f"-bm25(search_fts, 4.0, 1.0) AS rank FROM {source}{where} ORDER BY rank DESC, d.id "
            "LIMIT :limit OFFSET :offset"
        )
    else:
        to_fts5(query)  # the same refusals as on SQLite (unbalanced quote, no word to look for)
        params["q"] = query
        source = "search_document d, websearch_to_tsquery('english', :q) AS query WHERE d.tsv @@ query"
        select_sql = (
            f"SELECT {columns}, ts_headline('english', d.body, query, 'StartSel=<mark>, StopSel=</mark>, "
            "MaxWords=30, MinWords=12, MaxFragments=1') AS snippet, "
            f"ts_rank_cd(d.tsv, query) AS rank FROM {source}{where} ORDER BY rank DESC, d.id "
            "LIMIT :limit OFFSET :offset"
        )
    try:
        total = session.execute(text(f"SELECT count(*) FROM {source}{where}"), params).scalar_one()
        rows = session.execute(text(select_sql), params)
    except OperationalError as error:
        # Only the full-text engine's refusal of a query is the client's; a locked or missing store is not.
        if "fts5" not in str(error.orig).lower():
            raise
        raise SearchSyntaxError(str(error.orig)) from None
    hits = [Hit(r.type, r.resource_id, r.report_id, r.title, r.path, r.snippet, float(r.rank)) for r in rows]
    return hits, int(total)
