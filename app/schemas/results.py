"""Results-based budgeting frameworks: components, expected accomplishments, indicators, outputs."""

from __future__ import annotations

from pydantic import BaseModel

from app.core.vocabulary import (
    AchievedBasis,
    Achievement,
    OutputDirection,
    OutputStatus,
    StatusBasis,
    ValueStatus,
)
from app.schemas.common import Row
from app.schemas.fields import Unit, derived, identifier, link, printed
from app.schemas.narrative import CovidAnnotationPublic


class TargetPublic(BaseModel):
    period: str = printed('Budget period the target is for, as printed ("2019/20")')
    series: str | None = printed(
        "Series name where an indicator prints several (police, gendarmerie …); null where it prints one"
    )
    value_text: str = printed('The target as printed ("≥ 90 per cent", "150")')
    value: float | None = printed("The target's leading number, read from `value_text`; null where it has none")
    unit: str | None = printed('The words after the number ("per cent", "reports"); null for a bare number')
    value_status: ValueStatus = printed("How the target is present: a figure, a dash, not applicable or empty")


class CompletedPublic(BaseModel):
    value_text: str = printed('The completed cell as printed ("1,267", "Yes")')
    value: float | None = printed("The number of `value_text`, or null (Yes/No, no figure)")
    yes_no: bool | None = printed("True/false for a printed Yes/No, else null")
    unit: str | None = printed('What the number counts, as printed beside it ("Workshops"); null where none')
    value_status: ValueStatus = printed(
        "How the value is present; `not_reported` where the completed cell prints no figure, only a unit or remark"
    )


class PlannedQuantityPublic(BaseModel):
    value_text: str = printed('The quantity as the planned text states it ("16 workshops")')
    value: float = printed("Its number, read from `value_text`")
    unit: str = printed('What it counts, as printed ("workshops")')


class ComponentPublic(Row):
    number: int = printed("The component's number (1 … 5), as printed")
    title: str = printed("The component's title, as printed")
    paragraphs: list[int] = printed("Numbers of the narrative paragraphs under the component heading")
    external_factors: list[str] = printed("The external factors printed for the component (combined reports)")
    expected_accomplishments: list[str] = identifier("Ids of its expected accomplishments, in printed order")


class NarrativeParagraphPublic(BaseModel):
    number: int = printed("The paragraph's printed number")
    text: str = printed("The paragraph's text")
    url: str = link("The paragraph's URL")


class ComponentDetailPublic(ComponentPublic):
    narrative: list[NarrativeParagraphPublic] = printed("The paragraphs printed under the component heading")


class ExpectedAccomplishmentPublic(Row):
    id: str = identifier('As printed ("2.1")')
    component: int = printed("The component number it belongs to")
    title: str = printed("The expected accomplishment, as printed")
    indicator_count: int = derived("Indicators of achievement", "count of its indicators", Unit.COUNT)
    output_count: int = derived("Planned outputs", "count of its outputs", Unit.COUNT)


class ExpectedAccomplishmentDetailPublic(ExpectedAccomplishmentPublic):
    indicators: list[str] = identifier("Indicator ids, in document order")
    outputs: list[str] = identifier("Output ids, in document order")


class IndicatorPublic(Row):
    id: str = identifier('"{ea_id}.i{n}", n counting from 1 in document order')
    expected_accomplishment: str = identifier('The expected accomplishment it measures ("2.1")')
    component: int = printed("The component number it belongs to")
    planned_text: str = printed("The indicator of achievement as planned, as printed")
    targets: list[TargetPublic] = printed("Targets by period (and series), in printed order")
    actual_text: str = printed("The actual performance, as printed")
    actual_value: float | None = derived(
        "The one figure the printed actual holds",
        "the `actual_text` where it holds exactly one figure (years, dates and references aside), a scale word "
        'applied ("$1.2 million" → 1200000); null otherwise',
    )
    actual_unit: str | None = derived(
        "The unit of `actual_value`",
        '`per cent` ("85 per cent", "85%"), `USD` ("$1.2 million"), else the printed words naming what is counted '
        '("12 workshops" → "workshops"); null where no figure, several figures, or a bare number',
    )
    achieved: bool | None = derived(
        "Whether the indicator was achieved",
        "the boolean view of `achievement` (achieved → true; partially_achieved and not_achieved → false; "
        "unknown → null)",
    )
    achievement: Achievement = derived(
        "Achievement against the performance period's target",
        "the actual text and explanation read against the target, by the rule `achieved_basis` names",
    )
    achieved_basis: AchievedBasis = derived(
        "The rule that decided `achievement` (and so `achieved`)",
        "stated_achieved, stated_in_part, difference, negative, in_progress, tolerance, target; none where no "
        "rule decides",
    )
    explanation: str | None = printed("The text explaining a difference from the target; null where none")
    covid_affected: bool = derived(
        "Whether COVID-19 affected it", "the indicator's texts attribute something to COVID-19"
    )


class IndicatorDetailPublic(IndicatorPublic):
    covid_annotations: list[CovidAnnotationPublic] = derived(
        "The COVID-19 statements about this indicator", "the rows of `/covid-annotations` that target it"
    )


class OutputPublic(Row):
    id: str = identifier('"{ea_id}.o{n}", n counting from 1 in document order')
    expected_accomplishment: str = identifier('The expected accomplishment it serves ("2.1")')
    component: int = printed("The component number it belongs to")
    subgroup: str | None = printed('Support sub-heading in component 5 ("Aviation services"); null elsewhere')
    planned_text: str = printed("The planned output, as printed")
    planned_quantities: list[PlannedQuantityPublic] = printed("Quantities the planned text states")
    completed: list[CompletedPublic] = printed("Every completed entry, in printed order")
    remarks: str | None = printed("Remarks as printed; separate remarks of one cell on separate lines")
    direction: OutputDirection | None = printed(
        'What the remarks say of the completed quantity ("The lower/higher output …"); null where they say none'
    )
    status: OutputStatus = derived(
        "Completion status",
        "yes → completed, no → not_completed; a figure restating the plan as approved or staffed → completed; "
        "with a completion ratio: >1 exceeded, 1 completed, between 0 and 1 partially_completed, 0 "
        "not_completed; otherwise by direction (higher → exceeded, lower or mixed → partially_completed, none → "
        "completed); nothing printed → completed or not_completed as a remark states, else not_reported. "
        "`status_basis` names the rule",
    )
    status_basis: StatusBasis = derived(
        "The rule that decided `status`",
        "yes_no, revised_plan (the figure restates the plan as approved or staffed), ratio, quantities, remarks "
        "(a remark states delivery), direction, default; none where nothing is printed or stated",
    )
    completion_ratio: float | None = derived(
        "Completed against planned",
        "completed ÷ planned, where one planned quantity meets one completed value of its kind; else null",
    )
    covid_affected: bool = derived(
        "Whether COVID-19 affected it", "the planned text or remarks attribute something to COVID-19"
    )


class OutputDetailPublic(OutputPublic):
    covid_annotations: list[CovidAnnotationPublic] = derived(
        "The COVID-19 statements about this output", "the rows of `/covid-annotations` that target it"
    )
