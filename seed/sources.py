"""A report's source file read as the parser's numbered-line text: a Word file through the reader, a text as
UTF-8. The file's own checksum is kept to compare with a manifest; the text's is what errata and `/source` use."""

from __future__ import annotations

import hashlib
from dataclasses import dataclass
from pathlib import Path

from seed.reader import ReaderError, read_docx

# A .docx is a zip package; a password-protected one is an OLE compound file. Either goes to the Word reader,
# whatever the file is called, so the reader can say what is wrong with it.
_WORD_SIGNATURES = (b"PK\x03\x04", b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1")


# The largest report file read (bytes), checked before reading it: the largest bundled file is under 2 MB, and a
# text is held several times over while parsed, so a 50 MB file would take most of a gigabyte before refusal.
MAX_SOURCE_BYTES = 20 * 1024 * 1024


class SourceError(Exception):
    """The file cannot be read as a report."""


@dataclass(frozen=True)
class Source:
    name: str
    text: str
    file_sha256: str
    word: bool


def sha256(data: bytes | str) -> str:
    return hashlib.sha256(data.encode("utf-8") if isinstance(data, str) else data).hexdigest()


def is_word(name: str, data: bytes) -> bool:
    return name.lower().endswith(".docx") or data.startswith(_WORD_SIGNATURES)


def normalise_text(text: str) -> str:
    """The text as the parser, errata and checksums see it: no byte-order mark, LF line endings (a CRLF or BOM
    copy of a bundled text is the same text)."""
    text = text.removeprefix("\ufeff")
    return text.replace("\r\n", "\n").replace("\r", "\n") if "\r" in text else text


def read_source(path: Path) -> Source:
    size = path.stat().st_size
    if size > MAX_SOURCE_BYTES:
        raise SourceError(f"{path.name}: {size} bytes, over the limit of {MAX_SOURCE_BYTES} for a report file")
    data = path.read_bytes()
    if is_word(path.name, data):
        try:
            text = read_docx(data)
        except ReaderError as error:
            raise SourceError(f"{path.name}: {error}") from None
        return Source(path.name, text, sha256(data), word=True)
    try:
        text = normalise_text(data.decode("utf-8"))
    except UnicodeDecodeError as error:
        raise SourceError(f"{path.name}: not UTF-8 text ({error})") from None
    return Source(path.name, text, sha256(data), word=False)
