"""Page links: `first`, `prev`, `next` and `last` in `links` and in the `Link` header, right at the edges."""

from __future__ import annotations

import re
from urllib.parse import parse_qs, urlsplit

from fastapi.testclient import TestClient

from tests.helpers import REPORT

CATEGORIES = f"{REPORT}/financial-categories"  # 29 rows in A/75/623


def _window(url: str | None) -> tuple[int, int] | None:
    if url is None:
        return None
    query = parse_qs(urlsplit(url).query)
    return int(query["offset"][0]), int(query["limit"][0])


def _windows(links: dict[str, str | None]) -> dict[str, tuple[int, int] | None]:
    return {rel: _window(links[rel]) for rel in ("first", "prev", "next", "last")}


def _header(link: str) -> dict[str, str]:
    return {rel: url for url, rel in re.findall(r'<([^>]*)>; rel="(\w+)"', link)}


def test_first_page(client: TestClient) -> None:
    answer = client.get(CATEGORIES, params={"limit": 10})
    links = answer.json()["links"]
    assert _windows(links) == {"first": (0, 10), "prev": None, "next": (10, 10), "last": (20, 10)}
    assert _header(answer.headers["link"]) == {rel: links[rel] for rel in ("first", "next", "last")}
    last = client.get(links["last"]).json()
    assert [row["position"] for row in last["data"]] == list(range(21, 30))


def test_a_middle_page_and_an_unaligned_offset(client: TestClient) -> None:
    middle = client.get(CATEGORIES, params={"limit": 10, "offset": 10}).json()["links"]
    assert _windows(middle) == {"first": (0, 10), "prev": (0, 10), "next": (20, 10), "last": (20, 10)}
    unaligned = client.get(CATEGORIES, params={"limit": 10, "offset": 5}).json()["links"]
    assert _windows(unaligned) == {"first": (0, 10), "prev": (0, 10), "next": (15, 10), "last": (20, 10)}


def test_the_last_page_has_no_next(client: TestClient) -> None:
    answer = client.get(CATEGORIES, params={"limit": 10, "offset": 20})
    assert _windows(answer.json()["links"]) == {"first": (0, 10), "prev": (10, 10), "next": None, "last": (20, 10)}
    assert set(_header(answer.headers["link"])) == {"first", "prev", "last"}


def test_past_the_end_prev_leads_back_to_the_last_page_with_rows(client: TestClient) -> None:
    body = client.get(CATEGORIES, params={"limit": 10, "offset": 100}).json()
    assert body["data"] == []
    assert body["meta"]["total"] == 29
    assert _windows(body["links"]) == {"first": (0, 10), "prev": (20, 10), "next": None, "last": (20, 10)}


def test_no_rows_first_and_last_are_the_same_empty_page(client: TestClient) -> None:
    body = client.get(CATEGORIES, params={"limit": 10, "min_expenditure_usd": 2_000_000_000}).json()
    assert body["meta"]["total"] == 0
    assert _windows(body["links"]) == {"first": (0, 10), "prev": None, "next": None, "last": (0, 10)}


def test_limit_zero_answers_counts_and_facets_with_no_page_links(client: TestClient) -> None:
    answer = client.get(CATEGORIES, params={"limit": 0, "facets": "level"})
    assert answer.status_code == 200
    body = answer.json()
    assert body["data"] == []
    assert body["meta"] == {
        "total": 29,
        "limit": 0,
        "offset": 0,
        "facets": {"level": {"line": 23, "subtotal": 3, "total": 3}},
    }
    assert body["links"]["self"].endswith("limit=0&facets=level")
    assert _windows(body["links"]) == {"first": None, "prev": None, "next": None, "last": None}
    assert "link" not in answer.headers
    assert answer.headers["x-total-count"] == "29"
    as_csv = client.get(CATEGORIES, params={"limit": 0, "format": "csv"}).text
    assert as_csv.splitlines()[0].startswith("source_section,")
    assert len(as_csv.splitlines()) == 1


def test_search_and_missions_link_their_pages_alike(client: TestClient) -> None:
    search = client.get("/v1/search", params={"q": "fuel", "limit": 20, "offset": 20})
    body = search.json()
    total = body["meta"]["total"]
    assert _windows(body["links"]) == {
        "first": (0, 20),
        "prev": (0, 20),
        "next": (40, 20),
        "last": ((total - 1) // 20 * 20, 20),
    }
    missions = client.get("/v1/missions", params={"limit": 3}).json()
    assert _windows(missions["links"])["last"] == ((missions["meta"]["total"] - 1) // 3 * 3, 3)
