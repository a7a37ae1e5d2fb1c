"""The committed openapi.yaml is exactly what the app serves, and says what the app really does."""

from __future__ import annotations

import json
import re
from importlib import metadata

import pytest
import yaml
from fastapi.testclient import TestClient

from app.main import create_app
from app.openapi_dump import TARGET, current_spec
from app.openapi_examples import BASE_URL, LOAD_TIME, collect, render, untimed
from app.openapi_examples import TARGET as EXAMPLES
from app.settings import Settings

SPEC = current_spec()
OPERATIONS = [(path, op) for path, item in SPEC["paths"].items() for op in item.values()]
PROBLEM = {"$ref": "#/components/schemas/Problem"}
RANKED = "search_reports"


def test_committed_openapi_matches_the_app(client):
    committed = yaml.safe_load(TARGET.read_text(encoding="utf-8"))
    served = client.get("/openapi.json").json()
    assert committed == served, "openapi.yaml is stale: run `make openapi`"
    assert served == SPEC


def test_committed_examples_are_current(loaded_url: str, tmp_path):
    """The examples are what the app answers over the bundled reports today (`make openapi` regenerates them)."""
    app = create_app(Settings.model_validate({"DATABASE_URL": loaded_url, "LOG_LEVEL": "warning"}))
    missing = Settings.model_validate({"DATABASE_URL": f"sqlite:///{tmp_path / 'missing.sqlite3'}"})
    with TestClient(app, base_url=BASE_URL) as live, TestClient(create_app(missing), base_url=BASE_URL) as outage:
        examples = collect(live, outage)
    committed = EXAMPLES.read_text(encoding="utf-8")
    if not loaded_url.startswith("sqlite"):
        # Generated on SQLite, the default store; each store ranks search hits by its own full-text engine.
        ranked = json.loads(committed)
        examples["operations"][RANKED] = ranked["operations"][RANKED]
    assert untimed(render(examples)) == untimed(committed), "examples are stale: run `make openapi`"
    assert len(LOAD_TIME.findall(committed)) >= 3  # each report's `loaded_at`, as served


def test_every_operation_is_documented():
    for path, operation in OPERATIONS:
        assert operation.get("summary"), f"{path} has no summary"
        assert operation.get("operationId"), f"{path} has no operationId"
        for param in operation.get("parameters", []):
            if param["in"] == "query" and param["name"] not in ("limit", "offset", "sort", "format", "facets"):
                assert param.get("description") or param["schema"].get("enum") or param["schema"].get("anyOf"), (
                    f"{path}: parameter {param['name']} undocumented"
                )


def test_info_version_is_the_package_version():
    assert SPEC["info"]["version"] == metadata.version("budget-performance-api")


@pytest.mark.parametrize(("path", "operation"), OPERATIONS, ids=[op["operationId"] for _, op in OPERATIONS])
def test_every_error_is_a_problem_with_an_example(path, operation):
    responses = operation["responses"]
    errors = {code for code in responses if code.startswith(("4", "5"))}
    assert {"400", "422"} <= errors
    assert ("404" in errors) == ("{" in path)
    assert ("503" in errors) == (path != "/healthz")
    for code in errors:
        content = responses[code]["content"]
        assert list(content) == ["application/problem+json"], f"{path} {code}"
        assert content["application/problem+json"]["schema"] == PROBLEM
        assert content["application/problem+json"]["example"]["status"] == int(code)
    if "503" in errors:
        assert "Retry-After" in responses["503"]["headers"]
    assert "HTTPValidationError" not in SPEC["components"]["schemas"]


@pytest.mark.parametrize(("path", "operation"), OPERATIONS, ids=[op["operationId"] for _, op in OPERATIONS])
def test_every_answer_documents_its_headers_and_has_a_real_example(path, operation):
    ok = operation["responses"]["200"]
    assert {"X-Request-ID", "Cache-Control"} <= set(ok["headers"])
    cached = path.startswith("/v1/")
    assert ("ETag" in ok["headers"]) == cached
    assert ("304" in operation["responses"]) == cached
    for media, content in ok["content"].items():
        if media.startswith("text/") or "json" in media:  # a binary download (a zip) has no example to show
            assert content.get("example"), f"{path} {media} has no example"
    collection = any(p["name"] == "format" for p in operation.get("parameters", []))
    if collection:
        assert {"application/json", "text/csv", "application/x-ndjson"} <= set(ok["content"])
        assert {"Link", "X-Total-Count"} <= set(ok["headers"])
        assert set(ok["content"]["application/json"]["example"]) == {"data", "meta", "links"}


def test_every_page_has_the_common_shape():
    schemas = SPEC["components"]["schemas"]
    pages = [name for name in schemas if name.startswith("Page_")]
    assert len(pages) >= 20
    for name in pages:
        properties = schemas[name]["properties"]
        assert set(properties) == {"data", "meta", "links"}, name
        assert properties["meta"]["$ref"] == "#/components/schemas/Meta"
        assert properties["links"]["$ref"] == "#/components/schemas/Links"


def test_the_examples_are_real_answers(client):
    """An example is what the app answers: the outputs example is the live page its `self` link names."""
    example = SPEC["paths"]["/v1/reports/{report_id}/outputs"]["get"]["responses"]["200"]["content"]
    page = example["application/json"]["example"]
    assert page["meta"]["total"] > len(page["data"]) == 2
    live = client.get(page["links"]["self"].removeprefix(BASE_URL)).json()
    assert live["data"] == page["data"]
    assert live["meta"] == page["meta"]
    lines = [json.loads(line) for line in example["application/x-ndjson"]["example"].splitlines()]
    assert lines == page["data"]


def test_method_not_allowed_is_declared_once():
    declared = SPEC["components"]["responses"]["MethodNotAllowed"]
    assert "Allow" in declared["headers"]
    assert declared["content"]["application/problem+json"]["example"]["status"] == 405


def test_docs_render_from_the_app_alone(client):
    """/docs and /redoc load every script, style and image from this server: no CDN, so they work offline."""
    for page in ("/docs", "/redoc"):
        html = client.get(page)
        assert html.status_code == 200
        assets = re.findall(r"""(?:src|href)=["']([^"']+)["']""", html.text)
        assets += re.findall(r"""url: ['"]([^'"]+)['"]""", html.text)
        assert len(assets) >= 2, html.text
        for asset in assets:
            assert asset.startswith("/"), f"{page} loads {asset} from elsewhere"
            answer = client.get(asset)
            assert answer.status_code == 200, asset
            assert len(answer.content) > 1000, asset
        policy = html.headers["content-security-policy"]
        assert "http" not in policy  # nothing from another origin is allowed either
    assert "SwaggerUIBundle" in client.get("/docs/assets/swagger-ui-bundle.js").text


def test_report_paths_in_examples_exist(client):
    """Example URLs point at this API (as `make serve` answers them): each one resolves here."""
    example = SPEC["paths"]["/v1/reports/{report_id}"]["get"]["responses"]["200"]["content"]["application/json"]
    url = example["example"]["data"]["url"]
    assert url.startswith(BASE_URL)
    assert client.get(url.removeprefix(BASE_URL)).status_code == 200
