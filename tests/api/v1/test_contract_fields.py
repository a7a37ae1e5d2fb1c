"""Contract choices on fields: checks in dollars, integer paragraph references, one COVID-19 annotation schema,
typed summary and report extras, and closed vocabularies refused when misspelt."""

from __future__ import annotations

import pytest
from fastapi.testclient import TestClient

from app.schemas.reports import ReportExtraPublic
from tests.helpers import REPORT, by_key, get_data


def _checks(client: TestClient, report: str) -> dict[str, dict[str, object]]:
    return by_key(get_data(client, f"/v1/reports/{report}/checks", limit=500), "name")


def test_a_money_check_states_its_figures_in_dollars_exactly(client: TestClient) -> None:
    check = _checks(client, "a-75-623")["gross:apportionment"]
    assert (check["unit"], check["expected"], check["actual"]) == ("thousands_usd", 1138457.9, 1138457.9)
    # The printed 1,138,457.9 thousands; the summary's gross apportionment is the same dollars.
    assert (check["expected_usd"], check["actual_usd"], check["difference_usd"]) == (1138457900, 1138457900, 0)
    assert get_data(client, f"{REPORT}/summary")["gross_apportionment_usd"] == check["expected_usd"]


def test_a_failing_money_check_gives_its_difference_in_dollars(client: TestClient) -> None:
    # A/80/605 prints a 2022/23 total of 1,633.1 thousand where its groups sum to 1,663.1.
    check = _checks(client, "a-80-605")["unencumbered_balance:total:2022-23"]
    assert (check["passed"], check["expected_usd"], check["actual_usd"]) == (False, 1633100, 1663100)
    assert check["difference_usd"] == 30000


def test_checks_of_other_units_have_no_dollars(client: TestClient) -> None:
    checks = _checks(client, "a-75-623").values()
    others = [c for c in checks if c["unit"] != "thousands_usd"]
    assert others
    assert {(c["expected_usd"], c["actual_usd"], c["difference_usd"]) for c in others} == {(None, None, None)}
    money = [c for c in checks if c["unit"] == "thousands_usd"]
    assert all(c["expected_usd"] is not None and c["difference_usd"] == 0 for c in money)


def test_source_paragraph_is_the_paragraph_number(client: TestClient) -> None:
    paragraph = get_data(client, f"{REPORT}/paragraphs/103")
    assert paragraph["source"]["paragraph"] == paragraph["number"] == 103
    note = by_key(get_data(client, f"{REPORT}/covid-annotations", target_type="paragraph", limit=500), "id")
    assert all(isinstance(n["source"]["paragraph"], int) for n in note.values())


def test_every_paragraph_reference_of_every_report_is_an_integer(client: TestClient) -> None:
    for report in get_data(client, "/v1/reports"):
        rows = get_data(client, f"/v1/reports/{report['id']}/paragraphs", limit=500)
        assert rows, report["id"]
        assert all(row["source"]["paragraph"] == row["number"] for row in rows), report["id"]


def test_an_embedded_covid_note_is_the_collections_row(client: TestClient) -> None:
    # 4.1.o2's remark "using alternative interactions" states an effect without naming COVID-19.
    notes = get_data(client, f"{REPORT}/outputs/4.1.o2")["covid_annotations"]
    collection = by_key(get_data(client, f"{REPORT}/covid-annotations", target_type="output", limit=500), "id")
    assert notes == [collection[note["id"]] for note in notes]
    implied = [n for n in notes if n["basis"] == "implied"]
    assert [(n["impact"], n["impact_basis"]) for n in implied] == [("adapted", "alternative interactions")]


def test_a_financial_categorys_covid_notes_carry_their_basis(client: TestClient) -> None:
    [note] = get_data(client, f"{REPORT}/financial-categories/medical")["covid_annotations"]
    assert (note["basis"], note["impact"], note["impact_basis"]) == (
        "named",
        "increased_requirements",
        "increased requirements",
    )
    assert note["citation"] == "United Nations, A/75/623, para. 107"


def test_summary_counts_are_typed_and_keep_their_order(client: TestClient) -> None:
    summary = get_data(client, f"{REPORT}/summary")
    covid = summary["covid_annotations"]
    assert list(covid) == ["total", "by_impact", "by_component", "by_target_type"]
    assert covid["total"] == sum(covid["by_impact"].values()) == sum(covid["by_target_type"].values())
    assert list(summary["checks"]) == ["passed", "failed"]
    assert list(summary["incumbency"]["formed-police-units"]) == ["approved", "actual_average", "vacancy_rate_percent"]


def test_report_extra_is_typed(client: TestClient) -> None:
    extra = get_data(client, REPORT)["extra"]
    assert [s["stage"] for s in extra["budget_history"]] == ["proposed", "recommended", "appropriated"]
    assert extra["budget_history"][2]["gross_usd"] == 1138457900
    assert "warnings" not in extra


def test_report_extra_serves_warnings_only_where_the_load_gave_some(client: TestClient) -> None:
    extra = get_data(client, REPORT)["extra"]
    warned = ReportExtraPublic.model_validate({**extra, "warnings": ["errata not applied"]}).model_dump()
    assert warned["warnings"] == ["errata not applied"]
    assert "warnings" not in ReportExtraPublic.model_validate(extra).model_dump()


@pytest.mark.parametrize(
    ("path", "parameter"),
    [
        (f"{REPORT}/covid-annotations", "impact"),
        ("/v1/covid-annotations", "impact"),
        (f"{REPORT}/covid-annotations", "target_type"),
        (f"{REPORT}/outputs", "direction"),
        (f"{REPORT}/outputs", "status"),
        ("/v1/reports/a-80-596/printed-tables", "role"),
    ],
)
def test_a_misspelt_vocabulary_value_is_refused(client: TestClient, path: str, parameter: str) -> None:
    response = client.get(path, params={parameter: "bogus"})
    assert response.status_code == 422
    assert response.headers["content-type"].startswith("application/problem+json")


def test_a_printed_table_role_filters(client: TestClient) -> None:
    tables = get_data(client, "/v1/reports/a-80-596/printed-tables", role="efficiency_gains")
    assert tables
    assert {t["role"] for t in tables} == {"efficiency_gains"}


@pytest.mark.parametrize("report", ["a-75-623", "a-80-621"])
def test_every_paragraph_reference_of_a_report_is_a_served_paragraph_number(client: TestClient, report: str) -> None:
    # Like `source.paragraph`: an integer, the `number` of a paragraph the report serves, which prints the figure.
    extra = get_data(client, f"/v1/reports/{report}")["extra"]
    actions = extra["general_assembly_actions"]
    stages = [stage for stage in extra["budget_history"] if stage["paragraph"] is not None]
    for stage in stages:
        text = get_data(client, f"/v1/reports/{report}/paragraphs/{stage['paragraph']}")["text"]
        assert f"${stage['gross_usd']:,}" in text
    assert isinstance(actions["paragraph"], int)
    text = get_data(client, f"/v1/reports/{report}/paragraphs/{actions['paragraph']}")["text"]
    assert f"${actions['unencumbered_balance_usd']:,}" in text


def test_a_75_623_budget_history_cites_its_first_three_paragraphs(client: TestClient) -> None:
    extra = get_data(client, REPORT)["extra"]
    assert [stage["paragraph"] for stage in extra["budget_history"]] == [1, 2, 3]
    assert extra["general_assembly_actions"]["paragraph"] == 111
