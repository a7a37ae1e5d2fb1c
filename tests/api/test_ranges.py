"""Range filters: `min_<field>` and `max_<field>`, inclusive, on every numeric field of every collection; the
bracket syntax of other APIs is refused with the one this API has."""

from __future__ import annotations

from typing import Any

import pytest
from fastapi.testclient import TestClient

from app.api.v1 import COLLECTIONS
from app.queries.listing import numeric_fields
from tests.helpers import REPORT

CATEGORIES = f"{REPORT}/financial-categories"


def _all(client: TestClient, path: str, **params: Any) -> list[dict[str, Any]]:
    body = client.get(path, params={**params, "limit": 500}).json()
    assert body["meta"]["total"] == len(body["data"])
    rows: list[dict[str, Any]] = body["data"]
    return rows


def test_min_is_inclusive_and_matches_the_rows_it_should(client: TestClient) -> None:
    every = _all(client, CATEGORIES)
    kept = _all(client, CATEGORIES, min_expenditure_usd=122753800)
    expected = [r["slug"] for r in every if r["expenditure_usd"] is not None and r["expenditure_usd"] >= 122753800]
    assert [r["slug"] for r in kept] == expected
    assert "air-operations" in expected  # 122,753,800: the bound itself is kept
    exactly = _all(client, CATEGORIES, min_expenditure_usd=122753800, max_expenditure_usd=122753800)
    assert [r["slug"] for r in exactly] == ["air-operations"]


def test_a_float_range(client: TestClient) -> None:
    every = _all(client, CATEGORIES)
    kept = _all(client, CATEGORIES, min_variance_percent=15.4, max_variance_percent=19.5)
    percents = [r["variance_percent"] for r in kept]
    assert percents == [
        r["variance_percent"]
        for r in every
        if r["variance_percent"] is not None and 15.4 <= r["variance_percent"] <= 19.5
    ]
    assert {15.4, 19.5} <= set(percents)  # air operations and official travel, both bounds included


def test_ranges_across_reports_and_with_other_filters(client: TestClient) -> None:
    rows = _all(client, "/v1/staffing", min_vacancy_rate_percent=20, mission="minusma")
    every = _all(client, "/v1/staffing", mission="minusma")
    assert rows == [r for r in every if r["vacancy_rate_percent"] is not None and r["vacancy_rate_percent"] >= 20]
    assert rows
    outputs = _all(client, f"{REPORT}/outputs", min_component=2, max_component=3, status="completed")
    assert {r["component"] for r in outputs} == {2, 3}
    assert all(r["status"] == "completed" for r in outputs)


def test_a_range_streams_too(client: TestClient) -> None:
    answer = client.get(CATEGORIES, params={"max_variance_usd": -1, "format": "ndjson", "fields": "slug,variance_usd"})
    lines = answer.text.splitlines()
    assert lines
    assert all(int(line.split('"variance_usd":')[1].rstrip("}")) <= -1 for line in lines)


@pytest.mark.parametrize(
    ("name", "reason"),
    [
        ("expenditure_usd[gte]", "use min_expenditure_usd"),
        ("expenditure_usd[lt]", "use max_expenditure_usd"),
        ("filter[level]", "use min_<field> and max_<field> (inclusive bounds), e.g. min_expenditure_usd=1000000"),
    ],
)
def test_the_bracket_syntax_is_refused_with_the_supported_one(client: TestClient, name: str, reason: str) -> None:
    answer = client.get(f"{CATEGORIES}?{name}=1000000")
    assert answer.status_code == 422
    assert answer.headers["content-type"] == "application/problem+json"
    problem = answer.json()
    assert "min_<field> and max_<field>" in problem["detail"]
    assert problem["invalid_params"] == [{"name": name, "reason": reason}]


@pytest.mark.parametrize("value", ["abc", "nan", "inf"])
def test_a_bound_that_is_not_a_finite_number_is_refused(client: TestClient, value: str) -> None:
    answer = client.get(CATEGORIES, params={"min_variance_percent": value})
    assert answer.status_code == 422
    assert answer.json()["invalid_params"][0]["name"] == "min_variance_percent"


def test_every_collection_documents_a_pair_for_each_numeric_field(client: TestClient) -> None:
    paths = client.get("/openapi.json").json()["paths"]
    for spec in COLLECTIONS:
        operation = paths["/v1/" + spec.url_path]["get"]
        documented = {p["name"]: p for p in operation["parameters"] if p["name"].startswith(("min_", "max_"))}
        numeric = [name for name, _ in numeric_fields(spec.listing)]
        assert sorted(documented) == sorted(f"{bound}_{name}" for name in numeric for bound in ("min", "max"))
        for param in documented.values():
            assert "(inclusive)" in param["description"]
    outputs = {p["name"]: p for p in paths["/v1/reports/{report_id}/outputs"]["get"]["parameters"]}
    assert {"min_completion_ratio", "max_component"} <= set(outputs)
    assert "min_id" not in outputs  # `id` sorts by position but is text
    assert "min_covid_affected" not in outputs
    categories = {p["name"]: p for p in paths["/v1/reports/{report_id}/financial-categories"]["get"]["parameters"]}
    assert categories["min_expenditure_usd"]["description"].endswith("in US dollars")
    assert categories["max_variance_percent"]["description"].endswith("in per cent")
