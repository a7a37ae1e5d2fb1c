"""The configured public origin (`BPR_PUBLIC_BASE_URL`) stands in for what the request says about itself.

Every absolute URL the API writes (`url`, `links`, the Link header, the landing page, redirects) is built from the
request's scheme and Host. With a public origin configured, this pure ASGI middleware sets both before anything
else reads them, so a forged Host (`evil.example`) appears nowhere, and every request shares one cache entry per
path whatever Host it sent.
"""

from __future__ import annotations

from urllib.parse import urlsplit

from starlette.types import ASGIApp, Receive, Scope, Send


class PublicOriginMiddleware:
    def __init__(self, app: ASGIApp, *, origin: str) -> None:
        self.app = app
        parts = urlsplit(origin)
        self.scheme = parts.scheme
        self.host = parts.netloc.encode("ascii")
        default_port = 443 if parts.scheme == "https" else 80
        self.server = (parts.hostname or "", parts.port or default_port)

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] in ("http", "websocket"):
            headers = [(name, value) for name, value in scope["headers"] if name != b"host"]
            headers.append((b"host", self.host))
            scope = {**scope, "scheme": self.scheme, "server": self.server, "headers": headers}
        await self.app(scope, receive, send)
