"""The one error the reader raises: every file it cannot read says why, in words a user understands."""

from __future__ import annotations


class ReaderError(Exception):
    """A file that cannot be read as a Word (.docx) report; the message says why and what to do."""
