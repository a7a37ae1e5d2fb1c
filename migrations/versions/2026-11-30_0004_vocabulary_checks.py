"""vocabulary checks and the staffing group slug

Every column holding a closed vocabulary gets a CHECK constraint, so the store itself refuses a value
outside it; staffing rows get `group_slug`, so their group filter works like the financial one; the slug is
computed by the loader, so rows stored before this revision get it at their next ingest.

Revision ID: 0004
Revises: 0003
Create Date: 2026-11-30 02:10:00
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op
from sqlmodel.sql.sqltypes import AutoString

revision: str = "0004"
down_revision: str | None = "0003"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

# The vocabularies as they stand at this revision (a migration is a snapshot, not a live import).
FINANCIAL_LEVEL = ("line", "subtotal", "total")
STAFFING_LEVEL = ("category", "group", "subcategory")
REDEPLOYMENT_LEVEL = ("group", "total", "percentage")
VALUE_STATUS = ("reported", "nil", "not_applicable", "not_reported")
OUTPUT_STATUS = ("completed", "exceeded", "partially_completed", "not_completed", "not_reported")
OUTPUT_DIRECTION = ("lower", "higher", "mixed")
VARIANCE_DIRECTION = ("reduced", "increased")
TARGET_TYPE = ("output", "indicator", "financial_category", "paragraph", "summary", "follow_up")
IMPACT = (
    "requested", "increased_requirements", "decreased_requirements", "cancelled", "postponed", "suspended",
    "delayed", "reduced", "reprioritized", "adapted", "maintained", "response", "affected",
)  # fmt: skip
CHECK_UNIT = ("thousands_usd", "percent", "count")

CHECKS: dict[str, dict[str, tuple[str, ...]]] = {
    "financial_category": {"level": FINANCIAL_LEVEL, "value_status": VALUE_STATUS},
    "staffing_row": {
        "level": STAFFING_LEVEL,
        "approved_status": VALUE_STATUS,
        "actual_average_status": VALUE_STATUS,
        "vacancy_rate_status": VALUE_STATUS,
    },
    "redeployment": {"level": REDEPLOYMENT_LEVEL, "redeployment_status": VALUE_STATUS},
    "amount_row": {"level": FINANCIAL_LEVEL, "value_status": VALUE_STATUS},
    "check_result": {"unit": CHECK_UNIT},
    "output": {"direction": OUTPUT_DIRECTION, "status": OUTPUT_STATUS},
    "variance": {"direction": VARIANCE_DIRECTION},
    "covid_annotation": {"target_type": TARGET_TYPE, "impact": IMPACT},
}


def _condition(column: str, values: tuple[str, ...]) -> str:
    quoted = ", ".join(f"'{value}'" for value in values)
    return f"{column} IN ({quoted})"


def upgrade() -> None:
    for table, columns in CHECKS.items():
        with op.batch_alter_table(table, schema=None) as batch_op:
            if table == "staffing_row":
                batch_op.add_column(sa.Column("group_slug", AutoString(length=128), nullable=True))
            for column, values in columns.items():
                batch_op.create_check_constraint(op.f(f"ck_{table}_{column}"), _condition(column, values))


def downgrade() -> None:
    for table, columns in CHECKS.items():
        with op.batch_alter_table(table, schema=None) as batch_op:
            for column in columns:
                batch_op.drop_constraint(op.f(f"ck_{table}_{column}"), type_="check")
            if table == "staffing_row":
                batch_op.drop_column("group_slug")
