"""Read-only by construction: a serving connection cannot write or attach, whatever SQL reaches it."""

from __future__ import annotations

import uuid
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import create_engine, text
from sqlalchemy.engine import make_url
from sqlalchemy.exc import DatabaseError, ProgrammingError
from sqlalchemy.pool import NullPool

from app.db import make_engine

ROOT = Path(__file__).resolve().parent.parent
SCRIPT = ROOT / "deploy" / "postgresql-reader.sql"
WRITES = ["INSERT INTO store_version (version) VALUES (99)", "DELETE FROM report", "CREATE TABLE scratch (x int)"]


@pytest.mark.parametrize(
    "statement",
    [
        "ATTACH DATABASE '{tmp}/other.sqlite3' AS other",
        "ATTACH DATABASE ':memory:' AS other",
        "INSERT INTO store_version (version) VALUES (99)",
        "DELETE FROM report",
        "CREATE TEMP TABLE scratch (x)",
    ],
)
def test_a_serving_sqlite_connection_cannot_attach_or_write(loaded_url: str, tmp_path: Path, statement: str):
    if not loaded_url.startswith("sqlite"):
        pytest.skip("SQLite's authorizer")
    engine = make_engine(loaded_url, read_only=True, pool_size=1)
    try:
        with engine.connect() as connection, pytest.raises(DatabaseError, match=r"not authorized|readonly"):
            connection.execute(text(statement.format(tmp=tmp_path)))
        with engine.connect() as connection:
            assert connection.execute(text("SELECT count(*) FROM report")).scalar_one() >= 1
    finally:
        engine.dispose()


@pytest.mark.postgres
def test_the_postgresql_serving_role_cannot_write(loaded_url: str):
    if not loaded_url.startswith("postgresql"):
        pytest.skip("PostgreSQL's roles")
    owner = create_engine(loaded_url, poolclass=NullPool, isolation_level="AUTOCOMMIT")
    with owner.connect() as connection:
        # As psql runs it: one script, no parameters (its format('%I') is PostgreSQL's, not the driver's).
        driver: Any = connection.connection.driver_connection
        driver.execute(SCRIPT.read_text(encoding="utf-8"))
        password = uuid.uuid4().hex
        connection.exec_driver_sql(f"ALTER ROLE budget_reader PASSWORD '{password}'")
    owner.dispose()
    url = make_url(loaded_url).set(username="budget_reader", password=password)
    reader = make_engine(url.render_as_string(hide_password=False), read_only=True, pool_size=1)
    try:
        with reader.connect() as connection:
            assert connection.execute(text("SELECT count(*) FROM report")).scalar_one() >= 1
        for statement in WRITES:
            with reader.connect() as connection:
                connection.exec_driver_sql("SET TRANSACTION READ WRITE")
                with pytest.raises(ProgrammingError, match="permission denied"):
                    connection.exec_driver_sql(statement)
    finally:
        reader.dispose()
