"""Results-based budgeting frameworks as records: components, expected accomplishments, indicators, outputs."""

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
