"""The schema comes only from Alembic: `migrate(url)` upgrades a store to the newest revision."""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path

from alembic import command
from alembic.config import Config
from alembic.script import ScriptDirectory

import migrations


def alembic_config(database_url: str) -> Config:
    """Built in code, not read from alembic.ini, so an installed package (the Docker image) migrates too."""
    config = Config()
    config.set_main_option("script_location", str(Path(migrations.__file__).resolve().parent))
    config.set_main_option("path_separator", "os")
    config.attributes["database_url"] = database_url
    return config


def migrate(database_url: str) -> None:
    command.upgrade(alembic_config(database_url), "head")


@lru_cache(maxsize=1)
def head_revision() -> str:
    """The newest revision: what a store must be migrated to for this code to read it."""
    head = ScriptDirectory.from_config(alembic_config("sqlite://")).get_current_head()
    if head is None:
        raise RuntimeError("no migration found")
    return head
