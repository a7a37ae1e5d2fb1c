"""Admission to the store: a server under any load degrades, it never locks up.

A request holds a pooled connection from its first query to its end, and runs its sync steps on the thread
pool. When more requests hold (or wait for) connections than there are threads, the requests that hold one
cannot get a thread to finish, and the ones with threads wait for a connection: the server locks up until the
pool times out. So at most `limit` requests are admitted at once, with `limit` equal to the pool's size and no
more than the thread pool's: an admitted request always finds a connection and a thread. The others wait here,
on the event loop, holding neither, for at most `timeout` seconds, and are then answered 503 with
`Retry-After`. Paths that never touch the store (`/healthz`) are not counted.
"""

from __future__ import annotations

import asyncio

import anyio
from starlette.types import ASGIApp, Receive, Scope, Send

from app.errors import problem_bytes

RETRY_AFTER_SECONDS = 1


class AdmissionMiddleware:
    def __init__(self, app: ASGIApp, *, limit: int, timeout: float, exempt: tuple[str, ...] = ("/healthz",)) -> None:
        self.app = app
        self.limit = limit
        self.timeout = timeout
        self.exempt = exempt
        self._slots: asyncio.Semaphore | None = None

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http" or scope["path"] in self.exempt:
            await self.app(scope, receive, send)
            return
        if self._slots is None:  # created in the serving loop
            self._slots = asyncio.Semaphore(self.limit)
        try:
            with anyio.fail_after(self.timeout):
                await self._slots.acquire()
        except TimeoutError:
            await _busy(scope, send)
            return
        try:
            await self.app(scope, receive, send)
        finally:
            self._slots.release()


async def _busy(scope: Scope, send: Send) -> None:
    detail = f"The server is at capacity; retry in {RETRY_AFTER_SECONDS} s"
    body = problem_bytes(503, detail, slug="busy", instance=scope["path"])
    headers = [
        (b"content-type", b"application/problem+json"),
        (b"content-length", str(len(body)).encode()),
        (b"retry-after", str(RETRY_AFTER_SECONDS).encode()),
        (b"cache-control", b"no-store"),
    ]
    await send({"type": "http.response.start", "status": 503, "headers": headers})
    await send({"type": "http.response.body", "body": body})
