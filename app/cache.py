"""Rendered answers kept in memory: the data changes only when a report is ingested.

An answer is a pure function of the store's content version, the origin (scheme and host), the path, the query (its
parameters in a normal order), the representation asked for by `Accept` and whether the request named an Origin; its
gzip coding is made once, on first demand. The cache holds at most `max_bytes` of bodies and drops the least
recently used first.
"""

from __future__ import annotations

import gzip
import hashlib
from collections import OrderedDict
from dataclasses import dataclass, field

Key = tuple[int, str, str, str, str, bool]


@dataclass
class Rendered:
    """One answer, with its strong ETag per content coding."""

    status: int
    headers: list[tuple[bytes, bytes]]  # without content-length, content-encoding and etag
    body: bytes
    codings: dict[str, tuple[bytes, str]] = field(default_factory=dict)  # coding -> (body, etag)

    def coded(self, coding: str) -> tuple[bytes, str]:
        """The body in `coding` ("" or "gzip") and its ETag, compressed deterministically once."""
        if coding not in self.codings:
            body = gzip.compress(self.body, compresslevel=6, mtime=0) if coding else self.body
            digest = hashlib.sha256(body).hexdigest()[:32]
            self.codings[coding] = (body, f'"{digest}-{coding}"' if coding else f'"{digest}"')
        return self.codings[coding]

    @property
    def size(self) -> int:
        return len(self.body) + sum(len(body) for body, _ in self.codings.values())


def cache_key(version: int, base: str, path: str, query: str, accept: str, origin: bool = False) -> Key:
    """`base`: the scheme and host absolute URLs are built from; `origin`: the request named an Origin, so the
    answer carries CORS headers (the same for every origin)."""
    # Parameters in a normal order, compared as printed: a cheap normal form for the hot path.
    normal = "&".join(sorted(query.split("&"))) if "&" in query else query
    return (version, base, path, normal, accept, origin)


class ResponseCache:
    def __init__(self, max_bytes: int) -> None:
        self.max_bytes = max_bytes
        self.bytes = 0
        self._entries: OrderedDict[Key, Rendered] = OrderedDict()

    def get(self, key: Key) -> Rendered | None:
        entry = self._entries.get(key)
        if entry is not None:
            self._entries.move_to_end(key)
        return entry

    def put(self, key: Key, entry: Rendered) -> None:
        if key in self._entries or entry.size * 4 > self.max_bytes:
            return  # an answer larger than a quarter of the cache would evict too much to be worth keeping
        self._entries[key] = entry
        self.bytes += entry.size
        self._shrink()

    def grew(self, key: Key, added: int) -> None:
        """The entry at `key` gained a coding: count it if it is held, and stay within the limit."""
        if key in self._entries:
            self.bytes += added
            self._shrink()

    def _shrink(self) -> None:
        while self.bytes > self.max_bytes and self._entries:
            _, dropped = self._entries.popitem(last=False)
            self.bytes -= dropped.size

    def __len__(self) -> int:
        return len(self._entries)
