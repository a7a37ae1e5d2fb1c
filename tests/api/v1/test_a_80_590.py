"""A/80/590 (MINUSMA 2024/25, the liquidation year), read from its Word file, served through the API and
checked against the independent hand transcription in tests/data/a_80_590/."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from fastapi.testclient import TestClient

from tests.helpers import get_data

REPORT = "/v1/reports/a-80-590"
DATA = Path(__file__).resolve().parents[2] / "data" / "a_80_590"


def _transcribed(name: str) -> Any:
    return json.loads((DATA / f"{name}.json").read_text(encoding="utf-8"))


def _all(client: TestClient, path: str, **params: Any) -> list[dict[str, Any]]:
    rows: list[dict[str, Any]] = get_data(client, f"{REPORT}/{path}", limit=500, **params)
    return rows


def test_the_report_says_what_its_front_matter_says(client: TestClient) -> None:
    front = _transcribed("front")
    report = get_data(client, REPORT)
    assert (report["symbol"], report["mission"], report["mission_name"]) == (
        front["symbol"],
        front["mission_short_name"],
        front["mission_full_name"],
    )
    assert (report["period_start"], report["period_end"], report["published"]) == (
        front["period_start"],
        front["period_end"],
        front["publication_date"],
    )
    assert report["extra"]["checks"]["skipped"]  # the liquidation layout prints no redeployments table


def test_every_financial_row_as_printed(client: TestClient) -> None:
    printed = [row for row in _transcribed("financial") if row["apportionment"] or row["expenditure"]]
    served = _all(client, "financial-categories")
    assert len(served) == len(printed) == 30
    for mine, theirs in zip(served, printed, strict=True):
        assert mine["name"] == theirs["name"]
        texts = (mine["apportionment_text"], mine["expenditure_text"], mine["variance_text"])
        assert texts == (theirs["apportionment"], theirs["expenditure"], theirs["variance_amount"])
        assert mine["variance_percent_text"] == theirs["variance_percent"]
    contingents = next(row for row in served if row["slug"] == "military-contingents")
    assert (contingents["apportionment_usd"], contingents["variance_usd"]) == (28587800, -14115900)
    assert contingents["variance_percent"] == -49.4


def test_the_liquidation_staffing_form_by_date(client: TestClient) -> None:
    printed = [row for row in _transcribed("staffing")["rows"] if row["kind"] == "data"]
    served = _all(client, "staffing")
    deployments = [(row["name"], d) for row in served for d in row["deployments"]]
    assert [(d["label"], d["approved_text"], d["actual_text"]) for _, d in deployments] == [
        (row["row"], row["approved"], row["actual"]) for row in printed
    ]
    police = next(row for row in served if row["slug"] == "formed-police-units")
    july = next(d for d in police["deployments"] if d["as_of"] == "2024-07-01")
    assert (july["approved"], july["actual"]) == (140, 140)
    assert police["approved"] is None
    assert police["approved_status"] == "not_reported"


def test_results_framework_counts_and_outputs(client: TestClient) -> None:
    printed = _transcribed("results")
    outputs = _all(client, "outputs")
    assert len(outputs) == printed["output_count"] == 44
    groups = {row["subgroup"] for row in outputs}
    assert len(groups) == printed["service_group_count"] == 15
    assert len(_all(client, "indicators")) == printed["indicator_count"] == 7
    served = {row["id"]: row for row in outputs}
    for output in printed["outputs"]:
        mine = served[output["id"]]
        assert mine["subgroup"] == output["group"]
        assert mine["planned_text"].startswith(output["planned_start"].rstrip())
        assert [(c["value_text"], c["unit"]) for c in mine["completed"]] == [
            (c["value_text"], c["unit"]) for c in output["completed"]
        ]


@pytest.mark.parametrize(
    ("path", "table"),
    [
        ("unencumbered-balance", "unencumbered_balance_trend"),
        ("prior-period-cancellations", "cancellation_of_prior_period_commitments"),
    ],
)
def test_amounts_by_period(client: TestClient, path: str, table: str) -> None:
    printed = _transcribed("tables")[table]
    served = _all(client, path)
    periods = printed["columns"][1:]
    assert [row["name"] for row in served] == [row["name"] for row in printed["rows"]]
    for mine, theirs in zip(served, printed["rows"], strict=True):
        assert [(a["period"], a["amount_text"]) for a in mine["amounts"]] == [(p, theirs[p]) for p in periods]
    assert served[-1]["level"] == "total"


def test_other_revenue_and_the_financial_position(client: TestClient) -> None:
    printed = _transcribed("tables")
    revenue = _all(client, "other-revenue")
    assert [(r["name"], r["amount_text"]) for r in revenue] == [
        (row["name"], row["amount"]) for row in printed["other_revenue_and_adjustments"]["rows"]
    ]
    position = _all(client, "financial-position")
    assert [(r["name"], r["amount_text"]) for r in position] == [
        (row["name"], row["amount"]) for row in printed["financial_position"]["rows"]
    ]
    cash = next(r for r in position if r["name"] == "Cash assets")
    assert (cash["mark"], cash["amount_usd"]) == ("I", 194056400)


def test_variances_and_paragraphs(client: TestClient) -> None:
    printed = _transcribed("variances")
    served = _all(client, "variances")
    assert [(v["name"], v["amount_text"], v["percent_text"]) for v in served] == [
        (v["heading"], v["variance_amount"], v["variance_percent"]) for v in printed
    ]
    paragraphs = _transcribed("paragraphs")
    assert len(_all(client, "paragraphs")) == paragraphs["numbered_paragraph_count"] == 79
    last = get_data(client, f"{REPORT}/paragraphs/{paragraphs['last_paragraph_number']}")
    assert last["text"].startswith(paragraphs["last_paragraph_start"].rstrip())


def test_every_check_that_applies_passes(client: TestClient) -> None:
    checks = _all(client, "checks")
    assert checks
    assert all(check["passed"] for check in checks)
    ran = get_data(client, REPORT)["extra"]["checks"]["run"]
    assert {"financial", "unencumbered_balance", "financial_position"} <= set(ran)


def test_the_word_report_cites_lines_of_its_served_text(client: TestClient) -> None:
    row = get_data(client, f"{REPORT}/financial-categories/air-operations")
    text = client.get(f"{REPORT}/source").text.split("\n")
    assert text[row["source"]["first_line"] - 1].startswith("Air operations\t4 052.6")
    assert row["citation"] == 'A/80/590, sect. III.A, "Air operations"'
    hits = get_data(client, "/v1/search", q="liquidation", report="a-80-590")
    assert hits
