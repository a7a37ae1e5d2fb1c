"""Each derived judgement names the rule that decided it; the rules on the rows that prompted them, on other rows
of the report they decide the same way, and on made-up rows that isolate each rule."""

from __future__ import annotations

import pytest

from app.core.vocabulary import AchievedBasis, Achievement, OutputStatus, StatusBasis
from seed.parser.results import Completed, Indicator, Output, ResultsFramework, Target
from seed.parser.results.quantities import planned_quantities
from seed.parser.results.status import achieved_view, completion_ratio, direction, judge_indicator, judge_output


def _out(fw: ResultsFramework, ident: str) -> Output:
    return next(o for o in fw.outputs if o.id == ident)


def _ind(fw: ResultsFramework, ident: str) -> Indicator:
    return next(i for i in fw.indicators if i.id == ident)


def _number(text: str, unit: str) -> Completed:
    return Completed(text, float(text.replace(",", "").lstrip("$")), None, unit)


def _judge(
    planned: str, completed: tuple[Completed, ...], remarks: str | None = None
) -> tuple[OutputStatus, StatusBasis]:
    quantities = planned_quantities(planned)
    ratio = completion_ratio(quantities, completed)
    return judge_output(completed, ratio, direction(remarks), quantities, remarks)


# -- output status ---------------------------------------------------------------------------------------------


def test_a_remark_stating_delivery_completes_an_output_with_nothing_printed(fw: ResultsFramework) -> None:
    output = _out(fw, "5.1.o1")  # line 1041: "The mission-wide environmental action plan was implemented …"
    assert output.completed == ()
    assert (output.status, output.status_basis) == ("completed", "remarks")


@pytest.mark.parametrize(
    ("remarks", "expected"),
    [
        ("The training courses were conducted in Gao", ("completed", "remarks")),
        ("The assessment was not conducted owing to the security situation", ("not_completed", "remarks")),
        ("The campaign was postponed", ("not_completed", "remarks")),
        ("Discussions continue with the authorities", ("not_reported", "none")),
        (None, ("not_reported", "none")),
    ],
)
def test_remarks_decide_only_where_nothing_is_printed(remarks: str | None, expected: tuple[str, str]) -> None:
    assert _judge("Support to the national authorities", (), remarks) == expected


def test_a_planned_part_restated_in_a_unit_is_no_part_of_its_own(fw: ResultsFramework) -> None:
    output = _out(fw, "2.4.o12")  # line 720: 2 capacity-building workshops "for 100 women at each" against 1
    assert [q.value_text for q in output.planned_quantities][:2] == ["1 capacity-building workshop", "100 women"]
    assert (output.status, output.status_basis) == ("exceeded", "quantities")


def test_restated_quantities_on_a_made_up_row() -> None:
    planned = "2 training sessions for 40 judges and 3 workshops for civil society"
    completed = (_number("2", "Training sessions for 40 judges"), _number("2", "Workshops"))
    assert _judge(planned, completed) == ("partially_completed", "quantities")


def test_a_figure_restating_the_plan_as_approved_or_staffed_is_no_shortfall(fw: ResultsFramework) -> None:
    budget = _out(fw, "5.1.o7")  # line 1060: $1,149.8 million proposed, $1,138.5 million approved
    assert budget.completion_ratio == 0.9902
    assert (budget.status, budget.status_basis) == ("completed", "revised_plan")
    # The same rule: personnel planned at an authorized or budgeted strength, served at the average strength.
    for ident in ("5.1.o8", "5.1.o29", "5.1.o31", "5.1.o32"):
        output = _out(fw, ident)
        assert all("average strength" in (c.unit or "") for c in output.completed if c.value is not None), ident
        assert (output.status, output.status_basis) == ("completed", "revised_plan"), ident


def test_a_revised_plan_needs_every_figure_to_restate_it() -> None:
    planned = "Maintenance of 120 vehicles for a fleet of 300 personnel"
    completed = (_number("100", "Vehicles"), _number("280", "Personnel (average strength)"))
    status, basis = _judge(planned, completed)
    assert basis != StatusBasis.REVISED_PLAN
    assert status == OutputStatus.PARTIALLY_COMPLETED


def test_a_delivered_number_of_a_planned_quantity_in_the_remarks_beside_a_no(fw: ResultsFramework) -> None:
    output = _out(fw, "4.2.o8")  # line 996: "No", but "78 criminal cases … were monitored" against about 10
    assert [c.value_text for c in output.completed] == ["No"]
    assert (output.status, output.status_basis) == ("partially_completed", "remarks")


def test_a_substitute_activity_in_the_remarks_is_not_delivery(fw: ResultsFramework) -> None:
    # 3.2.o3: the planned projects "were not implemented"; 3 regional conferences, which were not planned, were held.
    output = _out(fw, "3.2.o3")
    assert (output.status, output.status_basis) == ("not_completed", "yes_no")
    planned = "Monitoring of 12 detention facilities"
    assert _judge(planned, (Completed("No", None, False, None),), "However, 4 detention facilities were visited") == (
        "not_completed",
        "yes_no",
    )
    assert _judge(planned, (Completed("No", None, False, None),), "However, 4 detention facilities were monitored") == (
        "partially_completed",
        "remarks",
    )


@pytest.mark.parametrize(
    ("ident", "basis"),
    [
        ("1.1.o2", "yes_no"),  # a printed No
        ("1.1.o1", "ratio"),  # 7 of 16 workshops
        ("1.1.o12", "quantities"),  # 88 of 90 sessions, 15 of 10 radio products, 6 of 6 multimedia products
        ("2.1.o1", "direction"),  # a rate, "The higher output …"
        ("3.3.o2", "none"),  # a unit and a remark, no figure
    ],
)
def test_every_output_names_its_rule(fw: ResultsFramework, ident: str, basis: str) -> None:
    assert _out(fw, ident).status_basis == basis


def test_every_output_has_a_basis_of_the_vocabulary(fw: ResultsFramework) -> None:
    assert {o.status_basis for o in fw.outputs} <= set(StatusBasis)
    assert all((o.status == "not_reported") == (o.status_basis == "none") for o in fw.outputs)


# -- indicator achievement -------------------------------------------------------------------------------------


def _target(value_text: str, value: float | None, unit: str | None = None, period: str = "2019/20") -> Target:
    return Target(period, None, value_text, value, unit, "reported")  # type: ignore[arg-type]


def test_achieved_over_a_lower_figure_is_not_achieved(fw: ResultsFramework) -> None:
    indicator = _ind(fw, "1.3.i2")  # lines 380-384: "Achieved: a total of 1 decision", "The lower number …", target 3
    assert (indicator.achievement, indicator.achieved_basis) == ("not_achieved", "difference")
    assert indicator.achieved is False


def test_achieved_over_a_higher_figure_stays_achieved(fw: ResultsFramework) -> None:
    for ident in ("1.1.i1", "2.1.i4", "3.1.i2"):
        assert (_ind(fw, ident).achievement, _ind(fw, ident).achieved_basis) == ("achieved", "stated_achieved")


def test_work_under_way_is_partly_achieved(fw: ResultsFramework) -> None:
    # 4.3.i1 (line 1002): reinforcement of 4 prisons "is ongoing"; 2.4.i1 "Under implementation …";
    # 1.3.i3: the communal level "pending" ongoing discussions.
    for ident in ("4.3.i1", "2.4.i1", "1.3.i3"):
        indicator = _ind(fw, ident)
        assert (indicator.achievement, indicator.achieved_basis) == ("partially_achieved", "in_progress"), ident
        assert indicator.achieved is False


def test_achieved_with_a_part_replaced_or_deferred_is_partly_achieved(fw: ResultsFramework) -> None:
    # 3.2.i3 (833-834): the network was created but "In lieu of statements" an action plan was presented;
    # 2.4.i4: officers trained, but the regional offices' construction "was deferred".
    for ident in ("3.2.i3", "2.4.i4"):
        indicator = _ind(fw, ident)
        assert (indicator.achievement, indicator.achieved_basis) == ("partially_achieved", "stated_in_part"), ident
    electoral = _ind(fw, "1.2.i1")  # "Part of the electoral code is fully aligned …", "not entirely concluded"
    assert (electoral.achievement, electoral.achieved_basis) == ("partially_achieved", "stated_in_part")


def test_a_total_against_a_bare_number(fw: ResultsFramework) -> None:
    reports = _ind(fw, "1.4.i3")  # "A total of 3 reports were produced", target 11
    assert (reports.achievement, reports.achieved_basis) == ("not_achieved", "target")
    assert judge_indicator("Number of visits (2019/20: 10)", "A total of 12 visits were made", None,
                           (_target("10", 10),), "2019/20") == ("achieved", "target")  # fmt: skip


@pytest.mark.parametrize(
    ("actual", "explanation", "targets", "expected"),
    [
        ("Achieved", None, (), ("achieved", "stated_achieved")),
        ("Achieved: 3 plans", "In lieu of a fourth plan, a strategy", (), ("partially_achieved", "stated_in_part")),
        ("No plans were adopted", None, (), ("not_achieved", "negative")),
        ("The review is ongoing", None, (), ("partially_achieved", "in_progress")),
        ("12 per cent", None, (_target("15 per cent ± 3 per cent", 15, "per cent"),), ("achieved", "tolerance")),
        ("97 per cent", None, (_target("≥ 95 per cent", 95, "per cent"),), ("achieved", "target")),
        ("40 days", "The higher number of days was attributable to …", (), ("not_achieved", "difference")),
        ("Consultations were held with partners", None, (), ("unknown", "none")),
    ],
)  # fmt: skip
def test_each_achievement_rule(
    actual: str, explanation: str | None, targets: tuple[Target, ...], expected: tuple[str, str]
) -> None:
    assert judge_indicator("Number of plans adopted", actual, explanation, targets, "2019/20") == expected


def test_achieved_is_the_boolean_view_of_achievement(fw: ResultsFramework) -> None:
    assert [achieved_view(a) for a in Achievement] == [True, False, False, None]
    for indicator in fw.indicators:
        assert indicator.achieved == achieved_view(indicator.achievement), indicator.id
        assert (indicator.achievement == "unknown") == (indicator.achieved_basis == AchievedBasis.NONE)
