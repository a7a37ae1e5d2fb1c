"""HTTP behaviour shared by every route: strong ETags with 304s, Cache-Control, gzip, OPTIONS answers.

A pure ASGI middleware (not BaseHTTPMiddleware) that buffers each GET answer once: it compresses it
deterministically (so a representation always has the same bytes), tags each coding with its own
strong ETag, and answers a matching If-None-Match with 304.
"""

from __future__ import annotations

import gzip
import hashlib

from starlette.datastructures import Headers, MutableHeaders
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from app.errors import ALLOWED_METHODS

NO_STORE_PATHS = ("/healthz", "/readyz")
MIN_GZIP_SIZE = 1000
# The same URL answers JSON or CSV by Accept, plain or gzip by Accept-Encoding: caches must key on both.
VARY = ("Accept", "Accept-Encoding")


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
            body = b"".join(chunks)
            await self._finish(scope["path"], request_headers, start, body, send, head=method == "HEAD")

        await self.app(scope, receive, buffer)

    async def _finish(
        self, path: str, request: Headers, start: Message, body: bytes, send: Send, *, head: bool
    ) -> None:
        headers = MutableHeaders(scope=start)
        _add_vary(headers)
        coding = ""
        if _wants_gzip(request) and len(body) >= MIN_GZIP_SIZE and "content-encoding" not in headers:
            body, coding = gzip.compress(body, compresslevel=6, mtime=0), "gzip"
            headers["Content-Encoding"] = "gzip"
            headers["Content-Length"] = str(len(body))
        if start["status"] == 200:
            if path.startswith(NO_STORE_PATHS):
                headers["Cache-Control"] = "no-store"
            else:
                digest = hashlib.sha256(body).hexdigest()[:32]
                tag = f'"{digest}-{coding}"' if coding else f'"{digest}"'
                headers["ETag"] = tag
                headers["Cache-Control"] = f"public, max-age={self.max_age}"
                if _matches(request.get("if-none-match", ""), tag):
                    await _not_modified(start, send)
                    return
        await send(start)
        await send({"type": "http.response.body", "body": b"" if head else body})


def _add_vary(headers: MutableHeaders) -> None:
    present = {v.strip().lower() for v in headers.get("vary", "").split(",") if v.strip()}
    for name in VARY:
        if name.lower() not in present:
            headers.add_vary_header(name)


def _wants_gzip(request: Headers) -> bool:
    for part in request.get("accept-encoding", "").lower().split(","):
        coding, _, params = part.strip().partition(";")
        if coding.strip() == "gzip":
            return params.replace(" ", "") not in ("q=0", "q=0.0", "q=0.00", "q=0.000")
    return False


def _matches(header: str, tag: str) -> bool:
    tags = {part.strip().removeprefix("W/") for part in header.split(",") if part.strip()}
    return "*" in tags or tag in tags


async def _not_modified(start: Message, send: Send) -> None:
    keep = {b"etag", b"cache-control", b"vary", b"content-location", b"access-control-allow-origin"}
    headers = [(k, v) for k, v in start["headers"] if k.lower() in keep]
    await send({"type": "http.response.start", "status": 304, "headers": headers})
    await send({"type": "http.response.body", "body": b""})


async def _options(send: Send) -> None:
    headers = [(b"allow", ALLOWED_METHODS.encode()), (b"content-length", b"0")]
    await send({"type": "http.response.start", "status": 204, "headers": headers})
    await send({"type": "http.response.body", "body": b""})
