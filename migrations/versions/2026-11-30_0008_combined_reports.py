"""combined reports: budget columns, sites, staffing by period, variances by period, external factors

A combined performance-and-budget report prints the next period's apportionment and the budget period's cost
estimates beside the performance columns (some per site), staffing for four periods, one variance entry per
category and period, and each component's external factors.

Revision ID: 0008
Revises: 0007
Create Date: 2026-11-30 03:00:00
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op
from sqlmodel.sql.sqltypes import AutoString

revision: str = "0008"
down_revision: str | None = "0007"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

BUDGET_AMOUNTS = ("budget_apportionment_usd", "cost_estimates_usd", "budget_variance_usd")
BUDGET_TEXTS = (
    "budget_apportionment_text",
    "cost_estimates_text",
    "budget_variance_text",
    "budget_variance_percent_text",
)


def upgrade() -> None:
    with op.batch_alter_table("financial_category", schema=None) as batch_op:
        for column in BUDGET_AMOUNTS:
            batch_op.add_column(sa.Column(column, sa.BigInteger(), nullable=True))
        batch_op.add_column(sa.Column("budget_variance_percent", sa.Float(), nullable=True))
        for column in BUDGET_TEXTS:
            batch_op.add_column(sa.Column(column, AutoString(), nullable=True))
        batch_op.add_column(sa.Column("budget_apportionment_period", AutoString(length=16), nullable=True))
        batch_op.add_column(sa.Column("cost_estimates_period", AutoString(length=16), nullable=True))
        batch_op.add_column(sa.Column("sites", sa.JSON(), nullable=False, server_default="[]"))
    with op.batch_alter_table("staffing_row", schema=None) as batch_op:
        batch_op.add_column(sa.Column("approved_next", sa.Integer(), nullable=True))
        batch_op.add_column(sa.Column("approved_next_text", AutoString(), nullable=True))
        batch_op.add_column(sa.Column("proposed", sa.Integer(), nullable=True))
        batch_op.add_column(sa.Column("proposed_text", AutoString(), nullable=True))
    with op.batch_alter_table("variance", schema=None) as batch_op:
        batch_op.add_column(sa.Column("category_slug", AutoString(length=128), nullable=False, server_default=""))
        batch_op.add_column(sa.Column("period", AutoString(length=16), nullable=True))
        batch_op.alter_column("variance_percent", existing_type=sa.Float(), nullable=True)
    op.execute("UPDATE variance SET category_slug = slug")
    with op.batch_alter_table("component", schema=None) as batch_op:
        batch_op.add_column(sa.Column("external_factors", sa.JSON(), nullable=False, server_default="[]"))


def downgrade() -> None:
    with op.batch_alter_table("component", schema=None) as batch_op:
        batch_op.drop_column("external_factors")
    with op.batch_alter_table("variance", schema=None) as batch_op:
        batch_op.alter_column("variance_percent", existing_type=sa.Float(), nullable=False)
        batch_op.drop_column("period")
        batch_op.drop_column("category_slug")
    with op.batch_alter_table("staffing_row", schema=None) as batch_op:
        for column in ("proposed_text", "proposed", "approved_next_text", "approved_next"):
            batch_op.drop_column(column)
    with op.batch_alter_table("financial_category", schema=None) as batch_op:
        for column in (
            "sites", "cost_estimates_period", "budget_apportionment_period", *BUDGET_TEXTS,
            "budget_variance_percent", *BUDGET_AMOUNTS,
        ):  # fmt: skip
            batch_op.drop_column(column)
