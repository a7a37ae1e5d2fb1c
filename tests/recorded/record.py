"""Record every served answer for the bundled report on both stores, before a refactor:
`python -m tests.recorded.record [POSTGRES_ADMIN_URL]`."""

from __future__ import annotations

import sys
import tempfile
import uuid
from pathlib import Path

from fastapi.testclient import TestClient
from sqlalchemy import create_engine, text

from app.db import make_engine
from app.main import create_app
from app.migrate import migrate
from app.settings import Settings
from seed.load import bundled_manifests, ingest_source, read_or_refuse
from tests.recorded.walk import walk, write_recording


def record(store: str, url: str) -> None:
    migrate(url)
    engine = make_engine(url)
    # A/75/623 alone, as the test serves it (lists and search span every loaded report).
    for manifest, path in bundled_manifests():
        if manifest.symbol == "A/75/623":
            ingest_source(engine, read_or_refuse(path), symbol=manifest.symbol, manifest=manifest)
    engine.dispose()
    with TestClient(create_app(Settings.model_validate({"DATABASE_URL": url}))) as client:
        write_recording(store, walk(client))


def main() -> None:
    admin_url = sys.argv[1] if len(sys.argv) > 1 else "postgresql+psycopg://postgres@127.0.0.1:5432/test"
    with tempfile.TemporaryDirectory() as tmp:
        record("sqlite", f"sqlite:///{Path(tmp) / 'store.sqlite3'}")
    name = f"bpr_record_{uuid.uuid4().hex[:8]}"
    admin = create_engine(admin_url, isolation_level="AUTOCOMMIT")
    with admin.connect() as conn:
        conn.execute(text(f'CREATE DATABASE "{name}"'))
    try:
        record("postgresql", admin_url.rsplit("/", 1)[0] + f"/{name}")
    finally:
        with admin.connect() as conn:
            conn.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
        admin.dispose()


if __name__ == "__main__":
    main()
