"""The store's health as a serving worker sees it, so an outage is logged once, not once per request.

The first failure of the store (unreachable, refused, not migrated) writes one warning; requests answered 503 while
it lasts write nothing more; the first success after it (a request's, or the content-version check's, which runs
at most once per interval) writes one line saying it is back. Recovery needs nothing from here: PostgreSQL
connections are pinged before use and SQLite ones reopen the file.
"""

from __future__ import annotations

import threading

from app.log import logger


class StoreHealth:
    def __init__(self) -> None:
        self._lock = threading.Lock()
        self.down = False

    def failed(self, error: BaseException) -> None:
        with self._lock:
            if self.down:
                return
            self.down = True
        reason = str(getattr(error, "orig", None) or error).strip().splitlines()[0][:200]
        logger.warning("store unavailable, answering 503 until it recovers: %s: %s", type(error).__name__, reason)

    def recovered(self) -> None:
        if not self.down:  # the common case, without the lock
            return
        with self._lock:
            if not self.down:
                return
            self.down = False
        logger.warning("store available again")
