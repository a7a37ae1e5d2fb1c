"""The whole report as typed records: `parse_report(text)` is pure and raises ParseError naming section and line."""

from __future__ import annotations

from dataclasses import dataclass

from seed.parser.financial import FinancialRow, parse_financial, parse_headline_financial
from seed.parser.front import FrontMatter, parse_front
from seed.parser.lines import Document
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
    line_count: int


def parse_report(text: str) -> ParsedReport:
    doc = Document(text)
    equipment, factors = parse_equipment(doc)
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
        line_count=len(doc),
    )
