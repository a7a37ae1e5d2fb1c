"""What the browser tests need, set up by the tests themselves: a Chromium (the Debian package, installed
with apt-get when it is missing and we are root), the API serving a loaded store on a free port, one
headless browser, and a folder for the screenshots, named at the end of the run."""

from __future__ import annotations

import os
import shutil
import socket
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import httpx
import pytest

from tests.browser.page import REPORT_LINES, Dashboard

CHROMIUM_NAMES = ("chromium", "chromium-browser")
APT_TIMEOUT = 900


def _find_chromium() -> str | None:
    for name in CHROMIUM_NAMES:
        found = shutil.which(name)
        if found:
            return found
    return None


def _install_chromium() -> str:
    """Why no Chromium could be installed, or "" once it is."""
    if not hasattr(os, "geteuid") or os.geteuid() != 0:
        return "not root, so the Debian package cannot be installed here"
    if not shutil.which("apt-get"):
        return "no apt-get on this machine"
    env = {**os.environ, "DEBIAN_FRONTEND": "noninteractive"}
    for command in (["apt-get", "update", "-qq"], ["apt-get", "install", "-y", "-qq", "chromium"]):
        try:
            done = subprocess.run(command, env=env, capture_output=True, text=True, timeout=APT_TIMEOUT, check=False)
        except subprocess.TimeoutExpired:
            return f"`{' '.join(command)}` did not finish in {APT_TIMEOUT} s"
        if done.returncode != 0:
            return f"`{' '.join(command)}` failed: {done.stderr.strip()[-300:]}"
    return ""


@pytest.fixture(scope="session")
def chromium_path() -> str:
    """The Debian Chromium: found on PATH, else installed with apt-get; skipped only where neither works."""
    pytest.importorskip("playwright.sync_api", reason="playwright is not installed (a dev dependency: make setup)")
    found = _find_chromium()
    if found:
        return found
    reason = _install_chromium()
    found = _find_chromium()
    if not found:
        pytest.skip(f"no Chromium on PATH and none could be installed: {reason or 'the package gave no chromium'}")
    return found


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


@pytest.fixture(scope="session")
def live_url(loaded_url: str, tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    """The app served by uvicorn in a subprocess, over the store holding the bundled reports."""
    port = _free_port()
    log = tmp_path_factory.mktemp("live-server") / "server.log"
    env = {**os.environ, "DATABASE_URL": loaded_url, "BPR_LOG_LEVEL": "warning"}
    command = [sys.executable, "-m", "uvicorn", "app.main:app", "--host", "127.0.0.1", "--port", str(port)]
    with log.open("w", encoding="utf-8") as output:
        server = subprocess.Popen(command, env=env, stdout=output, stderr=subprocess.STDOUT)
    base = f"http://127.0.0.1:{port}"
    try:
        _wait_until_ready(base, server, log)
        yield base
    finally:
        server.terminate()
        try:
            server.wait(timeout=10)
        except subprocess.TimeoutExpired:
            server.kill()
            server.wait()


def _wait_until_ready(base: str, server: subprocess.Popen[bytes], log: Path) -> None:
    deadline = time.monotonic() + 30
    while time.monotonic() < deadline:
        if server.poll() is not None:
            raise RuntimeError(f"the API did not start: {log.read_text(encoding='utf-8')[-2000:]}")
        try:
            if httpx.get(f"{base}/readyz", timeout=1).status_code == 200:
                return
        except httpx.TransportError:
            pass
        time.sleep(0.1)
    raise RuntimeError("the API did not answer /readyz within 30 s")


@pytest.fixture(scope="session")
def api(live_url: str) -> Iterator[httpx.Client]:
    """The same API the page reads, for the test to read too."""
    with httpx.Client(base_url=f"{live_url}/v1/", timeout=10) as client:
        yield client


@pytest.fixture(scope="session")
def browser(chromium_path: str) -> Iterator[Any]:
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        launched = playwright.chromium.launch(executable_path=chromium_path, headless=True)
        yield launched
        launched.close()


@pytest.fixture(scope="session")
def screenshots(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("dashboard-screenshots")
    REPORT_LINES.append(f"dashboard screenshots: {folder}")
    return folder


def pytest_terminal_summary(terminalreporter: Any) -> None:
    if REPORT_LINES:
        terminalreporter.section("dashboard")
        for line in REPORT_LINES:
            terminalreporter.write_line(line)


@pytest.fixture
def dash(browser: Any, live_url: str, screenshots: Path) -> Iterator[Dashboard]:
    """A fresh tab (its own cache) at desktop size; fails the test on any script error the page logged."""
    context = browser.new_context(viewport={"width": 1280, "height": 900})
    page = context.new_page()
    page.set_default_timeout(15_000)
    dashboard = Dashboard(page, live_url, screenshots)
    yield dashboard
    context.close()
    assert dashboard.errors == [], "the page logged errors"
