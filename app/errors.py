"""One error hierarchy, one renderer: every error is application/problem+json (RFC 9457)."""

from __future__ import annotations

from http import HTTPStatus
from typing import Any

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse
from pydantic import BaseModel, Field
from starlette.exceptions import HTTPException as StarletteHTTPException

PROBLEM_TYPE_BASE = "https://budget-performance-api.example/problems/"
ALLOWED_METHODS = "GET, HEAD, OPTIONS"


class InvalidParam(BaseModel):
    name: str = Field(description="The query or path parameter at fault")
    reason: str


class Problem(BaseModel):
    """RFC 9457 problem details."""

    type: str
    title: str
    status: int
    detail: str
    instance: str | None = None
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


class ServiceUnavailable(ApiError):
    status = 503
    slug = "not-ready"


def problem_response(
    request: Request,
    status: int,
    detail: str,
    *,
    slug: str | None = None,
    invalid_params: list[InvalidParam] | None = None,
    headers: dict[str, str] | None = None,
) -> JSONResponse:
    title = HTTPStatus(status).phrase
    body = Problem(
        type=PROBLEM_TYPE_BASE + (slug or title.lower().replace(" ", "-")),
        title=title,
        status=status,
        detail=detail,
        instance=request.url.path,
        invalid_params=invalid_params,
    )
    return JSONResponse(
        body.model_dump(exclude_none=True),
        status_code=status,
        media_type="application/problem+json",
        headers=headers,
    )


async def _api_error(request: Request, exc: Exception) -> JSONResponse:
    assert isinstance(exc, ApiError)
    return problem_response(request, exc.status, exc.detail, slug=exc.slug, invalid_params=exc.invalid_params)


def _param_name(loc: tuple[Any, ...]) -> str:
    return ".".join(str(part) for part in loc[1:]) or str(loc[0])


async def _validation_error(request: Request, exc: Exception) -> JSONResponse:
    assert isinstance(exc, RequestValidationError)
    params = [InvalidParam(name=_param_name(tuple(err["loc"])), reason=err["msg"]) for err in exc.errors()]
    names = ", ".join(p.name for p in params)
    return problem_response(
        request, 422, f"Invalid value for: {names}", slug="invalid-parameter", invalid_params=params
    )


async def _http_error(request: Request, exc: Exception) -> JSONResponse:
    assert isinstance(exc, StarletteHTTPException)
    headers = dict(exc.headers or {})
    if exc.status_code == 405:
        headers["Allow"] = ALLOWED_METHODS
        detail = f"{request.method} is not allowed on {request.url.path}; this API is read-only"
    elif exc.status_code == 404:
        detail = f"No resource at {request.url.path}"
    else:
        detail = str(exc.detail)
    return problem_response(request, exc.status_code, detail, headers=headers)


async def _unexpected(request: Request, exc: Exception) -> JSONResponse:
    return problem_response(request, 500, "An unexpected error occurred", slug="internal-error")


def register_error_handlers(app: FastAPI) -> None:
    app.add_exception_handler(ApiError, _api_error)
    app.add_exception_handler(RequestValidationError, _validation_error)
    app.add_exception_handler(StarletteHTTPException, _http_error)
    app.add_exception_handler(Exception, _unexpected)
