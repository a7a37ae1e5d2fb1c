"""The loader on both stores: one transaction per report, refusals leave the store as it was."""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy import func, select
from sqlalchemy.engine import Engine
from sqlmodel import Session, col

from app import cli, models
from app.db import make_engine
from app.queries.search import search
from app.settings import get_settings
from seed.load import IngestError, Manifest, bundled_manifests, ingest_bundled, ingest_text
from tests.helpers import replace_line


def _snapshot(engine: Engine) -> dict[str, object]:
    with Session(engine) as session:
        report = session.get(models.Report, "a-75-623")
        row = session.get(models.FinancialCategory, ("a-75-623", "air-operations"))
        counts = {
            t.__tablename__: session.scalar(select(func.count()).where(col(t.report_id) == "a-75-623"))
            for t in (models.FinancialCategory, models.StaffingRow, models.CheckResult, models.AmountRow)
        }
        return {
            "sha": report.source_sha256 if report else None,
            "loaded_at": report.loaded_at if report else None,
            "air": row.expenditure_usd if row else None,
            "counts": counts,
        }


def test_bundled_reports_load_with_every_table(empty_store):
    results = {r.report_id: r for r in ingest_bundled(empty_store)}
    assert sorted(results) == ["a-75-623", "a-80-590"]
    assert all(r.failed_checks == [] for r in results.values())
    minusma_2024 = results["a-80-590"].row_counts
    assert (minusma_2024["financial_category"], minusma_2024["output"], minusma_2024["paragraph"]) == (30, 44, 79)
    result = results["a-75-623"]
    assert result.row_counts["financial_category"] == 29
    assert result.row_counts["staffing_row"] == 15
    assert result.row_counts["mission_factor"] == 4


def test_truncated_copy_is_refused_and_the_store_is_unchanged(empty_store, report_text):
    ingest_bundled(empty_store)
    before = _snapshot(empty_store)
    truncated = report_text[: report_text.index("III. Resource performance\n\nA. Financial")]
    with pytest.raises(
        IngestError, match=r"A/75/623 refused: section III, line 246: heading \"III. Resource performance\" not found"
    ):
        ingest_text(empty_store, truncated, symbol="A/75/623")
    assert _snapshot(empty_store) == before


def test_reingest_replaces_the_report_in_place(empty_store, report_text):
    ingest_bundled(empty_store)
    altered = replace_line(report_text, "Air operations\t145 119.7\t122 753.8", "Air operations\t145 119.7\t122 753.9")
    result = ingest_text(empty_store, altered, symbol="A/75/623")
    assert result.replaced
    assert {c.name for c in result.failed_checks} == {
        "variance:air-operations",
        "group_total:operational-costs-subtotal:expenditure",
    }
    after = _snapshot(empty_store)
    assert after["air"] == 122753900
    assert after["counts"]["financial_category"] == 29  # type: ignore[index]


def test_reingest_cascades_to_every_child_and_the_search_index(empty_store):
    def counts() -> tuple[int, int]:
        with Session(empty_store) as session:
            outputs = session.scalar(select(func.count()).where(col(models.Output.report_id) == "a-75-623")) or 0
            _, found = search(session, query="fuel", types=[], report_id="a-75-623", limit=5, offset=0)
        return outputs, found

    ingest_bundled(empty_store)
    first = counts()
    ingest_bundled(empty_store)
    assert counts() == first
    assert first[0] == 187
    assert first[1] > 0


def test_a_text_that_does_not_match_its_manifest_is_refused(empty_store, report_text, tmp_path):
    manifest = next(m for m, _ in bundled_manifests() if m.symbol == "A/75/623")
    altered = report_text.replace("MINUSMA incurred", "MINUSMA spent", 1)
    with pytest.raises(IngestError, match=r"checksum .* does not match the manifest"):
        ingest_text(empty_store, altered, symbol=manifest.symbol, manifest=manifest)
    with Session(empty_store) as session:
        assert session.scalar(select(func.count()).select_from(models.Report)) == 0


def test_each_manifest_names_its_bundled_file():
    bundled = {manifest.symbol: path.name for manifest, path in bundled_manifests()}
    assert bundled == {"A/75/623": "A-75-623.txt", "A/80/590": "A-80-590.docx"}
    assert all(isinstance(manifest, Manifest) for manifest, _ in bundled_manifests())


def test_cli_refuses_a_truncated_file_and_keeps_the_store(
    stores, report_text, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
):
    url = stores.create()
    monkeypatch.setenv("DATABASE_URL", url)
    get_settings.cache_clear()
    try:
        assert cli.main(["ingest"]) == 0
        engine = make_engine(url)
        before = _snapshot(engine)
        path = tmp_path / "truncated.txt"
        path.write_text(report_text[: len(report_text) // 2], encoding="utf-8")
        assert cli.main(["ingest", str(path), "--symbol", "A/75/623"]) == 1
        err = capsys.readouterr().err
        assert "A/75/623 refused: section" in err
        assert "The store was left as it was." in err
        assert _snapshot(engine) == before
        engine.dispose()
        whole = tmp_path / "whole.txt"
        whole.write_text(report_text, encoding="utf-8")
        assert cli.main(["ingest", str(whole)]) == 1
        assert "prints no symbol: give it with --symbol" in capsys.readouterr().err
    finally:
        get_settings.cache_clear()


def test_a_stray_line_in_the_frameworks_is_refused_by_name(empty_store, report_text):
    ingest_bundled(empty_store)
    before = _snapshot(empty_store)
    lines = report_text.split("\n")
    # After line 310, inside expected accomplishment 1.1's outputs table: the stray becomes line 312.
    stray = "\n".join([*lines[:310], "", "Lorem ipsum stray line", "", *lines[310:]])
    with pytest.raises(IngestError, match=r"section II\.F, line 312: unattributed lines: \[312\]"):
        ingest_text(empty_store, stray, symbol="A/75/623")
    assert _snapshot(empty_store) == before


def test_the_store_holds_several_reports(empty_store, report_text):
    ingest_bundled(empty_store)
    other = ingest_text(empty_store, report_text, symbol="A/75/623/Corr.1")
    assert other.report_id == "a-75-623-corr.1"
    with Session(empty_store) as session:
        assert session.scalar(select(func.count()).select_from(models.Report)) == 3
        per_report = session.execute(
            select(col(models.Output.report_id), func.count()).group_by(col(models.Output.report_id))
        ).all()
    assert sorted(per_report) == [("a-75-623", 187), ("a-75-623-corr.1", 187), ("a-80-590", 44)]
