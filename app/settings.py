"""Settings from the environment; nothing is built at import."""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path

from pydantic import AliasChoices, Field, field_validator
from pydantic_settings import BaseSettings, SettingsConfigDict

PROJECT_ROOT = Path(__file__).resolve().parent.parent


def default_database_url() -> str:
    return f"sqlite:///{PROJECT_ROOT / 'data' / 'budget.sqlite3'}"


class Settings(BaseSettings):
    model_config = SettingsConfigDict(env_prefix="BPR_", extra="ignore")

    # DATABASE_URL is the conventional name deployments set; BPR_DATABASE_URL is accepted too (an explicit
    # alias bypasses the prefix, so both names are listed).
    database_url: str = Field(
        default_factory=default_database_url, validation_alias=AliasChoices("DATABASE_URL", "BPR_DATABASE_URL")
    )
    cache_max_age: int = 300
    # Requests admitted to the store at once: the connection pool's size, and at most the thread pool's (see
    # app/admission.py). Waiting longer than admission_timeout for a slot answers 503 with Retry-After.
    store_concurrency: int = Field(default=16, ge=1, le=256)
    admission_timeout: float = Field(default=2.0, gt=0, le=60)
    pool_timeout: float = Field(default=5.0, gt=0, le=60)
    # Rendered answers kept per worker (bytes), and how often a worker asks the store whether an ingest
    # changed it: new data shows within this many seconds.
    cache_max_bytes: int = Field(default=64 * 1024 * 1024, ge=0)
    version_check_interval: float = Field(default=1.0, gt=0, le=60)
    log_level: str = Field(default="info", pattern="^(?i:debug|info|warning|error)$")
    api_title: str = "UN Peacekeeping Budget Performance API"

    @field_validator("database_url")
    @classmethod
    def _supported_driver(cls, value: str) -> str:
        if value.startswith("postgresql://") or value.startswith("postgres://"):
            # One driver for every PostgreSQL URL: psycopg 3.
            value = "postgresql+psycopg://" + value.split("://", 1)[1]
        if not value.startswith(("sqlite:", "postgresql+psycopg:")):
            raise ValueError("DATABASE_URL must be sqlite:/// or postgresql+psycopg://")
        return value


@lru_cache
def get_settings() -> Settings:
    return Settings()
