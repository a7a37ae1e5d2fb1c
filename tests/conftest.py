"""Test stores: every store-touching test runs against SQLite and PostgreSQL.

Each store is built once per session with the real migrations and loader, then shared
read-only. Tests that write get their own fresh store from `empty_store`.
"""

from __future__ import annotations

import os
import uuid
from collections.abc import Iterator
from pathlib import Path

import pytest
from fastapi.testclient import TestClient
from sqlalchemy import create_engine, text
from sqlalchemy.engine import Connection, Engine
from sqlalchemy.pool import NullPool

from app.db import make_engine
from app.main import create_app
from app.migrate import migrate
from app.settings import Settings
from seed.load import ingest_bundled

POSTGRES_ADMIN_URL = os.environ.get("BPR_TEST_POSTGRES_URL", "postgresql+psycopg://postgres@127.0.0.1:5432/test")
STORES = [s for s in os.environ.get("BPR_TEST_STORES", "sqlite,postgresql").split(",") if s]
SOURCE = Path(__file__).resolve().parent.parent / "seed" / "source" / "A-75-623.txt"


@pytest.fixture(scope="session")
def report_text() -> str:
    return SOURCE.read_text(encoding="utf-8")


class StoreFactory:
    """Creates empty, migrated databases of one kind and drops them at the end."""

    def __init__(self, kind: str, tmp: Path) -> None:
        self.kind = kind
        self.tmp = tmp
        self.databases: list[str] = []

    def create(self) -> str:
        if self.kind == "sqlite":
            url = f"sqlite:///{self.tmp / f'store-{uuid.uuid4().hex[:8]}.sqlite3'}"
        else:
            name = f"bpr_test_{uuid.uuid4().hex[:12]}"
            with _admin().connect() as conn:
                conn.execute(text(f'CREATE DATABASE "{name}"'))
            self.databases.append(name)
            url = POSTGRES_ADMIN_URL.rsplit("/", 1)[0] + f"/{name}"
        migrate(url)
        return url

    def drop_all(self) -> None:
        if not self.databases:
            return
        with _admin().connect() as conn:
            for name in self.databases:
                conn.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))


class _admin:
    """A short-lived autocommit connection to the PostgreSQL admin database (CREATE/DROP DATABASE)."""

    def __init__(self) -> None:
        self.engine = create_engine(POSTGRES_ADMIN_URL, isolation_level="AUTOCOMMIT", poolclass=NullPool)

    def connect(self) -> Connection:
        return self.engine.connect()


@pytest.fixture(
    scope="session",
    params=[pytest.param(kind, marks=[pytest.mark.postgres] if kind == "postgresql" else []) for kind in STORES],
)
def stores(request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory) -> Iterator[StoreFactory]:
    factory = StoreFactory(request.param, tmp_path_factory.mktemp(request.param))
    yield factory
    factory.drop_all()


@pytest.fixture(scope="session")
def loaded_url(stores: StoreFactory) -> str:
    """A store holding the bundled report, shared by read-only tests."""
    url = stores.create()
    engine = make_engine(url)
    ingest_bundled(engine)
    engine.dispose()
    return url


@pytest.fixture
def empty_store(stores: StoreFactory) -> Iterator[Engine]:
    """A fresh migrated store of the current kind, writable, for loader tests."""
    engine = make_engine(stores.create())
    yield engine
    engine.dispose()


@pytest.fixture(scope="session")
def client(loaded_url: str) -> Iterator[TestClient]:
    app = create_app(Settings.model_validate({"DATABASE_URL": loaded_url}))
    with TestClient(app) as test_client:
        yield test_client
