"""Ingest refuses what it cannot vouch for: a symbol that is not one or disagrees with the text, a copy of a
report whose errata do not apply (unless loaded without them, with a warning), an oversized file, a text cut
short (tests/seed/test_completeness.py cuts every layout); a CRLF or BOM copy of a bundled text is that text,
errata included."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from sqlalchemy.engine import Engine
from sqlmodel import Session

from app import cli, models
from app.settings import get_settings
from seed import sources
from seed.load import IngestError, ingest_file, ingest_text
from tests.helpers import replace_line

AIR = ("Air operations\t145 119.7\t122 753.8", "Air operations\t145 119.7\t122 753.9")


def _extra(engine: Engine) -> dict[str, object]:
    with Session(engine) as session:
        report = session.get(models.Report, "a-75-623")
        assert report is not None
        return dict(report.extra)


@pytest.mark.parametrize("symbol", ["A/99/999", "A/75/623/Corr.1", "A/80/590"])
def test_another_symbol_on_a_bundled_text_is_refused(empty_store, report_text, symbol):
    with pytest.raises(IngestError, match="this text is A/75/623"):
        ingest_text(empty_store, report_text, symbol=symbol)


@pytest.mark.parametrize("symbol", ["../../etc/passwd", "a/75/623", "A/75/623; DROP TABLE report", "A/" + "7" * 100])
def test_a_symbol_that_is_not_one_is_refused(empty_store, report_text, symbol):
    with pytest.raises(IngestError, match="not a United Nations document symbol"):
        ingest_text(empty_store, report_text, symbol=symbol)


def test_a_padded_symbol_is_normalised(empty_store, report_text):
    assert ingest_text(empty_store, report_text, symbol=" A/75/623 ").report_id == "a-75-623"


@pytest.mark.parametrize("variant", ["crlf", "bom", "both"])
def test_a_crlf_or_bom_copy_gets_its_errata(empty_store, report_text, tmp_path: Path, variant):
    text = report_text.replace("\n", "\r\n") if variant in ("crlf", "both") else report_text
    data = (b"\xef\xbb\xbf" if variant in ("bom", "both") else b"") + text.encode("utf-8")
    path = tmp_path / "copy.txt"
    path.write_bytes(data)
    plain = ingest_text(empty_store, report_text, symbol="A/75/623")
    copy = ingest_file(empty_store, path, symbol="A/75/623")
    assert copy.row_counts == plain.row_counts
    assert copy.warnings == ()
    assert "warnings" not in _extra(empty_store)


def test_a_copy_its_errata_do_not_fit_is_refused_unless_asked(empty_store, report_text):
    altered = replace_line(report_text, *AIR)
    with pytest.raises(IngestError, match="--without-errata"):
        ingest_text(empty_store, altered, symbol="A/75/623")
    result = ingest_text(empty_store, altered, symbol="A/75/623", without_errata=True)
    assert result.warnings
    assert _extra(empty_store)["warnings"] == list(result.warnings)


def test_the_cli_refuses_then_loads_without_errata_with_a_warning(
    empty_store, report_text, tmp_path: Path, monkeypatch, capsys
):
    monkeypatch.setenv("DATABASE_URL", str(empty_store.url))
    get_settings.cache_clear()
    path = tmp_path / "copy.txt"
    path.write_text(replace_line(report_text, *AIR), encoding="utf-8")
    try:
        assert cli.main(["ingest", str(path), "--symbol", "A/75/623"]) == 1
        assert "--without-errata" in capsys.readouterr().err
        assert cli.main(["ingest", str(path), "--symbol", "A/75/623", "--without-errata"]) == 0
        assert "warning: errata are recorded" in capsys.readouterr().err
    finally:
        get_settings.cache_clear()


def test_an_oversized_file_is_refused_before_it_is_read(empty_store, tmp_path: Path, monkeypatch):
    path = tmp_path / "huge.txt"
    with path.open("wb") as out:
        out.truncate(sources.MAX_SOURCE_BYTES + 1)  # sparse: no memory or disk spent

    def never(*args: object) -> bytes:
        raise AssertionError("read before the size was checked")

    monkeypatch.setattr(Path, "read_bytes", never)
    with pytest.raises(IngestError, match="over the limit"):
        ingest_file(empty_store, path, symbol="A/75/623")


def test_the_limit_is_documented():
    readme = (Path(__file__).resolve().parent.parent / "README.md").read_text(encoding="utf-8")
    assert f"{sources.MAX_SOURCE_BYTES // (1024 * 1024)} MiB" in readme
    assert json.dumps("--without-errata")[1:-1] in readme


def test_the_cli_refuses_a_text_missing_its_last_line_and_keeps_the_store(
    empty_store, report_text, tmp_path: Path, monkeypatch, capsys
):
    monkeypatch.setenv("DATABASE_URL", str(empty_store.url))
    get_settings.cache_clear()
    whole = ingest_text(empty_store, report_text, symbol="A/75/623")
    before = _extra(empty_store)
    path = tmp_path / "cut.txt"
    path.write_text(report_text.rsplit("\n", 1)[0], encoding="utf-8")
    try:
        assert cli.main(["ingest", str(path), "--symbol", "A/75/623"]) == 1
    finally:
        get_settings.cache_clear()
    err = capsys.readouterr().err
    assert 'A/75/623 refused: section VI, line 1451: a decision/request without its "action taken"' in err
    assert "The store was left as it was." in err
    with Session(empty_store) as session:
        report = session.get(models.Report, "a-75-623")
        assert report is not None
        assert (report.line_count, report.row_counts) == (1463, whole.row_counts)
    assert _extra(empty_store) == before
