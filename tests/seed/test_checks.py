from seed.checks import run_checks
from seed.parser.report import parse_report
from tests.helpers import replace_line


def test_every_check_passes_on_the_bundled_report(report_text):
    checks = run_checks(parse_report(report_text))
    assert len(checks) > 100
    assert [c.name for c in checks if not c.passed] == []
    names = {c.name for c in checks}
    for expected in (
        "variance:air-operations",
        "variance_percent:air-operations",
        "gross:apportionment",
        "net:expenditure",
        "group_total:operational-costs-subtotal:apportionment",
        "redeployment:operational-costs",
        "redeployment:percentage",
        "other_revenue:total",
        "contingent_owned_equipment:total",
        "vacancy_rate:military-contingents",
        "summary:gross-requirements:apportionment",
    ):
        assert expected in names


def test_an_altered_figure_fails_its_checks(report_text):
    # Expenditure on air operations changed: the row's variance and the group's subtotal no longer add up.
    altered = replace_line(report_text, "Air operations\t145 119.7\t122 753.8", "Air operations\t145 119.7\t122 753.9")
    failed = {c.name: c for c in run_checks(parse_report(altered)) if not c.passed}
    assert set(failed) == {"variance:air-operations", "group_total:operational-costs-subtotal:expenditure"}
    assert str(failed["variance:air-operations"].expected) == "22365.9"
    assert str(failed["variance:air-operations"].actual) == "22365.8"


def test_an_altered_percentage_fails(report_text):
    altered = replace_line(
        report_text, "Medical\t9 351.6\t15 723.2\t(6 371.6)\t(68.1)", "Medical\t9 351.6\t15 723.2\t(6 371.6)\t(68.2)"
    )
    failed = [c.name for c in run_checks(parse_report(altered)) if not c.passed]
    # Both the row's own percentage and section IV's copy of it disagree now.
    assert sorted(failed) == ["variance_analysis:medical:percent", "variance_percent:medical"]
