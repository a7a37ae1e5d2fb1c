"""Security headers, format negotiation by quality, and OPTIONS only where a resource is."""

from __future__ import annotations

import pytest
from fastapi.testclient import TestClient

from app.headers import DASHBOARD, DOCS, STRICT, policy_for

REPORT = "/v1/reports/a-75-623"


@pytest.mark.parametrize(
    "path", ["/v1/reports", f"{REPORT}/staffing?format=csv", "/v1/nowhere", "/healthz", "/openapi.json"]
)
def test_every_answer_carries_the_security_headers(client: TestClient, path: str):
    for _ in range(2):  # rendered, then from the cache
        response = client.get(path)
        assert response.headers["x-content-type-options"] == "nosniff"
        assert response.headers["referrer-policy"] == "no-referrer"
        assert response.headers["content-security-policy"] == STRICT.decode()
        assert "server" not in response.headers


def test_errors_and_304_carry_them_too(client: TestClient):
    assert client.options("/v1/reports").headers["x-content-type-options"] == "nosniff"
    tag = client.get("/v1/reports").headers["etag"]
    not_modified = client.get("/v1/reports", headers={"If-None-Match": tag})
    assert not_modified.status_code == 304
    assert not_modified.headers["x-content-type-options"] == "nosniff"


def test_the_documentation_and_the_dashboard_get_their_own_policies(client: TestClient):
    assert client.get("/docs").headers["content-security-policy"] == DOCS.decode()
    assert policy_for("/dashboard/index.html") == DASHBOARD
    assert "script-src 'self';" in DASHBOARD.decode()
    landing = client.get("/").headers["content-security-policy"]
    assert "unsafe-inline" not in landing
    assert "style-src 'sha256-" in landing


@pytest.mark.parametrize(
    ("accept", "media"),
    [
        ("text/csv;q=0, application/json", "application/json"),
        ("text/csv; q=0.0", "application/json"),
        ("application/json, text/csv;q=0.5", "application/json"),
        ("text/csv", "text/csv"),
        ("text/csv, application/json", "text/csv"),
        ("application/json;q=0.5, text/csv", "text/csv"),
        ("application/x-ndjson;q=0, text/csv;q=0", "application/json"),
        ("application/x-ndjson", "application/x-ndjson"),
        ("*/*", "application/json"),
        ("", "application/json"),
    ],
)
def test_accept_is_negotiated_by_quality(client: TestClient, accept: str, media: str):
    response = client.get(f"{REPORT}/staffing", headers={"Accept": accept})
    assert response.status_code == 200
    assert response.headers["content-type"].split(";")[0] == media


def test_options_on_an_unknown_path_is_404(client: TestClient):
    response = client.options("/v1/nowhere")
    assert response.status_code == 404
    assert response.headers["content-type"] == "application/problem+json"
    assert client.options(f"{REPORT}/staffing").status_code == 204
    assert client.options(f"{REPORT}/outputs/1.1.o1").status_code == 204
