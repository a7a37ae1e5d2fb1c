"""The store's content version as a serving worker sees it: read at most once per `interval` seconds.

Ingest bumps the version in the transaction that writes a report, so an answer cached under the version a
worker last read is at most `interval` seconds behind the store (plus the time to render it). On SQLite the same
check notices a store file replaced or deleted under the server (app/store_file.py) and reopens it.
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
from app.outage import StoreHealth
from app.store_file import MISSING, StoreFile


class ContentVersion:
    def __init__(
        self,
        engine: Engine,
        *,
        interval: float,
        health: StoreHealth | None = None,
        store_file: StoreFile | None = None,
        serving: Engine | None = None,
    ) -> None:
        self.engine = engine
        self.store_file = store_file
        # Engines whose connections hold the store file open: disposed when another file takes its place.
        self.engines = [engine] if serving is None else [engine, serving]
        self.health = health or StoreHealth()
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
        if self.store_file is not None:
            if self.store_file.changed():
                for engine in self.engines:
                    engine.dispose()
            if self.store_file.missing:
                self.health.failed(FileNotFoundError(MISSING))
                return None
        try:
            with self.engine.connect() as connection:
                version = connection.execute(select(col(StoreVersion.version))).scalar_one_or_none()
        except SQLAlchemyError as error:
            self.health.failed(error)
            return None
        self.health.recovered()
        if version is None:
            return None
        generation = 0 if self.store_file is None else self.store_file.generation
        return (generation << 32) | int(version)  # a replaced file's versions never equal the old file's
