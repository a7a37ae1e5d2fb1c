"""No input answers 500: every integer parameter is bounded to what the store holds, and every text input (path
segment or query value) refuses control characters, each a 422 problem+json on both stores.

The sweep walks every operation of the OpenAPI document, so a new route or parameter is covered without a test
of its own."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any
from urllib.parse import quote

import pytest
from fastapi.testclient import TestClient

from app.api.deps import INT32_MAX
from app.main import create_app
from app.settings import Settings

PATH_VALUES = {"report_id": "a-75-623", "number": "1", "code": "minusma"}
TOO_BIG = [str(2**31), str(2**63), "99999999999999999999"]
CONTROL = ["\x00", "a\x00b", "\x1f", "\x7f", "line\nbreak", "\x85"]


def _operations() -> Iterator[tuple[str, dict[str, Any]]]:
    schema = create_app(Settings.model_validate({"DATABASE_URL": "sqlite://"})).openapi()
    for path, item in schema["paths"].items():
        if "get" in item:
            yield path, item["get"]


OPERATIONS = list(_operations())


def _params(kind: str) -> list[tuple[str, dict[str, Any], dict[str, Any]]]:
    """(path, operation, parameter) for every parameter whose schema is of `kind` (or nullable `kind`)."""
    found = []
    for path, operation in OPERATIONS:
        for param in operation.get("parameters", []):
            schema = param["schema"]
            kinds = {schema.get("type")} | {alt.get("type") for alt in schema.get("anyOf", [])}
            if kind in kinds:
                found.append((path, operation, param))
    return found


def _url(path: str, operation: dict[str, Any], name: str, value: str) -> str:
    segments = {
        p["name"]: PATH_VALUES.get(p["name"], "x") for p in operation.get("parameters", []) if p["in"] == "path"
    }
    query = ""
    if name in segments:
        segments[name] = value
    else:
        query = f"?{name}={quote(value, safe='')}"
    for key, segment in segments.items():
        path = path.replace("{" + key + "}", quote(segment, safe=""))
    return path + query


INTEGERS = _params("integer")
STRINGS = _params("string")


def test_the_sweep_sees_the_parameters():
    assert {p["name"] for _, _, p in INTEGERS} >= {"offset", "limit", "number", "component"}
    assert {p["name"] for _, _, p in STRINGS} >= {"report_id", "q", "slug", "sort", "facets", "mission"}


@pytest.mark.parametrize(("path", "operation", "param"), INTEGERS, ids=lambda v: v if isinstance(v, str) else "")
def test_every_integer_parameter_is_bounded_by_the_store(path, operation, param):
    schema = param["schema"]
    maximum = schema.get("maximum", next((alt.get("maximum") for alt in schema.get("anyOf", []) if alt), None))
    assert maximum is not None, f"{path} {param['name']} has no bound"
    assert maximum <= INT32_MAX


@pytest.mark.parametrize(("path", "operation", "param"), INTEGERS, ids=lambda v: v if isinstance(v, str) else "")
def test_integers_beyond_the_store_answer_422(client: TestClient, path, operation, param):
    for value in TOO_BIG:
        response = client.get(_url(path, operation, param["name"], value))
        assert response.status_code == 422, (value, response.text)
        assert response.headers["content-type"] == "application/problem+json"
        assert response.json()["invalid_params"][0]["name"] == param["name"]


@pytest.mark.parametrize(("path", "operation", "param"), STRINGS, ids=lambda v: v if isinstance(v, str) else "")
def test_control_characters_in_text_answer_422(client: TestClient, path, operation, param):
    for value in CONTROL:
        response = client.get(_url(path, operation, param["name"], value))
        assert response.status_code == 422, (repr(value), response.text)
        assert response.headers["content-type"] == "application/problem+json"
        assert [p["name"] for p in response.json()["invalid_params"]] == [param["name"]]


def test_a_control_character_in_a_parameter_name_answers_422(client: TestClient):
    response = client.get("/v1/reports?%00=1")
    assert response.status_code == 422


def test_the_largest_bounded_values_are_answered(client: TestClient):
    assert client.get(f"/v1/reports?offset={INT32_MAX}").status_code == 200
    assert client.get(f"/v1/reports/a-75-623/paragraphs/{INT32_MAX}").status_code == 404
    assert client.get(f"/v1/reports/a-75-623/components/{INT32_MAX}").status_code == 404
    assert client.get(f"/v1/reports/a-75-623/outputs?component={INT32_MAX}").json()["data"] == []


def test_printable_text_still_filters(client: TestClient):
    rows = client.get("/v1/reports/a-75-623/outputs", params={"q": "foot patrols"}).json()["data"]
    assert rows
    assert len(rows) < client.get("/v1/reports/a-75-623/outputs").json()["meta"]["total"]
