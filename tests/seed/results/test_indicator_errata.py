"""Expected accomplishment 3.2 prints its actuals one row low; the errata put them back, with their reasons."""

from __future__ import annotations

from seed.parser.layout import Layout
from seed.parser.results import Erratum, ResultsFramework, parse_results


def test_as_printed_the_actuals_sit_one_row_low(printed: ResultsFramework) -> None:
    indicators = {i.id: i for i in printed.indicators}
    assert indicators["3.2.i4"].actual_text.startswith("In lieu of statements, the Coalition")
    assert indicators["3.2.i5"].actual_text.startswith("The initial plan of providing vulnerable young men")


def test_with_errata_each_indicator_gets_its_own_actual(fw: ResultsFramework, errata: tuple[Erratum, ...]) -> None:
    assert {e.line for e in errata} >= {834, 835}
    assert all(e.reason for e in errata)
    indicators = {i.id: i for i in fw.indicators}
    network = indicators["3.2.i3"]
    assert network.actual_text.startswith("Achieved: a human rights network")
    assert (network.explanation or "").startswith("In lieu of statements, the Coalition presented an action plan")
    youth = indicators["3.2.i4"]
    assert youth.planned_text.startswith("Number of vulnerable young men and women")
    assert youth.actual_text.startswith("The initial plan of providing vulnerable young men and women")
    law = indicators["3.2.i5"]
    assert law.actual_text.startswith("The draft law on gender-based violence was not adopted")
    assert law.achieved is False


def test_a_vacancy_rate_outside_the_target_band_is_not_achieved(fw: ResultsFramework) -> None:
    vacancy = {i.id: i for i in fw.indicators}["5.1.i2"]
    assert next(t.value_text for t in vacancy.targets if t.period == "2019/20") == "15 per cent ± 3 per cent"
    assert vacancy.actual_text == "8 per cent"
    assert vacancy.achieved is False


def test_errata_only_apply_to_their_lines(period: str, doc: Layout) -> None:
    elsewhere = (Erratum(1, "not an indicator row", {"section": "II.F", "move": "previous_indicator"}),)
    assert parse_results(doc, period, elsewhere).indicators == parse_results(doc, period).indicators
