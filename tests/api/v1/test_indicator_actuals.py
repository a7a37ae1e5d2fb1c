"""Indicators' `actual_value` and `actual_unit`, derived from the printed actual where it holds exactly one figure,
checked against the hand transcriptions in tests/data; the printed `actual_text` is served unchanged."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from tests.helpers import get_data

DATA = Path(__file__).resolve().parents[2] / "data"
SOURCE = Path(__file__).resolve().parents[3] / "seed" / "source" / "A-75-623.txt"

# (report, indicator) -> (actual_value, actual_unit), None where the actual holds no figure or several.
EXPECTED: dict[tuple[str, str], tuple[float, str | None] | None] = {
    ("a-80-590", "1.1.i1"): (33.5, "per cent"),  # "33.5 per cent utilized"
    ("a-80-590", "1.1.i2"): None,  # "Achieved. The physical verification …": no figure
    ("a-80-590", "1.1.i3"): (88939, "tons"),  # "… A total of 88,939 tons of cargo were transported …"
    ("a-80-590", "1.1.i4"): None,  # "Achieved"
    ("a-80-590", "1.1.i5"): None,
    ("a-80-590", "1.1.i6"): None,  # "… completed on 22 July 2024": a date is not a figure
    ("a-80-590", "1.1.i7"): None,
    ("a-80-596", "1.1.i1"): (558, None),
    ("a-80-596", "2.1.i1"): (30, "per cent"),
    ("a-80-596", "2.1.i5"): (100, "per cent"),
    ("a-80-600", "1.1.i1"): (2, None),
    ("a-80-600", "1.3.i2"): (5_000_000, "m²"),  # "5 million m² of surface and subsurface area"
    ("a-80-600", "3.1.i1"): (27, "per cent"),
    ("a-80-605", "1.1.i16"): None,  # "not applicable"
    ("a-80-605", "1.1.i17"): (100, "per cent"),
    ("a-80-605", "1.1.i27"): (48, "hours"),
    ("a-80-614", "1.1.i3"): (74, None),
    ("a-80-614", "1.2.i3"): None,  # "n/a"
    ("a-80-614", "2.1.i1"): (27, None),  # "27.0"
    ("a-80-621", "1.1.i1"): (165, None),
    ("a-80-621", "1.3.i1"): (4_200_000, None),  # "4.2 million"
    ("a-80-621", "5.1.i2"): (132, None),
    ("a-80-623", "1.1.i2"): (592, None),
    ("a-80-623", "2.1.i2"): (180, None),
    ("a-80-623", "4.1.i4"): (1948, None),  # "1,948"
    ("a-80-628", "1.1.i1"): (34, "per cent"),
    ("a-80-628", "1.1.i4"): (1944, None),
    ("a-80-628", "1.1.i6"): (99.1, "per cent"),
}

# A/75/623's transcription lists the indicators without their actuals: these are checked against the printed text.
EXPECTED_A_75_623: dict[str, tuple[float, str | None] | None] = {
    "1.2.i3": (27.9, "per cent"),  # "27.9 per cent"
    "1.3.i1": (2, "meetings"),  # "Achieved: a total of 2 meetings were held with the regional councils"
    "2.2.i3": (50_000, "internally displaced persons"),  # "… a total of 50,000 internally displaced persons …"
    "3.1.i1": (1, "periodic report"),  # "Achieved: 1 periodic report submitted"
    "5.1.i4": (72, "days"),  # "72 days"
    "1.3.i3": None,  # two figures: "5 interim administrations … and 21 at the cercle level"
    "2.2.i1": None,  # two figures: "1,911 casualties …, of which 80 per cent …"
    "2.4.i3": None,  # several: "25 per cent for police, 9 per cent for gendarmerie, …"
    "1.4.i5": None,  # none: "Achieved"
}


def _transcribed() -> dict[tuple[str, str], str]:
    """Every actual the A/80 transcriptions print, keyed by report and indicator id ("1.1.1" is "1.1.i1")."""
    found = {}
    for path in sorted(DATA.glob("a_80_*/results.json")):
        report = path.parent.name.replace("_", "-")
        for entry in json.loads(path.read_text(encoding="utf-8"))["indicators"]:
            actual = entry.get("actual_start", entry.get("actual_2024_25"))
            ea, number = entry["id"].rsplit(".", 1)
            found[(report, f"{ea}.i{number}")] = actual
    return found


def test_every_transcribed_actual_is_expected():
    assert set(_transcribed()) == set(EXPECTED)


def _figure(row: dict[str, object]) -> tuple[object, object] | None:
    if row["actual_value"] is None:
        assert row["actual_unit"] is None
        return None
    return row["actual_value"], row["actual_unit"]


@pytest.mark.parametrize(("report", "indicator"), sorted(EXPECTED))
def test_the_actual_figure_of_a_transcribed_indicator(client, report: str, indicator: str):
    row = get_data(client, f"/v1/reports/{report}/indicators/{indicator}")
    printed = _transcribed()[(report, indicator)]
    assert row["actual_text"].replace("m²", "m2").startswith(printed)  # the transcription types "m2"
    assert _figure(row) == EXPECTED[(report, indicator)]


def test_the_actual_figures_of_a_75_623(client):
    transcribed = {entry["id"] for entry in json.loads((DATA / "a_75_623_indicators.json").read_text("utf-8"))}
    printed = SOURCE.read_text(encoding="utf-8")
    rows = {row["id"]: row for row in get_data(client, "/v1/reports/a-75-623/indicators", limit=100)}
    assert set(rows) == transcribed
    for indicator, expected in EXPECTED_A_75_623.items():
        assert rows[indicator]["actual_text"][:40] in printed, indicator  # as printed (a cell's lines joined)
        assert _figure(rows[indicator]) == expected, indicator


def test_indicators_sort_by_actual_value(client):
    rows = get_data(client, "/v1/reports/a-75-623/indicators", sort="-actual_value", limit=3)
    largest = [("2.2.i3", 50000), ("3.3.i2", 13117), ("2.1.i4", 4311)]
    assert [(row["id"], row["actual_value"]) for row in rows] == largest
