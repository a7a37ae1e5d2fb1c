"""Settings read from the environment, under either name of the database URL."""

from __future__ import annotations

import pytest

from app.settings import Settings


@pytest.mark.parametrize("name", ["DATABASE_URL", "BPR_DATABASE_URL"])
def test_database_url_under_either_name(monkeypatch: pytest.MonkeyPatch, name: str) -> None:
    monkeypatch.delenv("DATABASE_URL", raising=False)
    monkeypatch.setenv(name, "postgresql://u@h:5432/db")
    assert Settings().database_url == "postgresql+psycopg://u@h:5432/db"


def test_an_unsupported_driver_is_refused() -> None:
    with pytest.raises(ValueError, match="DATABASE_URL must be"):
        Settings.model_validate({"DATABASE_URL": "mysql://u@h/db"})
