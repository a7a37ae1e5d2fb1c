import pytest

from seed.parser.financial import parse_financial, parse_headline_financial
from seed.parser.numbers import thousands_to_usd
from seed.parser.spans import ParseError
from tests.helpers import replace_line
from tests.seed.layouts import layout_of


@pytest.fixture(scope="module")
def rows(report_text):
    return {row.slug: row for row in parse_financial(layout_of(report_text))}


def test_every_row_of_the_table_is_parsed(rows):
    lines = [r for r in rows.values() if r.level == "line" and r.group]
    assert len(rows) == 29
    assert len(lines) == 21
    assert len([r for r in lines if r.apportionment.status == "reported"]) == 19
    assert sorted(r.slug for r in lines if r.apportionment.status == "nil") == [
        "civilian-electoral-observers",
        "special-equipment",
    ]
    # Below the groups: adjustments outside any group.
    assert [r.slug for r in rows.values() if r.level == "line" and not r.group] == [
        "staff-assessment-income",
        "voluntary-contributions-in-kind-budgeted",
    ]
    assert [r.slug for r in rows.values() if r.level == "total"] == [
        "gross-requirements",
        "net-requirements",
        "total-requirements",
    ]


def test_military_contingents(rows):
    row = rows["military-contingents"]
    assert row.group == "Military and police personnel"
    assert thousands_to_usd(row.apportionment) == 427173700
    assert thousands_to_usd(row.expenditure) == 454540100
    assert thousands_to_usd(row.variance) == -27366400
    assert float(row.variance_percent.value or 0) == -6.4
    assert row.source.first_line == 1221


def test_repeated_subtotal_names_take_their_group_prefix(rows):
    subtotals = {slug: r for slug, r in rows.items() if r.level == "subtotal"}
    assert set(subtotals) == {
        "military-and-police-personnel-subtotal",
        "civilian-personnel-subtotal",
        "operational-costs-subtotal",
    }
    assert thousands_to_usd(subtotals["operational-costs-subtotal"].apportionment) == 459257700


def test_gross_and_net(rows):
    assert thousands_to_usd(rows["gross-requirements"].expenditure) == 1136908900
    assert thousands_to_usd(rows["net-requirements"].apportionment) == 1122190600
    assert rows["staff-assessment-income"].group is None


def test_summary_table_repeats_the_groups(report_text):
    headline = {r.slug: r for r in parse_headline_financial(layout_of(report_text))}
    assert thousands_to_usd(headline["operational-costs"].variance) == 40382100
    assert headline["voluntary-contributions-in-kind-budgeted"].apportionment.status == "not_reported"


def test_a_malformed_figure_is_refused_with_its_line(report_text):
    broken = replace_line(report_text, "Air operations\t145 119.7", "Air operations\t145 11x.7")
    with pytest.raises(ParseError, match=r"section III\.A, line 1238: not a number"):
        parse_financial(layout_of(broken))
