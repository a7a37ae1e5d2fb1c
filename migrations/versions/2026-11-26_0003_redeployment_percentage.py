"""redeployment percentage

Revision ID: 0003
Revises: 0002
Create Date: 2026-11-26 21:25:00.593199
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op
from sqlmodel.sql.sqltypes import AutoString

revision: str = "0003"
down_revision: str | None = "0002"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    with op.batch_alter_table("redeployment", schema=None) as batch_op:
        batch_op.add_column(sa.Column("percent", sa.Float(), nullable=True))
        batch_op.add_column(sa.Column("percent_text", AutoString(), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("redeployment", schema=None) as batch_op:
        batch_op.drop_column("percent_text")
        batch_op.drop_column("percent")
