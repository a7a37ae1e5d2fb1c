"""A refactor changes no served byte: every answer recorded before it is served the same after it, except
for the fields added since, which CHANGELOG.md lists and which are set aside here before comparing."""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Iterator
from typing import Any

import pytest
from fastapi.testclient import TestClient

from app.db import make_engine
from app.main import create_app
from app.settings import Settings
from seed.load import bundled_manifests, ingest_source, read_or_refuse
from tests.conftest import StoreFactory
from tests.recorded.walk import read_recording, walk

# Fields added since the recording (CHANGELOG.md, "Added"), by a key that marks the objects they were added
# to: staffing rows' `deployments`, amount rows' `mark`, follow-up requests' `body` and `document`, the checks
# a report ran, a report's kind and periods, and its links to the collections added with A/80/590.
BUDGET = frozenset(
    {
        "budget_apportionment_usd", "cost_estimates_usd", "budget_variance_usd", "budget_variance_percent",
        "budget_apportionment_text", "cost_estimates_text", "budget_variance_text", "budget_variance_percent_text",
        "budget_apportionment_period", "cost_estimates_period", "sites",
    }
)  # fmt: skip
LATER_STAFFING = frozenset({"deployments", "approved_next", "approved_next_text", "proposed", "proposed_text"})
ACTUAL_FIGURE = frozenset({"actual_value", "actual_unit"})  # indicators: derived from the printed actual
ADDED: dict[str, frozenset[str]] = {
    "vacancy_rate_percent": LATER_STAFFING,
    "apportionment_text": BUDGET,
    "amount_text": frozenset({"mark", "estimate_usd", "estimate_text"}),
    "explanation": frozenset({"period", "category_slug"}),
    "expected_accomplishments": frozenset({"external_factors"}),
    "decision_request": frozenset({"body", "document"}),
    "actual_text": ACTUAL_FIGURE,
    "budget_history": frozenset({"checks"}),
    "symbol": frozenset({"kind", "period", "budget_period", "budget_period_start", "budget_period_end"}),
    "prev": frozenset({"first", "last"}),  # a collection's links
    "expected": frozenset({"expected_usd", "actual_usd", "difference_usd"}),
    "financial_categories": frozenset(
        {
            "unencumbered_balance",
            "prior_period_cancellations",
            "financial_position",
            "human_resources",
            "vacancy_factors",
            "printed_tables",
            "download",
            "download_sqlite",
        }
    ),
}
CSV_ADDED = LATER_STAFFING | BUDGET | ADDED["expected"] | ACTUAL_FIGURE
# Added to the objects of a list under a key: the COVID-19 notes an output, indicator or financial category embeds
# now carry every field of the `/covid-annotations` row they are.
ADDED_IN: dict[str, frozenset[str]] = {
    "covid_annotations": frozenset(
        {
            "source", "citation", "target_type", "target_id", "target_url", "component", "signals", "basis",
            "impact_basis",
        }
    ),
}  # fmt: skip


def _without_added(value: Any) -> Any:
    if isinstance(value, dict):
        added = frozenset().union(*(keys for marker, keys in ADDED.items() if marker in value))
        return {k: _without_added(_without_added_in(k, v)) for k, v in value.items() if k not in added}
    if isinstance(value, list):
        return [_without_added(v) for v in value]
    return value


def _without_added_in(key: str, value: Any) -> Any:
    if key in ADDED_IN and isinstance(value, list):
        return [{k: v for k, v in item.items() if k not in ADDED_IN[key]} for item in value]
    return value


def _csv_without_added(text: str) -> str:
    rows = list(csv.DictReader(io.StringIO(text)))
    if not rows:
        return text
    columns = [c for c in rows[0] if c not in CSV_ADDED]
    out = io.StringIO()
    writer = csv.DictWriter(out, fieldnames=columns, extrasaction="ignore", lineterminator="\n")
    writer.writeheader()
    writer.writerows(rows)
    return out.getvalue()


def _comparable(answer: dict[str, Any]) -> dict[str, Any]:
    body, kind = answer["body"], answer["content_type"]
    if kind.startswith("text/csv"):
        body = _csv_without_added(body)
    elif "ndjson" in kind:
        body = [_without_added(json.loads(line)) for line in body.splitlines()]
    else:
        body = _without_added(body)
    return {**answer, "body": body}


@pytest.fixture(scope="module")
def recorded_client(stores: StoreFactory) -> Iterator[TestClient]:
    """A store holding A/75/623 alone, as when the answers were recorded (lists and search span every report)."""
    url = stores.create()
    engine = make_engine(url)
    for manifest, path in bundled_manifests():
        if manifest.symbol == "A/75/623":
            ingest_source(engine, read_or_refuse(path), symbol=manifest.symbol, manifest=manifest)
    engine.dispose()
    with TestClient(create_app(Settings.model_validate({"DATABASE_URL": url}))) as client:
        yield client


def test_every_recorded_answer_is_served_unchanged(recorded_client: TestClient, stores: StoreFactory) -> None:
    recorded = read_recording(stores.kind)
    served = walk(recorded_client)
    assert sorted(served) == sorted(recorded)
    changed = [path for path in recorded if _comparable(served[path]) != _comparable(recorded[path])]
    assert changed == [], f"{len(changed)} answers changed, first: {changed[:5]}"
