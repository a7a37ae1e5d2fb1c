"""Every closed vocabulary of the dataset, written once.

Parser records, table columns (with CHECK constraints), response schemas and query parameters all use
these enums, so a value is spelled in one place and the OpenAPI document names one component per vocabulary.
"""

from __future__ import annotations

from enum import StrEnum


class FinancialLevel(StrEnum):
    """Rows of an amounts table: lines inside a group, "Subtotal" rows, "… requirements" totals."""

    line = "line"
    subtotal = "subtotal"
    total = "total"


class StaffingLevel(StrEnum):
    """Rows of the incumbency table: a category, a group header ("National staff") or a row inside a group."""

    category = "category"
    group = "group"
    subcategory = "subcategory"


class RedeploymentLevel(StrEnum):
    """Rows of the redeployments table: a group, the total, or the printed percentage of redeployment."""

    group = "group"
    total = "total"
    percentage = "percentage"


class ValueStatus(StrEnum):
    """How a printed figure is present: a number, a dash (nil: the number is 0), not applicable, or an empty cell."""

    reported = "reported"
    nil = "nil"
    not_applicable = "not_applicable"
    not_reported = "not_reported"


class OutputStatus(StrEnum):
    """Derived completion status of a planned output."""

    completed = "completed"
    exceeded = "exceeded"
    partially_completed = "partially_completed"
    not_completed = "not_completed"
    not_reported = "not_reported"


class OutputDirection(StrEnum):
    """What the remarks say of the completed quantity against the planned one."""

    lower = "lower"
    higher = "higher"
    mixed = "mixed"


class VarianceDirection(StrEnum):
    """What section IV says the variance is: reduced or increased requirements."""

    reduced = "reduced"
    increased = "increased"


class TargetType(StrEnum):
    """What a COVID-19 annotation is about."""

    output = "output"
    indicator = "indicator"
    financial_category = "financial_category"
    paragraph = "paragraph"
    summary = "summary"
    follow_up = "follow_up"


class Impact(StrEnum):
    """Derived impact class of a COVID-19 statement; the first matching rule wins, in this order."""

    requested = "requested"
    increased_requirements = "increased_requirements"
    decreased_requirements = "decreased_requirements"
    cancelled = "cancelled"
    postponed = "postponed"
    suspended = "suspended"
    delayed = "delayed"
    reduced = "reduced"
    reprioritized = "reprioritized"
    adapted = "adapted"
    maintained = "maintained"
    response = "response"
    affected = "affected"


class CheckUnit(StrEnum):
    """The unit of a check's expected and actual figures."""

    thousands_usd = "thousands_usd"
    percent = "percent"
    count = "count"
