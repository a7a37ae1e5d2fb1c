"""`fields=`: the columns of a collection's rows, chosen on JSON, CSV and NDJSON, in the order given."""

from __future__ import annotations

import csv
import io
import json

import pytest
from fastapi.testclient import TestClient

from app.api.v1 import COLLECTIONS
from tests.helpers import REPORT

SOURCE_COLUMNS = ["source_section", "source_paragraph", "source_first_line", "source_last_line"]


def test_json_rows_carry_only_the_chosen_keys_in_order(client: TestClient) -> None:
    body = client.get(f"{REPORT}/financial-categories", params={"fields": "expenditure_usd,slug", "limit": 500}).json()
    assert all(list(row) == ["expenditure_usd", "slug"] for row in body["data"])
    air = next(row for row in body["data"] if row["slug"] == "air-operations")
    assert air == {"expenditure_usd": 122753800, "slug": "air-operations"}
    assert body["meta"]["total"] == len(body["data"]) == 29
    assert "fields=expenditure_usd%2Cslug" in body["links"]["next" if body["links"]["next"] else "self"]


def test_csv_header_follows_the_order_given_and_nested_objects_come_whole(client: TestClient) -> None:
    answer = client.get(
        f"{REPORT}/financial-categories", params={"fields": "expenditure_usd,source,slug", "format": "csv"}
    )
    rows = list(csv.reader(io.StringIO(answer.text)))
    assert rows[0] == ["expenditure_usd", *SOURCE_COLUMNS, "slug"]
    full = client.get(f"{REPORT}/financial-categories/air-operations").json()["data"]
    air = next(row for row in rows[1:] if row[-1] == "air-operations")
    assert air == [
        "122753800",
        *(str(full["source"][k.removeprefix("source_")] or "") for k in SOURCE_COLUMNS),
        air[-1],
    ]
    assert len(rows) == 1 + 29


def test_ndjson_and_nested_objects(client: TestClient) -> None:
    answer = client.get(f"{REPORT}/outputs", params={"fields": "id,completed,status", "format": "ndjson"})
    rows = [json.loads(line) for line in answer.text.splitlines()]
    assert len(rows) == 187
    assert all(list(row) == ["id", "completed", "status"] for row in rows)
    whole = client.get(f"{REPORT}/outputs", params={"limit": 1}).json()["data"][0]
    assert rows[0] == {"id": whole["id"], "completed": whole["completed"], "status": whole["status"]}


def test_fields_work_across_reports_on_search_and_on_missions(client: TestClient) -> None:
    across = client.get("/v1/outputs", params={"fields": "report_id,id", "format": "csv", "limit": 2})
    assert across.text.splitlines() == ["report_id,id", "a-75-623,1.1.o1", "a-75-623,1.1.o2"]
    minusma = next(
        m
        for m in client.get("/v1/missions", params={"fields": "code,report_count"}).json()["data"]
        if m["code"] == "MINUSMA"
    )
    assert minusma == {"code": "MINUSMA", "report_count": 2}
    hits = client.get("/v1/search", params={"q": "fuel", "fields": "type,id", "limit": 3}).json()["data"]
    assert len(hits) == 3
    assert all(set(hit) == {"type", "id"} for hit in hits)


@pytest.mark.parametrize("path", ["/v1/reports/a-75-623/outputs", "/v1/missions", "/v1/search?q=fuel"])
def test_an_unknown_field_is_a_problem_naming_the_allowed_ones(client: TestClient, path: str) -> None:
    answer = client.get(path + ("&" if "?" in path else "?") + "fields=colour")
    assert answer.status_code == 422
    assert answer.headers["content-type"] == "application/problem+json"
    problem = answer.json()
    assert problem["invalid_params"] == [{"name": "fields", "reason": "unknown field 'colour'"}]
    assert "Allowed: " in problem["detail"]
    assert "colour" not in problem["detail"].split("Allowed: ")[1]


def test_every_collection_documents_fields(client: TestClient) -> None:
    paths = client.get("/openapi.json").json()["paths"]
    for spec in COLLECTIONS:
        parameters = {p["name"]: p for p in paths["/v1/" + spec.url_path]["get"]["parameters"]}
        assert "partial representation" in parameters["fields"]["description"]
    allowed = client.get(f"{REPORT}/variances", params={"fields": "nope"}).json()["detail"].split("Allowed: ")[1]
    assert allowed.split(", ")[:2] == ["source", "citation"]
