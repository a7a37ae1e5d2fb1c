"""Examples for the OpenAPI document, taken from real answers over the bundled reports (never typed by hand).

`make openapi` loads the bundled reports into a temporary SQLite store, calls every operation in-process, and
writes what each answered to app/openapi_examples.json, which app/openapi_document.py places in the document.
A collection's example is its first two rows in each media type; the source text, its first lines.
"""

from __future__ import annotations

import json
import re
import tempfile
from pathlib import Path
from typing import Any

from fastapi.testclient import TestClient

from app.db import make_engine
from app.main import create_app
from app.migrate import migrate
from app.openapi_document import EXAMPLES, PROBLEM, ROW_MEDIA, is_collection
from app.settings import Settings

TARGET = Path(__file__).resolve().parent / EXAMPLES
BASE_URL = "http://127.0.0.1:8000"  # where `make serve` answers, so example URLs work on a local copy
ROWS = 2
SCANNED = 50
SOURCE_LINES = 12
_PARAM = re.compile(r"\{(\w+)\}")
# When a report was loaded (`loaded_at`) is the one value that differs between two loads of the same reports.
LOAD_TIME = re.compile(r"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(\.\d+)?Z")


def untimed(text: str) -> str:
    return LOAD_TIME.sub("<loaded_at>", text)


def _client(database_url: str) -> TestClient:
    settings = Settings.model_validate({"DATABASE_URL": database_url, "LOG_LEVEL": "warning"})
    return TestClient(create_app(settings), base_url=BASE_URL)


class _Paths:
    """Fills an operation's path with values read from the store: the first report (newest first) whose
    collection has rows, then the first row of the collection an item belongs to (its key is the field named as
    the parameter, else `id`)."""

    def __init__(self, client: TestClient) -> None:
        self.client = client
        self.reports = [row["id"] for row in self._rows("/v1/reports", limit=500)]

    def _rows(self, path: str, *, limit: int = 1, params: dict[str, str] | None = None) -> list[dict[str, Any]]:
        answer = self.client.get(path, params={**(params or {}), "limit": limit})
        answer.raise_for_status()
        rows: list[dict[str, Any]] = answer.json()["data"]
        return rows

    def fill(self, template: str, *, collection: bool, params: dict[str, str] | None = None) -> str:
        for report_id in self.reports:
            path = template.replace("{report_id}", report_id)
            match = _PARAM.search(path)
            if match is None and not collection:
                return path
            rows = self._rows(path, params=params) if match is None else self._rows(path[: match.start()].rstrip("/"))
            if rows and match is None:
                return path
            if rows and match is not None:
                key = rows[0].get(match.group(1), rows[0].get("id"))
                return path.replace(match.group(0), str(key).lower())
        raise LookupError(f"no bundled report has rows for {template}")

    def query(self, operation: dict[str, Any]) -> dict[str, str]:
        """Required query parameters: only search's `q`, asked for the longest word of the first output's text."""
        required = [p["name"] for p in operation.get("parameters", []) if p["in"] == "query" and p.get("required")]
        if not required:
            return {}
        outputs = self.fill("/v1/reports/{report_id}/outputs", collection=True)
        word = max(re.findall(r"[A-Za-z]+", self._rows(outputs)[0]["planned_text"]), key=len)
        return dict.fromkeys(required, word)


def _smallest_page(client: TestClient, path: str, params: dict[str, str]) -> dict[str, str]:
    """The page of ROWS rows, among the first ones, that is the shortest to read (a printed table can run to
    thousands of cells: the document shows the shape, not the biggest row)."""
    rows = client.get(path, params={**params, "limit": str(SCANNED)}).json()["data"]
    sizes = [len(json.dumps(row)) for row in rows]
    starts = range(max(len(rows) - ROWS + 1, 1))
    offset = min(starts, key=lambda start: sum(sizes[start : start + ROWS]))
    return {**params, "limit": str(ROWS), "offset": str(offset)}


def _success(client: TestClient, path: str, params: dict[str, str], operation: dict[str, Any]) -> dict[str, Any]:
    media = operation["responses"]["200"].get("content", {})
    if is_collection(operation):
        params = _smallest_page(client, path, params)
    examples: dict[str, Any] = {}
    if "application/json" in media:
        answer = client.get(path, params=params)
        answer.raise_for_status()
        examples["application/json"] = answer.json()
    for kind, (media_type, _) in ROW_MEDIA.items():
        if media_type in media:
            examples[media_type] = client.get(path, params={**params, "format": kind.value}).text
    if "text/plain" in media:
        lines = client.get(path, params=params).text.splitlines(keepends=True)
        examples["text/plain"] = "".join(lines[:SOURCE_LINES])
    return examples


def _errors(client: TestClient, report_id: str, outage: TestClient) -> dict[str, Any]:
    """One real problem per error status, each provoked the way a client would."""
    answers = {
        "400": client.get("/v1/reports", params={"colour": "red"}),
        "404": client.get(f"/v1/reports/{report_id}/outputs/0.0.0"),
        "405": client.post("/v1/reports"),
        "422": client.get("/v1/reports", params={"offset": "-1"}),
        "503": outage.get("/v1/reports"),
    }
    for status, answer in answers.items():
        if str(answer.status_code) != status or answer.headers["content-type"] != PROBLEM:
            raise RuntimeError(f"expected a {status} problem, got {answer.status_code}: {answer.text[:200]}")
    return {status: answer.json() for status, answer in answers.items()}


def collect(client: TestClient, outage: TestClient) -> dict[str, Any]:
    """Every operation's examples from `client` (a loaded store), and the 503 from `outage` (a missing one)."""
    paths = _Paths(client)
    operations: dict[str, Any] = {}
    for template, item in client.get("/openapi.json").json()["paths"].items():
        for operation in item.values():
            params = paths.query(operation)
            path = paths.fill(template, collection=is_collection(operation), params=params)
            operations[operation["operationId"]] = _success(client, path, params, operation)
    return {
        "operations": dict(sorted(operations.items())),
        "errors": _errors(client, paths.reports[0], outage),
    }


def render(examples: dict[str, Any]) -> str:
    return json.dumps(examples, indent=1, ensure_ascii=False, sort_keys=True) + "\n"


def generate() -> dict[str, Any]:
    """Load the bundled reports into a temporary store and collect the examples from it."""
    from seed.load import ingest_bundled  # the loader is needed only here, not by the serving app

    with tempfile.TemporaryDirectory() as tmp:
        url = f"sqlite:///{Path(tmp) / 'examples.sqlite3'}"
        migrate(url)
        engine = make_engine(url)
        ingest_bundled(engine)
        engine.dispose()
        missing = f"sqlite:///{Path(tmp) / 'missing.sqlite3'}"
        with _client(url) as client, _client(missing) as outage:
            return collect(client, outage)


def write(target: Path = TARGET) -> None:
    text = render(generate())
    # Examples that differ only by their load times are left as committed, so a regeneration adds no noise.
    if target.exists() and untimed(target.read_text(encoding="utf-8")) == untimed(text):
        return
    target.write_text(text, encoding="utf-8")
