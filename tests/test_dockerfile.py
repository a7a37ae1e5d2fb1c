"""The Dockerfile's steps, run here without a Docker engine, and the image they describe checked.

Each instruction is carried out in a fresh root standing in for the image's file system: the image's absolute
directories (/opt, /srv, /src) are mapped into it, and the build stages share it (their paths do not collide, so
`COPY --from` is a copy between paths). ARG, ENV, WORKDIR, COPY (with .dockerignore), RUN, USER, HEALTHCHECK, EXPOSE
and CMD are understood; anything else fails, so a new instruction gets its meaning here too. Creating the user and
changing owners are system changes, so they are simulated: when this runs as root, `chown` is real and every step
after USER (the build's ingest, the server, its health check) runs under the image user's uid, so a store that user
cannot read fails here as it would in the image.
"""

from __future__ import annotations

import fnmatch
import json
import os
import re
import shlex
import shutil
import socket
import stat
import subprocess
import sys
import tempfile
import time
import urllib.request
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

ROOT = Path(__file__).resolve().parent.parent
IMAGE_DIRS = re.compile(r"(?<![\w.])/(opt|srv|src)\b")
SYSTEM_COMMANDS = ("useradd", "groupadd", "chown")
AS_ROOT = os.geteuid() == 0


def _instructions() -> list[tuple[str, str]]:
    steps = []
    text = (ROOT / "Dockerfile").read_text(encoding="utf-8").replace("\\\n", " ")
    for line in text.splitlines():
        line = line.strip()
        if line and not line.startswith("#"):
            keyword, _, rest = line.partition(" ")
            steps.append((keyword.upper(), rest.strip()))
    return steps


def _ignored() -> list[str]:
    lines = (ROOT / ".dockerignore").read_text(encoding="utf-8").splitlines()
    return [line.strip() for line in lines if line.strip() and not line.startswith("#")]


def _excluded(relative: str) -> bool:
    """Whether .dockerignore keeps `relative` (a path in the build context) out of the context."""
    parts = relative.split("/")
    for pattern in _ignored():
        pattern = pattern.removeprefix("**/")
        prefixes = ["/".join(parts[: i + 1]) for i in range(len(parts))]
        if any(fnmatch.fnmatch(p, pattern) or fnmatch.fnmatch(p.rsplit("/", 1)[-1], pattern) for p in prefixes):
            return True
    return False


def _python_for_anyone() -> str:
    """An interpreter every user may run (the image's Python is); pyenv's under /root is not."""
    for candidate in (sys._base_executable, "/usr/bin/python3.11"):  # type: ignore[attr-defined]
        path = Path(candidate).resolve()
        if path.exists() and all(parent.stat().st_mode & stat.S_IXOTH for parent in path.parents):
            return str(path)
    return sys.executable


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


class Build:
    """The state of an image being built: its root, stage, environment, user, health check and command."""

    def __init__(self, root: Path) -> None:
        self.root = root
        bin_dir = root / "image-python"
        bin_dir.mkdir()
        (bin_dir / "python").symlink_to(_python_for_anyone())
        self.base_path = f"{bin_dir}:{os.environ['PATH']}"
        self.args: dict[str, str] = {}
        self.stages: list[str] = []
        self.users: dict[str, int] = {}
        self.user: str | None = None
        self.healthcheck: list[str] | None = None
        self.cmd: list[str] = []
        self.exposed: list[str] = []
        self.env: dict[str, str] = {}
        self.workdir = root

    def path(self, text: str) -> str:
        return IMAGE_DIRS.sub(lambda m: f"{self.root}/{m.group(1)}", text)

    def expand(self, text: str) -> str:
        values = {**self.args, **self.env}
        return re.sub(r"\$\{?(\w+)\}?", lambda m: values.get(m.group(1), ""), text)

    @property
    def uid(self) -> int | None:
        if self.user is None:
            return None
        return int(self.user) if self.user.isdigit() else self.users[self.user]

    def ARG(self, rest: str) -> None:
        name, _, default = rest.partition("=")
        self.args[name] = default

    def FROM(self, rest: str) -> None:
        image, *alias = self.expand(rest).split()
        assert image.startswith("python:3.11"), "the tests stand in for a Python 3.11 image"
        self.stages.append(alias[-1] if alias else str(len(self.stages)))
        # A stage starts from its image: no environment, user or working directory of an earlier stage.
        self.env = {"PATH": self.base_path, "HOME": str(self.root)}
        self.users, self.user, self.workdir = {}, None, self.root

    def WORKDIR(self, rest: str) -> None:
        self.workdir = Path(self.path(rest))
        self.workdir.mkdir(parents=True, exist_ok=True)
        self.env["HOME"] = str(self.workdir)

    def ENV(self, rest: str) -> None:
        for pair in shlex.split(rest):
            key, _, value = pair.partition("=")
            self.env[key] = self.path(self.expand(value))

    def COPY(self, rest: str) -> None:
        words = shlex.split(rest)
        options = dict(word[2:].split("=", 1) for word in words if word.startswith("--"))
        *sources, target = [word for word in words if not word.startswith("--")]
        if "from" in options:
            assert options["from"] in self.stages, f"COPY from an unknown stage {options['from']}"
            for source in sources:
                origin, dest = Path(self.path(source)), Path(self.path(target))
                if origin != dest:
                    shutil.copytree(origin, dest, symlinks=True, dirs_exist_ok=True)
            return
        for source in sources:
            assert not _excluded(source), f"COPY {source}, which .dockerignore leaves out of the context"
            many = target.endswith("/") or len(sources) > 1
            dest = self.workdir / target / source if many else self.workdir / target
            if (ROOT / source).is_dir():
                patterns = [p.removeprefix("**/") for p in _ignored()]
                shutil.copytree(ROOT / source, dest, ignore=shutil.ignore_patterns(*patterns), dirs_exist_ok=True)
            else:
                dest.parent.mkdir(parents=True, exist_ok=True)
                shutil.copy2(ROOT / source, dest)

    def RUN(self, rest: str) -> None:
        for command in rest.split(" && "):
            name = command.split()[0]
            if name in SYSTEM_COMMANDS:
                getattr(self, name)(shlex.split(command)[1:])
            else:
                run = subprocess.run
                run(
                    self.path(command),
                    shell=True,
                    check=True,
                    cwd=self.workdir,
                    env=self.env,
                    timeout=900,
                    **self.as_user(),
                )

    def useradd(self, args: list[str]) -> None:
        uid = int(args[args.index("--uid") + 1]) if "--uid" in args else 1000 + len(self.users)
        self.users[args[-1]] = uid

    def groupadd(self, args: list[str]) -> None:
        pass  # groups are named after their users here (useradd --user-group)

    def chown(self, args: list[str]) -> None:
        owner, *paths = [arg for arg in args if not arg.startswith("-")]
        uid = self.users[owner.split(":")[0]]
        if AS_ROOT:
            for path in paths:
                os.chown(self.path(path), uid, uid)

    def USER(self, rest: str) -> None:
        self.user = rest.split(":")[0]
        assert self.user.isdigit() or self.user in self.users, f"USER {self.user} was never created"

    def as_user(self) -> dict[str, Any]:
        """Run as the image's user where this process may change its uid (it runs as root)."""
        uid = self.uid
        if not AS_ROOT or not uid:
            return {}
        return {"user": uid, "group": uid, "extra_groups": []}

    def HEALTHCHECK(self, rest: str) -> None:
        words = rest.split()
        if words[0] == "NONE":
            self.healthcheck = None
            return
        command = rest[rest.index("CMD") + 3 :].strip()
        self.healthcheck = json.loads(command)

    def CMD(self, rest: str) -> None:
        self.cmd = json.loads(rest)

    def EXPOSE(self, rest: str) -> None:
        self.exposed += rest.split()


@pytest.fixture(scope="module")
def image() -> Iterator[Build]:
    root = Path(tempfile.mkdtemp(prefix="bpr-image-"))
    root.chmod(0o755)  # the image user must reach the files, as in the image
    build = Build(root)
    try:
        for keyword, rest in _instructions():
            step = getattr(build, keyword, None) if keyword.isupper() else None
            if step is None:
                pytest.fail(f"the test does not know how to run {keyword}")
            step(rest)
        yield build
    finally:
        shutil.rmtree(root, ignore_errors=True)


def _served(build: Build, port: int) -> list[str]:
    return [build.path(part).replace("0.0.0.0", "127.0.0.1").replace("8000", str(port)) for part in build.cmd]


def _get_json(url: str, deadline: float, server: subprocess.Popen[bytes], log: Path) -> Any:
    while True:
        try:
            with urllib.request.urlopen(url, timeout=5) as response:
                return json.loads(response.read())
        except OSError:
            if time.monotonic() > deadline or server.poll() is not None:
                print(log.read_text(errors="replace"))  # noqa: T201 - shown only when the server failed
                raise
            time.sleep(0.5)


@pytest.mark.docker
def test_image_serves_the_report_as_its_user_and_is_healthy(image: Build):
    port = _free_port()
    log = image.root / "server.log"
    with log.open("wb") as out:
        options: dict[str, Any] = {"cwd": image.workdir, "env": image.env, **image.as_user()}
        server = subprocess.Popen(_served(image, port), stdout=out, stderr=subprocess.STDOUT, **options)
    try:
        base = f"http://127.0.0.1:{port}"
        url = f"{base}/v1/reports/a-75-623/financial-categories/military-contingents"
        category = _get_json(url, time.monotonic() + 60, server, log)
        assert category["data"]["apportionment_usd"] == 427173700
        assert image.healthcheck is not None
        check = [image.path(part).replace("8000", str(port)) for part in image.healthcheck]
        healthy = subprocess.run(check, env=image.env, timeout=30, check=False, **image.as_user())
        assert healthy.returncode == 0
    finally:
        server.terminate()
        server.wait(timeout=30)


@pytest.mark.docker
def test_the_image_runs_as_a_user_without_privileges(image: Build):
    assert image.user not in (None, "root")
    assert image.uid not in (None, 0)
    assert "8000" in image.exposed


@pytest.mark.docker
def test_the_served_store_belongs_to_the_serving_user(image: Build):
    database = image.env["DATABASE_URL"].removeprefix("sqlite:///")
    store = Path(database)
    assert store.is_file()
    assert str(store).startswith(str(image.root))
    for path in [store.parent, *store.parent.iterdir()]:
        if AS_ROOT:  # else every file is this process's, and owners prove nothing
            assert path.stat().st_uid == image.uid, path
        assert path.stat().st_mode & stat.S_IRUSR


@pytest.mark.docker
def test_the_health_check_asks_for_readiness(image: Build):
    assert image.healthcheck is not None
    assert any("/readyz" in part for part in image.healthcheck)


def test_dependencies_are_installed_before_the_code_is_copied():
    steps = _instructions()
    first_install = next(i for i, (k, rest) in enumerate(steps) if k == "RUN" and "pip install" in rest)
    first_code = next(i for i, (k, rest) in enumerate(steps) if k == "COPY" and rest.split()[0] in ("app", "."))
    assert first_install < first_code
    assert sum(keyword == "FROM" for keyword, _ in steps) >= 2  # build tools stay in the build stage


IGNORED = [
    ".venv/bin/python",
    ".git/HEAD",
    "data/budget.sqlite3",
    "app/__pycache__/main.cpython-311.pyc",
    ".pytest_cache/v",
    ".mypy_cache/3.11",
    ".ruff_cache/x",
    ".hypothesis/examples",
]


@pytest.mark.parametrize("path", IGNORED)
def test_dockerignore_leaves_out_environments_stores_and_caches(path: str):
    assert _excluded(path)


@pytest.mark.parametrize("path", ["app/main.py", "seed/source/A-75-623.txt", "migrations/env.py", "pyproject.toml"])
def test_dockerignore_keeps_what_the_image_is_built_from(path: str):
    assert not _excluded(path)
