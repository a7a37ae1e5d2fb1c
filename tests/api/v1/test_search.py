import pytest

from tests.helpers import get_data


def test_unmanned_aerial_vehicles_finds_the_variance_and_aviation_outputs(client):
    hits = get_data(client, "/v1/search", q="unmanned aerial vehicles", limit=50)
    found = {(h["type"], h["id"]): h for h in hits}
    # Paragraph 103 is the variance's explanation: it is folded into the variance's hit, not listed twice.
    assert found[("variance", "air-operations")]["paragraphs"] == [103]
    assert ("paragraph", "103") not in found
    aviation = [h for h in hits if h["type"] == "output"]
    assert aviation
    output = get_data(client, f"/v1/reports/a-75-623/outputs/{aviation[0]['id']}")
    assert output["subgroup"] == "Aviation services"
    assert all("<mark>" in h["snippet"] for h in hits)
    assert hits == sorted(hits, key=lambda h: -h["rank"])
    first = client.get(hits[0]["url"])
    assert first.status_code == 200


def test_types_and_report_filters(client):
    hits = get_data(client, "/v1/search", q="unmanned aerial vehicles", types="variance", report="a-75-623")
    assert [(h["type"], h["id"]) for h in hits] == [("variance", "air-operations")]
    assert get_data(client, "/v1/search", q="unmanned aerial vehicles", report="a-99-999") == []


def test_phrases_alternatives_and_exclusions(client):
    phrase = client.get("/v1/search", params={"q": '"quick-impact projects"'}).json()["meta"]["total"]
    assert phrase > 0
    either = client.get("/v1/search", params={"q": "ventilators or defibrillators", "types": "variance"}).json()
    assert [h["id"] for h in either["data"]] == ["medical"]
    without = get_data(client, "/v1/search", q="fuel -generators", types="variance", report="a-75-623", limit=50)
    assert "facilities-and-infrastructure" not in {h["id"] for h in without}


def test_covid_is_searchable_with_its_hyphen(client):
    total = client.get("/v1/search", params={"q": "COVID-19", "types": "output"}).json()["meta"]["total"]
    assert total >= 40


@pytest.mark.parametrize(
    ("params", "name"),
    [
        ({"q": '"unbalanced'}, "q"),
        ({"q": "-"}, "q"),
        ({"q": "fuel", "types": "tables"}, "types"),
        ({"q": "fuel", "sort": "rank"}, "sort"),
    ],
)
def test_bad_queries_are_400_not_500(client, params, name):
    response = client.get("/v1/search", params=params)
    assert response.status_code == 400
    assert response.headers["content-type"] == "application/problem+json"
    assert name in [p["name"] for p in response.json()["invalid_params"]]


def test_missing_query_is_422(client):
    assert client.get("/v1/search").status_code == 422
