from seed.parser.numbers import thousands_to_usd
from seed.parser.tables import parse_equipment, parse_non_budgeted, parse_other_revenue, parse_redeployments
from tests.seed.layouts import layout_of


def test_redeployments(report_text):
    table = parse_redeployments(layout_of(report_text))
    rows = {r.slug: r for r in table.rows}
    operational = rows["operational-costs"]
    assert operational.group_number == "III"
    assert thousands_to_usd(operational.redeployment) == -38833000
    assert thousands_to_usd(operational.revised) == 420425000
    assert rows["total"].redeployment.status == "not_reported"
    assert float(table.percentage_of_appropriation.value or 0) == 3.4


def test_other_revenue(report_text):
    rows = {r.slug: r for r in parse_other_revenue(layout_of(report_text))}
    assert thousands_to_usd(rows["investment-revenue"].amount) == 9962800
    assert rows["voluntary-contributions-in-cash"].amount.status == "nil"
    assert thousands_to_usd(rows["total"].amount) == 27271900


def test_contingent_owned_equipment_and_mission_factors(report_text):
    expenditure, factors = parse_equipment(layout_of(report_text))
    rows = {r.slug: r for r in expenditure}
    assert thousands_to_usd(rows["major-equipment-military-contingents"].amount) == 116013000
    assert thousands_to_usd(rows["self-sustainment-subtotal"].amount) == 60223900
    assert thousands_to_usd(rows["total"].amount) == 189892900
    by_slug = {f.slug: f for f in factors}
    assert by_slug["hostile-action-forced-abandonment-factor"].percentage_text == "5.4"
    assert by_slug["hostile-action-forced-abandonment-factor"].effective_date == "1 July 2017"
    transport = by_slug["incremental-transportation-factor"]
    assert transport.applies_to == "home country"
    assert (float(transport.percentage_min.value or 0), float(transport.percentage_max.value or 0)) == (0.0, 5.0)


def test_non_budgeted_contributions(report_text):
    rows = {r.slug: r for r in parse_non_budgeted(layout_of(report_text))}
    sofa = rows["status-of-forces-agreement"]
    assert thousands_to_usd(sofa.amount) == 39662100
    assert sofa.footnotes[0].startswith("Inclusive of the rental value of Government-provided land")
    assert rows["voluntary-contributions-in-kind-non-budgeted"].amount.status == "nil"
