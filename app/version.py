"""The store's content version as a serving worker sees it: read at most once per `interval` seconds.

Ingest bumps the version in the transaction that writes a report, so an answer cached under the version a
worker last read is at most `interval` seconds behind the store (plus the time to render it).
"""

from __future__ import annotations

import asyncio
import time

import anyio
from sqlalchemy import select
from sqlalchemy.engine import Engine
from sqlalchemy.exc import SQLAlchemyError
from sqlmodel import col

from app.models import StoreVersion


class ContentVersion:
    def __init__(self, engine: Engine, *, interval: float) -> None:
        self.engine = engine
        self.interval = interval
        self._value: int | None = None
        self._checked = -float("inf")
        self._lock: asyncio.Lock | None = None

    async def current(self) -> int | None:
        """The version, or None while the store cannot say (then nothing is cached or served from cache)."""
        if time.monotonic() - self._checked < self.interval:
            return self._value
        if self._lock is None:  # created in the serving loop
            self._lock = asyncio.Lock()
        async with self._lock:
            if time.monotonic() - self._checked >= self.interval:
                self._value = await anyio.to_thread.run_sync(self._read)
                self._checked = time.monotonic()
        return self._value

    def _read(self) -> int | None:
        try:
            with self.engine.connect() as connection:
                version = connection.execute(select(col(StoreVersion.version))).scalar_one_or_none()
        except SQLAlchemyError:
            return None
        return None if version is None else int(version)
