from decimal import Decimal

import pytest

from seed.parser.numbers import decimal_places, parse_decimal, thousands_to_usd


@pytest.mark.parametrize(
    ("text", "usd"),
    [
        ("427 173.7", 427173700),
        ("(27 366.4)", -27366400),
        ("1 138 457.9", 1138457900),
        ("\\$22 365.9", 22365900),
        ("(\\$1 071.1)", -1071100),
        ("495 313", 495313000),
        ("0.1", 100),
    ],
)
def test_thousands_convert_exactly_to_dollars(text, usd):
    assert thousands_to_usd(parse_decimal(text)) == usd


@pytest.mark.parametrize("dash", ["—", "–", "-"])
def test_a_dash_is_nil_not_zero_text(dash):
    figure = parse_decimal(dash)
    assert figure.status == "nil"
    assert figure.value is None
    assert figure.number == 0


def test_an_empty_cell_is_not_reported():
    assert parse_decimal("  ").status == "not_reported"


def test_percentages_keep_sign_and_precision():
    assert parse_decimal("(6.4)").value == Decimal("-6.4")
    assert parse_decimal("(75.8%)").value == Decimal("-75.8")
    assert decimal_places("(6.4%)") == 1
    assert decimal_places("40") == 0


@pytest.mark.parametrize("junk", ["12a", "abc", "1 2 3 x"])
def test_non_numbers_are_refused(junk):
    with pytest.raises(ValueError, match="not a number"):
        parse_decimal(junk)
