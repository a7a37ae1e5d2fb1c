"""Slugs of printed names, and the rule that keeps them unique within a table."""

from __future__ import annotations

import pytest

from app.core.slugs import slugify, unique_slugs


@pytest.mark.parametrize(
    ("name", "slug"),
    [
        ("Quick-impact projects", "quick-impact-projects"),
        ("Facilities and infrastructure", "facilities-and-infrastructure"),
        ("Other/miscellaneous revenue", "other-miscellaneous-revenue"),
        ("Voluntary contributions in kind (budgeted)", "voluntary-contributions-in-kind-budgeted"),
        ("Communications & IT", "communications-and-it"),
        ("  Total  ", "total"),
        ("Status-of-forces agreement", "status-of-forces-agreement"),
    ],
)
def test_slugify(name: str, slug: str) -> None:
    assert slugify(name) == slug


@pytest.mark.parametrize(
    ("rows", "slugs"),
    [
        # A name printed once keeps its bare slug, in or out of a group.
        ([("Military observers", "Military and police personnel")], ["military-observers"]),
        # A name under two groups takes each group's prefix.
        (
            [("Military contingents", "Major equipment"), ("Military contingents", "Self-sustainment")],
            ["major-equipment-military-contingents", "self-sustainment-military-contingents"],
        ),
        # A repeated name outside any group (a total) keeps the bare slug.
        (
            [("Subtotal", "Civilian personnel"), ("Subtotal", None)],
            ["civilian-personnel-subtotal", "subtotal"],
        ),
        # Names differing only in case or punctuation are the same slug, so they repeat.
        ([("Total", "A"), ("total.", "B")], ["a-total", "b-total"]),
    ],
)
def test_repeated_names_take_their_group_prefix(rows: list[tuple[str, str | None]], slugs: list[str]) -> None:
    assert unique_slugs(rows) == slugs


@pytest.mark.parametrize(
    ("rows", "slugs"),
    [
        ([("National", "United Nations Volunteers")], ["united-nations-volunteers-national"]),
        ([("International", "Temporary positions")], ["temporary-positions-international"]),
        ([("National Professional Officers", "National staff")], ["national-professional-officers"]),
        ([("Government", None)], ["government"]),
    ],
)
def test_one_word_names_in_a_group_can_take_its_prefix(rows: list[tuple[str, str | None]], slugs: list[str]) -> None:
    assert unique_slugs(rows, prefix_single_words=True) == slugs
    assert unique_slugs(rows) == [slugify(name) for name, _ in rows]
