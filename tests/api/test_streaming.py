"""Exports: CSV or NDJSON without `limit` stream every matching row, read from the store a batch at a time,
passed through the HTTP layer unbuffered, with a strong ETag that conditional requests can use."""

from __future__ import annotations

import csv
import io
import json
from typing import Any

import anyio
import pytest
from fastapi.testclient import TestClient
from starlette.types import Message

from app import pagination
from app.api import responses
from tests.helpers import REPORT


def _csv(text: str) -> list[dict[str, str]]:
    return list(csv.DictReader(io.StringIO(text)))


def test_one_read_of_every_output_gets_every_row_of_every_report(client: TestClient) -> None:
    """What a pandas user does: one `read_csv` of the collection, no paging."""
    counted = client.get("/v1/outputs", params={"limit": 0, "facets": "report_id"}).json()["meta"]
    answer = client.get("/v1/outputs", params={"format": "csv"})
    assert answer.status_code == 200
    rows = _csv(answer.text)
    assert len(rows) == counted["total"] == int(answer.headers["x-total-count"])
    per_report: dict[str, int] = {}
    for row in rows:
        per_report[row["report_id"]] = per_report.get(row["report_id"], 0) + 1
    assert per_report == counted["facets"]["report_id"]
    assert per_report["a-75-623"] == 187
    assert len({(row["report_id"], row["id"]) for row in rows}) == len(rows)  # none repeated


def test_a_reports_outputs_as_one_csv(client: TestClient) -> None:
    answer = client.get(f"{REPORT}/outputs", params={"format": "csv"})
    rows = _csv(answer.text)
    assert len(rows) == 187
    last = client.get(f"{REPORT}/outputs", params={"offset": 186, "limit": 1}).json()["data"][0]
    assert (rows[0]["id"], rows[-1]["id"]) == ("1.1.o1", last["id"])
    assert answer.headers["x-total-count"] == "187"
    assert "link" not in answer.headers  # the whole set is not a page
    assert "content-length" not in answer.headers  # sent as it is read


def test_a_stream_is_the_same_bytes_as_one_page_holding_every_row(client: TestClient) -> None:
    streamed = client.get("/v1/outputs", params={"format": "csv"})
    paged = client.get("/v1/outputs", params={"format": "csv", "limit": 500})
    assert int(streamed.headers["x-total-count"]) <= 500
    assert streamed.text == paged.text


def test_accept_negotiation_streams_ndjson_too(client: TestClient) -> None:
    answer = client.get(f"{REPORT}/outputs", headers={"Accept": "application/x-ndjson"})
    assert answer.headers["content-type"] == "application/x-ndjson"
    rows = [json.loads(line) for line in answer.text.splitlines()]
    assert len(rows) == 187
    assert rows[0] == client.get(f"{REPORT}/outputs", params={"limit": 1}).json()["data"][0]


def test_an_explicit_limit_pages_an_export_as_before(client: TestClient) -> None:
    answer = client.get(f"{REPORT}/outputs", params={"format": "csv", "limit": 50, "offset": 150})
    rows = _csv(answer.text)
    assert len(rows) == 37
    assert rows[0]["id"] == client.get(f"{REPORT}/outputs", params={"offset": 150, "limit": 1}).json()["data"][0]["id"]
    assert 'rel="first"' in answer.headers["link"]
    assert "content-length" in answer.headers  # a page is buffered (and compressed) as before


def test_json_stays_paged_by_default(client: TestClient) -> None:
    body = client.get("/v1/outputs").json()
    assert (len(body["data"]), body["meta"]["limit"]) == (100, 100)
    assert body["meta"]["total"] > 100


def test_streams_filter_and_start_at_the_offset(client: TestClient) -> None:
    page = client.get(f"{REPORT}/outputs", params={"component": 2, "limit": 500}).json()
    streamed = _csv(client.get(f"{REPORT}/outputs", params={"component": 2, "offset": 10, "format": "csv"}).text)
    assert [row["id"] for row in streamed] == [row["id"] for row in page["data"][10:]]
    assert page["meta"]["total"] == 62


@pytest.mark.parametrize(
    ("path", "params"),
    [
        ("/v1/outputs", {}),
        (f"{REPORT}/checks", {}),
        ("/v1/missions", {}),
        ("/v1/search", {"q": "fuel"}),
        ("/v1/financial-categories", {"sort": "-variance_usd"}),
    ],
)
def test_batches_neither_skip_nor_repeat_a_row(
    client: TestClient, monkeypatch: pytest.MonkeyPatch, path: str, params: dict[str, str]
) -> None:
    """The same export read 500 rows at a time and 7 rows at a time is the same bytes."""
    whole = client.get(path, params={**params, "format": "ndjson"})
    assert whole.status_code == 200
    monkeypatch.setattr(responses, "STREAM_BATCH", 7)
    monkeypatch.setattr(pagination, "STREAM_BATCH", 7)
    assert client.get(path, params={**params, "format": "ndjson"}).text == whole.text
    total = client.get(path, params={**params, "limit": 0}).json()["meta"]["total"]
    assert len(whole.text.splitlines()) == total > 7


def _asgi_get(client: TestClient, path: str, query: str, headers: list[tuple[bytes, bytes]]) -> list[dict[str, Any]]:
    """Every ASGI message the app sends for one GET, as a server would see them."""
    messages: list[dict[str, Any]] = []
    scope = {
        "type": "http",
        "asgi": {"version": "3.0", "spec_version": "2.4"},
        "http_version": "1.1",
        "method": "GET",
        "scheme": "http",
        "path": path,
        "raw_path": path.encode(),
        "root_path": "",
        "query_string": query.encode(),
        "headers": [(b"host", b"testserver"), *headers],
        "server": ("testserver", 80),
        "client": ("testclient", 50000),
    }

    async def run() -> None:
        asked = False

        async def receive() -> Message:
            nonlocal asked
            if not asked:
                asked = True
                return {"type": "http.request", "body": b"", "more_body": False}
            await anyio.sleep_forever()
            raise AssertionError("unreachable")

        async def send(message: Message) -> None:
            messages.append(dict(message))

        await client.app(scope, receive, send)

    assert client.portal is not None
    client.portal.call(run)
    return messages


def test_an_export_leaves_the_server_batch_by_batch(client: TestClient, monkeypatch: pytest.MonkeyPatch) -> None:
    """Through every middleware, the body goes out in one message per batch: nothing holds the whole export."""
    monkeypatch.setattr(responses, "STREAM_BATCH", 20)
    messages = _asgi_get(client, f"{REPORT}/outputs", "format=csv", [])
    bodies = [m for m in messages if m["type"] == "http.response.body" and m.get("body")]
    assert len(bodies) == 1 + 10  # the header line, then 187 rows in batches of 20
    assert len(_csv(b"".join(m["body"] for m in bodies).decode())) == 187


def test_a_stream_answers_conditional_requests(client: TestClient) -> None:
    path = f"{REPORT}/outputs?format=csv"
    first = client.get(path)
    tag = first.headers["etag"]
    assert tag.endswith('-stream"')
    assert first.headers["cache-control"].startswith("public")
    again = client.get(path, headers={"If-None-Match": tag})
    assert (again.status_code, again.content, again.headers["etag"]) == (304, b"", tag)
    # A request naming an Origin gets the answer with CORS headers: another representation, another tag.
    origin = {"Origin": "https://example.org"}
    cors_tag = client.get(path, headers=origin).headers["etag"]
    assert cors_tag != tag
    cors = client.get(path, headers={**origin, "If-None-Match": cors_tag})
    assert (cors.status_code, cors.content, cors.headers["access-control-allow-origin"]) == (304, b"", "*")
    other = client.get(f"{REPORT}/outputs?format=csv&component=2")
    assert other.headers["etag"] != tag
    assert client.get(f"{REPORT}/outputs?format=csv&component=2", headers={"If-None-Match": tag}).status_code == 200


def test_a_stream_answers_head_without_a_body(client: TestClient) -> None:
    head = client.head(f"{REPORT}/outputs?format=ndjson")
    assert (head.status_code, head.content) == (200, b"")
    assert head.headers["x-total-count"] == "187"
    assert head.headers["etag"] == client.get(f"{REPORT}/outputs?format=ndjson").headers["etag"]


def test_a_bad_export_is_refused_before_anything_is_sent(client: TestClient) -> None:
    answer = client.get(f"{REPORT}/outputs", params={"format": "csv", "sort": "colour"})
    assert answer.status_code == 400
    assert answer.headers["content-type"] == "application/problem+json"
