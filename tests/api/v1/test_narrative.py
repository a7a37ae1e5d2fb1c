from tests.helpers import REPORT, by_key, get_data


def test_paragraph_103_explains_the_air_operations_variance(client):
    paragraph = get_data(client, f"{REPORT}/paragraphs/103")
    assert (paragraph["section"], paragraph["heading"]) == ("IV", "Air operations")
    assert paragraph["text"].startswith("The reduced requirements were attributable primarily")
    assert paragraph["citation"] == "United Nations, A/75/623, para. 103"
    variance = get_data(client, f"{REPORT}/variances/air-operations")
    assert (variance["variance_usd"], variance["variance_percent"], variance["direction"]) == (
        22365900,
        15.4,
        "reduced",
    )
    assert variance["paragraphs"] == [103]
    assert variance["financial_category_url"].endswith("/financial-categories/air-operations")
    category = get_data(client, f"{REPORT}/financial-categories/air-operations")
    assert category["variance_explanation"]["paragraphs"] == [103]
    assert category["variance_explanation"]["direction"] == "reduced"
    assert category["variance_usd"] == variance["variance_usd"]


def test_every_paragraph_is_served_with_its_section(client):
    body = client.get(f"{REPORT}/paragraphs", params={"limit": 500}).json()
    assert body["meta"]["total"] == 111
    assert [p["number"] for p in body["data"]] == list(range(1, 112))
    sections = {p["number"]: p["section"] for p in body["data"]}
    assert (sections[1], sections[8], sections[50], sections[85], sections[111]) == ("I", "II.B", "II.F", "III.B", "V")
    component_1 = get_data(client, f"{REPORT}/paragraphs", component=1)
    assert [p["number"] for p in component_1] == [50, 51, 52, 53, 54, 55, 56]
    under_ii = client.get(f"{REPORT}/paragraphs", params={"section": "II", "limit": 1}).json()["meta"]["total"]
    assert under_ii == 81  # paragraphs 4 to 84


def test_lettered_items_keep_their_lead_in(client):
    items = get_data(client, f"{REPORT}/paragraphs/35")["items"]
    assert [i["letter"] for i in items] == list("abcdefgh")
    assert items[0]["lead_in"] == "Disarmament, demobilization and reintegration."


def test_variances_one_entry_per_category(client):
    variances = by_key(get_data(client, f"{REPORT}/variances"))
    assert len(variances) == 19
    assert variances["facilities-and-infrastructure"]["paragraphs"] == [99, 100]
    assert variances["military-contingents"]["direction"] == "increased"
    assert variances["military-contingents"]["variance_usd"] == -27366400
    reduced = get_data(client, f"{REPORT}/variances", direction="reduced")
    assert all(v["variance_usd"] > 0 for v in reduced)


def test_covid_annotations_filters_and_links(client):
    body = client.get(f"{REPORT}/covid-annotations", params={"limit": 500, "facets": "target_type,impact,basis"}).json()
    assert body["meta"]["total"] == 126  # 118 sentences naming COVID-19, 8 implying it
    assert body["meta"]["facets"]["basis"] == {"named": 118, "implied": 8}
    assert body["meta"]["facets"]["target_type"]["output"] == 63
    medical = get_data(
        client, f"{REPORT}/covid-annotations", target_type="financial_category", impact="increased_requirements"
    )
    assert "medical" in {a["target_id"] for a in medical}
    assert medical[0]["target_url"].startswith("http://testserver/v1/reports/a-75-623/financial-categories/")
    component_2 = get_data(client, f"{REPORT}/covid-annotations", component=2, limit=500)
    assert component_2
    assert {a["component"] for a in component_2} == {2}


def test_summary_counts_annotations(client):
    covid = get_data(client, f"{REPORT}/summary")["covid_annotations"]
    assert covid["total"] == 126
    assert sum(covid["by_impact"].values()) == 126
    assert covid["by_target_type"]["financial_category"] == 8


def test_report_carries_budget_history_and_actions(client):
    extra = get_data(client, REPORT)["extra"]
    appropriated = extra["budget_history"][2]
    assert (appropriated["stage"], appropriated["gross_usd"], appropriated["net_usd"]) == (
        "appropriated",
        1138457900,
        1122190600,
    )
    actions = extra["general_assembly_actions"]
    assert actions["unencumbered_balance_usd"] == 1549000
    assert actions["other_revenue_usd"] == 27271900
    assert sum(p["usd"] for p in actions["other_revenue_parts"]) == 27271900
    assert "100,000" in extra["variance_threshold"]["footnote"]


def test_follow_up_table(client):
    rows = get_data(client, f"{REPORT}/follow-up")
    assert len(rows) == 4
    assert rows[1]["paragraph_refs"] == [30, 31]
    assert rows[0]["resolution"] == "74/290"
