"""Remarks keep their sentences apart without splitting names; derived status and ratios on edge rows."""

from __future__ import annotations

from seed.parser.results import Output, ResultsFramework


def _out(fw: ResultsFramework, ident: str) -> Output:
    return next(o for o in fw.outputs if o.id == ident)


def test_remarks_of_one_cell_are_separate_lines(fw: ResultsFramework) -> None:
    lines = (_out(fw, "1.2.o8").remarks or "").split("\n")
    assert len(lines) == 4
    assert lines[0].startswith("The lower output was attributable to the postponement of the constitutional")
    assert lines[1].startswith("The higher output was attributable to an increased number of requests")
    assert lines[2].endswith("owing to the restrictions in connection with the COVID-19 pandemic")


def test_a_sentence_cut_by_a_page_break_stays_one_line(fw: ResultsFramework) -> None:
    assert "crisis in central Mali supporting" in (_out(fw, "1.1.o9").remarks or "")
    assert "for the Specialized Judicial Unit were not established" in (_out(fw, "2.4.o2").remarks or "")
    assert "reconstituted Malian" in (_out(fw, "2.1.o1").remarks or "")


def test_a_no_among_delivered_parts_is_partial(fw: ResultsFramework) -> None:
    output = _out(fw, "1.3.o3")
    assert [(c.value_text, c.yes_no) for c in output.completed] == [("1", None), ("No", False)]
    assert output.status == "partially_completed"


def test_a_rate_is_not_a_quantity_to_complete(fw: ResultsFramework) -> None:
    output = _out(fw, "2.1.o1")
    assert output.planned_text.startswith("1 coordination meeting per month")
    assert output.completion_ratio is None
    assert output.status == "exceeded"  # by its remark: "The higher output …"


def test_the_lower_number_states_a_direction(fw: ResultsFramework) -> None:
    output = _out(fw, "1.2.o1")
    assert (output.remarks or "").startswith("The lower number of round table meetings")
    assert output.direction == "lower"


def test_italics_leave_no_stray_spaces(fw: ResultsFramework) -> None:
    indicator = next(i for i in fw.indicators if i.id == "4.2.i2")
    assert "(Loi d'orientation et de programmation pour le secteur de la justice au Mali (2020–2024))" in (
        indicator.actual_text
    )


def test_several_planned_quantities_each_met_by_its_own_value(fw: ResultsFramework) -> None:
    sessions = _out(fw, "1.1.o12")  # 88 of 90 sessions, 15 of 10 radio products, 6 of 6 multimedia products
    assert [(c.value_text, c.unit) for c in sessions.completed] == [
        ("88", "Sensitization sessions"),
        ("15", "Radio products"),
        ("6", "Multimedia products"),
    ]
    assert sessions.completion_ratio is None  # a ratio needs one planned quantity
    assert sessions.status == "partially_completed"
    operations = _out(fw, "2.1.o4")  # 12 of 24 mission-integrated operations, though the others exceeded
    assert operations.direction == "higher"
    assert operations.status == "partially_completed"


def test_a_unit_that_only_shares_a_word_is_not_a_match(fw: ResultsFramework) -> None:
    # "15,209 authorized military …" is not met by "39 Military observers": no pairing, no verdict from it.
    strength = _out(fw, "5.1.o29")
    assert strength.planned_quantities[0].value == 15209
    assert strength.completed[0].unit is not None
    assert strength.completed[0].unit.startswith("Military observers")
    assert strength.status == "completed"
