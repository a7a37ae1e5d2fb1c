"""The whole report as typed records: `parse_report(text)` is pure and raises ParseError naming section and line.

The title page must state a performance period (else the text is refused as not a budget performance
report); the table of contents then gives the layout, each section's role, and each section parser runs
on the section playing its role. A role the report does not print leaves its records empty (or None).
Every section must be complete (`seed.parser.completeness`): a text cut short is refused, not loaded in part.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import TypeVar

from seed.parser.actions import (
    BudgetHistory,
    GeneralAssemblyActions,
    parse_actions,
    parse_budget_history,
)
from seed.parser.annotations import annotate_report
from seed.parser.completeness import check_complete
from seed.parser.component_staffing import ComponentStaffingRow, parse_staffing_by_component
from seed.parser.covid import CovidAnnotation
from seed.parser.financial import FinancialRow, parse_financial, parse_headline_financial
from seed.parser.followup import FollowUp, parse_follow_up
from seed.parser.front import FrontMatter, parse_front, read_title_page
from seed.parser.layout import Layout, Role, read_layout
from seed.parser.lines import Document
from seed.parser.paragraphs import Paragraph, SummaryParagraph, parse_paragraphs, parse_summary
from seed.parser.period_tables import PeriodAmountRow, parse_cancelled_commitments, parse_unencumbered_balance
from seed.parser.position import parse_financial_position
from seed.parser.printed_tables import PrintedTable, parse_printed_tables
from seed.parser.results import Erratum, ResultsFramework, parse_results
from seed.parser.staffing import StaffingTable, parse_staffing
from seed.parser.tables import (
    AmountRow,
    MissionFactor,
    Redeployments,
    parse_equipment,
    parse_non_budgeted,
    parse_other_revenue,
    parse_redeployments,
)
from seed.parser.vacancy import VacancyFactorRow, parse_vacancy_factors
from seed.parser.variances import VarianceAnalysis, parse_variances

T = TypeVar("T")


@dataclass(frozen=True)
class ParsedReport:
    front: FrontMatter
    financial: tuple[FinancialRow, ...]
    headline_financial: tuple[FinancialRow, ...]
    staffing: StaffingTable
    redeployments: Redeployments | None  # None where the report prints no redeployments section
    other_revenue: tuple[AmountRow, ...]
    equipment: tuple[AmountRow, ...]
    mission_factors: tuple[MissionFactor, ...]
    non_budgeted: tuple[AmountRow, ...]
    results: ResultsFramework
    paragraphs: tuple[Paragraph, ...]
    summary: tuple[SummaryParagraph, ...]
    variances: VarianceAnalysis
    actions: GeneralAssemblyActions
    budget_history: BudgetHistory
    follow_up: tuple[FollowUp, ...]
    covid: tuple[CovidAnnotation, ...]
    line_count: int
    unencumbered_balance: tuple[PeriodAmountRow, ...]
    cancelled_commitments: tuple[PeriodAmountRow, ...]
    financial_position: tuple[AmountRow, ...]
    roles: dict[Role, str]  # the section path playing each role the report prints
    vacancy_factors: tuple[VacancyFactorRow, ...] = ()  # a combined report's vacancy factors
    printed_tables: tuple[PrintedTable, ...] = ()  # tables kept as printed (`seed.parser.printed_tables`)
    component_staffing: tuple[ComponentStaffingRow, ...] = ()  # a combined report's staffing by component: the
    # summary's blocks (block "Summary"), then section I.E's tables


def _when(layout: Layout, role: Role, parse: Callable[[Layout], T], absent: T) -> T:
    """A section parser's records, or `absent` when the report has no section playing its role."""
    return parse(layout) if layout.has(role) else absent


def parse_report(text: str, errata: Sequence[Erratum] = ()) -> ParsedReport:
    page = read_title_page(text.split("\n"))
    doc = Document(text)
    layout = read_layout(doc)
    front = parse_front(doc, page)
    no_equipment: tuple[tuple[AmountRow, ...], tuple[MissionFactor, ...]] = ((), ())
    equipment, factors = _when(layout, Role.EQUIPMENT, parse_equipment, no_equipment)
    results = parse_results(layout, front.period, errata)
    paragraphs = parse_paragraphs(layout)
    summary = parse_summary(layout)
    variances = parse_variances(layout, paragraphs)
    follow_up = parse_follow_up(layout)
    parsed = ParsedReport(
        front=front,
        financial=parse_financial(layout),
        headline_financial=parse_headline_financial(layout),
        staffing=parse_staffing(layout),
        redeployments=_when(layout, Role.REDEPLOYMENTS, parse_redeployments, None),
        other_revenue=_when(layout, Role.OTHER_REVENUE, parse_other_revenue, ()),
        equipment=equipment,
        mission_factors=factors,
        non_budgeted=_when(layout, Role.NON_BUDGETED, parse_non_budgeted, ()),
        results=results,
        paragraphs=paragraphs,
        summary=summary,
        variances=variances,
        actions=parse_actions(layout, paragraphs),
        budget_history=parse_budget_history(layout, paragraphs),
        follow_up=follow_up,
        covid=annotate_report(
            results=results,
            paragraphs=paragraphs,
            variances=variances,
            summary=summary,
            follow_up=follow_up,
            lines=doc.lines,
            period_end=front.period_end,
        ),
        line_count=len(doc),
        unencumbered_balance=_when(layout, Role.UNENCUMBERED_BALANCE, parse_unencumbered_balance, ()),
        cancelled_commitments=_when(layout, Role.CANCELLED_COMMITMENTS, parse_cancelled_commitments, ()),
        financial_position=_when(layout, Role.FINANCIAL_POSITION, parse_financial_position, ()),
        roles=dict(layout.roles),
        vacancy_factors=_when(layout, Role.VACANCY_FACTORS, parse_vacancy_factors, ()),
        printed_tables=parse_printed_tables(layout),
        component_staffing=_when(layout, Role.HUMAN_RESOURCES, parse_staffing_by_component, ()),
    )
    # After the section parsers, whose refusals say more about a section they cannot read.
    check_complete(doc)
    return parsed
