"""Benchmarks: parse and ingest time, and per-endpoint latency served in process.

`make bench` (or `python -m bench.run [--postgres URL] [--requests N]`). Prints a table; nothing here
asserts a time. Numbers depend on the machine; compare runs on the same one.
"""

from __future__ import annotations

import argparse
import statistics
import tempfile
import time
import uuid
import warnings
from collections.abc import Callable
from pathlib import Path

from sqlalchemy import create_engine, text
from sqlalchemy.pool import NullPool

from app.db import make_engine
from app.main import create_app
from app.migrate import migrate
from app.settings import Settings
from seed.load import SOURCES, bundled_errata, ingest_bundled, ingest_file
from seed.parser.report import parse_report
from seed.reader import read_docx_path

REPORT = "/v1/reports/a-75-623"
WORD_REPORT = SOURCES / "A-80-590.docx"
ENDPOINTS = (
    "/v1/reports",
    f"{REPORT}/summary",
    f"{REPORT}/financial-categories",
    f"{REPORT}/financial-categories/air-operations",
    f"{REPORT}/outputs?limit=500",
    f"{REPORT}/outputs?status=exceeded&facets=component",
    f"{REPORT}/outputs/5.1.o17",
    f"{REPORT}/indicators",
    f"{REPORT}/paragraphs?q=pandemic",
    f"{REPORT}/covid-annotations?limit=500",
    f"{REPORT}/outputs?limit=500&format=csv",
    "/v1/search?q=unmanned%20aerial%20vehicles",
    "/v1/search?q=COVID-19",
)


def timed(fn: Callable[[], object], repeat: int) -> list[float]:
    samples = []
    for _ in range(repeat):
        start = time.perf_counter()
        fn()
        samples.append((time.perf_counter() - start) * 1000)
    return samples


def line(name: str, samples: list[float]) -> str:
    ordered = sorted(samples)
    p95 = ordered[max(0, round(len(ordered) * 0.95) - 1)]
    return f"{name:<62} {statistics.median(ordered):8.2f} {p95:8.2f} {len(ordered):6d}"


def bench_store(url: str, requests: int) -> None:
    with warnings.catch_warnings():
        warnings.filterwarnings("ignore", message="Using `httpx` with `starlette.testclient`")
        from fastapi.testclient import TestClient

    migrate(url)
    engine = make_engine(url)
    print(line("ingest A/80/590 from its .docx (ms)", timed(lambda: ingest_file(engine, WORD_REPORT), 5)))
    print(line("ingest every bundled report (ms)", timed(lambda: ingest_bundled(engine), 3)))
    engine.dispose()
    with TestClient(create_app(Settings.model_validate({"DATABASE_URL": url, "log_level": "warning"}))) as client:
        for path in ENDPOINTS:
            assert client.get(path).status_code == 200, path
            print(line(f"GET {path}", timed(lambda path=path: client.get(path), requests)))  # type: ignore[misc]


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--requests", type=int, default=50)
    parser.add_argument("--postgres", help="admin URL of a PostgreSQL server to benchmark as well")
    args = parser.parse_args()
    text_ = (SOURCES / "A-75-623.txt").read_text(encoding="utf-8")
    errata = bundled_errata(text_)
    print(f"{'benchmark':<62} {'p50 ms':>8} {'p95 ms':>8} {'runs':>6}")
    print(line("parse_report A/75/623 (pure parser)", timed(lambda: parse_report(text_, errata), 10)))
    print(line("read A/80/590 .docx to text", timed(lambda: read_docx_path(WORD_REPORT), 10)))
    word_text = read_docx_path(WORD_REPORT)
    print(line("parse_report A/80/590", timed(lambda: parse_report(word_text), 10)))
    with tempfile.TemporaryDirectory() as tmp:
        print("-- SQLite")
        bench_store(f"sqlite:///{Path(tmp) / 'bench.sqlite3'}", args.requests)
    if args.postgres:
        name = f"bpr_bench_{uuid.uuid4().hex[:8]}"
        admin = create_engine(args.postgres, isolation_level="AUTOCOMMIT", poolclass=NullPool)
        with admin.connect() as conn:
            conn.execute(text(f'CREATE DATABASE "{name}"'))
        try:
            print("-- PostgreSQL")
            bench_store(args.postgres.rsplit("/", 1)[0] + f"/{name}", args.requests)
        finally:
            with admin.connect() as conn:
                conn.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))


if __name__ == "__main__":
    main()
