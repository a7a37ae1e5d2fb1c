"""Settings from the environment; nothing is built at import."""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path
from urllib.parse import urlsplit

from pydantic import AliasChoices, Field, field_validator, model_validator
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
    # PostgreSQL cancels a serving statement running longer than this (milliseconds; 0: no limit).
    statement_timeout_ms: int = Field(default=10_000, ge=0, le=600_000)

    # What a client may send (enforced by `budget-api serve`, see app/limits.py): bounds on memory and on how long
    # a connection may hold a slot without finishing its request line and headers.
    max_url_length: int = Field(default=8192, ge=256, le=1_048_576)
    max_header_count: int = Field(default=100, ge=16, le=10_000)
    max_header_bytes: int = Field(default=32_768, ge=1024, le=1_048_576)  # request line and headers together
    header_timeout: float = Field(default=10.0, gt=0, le=300)
    keep_alive_timeout: int = Field(default=5, ge=1, le=300)  # idle seconds between requests

    # The origin every absolute URL the API writes starts with (`https://api.example.org`). Unset, URLs follow the
    # request's Host, and the scheme and client address from X-Forwarded-* only when the peer is one of
    # FORWARDED_ALLOW_IPS (uvicorn's setting: comma-separated addresses or networks, `*` for any).
    public_base_url: str | None = None
    forwarded_allow_ips: str = Field(
        default="127.0.0.1,::1", validation_alias=AliasChoices("FORWARDED_ALLOW_IPS", "BPR_FORWARDED_ALLOW_IPS")
    )

    @field_validator("database_url")
    @classmethod
    def _supported_driver(cls, value: str) -> str:
        if value.startswith("postgresql://") or value.startswith("postgres://"):
            # One driver for every PostgreSQL URL: psycopg 3.
            value = "postgresql+psycopg://" + value.split("://", 1)[1]
        if not value.startswith(("sqlite:", "postgresql+psycopg:")):
            raise ValueError("DATABASE_URL must be sqlite:/// or postgresql+psycopg://")
        return value

    @field_validator("public_base_url")
    @classmethod
    def _an_origin(cls, value: str | None) -> str | None:
        if not value:
            return None
        parts = urlsplit(value)
        if parts.scheme not in ("http", "https") or not parts.hostname or parts.path.strip("/") or parts.query:
            raise ValueError("BPR_PUBLIC_BASE_URL must be an origin: http(s)://host[:port], without a path")
        return f"{parts.scheme}://{parts.netloc}"

    @model_validator(mode="after")
    def _url_within_headers(self) -> Settings:
        # The URL is part of the request line, which counts toward the header bytes: a longer URL limit could never
        # answer 414, since the protocol would refuse the request with 431 first.
        if self.max_url_length > self.max_header_bytes:
            raise ValueError("BPR_MAX_URL_LENGTH must not exceed BPR_MAX_HEADER_BYTES")
        return self


@lru_cache
def get_settings() -> Settings:
    return Settings()
