"""The layout a section parser receives, from a report text."""

from __future__ import annotations

from seed.parser.layout import Layout, read_layout
from seed.parser.lines import Document


def layout_of(text: str) -> Layout:
    return read_layout(Document(text))
