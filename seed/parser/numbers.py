"""Printed figures to exact numbers: "427 173.7" thousands to integer dollars, "(6.4)" to -6.4, dashes to nil."""

from __future__ import annotations

import re
from dataclasses import dataclass
from decimal import Decimal, InvalidOperation

from app.core.vocabulary import ValueStatus

DASHES = frozenset({"—", "–", "-", "---", "----", "−"})

# A stray space may stand before the decimal point ("1 174 132 .0" in one summary table): the digits still read.
_NUMBER = re.compile(r"^\(?-?\\?\$?\s*[\d\s\u00a0,]*\d\s?(?:\.\d+)?%?\)?$")


@dataclass(frozen=True)
class Figure:
    """A printed number kept with its text. `value` is None unless the status is `reported`."""

    text: str
    value: Decimal | None
    status: ValueStatus

    @property
    def number(self) -> Decimal:
        """The value, with nil and not reported counting as zero (for arithmetic checks)."""
        return self.value if self.value is not None else Decimal(0)


def parse_decimal(text: str) -> Figure:
    """A printed decimal: spaces or commas group thousands, parentheses mean negative, a dash means nil."""
    raw = text.strip()
    if not raw:
        return Figure(text="", value=None, status=ValueStatus.NOT_REPORTED)
    if raw in DASHES:
        return Figure(text=raw, value=None, status=ValueStatus.NIL)
    if not _NUMBER.match(raw):
        raise ValueError(f"not a number: {text!r}")
    negative = (raw.startswith("(") and raw.endswith(")")) or raw.startswith("-")
    digits = re.sub(r"[()\s\u00a0,$%\\-]", "", raw)
    try:
        value = Decimal(digits)
    except InvalidOperation:
        raise ValueError(f"not a number: {text!r}") from None
    return Figure(text=raw, value=-value if negative else value, status=ValueStatus.REPORTED)


def whole_number(text: str) -> int:
    """A whole number printed with comma thousands separators ("1,138,457,900" -> 1138457900)."""
    return int(text.replace(",", ""))


def thousands_to_usd(figure: Figure) -> int | None:
    """Exact integer dollars from a figure printed in thousands (427 173.7 -> 427173700)."""
    if figure.value is None:
        return None
    dollars = figure.value * 1000
    if dollars != dollars.to_integral_value():
        raise ValueError(f"{figure.text!r} thousands is not a whole number of dollars")
    return int(dollars)


def decimal_places(text: str) -> int:
    """How many decimals a printed number shows ("16.3" -> 1, "(6.4%)" -> 1, "40" -> 0)."""
    match = re.search(r"\.(\d+)", text)
    return len(match[1]) if match else 0
