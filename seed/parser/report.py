"""The whole report as typed records: `parse_report(text)` is pure and raises ParseError naming section and line."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from seed.parser.actions import (
    BudgetHistory,
    FollowUp,
    GeneralAssemblyActions,
    parse_actions,
    parse_budget_history,
    parse_follow_up,
)
from seed.parser.annotations import annotate_report
from seed.parser.covid import CovidAnnotation
from seed.parser.financial import FinancialRow, parse_financial, parse_headline_financial
from seed.parser.front import FrontMatter, parse_front
from seed.parser.lines import Document
from seed.parser.paragraphs import Paragraph, SummaryParagraph, parse_paragraphs, parse_summary
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
from seed.parser.variances import VarianceAnalysis, parse_variances


@dataclass(frozen=True)
class ParsedReport:
    front: FrontMatter
    financial: tuple[FinancialRow, ...]
    headline_financial: tuple[FinancialRow, ...]
    staffing: StaffingTable
    redeployments: Redeployments
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


def parse_report(text: str, errata: Sequence[Erratum] = ()) -> ParsedReport:
    doc = Document(text)
    equipment, factors = parse_equipment(doc)
    results = parse_results(doc, errata)
    paragraphs = parse_paragraphs(doc)
    summary = parse_summary(doc)
    variances = parse_variances(doc, paragraphs)
    follow_up = parse_follow_up(doc)
    return ParsedReport(
        front=parse_front(doc),
        financial=parse_financial(doc),
        headline_financial=parse_headline_financial(doc),
        staffing=parse_staffing(doc),
        redeployments=parse_redeployments(doc),
        other_revenue=parse_other_revenue(doc),
        equipment=equipment,
        mission_factors=factors,
        non_budgeted=parse_non_budgeted(doc),
        results=results,
        paragraphs=paragraphs,
        summary=summary,
        variances=variances,
        actions=parse_actions(doc, paragraphs),
        budget_history=parse_budget_history(doc, paragraphs),
        follow_up=follow_up,
        covid=annotate_report(
            results=results, paragraphs=paragraphs, variances=variances, summary=summary, follow_up=follow_up
        ),
        line_count=len(doc),
    )
