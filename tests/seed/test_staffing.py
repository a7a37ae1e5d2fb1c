import pytest

from seed.parser.staffing import parse_staffing
from tests.seed.layouts import layout_of


@pytest.fixture(scope="module")
def table(report_text):
    return parse_staffing(layout_of(report_text))


def test_every_category_keeps_its_nesting(table):
    assert [(r.slug, r.group) for r in table.rows if r.group] == [
        ("national-professional-officers", "National staff"),
        ("national-general-service-staff", "National staff"),
        ("united-nations-volunteers-international", "United Nations Volunteers"),
        ("united-nations-volunteers-national", "United Nations Volunteers"),
        ("temporary-positions-international-staff", "Temporary positions"),
        ("temporary-positions-national-staff", "Temporary positions"),
    ]
    assert [r.slug for r in table.rows if r.level == "group"] == [
        "national-staff",
        "united-nations-volunteers",
        "temporary-positions",
    ]
    assert table.rows[-1].slug == "government-provided-personnel"
    assert table.rows[-1].group is None


def test_values_and_absences(table):
    rows = {r.slug: r for r in table.rows}
    contingents = rows["military-contingents"]
    assert (contingents.approved.text, contingents.actual_average.text, contingents.vacancy_rate.text) == (
        "13 249",
        "12 142",
        "8.4",
    )
    assert (contingents.approved.value, contingents.actual_average.value) == (13249, 12142)
    unv_national = rows["united-nations-volunteers-national"]
    assert unv_national.actual_average.status == "nil"
    assert float(unv_national.vacancy_rate.value or 0) == 100.0
    assert rows["national-staff"].approved.status == "not_reported"


def test_footnotes(table):
    rows = {r.slug: r for r in table.rows}
    assert rows["temporary-positions"].footnotes == ("Funded under general temporary assistance.",)
    assert table.column_notes["approved"] == "Represents the highest level of authorized strength."
    assert table.column_notes["vacancy_rate"] == "Based on monthly incumbency and approved monthly strength."
