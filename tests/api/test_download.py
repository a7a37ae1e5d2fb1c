"""Downloads: a whole report as a zip of CSVs with its Data Package dictionary, and SQLite files of the store."""

from __future__ import annotations

import csv
import hashlib
import io
import json
import re
import sqlite3
import zipfile
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from fastapi.testclient import TestClient
from pydantic import BaseModel, Field

from app.api.v1 import COLLECTIONS
from app.exports.archive import EPOCH
from app.exports.datapackage import field_descriptor
from app.main import create_app
from app.schemas.common import SourceRef
from app.schemas.fields import Origin
from app.schemas.results import OutputPublic
from app.settings import Settings
from tests.helpers import REPORT, get_data

SCOPED = sorted(spec.url_path.rsplit("/", 1)[-1] for spec in COLLECTIONS if spec.scoped)
# The types a Table Schema field may declare (Frictionless Table Schema, "Field Types and Formats").
TABLE_SCHEMA_TYPES = {
    "string", "number", "integer", "boolean", "object", "array", "date", "time", "datetime", "year",
    "yearmonth", "duration", "geopoint", "geojson", "any",
}  # fmt: skip
NAME = re.compile(r"^[a-z0-9._-]+$")  # a Data Package or resource name


@pytest.fixture(scope="module")
def archive(client: TestClient) -> zipfile.ZipFile:
    response = client.get(f"{REPORT}/download")
    assert response.status_code == 200, response.text
    assert response.headers["content-type"] == "application/zip"
    assert response.headers["content-disposition"] == 'attachment; filename="a-75-623.zip"'
    return zipfile.ZipFile(io.BytesIO(response.content))


@pytest.fixture(scope="module")
def package(archive: zipfile.ZipFile) -> dict[str, Any]:
    parsed: dict[str, Any] = json.loads(archive.read("datapackage.json"))
    return parsed


def _csv(text: str) -> list[dict[str, str]]:
    return list(csv.DictReader(io.StringIO(text)))


def _collection_csv(client: TestClient, name: str) -> str:
    response = client.get(f"{REPORT}/{name}", params={"format": "csv", "limit": 500})
    assert response.status_code == 200, response.text
    return str(response.text)


def test_the_zip_holds_one_csv_per_collection_the_text_and_the_dictionary(archive):
    assert "outputs" in SCOPED
    assert "reports" not in SCOPED
    assert archive.namelist() == sorted([*(f"{name}.csv" for name in SCOPED), "datapackage.json", "source.txt"])
    assert {info.date_time for info in archive.infolist()} == {EPOCH}


def test_outputs_csv_holds_every_output_as_the_collection_answers_it(client, archive):
    text = archive.read("outputs.csv").decode("utf-8")
    rows = _csv(text)
    assert len(rows) == 187 == client.get(f"{REPORT}/outputs").json()["meta"]["total"]
    assert text == _collection_csv(client, "outputs")
    first = get_data(client, f"{REPORT}/outputs/{rows[0]['id']}")
    assert (rows[0]["status"], rows[0]["planned_text"]) == (first["status"], first["planned_text"])


def test_financial_categories_csv_equals_the_collection_answer(client, archive):
    text = archive.read("financial-categories.csv").decode("utf-8")
    assert text == _collection_csv(client, "financial-categories")
    air = next(row for row in _csv(text) if row["slug"] == "air-operations")
    assert air["expenditure_usd"] == str(
        get_data(client, f"{REPORT}/financial-categories/air-operations")["expenditure_usd"]
    )


def test_the_source_text_is_the_one_rows_point_into(client, archive, package):
    text = archive.read("source.txt")
    assert text == client.get(f"{REPORT}/source").content
    source = next(resource for resource in package["resources"] if resource["path"] == "source.txt")
    assert source["hash"] == f"sha256:{hashlib.sha256(text).hexdigest()}"
    assert package["report"]["source_sha256"] == hashlib.sha256(text).hexdigest()


def test_the_dictionary_carries_the_report_header(package):
    assert package["profile"] == "data-package"
    assert package["name"] == "a-75-623"
    header = package["report"]
    assert (header["symbol"], header["mission"], header["period"]) == ("A/75/623", "MINUSMA", "2019/20")
    assert (header["period_start"], header["period_end"]) == ("2019-07-01", "2020-06-30")


def test_every_resource_describes_its_csv_column_by_column(archive, package):
    tables = [resource for resource in package["resources"] if resource["path"].endswith(".csv")]
    assert sorted(resource["path"] for resource in tables) == [f"{name}.csv" for name in SCOPED]
    for resource in package["resources"]:
        assert NAME.match(resource["name"]), resource["name"]
        assert resource["path"] in archive.namelist()
    for resource in tables:
        data = archive.read(resource["path"])
        assert (resource["bytes"], resource["hash"]) == (len(data), f"sha256:{hashlib.sha256(data).hexdigest()}")
        header = next(csv.reader(io.StringIO(data.decode("utf-8"))))
        fields = resource["schema"]["fields"]
        assert [field["name"] for field in fields] == header, resource["path"]
        for field in fields:
            assert field["type"] in TABLE_SCHEMA_TYPES
            assert field["description"], (resource["path"], field["name"])
            assert isinstance(field["unit"], str)
            assert field["origin"] in set(Origin), (resource["path"], field["name"])


def test_columns_take_type_vocabulary_and_description_from_the_public_models(package):
    outputs = next(resource for resource in package["resources"] if resource["name"] == "outputs")
    fields = {field["name"]: field for field in outputs["schema"]["fields"]}
    assert fields["component"]["type"] == "integer"
    assert fields["completed"]["type"] == "array"
    assert fields["covid_affected"]["type"] == "boolean"
    assert "partially_completed" in fields["status"]["constraints"]["enum"]
    assert fields["status"]["description"] == OutputPublic.model_fields["status"].description
    assert fields["status"]["origin"] == "derived"
    assert fields["source_first_line"]["description"] == SourceRef.model_fields["first_line"].description
    assert fields["source_first_line"]["origin"] == "provenance"
    assert (fields["planned_text"]["origin"], fields["planned_text"]["unit"]) == ("printed", "")


def test_unit_and_origin_come_from_the_field_schema_extras():
    class Amount(BaseModel):
        expenditure_usd: int | None = Field(
            description="Expenditure", json_schema_extra={"x-origin": "printed", "x-unit": "USD"}
        )
        note: str

    printed = field_descriptor("expenditure_usd", Amount.model_fields["expenditure_usd"])
    assert printed == {
        "name": "expenditure_usd", "type": "integer", "description": "Expenditure", "unit": "USD", "origin": "printed"
    }  # fmt: skip
    assert field_descriptor("note", Amount.model_fields["note"])["origin"] == "unknown"


@pytest.fixture(scope="module")
def uncached(loaded_url: str) -> Iterator[TestClient]:
    """The same store with no response cache: every download is built afresh."""
    app = create_app(Settings.model_validate({"DATABASE_URL": loaded_url, "CACHE_MAX_BYTES": 0}))
    with TestClient(app) as test_client:
        yield test_client


@pytest.mark.parametrize("path", [f"{REPORT}/download", f"{REPORT}/download.sqlite"])
def test_a_download_built_twice_has_the_same_bytes_and_etag(uncached, path):
    first, second = uncached.get(path), uncached.get(path)
    assert first.content == second.content
    assert first.headers["etag"] == second.headers["etag"]
    assert first.headers["cache-control"].startswith("public")
    assert uncached.get(path, headers={"If-None-Match": first.headers["etag"]}).status_code == 304


def _database(client: TestClient, path: str, tmp_path: Path) -> sqlite3.Connection:
    response = client.get(path)
    assert response.status_code == 200, response.text
    assert response.headers["content-type"] == "application/vnd.sqlite3"
    assert response.content.startswith(b"SQLite format 3\x00")
    file = tmp_path / "download.sqlite"
    file.write_bytes(response.content)
    connection = sqlite3.connect(file)  # read-only by its header, whatever the mode it is opened in
    assert connection.execute("PRAGMA integrity_check").fetchone() == ("ok",)
    return connection


def test_the_report_sqlite_holds_that_reports_rows(client, tmp_path):
    database = _database(client, f"{REPORT}/download.sqlite", tmp_path)
    assert database.execute("SELECT count(*) FROM output WHERE report_id = 'a-75-623'").fetchone() == (187,)
    assert database.execute("SELECT DISTINCT report_id FROM financial_category").fetchall() == [("a-75-623",)]
    assert database.execute("SELECT symbol, mission FROM report").fetchall() == [("A/75/623", "MINUSMA")]
    tables = {name for (name,) in database.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
    assert {"report", "output", "financial_category", "check_result"} <= tables
    assert not tables & {"search_document", "store_version", "alembic_version"}
    with pytest.raises(sqlite3.OperationalError, match="readonly"):
        database.execute("DELETE FROM output")
    expenditure = database.execute(
        "SELECT expenditure_usd FROM financial_category WHERE slug = 'air-operations'"
    ).fetchone()[0]
    assert expenditure == get_data(client, f"{REPORT}/financial-categories/air-operations")["expenditure_usd"]


def test_the_store_sqlite_holds_every_loaded_report(client, tmp_path):
    database = _database(client, "/v1/download.sqlite", tmp_path)
    reports = [row["id"] for row in get_data(client, "/v1/reports", limit=500)]
    assert sorted(id_ for (id_,) in database.execute("SELECT id FROM report")) == sorted(reports)
    assert database.execute("SELECT count(*) FROM output WHERE report_id = 'a-75-623'").fetchone() == (187,)


def test_the_report_links_to_its_downloads(client):
    links = get_data(client, REPORT)["links"]
    assert links["download"].endswith(f"{REPORT}/download")
    assert client.get(links["download_sqlite"]).headers["content-type"] == "application/vnd.sqlite3"


def test_the_landing_page_links_the_downloads(client):
    page = client.get("/").text
    assert f'href="http://testserver{REPORT}/download"' in page
    assert 'href="http://testserver/v1/download.sqlite"' in page


@pytest.mark.parametrize("suffix", ["download", "download.sqlite"])
def test_a_missing_report_has_no_download(client, suffix):
    response = client.get(f"/v1/reports/a-99-999/{suffix}")
    assert response.status_code == 404
    assert response.headers["content-type"] == "application/problem+json"
    assert "a-99-999" in response.json()["detail"]
