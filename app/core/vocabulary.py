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


class StatusBasis(StrEnum):
    """Which rule decided an output's `status` (the rules of `seed.parser.results.status`, in the order they run).

    - ``yes_no``: the printed Yes/No values alone (only Yes, only No, or a No among delivered parts);
    - ``revised_plan``: the completed figure restates the planned quantity as the approved budget or the actual
      (average) strength rather than counting delivery against it: `completed`, never a shortfall;
    - ``ratio``: one planned quantity against the one completed number counting the same thing;
    - ``quantities``: several planned quantities, each met by its own completed number;
    - ``remarks``: a remark states delivery ("… was implemented") or a delivered number of a planned quantity
      ("However, 78 criminal cases … were monitored") where no printed figure decides;
    - ``direction``: the remarks' "The lower/higher output(s)" (or "number") explanation;
    - ``default``: figures printed with nothing to compare them with and no stated difference: `completed`;
    - ``none``: nothing printed and nothing stated: `not_reported`.
    """

    YES_NO = "yes_no"
    REVISED_PLAN = "revised_plan"
    RATIO = "ratio"
    QUANTITIES = "quantities"
    REMARKS = "remarks"
    DIRECTION = "direction"
    DEFAULT = "default"
    NONE = "none"


class Achievement(StrEnum):
    """Derived achievement of an indicator against its target for the performance period.

    The boolean `achieved` is its view: achieved -> true; not_achieved and partially_achieved -> false;
    unknown -> null."""

    ACHIEVED = "achieved"
    PARTIALLY_ACHIEVED = "partially_achieved"
    NOT_ACHIEVED = "not_achieved"
    UNKNOWN = "unknown"


class AchievedBasis(StrEnum):
    """Which rule decided an indicator's `achievement` (the rules of `seed.parser.results.status`, in order).

    - ``stated_achieved``: the actual opens "Achieved" and nothing qualifies it;
    - ``stated_in_part``: "Achieved", but the explanation says a part was not done or was replaced ("In lieu of
      statements …", "… was deferred"), or the text says only part was done ("not entirely", "Part of …");
    - ``difference``: an explanation of a difference ("The lower/higher …"), read against the target's direction;
    - ``negative``: the text states non-achievement ("No … were", "not adopted", "delayed", "could not" …);
    - ``in_progress``: the work is stated as under way ("is ongoing", "Under implementation", "pending");
    - ``tolerance``: a figure inside or outside the target's "± N" band;
    - ``target``: a figure ("97 per cent", "A total of 3 reports") compared with a numeric target;
    - ``none``: no rule decides: `unknown`.
    """

    STATED_ACHIEVED = "stated_achieved"
    STATED_IN_PART = "stated_in_part"
    DIFFERENCE = "difference"
    NEGATIVE = "negative"
    IN_PROGRESS = "in_progress"
    TOLERANCE = "tolerance"
    TARGET = "target"
    NONE = "none"


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


class CovidBasis(StrEnum):
    """How a COVID-19 annotation's sentence ties its effect to the pandemic: it names it ("COVID-19",
    "pandemic", "coronavirus"), or it states an effect only the pandemic explains in the report's COVID-19
    context without naming it ("to comply with social distancing measures"; the cues in `seed.parser.covid`)."""

    NAMED = "named"
    IMPLIED = "implied"


class CheckUnit(StrEnum):
    """The unit of a check's expected and actual figures."""

    THOUSANDS_USD = "thousands_usd"
    PERCENT = "percent"
    COUNT = "count"


class SearchType(StrEnum):
    """What a search hit is (and what `/v1/search?types=` names)."""

    OUTPUT = "output"
    INDICATOR = "indicator"
    VARIANCE = "variance"
    PARAGRAPH = "paragraph"


class PrintedTableRole(StrEnum):
    """What a table kept as printed is (`/printed-tables`), in the order the parser keeps them."""

    LEGISLATIVE_HISTORY = "legislative_history"
    STAFFING_CHANGES = "staffing_changes"
    EFFICIENCY_GAINS = "efficiency_gains"
    BORROWING = "borrowing"
    AIR_OPERATIONS = "air_operations"
    PROGRAMMATIC_ACTIVITIES = "programmatic_activities"
    QUICK_IMPACT_PROJECTS = "quick_impact_projects"


class BudgetStage(StrEnum):
    """The stages of a period's budget the report's introduction recounts, in order."""

    PROPOSED = "proposed"
    RECOMMENDED = "recommended"
    APPROPRIATED = "appropriated"
