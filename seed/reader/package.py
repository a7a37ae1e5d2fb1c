"""Opening the .docx package: what the bytes are, and a `ReaderError` for everything that is not a readable .docx.

A .docx is a zip package. Before python-docx sees the bytes, their signature tells a zip from a PDF, a text
file or an OLE compound file (an encrypted .docx, or an old binary .doc); afterwards the failures of the zip
and XML layers are translated, so no `zipfile`, `zlib`, lxml or `KeyError` exception reaches the caller.
"""

from __future__ import annotations

import io
import zipfile
import zlib
from typing import cast

import docx
from docx.document import Document as DocxDocument
from docx.exceptions import PythonDocxError
from docx.opc.part import Part, XmlPart
from docx.oxml import parse_xml
from docx.oxml.xmlchemy import BaseOxmlElement

from seed.reader.errors import ReaderError

ZIP_SIGNATURE = b"PK"  # a zip starts with a file entry (PK\3\4) or, when empty, its directory end (PK\5\6)
OLE_SIGNATURE = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
MAIN_PART = "word/document.xml"

NOT_DOCX = "not a Word (.docx) file"
DAMAGED = "the .docx file is truncated or damaged"

# Stream names in the directory of an OLE compound file (UTF-16LE, as stored).
_ENCRYPTED_STREAM = "EncryptedPackage".encode("utf-16-le")
_WORD_BINARY_STREAM = "WordDocument".encode("utf-16-le")

_SIGNATURES: tuple[tuple[bytes, str], ...] = (
    (b"%PDF", "it is a PDF document"),
    (b"{\\rtf", "it is an RTF document"),
    (b"<?xml", "it is an XML file"),
    (b"<!DOCTYPE", "it is an HTML file"),
    (b"<html", "it is an HTML file"),
)


def open_document(data: bytes) -> DocxDocument:
    """The python-docx document in `data`, or a `ReaderError` saying why the bytes are not a readable .docx."""
    _refuse_non_zip(data)
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            names = set(archive.namelist())
    except (zipfile.BadZipFile, zlib.error, EOFError, ValueError):
        raise ReaderError(f"{DAMAGED}: the directory at the end of its zip package is missing or unreadable") from None
    if MAIN_PART not in names:
        raise ReaderError(f"{NOT_DOCX}: it is a zip archive, but it has no {MAIN_PART}")
    try:
        return docx.Document(io.BytesIO(data))
    except ValueError as error:
        if "is not a Word file" in str(error):
            raise ReaderError(f"{NOT_DOCX}: the zip package holds another kind of Office document") from None
        raise ReaderError(f"{DAMAGED}: {error}") from None
    except KeyError as error:
        detail = error.args[0] if error.args else error  # str(KeyError) would quote the message again
        raise ReaderError(f"{DAMAGED}: a part it refers to is missing ({detail})") from None
    except SyntaxError as error:  # lxml's XMLSyntaxError is a SyntaxError; catching it here needs no lxml import
        raise ReaderError(f"{DAMAGED}: its XML is not well-formed ({error})") from None
    except (zipfile.BadZipFile, zlib.error, EOFError, PythonDocxError) as error:
        raise ReaderError(f"{DAMAGED}: {error}") from None


def related_part(part: Part, reltype: str) -> Part | None:
    """The part `part` relates to by `reltype` (footnotes, numbering), or None; python-docx would add a missing one."""
    for rel in part.rels.values():
        if rel.reltype == reltype and not rel.is_external:
            return cast(Part, rel.target_part)
    return None


def part_element(part: Part) -> BaseOxmlElement:
    """A part's XML root; python-docx keeps the parts it knows parsed and the others (footnotes) as bytes."""
    if isinstance(part, XmlPart):
        return cast(BaseOxmlElement, part.element)
    try:
        return parse_xml(part.blob)
    except SyntaxError as error:
        raise ReaderError(f"{DAMAGED}: the XML of {part.partname} is not well-formed ({error})") from None


def _refuse_non_zip(data: bytes) -> None:
    if not data:
        raise ReaderError(f"{NOT_DOCX}: the file is empty (0 bytes)")
    if data.startswith(OLE_SIGNATURE):
        if _ENCRYPTED_STREAM in data:
            raise ReaderError(
                "the .docx file is password-protected or encrypted: open it in Word, remove the password "
                "and save it again as .docx"
            )
        if _WORD_BINARY_STREAM in data:
            raise ReaderError(f"{NOT_DOCX}: it is an older Word 97-2003 (.doc) file; save it as .docx")
        raise ReaderError(f"{NOT_DOCX}: it is an Office binary (OLE) file, not a zip package")
    if data.startswith(ZIP_SIGNATURE):
        return
    head = data[:64].lstrip().lower()
    for signature, what in _SIGNATURES:
        if head.startswith(signature.lower()):
            raise ReaderError(f"{NOT_DOCX}: {what}")
    raise ReaderError(f"{NOT_DOCX}: {_describe(data)}")


def _describe(data: bytes) -> str:
    if b"\x00" in data[:4096]:
        return "its content is not a zip package, as a .docx is"
    return "it is plain text"
