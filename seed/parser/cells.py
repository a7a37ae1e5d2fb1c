"""Table rows as cells: tab-separated text with the report's markup taken off."""

from __future__ import annotations

from app.core.markup import clean


def cells(line: str) -> list[str]:
    """The cells of a tab-separated row, cleaned, trailing empty cells dropped."""
    parts = [clean(part) for part in line.split("\t")]
    while parts and not parts[-1]:
        parts.pop()
    return parts
