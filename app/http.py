"""HTTP behaviour shared by every route: cached answers, strong ETags with 304s, Cache-Control, gzip, OPTIONS.

A pure ASGI middleware (not BaseHTTPMiddleware). A `/v1` answer is looked up in the response cache by the
store's content version, host, path, normalised query and `Accept` (see app/cache.py): a hit is answered
from memory, a matching If-None-Match with 304 before anything is rendered. A miss is rendered once, buffered
and kept. Each content coding has its own strong ETag, and gzip is deterministic, so a representation always
has the same bytes.
"""

from __future__ import annotations

import hashlib
from collections.abc import Sequence

from starlette.datastructures import Headers
from starlette.routing import BaseRoute, Match
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from app.cache import Key, Rendered, ResponseCache, cache_key
from app.errors import ALLOWED_METHODS
from app.version import ContentVersion

NO_STORE_PATHS = ("/healthz", "/readyz")
CACHED_PREFIX = "/v1/"
MIN_GZIP_SIZE = 1000
# The same URL answers JSON or CSV by Accept, plain or gzip by Accept-Encoding: caches must key on both.
VARY = b"Accept, Accept-Encoding"
_SET_HERE = {b"content-length", b"content-encoding", b"etag", b"cache-control", b"vary"}


class ConditionalGetMiddleware:
    def __init__(
        self,
        app: ASGIApp,
        *,
        max_age: int,
        cache: ResponseCache | None = None,
        versions: ContentVersion | None = None,
        routes: Sequence[BaseRoute] = (),
    ) -> None:
        self.app = app
        self.routes = routes
        self.max_age = max_age
        self.cache = cache
        self.versions = versions

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        request = Headers(scope=scope)
        method = scope["method"]
        if method == "OPTIONS" and "access-control-request-method" not in request and self._exists(scope):
            await _options(send)
            return
        if method not in ("GET", "HEAD"):
            await self.app(scope, receive, send)
            return
        # Routes are declared for GET; HEAD is the same answer without its body.
        scope = {**scope, "method": "GET"}
        key = await self._key(scope, request)
        if key is not None and "origin" not in request and _stream_tag(key) in _tags(request.get("if-none-match", "")):
            # Only a stream is given this tag, and its bytes are a function of the key: answered without reading.
            await _not_modified(_stream_headers([], key, self.max_age), send)
            return
        entry = self.cache.get(key) if self.cache is not None and key is not None else None
        if entry is None:
            relay = _StreamRelay(request, key, send, max_age=self.max_age, head=method == "HEAD")
            rendered = await _render(self.app, scope, receive, relay)
            if rendered is None:  # streamed through
                return
            entry = rendered
            if self.cache is not None and key is not None and entry.status == 200:
                self.cache.put(key, entry)
        body, tag = self._coded(entry, request, key)
        await self._answer(scope["path"], request, entry, body, tag, send, head=method == "HEAD")

    def _exists(self, scope: Scope) -> bool:
        """A route answers this path (for some method): OPTIONS on any other path is a 404, from the app."""
        return not self.routes or any(route.matches(scope)[0] != Match.NONE for route in self.routes)

    def _coded(self, entry: Rendered, request: Headers, key: Key | None) -> tuple[bytes, str]:
        coding = "gzip" if _wants_gzip(request) and len(entry.body) >= MIN_GZIP_SIZE else ""
        before = entry.size
        coded = entry.coded(coding)
        if self.cache is not None and key is not None and entry.size != before:
            self.cache.grew(key, entry.size - before)
        return coded

    async def _key(self, scope: Scope, request: Headers) -> Key | None:
        if self.versions is None or not scope["path"].startswith(CACHED_PREFIX):
            return None
        version = await self.versions.current()
        if version is None:  # the store cannot say what it holds: render every answer afresh
            return None
        query = scope.get("query_string", b"").decode("latin-1")
        host, accept = request.get("host", ""), request.get("accept", "")
        return cache_key(version, host, scope["path"], query, accept, "origin" in request)

    async def _answer(
        self, path: str, request: Headers, entry: Rendered, body: bytes, tag: str, send: Send, *, head: bool
    ) -> None:
        headers = [(k, v) for k, v in entry.headers if k.lower() not in _SET_HERE]
        headers.append((b"vary", VARY))
        if body is not entry.body:
            headers.append((b"content-encoding", b"gzip"))
        if entry.status == 200:
            if path.startswith(NO_STORE_PATHS):
                headers.append((b"cache-control", b"no-store"))
            else:
                headers += [(b"etag", tag.encode()), (b"cache-control", f"public, max-age={self.max_age}".encode())]
                if _matches(request.get("if-none-match", ""), tag):
                    await _not_modified(headers, send)
                    return
        headers.append((b"content-length", str(len(body)).encode()))
        await send({"type": "http.response.start", "status": entry.status, "headers": headers})
        await send({"type": "http.response.body", "body": b"" if head else body})


async def _render(app: ASGIApp, scope: Scope, receive: Receive, relay: _StreamRelay) -> Rendered | None:
    """Run the app and keep its whole answer; or, for an answer without Content-Length (a streamed export,
    which may be any size), hand it to `relay` as it comes and keep nothing (None)."""
    start: Message = {}
    chunks: list[bytes] = []
    streamed = False

    async def buffer(message: Message) -> None:
        nonlocal start, streamed
        if message["type"] == "http.response.start":
            start = message
            streamed = all(name.lower() != b"content-length" for name, _ in message.get("headers", []))
        if streamed:
            await relay(message)
        elif message["type"] == "http.response.body":
            chunks.append(message.get("body", b""))

    await app(scope, receive, buffer)
    if streamed:
        return None
    return Rendered(status=start["status"], headers=list(start.get("headers", [])), body=b"".join(chunks))


class _StreamRelay:
    """Sends a streamed answer on as it comes, uncompressed. Its bytes are not known before they are sent, so
    its strong ETag names what they are a function of: the cache key (content version, host, path, query,
    Accept, Origin). A matching If-None-Match is answered 304 and the body is dropped."""

    def __init__(self, request: Headers, key: Key | None, send: Send, *, max_age: int, head: bool) -> None:
        self.request, self.key, self.send, self.max_age, self.head = request, key, send, max_age, head
        self.not_modified = False

    async def __call__(self, message: Message) -> None:
        if message["type"] == "http.response.start":
            key = self.key if message["status"] == 200 else None
            headers = _stream_headers(list(message.get("headers", [])), key, self.max_age)
            if key is not None and _matches(self.request.get("if-none-match", ""), _stream_tag(key)):
                self.not_modified = True
                await _not_modified(headers, self.send)
            else:
                await self.send({**message, "headers": headers})
        elif self.not_modified:
            return
        elif not self.head:
            await self.send(message)
        elif not message.get("more_body", False):
            await self.send({"type": "http.response.body", "body": b""})


def _stream_headers(headers: list[tuple[bytes, bytes]], key: Key | None, max_age: int) -> list[tuple[bytes, bytes]]:
    kept = [(k, v) for k, v in headers if k.lower() not in _SET_HERE]
    kept.append((b"vary", VARY))
    if key is not None:
        kept += [(b"etag", _stream_tag(key).encode()), (b"cache-control", f"public, max-age={max_age}".encode())]
    return kept


def _stream_tag(key: Key) -> str:
    digest = hashlib.sha256(repr(key).encode()).hexdigest()[:32]
    return f'"{digest}-stream"'


def _wants_gzip(request: Headers) -> bool:
    for part in request.get("accept-encoding", "").lower().split(","):
        coding, _, params = part.strip().partition(";")
        if coding.strip() == "gzip":
            return params.replace(" ", "") not in ("q=0", "q=0.0", "q=0.00", "q=0.000")
    return False


def _tags(header: str) -> set[str]:
    return {part.strip().removeprefix("W/") for part in header.split(",") if part.strip()}


def _matches(header: str, tag: str) -> bool:
    tags = _tags(header)
    return "*" in tags or tag in tags


async def _not_modified(headers: list[tuple[bytes, bytes]], send: Send) -> None:
    keep = {b"etag", b"cache-control", b"vary", b"content-location", b"access-control-allow-origin"}
    kept = [(k, v) for k, v in headers if k.lower() in keep]
    await send({"type": "http.response.start", "status": 304, "headers": kept})
    await send({"type": "http.response.body", "body": b""})


async def _options(send: Send) -> None:
    headers = [(b"allow", ALLOWED_METHODS.encode()), (b"content-length", b"0")]
    await send({"type": "http.response.start", "status": 204, "headers": headers})
    await send({"type": "http.response.body", "body": b""})
