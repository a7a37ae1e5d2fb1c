"""Loads one report into the store in one transaction: the old copy is replaced atomically,
and a report that fails to parse leaves the store exactly as it was."""

from __future__ import annotations

import json
from collections import Counter
from dataclasses import dataclass
from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any

from sqlalchemy import delete, update
from sqlalchemy.engine import Engine
from sqlmodel import Session

from app import models
from app.core.ids import normalise_symbol, report_id_for
from app.core.vocabulary import ReportKind
from seed import rows, rows_results
from seed.checks import Check, check_report
from seed.parser.report import ParsedReport, parse_report
from seed.parser.results import Erratum, errata_from_json
from seed.parser.spans import ParseError
from seed.sources import Source, SourceError, read_source, sha256

SOURCES = Path(__file__).resolve().parent / "source"


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
    sha256: str  # of the bundled file's bytes
    errata: str | None = None
    text_sha256: str | None = None  # of the text read from a Word file, which errata are keyed by

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


def bundled_manifests() -> list[tuple[Manifest, Path]]:
    manifests = [Manifest.read(path) for path in sorted(SOURCES.glob("*.manifest.json"))]
    return [(manifest, SOURCES / manifest.file) for manifest in manifests]


def parse_or_refuse(text: str, *, name: str) -> ParsedReport:
    try:
        return parse_report(text, bundled_errata(text))
    except ParseError as error:
        raise IngestError(f"{name} refused: {error}") from None


def errata_for(manifest: Manifest) -> tuple[Erratum, ...]:
    """The corrections recorded for exactly this bundled text (line numbers only mean something there)."""
    if not manifest.errata:
        return ()
    path = SOURCES / manifest.errata
    return errata_from_json(json.loads(path.read_text(encoding="utf-8")))


def bundled_errata(text: str) -> tuple[Erratum, ...]:
    """Errata apply to a text byte for byte equal to a bundled one, whatever path it is ingested from."""
    digest = sha256(text)
    return next((errata_for(m) for m, _ in bundled_manifests() if (m.text_sha256 or m.sha256) == digest), ())


def check_checksum(manifest: Manifest, source: Source) -> None:
    """A bundled file must be byte for byte the one its manifest describes."""
    if source.file_sha256 != manifest.sha256:
        raise IngestError(
            f"{manifest.symbol} refused: checksum {source.file_sha256} does not match the manifest's {manifest.sha256}"
        )


def resolve_symbol(given: str | None, printed: str | None) -> str:
    """The report's symbol: the one the document prints, which a given one must agree with."""
    symbol = None
    if given is not None:
        symbol = normalise_symbol(given)
        if symbol is None:
            raise IngestError(f"{given!r} is not a United Nations document symbol (such as A/80/590)")
    if printed is not None and symbol is not None and printed != symbol:
        raise IngestError(f"refused: the document is {printed}, not {symbol}")
    resolved = printed or symbol
    if resolved is None:
        raise IngestError("the document prints no symbol: give it with --symbol (such as A/75/623)")
    return resolved


def check_front_matter(manifest: Manifest, parsed: ParsedReport) -> None:
    """The text must say of itself what its manifest says."""
    front = parsed.front
    said = (front.mission, front.period_start, front.period_end, front.published)
    expected = (manifest.mission, manifest.period_start, manifest.period_end, manifest.published)
    if said != expected:
        raise IngestError(f"{manifest.symbol} refused: the text says {said}, the manifest {expected}")


def report_extra(parsed: ParsedReport) -> dict[str, Any]:
    """Report-level figures and prose served with the report: budget history, actions, summary text."""
    history = parsed.budget_history
    actions = parsed.actions
    return {
        "budget_history": [
            {
                "stage": s.stage,
                "gross_usd": s.gross_usd,
                "net_usd": s.net_usd,
                "documents": list(s.documents),
                "paragraph": s.source.paragraph,
            }
            for s in (history.proposed, history.recommended, history.appropriated)
        ],
        "general_assembly_actions": {
            "unencumbered_balance_usd": actions.unencumbered_balance_usd,
            "other_revenue_usd": actions.other_revenue_usd,
            "other_revenue_parts": [{"name": p.name, "usd": p.usd} for p in actions.other_revenue_parts],
            "text": [actions.unencumbered_balance_text, actions.other_revenue_text],
            "paragraph": actions.source.paragraph,
        },
        "summary_text": [{"index": p.index, "text": p.text, "first_line": p.source.first_line} for p in parsed.summary],
        "variance_threshold": {
            "footnote": parsed.variances.footnote,
            "percent": float(parsed.variances.threshold_percent),
            "usd": parsed.variances.threshold_usd,
        },
    }


def ingest_text(
    engine: Engine, text: str, *, symbol: str | None = None, manifest: Manifest | None = None
) -> IngestResult:
    """Parse, check and store one report text, replacing any earlier copy in the same transaction."""
    source = Source(name=symbol or "text", text=text, file_sha256=sha256(text), word=False)
    return ingest_source(engine, source, symbol=symbol, manifest=manifest)


def ingest_source(
    engine: Engine, source: Source, *, symbol: str | None = None, manifest: Manifest | None = None
) -> IngestResult:
    """Parse, check and store one report, replacing any earlier copy in the same transaction."""
    text = source.text
    if manifest is not None:
        check_checksum(manifest, source)
    parsed = parse_or_refuse(text, name=symbol or source.name)
    symbol = resolve_symbol(symbol, parsed.front.symbol)
    if manifest is not None:
        check_front_matter(manifest, parsed)
    checked = check_report(parsed)
    checks = list(checked.checks)
    report_id = report_id_for(symbol)
    data = [
        *rows.financial_rows(report_id, parsed),
        *rows.staffing_rows(report_id, parsed),
        *rows.table_rows(report_id, parsed),
        *rows.period_amount_rows(report_id, parsed),
        *rows.check_rows(report_id, checks),
        *rows_results.results_rows(report_id, parsed),
        *rows_results.narrative_rows(report_id, parsed),
    ]
    search = list(rows_results.search_rows(report_id, parsed))
    counts = dict(Counter(str(type(row).__tablename__) for row in data))
    report = models.Report(
        id=report_id,
        symbol=symbol,
        title=parsed.front.title,
        kind=ReportKind.PERFORMANCE,
        mission=parsed.front.mission,
        mission_name=parsed.front.mission_name,
        period=parsed.front.period,
        period_start=parsed.front.period_start,
        period_end=parsed.front.period_end,
        published=parsed.front.published,
        source_sha256=sha256(text),
        source_text=text,
        line_count=parsed.line_count,
        loaded_at=datetime.now(UTC),
        row_counts=counts,
        extra={
            **report_extra(parsed),
            "checks": {"run": list(checked.checks_run), "skipped": list(checked.checks_skipped)},
        },
    )
    with Session(engine) as session, session.begin():
        replaced = session.get(models.Report, report_id) is not None
        # Every data row references its report with ON DELETE CASCADE: deleting the report deletes them.
        session.execute(delete(models.Report).where(models.Report.id == report_id))  # type: ignore[arg-type]
        session.add(report)
        session.flush()
        session.add_all(data)
        session.add_all(search)
        # In the same transaction: a worker that sees the new version also sees the new rows.
        session.execute(update(models.StoreVersion).values(version=models.StoreVersion.version + 1))
    return IngestResult(report_id, symbol, counts, [c for c in checks if not c.passed], replaced)


def read_or_refuse(path: Path) -> Source:
    try:
        return read_source(path)
    except SourceError as error:
        raise IngestError(str(error)) from None


def ingest_file(engine: Engine, path: Path, *, symbol: str | None = None) -> IngestResult:
    """One report from a Word file (.docx) or a report text; the symbol is read from the document when printed."""
    return ingest_source(engine, read_or_refuse(path), symbol=symbol)


def ingest_bundled(engine: Engine) -> list[IngestResult]:
    results = []
    for manifest, text_path in bundled_manifests():
        results.append(ingest_source(engine, read_or_refuse(text_path), symbol=manifest.symbol, manifest=manifest))
    return results
