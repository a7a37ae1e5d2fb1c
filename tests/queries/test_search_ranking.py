"""Ranking over the nine bundled reports: what an analyst's query must put in its top five, on both stores.

Each expected hit was chosen by reading the report text, for being about what the query asks (the comment
quotes it), not by running the search.
"""

from __future__ import annotations

import re
from typing import Any

import pytest

from tests.helpers import REPORT, get_data

RANKED: list[tuple[str, list[tuple[str, str, str]]]] = [
    # "public information campaigns in support of security stabilization and the protection of civilians"
    ("protection of civilians", [("a-75-623", "output", "2.2.o16")]),
    # "six unmanned aerial vehicles were not deployed, owing to challenges in sourcing them commercially"
    ("unmanned aerial vehicles", [("a-75-623", "paragraph", "37"), ("a-75-623", "output", "2.1.o7")]),
    # The same texts through the synonyms: the reports never write "drones" or "UAV" for them.
    ("drones", [("a-75-623", "paragraph", "37"), ("a-75-623", "output", "2.1.o7")]),
    ("UAV", [("a-75-623", "paragraph", "37"), ("a-75-623", "output", "2.1.o7")]),
    # "Management of the supply and storage of 49.7 million litres of fuel"
    ("fuel", [("a-75-623", "output", "5.1.o17")]),
    # "the contracting and fuelling of 60 vehicles": the one text that says fuelling
    ("fuelling", [("a-75-623", "output", "1.2.o8")]),
    # "Provision of basic improvised explosive device awareness training"; "improvised explosive device awareness
    # training" for all infantry troop-contributing countries
    ("IED", [("a-75-623", "output", "2.1.o16"), ("a-75-623", "output", "2.1.o12")]),
    # "capacity-building workshops ... regarding the implementation of the disarmament, demobilization and
    # reintegration programme"
    ("DDR", [("a-75-623", "output", "2.3.o4")]),
    # "Implementation of 30 community violence reduction projects"
    ("CVR", [("a-75-623", "output", "2.3.o6")]),
    # "Implementation and coordination of approximately 110 quick-impact projects"
    ("quick-impact projects", [("a-75-623", "output", "4.1.o5")]),
    # "Progressive return of internally displaced persons and refugees"
    ("internally displaced persons", [("a-75-623", "indicator", "2.2.i3")]),
    # the draft action plan on the joint communiqué on conflict-related sexual violence (five mentions)
    ("conflict-related sexual violence", [("a-75-623", "paragraph", "71")]),
    # "medical equipment such as ventilators ... in connection with the COVID-19 pandemic"
    ("coronavirus ventilators", [("a-75-623", "variance", "medical")]),
    # "Supply and storage of rations, combat rations and water"
    ("rations", [("a-75-623", "output", "5.1.o31")]),
    # "the proposed reduction by one helicopter and to a decrease of 522 flight hours for helicopters"
    ("helicopter flight hours", [("a-80-614", "variance", "air-operations-2026-27")]),
    # "The Mission will install a solar-diesel hybrid power system at team site Agwanit"
    ("solar", [("a-80-600", "paragraph", "26")]),
]


def _top(client: Any, query: str, limit: int) -> list[tuple[str, str, str]]:
    return [(h["report_id"], h["type"], h["id"]) for h in get_data(client, "/v1/search", q=query, limit=limit)]


@pytest.mark.parametrize(("query", "expected"), RANKED, ids=[q for q, _ in RANKED])
def test_an_analyst_query_puts_what_the_text_is_about_in_its_top_five(client, query, expected):
    top = _top(client, query, 5)
    assert [e for e in expected if e not in top] == [], top


def _civilians_paragraphs(client: Any) -> list[dict[str, Any]]:
    paragraphs = get_data(client, f"{REPORT}/paragraphs", limit=500)
    return [p for p in paragraphs if "protection of civilians" in p["heading"].lower()]


def test_protection_of_civilians_ranks_no_heading_only_match_in_its_top_ten(client):
    heading_only = {
        ("a-75-623", "paragraph", str(p["number"]))
        for p in _civilians_paragraphs(client)
        if not re.search("civilian", p["text"], re.IGNORECASE)
    }
    assert len(heading_only) >= 7  # the issue counted seven in the old top ten
    hits = get_data(client, "/v1/search", q="protection of civilians", limit=10)
    assert {(h["report_id"], h["type"], h["id"]) for h in hits} & heading_only == set()
    # Every one of the ten says "civilian(s)" in its text: the heading alone no longer carries a paragraph.
    for hit in hits:
        assert "civilian" in hit["snippet"].lower() or _text_mentions(client, hit["url"], "civilian"), hit


def _text_mentions(client: Any, url: str, word: str) -> bool:
    resource = client.get(url).json()
    resource.pop("heading", None)
    return word in str(resource).lower()


def test_a_variance_and_its_paragraph_are_one_hit(client):
    medical = get_data(client, f"{REPORT}/variances/medical")
    answer = client.get("/v1/search", params={"q": "ventilators or defibrillators", "report": "a-75-623"}).json()
    hits = {(h["type"], h["id"]): h for h in answer["data"]}
    assert hits[("variance", "medical")]["paragraphs"] == medical["paragraphs"]
    assert all(("paragraph", str(n)) not in hits for n in medical["paragraphs"])
    assert answer["meta"]["total"] == len(answer["data"])
    # Asked for paragraphs only, the paragraph is listed on its own.
    alone = get_data(client, "/v1/search", q="ventilators or defibrillators", types="paragraph", report="a-75-623")
    assert {h["id"] for h in alone} >= {str(n) for n in medical["paragraphs"]}


def test_no_query_lists_a_variance_and_its_paragraphs_in_pairs(client):
    answer = client.get("/v1/search", params={"q": "fuel", "limit": 500}).json()
    hits = answer["data"]
    assert answer["meta"]["total"] == len(hits)
    folded = {(h["report_id"], n) for h in hits if h["type"] == "variance" for n in h["paragraphs"]}
    listed = {(h["report_id"], int(h["id"])) for h in hits if h["type"] == "paragraph"}
    assert folded
    assert listed
    assert folded & listed == set()


def test_fuel_finds_fuelling_and_fuelling_finds_fuel(client):
    output = get_data(client, f"{REPORT}/outputs/1.2.o8")
    assert "fuelling" in output["planned_text"]
    assert not re.search(r"\bfuel\b", output["planned_text"])
    fuel = _top(client, "fuel", 500)
    assert ("a-75-623", "output", "1.2.o8") in fuel
    assert ("a-75-623", "output", "5.1.o17") in _top(client, "fuelling", 500)
    assert len(fuel) == len(_top(client, "fuelling", 500))
