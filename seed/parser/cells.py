"""Table rows as cells: tab-separated text with the report's markup and footnote marks taken off."""

from __future__ import annotations

import re

_TAGS = re.compile(r"</?(?:i|p|div|b|em|strong)\s*/?>", re.IGNORECASE)
_FOOTNOTE = re.compile(r"\s*\^([a-z])\s*$")


def clean(text: str) -> str:
    """Plain text of a cell: no HTML tags, markdown emphasis or escapes; single spaces."""
    text = _TAGS.sub("", text)
    text = text.replace("\\$", "$").replace("**", "").replace("*", "")
    return re.sub(r"\s+", " ", text).strip()


def cells(line: str) -> list[str]:
    """The cells of a tab-separated row, cleaned, trailing empty cells dropped."""
    parts = [clean(part) for part in line.split("\t")]
    while parts and not parts[-1]:
        parts.pop()
    return parts


def split_footnote(name: str) -> tuple[str, str | None]:
    """ "Temporary positions ^c" -> ("Temporary positions", "c")."""
    match = _FOOTNOTE.search(name)
    if not match:
        return name, None
    return name[: match.start()].strip(), match[1]
