"""Every served answer for the bundled A/75/623, walked the way a client would: each collection page by page,
each resource by id, each format, the facets and a few searches. Recorded before a refactor and compared after,
so a refactor is proven to change no served byte (see `tests/recorded/test_recorded.py`)."""

from __future__ import annotations

import gzip
import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from fastapi.testclient import TestClient

HERE = Path(__file__).resolve().parent
REPORT = "/v1/reports/a-75-623"

# Collections of the report, with the key that names a row's own path where it has one.
COLLECTIONS: dict[str, str | None] = {
    "financial-categories": "slug",
    "staffing": None,
    "components": "number",
    "expected-accomplishments": "id",
    "indicators": "id",
    "outputs": "id",
    "covid-annotations": None,
    "variances": "slug",
    "paragraphs": "number",
    "follow-up": None,
    "redeployments": None,
    "other-revenue": None,
    "contingent-owned-equipment": None,
    "mission-factors": None,
    "non-budgeted-contributions": None,
    "checks": None,
}
FACETS = {
    "financial-categories": "group,level,value_status",
    "staffing": "group,level",
    "outputs": "status,direction,component,covid_affected",
    "indicators": "achieved,component",
    "covid-annotations": "impact,target_type",
    "checks": "passed,unit",
}
SEARCHES = ("unmanned aerial vehicles", "fuel", '"protection of civilians"', "COVID-19 -pandemic", "rations or water")
SINGLES = (
    "/",
    "/healthz",
    "/readyz",
    "/v1/reports",
    REPORT,
    f"{REPORT}/summary",
    f"{REPORT}/source",
    f"{REPORT}/financial-categories?format=csv",
    f"{REPORT}/outputs?format=csv&limit=500",
    f"{REPORT}/outputs?format=ndjson&limit=500",
    f"{REPORT}/outputs?component=2&limit=50&sort=-completion_ratio",
    f"{REPORT}/staffing?format=csv",
    f"{REPORT}/checks?format=ndjson",
    f"{REPORT}/nope",
    f"{REPORT}/outputs/9.9.o9",
    f"{REPORT}/outputs?limit=0",
    f"{REPORT}/outputs?bogus=1",
)


def _volatile(body: Any) -> Any:
    """The load time is the one field that differs between two loads of the same text."""
    if isinstance(body, dict):
        return {k: ("<loaded_at>" if k == "loaded_at" else _volatile(v)) for k, v in body.items()}
    if isinstance(body, list):
        return [_volatile(v) for v in body]
    return body


def _answer(client: TestClient, path: str) -> dict[str, Any]:
    response = client.get(path)
    kind = response.headers.get("content-type", "")
    body: Any = response.json() if "json" in kind and "ndjson" not in kind else response.text
    return {"status": response.status_code, "content_type": kind, "body": _volatile(body)}


def _pages(client: TestClient, path: str) -> Iterator[tuple[str, dict[str, Any]]]:
    url: str | None = path
    while url:
        relative = url.removeprefix("http://testserver")
        answer = _answer(client, relative)
        yield relative, answer
        url = answer["body"]["links"]["next"] if answer["status"] == 200 else None


def walk(client: TestClient) -> dict[str, dict[str, Any]]:
    answers: dict[str, dict[str, Any]] = {}
    for path in SINGLES:
        answers[path] = _answer(client, path)
    for name, key in COLLECTIONS.items():
        base = f"{REPORT}/{name}"
        for limit in (100, 7):
            for relative, answer in _pages(client, f"{base}?limit={limit}"):
                answers[relative] = answer
                if key is None or limit != 100:
                    continue
                for row in answer["body"]["data"]:
                    detail = f"{base}/{row[key]}"
                    answers[detail] = _answer(client, detail)
        if name in FACETS:
            faceted = f"{base}?facets={FACETS[name]}&limit=1"
            answers[faceted] = _answer(client, faceted)
    for query in SEARCHES:
        for relative, answer in _pages(client, f"/v1/search?q={query}&limit=20"):
            answers[relative] = answer
    return answers


def recording(store: str) -> Path:
    """One recording per store: search ranks (FTS5 and tsvector) legitimately differ between them."""
    return HERE / f"a_75_623.{store}.json.gz"


def read_recording(store: str) -> dict[str, dict[str, Any]]:
    recorded: dict[str, dict[str, Any]] = json.loads(gzip.decompress(recording(store).read_bytes()))
    return recorded


def write_recording(store: str, answers: dict[str, dict[str, Any]]) -> None:
    data = json.dumps(answers, ensure_ascii=False, sort_keys=True, indent=0).encode("utf-8")
    recording(store).write_bytes(gzip.compress(data, mtime=0))
