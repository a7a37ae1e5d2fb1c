"""Each section's role comes from its title in the table of contents, whatever its number."""

from __future__ import annotations

import ast
import re
from pathlib import Path

import pytest

from seed.checks import check_report
from seed.parser.front import parse_front
from seed.parser.layout import Role, read_layout
from seed.parser.lines import Document
from seed.parser.report import parse_report
from seed.parser.spans import ParseError


def _text(contents: list[str]) -> str:
    """A report skeleton: a table of contents, the summary and each listed heading in order."""
    entries = [f"{title}\t1" for title in contents]
    return "\n\n".join(["Contents", "\n".join(entries), "Summary", "Prose.", *contents])


def test_roles_of_a_75_623(report_text: str) -> None:
    layout = read_layout(Document(report_text))
    assert layout.roles == {
        Role.SUMMARY: "Summary",
        Role.INTRODUCTION: "I",
        Role.FRAMEWORKS: "II.F",
        Role.FINANCIAL_RESOURCES: "III.A",
        Role.REDEPLOYMENTS: "III.B",
        Role.EXPENDITURE_PATTERN: "III.C",
        Role.OTHER_REVENUE: "III.D",
        Role.EQUIPMENT: "III.E",
        Role.NON_BUDGETED: "III.F",
        Role.VARIANCES: "IV",
        Role.ACTIONS: "V",
        Role.FOLLOW_UP: "VI",
    }
    assert not layout.has(Role.UNENCUMBERED_BALANCE)
    with pytest.raises(ParseError, match="no unencumbered balance section"):
        layout.path(Role.UNENCUMBERED_BALANCE)


def test_a_combined_report_gives_its_roles_to_the_most_specific_sections() -> None:
    # A/80/596's contents (shortened): "II. Financial resources" holds "A. Overall", which prints the table.
    layout = read_layout(
        Document(
            _text(
                [
                    "I. Mandate, results achieved and planned outcome",
                    "A. Mandate",
                    "B. Results-based budgeting frameworks",
                    "II. Financial resources",
                    "A. Overall",
                    "B. Non-budgeted contributions",
                    "C. Unencumbered balance",
                    "D. Cancellation of prior-period obligations",
                    "III. Analysis of variances",
                ]
            )
        )
    )
    assert layout.roles == {
        Role.SUMMARY: "Summary",
        Role.FRAMEWORKS: "I.B",
        Role.FINANCIAL_RESOURCES: "II.A",
        Role.NON_BUDGETED: "II.B",
        Role.UNENCUMBERED_BALANCE: "II.C",
        Role.CANCELLED_COMMITMENTS: "II.D",
        Role.VARIANCES: "III",
    }
    assert layout.first_numbered.path == "I"


def test_two_sections_with_one_role_are_an_error() -> None:
    with pytest.raises(ParseError, match="two sections play the role variances: II and III"):
        read_layout(Document(_text(["I. Introduction", "II. Analysis of variances", "III. Analysis of variances"])))


def test_a_75_623_prints_no_symbol_and_runs_its_own_check_families(report_text: str) -> None:
    assert parse_front(Document(report_text)).symbol is None
    results = check_report(parse_report(report_text))
    assert results.checks_skipped == ("unencumbered_balance", "cancelled_commitments", "financial_position")
    assert "redeployments" in results.checks_run


# Words of one report that parser code must not hold as literals: its periods, places, mission and symbols.
_FACTS = re.compile(r"\b(?:19|20)\d\d/\d\d\b|\bMal(?:i|ian)\b|MINUSMA|Bamako|\bGao\b|Kidal|Timbuktu|\bA/\d+/\d+")


def _literals(path: Path) -> list[tuple[int, str]]:
    """The string literals of a module, docstrings left out (they may cite a report as an example)."""
    tree = ast.parse(path.read_text(encoding="utf-8"))
    docstrings = {
        id(node.body[0].value)
        for node in ast.walk(tree)
        if isinstance(node, ast.Module | ast.ClassDef | ast.FunctionDef)
        and node.body
        and isinstance(node.body[0], ast.Expr)
        and isinstance(node.body[0].value, ast.Constant)
    }
    return [
        (node.lineno, node.value)
        for node in ast.walk(tree)
        if isinstance(node, ast.Constant) and isinstance(node.value, str) and id(node) not in docstrings
    ]


def test_parser_code_holds_no_fact_of_one_report() -> None:
    parser = Path(__file__).resolve().parents[2] / "seed" / "parser"
    found = [
        f"{path.name}:{line}: {text[:60]!r}"
        for path in sorted(parser.rglob("*.py"))
        for line, text in _literals(path)
        if _FACTS.search(text)
    ]
    assert found == []
