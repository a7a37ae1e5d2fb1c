"""Under a client fleet the server degrades, it never locks up.

Before admission control, 128 clients on one output made every worker thread wait in `get_report` for a
pooled connection held by requests that needed a thread to finish: 15 answers in 5 s and `/healthz` silent
for 56 s. Here 96 clients hit a server whose pool has 4 connections: every request is answered promptly with
the data or with 503 and `Retry-After`, and `/healthz` answers throughout.
"""

from __future__ import annotations

import asyncio
import time
from concurrent.futures import ThreadPoolExecutor

import httpx

from tests.live import server_process

CLIENTS = 96
PATH = "/v1/reports/a-75-623/outputs/1.1.o1"


async def _fleet(base: str) -> tuple[list[httpx.Response], list[float]]:
    limits = httpx.Limits(max_connections=CLIENTS + 4)
    async with httpx.AsyncClient(base_url=base, timeout=30, limits=limits) as client:

        async def health_while_loaded() -> list[float]:
            waits = []
            for _ in range(10):
                started = time.perf_counter()
                assert (await client.get("/healthz")).status_code == 200
                waits.append(time.perf_counter() - started)
                await asyncio.sleep(0.05)
            return waits

        async def hammer() -> list[httpx.Response]:
            answers = []
            for _ in range(4):
                answers.append(await client.get(PATH, headers={"Accept-Encoding": "identity"}))
            return answers

        health = asyncio.create_task(health_while_loaded())
        fleet = await asyncio.gather(*(hammer() for _ in range(CLIENTS)))
        waits = await health
    return [answer for answers in fleet for answer in answers], waits


def test_a_fleet_is_served_or_told_to_retry_and_health_answers_throughout(loaded_url: str) -> None:
    with server_process({"DATABASE_URL": loaded_url, "BPR_STORE_CONCURRENCY": "4"}) as base:
        started = time.perf_counter()
        # Its own thread and event loop: a browser test's driver may keep one running in this thread.
        with ThreadPoolExecutor(max_workers=1) as pool:
            answers, health_waits = pool.submit(asyncio.run, _fleet(base)).result()
        elapsed = time.perf_counter() - started
    statuses = {answer.status_code for answer in answers}
    assert statuses <= {200, 503}
    assert 200 in statuses
    for busy in (a for a in answers if a.status_code == 503):
        assert busy.headers["retry-after"] == "1"
        assert busy.headers["content-type"] == "application/problem+json"
    # On a saturated 2-core machine the event loop is shared with the fleet's connections, so a health check
    # can wait a few seconds; during the lock-up it waited 56 s.
    assert max(health_waits) < 10.0
    assert elapsed < 60  # a lock-up waits out the 30 s pool timeout at least once per blocked request
