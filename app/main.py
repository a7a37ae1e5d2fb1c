"""The ASGI application: `create_app(settings)` builds it; `app` is the default instance for uvicorn."""

from __future__ import annotations

from collections.abc import AsyncIterator
from contextlib import asynccontextmanager

import anyio
from fastapi import Depends, FastAPI
from fastapi.middleware.cors import CORSMiddleware
from fastapi.routing import APIRoute

from app.admission import AdmissionMiddleware
from app.api import dashboard, docs, health, landing
from app.api.deps import refuse_control_characters, reject_unknown_params
from app.api.v1 import router as v1_router
from app.cache import ResponseCache
from app.db import make_engine
from app.errors import UnexpectedErrorMiddleware, register_error_handlers
from app.headers import SecurityHeadersMiddleware
from app.http import ConditionalGetMiddleware
from app.limits import RequestLimitsMiddleware
from app.log import RequestLogMiddleware, configure_logging
from app.openapi_document import install_document, package_version
from app.origin import PublicOriginMiddleware
from app.outage import StoreHealth
from app.settings import Settings, get_settings
from app.store_file import store_file_for
from app.version import ContentVersion

DESCRIPTION = """
A read-only REST API over the Secretary-General's reports on the budget performance of United Nations
peacekeeping missions (from **A/75/623**, MINUSMA 2019/20, to the 2024/25 reports read from their official
Word files). Every figure is parsed from the report text by code; every row carries `source` (section,
paragraph, first and last line in the text served at `/source`) and a `citation`.

**Conventions.** Money is integer US dollars converted exactly from the report's thousands. Percentages
are numbers as printed. A printed figure keeps its text beside its number (`*_text`); absence is typed
by a `*_status` of `reported`, `nil` (a dash: the amount is 0), `not_applicable` or `not_reported`.
Fields described as *derived* are computed by the API (checks' `actual`, completion status and ratios,
utilization rate, recomputed totals).

**Collections** answer `{data, meta, links}` and take `limit` (JSON pages hold 100 rows unless asked,
at most 500; `limit=0` answers only `meta.total` and `meta.facets`), `offset`, `sort` (documented fields,
`-` for descending), `fields` (chosen columns), `min_<field>`/`max_<field>` range filters, `facets` and
`format=csv|ndjson` (or `Accept: text/csv`). A CSV or NDJSON answer without `limit` streams every matching
row. The `Link` header carries `first`, `prev`, `next` and `last`, as does `links`. Unknown parameters, bad
values and unknown sort fields answer 400/422.

**Errors** are `application/problem+json` (RFC 9457). Responses carry strong `ETag`s (answering
`If-None-Match` with 304), `Cache-Control`, gzip when accepted, and open CORS for GET. The API is read-only:
any other method answers 405 with `Allow` (`components.responses.MethodNotAllowed`). When the store cannot
answer, data endpoints answer 503 with `Retry-After`; `/readyz` says why.
"""


def _operation_id(route: APIRoute) -> str:
    # Stable operationIds for SDK generators: the handler's name (list_outputs, get_output).
    return route.name


@asynccontextmanager
async def _lifespan(app: FastAPI) -> AsyncIterator[None]:
    # Every admitted request must find a thread for its sync steps (see app/admission.py).
    limiter = anyio.to_thread.current_default_thread_limiter()
    limiter.total_tokens = max(limiter.total_tokens, app.state.settings.store_concurrency + 4)
    yield
    app.state.engine.dispose()
    app.state.versions.engine.dispose()


def create_app(settings: Settings | None = None) -> FastAPI:
    settings = settings or get_settings()
    configure_logging(settings.log_level)
    app = FastAPI(
        title=settings.api_title,
        version=package_version(),
        description=DESCRIPTION.strip(),
        generate_unique_id_function=_operation_id,
        lifespan=_lifespan,
        docs_url=None,  # served by app/api/docs.py from packaged assets
        redoc_url=None,
    )
    app.state.settings = settings
    app.state.query_parameters = {}  # route -> its query parameter names (see app/api/deps.py)
    app.state.engine = make_engine(
        settings.database_url,
        read_only=True,
        pool_size=settings.store_concurrency,
        pool_timeout=settings.pool_timeout,
        statement_timeout_ms=settings.statement_timeout_ms,
    )
    # A connection of its own for the version check, so it never waits behind a saturated pool.
    app.state.store_health = StoreHealth()
    app.state.versions = ContentVersion(
        make_engine(
            settings.database_url,
            read_only=True,
            pool_size=1,
            pool_timeout=settings.pool_timeout,
            statement_timeout_ms=settings.statement_timeout_ms,
        ),
        interval=settings.version_check_interval,
        health=app.state.store_health,
        store_file=store_file_for(settings.database_url),
        serving=app.state.engine,
    )
    app.state.cache = ResponseCache(settings.cache_max_bytes) if settings.cache_max_bytes else None
    register_error_handlers(app)
    app.include_router(landing.router)
    app.include_router(health.router, dependencies=[Depends(refuse_control_characters), Depends(reject_unknown_params)])
    app.include_router(v1_router)
    dashboard.mount(app)
    docs.mount(app)
    install_document(app)
    # Outermost last. Unexpected errors are answered innermost (logged once, the connection kept). Admission to the
    # store comes next, so what the outer layers answer needs no slot; CORS sits inside the cache, so a cached
    # answer carries its CORS headers and a hit skips that layer too (the cache keys on whether the request named
    # an Origin); the conditional-GET layer also compresses.
    app.add_middleware(UnexpectedErrorMiddleware)
    app.add_middleware(AdmissionMiddleware, limit=settings.store_concurrency, timeout=settings.admission_timeout)
    app.add_middleware(
        CORSMiddleware,
        allow_origins=["*"],
        allow_methods=["GET", "HEAD", "OPTIONS"],
        allow_headers=["*"],
        expose_headers=["ETag", "Link", "X-Total-Count", "X-Request-ID"],
    )
    app.add_middleware(
        ConditionalGetMiddleware,
        max_age=settings.cache_max_age,
        cache=app.state.cache,
        versions=app.state.versions,
        routes=app.router.routes,
        vary_host=settings.public_base_url is None,
    )
    app.add_middleware(
        RequestLimitsMiddleware, max_url_length=settings.max_url_length, max_header_count=settings.max_header_count
    )
    if settings.public_base_url is not None:  # outside the cache, so its key holds the public origin
        app.add_middleware(PublicOriginMiddleware, origin=settings.public_base_url)
    app.add_middleware(SecurityHeadersMiddleware, landing_policy=landing.POLICY)
    app.add_middleware(RequestLogMiddleware)
    return app


_default: FastAPI | None = None


def __getattr__(name: str) -> FastAPI:
    # `app.main:app` for uvicorn, built on first access rather than at import.
    global _default
    if name != "app":
        raise AttributeError(name)
    if _default is None:
        _default = create_app()
    return _default
