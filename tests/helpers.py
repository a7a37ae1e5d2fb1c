"""Small helpers shared by tests."""

from __future__ import annotations

import logging
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

from fastapi.testclient import TestClient

from app.log import logger

REPORT = "/v1/reports/a-75-623"


def get_data(client: TestClient, path: str, **params: Any) -> Any:
    response = client.get(path, params=params)
    assert response.status_code == 200, response.text
    return response.json()["data"]


def by_key(rows: list[dict[str, Any]], key: str = "slug") -> dict[str, dict[str, Any]]:
    return {row[key]: row for row in rows}


def replace_line(text: str, old: str, new: str) -> str:
    """A copy of the report with one printed line changed (the line must exist once)."""
    assert text.count(old) == 1, old
    return text.replace(old, new)


@contextmanager
def logged(level: int = logging.DEBUG) -> Iterator[list[logging.LogRecord]]:
    """The application's log records written meanwhile, at `level` and above."""
    records: list[logging.LogRecord] = []

    class Collect(logging.Handler):
        def emit(self, record: logging.LogRecord) -> None:
            records.append(record)

    handler = Collect(level)
    logger.addHandler(handler)
    try:
        yield records
    finally:
        logger.removeHandler(handler)
