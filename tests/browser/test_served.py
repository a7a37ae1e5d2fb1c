"""The dashboard's files as served, without a browser: every file reachable and packaged, no inline script
or handler (the pages keep to a strict Content-Security-Policy), nothing fetched from elsewhere, and no
figure of the loaded reports written into the source."""

from __future__ import annotations

import fnmatch
import re
import tomllib
from pathlib import Path

from fastapi.testclient import TestClient

from app.api.dashboard import DIRECTORY
from app.settings import PROJECT_ROOT

FILES = sorted(path for path in DIRECTORY.rglob("*") if path.is_file())
SCRIPTS = [path for path in FILES if path.suffix == ".js"]
IMPORT = re.compile(r"""^import .* from "(\.[^"]+)";$""", re.MULTILINE)
SVG_NAMESPACE = "http://www.w3.org/2000/svg"


def _relative(path: Path) -> str:
    return path.relative_to(DIRECTORY).as_posix()


def test_the_dashboard_is_served_at_its_path_and_linked_from_the_landing_page(client: TestClient) -> None:
    redirect = client.get("/dashboard", follow_redirects=False)
    assert redirect.status_code == 307
    assert redirect.headers["location"].endswith("/dashboard/")
    page = client.get("/dashboard/")
    assert page.status_code == 200
    assert page.headers["content-type"].startswith("text/html")
    assert 'href="http://testserver/dashboard/"' in client.get("/").text


def test_every_file_is_served_with_its_type_and_the_api_conditional_get(client: TestClient) -> None:
    types = {".html": "text/html", ".css": "text/css", ".js": "text/javascript", ".svg": "image/svg+xml"}
    for path in FILES:
        answer = client.get(f"/dashboard/{_relative(path)}")
        assert answer.status_code == 200, path
        assert answer.headers["content-type"].split(";")[0] in (types[path.suffix], "application/javascript"), path
        assert answer.content == path.read_bytes()
        again = client.get(f"/dashboard/{_relative(path)}", headers={"If-None-Match": answer.headers["etag"]})
        assert again.status_code == 304, path


def test_a_missing_file_answers_a_problem(client: TestClient) -> None:
    answer = client.get("/dashboard/nope.js")
    assert answer.status_code == 404
    assert answer.headers["content-type"] == "application/problem+json"


def test_every_module_the_page_loads_exists() -> None:
    html = (DIRECTORY / "index.html").read_text(encoding="utf-8")
    wanted = {DIRECTORY / ref for ref in re.findall(r'(?:src|href)="((?!#|\.\./|http)[^"]+)"', html)}
    for script in SCRIPTS:
        wanted |= {(script.parent / ref).resolve() for ref in IMPORT.findall(script.read_text(encoding="utf-8"))}
    missing = [str(path) for path in wanted if not path.is_file()]
    assert missing == []
    unused = [_relative(path) for path in SCRIPTS if path.resolve() not in {p.resolve() for p in wanted}]
    assert unused == []


def test_the_pages_keep_to_a_strict_content_security_policy() -> None:
    html = (DIRECTORY / "index.html").read_text(encoding="utf-8")
    assert re.findall(r"<script(?![^>]*\bsrc=)[^>]*>", html) == [], "inline script"
    assert re.findall(r"\son[a-z]+\s*=", html) == [], "inline event handler"
    assert "style=" not in html
    assert "<style" not in html
    for script in SCRIPTS:
        code = script.read_text(encoding="utf-8")
        for unsafe in (
            "innerHTML",
            "outerHTML",
            "insertAdjacentHTML",
            "document.write",
            "eval(",
            "new Function",
            "javascript:",
        ):
            assert unsafe not in code, f"{_relative(script)} uses {unsafe}"
        assert not re.search(r"""setAttribute\(\s*["']style""", code), f"{_relative(script)} sets a style attribute"


def test_nothing_is_fetched_from_another_host() -> None:
    for path in FILES:
        text = path.read_text(encoding="utf-8").replace(SVG_NAMESPACE, "")
        assert re.findall(r"(?:https?:)?//[a-z0-9.-]+\.[a-z]{2,}", text) == [], _relative(path)


def test_no_figure_of_the_loaded_reports_is_written_in_the_source(client: TestClient) -> None:
    """Every figure comes from the API at run time: none of the money or staff figures it serves is in a file."""
    figures: set[int] = set()
    for report in client.get("/v1/reports").json()["data"]:
        rows = client.get(f"/v1/reports/{report['id']}/financial-categories", params={"limit": 500}).json()["data"]
        figures |= {row[key] for row in rows for key in ("apportionment_usd", "expenditure_usd") if row[key]}
        staffing = client.get(f"/v1/reports/{report['id']}/staffing", params={"limit": 500}).json()["data"]
        figures |= {row["approved"] for row in staffing if row["approved"] and row["approved"] >= 100}
    # The pages and scripts, where a figure could be written; a stylesheet's numbers are sizes and weights.
    source = "\n".join(path.read_text(encoding="utf-8") for path in FILES if path.suffix != ".css")
    written = sorted(n for n in figures if re.search(rf"(?<![\d.,]){n:,}(?![\d,])|(?<![\d.,]){n}(?!\d)", source))
    assert written == []


def test_every_file_is_in_the_installed_package() -> None:
    """The Docker image installs the package (not the tree): its package data must name every file."""
    config = tomllib.loads((PROJECT_ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    patterns = config["tool"]["setuptools"]["package-data"]["app"]
    for path in FILES:
        name = path.relative_to(DIRECTORY.parent).as_posix()
        assert any(fnmatch.fnmatch(name, pattern) and name.count("/") == pattern.count("/") for pattern in patterns), (
            name
        )
