"""Identifiers made from printed names, shared by the parser (which assigns them) and the API (which looks them up).

A slug is the printed name in lower case, with "&" read as "and" and every other run of non-alphanumerics
a single hyphen. Within one table a slug must be unique: where a name repeats under two groups, each copy
takes its group's slug as a prefix ("military-contingents" under "Self-sustainment" is
"self-sustainment-military-contingents").
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence

_NON_ALPHANUMERIC = re.compile(r"[^a-z0-9]+")


def slugify(text: str) -> str:
    """A readable, stable identifier from a printed name ("Quick-impact projects" -> "quick-impact-projects")."""
    text = text.lower().replace("&", " and ")
    return _NON_ALPHANUMERIC.sub("-", text).strip("-")


def unique_slugs(rows: Sequence[tuple[str, str | None]], *, prefix_single_words: bool = False) -> list[str]:
    """The slug of each (name, group) row of one table, in order.

    A name whose slug occurs more than once in the table takes its group's prefix when it has a group (the
    copies outside any group, such as a total, keep the bare slug). With `prefix_single_words`, a one-word
    name in a group takes it too: "National" under "United Nations Volunteers" does not stand alone.
    Names are given without their footnote marks, so a mark never makes two copies of a name look different.
    """
    slugs = [slugify(name) for name, _ in rows]
    counts = Counter(slugs)

    def prefixed(slug: str) -> bool:
        return counts[slug] > 1 or (prefix_single_words and "-" not in slug)

    return [
        f"{slugify(group)}-{slug}" if group and prefixed(slug) else slug
        for slug, (_, group) in zip(slugs, rows, strict=True)
    ]
