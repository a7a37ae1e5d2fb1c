"""liquidation tables: deployments by date, amounts by period, marks, who asked

Staffing rows keep the liquidation form's approved and actual deployment on each date; the unencumbered
balance trend and the cancellation of prior-period commitments get a table of amounts by period; amount
rows keep their printed mark ("I", "(a)"); follow-up requests say which body asked and in which document.

Revision ID: 0005
Revises: 0004
Create Date: 2026-11-30 02:30:00
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op
from sqlmodel.sql.sqltypes import AutoString

revision: str = "0005"
down_revision: str | None = "0004"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    with op.batch_alter_table("staffing_row", schema=None) as batch_op:
        batch_op.add_column(sa.Column("deployments", sa.JSON(), nullable=False, server_default="[]"))
    with op.batch_alter_table("amount_row", schema=None) as batch_op:
        batch_op.add_column(sa.Column("mark", AutoString(length=16), nullable=True))
    with op.batch_alter_table("follow_up", schema=None) as batch_op:
        batch_op.add_column(sa.Column("body", AutoString(), nullable=False, server_default="General Assembly"))
        batch_op.add_column(sa.Column("document", AutoString(), nullable=False, server_default=""))
    op.create_table(
        "period_amount_row",
        sa.Column("report_id", AutoString(length=64), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("source_section", AutoString(length=16), nullable=False),
        sa.Column("source_paragraph", AutoString(length=16), nullable=True),
        sa.Column("source_first_line", sa.Integer(), nullable=False),
        sa.Column("source_last_line", sa.Integer(), nullable=False),
        sa.Column("table_name", AutoString(length=64), nullable=False),
        sa.Column("slug", AutoString(length=128), nullable=False),
        sa.Column("name", AutoString(), nullable=False),
        sa.Column("group_number", AutoString(length=8), nullable=True),
        sa.Column("level", AutoString(length=16), nullable=False),
        sa.Column("amounts", sa.JSON(), nullable=False),
        sa.ForeignKeyConstraint(
            ["report_id"], ["report.id"], name=op.f("fk_period_amount_row_report_id_report"), ondelete="CASCADE"
        ),
        sa.PrimaryKeyConstraint("report_id", "table_name", "slug", name=op.f("pk_period_amount_row")),
        sa.CheckConstraint("level IN ('line', 'subtotal', 'total')", name=op.f("ck_period_amount_row_level")),
    )


def downgrade() -> None:
    op.drop_table("period_amount_row")
    with op.batch_alter_table("follow_up", schema=None) as batch_op:
        batch_op.drop_column("document")
        batch_op.drop_column("body")
    with op.batch_alter_table("amount_row", schema=None) as batch_op:
        batch_op.drop_column("mark")
    with op.batch_alter_table("staffing_row", schema=None) as batch_op:
        batch_op.drop_column("deployments")
