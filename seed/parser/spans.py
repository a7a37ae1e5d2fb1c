"""Where a record came from in the bundled text, and the error that names a line."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class SourceSpan:
    """A record's place in the text: section path, paragraph number if any, first and last line (1-based)."""

    section: str
    first_line: int
    last_line: int
    paragraph: str | None = None


class ParseError(ValueError):
    """The text cannot be read as a report; names the section and the line."""

    def __init__(self, message: str, *, section: str, line: int | None = None) -> None:
        where = f"section {section}" + (f", line {line}" if line is not None else "")
        super().__init__(f"{where}: {message}")
        self.section = section
        self.line = line
        self.reason = message
