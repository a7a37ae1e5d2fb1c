"""Which database objects autogenerate and the schema test leave alone: the full-text structures
that migrations create by hand (an FTS5 table on SQLite, a tsvector column and GIN index on PostgreSQL)."""

from __future__ import annotations


def include_object(obj: object, name: str | None, type_: str, reflected: bool, compare_to: object) -> bool:
    name = name or ""
    if type_ == "table" and name.startswith("search_fts"):
        return False
    return not (type_ in ("column", "index") and name in ("tsv", "ix_search_document_tsv"))
