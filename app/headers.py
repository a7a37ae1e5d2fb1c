"""Security headers on every answer: no content sniffing, a Content-Security-Policy per kind of page, no referrer
leaking paths to other sites.

The API's answers are data, so their policy forbids everything (a JSON or CSV body opened in a browser runs
nothing). The interactive documentation loads Swagger UI / ReDoc from this server (app/api/docs.py) with an
inline bootstrap script, so `/docs` and `/redoc` get a looser policy, still limited to this origin; pages under
`/dashboard/` load only their own scripts and styles.
"""

from __future__ import annotations

from starlette.types import ASGIApp, Message, Receive, Scope, Send

STRICT = b"default-src 'none'; frame-ancestors 'none'; base-uri 'none'; form-action 'none'"
DOCS = (
    b"default-src 'none'; script-src 'self' 'unsafe-inline'; style-src 'self' 'unsafe-inline'; "
    b"img-src 'self' data:; connect-src 'self'; worker-src 'self' blob:; "
    b"frame-ancestors 'none'; base-uri 'none'; form-action 'none'"
)
DASHBOARD = (
    b"default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:; connect-src 'self'; "
    b"font-src 'self'; frame-ancestors 'none'; base-uri 'none'; form-action 'self'"
)
DOCS_PATHS = ("/docs", "/redoc")
_COMMON = [(b"x-content-type-options", b"nosniff"), (b"referrer-policy", b"no-referrer")]


def policy_for(path: str, landing: bytes = STRICT) -> bytes:
    if path.startswith(DOCS_PATHS):
        return DOCS
    if path.startswith("/dashboard/") or path == "/dashboard":
        return DASHBOARD
    return landing if path == "/" else STRICT


class SecurityHeadersMiddleware:
    """Adds the headers to every answer's start (cached answers included: they pass through here)."""

    def __init__(self, app: ASGIApp, *, landing_policy: bytes = STRICT) -> None:
        self.app = app
        self.landing_policy = landing_policy

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        added = [*_COMMON, (b"content-security-policy", policy_for(scope["path"], self.landing_policy))]

        async def send_with_headers(message: Message) -> None:
            if message["type"] == "http.response.start":
                message["headers"] = [*message.get("headers", ()), *added]
            await send(message)

        await self.app(scope, receive, send_with_headers)
