"""An SQLite file built from the store's rows, for people who would rather run SQL than call the API.

It is built the same way whichever store serves the API (PostgreSQL or SQLite): the public tables are
created from the SQLModel metadata (columns, keys, indexes and vocabulary checks as the store declares
them) and the rows copied in primary-key order, so the file holds what the API serves and nothing of
the store's own machinery (search index, migration history, version counter).
"""

from __future__ import annotations

import os
import tempfile
from collections.abc import Iterable, Iterator, Sequence
from pathlib import Path
from typing import Any

from sqlalchemy import ColumnElement, Table, create_engine, select
from sqlalchemy.pool import NullPool
from sqlmodel import Session, SQLModel

from app.models import Report

CHUNK_ROWS = 1000
CHUNK_BYTES = 1 << 16
# The file format's "write version" byte: SQLite opens a file whose write version is above 2 read-only
# (sqlite.org/fileformat.html, "File format version numbers"); `VACUUM INTO` makes a writable copy.
WRITE_VERSION_OFFSET = 18
READ_ONLY = b"\x03"


def public_tables(row_tables: Iterable[Any]) -> list[Table]:
    """The report table and the store tables behind the given collections, parents before children."""
    models: tuple[Any, ...] = (Report, *row_tables)
    wanted = {model.__table__ for model in models}
    return [table for table in SQLModel.metadata.sorted_tables if table in wanted]


def _of_report(table: Table, report_id: str) -> ColumnElement[bool]:
    column = table.c.report_id if "report_id" in table.c else table.c.id  # the report table keys by id
    condition: ColumnElement[bool] = column == report_id
    return condition


def _copy(session: Session, target: Any, table: Table, report_id: str | None) -> None:
    query = select(table).order_by(*table.primary_key.columns)
    if report_id is not None:
        query = query.where(_of_report(table, report_id))
    result = session.execute(query.execution_options(yield_per=CHUNK_ROWS))
    for chunk in result.mappings().partitions():
        target.execute(table.insert(), [dict(row) for row in chunk])


def _fill(path: Path, session: Session, tables: Sequence[Table], report_id: str | None) -> None:
    engine = create_engine(f"sqlite:///{path}", poolclass=NullPool)
    try:
        SQLModel.metadata.create_all(engine, tables=tables)
        with engine.begin() as target:
            for table in tables:
                _copy(session, target, table, report_id)
        with engine.connect() as connection:
            connection.exec_driver_sql("VACUUM")  # compact, and the same bytes for the same rows
    finally:
        engine.dispose()


def _mark_read_only(path: Path) -> None:
    with path.open("r+b") as file:
        file.seek(WRITE_VERSION_OFFSET)
        file.write(READ_ONLY)


def build_sqlite(session: Session, tables: Sequence[Table], *, report_id: str | None = None) -> Path:
    """A new read-only SQLite file in the temporary directory holding the tables' rows (of one report, or
    all). The caller owns the file and removes it."""
    handle, name = tempfile.mkstemp(prefix="bpr-", suffix=".sqlite3")
    os.close(handle)
    path = Path(name)
    try:
        _fill(path, session, tables, report_id)
        _mark_read_only(path)
    except BaseException:
        path.unlink(missing_ok=True)
        raise
    return path


def read_and_remove(path: Path) -> Iterator[bytes]:
    """The file's bytes in chunks, for a streamed answer; the file is removed once read (or abandoned)."""
    try:
        with path.open("rb") as file:
            while chunk := file.read(CHUNK_BYTES):
                yield chunk
    finally:
        path.unlink(missing_ok=True)
