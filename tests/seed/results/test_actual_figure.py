"""The one figure an indicator's actual may hold (`actual_figure`): the unit vocabulary on small snippets; the
bundled reports' values are checked in tests/api/v1/test_indicator_actuals.py."""

from __future__ import annotations

import pytest

from seed.parser.results.quantities import PER_CENT, USD, actual_figure
from seed.parser.results.records import ActualFigure


@pytest.mark.parametrize(
    ("text", "value", "unit"),
    [
        ("12 workshops", 12, "workshops"),
        ("Achieved: a total of 2 meetings were held", 2, "meetings"),
        ("Achieved: 1 periodic report submitted", 1, "periodic report"),
        ("50,000 internally displaced persons", 50_000, "internally displaced persons"),
        ("85 per cent", 85, PER_CENT),
        ("85%", 85, PER_CENT),
        ("$1.2 million", 1_200_000, USD),
        ("$350,000 disbursed", 350_000, USD),
        ("49.7 million litres", 49_700_000, "litres"),
        ("4 prisons (Gao, Mopti)", 4, "prisons"),
        ("1,614", 1614, None),
        ("Completed by 30 June 2020: 14 projects", 14, "projects"),  # a date is not a figure
        ("As set out in paragraph 30, 5 visits", 5, "visits"),  # a reference is not a figure
        ("resolution 2480 implemented in 3 regions", 3, "regions"),
    ],
)
def test_one_figure_gives_its_value_and_unit(text: str, value: float, unit: str | None):
    assert actual_figure(text) == ActualFigure(value, unit)


@pytest.mark.parametrize(
    "text",
    [
        "Achieved",
        "not applicable",
        "5 administrations at the regional level and 21 at the cercle level",
        "25 per cent for police, 9 per cent for gendarmerie",
        "1,911 casualties, of which 80 per cent in the centre",
        "A total of 13 (6 in Gao and 7 in Mopti)",  # numbers in parentheses count
        "The 2019/20 period",
    ],
)
def test_no_figure_or_several_give_none(text: str):
    assert actual_figure(text) is None
