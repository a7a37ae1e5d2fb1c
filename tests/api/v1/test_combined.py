"""The seven combined 2024/25 reports, read from their Word files and served through the API, checked against
the independent hand transcriptions in tests/data/a_80_NNN/ (front matter and the whole financial table)."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from fastapi.testclient import TestClient

from tests.helpers import get_data

DATA = Path(__file__).resolve().parents[2] / "data"
COMBINED = ("596", "600", "605", "614", "621", "623", "628")
EIGHT = (
    "apportionment_text", "expenditure_text", "variance_text", "variance_percent_text",
    "budget_apportionment_text", "cost_estimates_text", "budget_variance_text", "budget_variance_percent_text",
)  # fmt: skip


def _transcribed(number: str, name: str) -> Any:
    return json.loads((DATA / f"a_80_{number}" / f"{name}.json").read_text(encoding="utf-8"))


def _printed(rows: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """The transcribed rows that print figures (a group heading prints none)."""
    return [r for r in rows if not r.get("is_group_heading") and any(v != "" for v in r["values"])]


def _rows(client: TestClient, report: str) -> list[dict[str, Any]]:
    rows: list[dict[str, Any]] = get_data(client, f"/v1/reports/{report}/financial-categories", limit=500)
    return rows


@pytest.mark.parametrize("number", COMBINED)
def test_front_matter_kind_and_periods(client: TestClient, number: str) -> None:
    front = _transcribed(number, "front")
    report = get_data(client, f"/v1/reports/a-80-{number}")
    assert (report["symbol"], report["mission"], report["kind"]) == (
        front["symbol"],
        front["mission_short_name"],
        "performance_and_budget",
    )
    assert (report["period"], report["budget_period"]) == ("2024/25", "2026/27")
    assert (report["period_start"], report["budget_period_start"]) == (
        front["performance_period"]["start"],
        front["budget_period"]["start"],
    )
    assert report["published"] == front["publication_date"]


@pytest.mark.parametrize("number", [n for n in COMBINED if n != "605"])
def test_every_financial_row_in_all_eight_columns(client: TestClient, number: str) -> None:
    printed = _printed(_transcribed(number, "financial")["rows"])
    served = _rows(client, f"a-80-{number}")
    assert [row["name"] for row in served] == [row["name"] for row in printed]
    for mine, theirs in zip(served, printed, strict=True):
        assert [mine[column] for column in EIGHT] == theirs["values"], mine["slug"]


def test_a_per_site_table_serves_totals_and_each_site(client: TestClient) -> None:
    performance, budget = _transcribed("605", "financial")["tables"]
    served = _rows(client, "a-80-605")
    assert [row["name"] for row in served] == [row["name"] for row in _printed(performance["rows"])]
    for mine, printed in zip(served, _printed(performance["rows"]), strict=True):
        values = printed["values"]
        assert (mine["apportionment_text"], mine["expenditure_text"], mine["variance_text"]) == (
            values[2],
            values[5],
            values[6],
        )
        sites = {site["site"]: site for site in mine["sites"]}
        assert (sites["Brindisi"]["apportionment_text"], sites["Valencia"]["expenditure_text"]) == (
            values[0],
            values[4],
        )
    for mine, printed in zip(served, _printed(budget["rows"]), strict=True):
        values = printed["values"]
        assert (mine["budget_apportionment_text"], mine["cost_estimates_text"]) == (values[2], values[5])
        sites = {site["site"]: site for site in mine["sites"]}
        assert sites["Valencia"]["cost_estimates_text"] == values[4]


def test_the_same_line_has_the_same_slug_in_every_report(client: TestClient) -> None:
    rows = get_data(client, "/v1/financial-categories", slug="air-operations", period="2024/25", limit=500)
    assert {row["report_id"] for row in rows} >= {f"a-80-{n}" for n in COMBINED if n != "605"} | {"a-80-590"}


def test_nine_reports_and_eight_missions(client: TestClient) -> None:
    assert len(get_data(client, "/v1/reports")) == 9
    assert len(get_data(client, "/v1/missions")) == 8
