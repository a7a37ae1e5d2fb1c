"""/readyz says why a store cannot serve: a store migrated to an older revision than the code reads answers 503
naming both revisions, and its data routes answer 503 problem+json, never 500 (the unmigrated, empty and missing
cases are in tests/test_outages.py)."""

from __future__ import annotations

from alembic import command
from fastapi.testclient import TestClient

from app.main import create_app
from app.migrate import alembic_config, head_revision
from app.settings import Settings
from seed.load import bundled_manifests
from tests.conftest import StoreFactory

OLDER = "0005"


def test_a_store_behind_the_code_is_not_ready_and_answers_503(stores: StoreFactory):
    url = stores.create()
    command.downgrade(alembic_config(url), OLDER)
    with TestClient(create_app(Settings.model_validate({"DATABASE_URL": url}))) as client:
        ready = client.get("/readyz")
        assert ready.status_code == 503
        assert ready.headers["content-type"] == "application/problem+json"
        assert ready.json()["detail"] == (
            f"The store is migrated to {OLDER}, this server reads {head_revision()}: run `budget-api migrate`"
        )
        for path in ("/v1/reports", "/v1/reports/a-75-623", "/v1/reports/a-75-623/outputs"):
            response = client.get(path)
            assert response.status_code == 503, response.text
            assert response.headers["content-type"] == "application/problem+json"


def test_a_store_at_head_with_reports_is_ready(client: TestClient):
    ready = client.get("/readyz")
    assert ready.status_code == 200
    assert ready.json() == {"status": "ready", "reports": len(bundled_manifests())}
