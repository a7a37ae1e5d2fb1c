"""A combined report ingested from any path gives exactly the rows its bundled copy gives; a budget with no
performance period (A/80/630, UNSOH) is refused with a message that says so, and the store is left as it was."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from sqlalchemy import select
from sqlalchemy.engine import Engine
from sqlmodel import Session, SQLModel, col

from app import models
from seed.load import IngestError, bundled_manifests, ingest_file, ingest_source, read_or_refuse

ROOT = Path(__file__).resolve().parents[2]
SHARED = ROOT.parent / "shared" / "reports" / "2024-25"
TABLES: tuple[type[SQLModel], ...] = (
    models.FinancialCategory, models.StaffingRow, models.ComponentStaffing, models.VacancyFactor,
    models.PrintedTable, models.Indicator, models.Variance, models.Paragraph, models.CheckResult,
)  # fmt: skip


def _rows(engine: Engine, report_id: str) -> dict[str, list[dict[str, object]]]:
    with Session(engine) as session:
        return {
            table.__name__: [
                row.model_dump()
                for row in session.scalars(
                    select(table).where(col(table.report_id) == report_id)  # type: ignore[attr-defined]
                )
            ]
            for table in TABLES
        }


def test_a_combined_report_from_a_path_gives_the_bundled_rows(empty_store: Engine, tmp_path: Path) -> None:
    manifest, bundled = next((m, p) for m, p in bundled_manifests() if m.symbol == "A/80/596")
    ingest_source(empty_store, read_or_refuse(bundled), symbol=manifest.symbol, manifest=manifest)
    from_bundle = _rows(empty_store, "a-80-596")
    elsewhere = tmp_path / "undof-2024-25.docx"
    shutil.copy(bundled, elsewhere)
    assert ingest_file(empty_store, elsewhere).replaced
    assert _rows(empty_store, "a-80-596") == from_bundle
    assert len(from_bundle["FinancialCategory"]) == 30


def test_a_budget_without_a_performance_period_is_refused(empty_store: Engine) -> None:
    unsoh = SHARED / "A-80-630.docx"
    if not unsoh.exists():
        pytest.skip("the shared reports folder (with A/80/630) is not beside this checkout")
    with pytest.raises(IngestError, match="not a budget performance report: its title states no performance period"):
        ingest_file(empty_store, unsoh)
    with Session(empty_store) as session:
        assert session.scalars(select(models.Report)).first() is None
