"""/docs in a real browser with every other origin cut off: Swagger UI renders every operation from the app alone."""

from __future__ import annotations

from typing import Any

import httpx
import pytest

pytestmark = pytest.mark.browser


@pytest.mark.parametrize(
    ("page_path", "operation_selector"),
    [("/docs", ".opblock-summary-path"), ("/redoc", "[data-section-id^='operation/']")],
)
def test_the_documentation_renders_with_no_other_origin(
    browser: Any, live_url: str, page_path: str, operation_selector: str
) -> None:
    paths = httpx.get(f"{live_url}/openapi.json", timeout=30).json()["paths"].values()
    summaries = {operation["summary"] for item in paths for operation in item.values()}
    context = browser.new_context()
    page = context.new_page()
    elsewhere: list[str] = []
    errors: list[str] = []

    def only_this_server(route: Any) -> None:
        if route.request.url.startswith(live_url):
            route.continue_()
        else:
            elsewhere.append(route.request.url)
            route.abort()

    page.route("**/*", only_this_server)
    page.on("pageerror", lambda error: errors.append(str(error)))
    page.goto(f"{live_url}{page_path}")
    page.wait_for_selector(operation_selector, timeout=60_000)
    text = page.inner_text("body")
    context.close()
    assert {summary for summary in summaries if summary not in text} == set()
    assert elsewhere == []
    assert errors == []
