"""Budget periods as the reports name them: "2019/20" for 1 July 2019 to 30 June 2020."""

from __future__ import annotations

import re
from datetime import date

PERIOD = re.compile(r"^\d{4}/\d{2}$")


def period_label(start: date, end: date) -> str:
    """The printed name of the period from `start` to `end`: the two years, the second in two digits
    ("2024/25"); a period within one calendar year is that year ("2025")."""
    if end.year == start.year:
        return str(start.year)
    return f"{start.year}/{end.year % 100:02d}"
