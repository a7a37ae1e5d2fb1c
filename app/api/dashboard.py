"""The dashboard: static pages at /dashboard/, built only on the public /v1 JSON endpoints.

The files in `app/dashboard/` are served as they are: no build step, no CDN, no inline script (the
pages keep to `script-src 'self'`). They pass through the same conditional-GET middleware as the API,
so they get ETags, 304s and gzip too. Outside the OpenAPI document: they are pages, not API.
"""

from __future__ import annotations

from pathlib import Path

from fastapi import FastAPI
from starlette.staticfiles import StaticFiles

DIRECTORY = Path(__file__).resolve().parent.parent / "dashboard"
PATH = "/dashboard"


def mount(app: FastAPI) -> None:
    """Serve `app/dashboard/` at /dashboard/ (/dashboard redirects there, so relative links resolve)."""
    app.mount(PATH, StaticFiles(directory=DIRECTORY, html=True), name="dashboard")
