import pytest

from tests.helpers import REPORT, by_key, get_data

PER_EA = {
    "1.1": (4, 12), "1.2": (5, 10), "1.3": (3, 3), "1.4": (6, 8), "2.1": (5, 20), "2.2": (6, 18), "2.3": (3, 10),
    "2.4": (4, 14), "3.1": (7, 14), "3.2": (5, 5), "3.3": (5, 3), "4.1": (3, 10), "4.2": (4, 8), "4.3": (4, 4),
    "5.1": (12, 48),
}  # fmt: skip


def test_components_and_their_expected_accomplishments(client):
    components = get_data(client, f"{REPORT}/components")
    assert [c["number"] for c in components] == [1, 2, 3, 4, 5]
    assert components[4]["title"] == "support"
    assert components[0]["expected_accomplishments"] == ["1.1", "1.2", "1.3", "1.4"]
    assert components[0]["paragraphs"] == [50, 51, 52, 53, 54, 55, 56]
    third = get_data(client, f"{REPORT}/components/3")
    assert third["expected_accomplishments"] == ["3.1", "3.2", "3.3"]
    assert [p["number"] for p in third["narrative"]] == third["paragraphs"]
    assert third["narrative"][0]["url"].endswith(f"/paragraphs/{third['paragraphs'][0]}")
    assert client.get(f"{REPORT}/components/9").status_code == 404


def test_every_expected_accomplishment_with_its_counts(client):
    eas = get_data(client, f"{REPORT}/expected-accomplishments")
    assert {ea["id"]: (ea["indicator_count"], ea["output_count"]) for ea in eas} == PER_EA
    ea = get_data(client, f"{REPORT}/expected-accomplishments/5.1")
    assert ea["title"] == "Rapid, effective, efficient and responsible support services for the Mission"
    assert ea["outputs"][:2] == ["5.1.o1", "5.1.o2"]
    assert len(ea["outputs"]) == 48
    assert ea["indicators"][-1] == "5.1.i12"
    assert [e["id"] for e in get_data(client, f"{REPORT}/expected-accomplishments", component=2)] == [
        "2.1",
        "2.2",
        "2.3",
        "2.4",
    ]


def test_all_outputs_and_indicators_are_served(client):
    outputs = client.get(f"{REPORT}/outputs", params={"limit": 1}).json()["meta"]["total"]
    indicators = client.get(f"{REPORT}/indicators", params={"limit": 1}).json()["meta"]["total"]
    assert outputs == sum(o for _, o in PER_EA.values()) == 187
    assert indicators == sum(i for i, _ in PER_EA.values()) == 76
    for ea, (n_ind, n_out) in PER_EA.items():
        body = client.get(f"{REPORT}/outputs", params={"expected_accomplishment": ea, "limit": 1}).json()
        assert body["meta"]["total"] == n_out, ea
        body = client.get(f"{REPORT}/indicators", params={"expected_accomplishment": ea, "limit": 1}).json()
        assert body["meta"]["total"] == n_ind, ea


def test_first_output_of_1_1_glued_values(client):
    output = get_data(client, f"{REPORT}/outputs/1.1.o1")
    assert [(c["value_text"], c["value"], c["unit"]) for c in output["completed"]] == [
        ("7", 7, "Workshops"),
        ("289", 289, "Participants (including 137 women)"),
    ]
    assert output["direction"] == "lower"
    assert output["planned_text"].startswith("16 workshops to strengthen the advocacy capacity")
    assert output["covid_annotations"][0]["impact"] == "reduced"


def test_foot_patrols_exceeded(client):
    [output] = get_data(client, f"{REPORT}/outputs", q="700 military foot patrols")
    assert output["completed"][0]["value_text"] == "1,267"
    assert output["completed"][0]["value"] == 1267
    assert output["status"] == "exceeded"
    assert output["completion_ratio"] == pytest.approx(1267 / 700, abs=1e-4)


def test_block_layout_of_4_1_pairs_values_with_their_outputs(client):
    outputs = by_key(get_data(client, f"{REPORT}/outputs", expected_accomplishment="4.1"), "id")
    assert [(c["value_text"], c["unit"]) for c in outputs["4.1.o7"]["completed"]] == [("31", "Working groups")]
    assert outputs["4.1.o8"]["completed"][0]["yes_no"] is None
    last = outputs["4.1.o10"]
    assert [c["value_text"] for c in last["completed"]] == ["8", "4", "11", "70", "23"]
    assert last["completed"][0]["unit"] == "Outreach sensitization events"
    assert last["direction"] == "higher"


def test_fuel_output_reports_its_parts(client):
    [fuel] = get_data(client, f"{REPORT}/outputs", q="49.7 million litres of fuel")
    assert fuel["subgroup"] == "Fuel management services"
    assert [(c["value"], c["unit"]) for c in fuel["completed"]] == [
        (47588949, "Litres of fuel overall"),
        (13439680, "Litres for air operations"),
        (11721894, "Litres for ground transportation"),
        (22427375, "Litres for generators"),
    ]
    # The three parts add up to the overall figure.
    assert sum(c["value"] for c in fuel["completed"][1:]) == fuel["completed"][0]["value"]
    assert fuel["planned_quantities"][0] == {"value_text": "49.7 million litres", "value": 49700000, "unit": "litres"}


def test_yes_and_no_outputs(client):
    outputs = by_key(get_data(client, f"{REPORT}/outputs", expected_accomplishment="1.1"), "id")
    assert outputs["1.1.o5"]["completed"][0] == {
        "value_text": "Yes",
        "value": None,
        "yes_no": True,
        "unit": None,
        "value_status": "reported",
    }
    assert outputs["1.1.o5"]["status"] == "completed"
    no = [o for o in outputs.values() if o["completed"] and o["completed"][0]["yes_no"] is False]
    assert no
    assert all(o["status"] in ("not_completed", "partially_completed", "exceeded", "completed") for o in no)


def test_a_completed_cell_without_a_figure_is_not_reported(client):
    [entry] = get_data(client, f"{REPORT}/outputs/3.3.o2")["completed"]
    assert entry == {
        "value_text": "",
        "value": None,
        "yes_no": None,
        "unit": "Capacity-building activity",
        "value_status": "not_reported",
    }


def test_output_filters_and_facets(client):
    body = client.get(f"{REPORT}/outputs", params={"facets": "status,component", "limit": 1}).json()
    assert sum(body["meta"]["facets"]["status"].values()) == 187
    assert body["meta"]["facets"]["component"]["5"] == 48
    covid = client.get(f"{REPORT}/outputs", params={"covid_affected": "true", "limit": 500}).json()["data"]
    assert covid
    assert all(o["covid_affected"] for o in covid)
    lower = get_data(client, f"{REPORT}/outputs", direction="lower", component=1)
    assert lower
    assert {o["direction"] for o in lower} == {"lower"}
    assert client.get(f"{REPORT}/outputs", params={"status": "finished"}).status_code == 422


def test_indicator_targets(client):
    indicator = get_data(client, f"{REPORT}/indicators/5.1.i1")
    assert indicator["planned_text"].startswith("Percentage of approved flight hours utilized")
    target = next(t for t in indicator["targets"] if t["period"] == "2019/20")
    assert (target["value_text"], target["value"], target["unit"]) == ("≥ 90 per cent", 90, "per cent")
    assert indicator["actual_text"].startswith("63 per cent")
    series = get_data(client, f"{REPORT}/indicators/2.4.i3")["targets"]
    assert len({t["series"] for t in series if t["period"] == "2019/20"}) > 1
    first = get_data(client, f"{REPORT}/indicators/1.2.i1")["targets"][0]
    assert (first["period"], first["value_status"], first["value"]) == ("2017/18", "not_applicable", None)
    assert "covid_annotations" in indicator


def test_achieved_filter(client):
    achieved = get_data(client, f"{REPORT}/indicators", achieved="true", expected_accomplishment="1.1")
    assert [i["id"] for i in achieved] == ["1.1.i1"]


def test_summary_counts_outputs_by_status_per_component(client):
    summary = get_data(client, f"{REPORT}/summary")
    by_status = summary["outputs_by_status"]
    assert sorted(by_status) == ["1", "2", "3", "4", "5"]
    assert sum(by_status["5"].values()) == 48
    assert sum(sum(v.values()) for v in by_status.values()) == 187


def test_basis_filters_and_facets(client):
    revised = get_data(client, f"{REPORT}/outputs", status_basis="revised_plan", limit=500)
    assert [o["id"] for o in revised] == ["5.1.o7", "5.1.o8", "5.1.o29", "5.1.o31", "5.1.o32"]
    assert {(o["status"], o["status_basis"]) for o in revised} == {("completed", "revised_plan")}
    body = client.get(f"{REPORT}/outputs", params={"facets": "status_basis", "limit": 1}).json()
    assert sum(body["meta"]["facets"]["status_basis"].values()) == 187
    partly = get_data(client, f"{REPORT}/indicators", achievement="partially_achieved", limit=100)
    assert {i["id"] for i in partly} >= {"4.3.i1", "3.2.i3"}
    assert {i["achieved"] for i in partly} == {False}
    ongoing = get_data(client, f"{REPORT}/indicators", achieved_basis="in_progress")
    assert {i["achieved_basis"] for i in ongoing} == {"in_progress"}
    assert client.get(f"{REPORT}/indicators", params={"achievement": "maybe"}).status_code == 422
    assert client.get(f"{REPORT}/outputs", params={"status_basis": "guess"}).status_code == 422
