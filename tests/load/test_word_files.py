"""Word files that are not budget performance reports are refused whole, with a clear message, and the store
keeps exactly what it held (checked on both stores)."""

from __future__ import annotations

import zipfile
from pathlib import Path

import docx
import pytest
from sqlalchemy import func, select
from sqlalchemy.engine import Engine
from sqlmodel import Session, col

from app import models
from seed.load import IngestError, ingest_bundled, ingest_file

ROOT = Path(__file__).resolve().parents[2]
REPORT = ROOT / "seed" / "source" / "A-80-590.docx"
OLE = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"


def _with_figure_changed(path: Path, old: str, new: str) -> None:
    """A copy of the Word report with one printed figure changed in its document part."""
    with zipfile.ZipFile(REPORT) as source, zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as target:
        for info in source.infolist():
            data = source.read(info.filename)
            if info.filename == "word/document.xml":
                assert data.count(old.encode()) == 1
                data = data.replace(old.encode(), new.encode())
            target.writestr(info, data)


def test_an_altered_figure_is_served_as_printed_and_a_check_fails(empty_store, tmp_path):
    path = tmp_path / "altered.docx"
    _with_figure_changed(path, "5 470.3", "5 470.9")  # air operations expenditure, section III.A
    result = ingest_file(empty_store, path)
    assert result.symbol == "A/80/590"
    assert "variance:air-operations" in {check.name for check in result.failed_checks}
    with Session(empty_store) as session:
        row = session.get(models.FinancialCategory, ("a-80-590", "air-operations"))
    assert row is not None
    assert (row.expenditure_text, row.expenditure_usd) == ("5 470.9", 5470900)


def _state(engine: Engine) -> tuple[list[str], int, int]:
    with Session(engine) as session:
        ids = sorted(session.scalars(select(col(models.Report.id))))
        rows = session.scalar(select(func.count()).select_from(models.Output)) or 0
        docs = session.scalar(select(func.count()).select_from(models.SearchDocument)) or 0
    return ids, rows, docs


def _not_a_report(path: Path) -> None:
    document = docx.Document()
    document.add_heading("Minutes of the staff picnic committee", level=1)
    document.add_paragraph("The committee met on 3 June and chose the park by the lake.")
    document.save(str(path))


def _empty(path: Path) -> None:
    docx.Document().save(str(path))


def _truncated(path: Path) -> None:
    data = REPORT.read_bytes()
    path.write_bytes(data[: len(data) // 2])


def _plain_text(path: Path) -> None:
    path.write_text("Budget performance of the United Nations Mission\n", encoding="utf-8")


def _encrypted(path: Path) -> None:
    path.write_bytes(OLE + bytes(504) + "EncryptedPackage".encode("utf-16-le") + bytes(64))


@pytest.mark.parametrize(
    ("make", "message"),
    [
        (_truncated, r"A-80-NNN\.docx: the \.docx file is truncated or damaged"),
        (_plain_text, r"A-80-NNN\.docx: not a Word \(\.docx\) file: it is plain text"),
        (_encrypted, r"A-80-NNN\.docx: the \.docx file is password-protected or encrypted"),
        (_empty, r"A-80-NNN\.docx: the \.docx file contains no text"),
        (_not_a_report, r"A-80-NNN\.docx refused: .*(table of contents|not a budget performance report)"),
    ],
    ids=["truncated", "not-word", "password-protected", "empty", "not-a-report"],
)
def test_a_bad_word_file_is_refused_and_the_store_is_unchanged(empty_store, tmp_path, make, message):
    ingest_bundled(empty_store)
    before = _state(empty_store)
    path = tmp_path / "A-80-NNN.docx"
    make(path)
    with pytest.raises(IngestError, match=message):
        ingest_file(empty_store, path)
    assert _state(empty_store) == before
    assert before[0]  # the bundled reports were there, and still are
