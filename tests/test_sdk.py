"""The SDK users generate: openapi-python-client over openapi.yaml (with sdk/config.yaml and sdk/templates, no
hand edits), generated into a temporary directory, runs sdk/example.py against a live server on the bundled
reports, and mypy accepts the script."""

from __future__ import annotations

import ast
import inspect
import json
import os
import re
import subprocess
import sys
from enum import StrEnum
from pathlib import Path

import pytest
import yaml

from app.core import vocabulary
from app.main import create_app
from app.openapi_dump import TARGET as OPENAPI
from app.settings import PROJECT_ROOT, Settings
from tests.helpers import REPORT
from tests.live import live_server

SDK = PROJECT_ROOT / "sdk"
PACKAGE = "budget_api_client"
BIN = Path(sys.executable).parent


def _run(command: list[str], **env: str) -> subprocess.CompletedProcess[str]:
    environment = {**os.environ, "PATH": f"{BIN}{os.pathsep}{os.environ.get('PATH', '')}", **env}
    run = subprocess.run(command, capture_output=True, text=True, timeout=600, check=False, env=environment)
    assert run.returncode == 0, " ".join(command) + "\n" + run.stdout[-4000:] + run.stderr[-4000:]
    return run


@pytest.fixture(scope="module")
def installed_sdk(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The generated SDK package in a directory of its own (no network needed); returns it, for PYTHONPATH."""
    site = tmp_path_factory.mktemp("sdk")
    generated = _run([
        str(BIN / "openapi-python-client"), "generate", "--path", str(OPENAPI), "--meta", "none",
        "--config", str(SDK / "config.yaml"), "--custom-template-path", str(SDK / "templates"),
        "--output-path", str(site / PACKAGE),
    ])  # fmt: skip
    assert "Warning" not in generated.stdout + generated.stderr, generated.stdout  # every operation understood
    return site


def test_the_example_runs_against_a_live_server(installed_sdk: Path, loaded_url: str, client):
    app = create_app(Settings.model_validate({"DATABASE_URL": loaded_url, "LOG_LEVEL": "warning"}))
    report_id = REPORT.rsplit("/", 1)[-1]
    with live_server(app) as base:
        run = _run([sys.executable, str(SDK / "example.py"), base, report_id], PYTHONPATH=str(installed_sdk))
    found = json.loads(run.stdout)
    assert found["outputs"] == 187  # A/75/623's outputs, over two pages of 100
    assert found["pages"] == 2
    assert found["csv_ids"] == [
        row["id"] for row in client.get(f"{REPORT}/outputs", params={"limit": 500}).json()["data"]
    ]
    completed = client.get(f"{REPORT}/outputs", params={"status": "completed", "component": 1, "limit": 500}).json()
    assert [row["id"] for row in found["completed_in_component_1"]] == [row["id"] for row in completed["data"]]
    assert len(completed["data"]) > 0
    assert {(row["status"], row["component"]) for row in found["completed_in_component_1"]} == {("completed", 1)}
    first = client.get(f"{REPORT}/outputs", params={"limit": 1}).json()["data"][0]
    assert found["one"] == {"id": first["id"], "planned_text": first["planned_text"], "status": first["status"]}
    assert found["problem"]["status"] == 404
    assert found["problem"]["type"].endswith("/not-found")
    assert "0.0.0" in found["problem"]["detail"]


def test_mypy_accepts_the_example(installed_sdk: Path, tmp_path: Path):
    # Strict on the script; the generated package's own internals are the generator's (its client.py passes
    # `*args: Any` on to httpx's typed __exit__, which strict mypy flags there, not in code that uses it).
    config = tmp_path / "mypy.ini"
    config.write_text(f"[mypy]\nstrict = True\n\n[mypy-{PACKAGE}.*]\nignore_errors = True\n", encoding="utf-8")
    _run(
        [
            str(BIN / "mypy"),
            "--config-file",
            str(config),
            "--cache-dir",
            str(tmp_path / "cache"),
            str(SDK / "example.py"),
        ],
        MYPYPATH=str(installed_sdk),
    )


def _generated_enums(site: Path) -> dict[str, frozenset[str]]:
    """Each enum class of the SDK's models with its values."""
    enums: dict[str, frozenset[str]] = {}
    for module in (site / PACKAGE / "models").glob("*.py"):
        for node in ast.parse(module.read_text(encoding="utf-8")).body:
            if isinstance(node, ast.ClassDef) and any(getattr(base, "id", "") == "StrEnum" for base in node.bases):
                values = [
                    s.value.value for s in node.body if isinstance(s, ast.Assign) and isinstance(s.value, ast.Constant)
                ]
                enums[node.name] = frozenset(str(v) for v in values)
    return enums


def test_one_sdk_class_per_vocabulary(installed_sdk: Path):
    """A vocabulary is one class in the SDK (one OutputStatus, not one per operation or schema that uses it)."""
    enums = _generated_enums(installed_sdk)
    components = yaml.safe_load(OPENAPI.read_text(encoding="utf-8"))["components"]["schemas"]
    vocabularies = [
        kind for _, kind in inspect.getmembers(vocabulary, inspect.isclass)
        if issubclass(kind, StrEnum) and kind is not StrEnum and kind.__name__ in components
    ]  # fmt: skip
    assert len(vocabularies) >= 8
    for kind in vocabularies:
        values = frozenset(member.value for member in kind)
        holders = [name for name, generated in enums.items() if generated == values]
        assert holders == [kind.__name__], f"{kind.__name__}: {holders}"
    assert not [name for name in enums if re.search(r"Type\d+$", name)]
