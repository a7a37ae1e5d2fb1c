"""The Dockerfile's steps, run here without a Docker engine: COPY into a fresh root, RUN in a fresh
virtual environment (standing in for the image's Python), then start CMD and ask it for data."""

from __future__ import annotations

import json
import os
import shlex
import shutil
import socket
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent


def _instructions() -> list[tuple[str, str]]:
    steps = []
    text = (ROOT / "Dockerfile").read_text(encoding="utf-8").replace("\\\n", " ")
    for line in text.splitlines():
        line = line.strip()
        if line and not line.startswith("#"):
            keyword, _, rest = line.partition(" ")
            steps.append((keyword.upper(), rest.strip()))
    return steps


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


class Build:
    """The state of an image being built: its root, working directory, environment and command."""

    def __init__(self, root: Path) -> None:
        venv = root / "venv"
        subprocess.run([sys.executable, "-m", "venv", str(venv)], check=True)
        self.root = root
        self.workdir = root
        self.env = {"PATH": f"{venv / 'bin'}:{os.environ['PATH']}", "HOME": str(root)}
        self.cmd: list[str] = []

    def FROM(self, rest: str) -> None:
        assert rest.startswith("python:3.11"), "the tests stand in for a Python 3.11 image"

    def WORKDIR(self, rest: str) -> None:
        self.workdir = self.root / rest.lstrip("/")
        self.workdir.mkdir(parents=True, exist_ok=True)

    def ENV(self, rest: str) -> None:
        for pair in shlex.split(rest):
            key, _, value = pair.partition("=")
            self.env[key] = value.replace("/srv", str(self.root / "srv"))

    def COPY(self, rest: str) -> None:
        *sources, target = shlex.split(rest)
        for source in sources:
            many = target.endswith("/") or len(sources) > 1
            dest = self.workdir / target / source if many else self.workdir / target
            if (ROOT / source).is_dir():
                shutil.copytree(ROOT / source, dest, ignore=shutil.ignore_patterns("__pycache__"))
            else:
                dest.parent.mkdir(parents=True, exist_ok=True)
                shutil.copy2(ROOT / source, dest)

    def RUN(self, rest: str) -> None:
        subprocess.run(rest, shell=True, check=True, cwd=self.workdir, env=self.env, timeout=900)

    def CMD(self, rest: str) -> None:
        self.cmd = json.loads(rest)

    def EXPOSE(self, rest: str) -> None:
        pass


@pytest.fixture(scope="module")
def image(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, dict[str, str], list[str]]:
    build = Build(tmp_path_factory.mktemp("image"))
    for keyword, rest in _instructions():
        step = getattr(build, keyword, None)
        if step is None:
            pytest.fail(f"the test does not know how to run {keyword}")
        step(rest)
    return build.workdir, build.env, build.cmd


@pytest.mark.docker
def test_image_builds_and_serves_the_report(image):
    workdir, env, cmd = image
    port = _free_port()
    cmd = [part.replace("0.0.0.0", "127.0.0.1").replace("8000", str(port)) for part in cmd]
    log = workdir / "server.log"
    with log.open("wb") as out:
        server = subprocess.Popen(cmd, cwd=workdir, env=env, stdout=out, stderr=subprocess.STDOUT)
    try:
        url = f"http://127.0.0.1:{port}/v1/reports/a-75-623/financial-categories/military-contingents"
        deadline = time.monotonic() + 60
        while True:
            try:
                with urllib.request.urlopen(url, timeout=5) as response:
                    body = json.loads(response.read())
                break
            except OSError:
                if time.monotonic() > deadline or server.poll() is not None:
                    print(log.read_text(errors="replace"))  # noqa: T201 - shown only when the server failed
                    raise
                time.sleep(0.5)
        assert body["data"]["apportionment_usd"] == 427173700
    finally:
        server.terminate()
        server.wait(timeout=30)
