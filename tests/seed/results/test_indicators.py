"""Indicators in each printed layout and their targets."""

from __future__ import annotations

from app.core.vocabulary import ValueStatus
from seed.parser.results import Indicator, ResultsFramework, Target


def ind(fw: ResultsFramework, ident: str) -> Indicator:
    return next(i for i in fw.indicators if i.id == ident)


def test_alternating_paragraphs(fw: ResultsFramework) -> None:
    i = ind(fw, "1.1.i1")
    unit = "civil society organizations provided with support through capacity-building sessions"
    assert i.targets == (
        Target("2017/18", None, f"170 {unit}", 170.0, unit, ValueStatus.REPORTED),
        Target("2018/19", None, "140", 140.0, None, ValueStatus.REPORTED),
        Target("2019/20", None, "150", 150.0, None, ValueStatus.REPORTED),
    )
    assert i.actual_text.startswith("Achieved: a total of 206 organizations")
    assert (i.explanation or "").startswith("The higher number of civil society organizations")
    assert i.achieved is True
    i = ind(fw, "1.1.i3")
    assert i.achieved is False
    assert i.actual_text.startswith("No technical notes")


def test_not_applicable_and_text_targets(fw: ResultsFramework) -> None:
    i = ind(fw, "1.1.i4")
    assert i.targets[0] == Target("2017/18", None, "not applicable", None, None, ValueStatus.NOT_APPLICABLE)
    assert i.targets[2].value_text.startswith("registration as political parties")
    assert i.targets[2].value is None
    assert i.targets[2].value_status == "reported"


def test_missing_semicolon(fw: ResultsFramework) -> None:
    i = ind(fw, "1.3.i3")
    assert [t.period for t in i.targets] == ["2017/18", "2018/19", "2019/20"]
    assert i.targets[1].value_status == "not_applicable"
    assert i.targets[2].value_text == "regional, cercle and communal level"


def test_multi_series(fw: ResultsFramework) -> None:
    i = ind(fw, "2.4.i3")
    assert len(i.targets) == 12
    assert {t.series for t in i.targets} == {"police", "gendarmerie", "national guard", "armed forces"}
    assert Target("2019/20", "national guard", "9.5 per cent", 9.5, "per cent", ValueStatus.REPORTED) in i.targets


def test_bounded_targets(fw: ResultsFramework) -> None:
    i = ind(fw, "5.1.i1")
    assert i.targets[2] == Target("2019/20", None, "≥ 90 per cent", 90.0, "per cent", ValueStatus.REPORTED)
    assert i.actual_text == "63 per cent"
    assert (i.explanation or "").startswith("The lower percentage")
    assert i.achieved is False
    assert i.covid_affected
    assert ind(fw, "5.1.i2").targets[2].value_text == "15 per cent ± 3 per cent"
    assert ind(fw, "5.1.i7").achieved is True  # 97 per cent against ≥ 95 per cent


def test_block_of_planned_then_actuals(fw: ResultsFramework) -> None:
    i1, i2, i5, i6 = (ind(fw, f"1.4.i{n}") for n in (1, 2, 5, 6))
    assert i1.actual_text.startswith("A total of 5 monthly plenary sessions")  # tab row, explanation glued
    assert (i1.explanation or "").startswith("The lower number of sessions")
    assert i2.actual_text.startswith("Monthly plenary sessions of the 4 thematic subcommittees were delayed")
    assert i5.targets == ()
    assert i5.actual_text == "Achieved"
    assert i6.actual_text.startswith("A total of 2 initiatives")
    assert (i6.explanation or "").startswith("The lower number of initiatives")


def test_targets_printed_after_actuals(fw: ResultsFramework) -> None:
    i = ind(fw, "3.1.i2")
    assert i.planned_text.endswith("(2017/18: not applicable; 2018/19: not applicable; 2019/20: 10)")
    assert i.targets[2].value == 10
    assert i.actual_text.startswith("Achieved: 35 investigations")
    assert (i.source.first_line, i.source.last_line) == (759, 765)


def test_rows_planned_tab_actual(fw: ResultsFramework) -> None:
    i = ind(fw, "2.3.i1")  # <p> actual, <p> explanation
    assert i.actual_text.startswith("A cumulative number of 2,171 ex-combatants")
    assert (i.explanation or "").startswith("The lower number of ex-combatants")
    i = ind(fw, "5.1.i9")  # planned split over a row break, targets in LaTeX
    assert i.targets[2].value_text == "≥ 1,800"
    assert i.targets[2].value == 1800
    assert i.actual_text == "1,614"
    assert (i.explanation or "").endswith("partially affected by the COVID-19 pandemic")
    i = ind(fw, "3.3.i1")  # "planned\t\tactual"
    assert i.actual_text.startswith("A total of 1 mobile team")
