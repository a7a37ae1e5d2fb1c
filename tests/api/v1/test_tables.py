from tests.helpers import REPORT, by_key, get_data


def test_redeployments(client):
    rows = by_key(get_data(client, f"{REPORT}/redeployments"))
    assert rows["military-and-police-personnel"]["redeployment_usd"] == 26981000
    assert rows["operational-costs"]["redeployment_usd"] == -38833000
    assert rows["total"]["redeployment_status"] == "not_reported"
    share = rows["percentage-of-redeployment-to-total-appropriation"]
    assert (share["level"], share["percent"], share["percent_text"], share["original_usd"]) == (
        "percentage",
        3.4,
        "3.4",
        None,
    )
    assert share["source"]["first_line"] == 1263


def test_other_revenue(client):
    rows = by_key(get_data(client, f"{REPORT}/other-revenue"))
    assert rows["cancellation-of-prior-period-obligations"]["amount_usd"] == 15336700
    assert rows["total"]["amount_usd"] == 27271900
    assert rows["prior-period-adjustments"]["value_status"] == "nil"


def test_contingent_owned_equipment(client):
    rows = by_key(get_data(client, f"{REPORT}/contingent-owned-equipment"))
    assert rows["major-equipment-formed-police-units"]["amount_usd"] == 13656000
    assert rows["total"]["amount_usd"] == 189892900
    lines = get_data(client, f"{REPORT}/contingent-owned-equipment", level="line")
    assert len(lines) == 4


def test_mission_factors(client):
    rows = by_key(get_data(client, f"{REPORT}/mission-factors"))
    assert rows["intensified-operational-condition-factor"]["percentage_min"] == 3.3
    assert rows["incremental-transportation-factor"]["percentage_text"] == "0.0–5.0"


def test_non_budgeted_contributions(client):
    rows = by_key(get_data(client, f"{REPORT}/non-budgeted-contributions"))
    assert rows["status-of-forces-agreement"]["amount_usd"] == 39662100
    assert rows["status-of-forces-agreement"]["citation"] == 'A/75/623, sect. III.F, "Status-of-forces agreement"'


def test_every_check_passes(client):
    body = client.get(f"{REPORT}/checks", params={"limit": 500}).json()
    assert body["meta"]["total"] == len(body["data"]) > 100
    assert all(check["passed"] for check in body["data"])
    air = by_key(body["data"], "name")["variance:air-operations"]
    assert (air["expected"], air["actual"]) == (22365.9, 22365.9)
    assert get_data(client, f"{REPORT}/checks", passed="false") == []
