"""Identifiers of whole reports, shared by the loader (which stores them) and the API (which serves them)."""

from __future__ import annotations


def report_id_for(symbol: str) -> str:
    """The report's id in URLs: its document symbol in lower case, slashes as hyphens ("A/75/623" -> "a-75-623")."""
    return symbol.strip().lower().replace("/", "-")
