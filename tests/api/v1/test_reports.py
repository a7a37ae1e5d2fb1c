from tests.helpers import REPORT, get_data


def test_reports_list(client):
    reports = {r["id"]: r for r in get_data(client, "/v1/reports")}
    assert sorted(reports) == ["a-75-623", "a-80-590"]
    assert [r["id"] for r in get_data(client, "/v1/reports")] == ["a-80-590", "a-75-623"]  # newest first
    report = reports["a-75-623"]
    assert report["symbol"] == "A/75/623"
    assert report["mission"] == "MINUSMA"
    assert report["mission_name"] == "United Nations Multidimensional Integrated Stabilization Mission in Mali"
    assert (report["period_start"], report["period_end"], report["published"]) == (
        "2019-07-01",
        "2020-06-30",
        "2020-12-02",
    )
    assert report["source_sha256"] == "d8175f1c67478d26806efe755a4e1b09046ff53a43f6e75245adc72d5c901595"
    assert report["row_counts"]["financial_category"] == 29


def test_report_links_to_its_collections(client):
    report = get_data(client, REPORT)
    assert report["links"]["financial_categories"].endswith("/v1/reports/a-75-623/financial-categories")
    assert client.get(report["links"]["checks"]).status_code == 200


def test_unknown_report_is_404(client):
    response = client.get("/v1/reports/a-99-999/financial-categories")
    assert response.status_code == 404
    assert "a-99-999" in response.json()["detail"]


def test_summary_headline_figures(client):
    summary = get_data(client, f"{REPORT}/summary")
    assert summary["gross_apportionment_usd"] == 1138457900
    assert summary["gross_expenditure_usd"] == 1136908900
    assert summary["unencumbered_balance_usd"] == 1549000
    assert summary["utilization_rate_percent"] == 99.9  # the summary prints "utilization rate of 99.9 per cent"
    assert [g["group_slug"] for g in summary["groups"]] == [
        "military-and-police-personnel",
        "civilian-personnel",
        "operational-costs",
    ]
    assert summary["incumbency"]["military-contingents"]["actual_average"] == 12142
    assert summary["incumbency_totals"]["approved"] == 40 + 13249 + 350 + 1570 + 817 + 150 + 753 + 191 + 6 + 2 + 19
    assert summary["checks"]["failed"] == 0


def test_source_is_the_bundled_text(client, report_text):
    response = client.get(f"{REPORT}/source")
    assert response.status_code == 200
    assert response.headers["content-type"].startswith("text/plain")
    assert response.text == report_text
    assert response.text.split("\n")[1237].startswith("Air operations\t145 119.7")  # line 1238


def test_health_and_readiness(client):
    assert client.get("/healthz").json() == {"status": "ok"}
    ready = client.get("/readyz")
    assert ready.json() == {"status": "ready", "reports": 2}
    assert ready.headers["cache-control"] == "no-store"


def test_landing_page_points_to_docs_and_reports(client):
    page = client.get("/")
    assert page.status_code == 200
    assert "/docs" in page.text
    assert "/v1/reports" in page.text
