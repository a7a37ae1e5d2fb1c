"""The interactive documentation (/docs, /redoc), served whole by the app: no CDN, so it renders offline.

The Swagger UI and ReDoc assets come from the `fastapi-offline` package (pinned in constraints.txt), served at
/docs/assets/; the pages are FastAPI's own, pointed at them. Outside the OpenAPI document: they are pages.
"""

from __future__ import annotations

from fastapi import APIRouter, FastAPI, Request
from fastapi.openapi.docs import get_redoc_html, get_swagger_ui_html
from fastapi.responses import HTMLResponse
from starlette.staticfiles import StaticFiles

ASSETS = "/docs/assets"
ASSET_PACKAGE = ("fastapi_offline", "static")

router = APIRouter(include_in_schema=False)


def _base(request: Request) -> str:
    return str(request.scope.get("root_path", "")).rstrip("/")


@router.get("/docs", name="swagger_ui_html")  # the name FastAPI gives its own, which links use
async def get_swagger_ui(request: Request) -> HTMLResponse:
    base = _base(request)
    return get_swagger_ui_html(
        openapi_url=f"{base}{request.app.openapi_url}",
        title=f"{request.app.title} (Swagger UI)",
        swagger_js_url=f"{base}{ASSETS}/swagger-ui-bundle.js",
        swagger_css_url=f"{base}{ASSETS}/swagger-ui.css",
        swagger_favicon_url=f"{base}{ASSETS}/favicon.png",
        swagger_ui_parameters={"validatorUrl": None},  # its default badge is an image from the validator's site
    )


@router.get("/redoc", name="redoc_html")
async def get_redoc(request: Request) -> HTMLResponse:
    base = _base(request)
    return get_redoc_html(
        openapi_url=f"{base}{request.app.openapi_url}",
        title=f"{request.app.title} (ReDoc)",
        redoc_js_url=f"{base}{ASSETS}/redoc.standalone.js",
        redoc_favicon_url=f"{base}{ASSETS}/favicon.png",
        with_google_fonts=False,
    )


def mount(app: FastAPI) -> None:
    """The pages, and the assets they load (mounted before the pages' routes so /docs/assets/… reaches them)."""
    app.mount(ASSETS, StaticFiles(packages=[ASSET_PACKAGE]), name="docs-assets")
    app.include_router(router)
