"""The vocabularies the parser spells as text are the enums the contract serves."""

from __future__ import annotations

from app.core.vocabulary import BudgetStage, PrintedTableRole, SearchType
from app.queries.search import SEARCH_TYPES
from seed.parser import actions, printed_tables


def test_printed_table_roles_are_the_tables_the_parser_keeps() -> None:
    assert [kept.role for kept in printed_tables._KEPT] == list(PrintedTableRole)


def test_budget_stages_are_the_stages_the_parser_reads() -> None:
    assert [stage for stage, _ in actions._STAGES] == list(BudgetStage)


def test_search_types_are_the_enum() -> None:
    assert SEARCH_TYPES == tuple(SearchType) == ("output", "indicator", "variance", "paragraph")
