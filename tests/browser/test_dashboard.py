"""The dashboard in a real headless Chromium, over the API serving the bundled reports.

Each view is opened as a person would, and the figures it shows are compared with what the same API
answers to the test (formatted as the page formats them, app/dashboard/js/format.js). One drill-down, one
comparison and one search are followed; each view is photographed (the folder is named at the end of the run).
"""

from __future__ import annotations

import re
from typing import Any

import httpx
import pytest

from tests.browser.page import REPORT_LINES, Dashboard

pytestmark = pytest.mark.browser

CUT = ["cancelled", "postponed", "suspended", "reduced"]  # "outputs cut by COVID-19" in the COVID-19 view


# The page's formats (app/dashboard/js/format.js), written again here.
def usd(value: int | None) -> str:
    if value is None:
        return "—"
    return f"{'-' if value < 0 else ''}${abs(value):,}"


def pct(value: float | None) -> str:
    return "—" if value is None else f"{value:,.1f}%"


def num(value: float | None) -> str:
    if value is None:
        return "—"
    return f"{value:,.2f}".rstrip("0").rstrip(".") if value != int(value) else f"{int(value):,}"


def words(value: str) -> str:
    text = value.replace("_", " ")
    return text[:1].upper() + text[1:]


def rows(api: httpx.Client, path: str, **params: Any) -> list[dict[str, Any]]:
    """Every row of a collection."""
    found: list[dict[str, Any]] = []
    offset = 0
    while True:
        body = api.get(path, params={**params, "limit": 500, "offset": offset}).json()
        found += body["data"]
        if not body["links"]["next"]:
            return found
        offset += 500


def one(api: httpx.Client, path: str) -> dict[str, Any]:
    data: dict[str, Any] = api.get(path).json()["data"]
    return data


def newest_period(api: httpx.Client) -> str:
    periods: set[str] = {period for mission in rows(api, "missions") for period in mission["periods"]}
    return sorted(periods)[-1]


def newest_report_with(api: httpx.Client, kind: str) -> dict[str, Any]:
    reports = sorted(rows(api, "reports"), key=lambda r: (r["period"], r["published"]), reverse=True)
    return next(r for r in reports if r["row_counts"].get(kind))


def test_overview_shows_every_mission_of_the_period_as_the_api_does(dash: Dashboard, api: httpx.Client) -> None:
    weights: list[tuple[str, int]] = []
    dash.page.on("requestfinished", lambda request: weights.append((request.url, request.sizes()["responseBodySize"])))
    dash.open()
    assert dash.view() == "overview"
    period = newest_period(api)
    assert dash.page.locator("#pick-period").input_value() == period
    expected = {}
    for mission in rows(api, "missions"):
        if period in mission["periods"]:
            series = next(s for s in one(api, f"missions/{mission['code']}")["series"] if s["period"] == period)
            expected[mission["code"]] = {
                "apportionment": usd(series["apportionment_usd"]),
                "expenditure": usd(series["expenditure_usd"]),
                "balance": usd(series["unencumbered_balance_usd"]),
                "utilization": pct(series["utilization_rate_percent"]),
            }
    assert dash.cells("#overview-table tbody tr", "mission") == expected
    _record_page_weight(weights, dash.base)
    dash.shot("overview")

    # Sortable: the apportionment header sorts high to low, then low to high, and the URL keeps it.
    dash.page.click("#overview-table button[data-sort=apportionment]")
    assert "sort=-apportionment" in dash.hash()
    order = dash.order("#overview-table tbody tr", "mission")
    by_money = sorted(expected, key=lambda code: int(expected[code]["apportionment"].strip("$").replace(",", "")))
    assert order == by_money[::-1]
    dash.page.click("#overview-table button[data-sort=apportionment]")
    assert "sort=apportionment" in dash.hash()
    assert "sort=-" not in dash.hash()

    # A click on a mission's row opens the mission.
    first = order[0]
    dash.act(lambda: dash.page.click(f"#overview-table tr[data-mission='{first}'] td[data-key=expenditure]"))
    assert dash.view() == "mission"
    assert dash.hash() == f"#/mission/{first}?period={period}"


def _record_page_weight(weights: list[tuple[str, int]], base: str) -> None:
    static = [size for url, size in weights if url.startswith(f"{base}/dashboard/")]
    data = [size for url, size in weights if url.startswith(f"{base}/v1/")]
    REPORT_LINES.append(
        f"overview page weight as transferred: {sum(static) / 1024:.1f} KiB in {len(static)} static files, "
        f"{sum(data) / 1024:.1f} KiB of JSON in {len(data)} API requests"
    )


def test_the_overview_reads_on_a_phone(browser: Any, live_url: str, screenshots: Any) -> None:
    context = browser.new_context(viewport={"width": 390, "height": 844}, is_mobile=True, has_touch=True)
    page = context.new_page()
    phone = Dashboard(page, live_url, screenshots)
    phone.open()
    overflow = page.evaluate("document.documentElement.scrollWidth - window.innerWidth")
    assert overflow <= 0, "the page scrolls sideways on a phone (only wide tables may, inside their wrapper)"
    phone.shot("overview-phone")
    context.close()
    assert phone.errors == []


def test_a_mission_shows_its_periods_categories_explanations_and_personnel(dash: Dashboard, api: httpx.Client) -> None:
    code = rows(api, "missions")[0]["code"]
    detail = one(api, f"missions/{code}")
    report = detail["reports"][0]
    dash.open(f"#/mission/{code}")
    assert dash.cells("#mission-series tbody tr", "period") == {
        s["period"]: {
            "apportionment": usd(s["apportionment_usd"]),
            "expenditure": usd(s["expenditure_usd"]),
            "balance": usd(s["unencumbered_balance_usd"]),
            "utilization": pct(s["utilization_rate_percent"]),
        }
        for s in detail["series"]
    }
    categories = rows(api, f"reports/{report['id']}/financial-categories")
    assert dash.cells("#mission-categories tbody tr[data-slug]", "slug") == {
        c["slug"]: {
            "apportionment": usd(c["apportionment_usd"]),
            "expenditure": usd(c["expenditure_usd"]),
            "variance": usd(c["variance_usd"]),
            "variance_percent": pct(c["variance_percent"]),
        }
        for c in categories
    }
    staffing = rows(api, f"reports/{report['id']}/staffing")
    assert dash.cells("#mission-staffing tbody tr[data-slug]:not(.staff-group)", "slug") == {
        s["slug"]: {
            "approved": num(s["approved"]),
            "actual": num(s["actual_average"]),
            "vacancy": pct(s["vacancy_rate_percent"]),
        }
        for s in staffing
        if s["level"] != "group"
    }
    budget_fields = ("budget_apportionment_usd", "cost_estimates_usd")
    has_budget = any(c.get(field) is not None for c in categories for field in budget_fields)
    assert (dash.page.locator("#mission-budget").count() == 1) == has_budget

    # The variance's printed explanation, on a click.
    explained = [v for v in rows(api, f"reports/{report['id']}/variances") if v["explanation"]]
    if not explained:
        assert dash.page.locator("button.why").count() == 0
        return
    slug = next(
        (v["category_slug"] for v in explained if v["category_slug"] == "air-operations"), explained[0]["category_slug"]
    )
    printed = one(api, f"reports/{report['id']}/financial-categories/{slug}")["variance_explanation"]["explanation"]
    dash.page.click(f"button.why[data-slug='{slug}']")
    panel = dash.page.locator(f"#why-{slug}")
    panel.locator("blockquote").wait_for()
    assert panel.locator("blockquote").inner_text() == printed
    assert f"cat={slug}" in dash.hash()
    dash.shot("mission")


def test_results_drill_down_from_components_to_an_output(dash: Dashboard, api: httpx.Client) -> None:
    report = newest_report_with(api, "output")
    summary = one(api, f"reports/{report['id']}/summary")
    dash.open(f"#/results/{report['id']}")
    shown = dash.cells("#status-table tbody tr", "component")
    for component, counts in summary["outputs_by_status"].items():
        for status, count in counts.items():
            assert shown[component][status] == num(count), (component, status)

    component = min(int(c) for c in summary["outputs_by_status"])
    ea = rows(api, f"reports/{report['id']}/expected-accomplishments", component=component)[0]
    dash.act(lambda: dash.page.click(f"#ea-list a[data-ea='{ea['id']}']"))
    assert dash.page.locator("#ea-detail").get_attribute("data-ea") == ea["id"]
    outputs = rows(api, f"reports/{report['id']}/outputs", expected_accomplishment=ea["id"])
    assert dash.order("#output-table tbody tr[data-output]", "output") == [o["id"] for o in outputs]
    indicator = rows(api, f"reports/{report['id']}/indicators", expected_accomplishment=ea["id"])[0]
    card = dash.page.locator(f"article[data-indicator='{indicator['id']}']")
    for target in indicator["targets"]:
        if target["value_text"]:
            assert target["value_text"] in card.locator("table.targets").inner_text()

    output = one(api, f"reports/{report['id']}/outputs/{outputs[0]['id']}")
    dash.page.click(f"button.why[data-output='{output['id']}']")
    panel = dash.page.locator(f"[id='output-{output['id']}']")
    panel.locator("table.completed-values").wait_for()
    text = panel.inner_text()
    assert words(output["status"]) in text
    assert (output["remarks"] or "—") in text
    for entry in output["completed"]:
        assert (entry["value_text"] or "—") in panel.locator("table.completed-values").inner_text()
    assert f"ea={ea['id']}" in dash.hash()
    assert f"output={output['id']}" in dash.hash()
    dash.shot("results")


def in_report_order(annotations: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """The page lists annotations in the order of the report's lines (it merges one request per impact)."""
    return sorted(annotations, key=lambda r: (r["source"]["first_line"], r["id"]))


def test_covid_annotations_filter_by_impact_and_link_to_the_output(dash: Dashboard, api: httpx.Client) -> None:
    report = newest_report_with(api, "covid_annotation")
    base = f"reports/{report['id']}/covid-annotations"
    total = report["row_counts"]["covid_annotation"]
    dash.open("#/covid")
    assert f"{total:,} of {total:,} annotations" in dash.page.locator("main").inner_text()
    dash.shot("covid")

    impacts = one(api, f"reports/{report['id']}/summary")["covid_annotations"]["by_impact"]
    impact = "cancelled" if "cancelled" in impacts else next(iter(impacts))
    chosen = in_report_order(rows(api, base, impact=impact))
    dash.act(lambda: dash.page.click(f"button.chip[data-impact={impact}]"))
    assert dash.order("#covid-table tbody tr", "id") == [r["id"] for r in chosen]

    # "Which outputs were cut by COVID-19?"
    dash.act(lambda: dash.page.click("#preset-cut"))
    cut = in_report_order([r for impact in CUT for r in rows(api, base, impact=impact, target_type="output")])
    assert dash.order("#covid-table tbody tr", "id") == [r["id"] for r in cut]
    dash.shot("covid-outputs-cut")
    if not cut:
        return

    # Each annotation links to what it annotates: here, the output in the Results view, opened.
    first = cut[0]
    dash.act(lambda: dash.page.click(f"#covid-table tr[data-id='{first['id']}'] a"))
    assert dash.view() == "results"
    opened = dash.page.locator(f"button.why[data-output='{first['target_id']}']")
    assert opened.get_attribute("aria-expanded") == "true"


def test_compare_one_category_across_missions_as_a_share_of_their_spending(dash: Dashboard, api: httpx.Client) -> None:
    period = newest_period(api)
    printed = {r["slug"] for r in rows(api, "financial-categories", period=period, level="line")}
    dash.open(f"#/compare?period={period}")
    if "air-operations" in printed:
        assert dash.page.locator("#pick-slug").input_value() == "air-operations"
    first = dash.page.locator("#pick-slug").input_value()
    second = next(
        slug for slug in ("medical", "official-travel", *sorted(printed)) if slug in printed and slug != first
    )
    for slug in (first, second):
        if slug == second:
            dash.act(lambda: dash.page.select_option("#pick-slug", second))
            assert f"slug={second}" in dash.hash()
        gross = {
            r["report_id"]: r["expenditure_usd"]
            for r in rows(api, "financial-categories", period=period, slug="gross-requirements")
        }
        chosen = rows(api, "financial-categories", period=period, slug=slug)
        shares = {r["mission"]: r["expenditure_usd"] / gross[r["report_id"]] * 100 for r in chosen}
        shown = dash.cells("#compare-table tbody tr", "mission")
        assert shown == {
            r["mission"]: {
                "expenditure": usd(r["expenditure_usd"]),
                "gross": usd(gross[r["report_id"]]),
                "share": pct(shares[r["mission"]]),
                "apportionment": usd(r["apportionment_usd"]),
                "variance": usd(r["variance_usd"]),
                "variance_percent": pct(r["variance_percent"]),
            }
            for r in chosen
        }
        assert dash.order("#compare-table tbody tr", "mission") == sorted(shares, key=lambda m: -shares[m])
    dash.page.click("#compare-table button[data-sort=expenditure]")
    assert "sort=-expenditure" in dash.hash()
    dash.shot("compare")


def test_search_finds_and_links_into_the_views(dash: Dashboard, api: httpx.Client) -> None:
    dash.open("#/search")
    dash.page.fill("#q", "aviation")
    dash.act(lambda: dash.page.press("#q", "Enter"))
    assert "q=aviation" in dash.hash()
    answer = api.get("search", params={"q": "aviation", "limit": 25}).json()
    assert dash.order("#hits li", "id") == [hit["id"] for hit in answer["data"]]
    assert f"{answer['meta']['total']:,} result" in dash.page.locator("main h2").first.inner_text()
    dash.shot("search")

    variance = next(hit for hit in answer["data"] if hit["type"] == "variance")
    dash.act(lambda: dash.page.click(f"#hits li[data-id='{variance['id']}'] a"))
    assert dash.view() == "mission"
    # A variance's id is its category's slug, followed by its period where the report explains several.
    category = re.sub(r"-\d{4}-\d{2}$", "", variance["id"])
    dash.page.locator(f"#why-{category} blockquote").wait_for()


def test_an_api_error_is_shown_with_its_title_and_detail(dash: Dashboard, api: httpx.Client) -> None:
    dash.http_errors_expected = True
    problem = api.get("missions/nope").json()
    dash.open("#/mission/nope")
    assert dash.page.locator(".problem .problem-title").inner_text() == problem["title"]
    assert problem["detail"] in dash.page.locator(".problem").inner_text()
    dash.shot("error")

    # A search the API cannot read: the problem is shown under the form, which stays to mend the query.
    problem = api.get("search", params={"q": '"peace', "limit": 25}).json()
    dash.act(lambda: dash.page.goto(f"{dash.base}/dashboard/#/search?q=%22peace"))
    assert dash.page.locator("#q").input_value() == '"peace'
    assert problem["detail"] in dash.page.locator(".problem").inner_text()


def _serve_with(page: Any, pattern: str, change: Any) -> None:
    """Answer requests matching `pattern` with the API's own answer, changed by `change(body)`."""

    def handle(route: Any) -> None:
        body = route.fetch().json()
        change(body)
        route.fulfill(status=200, json=body)

    page.route(re.compile(pattern), handle)


def test_fields_coming_soon_are_shown_once_the_api_serves_them(dash: Dashboard, api: httpx.Client) -> None:
    """The next budget's figures, an output's status basis and an indicator's achievement are not served for
    every report yet: the page shows them where an answer has them (simulated here by adding them to real
    answers) and leaves them out where it has not (the other tests)."""

    def budget(body: dict[str, Any]) -> None:
        for row in body["data"]:
            row["budget_apportionment_usd"] = row["apportionment_usd"]
            row["cost_estimates_usd"] = (row["expenditure_usd"] or 0) + 1000
            row["budget_variance_usd"] = -1000
            row["budget_variance_percent"] = -0.1

    _serve_with(dash.page, r"/v1/reports/[^/]+/financial-categories\?", budget)
    _serve_with(
        dash.page,
        r"/v1/reports/[^/]+/outputs/[^/?]+$",
        lambda body: body["data"].update(status_basis="single_quantity"),
    )
    _serve_with(
        dash.page,
        r"/v1/reports/[^/]+/indicators\?",
        lambda body: [row.update(achievement="partially_achieved") for row in body["data"]],
    )
    code = rows(api, "missions")[0]["code"]
    report = one(api, f"missions/{code}")["reports"][0]
    dash.open(f"#/mission/{code}")
    air = one(api, f"reports/{report['id']}/financial-categories/air-operations")
    assert dash.cells("#mission-budget tbody tr[data-slug]", "slug")["air-operations"] == {
        "budget_apportionment_usd": usd(air["apportionment_usd"]),
        "cost_estimates_usd": usd(air["expenditure_usd"] + 1000),
        "budget_variance_usd": usd(-1000),
        "budget_variance_percent": pct(-0.1),
    }
    dash.shot("mission-with-budget")

    with_outputs = newest_report_with(api, "output")
    output = rows(api, f"reports/{with_outputs['id']}/outputs", limit=1)[0]
    dash.act(
        lambda: dash.page.goto(
            f"{dash.base}/dashboard/#/results/{with_outputs['id']}?ea={output['expected_accomplishment']}"
            f"&output={output['id']}"
        )
    )
    panel = dash.page.locator(f"[id='output-{output['id']}']")
    panel.locator("table.completed-values").wait_for()
    assert "Basis of the status: Single quantity" in panel.inner_text()
    assert dash.page.locator("article.indicator .badge").first.inner_text() == "Partially achieved"


STRICT_CSP = (
    "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self'; object-src 'none'; base-uri 'none'"
)


def test_every_view_runs_under_a_strict_content_security_policy(dash: Dashboard, api: httpx.Client) -> None:
    """The app sets no CSP yet; served under a strict one, no view may trip it (a violation is a console error)."""

    def with_csp(route: Any) -> None:
        response = route.fetch()
        route.fulfill(response=response, headers={**response.headers, "content-security-policy": STRICT_CSP})

    dash.page.route(re.compile(r"/dashboard/(index\.html)?$"), with_csp)
    violations: list[str] = []

    def note(message: Any) -> None:
        if "Content Security Policy" in message.text:
            violations.append(message.text)

    dash.page.on("console", note)
    code = rows(api, "missions")[0]["code"]
    for fragment in ("#/overview", f"#/mission/{code}", "#/results", "#/covid", "#/compare", "#/search?q=fuel"):
        dash.page.goto(f"{dash.base}/dashboard/{fragment}")
        dash.settle("")
        if fragment.startswith("#/mission"):
            dash.page.locator("button.why").first.click()
            dash.page.locator("tr.explain:not([hidden]) blockquote").first.wait_for()
    assert violations == []
