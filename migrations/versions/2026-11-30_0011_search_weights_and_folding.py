"""search: headings weighted below text, undoubled word forms, paragraphs folded into their variance

`search_document` gains `variants` (the body's words with a doubled final -l undoubled, fuelling -> fuel, which
the stemmers leave apart) and `variance` (on a paragraph that explains a variance, that variance's slug, so search
lists the two as one hit). The full-text indexes are rebuilt: on PostgreSQL the title (label and section heading)
moves from weight class A to D and the body from B to A, with the variants at A; on SQLite the FTS5 table gains the
variants column (column weights are given at query time) and is refilled from the stored rows. Rows stored before
this revision have no variants and no variance until their report's next ingest.

Revision ID: 0011
Revises: 0010
Create Date: 2026-11-30 05:10:00
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op
from sqlmodel.sql.sqltypes import AutoString

revision: str = "0011"
down_revision: str | None = "0010"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

# The indexed columns and their PostgreSQL weight classes at this revision and at the one before
# (a migration is a snapshot, not a live import).
INDEXED = {
    "upgrade": {"title": "D", "body": "A", "variants": "A"},
    "downgrade": {"title": "A", "body": "B"},
}


def upgrade() -> None:
    op.add_column("search_document", sa.Column("variants", sa.Text(), nullable=False, server_default=""))
    op.add_column("search_document", sa.Column("variance", AutoString(length=128), nullable=True))
    _rebuild(INDEXED["upgrade"])


def downgrade() -> None:
    _rebuild(INDEXED["downgrade"])
    op.drop_column("search_document", "variance")
    op.drop_column("search_document", "variants")


def _rebuild(columns: dict[str, str]) -> None:
    if op.get_bind().dialect.name == "sqlite":
        _rebuild_fts5(list(columns))
        return
    op.execute("ALTER TABLE search_document DROP COLUMN IF EXISTS tsv")  # drops its GIN index with it
    weighted = " || ".join(
        f"setweight(to_tsvector('english', coalesce({column}, '')), '{weight}')" for column, weight in columns.items()
    )
    op.execute(f"ALTER TABLE search_document ADD COLUMN tsv tsvector GENERATED ALWAYS AS ({weighted}) STORED")
    op.execute("CREATE INDEX ix_search_document_tsv ON search_document USING gin (tsv)")


def _rebuild_fts5(columns: list[str]) -> None:
    """An external-content FTS5 table kept in step by triggers, refilled from search_document."""
    for trigger in ("search_document_ai", "search_document_ad", "search_document_au"):
        op.execute(f"DROP TRIGGER IF EXISTS {trigger}")
    op.execute("DROP TABLE IF EXISTS search_fts")
    names = ", ".join(columns)
    op.execute(
        f"CREATE VIRTUAL TABLE search_fts USING fts5({names}, content='search_document', "
        "content_rowid='id', tokenize='porter unicode61 remove_diacritics 2')"
    )
    new = ", ".join(f"new.{c}" for c in columns)
    old = ", ".join(f"old.{c}" for c in columns)
    insert = f"INSERT INTO search_fts(rowid, {names}) VALUES (new.id, {new});"
    delete = f"INSERT INTO search_fts(search_fts, rowid, {names}) VALUES ('delete', old.id, {old});"
    op.execute(f"CREATE TRIGGER search_document_ai AFTER INSERT ON search_document BEGIN {insert} END")
    op.execute(f"CREATE TRIGGER search_document_ad AFTER DELETE ON search_document BEGIN {delete} END")
    op.execute(f"CREATE TRIGGER search_document_au AFTER UPDATE ON search_document BEGIN {delete} {insert} END")
    op.execute("INSERT INTO search_fts(search_fts) VALUES ('rebuild')")
