"""The Host header is not reflected when a public origin is configured, and otherwise answers cached under one
Host or scheme are never served under another; X-Forwarded-Proto is believed only from FORWARDED_ALLOW_IPS."""

from __future__ import annotations

import json
import urllib.request

import pytest
from fastapi.testclient import TestClient

from app.main import create_app
from app.settings import Settings
from tests.helpers import REPORT
from tests.live import server_process

PUBLIC = "https://api.example.org"
# Every kind of answer that writes an absolute URL: the landing page, `url` and `links`, the Link header, redirects.
PATHS = [
    "/",
    "/v1/reports",
    "/v1/reports/",
    REPORT,
    f"{REPORT}/outputs?limit=2",
    f"{REPORT}/variances?limit=2",
    "/v1/search?q=fuel&limit=2",
    "/dashboard",
]


@pytest.fixture(scope="module")
def public_client(loaded_url: str):
    settings = Settings.model_validate({"DATABASE_URL": loaded_url, "public_base_url": PUBLIC + "/"})
    with TestClient(create_app(settings), follow_redirects=False) as client:
        yield client


@pytest.mark.parametrize("path", PATHS)
def test_a_forged_host_appears_nowhere_with_a_public_origin(public_client: TestClient, path: str):
    for _ in range(2):  # rendered, then from the cache
        response = public_client.get(path, headers={"Host": "evil.example", "X-Forwarded-Host": "evil.example"})
        assert response.status_code in (200, 307), response.text
        assert "evil.example" not in response.text
        assert not [name for name, value in response.headers.items() if "evil.example" in value]
        assert PUBLIC in response.text + response.headers.get("location", "") + response.headers.get("link", "")
        assert "Host" not in response.headers.get("vary", "")  # the body no longer depends on it


def test_the_public_origin_builds_each_url(public_client: TestClient):
    report = public_client.get(REPORT, headers={"Host": "evil.example"}).json()
    assert report["data"]["url"] == f"{PUBLIC}/v1/reports/a-75-623"
    assert public_client.get("/v1/reports/").headers["location"] == f"{PUBLIC}/v1/reports"
    link = public_client.get(f"{REPORT}/outputs?limit=2").headers["link"]
    assert link.startswith(f"<{PUBLIC}/v1/reports/a-75-623/outputs?")


def test_without_a_public_origin_each_host_has_its_own_answer(client: TestClient):
    first = client.get(REPORT, headers={"Host": "one.example"})
    second = client.get(REPORT, headers={"Host": "two.example"})
    assert first.json()["data"]["url"] == "http://one.example/v1/reports/a-75-623"
    assert second.json()["data"]["url"] == "http://two.example/v1/reports/a-75-623"  # not the cached first
    assert "Host" in {part.strip() for part in second.headers["vary"].split(",")}


def test_a_public_base_url_must_be_an_origin():
    for bad in ("api.example.org", "ftp://api.example.org", "https://api.example.org/base"):
        with pytest.raises(ValueError, match="must be an origin"):
            Settings.model_validate({"public_base_url": bad})


def _report_url(base: str, proto: str) -> str:
    request = urllib.request.Request(f"{base}{REPORT}", headers={"X-Forwarded-Proto": proto})
    with urllib.request.urlopen(request, timeout=10) as response:
        url: str = json.loads(response.read())["data"]["url"]
    return url


@pytest.mark.parametrize(("allowed", "scheme"), [("10.9.8.7", "http"), ("127.0.0.1", "https")])
def test_forwarded_headers_are_believed_only_from_allowed_proxies(loaded_url: str, allowed: str, scheme: str):
    with server_process({"DATABASE_URL": loaded_url, "FORWARDED_ALLOW_IPS": allowed}) as base:
        assert _report_url(base, "https").startswith(f"{scheme}://127.0.0.1:")
        # The scheme is part of the cache key: a plain request after it is not answered with https URLs.
        assert _report_url(base, "http").startswith("http://127.0.0.1:")
