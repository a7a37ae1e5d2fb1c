"""The contract's promises, swept over every route the app serves."""

from __future__ import annotations

import csv
import io
import json

import pytest

from app.api.v1 import COLLECTIONS as SPECS
from tests.helpers import REPORT

COLLECTIONS = sorted("/v1/" + spec.url_path for spec in SPECS)
ITEMS = [f"{REPORT}/financial-categories/air-operations", REPORT, f"{REPORT}/summary"]
BUNDLED = ("a-75-623", "a-80-590", "a-80-596")


def _with_rows(client, template: str) -> str:
    """The collection's path for the first bundled report that prints its table (not every report has all)."""
    for report_id in BUNDLED:
        path = template.replace("{report_id}", report_id)
        if client.get(path).json()["meta"]["total"] > 0:
            return path
    raise AssertionError(f"no bundled report has rows at {template}")


def test_every_collection_route_is_swept(client):
    """Every list operation the app documents is declared by a spec, so the sweeps below reach it."""
    paths = client.get("/openapi.json").json()["paths"]
    listed = sorted(
        path
        for path, item in paths.items()
        if item["get"]["operationId"].startswith("list_") and path not in ("/v1/search", "/v1/missions")
    )
    assert listed == COLLECTIONS
    assert "/v1/reports/{report_id}/financial-categories" in COLLECTIONS


@pytest.mark.parametrize("template", COLLECTIONS)
def test_collections_answer_the_envelope(client, template):
    path = _with_rows(client, template)
    body = client.get(path).json()
    assert set(body) == {"data", "meta", "links"}
    assert body["meta"]["limit"] == 100
    assert body["meta"]["offset"] == 0
    assert body["meta"]["total"] >= len(body["data"]) > 0
    assert body["links"]["self"].endswith(path)
    for row in body["data"]:
        if path != "/v1/reports":
            assert {"source", "citation"} <= set(row)


@pytest.mark.parametrize("path", ITEMS)
def test_single_resources_answer_data(client, path):
    body = client.get(path).json()
    assert set(body) == {"data"}


@pytest.mark.parametrize("template", COLLECTIONS)
def test_csv_and_ndjson_carry_the_same_rows(client, template):
    """Without `limit`, CSV and NDJSON carry every matching row; the JSON page is their beginning."""
    path = _with_rows(client, template)
    page = client.get(path).json()
    rows, total = page["data"], page["meta"]["total"]
    as_csv = client.get(path, params={"format": "csv"})
    assert as_csv.headers["content-type"].startswith("text/csv")
    parsed = list(csv.DictReader(io.StringIO(as_csv.text)))
    assert len(parsed) == total
    key = next(k for k in ("id", "slug", "name", "number", "index") if k in rows[0])
    assert [r[key] for r in parsed[: len(rows)]] == [str(r[key]) for r in rows]
    as_ndjson = client.get(path, params={"format": "ndjson"})
    assert as_ndjson.headers["content-type"] == "application/x-ndjson"
    lines = [json.loads(line) for line in as_ndjson.text.splitlines()]
    assert len(lines) == total
    assert lines[: len(rows)] == rows


def test_accept_header_selects_csv(client):
    response = client.get(f"{REPORT}/staffing", headers={"Accept": "text/csv"})
    assert response.headers["content-type"].startswith("text/csv")
    header = response.text.splitlines()[0].split(",")
    assert header[:3] == ["source_section", "source_paragraph", "source_first_line"] or "slug" in header


def test_pagination_links_and_link_header(client):
    first = client.get(f"{REPORT}/financial-categories", params={"limit": 10})
    body = first.json()
    assert len(body["data"]) == 10
    assert body["meta"]["total"] == 29
    assert body["links"]["prev"] is None
    links = body["links"]
    assert first.headers["link"] == (
        f'<{links["first"]}>; rel="first", <{links["next"]}>; rel="next", <{links["last"]}>; rel="last"'
    )
    second = client.get(body["links"]["next"]).json()
    assert second["data"][0]["position"] == 11
    assert second["links"]["prev"] is not None
    last = client.get(f"{REPORT}/financial-categories", params={"limit": 10, "offset": 20}).json()
    assert last["links"]["next"] is None
    assert len(last["data"]) == 9


@pytest.mark.parametrize(
    ("params", "status", "name"),
    [
        ({"colour": "red"}, 400, "colour"),
        ({"sort": "apportionment"}, 400, "sort"),
        ({"facets": "name"}, 400, "facets"),
        ({"limit": "-1"}, 422, "limit"),
        ({"limit": "501"}, 422, "limit"),
        ({"offset": "-1"}, 422, "offset"),
        ({"level": "grand"}, 422, "level"),
        ({"format": "xml"}, 422, "format"),
    ],
)
def test_bad_parameters_are_problems_naming_the_parameter(client, params, status, name):
    response = client.get(f"{REPORT}/financial-categories", params=params)
    assert response.status_code == status
    assert response.headers["content-type"] == "application/problem+json"
    problem = response.json()
    assert {"type", "title", "status", "detail"} <= set(problem)
    assert problem["status"] == status
    assert name in [p["name"] for p in problem["invalid_params"]]


def test_unknown_path_is_a_problem(client):
    response = client.get("/v1/nothing-here")
    assert response.status_code == 404
    assert response.headers["content-type"] == "application/problem+json"
    assert "/v1/nothing-here" in response.json()["detail"]


@pytest.mark.parametrize("method", ["POST", "PUT", "PATCH", "DELETE"])
def test_writes_answer_405_with_allow(client, method):
    response = client.request(method, f"{REPORT}/financial-categories")
    assert response.status_code == 405
    assert response.headers["allow"] == "GET, HEAD, OPTIONS"
    assert response.headers["content-type"] == "application/problem+json"


def test_head_and_options(client):
    assert client.head(f"{REPORT}/staffing").status_code == 200
    options = client.options(f"{REPORT}/staffing")
    assert options.status_code == 204
    assert options.headers["allow"] == "GET, HEAD, OPTIONS"


def test_strong_etag_and_304(client):
    first = client.get(f"{REPORT}/financial-categories")
    tag = first.headers["etag"]
    assert tag.startswith('"')
    assert first.headers["cache-control"].startswith("public, max-age=")
    again = client.get(f"{REPORT}/financial-categories", headers={"If-None-Match": tag})
    assert again.status_code == 304
    assert again.content == b""
    assert again.headers["etag"] == tag
    other = client.get(f"{REPORT}/financial-categories", params={"limit": 5}, headers={"If-None-Match": tag})
    assert other.status_code == 200


def test_gzip_when_accepted(client):
    response = client.get(f"{REPORT}/source", headers={"Accept-Encoding": "gzip"})
    assert response.headers["content-encoding"] == "gzip"
    plain = client.get(f"{REPORT}/source", headers={"Accept-Encoding": "identity"})
    assert "content-encoding" not in plain.headers


def test_cors_is_open_for_get(client):
    response = client.get(f"{REPORT}/summary", headers={"Origin": "https://dashboard.example"})
    assert response.headers["access-control-allow-origin"] == "*"
    preflight = client.options(
        f"{REPORT}/summary",
        headers={"Origin": "https://dashboard.example", "Access-Control-Request-Method": "GET"},
    )
    assert preflight.status_code == 200
    assert "GET" in preflight.headers["access-control-allow-methods"]


def test_operation_ids_are_stable_handler_names(client):
    paths = client.get("/openapi.json").json()["paths"]
    operations = [item["get"] for path, item in paths.items() if path.startswith("/v1")]
    ids = [op["operationId"] for op in operations]
    assert len(ids) == len(set(ids))
    assert {"list_financial_categories", "get_financial_category", "list_checks", "get_summary"} <= set(ids)
    assert all(op.get("summary") for op in operations)


def test_each_coding_has_its_own_etag_and_vary_names_both_negotiations(client):
    plain = client.get(f"{REPORT}/outputs", headers={"Accept-Encoding": "identity"})
    zipped = client.get(f"{REPORT}/outputs", headers={"Accept-Encoding": "gzip"})
    assert zipped.headers["content-encoding"] == "gzip"
    assert plain.headers["etag"] != zipped.headers["etag"]
    assert zipped.json() == plain.json()
    again = client.get(f"{REPORT}/outputs", headers={"Accept-Encoding": "gzip"})
    assert again.headers["etag"] == zipped.headers["etag"]  # deterministic compression
    vary = {v.strip() for v in plain.headers["vary"].split(",")}
    assert {"Accept", "Accept-Encoding"} <= vary
    not_modified = client.get(
        f"{REPORT}/outputs", headers={"Accept-Encoding": "gzip", "If-None-Match": zipped.headers["etag"]}
    )
    assert not_modified.status_code == 304
    assert "Accept" in not_modified.headers["vary"]


def test_if_none_match_star_is_304(client):
    assert client.get(f"{REPORT}/staffing", headers={"If-None-Match": "*"}).status_code == 304


def test_a_repeated_parameter_is_refused(client):
    response = client.get(f"{REPORT}/staffing", params=[("limit", "2"), ("limit", "3")])
    assert response.status_code == 400
    assert [p["name"] for p in response.json()["invalid_params"]] == ["limit"]


def test_prev_past_the_end_leads_to_the_last_page(client):
    body = client.get(f"{REPORT}/financial-categories", params={"limit": 10, "offset": 50}).json()
    assert body["data"] == []
    assert body["links"]["next"] is None
    assert "offset=20" in body["links"]["prev"]
