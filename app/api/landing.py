"""A landing page that tells a person what this is and where to go."""

from __future__ import annotations

import base64
import hashlib

from fastapi import APIRouter, Request
from fastapi.responses import HTMLResponse

router = APIRouter(include_in_schema=False)

STYLE = """body{font:16px/1.5 system-ui,sans-serif;max-width:46rem;margin:3rem auto;padding:0 1rem}
code{background:#f3f3f3;padding:0 .2rem}"""
# The page's one inline style, allowed by its hash: the landing page's Content-Security-Policy (app/headers.py).
STYLE_HASH = base64.b64encode(hashlib.sha256(STYLE.encode()).digest()).decode()
POLICY = f"default-src 'none'; style-src 'sha256-{STYLE_HASH}'; frame-ancestors 'none'; base-uri 'none'".encode()

PAGE = """<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>{title}</title>
<style>{style}</style></head>
<body><h1>{title}</h1>
<p>A read-only REST API over United Nations peacekeeping budget performance reports, read from the official
Word files. Every figure is parsed from the report and cites the line it came from. Bundled: the 2024/25
reports of eight missions (MINUSMA, UNDOF, MINURSO, UNLB, UNISFA, UNMISS, MINUSCA, UNSOS) and MINUSMA's
2019/20 report (A/75/623).</p>
<ul>
<li><a href="{dashboard}"><strong>Dashboard</strong></a>: missions and years compared, results, COVID-19 and search,
read from this API (no JSON to read)</li>
<li><a href="{docs}">Interactive documentation</a> (<a href="{openapi}">OpenAPI</a>)</li>
<li><a href="{reports}">Loaded reports</a></li>
<li>Downloads: a whole report as a zip of CSVs with a data dictionary
(<a href="{reports}/a-75-623/download"><code>/v1/reports/a-75-623/download</code></a>), the same rows as SQLite
(<a href="{reports}/a-75-623/download.sqlite"><code>download.sqlite</code></a>), or every report as one
<a href="{store}">SQLite database</a></li>
<li>Example: <a href="{reports}/a-75-623/financial-categories/military-contingents">
<code>/v1/reports/a-75-623/financial-categories/military-contingents</code></a></li>
</ul>
<p>Collections accept <code>limit</code>, <code>offset</code>, <code>sort</code>, <code>format=csv|ndjson</code>
and <code>facets</code>. Errors are <code>application/problem+json</code>.</p>
</body></html>"""


@router.get("/", response_class=HTMLResponse)
def landing(request: Request) -> HTMLResponse:
    return HTMLResponse(
        PAGE.format(
            title=request.app.title,
            style=STYLE,
            dashboard=request.url_for("dashboard", path="/"),
            docs=request.url_for("swagger_ui_html"),
            openapi=request.url_for("openapi"),
            reports=request.url_for("list_reports"),
            store=request.url_for("download_store_sqlite"),
        )
    )
