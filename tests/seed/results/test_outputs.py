"""Outputs in each printed layout, their completed values, direction and status."""

from __future__ import annotations

import pytest

from seed.parser.results import Completed, Output, ResultsFramework


def out(fw: ResultsFramework, ident: str) -> Output:
    return next(o for o in fw.outputs if o.id == ident)


def values(o: Output) -> list[tuple[str, str | None]]:
    return [(c.value_text, c.unit) for c in o.completed]


def test_glued_values_and_units(fw: ResultsFramework) -> None:
    o = out(fw, "1.1.o1")
    assert o.completed == (
        Completed("7", 7.0, None, "Workshops"),
        Completed("289", 289.0, None, "Participants (including 137 women)"),
    )
    assert o.remarks == "The lower output was attributable to the restrictions in connection with the COVID-19 pandemic"
    assert o.direction == "lower"
    assert o.covid_affected
    assert o.planned_quantities[0].value == 16
    assert o.planned_quantities[0].unit == "workshops"
    assert o.completion_ratio == pytest.approx(0.4375)
    assert o.status == "partially_completed"


def test_units_interleaved_with_remarks(fw: ResultsFramework) -> None:
    o = out(fw, "1.2.o8")  # "62 1,462 65 60" then units and remarks alternating, then a continuation row
    assert [v for v, _ in values(o)] == ["62", "1,462", "65", "60", "65"]
    assert values(o)[1] == ("1,462", "National electoral officials and agents transported")
    assert values(o)[3] == ("60", "Vehicles")
    assert o.direction == "mixed"
    o = out(fw, "4.2.o3")
    assert values(o)[:3] == [
        ("5", "Awareness-raising sessions"),
        ("5", "Training sessions to support the complementarity between traditional and formal justice systems"),
        (
            "2",
            "Workshops to support the development and adoption of a legislative framework to harmonize the roles "
            "of traditional and formal justice system",
        ),
    ]
    assert values(o)[3] == ("No", None)
    assert "Interregional study trips" in (o.remarks or "")


def test_continuation_rows(fw: ResultsFramework) -> None:
    o = out(fw, "1.1.o7")
    assert values(o) == [("4", "Meetings"), ("2", "Workshops with signatory movements"), ("2", "Workshops with unions")]
    assert o.source.first_line == 306
    assert o.source.last_line == 308


def test_page_break_continuations(fw: ResultsFramework) -> None:
    o = out(fw, "1.1.o5")
    assert o.planned_text.endswith(
        "subregion of West Africa and the Sahel on their inclusion in the peace and reconciliation process"
    )
    assert (o.source.first_line, o.source.last_line) == (300, 302)
    o = out(fw, "1.2.o4")
    assert "local authorities, the Ministry of Justice and the Constitutional Court" in o.planned_text
    assert values(o) == [("12", "Monthly steering committee meetings"), ("1", "Workshop")]


def test_foot_patrols_exceeded(fw: ResultsFramework) -> None:
    o = next(o for o in fw.outputs if o.planned_text.startswith("700 military foot patrols"))
    assert o.completed == (Completed("1,267", 1267.0, None, "Military foot patrols"),)
    assert o.status == "exceeded"
    assert o.completion_ratio == pytest.approx(1.81, abs=0.001)
    assert o.direction == "higher"


def test_block_layout_pairs_each_planned_output(fw: ResultsFramework) -> None:
    o7, o8, o9, o10 = (out(fw, f"4.1.o{n}") for n in (7, 8, 9, 10))
    assert o7.planned_text.startswith("20 working groups")
    assert values(o7) == [("31", "Working groups")]
    assert o7.direction == "higher"
    assert o7.status == "exceeded"
    assert o8.planned_text.startswith("Mobilization of funding for the trust fund")
    assert values(o8)[0][0] == "7"
    assert (values(o8)[0][1] or "").startswith("Contributions to the trust fund")
    assert values(o9) == [("No", None)]
    assert o9.status == "not_completed"
    assert o9.covid_affected
    assert values(o10) == [
        ("8", "Outreach sensitization events"),
        ("4", "Quick impact projects"),
        ("11", "Multimedia products"),
        ("70", "Radio productions"),
        ("23", "Dedicated press briefings"),
    ]
    assert o10.direction == "higher"


def test_paragraph_layout(fw: ResultsFramework) -> None:
    o = next(o for o in fw.outputs if o.planned_text.startswith("5,500 United Nations-Malian security forces"))
    assert values(o) == [("3,472", "Joint day patrols")]
    assert o.direction == "lower"
    assert o.status == "partially_completed"
    o = next(o for o in fw.outputs if o.planned_text.startswith("2 public information campaigns"))
    assert [v for v, _ in values(o)] == ["2", "80", "23", "11", "145"]
    o = out(fw, "1.4.o8")
    assert values(o) == [("No", None)]
    assert (o.remarks or "").startswith("Logistical support was not provided")
    o = out(fw, "3.3.o2")  # the unit is printed without its figure
    assert o.completed == (Completed("", None, None, "Capacity-building activity"),)
    assert o.status == "not_reported"


def test_html_cells(fw: ResultsFramework) -> None:
    o = out(fw, "2.3.o1")
    assert values(o) == [("2,171", "Combatants")]
    assert "<p>" not in (o.remarks or "")
    assert (o.remarks or "").startswith("The lower output")
    o = out(fw, "4.3.o1")
    assert values(o) == [("Yes", None)]
    assert "conditions. Equipment" in (o.remarks or "")  # remark resumed after a page break
    assert all("<" not in (x.remarks or "") + x.planned_text for x in fw.outputs)
    assert all("*" not in x.planned_text for x in fw.outputs)


def test_yes_and_no(fw: ResultsFramework) -> None:
    yes = out(fw, "1.1.o8")
    assert yes.completed == (Completed("Yes", None, True, None),)
    assert yes.status == "completed"
    no = out(fw, "1.1.o10")
    assert no.completed == (Completed("No", None, False, None),)
    assert no.status == "not_completed"


def test_fuel(fw: ResultsFramework) -> None:
    o = next(o for o in fw.outputs if o.planned_text.startswith("Management of the supply and storage of 49.7 million"))
    assert o.subgroup == "Fuel management services"
    assert "10,625,270 litres for ground transportation" in o.planned_text
    assert [c.value for c in o.completed] == [47588949.0, 13439680.0, 11721894.0, 22427375.0]
    assert o.completed[0].unit == "Litres of fuel overall"
    assert sum(c.value or 0 for c in o.completed[1:]) == o.completed[0].value


def test_four_cell_rows_and_dollars(fw: ResultsFramework) -> None:
    o = next(o for o in fw.outputs if "572.0 million" in o.planned_text)
    assert o.completed == (Completed("$393", 393.0, None, "Million"),)
    assert o.direction == "lower"


def test_separator_then_remark(fw: ResultsFramework) -> None:
    o = next(o for o in fw.outputs if o.planned_text.startswith("Operation and maintenance of 996"))
    assert len(o.completed) == 9
    assert o.completed[0].unit == "United Nations-owned vehicles"
    assert o.direction == "higher"


def test_errata_moves_row(printed: ResultsFramework, fw: ResultsFramework) -> None:
    assert len(out(printed, "5.1.o47").completed) == 6
    assert out(printed, "5.1.o48").completed[0].value_text == "8"
    o47, o48 = out(fw, "5.1.o47"), out(fw, "5.1.o48")
    assert o47.completed[-1].value_text == "8"
    assert o47.direction == "mixed"
    assert [c.value_text for c in o48.completed] == ["1,175", "5", "1"]
    assert o48.direction is None


def test_planned_quantities(fw: ResultsFramework) -> None:
    o = out(fw, "2.1.o6")
    assert [(q.value, q.unit) for q in o.planned_quantities][:2] == [
        (1050.0, "close air support missions"),
        (930.0, "military utility helicopter field supply"),
    ]
    assert o.completion_ratio is None  # several planned quantities
