"""combined report tables: staffing by component, vacancy factors, printed tables, estimates

Check names grow with the combined layout's families (a category, a period and a measure): up to 512 characters.

Revision ID: 0009
Revises: 0008
Create Date: 2026-11-30 03:20:00
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op
from sqlmodel.sql.sqltypes import AutoString

revision: str = "0009"
down_revision: str | None = "0008"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

STAFFING_LEVEL = "level IN ('category', 'group', 'subcategory')"


def _sourced(table: str, *columns: sa.schema.SchemaItem, key: tuple[str, ...]) -> None:
    """A table of rows that belong to a report and say where in its text they come from."""
    op.create_table(
        table,
        sa.Column("report_id", AutoString(length=64), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("source_section", AutoString(length=16), nullable=False),
        sa.Column("source_paragraph", AutoString(length=16), nullable=True),
        sa.Column("source_first_line", sa.Integer(), nullable=False),
        sa.Column("source_last_line", sa.Integer(), nullable=False),
        *columns,
        sa.ForeignKeyConstraint(
            ["report_id"], ["report.id"], name=op.f(f"fk_{table}_report_id_report"), ondelete="CASCADE"
        ),
        sa.PrimaryKeyConstraint("report_id", *key, name=op.f(f"pk_{table}")),
    )


def upgrade() -> None:
    counts = ("approved", "actual", "approved_next", "proposed", "net_change")
    _sourced(
        "component_staffing",
        sa.Column("id", AutoString(length=512), nullable=False),
        sa.Column("component", AutoString(), nullable=False),
        sa.Column("block", AutoString(), nullable=False),
        sa.Column("slug", AutoString(length=128), nullable=False),
        sa.Column("name", AutoString(), nullable=False),
        sa.Column("group", AutoString(), nullable=True),
        sa.Column("level", AutoString(length=16), nullable=False),
        *(sa.Column(name, sa.Integer(), nullable=True) for name in counts),
        *(sa.Column(f"{name}_text", AutoString(), nullable=False) for name in counts),
        sa.CheckConstraint(STAFFING_LEVEL, name=op.f("ck_component_staffing_level")),
        key=("id",),
    )
    _sourced(
        "vacancy_factor",
        sa.Column("slug", AutoString(length=128), nullable=False),
        sa.Column("name", AutoString(), nullable=False),
        sa.Column("group", AutoString(), nullable=True),
        sa.Column("rates", sa.JSON(), nullable=False),
        sa.Column("footnotes", sa.JSON(), nullable=False),
        key=("slug",),
    )
    _sourced(
        "printed_table",
        sa.Column("id", AutoString(length=80), nullable=False),
        sa.Column("role", AutoString(length=64), nullable=False),
        sa.Column("title", AutoString(), nullable=False),
        sa.Column("unit", AutoString(), nullable=True),
        sa.Column("columns", sa.JSON(), nullable=False),
        sa.Column("rows", sa.JSON(), nullable=False),
        key=("id",),
    )
    with op.batch_alter_table("amount_row", schema=None) as batch_op:
        batch_op.add_column(sa.Column("estimate_usd", sa.BigInteger(), nullable=True))
        batch_op.add_column(sa.Column("estimate_text", AutoString(), nullable=True))
    with op.batch_alter_table("check_result", schema=None) as batch_op:
        batch_op.alter_column("name", existing_type=AutoString(length=128), type_=AutoString(length=512))


def downgrade() -> None:
    with op.batch_alter_table("check_result", schema=None) as batch_op:
        batch_op.alter_column("name", existing_type=AutoString(length=512), type_=AutoString(length=128))
    with op.batch_alter_table("amount_row", schema=None) as batch_op:
        batch_op.drop_column("estimate_text")
        batch_op.drop_column("estimate_usd")
    for table in ("printed_table", "vacancy_factor", "component_staffing"):
        op.drop_table(table)
