"""HTTP behaviour shared by every route: strong ETags with 304s, Cache-Control, OPTIONS answers.

A pure ASGI middleware (not BaseHTTPMiddleware) so the body is hashed once and streaming is not broken.
"""

from __future__ import annotations

import hashlib

from starlette.datastructures import Headers, MutableHeaders
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from app.errors import ALLOWED_METHODS

NO_STORE_PATHS = ("/healthz", "/readyz")


class ConditionalGetMiddleware:
    def __init__(self, app: ASGIApp, *, max_age: int) -> None:
        self.app = app
        self.max_age = max_age

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        request_headers = Headers(scope=scope)
        method = scope["method"]
        if method == "OPTIONS" and "access-control-request-method" not in request_headers:
            await _options(send)
            return
        if method not in ("GET", "HEAD"):
            await self.app(scope, receive, send)
            return
        if method == "HEAD":
            # Routes are declared for GET; HEAD is the same answer without its body.
            scope = {**scope, "method": "GET"}
        start: Message | None = None
        chunks: list[bytes] = []

        async def buffer(message: Message) -> None:
            nonlocal start
            if message["type"] == "http.response.start":
                start = message
                return
            chunks.append(message.get("body", b""))
            if message.get("more_body"):
                return
            assert start is not None
            await self._finish(scope["path"], request_headers, start, b"".join(chunks), send, head=method == "HEAD")

        await self.app(scope, receive, buffer)

    async def _finish(
        self, path: str, request: Headers, start: Message, body: bytes, send: Send, *, head: bool
    ) -> None:
        headers = MutableHeaders(scope=start)
        if start["status"] == 200:
            if path.startswith(NO_STORE_PATHS):
                headers["Cache-Control"] = "no-store"
            else:
                tag = '"' + hashlib.sha256(body).hexdigest()[:32] + '"'
                headers["ETag"] = tag
                headers["Cache-Control"] = f"public, max-age={self.max_age}"
                if tag in _tags(request.get("if-none-match", "")):
                    await _not_modified(start, send)
                    return
        await send(start)
        await send({"type": "http.response.body", "body": b"" if head else body})


def _tags(header: str) -> set[str]:
    return {part.strip().removeprefix("W/") for part in header.split(",") if part.strip()}


async def _not_modified(start: Message, send: Send) -> None:
    keep = {b"etag", b"cache-control", b"vary", b"content-location", b"access-control-allow-origin"}
    headers = [(k, v) for k, v in start["headers"] if k.lower() in keep]
    await send({"type": "http.response.start", "status": 304, "headers": headers})
    await send({"type": "http.response.body", "body": b""})


async def _options(send: Send) -> None:
    headers = [(b"allow", ALLOWED_METHODS.encode()), (b"content-length", b"0")]
    await send({"type": "http.response.start", "status": 204, "headers": headers})
    await send({"type": "http.response.body", "body": b""})
