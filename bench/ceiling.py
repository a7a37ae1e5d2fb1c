"""The ceiling for Python here: a bare ASGI app answering precomputed bytes of the very same responses.

Run by uvicorn with BENCH_RESPONSES naming a JSON file of {path?query: {"status", "headers", "body", "gzip"}}
(bodies base64); it answers the gzip body to a gzip-accepting client and 304 to a matching If-None-Match.
"""

from __future__ import annotations

import base64
import json
import os
from typing import Any

from starlette.types import Receive, Scope, Send

_RESPONSES: dict[str, dict[str, Any]] = {}


def _load() -> dict[str, dict[str, Any]]:
    if not _RESPONSES:
        with open(os.environ["BENCH_RESPONSES"], encoding="utf-8") as source:
            for key, value in json.load(source).items():
                value["body"] = base64.b64decode(value["body"])
                value["gzip"] = base64.b64decode(value["gzip"]) if value.get("gzip") else None
                _RESPONSES[key] = value
    return _RESPONSES


async def app(scope: Scope, receive: Receive, send: Send) -> None:
    if scope["type"] != "http":
        return
    query = scope.get("query_string", b"").decode()
    found = _load().get(scope["path"] + ("?" + query if query else ""))
    if found is None:
        await send({"type": "http.response.start", "status": 404, "headers": []})
        await send({"type": "http.response.body", "body": b""})
        return
    headers = dict(scope["headers"])
    etag = found["etag"].encode()
    if headers.get(b"if-none-match") == etag:
        await send({"type": "http.response.start", "status": 304, "headers": [(b"etag", etag)]})
        await send({"type": "http.response.body", "body": b""})
        return
    body = found["body"]
    out = [(b"content-type", found["content_type"].encode()), (b"etag", etag)]
    if found["gzip"] is not None and b"gzip" in headers.get(b"accept-encoding", b""):
        body = found["gzip"]
        out.append((b"content-encoding", b"gzip"))
    out.append((b"content-length", str(len(body)).encode()))
    await send({"type": "http.response.start", "status": 200, "headers": out})
    await send({"type": "http.response.body", "body": body})
