"""Engines and sessions. Serving uses a read-only connection; only the loader and Alembic write."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from sqlalchemy import event
from sqlalchemy.engine import Engine, make_url
from sqlmodel import Session, create_engine


def is_sqlite(url: str) -> bool:
    return url.startswith("sqlite")


def make_engine(
    url: str,
    *,
    read_only: bool = False,
    pool_size: int | None = None,
    pool_timeout: float = 30,
    statement_timeout_ms: int = 0,
) -> Engine:
    """An engine; a serving engine gets a fixed pool of `pool_size` connections and no overflow, and on PostgreSQL
    its statements are cancelled after `statement_timeout_ms` (0: never)."""
    connect_args: dict[str, Any] = {}
    options: dict[str, Any] = {}
    if is_sqlite(url):
        connect_args["check_same_thread"] = False
        database = make_url(url).database
        if database and database != ":memory:":
            Path(database).parent.mkdir(parents=True, exist_ok=True)
            if read_only:
                # SQLite's own read-only mode: the serving process cannot write even by mistake.
                url = f"sqlite:///file:{database}?mode=ro&uri=true"
    elif read_only:
        connect_args["options"] = f"-c default_transaction_read_only=on -c statement_timeout={statement_timeout_ms}"
        # One snapshot per request: a list's count, rows and facets never straddle an ingest.
        options["isolation_level"] = "REPEATABLE READ"
    if pool_size is not None and make_url(url).database not in (None, "", ":memory:"):
        options.update(pool_size=pool_size, max_overflow=0, pool_timeout=pool_timeout)
    engine = create_engine(url, connect_args=connect_args, pool_pre_ping=not is_sqlite(url), **options)
    if is_sqlite(url):
        event.listen(engine, "connect", _sqlite_pragmas)
        if read_only:
            # mode=ro still lets a statement ATTACH another file (and write to it): an authorizer refuses that
            # and any write, whatever SQL reaches the connection.
            event.listen(engine, "connect", _refuse_writes)
            # The sqlite3 module opens no transaction for a SELECT, so each statement would see its own
            # snapshot; an explicit BEGIN gives a request one snapshot (SQLAlchemy's pysqlite recipe).
            event.listen(engine, "connect", _driver_transactions_off)
            event.listen(engine, "begin", _begin)
    return engine


def _sqlite_pragmas(dbapi_connection: Any, _record: Any) -> None:
    cursor = dbapi_connection.cursor()
    # WAL lets readers keep their snapshot while a re-ingest commits; foreign keys are off by default in SQLite.
    try:
        cursor.execute("PRAGMA journal_mode=WAL")
    except Exception:  # read-only handles cannot change the journal mode; the writer already set it
        pass
    cursor.execute("PRAGMA foreign_keys=ON")
    # A small page cache per connection: answers are cached above the store, and a serving pool holds many.
    cursor.execute("PRAGMA cache_size=-512")
    cursor.close()


# What a serving connection may not do: attach or detach a database, or change anything.
_REFUSED = frozenset(
    getattr(sqlite3, name)
    for name in dir(sqlite3)
    if name.startswith(("SQLITE_CREATE_", "SQLITE_DROP_", "SQLITE_ALTER_"))
    or name in ("SQLITE_ATTACH", "SQLITE_DETACH", "SQLITE_INSERT", "SQLITE_UPDATE", "SQLITE_DELETE")
)


def _read_only_authorizer(action: int, table: str | None, *_args: Any) -> int:
    # FTS5 prepares an update of sqlite_master when it opens its table (it never runs it on a read): allowed,
    # since mode=ro refuses the write itself.
    if action == sqlite3.SQLITE_UPDATE and table == "sqlite_master":
        return sqlite3.SQLITE_OK
    return sqlite3.SQLITE_DENY if action in _REFUSED else sqlite3.SQLITE_OK


def _refuse_writes(dbapi_connection: Any, _record: Any) -> None:
    dbapi_connection.set_authorizer(_read_only_authorizer)


def _driver_transactions_off(dbapi_connection: Any, _record: Any) -> None:
    dbapi_connection.isolation_level = None


def _begin(connection: Any) -> None:
    connection.exec_driver_sql("BEGIN")


def session_scope(engine: Engine) -> Iterator[Session]:
    with Session(engine) as session:
        yield session
