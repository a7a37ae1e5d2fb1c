"""Answers are cached per store version: while two workers serve and reports are ingested, no answer mixes
two ingests, and each ingest shows within the documented bound (the version check interval, 1 s)."""

from __future__ import annotations

import threading
import time
from dataclasses import dataclass

import httpx
import pytest
from sqlalchemy.engine import Engine

from seed.load import ingest_text
from tests.conftest import StoreFactory
from tests.helpers import replace_line
from tests.live import server_process

SUMMARY = "/v1/reports/a-75-623/summary"
PRINTED = "Subtotal\t459 257.7\t418 875.6\t40 382.1\t8.8"
ALTERED = "Subtotal\t459 257.7\t418 875.9\t40 382.1\t8.8"  # operational costs spent 300 dollars more
INTERVAL = 1.0


@dataclass(frozen=True)
class Seen:
    at: float
    expenditure: int  # the operational costs subtotal, from the financial table
    failed: int  # the checks that failed, from the checks table


def _watch(base: str, stop: threading.Event, seen: list[Seen]) -> None:
    with httpx.Client(base_url=base, timeout=10) as client:
        while not stop.is_set():
            body = client.get(SUMMARY, headers={"Accept-Encoding": "identity"}).json()["data"]
            group = next(g for g in body["groups"] if g["group_slug"] == "operational-costs")
            seen.append(Seen(time.monotonic(), group["expenditure_usd"], body["checks"]["failed"]))


@pytest.fixture
def store(stores: StoreFactory) -> str:
    return stores.create()


def test_two_workers_never_mix_ingests_and_show_each_within_the_bound(store: str, report_text: str) -> None:
    from app.db import make_engine

    engine: Engine = make_engine(store)
    altered = replace_line(report_text, PRINTED, ALTERED)
    ingest_text(engine, report_text, symbol="A/75/623")
    env = {"DATABASE_URL": store, "BPR_VERSION_CHECK_INTERVAL": str(INTERVAL)}
    seen: list[Seen] = []
    ingested: list[tuple[float, int]] = []
    with server_process(env, workers=2) as base:
        stop = threading.Event()
        watchers = [threading.Thread(target=_watch, args=(base, stop, seen)) for _ in range(2)]
        for watcher in watchers:
            watcher.start()
        for text, expenditure in ((altered, 418875900), (report_text, 418875600)) * 2:
            ingest_text(engine, text, symbol="A/75/623")
            ingested.append((time.monotonic(), expenditure))
            time.sleep(2 * INTERVAL + 0.5)
        stop.set()
        for watcher in watchers:
            watcher.join()
    engine.dispose()
    # Each answer is whole: the printed subtotal and the failed checks come from the same ingest.
    assert {(s.expenditure, s.failed > 0) for s in seen} <= {(418875600, False), (418875900, True)}
    # Each ingest shows within the bound (plus the time to render and answer) and stays until the next.
    for (at, expenditure), following in zip(ingested, [*ingested[1:], (float("inf"), 0)], strict=True):
        after = [s for s in seen if at + INTERVAL + 0.5 < s.at < following[0]]
        assert after, "the watchers saw nothing in this window"
        assert {s.expenditure for s in after} == {expenditure}
