"""Structured logging: one JSON line per request, carrying the request id the response echoes."""

from __future__ import annotations

import json
import logging
from collections.abc import Iterator

import pytest
from fastapi.testclient import TestClient

from app.log import JsonFormatter
from tests.helpers import logged


@pytest.fixture
def lines() -> Iterator[list[logging.LogRecord]]:
    with logged(logging.DEBUG) as records:
        yield records


def test_each_request_is_logged_with_its_id(client: TestClient, lines: list[logging.LogRecord]) -> None:
    response = client.get("/v1/reports/a-75-623/outputs/1.1.o1", headers={"X-Request-ID": "trace-42"})
    assert response.headers["X-Request-ID"] == "trace-42"
    [record] = [r for r in lines if r.getMessage() == "request"]
    line = json.loads(JsonFormatter().format(record))
    assert line["request_id"] == "trace-42"
    assert line["path"] == "/v1/reports/a-75-623/outputs/1.1.o1"
    assert line["status"] == 200


def test_an_unsafe_client_id_is_replaced(client: TestClient) -> None:
    response = client.get("/healthz", headers={"X-Request-ID": "bad id\twith spaces"})
    assert response.headers["X-Request-ID"] != "bad id\twith spaces"
    assert len(response.headers["X-Request-ID"]) == 32
