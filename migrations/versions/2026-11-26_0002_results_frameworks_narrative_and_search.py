"""results frameworks narrative and search

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-26 21:07:14.402980
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op
from sqlmodel.sql.sqltypes import AutoString

revision: str = "0002"
down_revision: str | None = "0001"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "component",
        sa.Column("report_id", AutoString(length=64), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("source_section", AutoString(length=16), nullable=False),
        sa.Column("source_paragraph", AutoString(length=16), nullable=True),
        sa.Column("source_first_line", sa.Integer(), nullable=False),
        sa.Column("source_last_line", sa.Integer(), nullable=False),
        sa.Column("number", sa.Integer(), autoincrement=False, nullable=False),
        sa.Column("title", AutoString(), nullable=False),
        sa.Column("paragraphs", sa.JSON(), nullable=False),
        sa.ForeignKeyConstraint(
            ["report_id"], ["report.id"], name=op.f("fk_component_report_id_report"), ondelete="CASCADE"
        ),
        sa.PrimaryKeyConstraint("report_id", "number", name=op.f("pk_component")),
    )
    op.create_table(
        "covid_annotation",
        sa.Column("report_id", AutoString(length=64), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("source_section", AutoString(length=16), nullable=False),
        sa.Column("source_paragraph", AutoString(length=16), nullable=True),
        sa.Column("source_first_line", sa.Integer(), nullable=False),
        sa.Column("source_last_line", sa.Integer(), nullable=False),
        sa.Column("id", AutoString(length=96), nullable=False),
        sa.Column("target_type", AutoString(length=32), nullable=False),
        sa.Column("target_id", AutoString(length=128), nullable=False),
        sa.Column("excerpt", sa.Text(), nullable=False),
        sa.Column("impact", AutoString(length=32), nullable=False),
        sa.Column("component", sa.Integer(), nullable=True),
        sa.Column("signals", sa.JSON(), nullable=False),
        sa.ForeignKeyConstraint(
            ["report_id"], ["report.id"], name=op.f("fk_covid_annotation_report_id_report"), ondelete="CASCADE"
        ),
        sa.PrimaryKeyConstraint("report_id", "id", name=op.f("pk_covid_annotation")),
    )
    op.create_table(
        "expected_accomplishment",
        sa.Column("report_id", AutoString(length=64), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("source_section", AutoString(length=16), nullable=False),
        sa.Column("source_paragraph", AutoString(length=16), nullable=True),
        sa.Column("source_first_line", sa.Integer(), nullable=False),
        sa.Column("source_last_line", sa.Integer(), nullable=False),
        sa.Column("id", AutoString(length=16), nullable=False),
        sa.Column("component", sa.Integer(), nullable=False),
        sa.Column("title", AutoString(), nullable=False),
        sa.ForeignKeyConstraint(
            ["report_id"], ["report.id"], name=op.f("fk_expected_accomplishment_report_id_report"), ondelete="CASCADE"
        ),
        sa.PrimaryKeyConstraint("report_id", "id", name=op.f("pk_expected_accomplishment")),
    )
    with op.batch_alter_table("expected_accomplishment", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_expected_accomplishment_component"), ["component"], unique=False)

    op.create_table(
        "follow_up",
        sa.Column("report_id", AutoString(length=64), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("source_section", AutoString(length=16), nullable=False),
        sa.Column("source_paragraph", AutoString(length=16), nullable=True),
        sa.Column("source_first_line", sa.Integer(), nullable=False),
        sa.Column("source_last_line", sa.Integer(), nullable=False),
        sa.Column("index", sa.Integer(), autoincrement=False, nullable=False),
        sa.Column("resolution", AutoString(length=32), nullable=False),
        sa.Column("resolution_paragraph", sa.Integer(), nullable=True),
        sa.Column("decision_request", sa.Text(), nullable=False),
        sa.Column("action_taken", sa.Text(), nullable=True),
        sa.Column("paragraph_refs", sa.JSON(), nullable=False),
        sa.ForeignKeyConstraint(
            ["report_id"], ["report.id"], name=op.f("fk_follow_up_report_id_report"), ondelete="CASCADE"
        ),
        sa.PrimaryKeyConstraint("report_id", "index", name=op.f("pk_follow_up")),
    )
    op.create_table(
        "indicator",
        sa.Column("report_id", AutoString(length=64), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("source_section", AutoString(length=16), nullable=False),
        sa.Column("source_paragraph", AutoString(length=16), nullable=True),
        sa.Column("source_first_line", sa.Integer(), nullable=False),
        sa.Column("source_last_line", sa.Integer(), nullable=False),
        sa.Column("id", AutoString(length=32), nullable=False),
        sa.Column("expected_accomplishment", AutoString(length=16), nullable=False),
        sa.Column("component", sa.Integer(), nullable=False),
        sa.Column("number", sa.Integer(), nullable=False),
        sa.Column("planned_text", AutoString(), nullable=False),
        sa.Column("targets", sa.JSON(), nullable=False),
        sa.Column("actual_text", AutoString(), nullable=False),
        sa.Column("achieved", sa.Boolean(), nullable=True),
        sa.Column("explanation", AutoString(), nullable=True),
        sa.Column("covid_affected", sa.Boolean(), nullable=False),
        sa.ForeignKeyConstraint(
            ["report_id"], ["report.id"], name=op.f("fk_indicator_report_id_report"), ondelete="CASCADE"
        ),
        sa.PrimaryKeyConstraint("report_id", "id", name=op.f("pk_indicator")),
    )
    with op.batch_alter_table("indicator", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_indicator_expected_accomplishment"), ["expected_accomplishment"], unique=False
        )

    op.create_table(
        "output",
        sa.Column("report_id", AutoString(length=64), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("source_section", AutoString(length=16), nullable=False),
        sa.Column("source_paragraph", AutoString(length=16), nullable=True),
        sa.Column("source_first_line", sa.Integer(), nullable=False),
        sa.Column("source_last_line", sa.Integer(), nullable=False),
        sa.Column("id", AutoString(length=32), nullable=False),
        sa.Column("expected_accomplishment", AutoString(length=16), nullable=False),
        sa.Column("component", sa.Integer(), nullable=False),
        sa.Column("number", sa.Integer(), nullable=False),
        sa.Column("subgroup", AutoString(), nullable=True),
        sa.Column("planned_text", AutoString(), nullable=False),
        sa.Column("planned_quantities", sa.JSON(), nullable=False),
        sa.Column("completed", sa.JSON(), nullable=False),
        sa.Column("remarks", AutoString(), nullable=True),
        sa.Column("direction", AutoString(length=16), nullable=True),
        sa.Column("status", AutoString(length=32), nullable=False),
        sa.Column("completion_ratio", sa.Float(), nullable=True),
        sa.Column("covid_affected", sa.Boolean(), nullable=False),
        sa.ForeignKeyConstraint(
            ["report_id"], ["report.id"], name=op.f("fk_output_report_id_report"), ondelete="CASCADE"
        ),
        sa.PrimaryKeyConstraint("report_id", "id", name=op.f("pk_output")),
    )
    with op.batch_alter_table("output", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_output_expected_accomplishment"), ["expected_accomplishment"], unique=False
        )

    op.create_table(
        "paragraph",
        sa.Column("report_id", AutoString(length=64), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("source_section", AutoString(length=16), nullable=False),
        sa.Column("source_paragraph", AutoString(length=16), nullable=True),
        sa.Column("source_first_line", sa.Integer(), nullable=False),
        sa.Column("source_last_line", sa.Integer(), nullable=False),
        sa.Column("number", sa.Integer(), autoincrement=False, nullable=False),
        sa.Column("section", AutoString(length=16), nullable=False),
        sa.Column("heading", AutoString(), nullable=False),
        sa.Column("text", sa.Text(), nullable=False),
        sa.Column("component", sa.Integer(), nullable=True),
        sa.Column("items", sa.JSON(), nullable=False),
        sa.ForeignKeyConstraint(
            ["report_id"], ["report.id"], name=op.f("fk_paragraph_report_id_report"), ondelete="CASCADE"
        ),
        sa.PrimaryKeyConstraint("report_id", "number", name=op.f("pk_paragraph")),
    )
    op.create_table(
        "search_document",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("report_id", AutoString(length=64), nullable=False),
        sa.Column("type", AutoString(length=32), nullable=False),
        sa.Column("resource_id", AutoString(length=128), nullable=False),
        sa.Column("title", AutoString(), nullable=False),
        sa.Column("body", sa.Text(), nullable=False),
        sa.Column("path", AutoString(), nullable=False),
        sa.ForeignKeyConstraint(
            ["report_id"], ["report.id"], name=op.f("fk_search_document_report_id_report"), ondelete="CASCADE"
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_search_document")),
    )
    with op.batch_alter_table("search_document", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_search_document_report_id"), ["report_id"], unique=False)
    create_full_text_index()

    op.create_table(
        "variance",
        sa.Column("report_id", AutoString(length=64), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("source_section", AutoString(length=16), nullable=False),
        sa.Column("source_paragraph", AutoString(length=16), nullable=True),
        sa.Column("source_first_line", sa.Integer(), nullable=False),
        sa.Column("source_last_line", sa.Integer(), nullable=False),
        sa.Column("slug", AutoString(length=128), nullable=False),
        sa.Column("name", AutoString(), nullable=False),
        sa.Column("variance_usd", sa.BigInteger(), nullable=False),
        sa.Column("variance_percent", sa.Float(), nullable=False),
        sa.Column("amount_text", AutoString(), nullable=False),
        sa.Column("percent_text", AutoString(), nullable=False),
        sa.Column("direction", AutoString(length=16), nullable=False),
        sa.Column("paragraphs", sa.JSON(), nullable=False),
        sa.Column("explanation", sa.Text(), nullable=False),
        sa.ForeignKeyConstraint(
            ["report_id"], ["report.id"], name=op.f("fk_variance_report_id_report"), ondelete="CASCADE"
        ),
        sa.PrimaryKeyConstraint("report_id", "slug", name=op.f("pk_variance")),
    )


def create_full_text_index() -> None:
    """SQLite: an external-content FTS5 table kept in step by triggers. PostgreSQL: a generated,
    weighted tsvector column (title A, body B) under a GIN index."""
    if op.get_bind().dialect.name == "sqlite":
        op.execute(
            "CREATE VIRTUAL TABLE search_fts USING fts5(title, body, content='search_document', "
            "content_rowid='id', tokenize='porter unicode61 remove_diacritics 2')"
        )
        op.execute(
            "CREATE TRIGGER search_document_ai AFTER INSERT ON search_document BEGIN "
            "INSERT INTO search_fts(rowid, title, body) VALUES (new.id, new.title, new.body); END"
        )
        op.execute(
            "CREATE TRIGGER search_document_ad AFTER DELETE ON search_document BEGIN "
            "INSERT INTO search_fts(search_fts, rowid, title, body) VALUES ('delete', old.id, old.title, old.body); END"
        )
        op.execute(
            "CREATE TRIGGER search_document_au AFTER UPDATE ON search_document BEGIN "
            "INSERT INTO search_fts(search_fts, rowid, title, body) VALUES ('delete', old.id, old.title, old.body); "
            "INSERT INTO search_fts(rowid, title, body) VALUES (new.id, new.title, new.body); END"
        )
    else:
        op.execute(
            "ALTER TABLE search_document ADD COLUMN tsv tsvector GENERATED ALWAYS AS ("
            "setweight(to_tsvector('english', coalesce(title, '')), 'A') || "
            "setweight(to_tsvector('english', coalesce(body, '')), 'B')) STORED"
        )
        op.execute("CREATE INDEX ix_search_document_tsv ON search_document USING gin (tsv)")


def drop_full_text_index() -> None:
    if op.get_bind().dialect.name == "sqlite":
        for trigger in ("search_document_ai", "search_document_ad", "search_document_au"):
            op.execute(f"DROP TRIGGER IF EXISTS {trigger}")
        op.execute("DROP TABLE IF EXISTS search_fts")
    else:
        op.execute("DROP INDEX IF EXISTS ix_search_document_tsv")


def downgrade() -> None:
    drop_full_text_index()
    op.drop_table("variance")
    with op.batch_alter_table("search_document", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_search_document_report_id"))

    op.drop_table("search_document")
    op.drop_table("paragraph")
    with op.batch_alter_table("output", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_output_expected_accomplishment"))

    op.drop_table("output")
    with op.batch_alter_table("indicator", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_indicator_expected_accomplishment"))

    op.drop_table("indicator")
    op.drop_table("follow_up")
    with op.batch_alter_table("expected_accomplishment", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_expected_accomplishment_component"))

    op.drop_table("expected_accomplishment")
    op.drop_table("covid_annotation")
    op.drop_table("component")
