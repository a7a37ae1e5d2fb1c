"""The combined layout's series: every period as printed, misprints and all, read by the COMBINED periods."""

from __future__ import annotations

import pytest

from app.core.vocabulary import ValueStatus
from seed.parser.results.targets import COMBINED, PERFORMANCE, parse_targets, same_period, split_number


def _series(text: str) -> list[tuple[str, str]]:
    return [(t.period, t.value_text) for t in parse_targets(text, COMBINED)]


def test_a_series_gives_one_entry_per_period_with_values_as_printed() -> None:
    text = "Percentage (2022/23: 84 per cent; 2023/24: 90 per cent; 2024/25: 90 per cent; 2025/26: …; 2026/27: ≥ 95)"
    targets = parse_targets(text, COMBINED)
    assert [(t.period, t.value_text, t.value, t.unit) for t in targets] == [
        ("2022/23", "84 per cent", 84.0, "per cent"),
        ("2023/24", "90 per cent", 90.0, "per cent"),
        ("2024/25", "90 per cent", 90.0, "per cent"),
        ("2025/26", "…", None, None),
        ("2026/27", "≥ 95", 95.0, None),
    ]
    assert {t.value_status for t in targets} == {ValueStatus.REPORTED}


@pytest.mark.parametrize(
    ("printed", "expected"),
    [
        # the colon after a period lost
        ("(2024/25: 999; 2025/26 227; 2026/27: 999)", [("2024/25", "999"), ("2025/26", "227"), ("2026/27", "999")]),
        ("(2024/25: 27.0; 2025/26 ≥ 28.0 per cent)", [("2024/25", "27.0"), ("2025/26", "≥ 28.0 per cent")]),
        # the space after it lost
        ("(2023/24: 3; 2024/25:8; 2025/26: 10)", [("2023/24", "3"), ("2024/25", "8"), ("2025/26", "10")]),
        # the ";" misprinted "," or ":"
        ("(2023/24: 877, 2024/25: 3,185)", [("2023/24", "877"), ("2024/25", "3,185")]),
        ("(2023/24: 100 percent: 2024/25: 100 per cent)", [("2023/24", "100 percent"), ("2024/25", "100 per cent")]),
        # a period printed in full, calendar years
        ("(2022/2023: not applicable; 2023/24: 2)", [("2022/2023", "not applicable"), ("2023/24", "2")]),
        ("(2022: 99.9 per cent; 2023:97.0 per cent)", [("2022", "99.9 per cent"), ("2023", "97.0 per cent")]),
        # the "(" lost, or an outer parenthesis left open
        ("Incidents 2022/23: not applicable; 2026/27: 30)", [("2022/23", "not applicable"), ("2026/27", "30")]),
        ("Area free (number of occasions (2022/23: 136; 2023/24: 100)", [("2022/23", "136"), ("2023/24", "100")]),
        # a note in the last value stays in it
        ("(2025/26: ≥ 35; 2026/27: ≥ 35 (freeze impact))", [("2025/26", "≥ 35"), ("2026/27", "≥ 35 (freeze impact)")]),
    ],
)  # fmt: skip
def test_misprints_of_the_combined_layout_still_give_each_period(printed: str, expected: list[tuple[str, str]]) -> None:
    assert _series(printed) == expected


def test_a_value_citing_a_period_the_series_printed_is_not_cut() -> None:
    assert _series("(2025/26: 4; 2026/27: 5 as in 2025/26)") == [("2025/26", "4"), ("2026/27", "5 as in 2025/26")]


def test_labels_name_series_in_the_combined_layout_too() -> None:
    targets = parse_targets("(police: 2022/23: 5; 2023/24: 6; military: 2022/23: 7)", COMBINED)
    assert [(t.series, t.period, t.value_text) for t in targets] == [
        ("police", "2022/23", "5"),
        ("police", "2023/24", "6"),
        ("military", "2022/23", "7"),
    ]


def test_parentheses_without_a_period_and_colon_are_no_series() -> None:
    assert _series("Resume refugee family visits (1-way trips) (report 2025/006)") == []
    assert _series("Rotations (2 patrols x 360 days)") == []


def test_not_applicable_in_either_spelling_and_empty_values() -> None:
    statuses = [t.value_status for t in parse_targets("(2022/23: n/a; 2023/24: not applicable; 2024/25: )", COMBINED)]
    assert statuses == [ValueStatus.NOT_APPLICABLE, ValueStatus.NOT_APPLICABLE, ValueStatus.NOT_REPORTED]


def test_the_performance_layout_keeps_its_strict_periods() -> None:
    # A calendar year or a colon-less period is no target there, and a lost "(" gives no group.
    assert parse_targets("(as at June 2019: 45)", PERFORMANCE) == ()
    assert [t.period for t in parse_targets("(2018/19: 1; 2019/20 2)", PERFORMANCE)] == ["2018/19"]
    assert parse_targets("incidents 2019/20: 30)", PERFORMANCE) == ()


def test_a_period_printed_in_full_is_the_same_period() -> None:
    assert same_period("2024/2025", "2024/25")
    assert same_period("2024/25", "2024/25")
    assert not same_period("2024", "2024/25")


def test_percent_in_one_word_is_the_per_cent_unit() -> None:
    assert split_number("100 percent") == (100.0, "per cent")
    assert split_number("40 percentage points") == (40.0, "percentage points")
