"""The schema comes only from Alembic: upgrade builds what the models declare; downgrade removes it."""

from __future__ import annotations

from alembic import command
from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext
from sqlalchemy import inspect
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
