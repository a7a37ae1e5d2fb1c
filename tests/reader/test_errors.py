"""Every file the reader cannot read raises ReaderError with a message a user understands."""

from __future__ import annotations

import io
import zipfile
from pathlib import Path

import pytest

from seed.reader import ReaderError, read_docx, read_docx_path
from tests.reader.build import new_document, to_bytes

REPORT = Path(__file__).resolve().parents[2] / "seed" / "source" / "A-80-590.docx"
OLE = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"


@pytest.fixture(scope="module")
def report() -> bytes:
    return REPORT.read_bytes()


def _rewritten(data: bytes, name: str, content: bytes | None) -> bytes:
    """The package with one part replaced, or dropped when `content` is None."""
    out = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(data)) as source, zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as target:
        for info in source.infolist():
            if info.filename != name:
                target.writestr(info, source.read(info.filename))
            elif content is not None:
                target.writestr(info, content)
    return out.getvalue()


def _zip(members: dict[str, str]) -> bytes:
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as archive:
        for name, text in members.items():
            archive.writestr(name, text)
    return out.getvalue()


def _ole(stream_name: str) -> bytes:
    """The start of an OLE compound file whose directory names `stream_name`, as Office writes them."""
    return OLE + bytes(504) + stream_name.encode("utf-16-le") + bytes(64)


@pytest.mark.parametrize(
    ("data", "message"),
    [
        (b"Budget performance of the United Nations\n", r"^not a Word \(\.docx\) file: it is plain text$"),
        (b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj", r"^not a Word \(\.docx\) file: it is a PDF document$"),
        (b"", r"^not a Word \(\.docx\) file: the file is empty \(0 bytes\)$"),
        (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", r"^not a Word \(\.docx\) file: its content is not a zip package"),
        (_ole("EncryptedPackage"), r"^the \.docx file is password-protected or encrypted: open it in Word"),
        (_ole("WordDocument"), r"^not a Word \(\.docx\) file: it is an older Word 97-2003 \(\.doc\) file"),
        (_zip({"notes/readme.txt": "a zip"}), r"^not a Word \(\.docx\) file: it is a zip archive, but it has no word/"),
        (_zip({}), r"it has no word/document\.xml$"),
    ],
    ids=["plain-text", "pdf", "empty-file", "png", "encrypted", "word-97", "other-zip", "empty-zip"],
)
def test_a_file_that_is_not_a_docx_says_what_it_is(data, message):
    with pytest.raises(ReaderError, match=message):
        read_docx(data)


def test_a_truncated_docx_is_reported_as_truncated_or_damaged(report):
    with pytest.raises(ReaderError, match=r"^the \.docx file is truncated or damaged: the directory at the end"):
        read_docx(report[: len(report) // 2])


def test_a_docx_with_corrupted_compressed_data_is_damaged(report):
    third = len(report) // 3
    with pytest.raises(ReaderError, match=r"^the \.docx file is truncated or damaged"):
        read_docx(report[:third] + bytes(300) + report[third + 300 :])


@pytest.mark.parametrize(
    ("name", "content", "message"),
    [
        ("word/document.xml", b"<w:document><w:body><w:p>", r"its XML is not well-formed"),
        ("word/footnotes.xml", b"<w:footnotes", r"the XML of /word/footnotes\.xml is not well-formed"),
        ("word/footnotes.xml", None, r"a part it refers to is missing \(There is no item named 'word/footnotes"),
        ("[Content_Types].xml", None, r"a part it refers to is missing"),
    ],
    ids=["broken-document-xml", "broken-footnotes-xml", "missing-footnotes", "missing-content-types"],
)
def test_a_docx_with_a_broken_or_missing_part_is_damaged(report, name, content, message):
    with pytest.raises(ReaderError, match=r"^the \.docx file is truncated or damaged: .*" + message):
        read_docx(_rewritten(report, name, content))


def test_a_zip_holding_another_office_document_is_not_a_word_document(report):
    types = zipfile.ZipFile(io.BytesIO(report)).read("[Content_Types].xml")
    workbook = types.replace(b"wordprocessingml.document.main+xml", b"spreadsheetml.sheet.main+xml")
    with pytest.raises(ReaderError, match=r"^not a Word \(\.docx\) file: the zip package holds another kind"):
        read_docx(_rewritten(report, "[Content_Types].xml", workbook))


def test_a_valid_docx_without_text_is_refused():
    document = new_document()
    document.add_paragraph("")
    with pytest.raises(ReaderError, match=r"^the \.docx file contains no text$"):
        read_docx(to_bytes(document))


def test_a_path_that_cannot_be_read_names_the_file(tmp_path):
    with pytest.raises(ReaderError, match=r"^missing\.docx: cannot be opened \(No such file or directory\)$"):
        read_docx_path(tmp_path / "missing.docx")
    fake = tmp_path / "report.docx"
    fake.write_text("not really a report", encoding="utf-8")
    with pytest.raises(ReaderError, match=r"^report\.docx: not a Word \(\.docx\) file: it is plain text$"):
        read_docx_path(fake)
