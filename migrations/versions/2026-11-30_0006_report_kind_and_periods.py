"""report kind and periods

A report says which layout family it is (`kind`), names its performance period as printed ("2024/25") and,
for a combined report, the budget period it proposes; missions and periods are indexed, since queries
across reports filter on them. Existing rows are filled from their dates: every report stored before this
revision is a standalone performance report.

Revision ID: 0006
Revises: 0005
Create Date: 2026-11-30 02:40:00
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op
from sqlmodel.sql.sqltypes import AutoString

revision: str = "0006"
down_revision: str | None = "0005"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    with op.batch_alter_table("report", schema=None) as batch_op:
        batch_op.add_column(sa.Column("kind", AutoString(length=32), nullable=False, server_default="performance"))
        batch_op.add_column(sa.Column("period", AutoString(length=16), nullable=False, server_default=""))
        batch_op.add_column(sa.Column("budget_period", AutoString(length=16), nullable=True))
        batch_op.add_column(sa.Column("budget_period_start", sa.Date(), nullable=True))
        batch_op.add_column(sa.Column("budget_period_end", sa.Date(), nullable=True))
        batch_op.create_check_constraint(op.f("ck_report_kind"), "kind IN ('performance', 'performance_and_budget')")
    # "2019/20": the start year and the end year's last two digits (every stored report spans two years).
    bind = op.get_bind()
    for report_id, start, end in bind.execute(sa.text("SELECT id, period_start, period_end FROM report")):
        start_year, end_year = int(str(start)[:4]), int(str(end)[:4])
        label = str(start_year) if start_year == end_year else f"{start_year}/{end_year % 100:02d}"
        bind.execute(sa.text("UPDATE report SET period = :p WHERE id = :id"), {"p": label, "id": report_id})
    with op.batch_alter_table("report", schema=None) as batch_op:
        batch_op.alter_column("kind", server_default=None)
        batch_op.alter_column("period", server_default=None)
        batch_op.create_index(batch_op.f("ix_report_mission"), ["mission"], unique=False)
        batch_op.create_index(batch_op.f("ix_report_period"), ["period"], unique=False)


def downgrade() -> None:
    with op.batch_alter_table("report", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_report_period"))
        batch_op.drop_index(batch_op.f("ix_report_mission"))
        batch_op.drop_constraint(op.f("ck_report_kind"), type_="check")
        for column in ("budget_period_end", "budget_period_start", "budget_period", "period", "kind"):
            batch_op.drop_column(column)
