"""The one spelling rule both stores apply beyond their stemmers, to the indexed text and to the query alike.

British spelling doubles a final -l before -ing and -ed (fuel, fuelling). The Porter (SQLite FTS5) and Snowball
(PostgreSQL `english`) stemmers undouble every other final consonant there, and -ll- too in longer words
(cancelled, travelling), but not in a word of one syllable before the -l: "fuelling" stems to "fuell" and never
meets "fuel". For exactly those words the search document stores the undoubled form in a column indexed at the
weight of the text, and a query word is read both as typed and undoubled, so "fuel" finds "fuelling" and
"fuelling" finds "fuel" on both stores. Words such as "drilling" gain a harmless extra form ("dril").
"""

from __future__ import annotations

import re

# Consonants, one group of vowels, then -ll- before -ing/-ed: the words the stemmers leave doubled.
_DOUBLED_L = re.compile(r"\b([b-df-hj-np-tv-z]*[aeiou]+l)l(?:ing|ed)\b", re.IGNORECASE)


def undoubled(word: str) -> str | None:
    """fuelling -> fuel, dialled -> dial; None for a word the rule does not change (cancelled: the stemmers do)."""
    match = _DOUBLED_L.fullmatch(word)
    return match[1] if match else None


def undoubled_forms(text: str) -> str:
    """The undoubled forms of the words of a text that have one, in order, space-separated."""
    return " ".join(match[1] for match in _DOUBLED_L.finditer(text))
