"""Synonyms of the reports' vocabulary: a query naming one member of a set also finds the others.

Each set pairs a term the reports spell out with its abbreviation or everyday name. Members are written singular:
both stores stem, so "unmanned aerial vehicle" also finds "vehicles", and a query's plural names the same set.
The one declaration both stores' query builders read (app/queries/search.py); README "Search" lists it.
"""

from __future__ import annotations

import re

SYNONYMS: tuple[tuple[str, ...], ...] = (
    ("unmanned aerial vehicle", "unmanned aerial system", "UAV", "UAS", "drone"),
    ("improvised explosive device", "IED"),
    ("COVID-19", "pandemic", "coronavirus"),
    ("disarmament, demobilization and reintegration", "DDR"),
    ("community violence reduction", "CVR"),
    ("quick-impact project", "QIP"),
    ("internally displaced person", "IDP"),
    ("conflict-related sexual violence", "CRSV"),
    ("sexual and gender-based violence", "SGBV"),
    ("explosive ordnance disposal", "EOD"),
    ("explosive remnants of war", "ERW"),
    ("information and communications technology", "ICT"),
    ("Global Positioning System", "GPS"),
    ("Office of Internal Oversight Services", "OIOS"),
)

# Abbreviations both stemmers cut to a stem ordinary text shares (IED -> "i", as in "(i)"; the reports use IED only in
# evaluation codes): in a query they name their set but are not searched for themselves.
NOT_SEARCHED = ("IED",)

_WORD = re.compile(r"\w+")


def synonym_key(text: str) -> tuple[str, ...]:
    """The words of a term, lower-cased, a plural -s dropped (not from three-letter abbreviations such as UAS),
    punctuation ignored: how a query's words are compared with the members above."""
    words = (w.lower() for w in _WORD.findall(text))
    return tuple(w[:-1] if len(w) > 3 and w.endswith("s") and not w.endswith("ss") else w for w in words)


_SETS: dict[tuple[str, ...], tuple[str, ...]] = {synonym_key(m): members for members in SYNONYMS for m in members}
LONGEST = max(len(key) for key in _SETS)


_NOT_SEARCHED = {synonym_key(m) for m in NOT_SEARCHED}


def synonyms_of(key: tuple[str, ...]) -> tuple[str, ...]:
    """The other members of the set a term belongs to (those searched for), or none."""
    return tuple(m for m in _SETS.get(key, ()) if synonym_key(m) not in (key, *_NOT_SEARCHED))


def is_searched(key: tuple[str, ...]) -> bool:
    return key not in _NOT_SEARCHED
