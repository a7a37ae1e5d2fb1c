"""Results-based budgeting frameworks: components, expected accomplishments, indicators, outputs."""

from __future__ import annotations

from pydantic import BaseModel, Field

from app.core.vocabulary import (
    AchievedBasis,
    Achievement,
    Impact,
    OutputDirection,
    OutputStatus,
    StatusBasis,
    ValueStatus,
)
from app.schemas.common import Row


class TargetPublic(BaseModel):
    period: str = Field(description='Budget period as printed ("2019/20")')
    series: str | None = Field(description="Series name where an indicator prints several (police, gendarmerie …)")
    value_text: str = Field(description="As printed")
    value: float | None
    unit: str | None
    value_status: ValueStatus


class CompletedPublic(BaseModel):
    value_text: str = Field(description='As printed ("1,267", "Yes")')
    value: float | None = Field(description="The number, or null")
    yes_no: bool | None = Field(description="True/false for a printed Yes/No, else null")
    unit: str | None
    value_status: ValueStatus = Field(
        description="`not_reported` where the completed cell prints no figure, only a unit or remark"
    )


class PlannedQuantityPublic(BaseModel):
    value_text: str
    value: float
    unit: str


class CovidNotePublic(BaseModel):
    id: str
    excerpt: str
    impact: Impact


class ComponentPublic(Row):
    number: int
    title: str
    paragraphs: list[int] = Field(description="Numbered narrative paragraphs under the component heading")
    external_factors: list[str] = Field(description="The external factors printed for the component (combined reports)")
    expected_accomplishments: list[str]


class NarrativeParagraphPublic(BaseModel):
    number: int
    text: str
    url: str


class ComponentDetailPublic(ComponentPublic):
    narrative: list[NarrativeParagraphPublic] = Field(description="The paragraphs printed under the component heading")


class ExpectedAccomplishmentPublic(Row):
    id: str = Field(description='As printed ("2.1")')
    component: int
    title: str
    indicator_count: int
    output_count: int


class ExpectedAccomplishmentDetailPublic(ExpectedAccomplishmentPublic):
    indicators: list[str] = Field(description="Indicator ids, in document order")
    outputs: list[str] = Field(description="Output ids, in document order")


class IndicatorPublic(Row):
    id: str = Field(description='"{ea_id}.i{n}", n counting from 1 in document order')
    expected_accomplishment: str
    component: int
    planned_text: str
    targets: list[TargetPublic]
    actual_text: str
    actual_value: float | None = Field(
        description="Derived from the printed `actual_text` where it holds exactly one figure (years, dates and "
        'references aside): its number, a scale word applied ("$1.2 million" → 1200000); null otherwise'
    )
    actual_unit: str | None = Field(
        description='Derived with `actual_value`: `per cent` ("85 per cent", "85%"), `USD` ("$1.2 million"), '
        'else the printed words naming what is counted ("12 workshops" → "workshops"); null where no figure, '
        "several figures, or a bare number"
    )
    achieved: bool | None = Field(
        description="Derived: the boolean view of `achievement` (achieved → true; partially_achieved and "
        "not_achieved → false; unknown → null)"
    )
    achievement: Achievement = Field(
        description="Derived from the actual text and explanation against the performance period's target"
    )
    achieved_basis: AchievedBasis = Field(
        description="The rule that decided `achievement` (and so `achieved`): stated_achieved, stated_in_part, "
        "difference, negative, in_progress, tolerance, target; none where no rule decides"
    )
    explanation: str | None = Field(description="The text explaining a difference from the target")
    covid_affected: bool = Field(description="Derived: the texts attribute something to COVID-19")


class IndicatorDetailPublic(IndicatorPublic):
    covid_annotations: list[CovidNotePublic]


class OutputPublic(Row):
    id: str = Field(description='"{ea_id}.o{n}", n counting from 1 in document order')
    expected_accomplishment: str
    component: int
    subgroup: str | None = Field(description='Support sub-heading in component 5 ("Aviation services")')
    planned_text: str
    planned_quantities: list[PlannedQuantityPublic] = Field(description="Quantities the planned text states")
    completed: list[CompletedPublic] = Field(description="Every completed entry, in printed order")
    remarks: str | None = Field(description="As printed; separate remarks of one cell on separate lines")
    direction: OutputDirection | None = Field(description="As the remarks state")
    status: OutputStatus = Field(
        description="Derived: yes → completed, no → not_completed; a figure restating the plan as approved or "
        "staffed → completed; with a completion ratio: >1 exceeded, 1 completed, between 0 and 1 "
        "partially_completed, 0 not_completed; otherwise by direction (higher → exceeded, lower or mixed → "
        "partially_completed, none → completed); nothing printed → completed or not_completed as a remark "
        "states, else not_reported. `status_basis` names the rule"
    )
    status_basis: StatusBasis = Field(
        description="The rule that decided `status`: yes_no, revised_plan (the figure restates the plan as approved "
        "or staffed), ratio, quantities, remarks (a remark states delivery), direction, default; none where nothing "
        "is printed or stated"
    )
    completion_ratio: float | None = Field(
        description="Derived: completed ÷ planned, where one planned quantity meets one completed value of its kind"
    )
    covid_affected: bool = Field(description="Derived: the planned text or remarks attribute something to COVID-19")


class OutputDetailPublic(OutputPublic):
    covid_annotations: list[CovidNotePublic]
