"""A missing value is counted under one key everywhere: "null", JSON's word for it."""

from __future__ import annotations

from fastapi.testclient import TestClient

from tests.helpers import REPORT


def test_facets_and_summary_counts_name_a_missing_value_null(client: TestClient) -> None:
    rows = client.get(f"{REPORT}/covid-annotations", params={"limit": 500}).json()["data"]
    without = sum(1 for row in rows if row["component"] is None)
    assert without == 39
    facets = client.get(f"{REPORT}/covid-annotations", params={"limit": 0, "facets": "component"}).json()["meta"]
    assert facets["facets"]["component"]["null"] == without
    summary = client.get(f"{REPORT}/summary").json()["data"]["covid_annotations"]
    assert summary["by_component"]["null"] == without
    assert "none" not in summary["by_component"]
    assert "none" not in facets["facets"]["component"]
