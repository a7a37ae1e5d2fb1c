"""The SQLite file a server reads, watched so that a file replaced or deleted under it is noticed.

Open connections keep reading the file they opened, even after another is renamed over it or it is deleted. The
version check (app/version.py) asks `changed()` at most once per interval: the file's device and inode tell a new
file from the old one, and when they differ the serving engines are disposed, so the next connections open
whatever is at the path now, or fail (503) when nothing is.
"""

from __future__ import annotations

import os
from pathlib import Path

from sqlalchemy.engine import make_url

from app.db import is_sqlite

MISSING = (
    "The store file is missing (deleted, or not yet published): run `budget-api ingest`, "
    "or publish one with `budget-api publish FILE`"
)


class StoreFile:
    def __init__(self, path: Path) -> None:
        self.path = path
        self.identity = self._identity()
        # How many times the file at the path has changed: the content version counts ingests into one file, so a
        # new file starts a count of its own, and the generation keeps the two apart.
        self.generation = 0

    def _identity(self) -> tuple[int, int] | None:
        try:
            stat = os.stat(self.path)
        except OSError:
            return None
        return stat.st_dev, stat.st_ino

    def changed(self) -> bool:
        """True when the file at the path is another than at the last call (replaced, deleted or put back)."""
        identity = self._identity()
        if identity == self.identity:
            return False
        self.identity = identity
        self.generation += 1
        return True

    @property
    def missing(self) -> bool:
        return self.identity is None


def store_file_for(url: str) -> StoreFile | None:
    """The file behind a SQLite URL; None for PostgreSQL or an in-memory store."""
    if not is_sqlite(url):
        return None
    database = make_url(url).database
    return StoreFile(Path(database)) if database and database != ":memory:" else None
