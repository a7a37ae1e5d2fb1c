"""One error hierarchy, one renderer: every error is application/problem+json (RFC 9457)."""

from __future__ import annotations

import json
from http import HTTPStatus
from typing import Any, TypeVar

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse
from pydantic import BaseModel, Field
from sqlalchemy.exc import InterfaceError, OperationalError, ProgrammingError
from sqlalchemy.exc import TimeoutError as PoolTimeout
from starlette.exceptions import HTTPException as StarletteHTTPException
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from app.log import logger
from app.queries.errors import RowNotFound, SearchSyntaxError, UnknownField

PROBLEM_TYPE_BASE = "https://budget-performance-api.example/problems/"
ALLOWED_METHODS = "GET, HEAD, OPTIONS"
E = TypeVar("E", bound=Exception)


class InvalidParam(BaseModel):
    name: str = Field(description="The query or path parameter at fault")
    reason: str = Field(description="Why its value was refused")


class Problem(BaseModel):
    """RFC 9457 problem details: the body of every error, as `application/problem+json`."""

    type: str = Field(description="A URI naming the kind of problem (`…/problems/not-found`)")
    title: str = Field(description="The HTTP status phrase")
    status: int = Field(description="The HTTP status code, as sent")
    detail: str = Field(description="What went wrong with this request, in a sentence")
    instance: str | None = Field(default=None, description="The path that was asked for")
    invalid_params: list[InvalidParam] | None = Field(default=None, description="Each bad parameter, for 400/422")


class ApiError(Exception):
    status: int = 500
    slug: str = "internal-error"

    def __init__(self, detail: str, *, invalid_params: list[InvalidParam] | None = None) -> None:
        super().__init__(detail)
        self.detail = detail
        self.invalid_params = invalid_params


class NotFound(ApiError):
    status = 404
    slug = "not-found"


class BadRequest(ApiError):
    status = 400
    slug = "bad-request"


class InvalidInput(ApiError):
    status = 422
    slug = "invalid-parameter"


class ServiceUnavailable(ApiError):
    status = 503
    slug = "not-ready"


def problem_body(
    status: int,
    detail: str,
    *,
    slug: str | None = None,
    instance: str | None = None,
    invalid_params: list[InvalidParam] | None = None,
) -> dict[str, Any]:
    title = HTTPStatus(status).phrase
    body = Problem(
        type=PROBLEM_TYPE_BASE + (slug or title.lower().replace(" ", "-")),
        title=title,
        status=status,
        detail=detail,
        instance=instance,
        invalid_params=invalid_params,
    )
    return body.model_dump(exclude_none=True)


def problem_bytes(status: int, detail: str, *, slug: str | None = None, instance: str | None = None) -> bytes:
    """A problem document for layers below the app (middleware), which answer before any route."""
    return json.dumps(problem_body(status, detail, slug=slug, instance=instance), separators=(",", ":")).encode()


def problem_response(
    request: Request,
    status: int,
    detail: str,
    *,
    slug: str | None = None,
    invalid_params: list[InvalidParam] | None = None,
    headers: dict[str, str] | None = None,
) -> JSONResponse:
    body = problem_body(status, detail, slug=slug, instance=request.url.path, invalid_params=invalid_params)
    return JSONResponse(
        body,
        status_code=status,
        media_type="application/problem+json",
        headers=headers,
    )


# Handlers are registered per exception class, so each receives its own class; `_as` narrows the type
# without an `assert` (which `python -O` would remove).
def _as(exc: Exception, kind: type[E]) -> E:
    if not isinstance(exc, kind):
        raise TypeError(f"handler for {kind.__name__} received {type(exc).__name__}") from exc
    return exc


async def _api_error(request: Request, exc: Exception) -> JSONResponse:
    error = _as(exc, ApiError)
    return problem_response(request, error.status, error.detail, slug=error.slug, invalid_params=error.invalid_params)


async def _row_not_found(request: Request, exc: Exception) -> JSONResponse:
    return problem_response(request, 404, str(_as(exc, RowNotFound)), slug="not-found")


async def _unknown_field(request: Request, exc: Exception) -> JSONResponse:
    error = _as(exc, UnknownField)
    kind = "sort" if error.parameter == "sort" else "facet"
    params = [InvalidParam(name=error.parameter, reason=f"unknown {kind} field {name!r}") for name in error.names]
    return problem_response(request, 400, str(error), slug="bad-request", invalid_params=params)


async def _search_syntax(request: Request, exc: Exception) -> JSONResponse:
    reason = str(_as(exc, SearchSyntaxError))
    params = [InvalidParam(name="q", reason=reason)]
    detail = f"Cannot read the search query: {reason}"
    return problem_response(request, 400, detail, slug="bad-request", invalid_params=params)


def _param_name(loc: tuple[Any, ...]) -> str:
    return ".".join(str(part) for part in loc[1:]) or str(loc[0])


async def _validation_error(request: Request, exc: Exception) -> JSONResponse:
    errors = _as(exc, RequestValidationError).errors()
    params = [InvalidParam(name=_param_name(tuple(err["loc"])), reason=err["msg"]) for err in errors]
    names = ", ".join(p.name for p in params)
    return problem_response(
        request, 422, f"Invalid value for: {names}", slug="invalid-parameter", invalid_params=params
    )


async def _http_error(request: Request, exc: Exception) -> JSONResponse:
    exc = _as(exc, StarletteHTTPException)
    headers = dict(exc.headers or {})
    if exc.status_code == 405:
        headers["Allow"] = ALLOWED_METHODS
        detail = f"{request.method} is not allowed on {request.url.path}; this API is read-only"
    elif exc.status_code == 404:
        detail = f"No resource at {request.url.path}"
    else:
        detail = str(exc.detail)
    return problem_response(request, exc.status_code, detail, headers=headers)


# What the store raises when it is down, refusing connections, or not migrated (no such table): the client may
# retry, and /readyz says why. A store error caused by input (a DataError) is not among them: inputs are bounded.
STORE_DOWN = (OperationalError, InterfaceError, ProgrammingError)
RETRY_AFTER = "1"


async def _store_busy(request: Request, exc: Exception) -> JSONResponse:
    # No pooled connection came free in time: the client may retry shortly.
    logger.warning("store busy: %s", type(exc).__name__)
    detail = "The store is busy; retry shortly"
    return problem_response(request, 503, detail, slug="store-unavailable", headers={"Retry-After": RETRY_AFTER})


async def _store_unavailable(request: Request, exc: Exception) -> JSONResponse:
    # One log line per outage (app/outage.py), not a traceback per request.
    request.app.state.store_health.failed(exc)
    detail = "The store is unreachable or not ready; retry shortly (/readyz says why)"
    return problem_response(request, 503, detail, slug="store-unavailable", headers={"Retry-After": RETRY_AFTER})


async def _unexpected(request: Request, exc: Exception) -> JSONResponse:
    logger.error("unexpected error", exc_info=exc)
    return problem_response(request, 500, "An unexpected error occurred", slug="internal-error")


class UnexpectedErrorMiddleware:
    """An unexpected error answers 500 problem+json, logged once with its traceback, and the connection is kept.

    An exception handler for `Exception` alone would not do: Starlette re-raises after answering, so the server
    logs the traceback a second time and closes the keep-alive connection. Only an error after the answer has
    started is re-raised (the answer is incomplete, so the connection must close)."""

    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        started = False

        async def watch(message: Message) -> None:
            nonlocal started
            started = started or message["type"] == "http.response.start"
            await send(message)

        try:
            await self.app(scope, receive, watch)
        except Exception as exc:
            if started:
                raise
            logger.error("unexpected error", exc_info=exc)
            body = problem_bytes(500, "An unexpected error occurred", slug="internal-error", instance=scope["path"])
            headers = [
                (b"content-type", b"application/problem+json"),
                (b"content-length", str(len(body)).encode()),
                (b"cache-control", b"no-store"),
            ]
            await send({"type": "http.response.start", "status": 500, "headers": headers})
            await send({"type": "http.response.body", "body": body})


def register_error_handlers(app: FastAPI) -> None:
    app.add_exception_handler(ApiError, _api_error)
    app.add_exception_handler(RowNotFound, _row_not_found)
    app.add_exception_handler(UnknownField, _unknown_field)
    app.add_exception_handler(SearchSyntaxError, _search_syntax)
    app.add_exception_handler(RequestValidationError, _validation_error)
    app.add_exception_handler(StarletteHTTPException, _http_error)
    app.add_exception_handler(PoolTimeout, _store_busy)
    for kind in STORE_DOWN:
        app.add_exception_handler(kind, _store_unavailable)
    app.add_exception_handler(Exception, _unexpected)
