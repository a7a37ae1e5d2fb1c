"""The committed openapi.yaml is exactly what the app serves."""

from __future__ import annotations

import yaml

from app.openapi_dump import TARGET, current_spec


def test_committed_openapi_matches_the_app(client):
    committed = yaml.safe_load(TARGET.read_text(encoding="utf-8"))
    served = client.get("/openapi.json").json()
    assert committed == served, "openapi.yaml is stale: run `python -m app.openapi_dump`"
    assert served == current_spec()


def test_every_operation_is_documented():
    spec = current_spec()
    for path, item in spec["paths"].items():
        for method, operation in item.items():
            assert operation.get("summary"), f"{method} {path} has no summary"
            assert operation.get("operationId"), f"{method} {path} has no operationId"
            for param in operation.get("parameters", []):
                if param["in"] == "query" and param["name"] not in ("limit", "offset", "sort", "format", "facets"):
                    assert param.get("description") or param["schema"].get("enum") or param["schema"].get("anyOf"), (
                        f"{path}: parameter {param['name']} undocumented"
                    )
