"""A serving connection on PostgreSQL cancels a statement running past BPR_STATEMENT_TIMEOUT_MS."""

from __future__ import annotations

import pytest
from sqlalchemy import text
from sqlalchemy.exc import OperationalError

from app.db import make_engine
from app.main import create_app
from app.settings import Settings
from tests.conftest import StoreFactory

pytestmark = pytest.mark.postgres


@pytest.fixture
def postgres_url(stores: StoreFactory, request: pytest.FixtureRequest) -> str:
    if stores.kind != "postgresql":
        pytest.skip("SQLite has no statement timeout")
    url: str = request.getfixturevalue("loaded_url")
    return url


def test_a_serving_statement_past_the_timeout_is_cancelled(postgres_url: str):
    engine = make_engine(postgres_url, read_only=True, pool_size=1, statement_timeout_ms=200)
    try:
        with engine.connect() as connection:
            assert connection.execute(text("SHOW statement_timeout")).scalar_one() == "200ms"
            with pytest.raises(OperationalError, match="statement timeout"):
                connection.execute(text("SELECT pg_sleep(2)"))
    finally:
        engine.dispose()


def test_the_app_serves_with_the_configured_timeout(postgres_url: str):
    app = create_app(Settings.model_validate({"DATABASE_URL": postgres_url, "statement_timeout_ms": 1500}))
    try:
        with app.state.engine.connect() as connection:
            assert connection.execute(text("SHOW statement_timeout")).scalar_one() == "1500ms"
    finally:
        app.state.engine.dispose()
        app.state.versions.engine.dispose()
