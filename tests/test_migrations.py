"""The schema comes only from Alembic: upgrade builds what the models declare; downgrade removes it."""

from __future__ import annotations

from alembic import command
from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext
from sqlalchemy import inspect, text
from sqlmodel import SQLModel

from app import models  # noqa: F401 - registers the tables on SQLModel.metadata
from app.db import make_engine
from app.migrate import alembic_config
from migrations.full_text import include_object


def test_upgrade_matches_the_models_and_downgrade_empties(stores):
    url = stores.create()  # migrated to head
    engine = make_engine(url)
    with engine.connect() as conn:
        context = MigrationContext.configure(conn, opts={"compare_type": True, "include_object": include_object})
        diff = compare_metadata(context, SQLModel.metadata)
    assert diff == []
    command.downgrade(alembic_config(url), "base")
    assert set(inspect(engine).get_table_names()) <= {"alembic_version"}
    command.upgrade(alembic_config(url), "head")
    assert "financial_category" in inspect(engine).get_table_names()
    engine.dispose()


def test_reports_stored_before_revision_0006_get_their_period_and_kind(stores):
    url = stores.create()
    command.downgrade(alembic_config(url), "0005")
    engine = make_engine(url)
    with engine.begin() as conn:
        conn.execute(
            text(
                "INSERT INTO report (id, symbol, title, mission, mission_name, period_start, period_end, published,"
                " source_sha256, source_text, line_count, loaded_at, row_counts, extra) VALUES ('a-75-623',"
                " 'A/75/623', 't', 'MINUSMA', 'm', '2019-07-01', '2020-06-30', '2020-12-02', 's', 'x', 1,"
                " '2026-11-30 00:00:00', '{}', '{}')"
            )
        )
    command.upgrade(alembic_config(url), "head")
    with engine.connect() as conn:
        row = conn.execute(text("SELECT kind, period, budget_period FROM report")).one()
    assert tuple(row) == ("performance", "2019/20", None)
    engine.dispose()
