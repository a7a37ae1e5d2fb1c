"""Serving benchmark, side by side: this API (one uvicorn worker, on SQLite and on PostgreSQL), Datasette on the
very same SQLite file, and a bare ASGI app answering precomputed bytes of the same responses (the ceiling).

`make bench` runs it and writes `bench/results.md`. Each system is started alone, warmed up, then driven by wrk
(the Debian package) for each equivalent request at 32 and 128 connections, `--seconds` per point. Nothing here
asserts a time: the results are ratios to read, since absolute numbers depend on the machine.
"""

from __future__ import annotations

import argparse
import base64
import gzip
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile
import time
import urllib.request
import uuid
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path

from sqlalchemy import create_engine, text
from sqlalchemy.pool import NullPool

from bench.profile import profile_report
from bench.report import Measure, write_results

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
VENV_BIN = Path(sys.executable).parent


@dataclass(frozen=True)
class Equivalent:
    """One request, as this API and as Datasette ask for the same rows."""

    name: str
    ours: str
    datasette: str
    headers: tuple[tuple[str, str], ...] = ()


REQUESTS = (
    Equivalent(
        "50 outputs of component 2",
        "/v1/reports/a-75-623/outputs?component=2&limit=50",
        "/store/output.json?report_id=a-75-623&component=2&_size=50&_shape=objects",
    ),
    Equivalent(
        "one output by id", "/v1/reports/a-75-623/outputs/1.1.o1", "/store/output/a-75-623,1.1.o1.json?_shape=objects"
    ),
    Equivalent(
        "all financial categories",
        "/v1/reports/a-75-623/financial-categories",
        "/store/financial_category.json?report_id=a-75-623&_size=100&_shape=objects",
    ),
    Equivalent(
        "cross-report query",
        "/v1/financial-categories?slug=air-operations&sort=-expenditure_usd",
        "/store/financial_category.json?slug=air-operations&_sort_desc=expenditure_usd&_shape=objects",
    ),
    Equivalent("full-text search", "/v1/search?q=fuel", "/store/search_fts.json?_search=fuel&_shape=objects"),
    Equivalent(
        "CSV of all outputs",
        "/v1/reports/a-75-623/outputs?format=csv&limit=500",
        "/store/output.csv?report_id=a-75-623&_size=max",
    ),
    Equivalent(
        "conditional request (304)",
        "/v1/reports/a-75-623/outputs/1.1.o1",
        "/store/output/a-75-623,1.1.o1.json?_shape=objects",
        (("If-None-Match", "{etag}"),),
    ),
    Equivalent(
        "gzip-accepting client",
        "/v1/reports/a-75-623/outputs?component=2&limit=50",
        "/store/output.json?report_id=a-75-623&component=2&_size=50&_shape=objects",
        (("Accept-Encoding", "gzip"),),
    ),
)


@dataclass
class Server:
    name: str
    base: str
    process: subprocess.Popen[bytes]
    started_in: float
    etags: dict[str, str] = field(default_factory=dict)


def _free_port() -> int:
    import socket

    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def _wait(url: str, process: subprocess.Popen[bytes], timeout: float = 60) -> float:
    started = time.perf_counter()
    while True:
        try:
            with urllib.request.urlopen(url, timeout=2) as response:
                if response.status == 200:
                    return time.perf_counter() - started
        except OSError:
            pass
        if process.poll() is not None or time.perf_counter() - started > timeout:
            raise RuntimeError(f"{url} did not answer")
        time.sleep(0.01)


@contextmanager
def serve(name: str, command: list[str], env: dict[str, str], ready: str) -> Iterator[Server]:
    port = _free_port()
    command = [part.replace("{port}", str(port)) for part in command]
    started = time.perf_counter()
    process = subprocess.Popen(command, env={**os.environ, **env}, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    base = f"http://127.0.0.1:{port}"
    try:
        _wait(base + ready, process)
        yield Server(name, base, process, time.perf_counter() - started)
    finally:
        process.terminate()
        process.wait(timeout=30)


def ours(store: str, *, workers: int = 1) -> list[str]:
    del store
    return [str(VENV_BIN / "budget-api"), "serve", "--port", "{port}", "--workers", str(workers)]


_WRK_LINE = re.compile(r"^\s*(50|99)%\s+([\d.]+)(us|ms|s)\s*$")
_UNITS = {"us": 0.001, "ms": 1.0, "s": 1000.0}


def wrk(url: str, connections: int, seconds: int, headers: tuple[tuple[str, str], ...]) -> Measure:
    command = ["wrk", "-t2", f"-c{connections}", f"-d{seconds}s", "--timeout", "5s", "--latency"]
    for key, value in headers:
        command += ["-H", f"{key}: {value}"]
    out = subprocess.run([*command, url], capture_output=True, text=True, check=True).stdout
    latency = {m[1]: float(m[2]) * _UNITS[m[3]] for line in out.splitlines() if (m := _WRK_LINE.match(line))}
    rate = re.search(r"Requests/sec:\s+([\d.]+)", out)
    non2xx = re.search(r"Non-2xx or 3xx responses: (\d+)", out)
    errors = re.search(r"Socket errors: connect (\d+), read (\d+), write (\d+), timeout (\d+)", out)
    return Measure(
        rate=float(rate[1]) if rate else 0.0,
        p50=latency.get("50", 0.0),
        p99=latency.get("99", 0.0),
        non2xx=int(non2xx[1]) if non2xx else 0,
        errors=sum(int(g) for g in errors.groups()[:3]) if errors else 0,
        timeouts=int(errors[4]) if errors else 0,
    )


def _headers(request: Equivalent, server: Server, path: str) -> tuple[tuple[str, str], ...]:
    if not any(value == "{etag}" for _, value in request.headers):
        return request.headers
    if path not in server.etags:
        with urllib.request.urlopen(server.base + path) as response:
            server.etags[path] = response.headers.get("ETag", '"none"')
    return tuple((k, server.etags[path] if v == "{etag}" else v) for k, v in request.headers)


def drive(server: Server, *, datasette: bool, seconds: int, levels: tuple[int, ...]) -> dict[tuple[str, int], Measure]:
    results = {}
    for request in REQUESTS:
        path = request.datasette if datasette else request.ours
        headers = _headers(request, server, path)
        wrk(server.base + path, 32, 2, headers)  # warm-up
        for connections in levels:
            results[(request.name, connections)] = wrk(server.base + path, connections, seconds, headers)
    return results


def peak_rss_mb(process: subprocess.Popen[bytes]) -> float:
    """The high-water mark of the process's resident memory (VmHWM), in MB."""
    status = Path(f"/proc/{process.pid}/status").read_text()
    kb = int(re.search(r"VmHWM:\s+(\d+) kB", status)[1])  # type: ignore[index]
    return kb / 1024


def ingest_seconds(env: dict[str, str]) -> float:
    started = time.perf_counter()
    subprocess.run([str(VENV_BIN / "budget-api"), "ingest"], env={**os.environ, **env}, check=True,
                   stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)  # fmt: skip
    return time.perf_counter() - started


def ceiling_bodies(server: Server, target: Path) -> None:
    """Record our answers, byte for byte, for the ceiling app to serve."""
    bodies = {}
    for request in REQUESTS:
        with urllib.request.urlopen(server.base + request.ours) as response:
            body = response.read()
            bodies[request.ours] = {
                "content_type": response.headers["Content-Type"],
                "etag": response.headers.get("ETag", '"x"'),
                "body": base64.b64encode(body).decode(),
                "gzip": base64.b64encode(gzip.compress(body, mtime=0)).decode(),
            }
    target.write_text(json.dumps(bodies), encoding="utf-8")


@contextmanager
def postgres_store(admin_url: str) -> Iterator[str]:
    name = f"bpr_bench_{uuid.uuid4().hex[:8]}"
    admin = create_engine(admin_url, isolation_level="AUTOCOMMIT", poolclass=NullPool)
    with admin.connect() as conn:
        conn.execute(text(f'CREATE DATABASE "{name}"'))
    try:
        yield admin_url.rsplit("/", 1)[0] + f"/{name}"
    finally:
        with admin.connect() as conn:
            conn.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))


def datasette_command() -> list[str]:
    found = shutil.which("datasette", path=str(VENV_BIN)) or shutil.which("datasette")
    if found is None:
        raise SystemExit("datasette is not installed: `make bench` installs it (pip install datasette)")
    return [found, "serve", "--port", "{port}", "--setting", "num_sql_threads", "4"]


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--postgres", help="admin URL of a PostgreSQL server", required=True)
    parser.add_argument("--seconds", type=int, default=10)
    parser.add_argument("--output", type=Path, default=HERE / "results.md")
    args = parser.parse_args()
    if shutil.which("wrk") is None:
        raise SystemExit("wrk is not installed: `make bench` installs it (apt-get install wrk)")
    quiet = {"BPR_LOG_LEVEL": "warning"}
    with tempfile.TemporaryDirectory() as tmp, postgres_store(args.postgres) as pg_url:
        sqlite_file = Path(tmp) / "store.sqlite3"
        sqlite_env = {**quiet, "DATABASE_URL": f"sqlite:///{sqlite_file}"}
        pg_env = {**quiet, "DATABASE_URL": pg_url}
        ingest = {"SQLite": ingest_seconds(sqlite_env), "PostgreSQL": ingest_seconds(pg_env)}
        table: dict[str, dict[tuple[str, int], Measure]] = {}
        rss: dict[str, float] = {}
        cold: dict[str, float] = {}
        for label, env in (("this API, SQLite", sqlite_env), ("this API, PostgreSQL", pg_env)):
            with serve(label, ours(env["DATABASE_URL"]), env, "/v1/reports") as server:
                cold[label] = server.started_in
                table[label] = drive(server, datasette=False, seconds=args.seconds, levels=(32, 64, 128, 256))
                rss[label] = peak_rss_mb(server.process)
                if label.endswith("SQLite"):
                    ceiling_bodies(server, Path(tmp) / "ceiling.json")
        (Path(tmp) / "datasette").mkdir()
        store_copy = Path(tmp) / "datasette" / "store.sqlite3"
        shutil.copy(sqlite_file, store_copy)  # the same bytes, opened immutable by Datasette, served as /store
        with serve("Datasette", [*datasette_command(), "-i", str(store_copy)], {}, "/store.json") as server:
            table["Datasette"] = drive(server, datasette=True, seconds=args.seconds, levels=(32, 128))
        ceiling_env = {"BENCH_RESPONSES": str(Path(tmp) / "ceiling.json")}
        ceiling_command = [str(VENV_BIN / "uvicorn"), "bench.ceiling:app", "--port", "{port}", "--no-access-log",
                           "--log-level", "warning"]  # fmt: skip
        with serve("ceiling", ceiling_command, {**ceiling_env, "PYTHONPATH": str(ROOT)}, REQUESTS[1].ours) as server:
            table["bare ASGI (ceiling)"] = drive(server, datasette=False, seconds=args.seconds, levels=(32, 128))
        scaling = {}
        for workers in (1, 2, 4):
            with serve(f"{workers} workers", ours(sqlite_env["DATABASE_URL"], workers=workers), sqlite_env,
                       "/v1/reports") as server:  # fmt: skip
                wrk(server.base + REQUESTS[1].ours, 32, 2, ())
                scaling[workers] = wrk(server.base + REQUESTS[1].ours, 128, args.seconds, ())
        profile = profile_report(sqlite_env["DATABASE_URL"], REQUESTS[0].ours)
    write_results(
        args.output,
        requests=[r.name for r in REQUESTS],
        table=table,
        cold=cold,
        rss=rss,
        ingest=ingest,
        scaling=scaling,
        profile=profile,
        seconds=args.seconds,
    )
    print(args.output.read_text(encoding="utf-8"))


if __name__ == "__main__":
    main()
