"""What a client may send: bounds on the URL, the headers, and the time to send them.

Two layers, because uvicorn enforces none of this with httptools (its fast parser). The protocol below works where
only the server can: it counts the bytes of a request's line and headers as they arrive and refuses past
`max_header_bytes` (431), and closes a connection that has not finished its headers within `header_timeout` (408),
so a slow or endless header cannot hold memory or a connection. A request that arrived whole but is too long in its
URL (414) or has too many headers (431) is refused by the ASGI middleware, which keeps the connection open: the
request was read to its end. Every refusal is problem+json; none logs a traceback.
"""

from __future__ import annotations

import asyncio
from asyncio import TimerHandle
from typing import Any

from starlette.types import ASGIApp, Receive, Scope, Send
from uvicorn.config import Config
from uvicorn.protocols.http.httptools_impl import STATUS_LINE, HttpToolsProtocol
from uvicorn.server import ServerState

from app.errors import problem_bytes
from app.settings import get_settings

_CLOSE_HEADERS = (
    b"content-type: application/problem+json\r\ncache-control: no-store\r\n"
    b"x-content-type-options: nosniff\r\nconnection: close\r\n"
)


class LimitedHttpToolsProtocol(HttpToolsProtocol):
    """uvicorn's httptools protocol with a header-size bound and a header-read timeout (`budget-api serve`)."""

    def __init__(
        self,
        config: Config,
        server_state: ServerState,
        app_state: dict[str, Any],
        _loop: asyncio.AbstractEventLoop | None = None,
    ) -> None:
        super().__init__(config, server_state, app_state, _loop)
        settings = get_settings()  # as deployed: from the environment of `budget-api serve`
        self.max_header_bytes = settings.max_header_bytes
        self.header_timeout = settings.header_timeout
        self.reading_headers = True
        self.header_bytes = 0
        self.header_deadline: TimerHandle | None = None

    def connection_made(self, transport: asyncio.Transport) -> None:  # type: ignore[override]
        super().connection_made(transport)
        self._start_header_clock()  # a connection that never sends a request line is timed out too

    def connection_lost(self, exc: Exception | None) -> None:
        self._stop_header_clock()
        super().connection_lost(exc)

    def data_received(self, data: bytes) -> None:
        if self.reading_headers:
            self.header_bytes += len(data)
            self._start_header_clock()  # the first byte after a keep-alive pause starts it again
        super().data_received(data)
        if self.reading_headers and self.header_bytes > self.max_header_bytes and not self.transport.is_closing():
            self.refuse(431, f"The request line and headers exceed {self.max_header_bytes} bytes")

    def on_headers_complete(self) -> None:
        self.reading_headers = False
        self.header_bytes = 0
        self._stop_header_clock()
        super().on_headers_complete()

    def on_message_complete(self) -> None:
        super().on_message_complete()
        self.reading_headers = True  # what follows on this connection is the next request's headers
        self.header_bytes = 0

    def send_400_response(self, msg: str) -> None:
        # The request line or a header could not be parsed (uvicorn answers that in plain text).
        self.refuse(400, "The request is not valid HTTP/1.1")

    def refuse(self, status: int, detail: str) -> None:
        """Answer problem+json and close: the rest of the request is unread, so the connection cannot go on."""
        self._stop_header_clock()
        body = problem_bytes(status, detail)
        head = [STATUS_LINE[status], _CLOSE_HEADERS, b"content-length: %d\r\n" % len(body)]
        head += [name + b": " + value + b"\r\n" for name, value in self.server_state.default_headers]
        self.transport.write(b"".join([*head, b"\r\n", body]))
        self.transport.close()

    def _start_header_clock(self) -> None:
        if self.header_deadline is None:
            self.header_deadline = self.loop.call_later(self.header_timeout, self._headers_timed_out)

    def _stop_header_clock(self) -> None:
        if self.header_deadline is not None:
            self.header_deadline.cancel()
            self.header_deadline = None

    def _headers_timed_out(self) -> None:
        self.header_deadline = None
        if self.reading_headers and not self.transport.is_closing():
            self.refuse(408, f"The request line and headers did not arrive within {self.header_timeout:g} s")


class RequestLimitsMiddleware:
    """414 for a URL longer than `max_url_length`, 431 for more than `max_header_count` headers (pure ASGI)."""

    def __init__(self, app: ASGIApp, *, max_url_length: int, max_header_count: int) -> None:
        self.app = app
        self.max_url_length = max_url_length
        self.max_header_count = max_header_count

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] == "http":
            refusal = self._refusal(scope)
            if refusal is not None:
                status, detail = refusal
                body = problem_bytes(status, detail)
                headers = [
                    (b"content-type", b"application/problem+json"),
                    (b"content-length", str(len(body)).encode()),
                    (b"cache-control", b"no-store"),
                ]
                await send({"type": "http.response.start", "status": status, "headers": headers})
                await send({"type": "http.response.body", "body": body})
                return
        await self.app(scope, receive, send)

    def _refusal(self, scope: Scope) -> tuple[int, str] | None:
        query = scope.get("query_string", b"")
        length = len(scope.get("raw_path") or scope["path"].encode()) + (len(query) + 1 if query else 0)
        if length > self.max_url_length:
            return 414, f"The URL is {length} bytes long; at most {self.max_url_length} are accepted"
        count = len(scope["headers"])
        if count > self.max_header_count:
            return 431, f"The request has {count} headers; at most {self.max_header_count} are accepted"
        return None
