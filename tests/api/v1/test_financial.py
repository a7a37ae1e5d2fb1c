from tests.helpers import REPORT, by_key, get_data


def test_military_contingents_as_the_readme_promises(client):
    row = get_data(client, f"{REPORT}/financial-categories/military-contingents")
    assert (row["apportionment_usd"], row["expenditure_usd"], row["variance_usd"], row["variance_percent"]) == (
        427173700,
        454540100,
        -27366400,
        -6.4,
    )
    assert row["apportionment_text"] == "427 173.7"
    assert row["source"] == {"section": "III.A", "paragraph": None, "first_line": 1221, "last_line": 1221}
    assert row["citation"] == 'A/75/623, sect. III.A, "Military contingents"'


def test_every_row_in_printed_order(client):
    rows = get_data(client, f"{REPORT}/financial-categories")
    assert len(rows) == 29
    assert rows[0]["slug"] == "military-observers"
    assert rows[-1]["slug"] == "total-requirements"
    nil = by_key(rows)["special-equipment"]
    # A dash is nil: the amount is 0, its status says so, and the printed dash is kept.
    assert (nil["value_status"], nil["apportionment_usd"], nil["variance_percent"], nil["apportionment_text"]) == (
        "nil",
        0,
        0,
        "—",
    )


def test_filter_by_group_and_level(client):
    rows = get_data(client, f"{REPORT}/financial-categories", group="operational-costs", level="line")
    assert len(rows) == 12
    assert {r["group"] for r in rows} == {"Operational costs"}
    by_name = get_data(client, f"{REPORT}/financial-categories", group="Civilian personnel", level="subtotal")
    assert [r["apportionment_usd"] for r in by_name] == [183887200]
    totals = get_data(client, f"{REPORT}/financial-categories", level="total")
    assert [r["slug"] for r in totals] == ["gross-requirements", "net-requirements", "total-requirements"]


def test_sort_by_variance(client):
    rows = get_data(client, f"{REPORT}/financial-categories", level="line", sort="-variance_usd", limit=2)
    assert [r["slug"] for r in rows] == ["air-operations", "communications-and-information-technology"]
    rows = get_data(client, f"{REPORT}/financial-categories", level="line", sort="variance_percent", limit=1)
    assert rows[0]["slug"] == "marine-operations"


def test_facets(client):
    body = client.get(f"{REPORT}/financial-categories", params={"facets": "level,group"}).json()
    assert body["meta"]["facets"]["level"] == {"line": 23, "subtotal": 3, "total": 3}
    assert body["meta"]["facets"]["group"]["Operational costs"] == 13


def test_unknown_category_is_a_problem(client):
    response = client.get(f"{REPORT}/financial-categories/space-programme")
    assert response.status_code == 404
    assert response.headers["content-type"] == "application/problem+json"
    assert "space-programme" in response.json()["detail"]


def test_staffing_keeps_nesting_and_absence(client):
    rows = by_key(get_data(client, f"{REPORT}/staffing"))
    assert len(rows) == 15
    police = rows["united-nations-police"]
    assert (police["approved"], police["actual_average"], police["vacancy_rate_percent"]) == (350, 298, 14.9)
    unv = rows["united-nations-volunteers-national"]
    assert (unv["group"], unv["actual_average"], unv["actual_average_status"]) == (
        "United Nations Volunteers",
        0,
        "nil",
    )
    header = rows["national-staff"]
    assert (header["approved"], header["approved_status"]) == (None, "not_reported")
    assert rows["temporary-positions"]["footnotes"] == ["Funded under general temporary assistance."]
    nested = get_data(client, f"{REPORT}/staffing", group="temporary-positions")
    assert [r["slug"] for r in nested] == [
        "temporary-positions-international-staff",
        "temporary-positions-national-staff",
    ]
