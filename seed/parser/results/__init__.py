"""Results-based budgeting frameworks (section II.F) of A/75/623 as records."""

from seed.parser.results.parse import Erratum, coverage, errata_from_json, parse_results, record_lines
from seed.parser.results.records import (
    Completed,
    Component,
    ExpectedAccomplishment,
    Indicator,
    Output,
    PlannedQuantity,
    ResultsFramework,
    Target,
)

__all__ = [
    "Completed",
    "Component",
    "Erratum",
    "ExpectedAccomplishment",
    "Indicator",
    "Output",
    "PlannedQuantity",
    "ResultsFramework",
    "Target",
    "coverage",
    "errata_from_json",
    "parse_results",
    "record_lines",
]
