"""What every section parser does alike: read table rows, collect footnotes, read printed numbers."""

from __future__ import annotations


def is_lower_start(text: str) -> bool:
    """A fragment that starts in lower case continues the text before it (a page or row break)."""
    return bool(text) and text[0].islower()
