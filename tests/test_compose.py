"""deploy/compose.yaml: API replicas behind nginx over PostgreSQL, with the one-shot ingest and read-only role
steps before them, the settings that matter, and connection counts the database can hold."""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

import pytest
import yaml

from app.settings import Settings

DEPLOY = Path(__file__).resolve().parent.parent / "deploy"
PLACEHOLDERS = re.compile(r"\$\{(\w+)(?::?([-?])([^}]*))?\}")


@pytest.fixture(scope="module")
def services() -> dict[str, Any]:
    compose = yaml.safe_load((DEPLOY / "compose.yaml").read_text(encoding="utf-8"))
    found: dict[str, Any] = compose["services"]
    return found


def _filled(value: str) -> str:
    """`${NAME:-default}` as its default, any other variable as a sample value."""
    return PLACEHOLDERS.sub(lambda m: m.group(3) if m.group(2) == "-" else f"sample-{m.group(1).lower()}", value)


def _api_settings(services: dict[str, Any], monkeypatch: pytest.MonkeyPatch) -> Settings:
    for name, value in services["api"]["environment"].items():
        monkeypatch.setenv(name, _filled(str(value)))
    return Settings()


def _option(command: list[str], name: str) -> str:
    return command[command.index(name) + 1]


def test_replicas_serve_behind_the_proxy_only(services: dict[str, Any]):
    api, proxy = services["api"], services["proxy"]
    assert api["deploy"]["replicas"] >= 2
    assert "ports" not in api  # reached only through the proxy
    assert proxy["image"].startswith("nginx:")
    assert proxy["depends_on"]["api"]["condition"] == "service_healthy"
    mounted = {Path(volume.split(":")[0]).name: volume.split(":")[1] for volume in proxy["volumes"]}
    assert mounted["nginx.conf"] == "/etc/nginx/conf.d/default.conf"
    port = _option(api["command"], "--port")
    config = (DEPLOY / "nginx.conf").read_text(encoding="utf-8")
    assert f"server api:{port};" in config
    assert "proxy_pass http://api;" in config
    assert "proxy_set_header X-Forwarded-Proto $scheme;" in config


def test_the_api_has_its_settings(services: dict[str, Any], monkeypatch: pytest.MonkeyPatch):
    api = services["api"]
    assert api["command"][:2] == ["budget-api", "serve"]
    assert int(_option(api["command"], "--workers")) >= 2
    settings = _api_settings(services, monkeypatch)  # validated as the replicas would
    assert settings.database_url.startswith("postgresql+psycopg://budget_reader:")
    assert settings.store_concurrency == 8
    assert settings.statement_timeout_ms == 5000
    assert settings.public_base_url == "http://localhost:8080"  # the proxy's published port


def test_the_database_holds_every_replica_connection(services: dict[str, Any], monkeypatch: pytest.MonkeyPatch):
    api = services["api"]
    settings = _api_settings(services, monkeypatch)
    # Each worker: its serving pool plus the content-version check's connection.
    needed = api["deploy"]["replicas"] * int(_option(api["command"], "--workers")) * (settings.store_concurrency + 1)
    max_connections = int(_option(services["db"]["command"], "-c").removeprefix("max_connections="))
    assert needed + 10 <= max_connections  # room for ingest, the role script and an operator


def test_ingest_and_the_reader_role_run_once_before_the_replicas(services: dict[str, Any]):
    ingest, role, api = services["ingest"], services["reader-role"], services["api"]
    assert ingest["command"] == ["budget-api", "ingest"]
    assert ingest["restart"] == role["restart"] == "no"
    assert ingest["environment"]["DATABASE_URL"].startswith("postgresql://budget_owner:")
    assert ingest["depends_on"]["db"]["condition"] == "service_healthy"
    assert role["depends_on"]["ingest"]["condition"] == "service_completed_successfully"
    assert api["depends_on"]["reader-role"]["condition"] == "service_completed_successfully"
    script = role["command"][-1]
    assert "psql -v ON_ERROR_STOP=1 -f /deploy/postgresql-reader.sql" in (DEPLOY / Path(script).name).read_text()
    assert ingest["image"] == api["image"]
