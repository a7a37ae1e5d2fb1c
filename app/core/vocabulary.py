"""Every closed vocabulary of the dataset, written once.

Parser records, table columns (with CHECK constraints), response schemas and query parameters all use
these enums, so a value is spelled in one place and the OpenAPI document names one component per vocabulary.
Member names are upper case: lower-case names would hide `str` methods (`lower`, `count`) on the values.
"""

from __future__ import annotations

from enum import StrEnum


class ReportKind(StrEnum):
    """The layout family: a standalone budget performance report, or the combined report of one period's
    performance and a later period's budget (from the eightieth session on)."""

    PERFORMANCE = "performance"
    PERFORMANCE_AND_BUDGET = "performance_and_budget"


class FinancialLevel(StrEnum):
    """Rows of an amounts table: lines inside a group, "Subtotal" rows, "… requirements" totals."""

    LINE = "line"
    SUBTOTAL = "subtotal"
    TOTAL = "total"


class StaffingLevel(StrEnum):
    """Rows of the incumbency table: a category, a group header ("National staff") or a row inside a group."""

    CATEGORY = "category"
    GROUP = "group"
    SUBCATEGORY = "subcategory"


class RedeploymentLevel(StrEnum):
    """Rows of the redeployments table: a group, the total, or the printed percentage of redeployment."""

    GROUP = "group"
    TOTAL = "total"
    PERCENTAGE = "percentage"


class ValueStatus(StrEnum):
    """How a printed figure is present: a number, a dash (nil: the number is 0), not applicable, or an empty cell."""

    REPORTED = "reported"
    NIL = "nil"
    NOT_APPLICABLE = "not_applicable"
    NOT_REPORTED = "not_reported"


class OutputStatus(StrEnum):
    """Derived completion status of a planned output."""

    COMPLETED = "completed"
    EXCEEDED = "exceeded"
    PARTIALLY_COMPLETED = "partially_completed"
    NOT_COMPLETED = "not_completed"
    NOT_REPORTED = "not_reported"


class OutputDirection(StrEnum):
    """What the remarks say of the completed quantity against the planned one."""

    LOWER = "lower"
    HIGHER = "higher"
    MIXED = "mixed"


class VarianceDirection(StrEnum):
    """What section IV says the variance is: reduced or increased requirements."""

    REDUCED = "reduced"
    INCREASED = "increased"


class TargetType(StrEnum):
    """What a COVID-19 annotation is about."""

    OUTPUT = "output"
    INDICATOR = "indicator"
    FINANCIAL_CATEGORY = "financial_category"
    PARAGRAPH = "paragraph"
    SUMMARY = "summary"
    FOLLOW_UP = "follow_up"


class Impact(StrEnum):
    """Derived impact class of a COVID-19 statement; the first matching rule wins, in this order."""

    REQUESTED = "requested"
    INCREASED_REQUIREMENTS = "increased_requirements"
    DECREASED_REQUIREMENTS = "decreased_requirements"
    CANCELLED = "cancelled"
    POSTPONED = "postponed"
    SUSPENDED = "suspended"
    DELAYED = "delayed"
    REDUCED = "reduced"
    REPRIORITIZED = "reprioritized"
    ADAPTED = "adapted"
    MAINTAINED = "maintained"
    RESPONSE = "response"
    AFFECTED = "affected"


class CheckUnit(StrEnum):
    """The unit of a check's expected and actual figures."""

    THOUSANDS_USD = "thousands_usd"
    PERCENT = "percent"
    COUNT = "count"
