"""`budget-api publish FILE`: put a SQLite store written elsewhere in place of the one being served, safely.

Renaming a new file over the served one is atomic, but not enough on its own: the served file's write-ahead log
(`-wal`, `-shm`) stays at the path, and SQLite would read the old file's pages from it into the new one. So the
served file's log is checkpointed and emptied first, and the new file is switched out of WAL mode (its own log
folded in, none left beside it) before the rename. Serving workers notice the new file within
BPR_VERSION_CHECK_INTERVAL seconds and reopen it (app/store_file.py).
"""

from __future__ import annotations

import os
import sqlite3
from contextlib import closing
from pathlib import Path

from app.migrate import head_revision


class PublishError(Exception):
    pass


def publish(source: Path, target: Path) -> int:
    """Check `source` is a migrated store holding reports, then rename it over `target`; the number of reports."""
    if source.resolve() == target.resolve():
        raise PublishError("the file to publish is the served file; write the new store elsewhere first")
    reports = _prepare(source)
    if target.exists():
        _empty_log(target)
    try:
        os.replace(source, target)
    except OSError as error:
        raise PublishError(f"cannot rename it into place ({error.strerror}): write it on the same filesystem") from None
    return reports


def _prepare(source: Path) -> int:
    if not source.is_file():
        raise PublishError(f"{source} is not a file")
    head = head_revision()
    with closing(sqlite3.connect(source)) as connection:
        try:
            revision = connection.execute("SELECT version_num FROM alembic_version").fetchone()
            reports = int(connection.execute("SELECT count(*) FROM report").fetchone()[0])
        except sqlite3.DatabaseError as error:
            raise PublishError(f"{source} is not a store: {error}") from None
        if revision is None or revision[0] != head:
            raise PublishError(f"{source} is not migrated to {head}: run `budget-api ingest` on it first")
        if reports == 0:
            raise PublishError(f"{source} holds no report")
        connection.execute("PRAGMA journal_mode=DELETE")
    with source.open("rb") as file:
        os.fsync(file.fileno())
    return reports


def _empty_log(target: Path) -> None:
    with closing(sqlite3.connect(target, timeout=10)) as connection:
        busy = connection.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchone()[0]
    if busy:
        raise PublishError("the served store is busy (a long read or an ingest): try again")
