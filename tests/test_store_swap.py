"""A SQLite store file replaced or deleted under a running server (`budget-api serve`, its own process): after the
version check interval every request serves the new file, a deleted file answers 503 problem+json (never 500) with
/readyz saying why, and `budget-api publish` puts a store back safely even when the served file has a write-ahead
log in use."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import time
import urllib.error
import urllib.request
from pathlib import Path
from typing import Any

import pytest

from app.db import make_engine
from app.migrate import migrate
from seed.load import ingest_bundled, ingest_file
from tests.conftest import SOURCE
from tests.live import server_process

INTERVAL = 0.3


def _store(path: Path, *, bundled: bool) -> Path:
    url = f"sqlite:///{path}"
    migrate(url)
    engine = make_engine(url)
    if bundled:
        ingest_bundled(engine)
    else:
        ingest_file(engine, SOURCE, symbol="A/75/623")
    engine.dispose()
    return path


@pytest.fixture(scope="module")
def stores(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    tmp = tmp_path_factory.mktemp("swap")
    return {
        "bundled": _store(tmp / "bundled.sqlite3", bundled=True),
        "single": _store(tmp / "single.sqlite3", bundled=False),
    }


def _get(base: str, path: str) -> tuple[int, str, Any]:
    try:
        with urllib.request.urlopen(base + path, timeout=10) as response:
            return response.status, response.headers["content-type"], json.loads(response.read())
    except urllib.error.HTTPError as error:
        return error.code, error.headers["content-type"], json.loads(error.read())


def _report_ids(base: str) -> list[str]:
    status, _, body = _get(base, "/v1/reports")
    assert status == 200, body
    return [report["id"] for report in body["data"]]


def _copy(source: Path, target: Path) -> None:
    target.write_bytes(source.read_bytes())


def test_a_replaced_file_is_served_after_the_interval_and_a_deleted_one_answers_503(
    stores: dict[str, Path], tmp_path: Path
):
    served = tmp_path / "served" / "budget.sqlite3"
    served.parent.mkdir()
    _copy(stores["bundled"], served)
    env = {"DATABASE_URL": f"sqlite:///{served}", "BPR_VERSION_CHECK_INTERVAL": str(INTERVAL)}
    with server_process(env, workers=2) as base:
        bundled = _report_ids(base)
        assert len(bundled) > 1
        assert "a-75-623" in bundled

        # A new store written elsewhere, then renamed into place.
        staged = tmp_path / "served" / "next.sqlite3"
        _copy(stores["single"], staged)
        os.replace(staged, served)
        time.sleep(INTERVAL * 2)
        for _ in range(40):  # both workers, every request
            assert _report_ids(base) == ["a-75-623"]

        served.unlink()
        time.sleep(INTERVAL * 2)
        for path in ("/v1/reports", "/v1/reports/a-75-623", "/v1/reports/a-75-623/outputs?limit=1") * 4:
            status, kind, body = _get(base, path)
            assert (status, kind) == (503, "application/problem+json"), body
        status, _, body = _get(base, "/readyz")
        assert status == 503
        assert "store file is missing" in body["detail"]

        # Put back with `budget-api publish`: checked, then renamed into place.
        staged = tmp_path / "served" / "again.sqlite3"
        _copy(stores["bundled"], staged)
        _publish(staged, served)
        time.sleep(INTERVAL * 2)
        for _ in range(10):
            assert _report_ids(base) == bundled
        assert _get(base, "/readyz")[0] == 200


def test_publish_over_a_file_whose_log_is_in_use(stores: dict[str, Path], tmp_path: Path):
    # A plain rename here would serve the old file's pages: the served file's log holds an ingest that readers kept
    # from being checkpointed. `publish` empties that log before renaming.
    served = tmp_path / "budget.sqlite3"
    _copy(stores["single"], served)
    env = {"DATABASE_URL": f"sqlite:///{served}", "BPR_VERSION_CHECK_INTERVAL": str(INTERVAL)}
    with server_process(env) as base:
        assert _report_ids(base) == ["a-75-623"]
        writer = make_engine(f"sqlite:///{served}")
        ingest_file(writer, SOURCE, symbol="A/75/623")  # in place, while the server's connections hold the log open
        writer.dispose()
        assert Path(f"{served}-wal").exists()
        staged = tmp_path / "next.sqlite3"
        _copy(stores["bundled"], staged)
        _publish(staged, served)
        time.sleep(INTERVAL * 2)
        assert len(_report_ids(base)) > 1


def test_publish_refuses_what_is_not_a_store(tmp_path: Path):
    served = tmp_path / "budget.sqlite3"
    bogus = tmp_path / "bogus.sqlite3"
    bogus.write_bytes(b"not a database")
    result = _run_publish(bogus, served)
    assert result.returncode == 1
    assert "is not a store" in result.stderr
    assert not served.exists()


def _run_publish(source: Path, served: Path) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "DATABASE_URL": f"sqlite:///{served}"}
    command = [sys.executable, "-m", "app.cli", "publish", str(source)]
    return subprocess.run(command, env=env, capture_output=True, text=True, timeout=60, check=False)


def _publish(source: Path, served: Path) -> None:
    result = _run_publish(source, served)
    assert result.returncode == 0, result.stderr
    assert not source.exists()
