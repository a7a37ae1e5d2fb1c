"""A landing page that tells a person what this is and where to go."""

from __future__ import annotations

from fastapi import APIRouter, Request
from fastapi.responses import HTMLResponse

router = APIRouter(include_in_schema=False)

PAGE = """<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>{title}</title>
<style>body{{font:16px/1.5 system-ui,sans-serif;max-width:46rem;margin:3rem auto;padding:0 1rem}}
code{{background:#f3f3f3;padding:0 .2rem}}</style></head>
<body><h1>{title}</h1>
<p>A read-only REST API over United Nations peacekeeping budget performance reports. Every figure is parsed
from the report text and cites the line it came from. Bundled: A/75/623, the budget performance of MINUSMA
(the United Nations mission in Mali) for 1 July 2019 to 30 June 2020.</p>
<ul>
<li><a href="{dashboard}"><strong>Dashboard</strong></a>: missions and years compared, results, COVID-19 and search,
read from this API (no JSON to read)</li>
<li><a href="{docs}">Interactive documentation</a> (<a href="{openapi}">OpenAPI</a>)</li>
<li><a href="{reports}">Loaded reports</a></li>
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
            dashboard=request.url_for("dashboard", path="/"),
            docs=request.url_for("swagger_ui_html"),
            openapi=request.url_for("openapi"),
            reports=request.url_for("list_reports"),
        )
    )
