"""Records of the results-based budgeting frameworks; field names are served by the API."""

from __future__ import annotations

from dataclasses import dataclass

from app.core.vocabulary import AchievedBasis, Achievement, OutputDirection, OutputStatus, StatusBasis, ValueStatus
from seed.parser.spans import SourceSpan


@dataclass(frozen=True)
class Component:
    number: int
    title: str
    paragraphs: tuple[int, ...]
    source: SourceSpan
    # The assumptions the component's results rest on, one entry a printed paragraph: the combined layout prints
    # them under its table ("External factors"); the performance reports print none.
    external_factors: tuple[str, ...] = ()


@dataclass(frozen=True)
class ExpectedAccomplishment:
    id: str
    component: int
    title: str
    source: SourceSpan


@dataclass(frozen=True)
class Target:
    period: str
    series: str | None
    value_text: str
    value: float | None
    unit: str | None
    value_status: ValueStatus  # reported, not_applicable or not_reported


@dataclass(frozen=True)
class ActualFigure:
    """The one figure an indicator's actual holds (`seed.parser.results.quantities.actual_figure`)."""

    value: float
    unit: str | None


@dataclass(frozen=True)
class Indicator:
    id: str
    expected_accomplishment: str
    number: int
    planned_text: str
    targets: tuple[Target, ...]
    actual_text: str
    achieved: bool | None
    explanation: str | None
    covid_affected: bool
    source: SourceSpan
    # `achieved` is the boolean view of `achievement`; the basis names the rule that decided it
    # (`seed.parser.results.status`). Layouts that derive no achievement leave both unknown.
    achievement: Achievement = Achievement.UNKNOWN
    achieved_basis: AchievedBasis = AchievedBasis.NONE


@dataclass(frozen=True)
class Completed:
    value_text: str
    value: float | None
    yes_no: bool | None
    unit: str | None


@dataclass(frozen=True)
class PlannedQuantity:
    value_text: str
    value: float
    unit: str


@dataclass(frozen=True)
class Output:
    id: str
    expected_accomplishment: str
    component: int
    number: int
    subgroup: str | None
    planned_text: str
    planned_quantities: tuple[PlannedQuantity, ...]
    completed: tuple[Completed, ...]
    remarks: str | None
    direction: OutputDirection | None
    status: OutputStatus
    completion_ratio: float | None
    covid_affected: bool
    source: SourceSpan
    status_basis: StatusBasis  # the rule that decided `status` (`seed.parser.results.status`)


@dataclass(frozen=True)
class ResultsFramework:
    components: tuple[Component, ...]
    expected_accomplishments: tuple[ExpectedAccomplishment, ...]
    indicators: tuple[Indicator, ...]
    outputs: tuple[Output, ...]
    skipped_lines: tuple[int, ...]
    # Numbered paragraphs the section prints after its tables ("Evaluation activities" in the combined layout).
    evaluation_paragraphs: tuple[int, ...] = ()
