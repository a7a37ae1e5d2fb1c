"""The OpenAPI document: FastAPI's generated one, completed once with what every operation shares.

Declared here rather than on each route, so no route can forget it: the problem+json errors an operation can
answer, 304 for conditional GETs, 503 with `Retry-After`, the headers every answer carries, CSV and NDJSON beside
JSON on collections, the package version, and a real example on every answer (app/openapi_examples.py).
"""

from __future__ import annotations

import json
from importlib import metadata, resources
from typing import Any

from fastapi import FastAPI
from fastapi.openapi.utils import get_openapi
from pydantic.json_schema import models_json_schema

from app.errors import ALLOWED_METHODS, Problem
from app.http import NO_STORE_PATHS
from app.pagination import Format

PACKAGE = "budget-performance-api"
PROBLEM = "application/problem+json"
EXAMPLES = "openapi_examples.json"
# What FastAPI documents on its own for validation errors: this API answers them as problem+json instead.
_FASTAPI_VALIDATION = ("HTTPValidationError", "ValidationError")

HEADERS: dict[str, dict[str, Any]] = {
    "X-Request-ID": {
        "description": "The request's id in the server's logs: the client's own `X-Request-ID` when it is a plain "
        "token, else one the server made",
        "schema": {"type": "string"},
    },
    "ETag": {
        "description": "Strong validator of this representation; send it back in `If-None-Match` to get 304",
        "schema": {"type": "string"},
    },
    "Cache-Control": {
        "description": "`public, max-age=N` on data (N seconds, settable), `no-store` on health checks and errors",
        "schema": {"type": "string"},
    },
    "Link": {
        "description": 'RFC 8288 links to the neighbouring pages (`rel="next"`, …), as in `links`',
        "schema": {"type": "string"},
    },
    "X-Total-Count": {
        "description": "Rows matching the filters, on every page (as `meta.total`)",
        "schema": {"type": "integer"},
    },
    "Retry-After": {"description": "Seconds to wait before retrying", "schema": {"type": "integer"}},
    "Allow": {"description": f"The methods this API answers: `{ALLOWED_METHODS}`", "schema": {"type": "string"}},
}

# Each error status and when the API answers it (which operations can: `_error_statuses`).
ERRORS: dict[int, str] = {
    400: "Unknown, repeated or malformed parameter, unknown sort or facet field, or unreadable search query",
    404: "No such report or row",
    422: "Invalid parameter value (out of range, not in the vocabulary, or holding a control character)",
    503: "The store is unreachable, not ready or busy, or the server is at capacity: retry after `Retry-After`",
}
NOT_MODIFIED = "Not modified: the representation still has the `ETag` sent in `If-None-Match` (no body)"
METHOD_NOT_ALLOWED = f"Any method but {ALLOWED_METHODS} on any path: this API is read-only"

# The other representations of a collection's rows (`format=` or `Accept`): media type and what it holds.
ROW_MEDIA = {
    Format.csv: ("text/csv", "One header line, then one line per row; nested fields as `parent_child` columns"),
    Format.ndjson: ("application/x-ndjson", "One JSON object per line, each a row as in `data`"),
}


def package_version() -> str:
    return metadata.version(PACKAGE)


def load_examples() -> dict[str, Any]:
    """The examples generated from the bundled reports (`make openapi`); none before the first generation."""
    source = resources.files("app").joinpath(EXAMPLES)
    return json.loads(source.read_text(encoding="utf-8")) if source.is_file() else {}


def _ref(name: str) -> dict[str, str]:
    return {"$ref": f"#/components/headers/{name}"}


def is_collection(operation: dict[str, Any]) -> bool:
    # Every collection, and only collections, takes `format` (app/pagination.py).
    return any(p["name"] == "format" and p["in"] == "query" for p in operation.get("parameters", []))


def _error_statuses(path: str, operation: dict[str, Any]) -> list[int]:
    # 400/422 anywhere: unknown and control-character parameters are refused on every path, before the route runs.
    statuses = [400, 422]
    if any(p["in"] == "path" for p in operation.get("parameters", [])):
        statuses.append(404)
    if path != "/healthz":  # the only path that never waits for the store (app/admission.py)
        statuses.append(503)
    return sorted(statuses)


def _success(path: str, operation: dict[str, Any], examples: dict[str, Any]) -> None:
    ok = operation["responses"]["200"]
    headers = {"X-Request-ID": _ref("X-Request-ID"), "Cache-Control": _ref("Cache-Control")}
    if not path.startswith(NO_STORE_PATHS):
        headers["ETag"] = _ref("ETag")
    if is_collection(operation):
        headers |= {"Link": _ref("Link"), "X-Total-Count": _ref("X-Total-Count")}
        for media, description in ROW_MEDIA.values():
            ok["content"][media] = {"schema": {"type": "string", "description": description}}
    ok["headers"] = headers
    for media, example in examples.get(operation["operationId"], {}).items():
        if media in ok["content"]:
            ok["content"][media]["example"] = example


def _errors(path: str, operation: dict[str, Any], examples: dict[str, Any]) -> None:
    responses = operation["responses"]
    if not path.startswith(NO_STORE_PATHS):
        responses["304"] = {"description": NOT_MODIFIED, "headers": {"ETag": _ref("ETag")}}
    for status in _error_statuses(path, operation):
        content: dict[str, Any] = {"schema": {"$ref": "#/components/schemas/Problem"}}
        example = examples.get(str(status))
        if example is not None:
            content["example"] = example
        headers = {"X-Request-ID": _ref("X-Request-ID")}
        if status == 503:
            headers["Retry-After"] = _ref("Retry-After")
        responses[str(status)] = {"description": ERRORS[status], "headers": headers, "content": {PROBLEM: content}}
    operation["responses"] = dict(sorted(responses.items()))


def complete(spec: dict[str, Any], examples: dict[str, Any]) -> dict[str, Any]:
    """Add what every operation shares to FastAPI's document (changed in place, and returned)."""
    schemas = spec["components"]["schemas"]
    for name in _FASTAPI_VALIDATION:
        schemas.pop(name, None)
    _, problem = models_json_schema([(Problem, "serialization")], ref_template="#/components/schemas/{model}")
    schemas.update(problem["$defs"])
    spec["components"]["headers"] = HEADERS
    errors = examples.get("errors", {})
    not_allowed: dict[str, Any] = {"schema": {"$ref": "#/components/schemas/Problem"}}
    if "405" in errors:
        not_allowed["example"] = errors["405"]
    # Every path answers 405 to any other method; OpenAPI has no operation to hang it on, so it is declared once.
    spec["components"]["responses"] = {
        "MethodNotAllowed": {
            "description": METHOD_NOT_ALLOWED,
            "headers": {"Allow": _ref("Allow")},
            "content": {PROBLEM: not_allowed},
        },
    }
    by_operation = examples.get("operations", {})
    for path, item in spec["paths"].items():
        for operation in item.values():
            operation["responses"].pop("422", None)  # FastAPI's HTTPValidationError, replaced below
            _success(path, operation, by_operation)
            _errors(path, operation, errors)
    return spec


def build(app: FastAPI) -> dict[str, Any]:
    """The document `/openapi.json` serves (built once per app)."""
    if app.openapi_schema is None:
        spec = get_openapi(
            title=app.title,
            version=app.version,
            description=app.description,
            routes=app.routes,
            tags=app.openapi_tags,
        )
        app.openapi_schema = complete(spec, load_examples())
    return app.openapi_schema


def install_document(app: FastAPI) -> None:
    def openapi() -> dict[str, Any]:
        return build(app)

    app.openapi = openapi  # type: ignore[method-assign]
