"""indicator actual figure: `actual_value` and `actual_unit`

An indicator's actual text that holds exactly one figure gives its number and unit ("12 workshops" -> 12,
"workshops"; "85 per cent" -> 85, "per cent"; "$1.2 million" -> 1200000, "USD"); both null otherwise. Rows
stored before this revision hold nulls until their report's next ingest derives them.

Revision ID: 0012
Revises: 0010
Create Date: 2026-11-30 05:20:00
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op
from sqlmodel.sql.sqltypes import AutoString

revision: str = "0012"
down_revision: str | None = "0010"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    with op.batch_alter_table("indicator", schema=None) as batch_op:
        batch_op.add_column(sa.Column("actual_value", sa.Float(), nullable=True))
        batch_op.add_column(sa.Column("actual_unit", AutoString(length=64), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("indicator", schema=None) as batch_op:
        batch_op.drop_column("actual_unit")
        batch_op.drop_column("actual_value")
