"""derived bases: the rule behind each derived value

Outputs get `status_basis`, indicators a four-valued `achievement` and its `achieved_basis`, COVID-19
annotations their `basis` (named or implied) and `impact_basis` (the cue phrase, free text); the vocabularies
under CHECK constraints. Rows stored before this revision are filled from what they hold (an indicator's
`achieved` gives its achievement; every basis is `none`, every annotation `named`, as all were) until their
report's next ingest derives them again.


Revision ID: 0010
Revises: 0009
Create Date: 2026-11-30 03:20:00
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op
from sqlmodel.sql.sqltypes import AutoString

revision: str = "0010"
down_revision: str | None = "0009"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

# The vocabularies as they stand at this revision (a migration is a snapshot, not a live import).
STATUS_BASIS = ("yes_no", "revised_plan", "ratio", "quantities", "remarks", "direction", "default", "none")
ACHIEVEMENT = ("achieved", "partially_achieved", "not_achieved", "unknown")
COVID_BASIS = ("named", "implied")
ACHIEVED_BASIS = (
    "stated_achieved", "stated_in_part", "difference", "negative", "in_progress", "tolerance", "target", "none",
)  # fmt: skip

# table -> column -> (vocabulary, its column length, value for rows stored before this revision)
COLUMNS: dict[str, dict[str, tuple[tuple[str, ...], int, str]]] = {
    "output": {"status_basis": (STATUS_BASIS, 32, "none")},
    "indicator": {"achievement": (ACHIEVEMENT, 32, "unknown"), "achieved_basis": (ACHIEVED_BASIS, 32, "none")},
    "covid_annotation": {"basis": (COVID_BASIS, 16, "named")},
}


def _condition(column: str, values: tuple[str, ...]) -> str:
    quoted = ", ".join(f"'{value}'" for value in values)
    return f"{column} IN ({quoted})"


def upgrade() -> None:
    for table, columns in COLUMNS.items():
        with op.batch_alter_table(table, schema=None) as batch_op:
            for column, (values, length, default) in columns.items():
                batch_op.add_column(
                    sa.Column(column, AutoString(length=length), nullable=False, server_default=default)
                )
                batch_op.create_check_constraint(op.f(f"ck_{table}_{column}"), _condition(column, values))
    with op.batch_alter_table("covid_annotation", schema=None) as batch_op:
        batch_op.add_column(sa.Column("impact_basis", AutoString(length=128), nullable=True))
    op.execute(
        "UPDATE indicator SET achievement = CASE WHEN achieved IS NULL THEN 'unknown' "
        "WHEN achieved THEN 'achieved' ELSE 'not_achieved' END"
    )
    for table, columns in COLUMNS.items():
        with op.batch_alter_table(table, schema=None) as batch_op:
            for column in columns:
                batch_op.alter_column(column, server_default=None)


def downgrade() -> None:
    with op.batch_alter_table("covid_annotation", schema=None) as batch_op:
        batch_op.drop_column("impact_basis")
    for table, columns in COLUMNS.items():
        with op.batch_alter_table(table, schema=None) as batch_op:
            for column in columns:
                batch_op.drop_constraint(op.f(f"ck_{table}_{column}"), type_="check")
                batch_op.drop_column(column)
