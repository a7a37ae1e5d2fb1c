"""Identifiers of whole reports, shared by the loader (which stores them) and the API (which serves them)."""

from __future__ import annotations

import re


def report_id_for(symbol: str) -> str:
    """The report's id in URLs: its document symbol in lower case, slashes as hyphens ("A/75/623" -> "a-75-623")."""
    return symbol.strip().lower().replace("/", "-")


# A United Nations document symbol: a series ("A", "S", "E") then slash-separated parts of letters, digits
# and dots ("A/80/590", "A/C.5/80/12", "A/75/623/Add.1"); a reissue star ("A/80/605*") is not part of it.
SYMBOL = re.compile(r"^[A-Z]{1,3}(?:/[A-Za-z0-9][A-Za-z0-9.\-]{0,15}){1,5}$")


def normalise_symbol(text: str) -> str | None:
    """The symbol as the UN writes it, or None when the text is not a document symbol."""
    symbol = text.strip().rstrip("*")
    return symbol if SYMBOL.match(symbol) else None
