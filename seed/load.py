"""Loads one report into the store in one transaction: the old copy is replaced atomically,
and a report that fails to parse leaves the store exactly as it was."""

from __future__ import annotations

import hashlib
import json
from collections import Counter
from dataclasses import dataclass
from datetime import UTC, date, datetime
from pathlib import Path

from sqlalchemy import delete
from sqlalchemy.engine import Engine
from sqlmodel import Session, SQLModel

from app import models
from seed import rows
from seed.checks import Check, run_checks
from seed.parser.report import ParsedReport, parse_report
from seed.parser.spans import ParseError

SOURCES = Path(__file__).resolve().parent / "source"

# Children first, so deleting a report never trips a foreign key.
DATA_TABLES: tuple[type[SQLModel], ...] = (
    models.CheckResult,
    models.MissionFactor,
    models.AmountRow,
    models.Redeployment,
    models.StaffingRow,
    models.FinancialCategory,
)


class IngestError(Exception):
    """A report was refused; the store is unchanged."""


@dataclass(frozen=True)
class Manifest:
    symbol: str
    file: str
    mission: str
    mission_name: str
    period_start: date
    period_end: date
    published: date
    sha256: str

    @classmethod
    def read(cls, path: Path) -> Manifest:
        data = json.loads(path.read_text(encoding="utf-8"))
        for key in ("period_start", "period_end", "published"):
            data[key] = date.fromisoformat(data[key])
        return cls(**data)


@dataclass(frozen=True)
class IngestResult:
    report_id: str
    symbol: str
    row_counts: dict[str, int]
    failed_checks: list[Check]
    replaced: bool


def report_id_for(symbol: str) -> str:
    return symbol.strip().lower().replace("/", "-")


def sha256(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def read_text(path: Path) -> str:
    try:
        return path.read_bytes().decode("utf-8")
    except UnicodeDecodeError as error:
        raise IngestError(f"{path.name}: not UTF-8 text ({error})") from None


def bundled_manifests() -> list[tuple[Manifest, Path]]:
    return [(Manifest.read(p), p.with_name(Manifest.read(p).file)) for p in sorted(SOURCES.glob("*.json"))]


def parse_or_refuse(text: str, *, symbol: str) -> ParsedReport:
    try:
        return parse_report(text)
    except ParseError as error:
        raise IngestError(f"{symbol} refused: {error}") from None


def check_checksum(manifest: Manifest, text: str) -> None:
    """A bundled text must be byte for byte the one its manifest describes."""
    digest = sha256(text)
    if digest != manifest.sha256:
        raise IngestError(
            f"{manifest.symbol} refused: checksum {digest} does not match the manifest's {manifest.sha256}"
        )


def check_front_matter(manifest: Manifest, parsed: ParsedReport) -> None:
    """The text must say of itself what its manifest says."""
    front = parsed.front
    said = (front.mission, front.period_start, front.period_end, front.published)
    expected = (manifest.mission, manifest.period_start, manifest.period_end, manifest.published)
    if said != expected:
        raise IngestError(f"{manifest.symbol} refused: the text says {said}, the manifest {expected}")


def ingest_text(engine: Engine, text: str, *, symbol: str, manifest: Manifest | None = None) -> IngestResult:
    """Parse, check and store one report, replacing any earlier copy in the same transaction."""
    if manifest is not None:
        check_checksum(manifest, text)
    parsed = parse_or_refuse(text, symbol=symbol)
    if manifest is not None:
        check_front_matter(manifest, parsed)
    checks = run_checks(parsed)
    report_id = report_id_for(symbol)
    data = [
        *rows.financial_rows(report_id, parsed),
        *rows.staffing_rows(report_id, parsed),
        *rows.table_rows(report_id, parsed),
        *rows.check_rows(report_id, checks),
    ]
    counts = dict(Counter(str(type(row).__tablename__) for row in data))
    report = models.Report(
        id=report_id,
        symbol=symbol,
        title=parsed.front.title,
        mission=parsed.front.mission,
        mission_name=parsed.front.mission_name,
        period_start=parsed.front.period_start,
        period_end=parsed.front.period_end,
        published=parsed.front.published,
        source_sha256=sha256(text),
        source_text=text,
        line_count=parsed.line_count,
        loaded_at=datetime.now(UTC),
        row_counts=counts,
    )
    with Session(engine) as session, session.begin():
        replaced = session.get(models.Report, report_id) is not None
        for table in DATA_TABLES:
            session.execute(delete(table).where(table.report_id == report_id))  # type: ignore[attr-defined]
        session.execute(delete(models.Report).where(models.Report.id == report_id))  # type: ignore[arg-type]
        session.add(report)
        session.flush()
        session.add_all(data)
    return IngestResult(report_id, symbol, counts, [c for c in checks if not c.passed], replaced)


def ingest_file(engine: Engine, path: Path, *, symbol: str) -> IngestResult:
    return ingest_text(engine, read_text(path), symbol=symbol)


def ingest_bundled(engine: Engine) -> list[IngestResult]:
    results = []
    for manifest, text_path in bundled_manifests():
        results.append(ingest_text(engine, read_text(text_path), symbol=manifest.symbol, manifest=manifest))
    return results
