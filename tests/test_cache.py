"""The response cache: keyed by what decides an answer, bounded by size, one ETag per coding."""

from __future__ import annotations

import gzip

from fastapi.testclient import TestClient

from app.cache import Rendered, ResponseCache, cache_key


def _entry(size: int) -> Rendered:
    return Rendered(status=200, headers=[(b"content-type", b"application/json")], body=b"x" * size)


def test_the_query_order_does_not_matter_but_everything_else_does() -> None:
    key = cache_key(3, "api", "/v1/outputs", "limit=5&component=2", "*/*")
    assert key == cache_key(3, "api", "/v1/outputs", "component=2&limit=5", "*/*")
    assert key != cache_key(4, "api", "/v1/outputs", "component=2&limit=5", "*/*")  # a new ingest
    assert key != cache_key(3, "api", "/v1/outputs", "component=2&limit=5", "text/csv")


def test_the_least_recently_used_answer_goes_first_when_full() -> None:
    cache = ResponseCache(max_bytes=2000)
    for name in ("a", "b", "c"):
        cache.put((1, "", name, "", "", False), _entry(450))
    assert cache.get((1, "", "a", "", "", False)) is not None  # a is now the most recent
    cache.put((1, "", "d", "", "", False), _entry(450))
    cache.put((1, "", "e", "", "", False), _entry(450))
    assert cache.get((1, "", "b", "", "", False)) is None
    assert cache.get((1, "", "a", "", "", False)) is not None
    assert cache.bytes <= 2000


def test_each_coding_is_made_once_with_its_own_etag() -> None:
    entry = _entry(2000)
    plain, plain_tag = entry.coded("")
    zipped, zipped_tag = entry.coded("gzip")
    assert gzip.decompress(zipped) == plain
    assert zipped_tag.endswith('-gzip"')
    assert plain_tag != zipped_tag
    assert entry.coded("gzip")[0] is zipped


def test_a_repeated_request_is_answered_from_the_cache(client: TestClient) -> None:
    path = "/v1/reports/a-75-623/outputs?component=2&limit=50"
    first = client.get(path)
    cache = client.app.state.cache  # type: ignore[attr-defined]
    held = len(cache)
    again = client.get(path)
    assert again.content == first.content
    assert again.headers["etag"] == first.headers["etag"]
    assert len(cache) == held
    assert client.get(path, headers={"If-None-Match": first.headers["etag"]}).status_code == 304


def test_cors_headers_follow_the_request_not_the_cached_answer(client: TestClient) -> None:
    path = "/v1/reports/a-75-623/financial-categories?limit=3"
    assert "access-control-allow-origin" not in client.get(path).headers
    with_origin = client.get(path, headers={"Origin": "https://dashboard.example"})
    assert with_origin.headers["access-control-allow-origin"] == "*"
    assert "access-control-allow-origin" not in client.get(path).headers
