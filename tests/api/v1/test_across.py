"""Queries across reports and missions: the same rows from every report, and each mission's reports."""

from __future__ import annotations

from fastapi.testclient import TestClient


def test_outputs_across_reports_name_their_report_mission_and_period(client: TestClient) -> None:
    body = client.get("/v1/outputs", params={"mission": "minusma", "period": "2019/20", "limit": 500}).json()
    rows = [r for r in body["data"] if r["report_id"] == "a-75-623"]
    assert len(rows) == 187
    first = rows[0]
    assert (first["id"], first["mission"], first["period"]) == ("1.1.o1", "MINUSMA", "2019/20")
    same = client.get("/v1/reports/a-75-623/outputs", params={"limit": 1}).json()["data"][0]
    assert {key: first[key] for key in same} == same  # the report's own row, plus where it comes from


def test_one_category_across_missions_sorted_by_expenditure(client: TestClient) -> None:
    body = client.get("/v1/financial-categories", params={"slug": "air-operations", "sort": "-expenditure_usd"}).json()
    assert body["data"], "air operations is printed in every report"
    expenditures = [row["expenditure_usd"] for row in body["data"]]
    assert expenditures == sorted(expenditures, reverse=True)
    minusma_2019 = next(r for r in body["data"] if r["report_id"] == "a-75-623")
    assert minusma_2019["expenditure_usd"] == 122753800
    assert minusma_2019["citation"] == 'A/75/623, sect. III.A, "Air operations"'


def test_filters_by_report_mission_and_period(client: TestClient) -> None:
    assert client.get("/v1/variances", params={"report": "a-75-623"}).json()["meta"]["total"] == 19
    assert client.get("/v1/variances", params={"mission": "UNDOF-NOT-LOADED"}).json()["meta"]["total"] == 0
    assert client.get("/v1/covid-annotations", params={"period": "2019/20"}).json()["meta"]["total"] == 118
    bad = client.get("/v1/outputs", params={"period": "last year"})
    assert bad.status_code == 422
    assert bad.json()["invalid_params"][0]["name"] == "period"


def test_variance_links_still_point_into_their_report(client: TestClient) -> None:
    row = client.get("/v1/variances", params={"report": "a-75-623", "limit": 1}).json()["data"][0]
    assert row["financial_category_url"].endswith(f"/v1/reports/a-75-623/financial-categories/{row['slug']}")


def test_missions_list_and_one_mission_any_case(client: TestClient) -> None:
    missions = client.get("/v1/missions").json()
    minusma = next(m for m in missions["data"] if m["code"] == "MINUSMA")
    assert minusma["periods"] == ["2024/25", "2019/20"]  # newest first
    detail = client.get("/v1/missions/minusma").json()["data"]
    assert detail["code"] == "MINUSMA"
    published = [r["published"] for r in detail["reports"]]
    assert published == sorted(published, reverse=True)
    assert [p["period"] for p in detail["series"]] == ["2019/20", "2024/25"]  # oldest first
    assert detail["series"][1]["utilization_rate_percent"] == 81.3  # as the A/80/590 summary states
    point = next(p for p in detail["series"] if p["report_id"] == "a-75-623")
    assert point == {
        "period": "2019/20",
        "report_id": "a-75-623",
        "apportionment_usd": 1138457900,
        "expenditure_usd": 1136908900,
        "unencumbered_balance_usd": 1549000,
        "utilization_rate_percent": 99.9,
    }
    missing = client.get("/v1/missions/nowhere")
    assert missing.status_code == 404
    assert missing.headers["content-type"] == "application/problem+json"
