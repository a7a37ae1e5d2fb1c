"""Outages answered honestly: a store that is down, refusing, or not migrated answers 503 problem+json with
Retry-After on data routes, /readyz says why, the outage is logged once rather than per request, and an
unexpected error answers 500 once without closing the connection."""

from __future__ import annotations

import logging
import sqlite3
from collections.abc import Iterator
from pathlib import Path

import pytest
from fastapi.testclient import TestClient

from app.main import create_app
from app.settings import Settings
from tests.helpers import logged


@pytest.fixture
def warnings() -> Iterator[list[logging.LogRecord]]:
    with logged(logging.WARNING) as records:
        yield records


def _client(url: str) -> TestClient:
    return TestClient(create_app(Settings.model_validate({"DATABASE_URL": url, "BPR_POOL_TIMEOUT": 2})))


def _assert_503(response) -> None:
    assert response.status_code == 503, response.text
    assert response.headers["content-type"] == "application/problem+json"
    assert response.headers["retry-after"] == "1"
    assert response.json()["status"] == 503


DATA_PATHS = ["/v1/reports", "/v1/reports/a-75-623", "/v1/reports/a-75-623/outputs?q=patrol", "/v1/search?q=fuel"]


@pytest.mark.postgres
def test_an_unreachable_postgresql_answers_503_logged_once(warnings):
    # Nothing listens on port 9: connecting is refused, as with a stopped server.
    with _client("postgresql+psycopg://postgres@127.0.0.1:9/budget") as client:
        for _ in range(3):
            for path in DATA_PATHS:
                _assert_503(client.get(path))
        ready = client.get("/readyz")
        assert ready.status_code == 503
        assert "not reachable" in ready.json()["detail"]
    outage = [r for r in warnings if r.getMessage().startswith("store unavailable")]
    assert len(outage) == 1
    assert not any(r.exc_info for r in warnings)


def test_a_missing_sqlite_file_answers_503(tmp_path: Path, warnings):
    with _client(f"sqlite:///{tmp_path / 'absent.sqlite3'}") as client:
        for path in DATA_PATHS:
            _assert_503(client.get(path))
        assert client.get("/readyz").status_code == 503
    assert len([r for r in warnings if r.getMessage().startswith("store unavailable")]) == 1


def test_an_unmigrated_store_answers_503_and_readyz_says_why(tmp_path: Path):
    path = tmp_path / "empty.sqlite3"
    sqlite3.connect(path).close()
    with _client(f"sqlite:///{path}") as client:
        for data_path in DATA_PATHS:
            _assert_503(client.get(data_path))
        ready = client.get("/readyz")
        assert ready.status_code == 503
        assert "not migrated" in ready.json()["detail"]


def test_an_empty_store_is_not_ready_but_answers(empty_store):
    with _client(str(empty_store.url)) as client:
        ready = client.get("/readyz")
        assert ready.status_code == 503
        assert "no report" in ready.json()["detail"]
        assert client.get("/v1/reports").json()["data"] == []
        assert client.get("/v1/reports/a-75-623").status_code == 404
        assert client.get("/v1/search?q=fuel").status_code < 500


def test_an_unexpected_error_answers_500_once_and_keeps_the_connection(loaded_url: str, warnings):
    app = create_app(Settings.model_validate({"DATABASE_URL": loaded_url}))

    @app.get("/broken")
    def _broken() -> None:
        raise RuntimeError("boom")

    # The test client re-raises what reaches the server: the error must stop at the app.
    with TestClient(app, raise_server_exceptions=True) as client:
        response = client.get("/broken")
        assert response.status_code == 500
        assert response.headers["content-type"] == "application/problem+json"
        assert response.headers.get("connection") != "close"
    assert len([r for r in warnings if r.exc_info]) == 1
