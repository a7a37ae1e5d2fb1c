"""The human resources tables by component of the combined reports (section I.E), against the transcriptions."""

from __future__ import annotations

import re
from typing import Any

import pytest

from app.core.vocabulary import StaffingLevel, ValueStatus
from seed.parser.component_staffing import (
    SUMMARY_BLOCK,
    ComponentStaffingRow,
    parse_component_staffing,
    parse_summary_components,
)
from tests.seed.combined import COMBINED, data, layout_of

_STAGE_ROW = re.compile(r"^(?:Approved|Actual|Proposed|Net change)\b")
_STAGES = ("approved", "actual", "approved_next", "proposed", "net_change")


def _stage_rows(rows: list[dict[str, Any]]) -> list[list[str]]:
    return [[v for v in row["values"] if v] for row in rows if _STAGE_ROW.match(row["name"])]


def _transcribed(symbol: str) -> list[list[str]]:
    """Every stage row of the component tables, in printed order: its printed figures."""
    found = []
    for table in data(symbol, "staffing")["tables"]:
        if "ummary" in table.get("label", "") + table.get("id", ""):
            continue
        for part in table.get("blocks") or [table]:
            found.extend(_stage_rows(part.get("rows", [])))
    return found


def _parsed(rows: tuple[ComponentStaffingRow, ...]) -> list[list[str]]:
    blocks: dict[tuple[str, str], list[ComponentStaffingRow]] = {}
    for row in rows:
        blocks.setdefault((row.component, row.block), []).append(row)
    found = []
    for block in blocks.values():
        for stage in _STAGES:
            printed = [getattr(row, stage).text for row in block if getattr(row, stage).text]
            if printed:
                found.append(printed)
    return found


@pytest.mark.parametrize("symbol", COMBINED)
def test_every_stage_row_of_the_component_tables(symbol: str) -> None:
    assert _parsed(parse_component_staffing(layout_of(symbol))) == _transcribed(symbol)


def test_components_blocks_and_categories() -> None:
    rows = parse_component_staffing(layout_of("A/80/621"))
    components = list(dict.fromkeys(row.component for row in rows))
    assert components[:2] == ["Executive direction and management", "Component 1: protection of civilians"]
    first = [r for r in rows if r.component == components[1]]
    assert list(dict.fromkeys(r.block for r in first)) == [
        "I. Military observers",
        "II. Military contingents",
        "III. United Nations police",
        "IV. Formed police units",
        "V. Civilian staff, posts",
        "Total (I–V)",
    ]
    officers = next(r for r in first if r.block == "V. Civilian staff, posts" and r.name == "P-5–P-4")
    assert (officers.group, officers.level, officers.slug) == (
        "International staff",
        StaffingLevel.SUBCATEGORY,
        "v-civilian-staff-posts-p-5-p-4",
    )
    assert [officers.approved.text, officers.actual.text, officers.approved_next.text, officers.proposed.text] == [
        "39",
        "35",
        "39",
        "34",
    ]
    assert officers.net_change.text == "(5)"
    total = next(r for r in first if r.block == "Total (I–V)" and r.name == "Total")
    assert (total.level, total.group, total.proposed.text) == (StaffingLevel.CATEGORY, None, "19 395")
    unv = next(r for r in first if r.block == "V. Civilian staff, posts" and r.group == "UNV" and r.name == "Subtotal")
    assert unv.level == StaffingLevel.GROUP
    assert len({(r.component, r.slug) for r in rows}) == len(rows)


def test_a_group_printed_over_no_category_is_a_category() -> None:
    # Component 3 of A/80/623 prints "Total" in the group row, over no category of its own.
    rows = [r for r in parse_component_staffing(layout_of("A/80/623")) if r.component.startswith("Component 3")]
    civilian = [r for r in rows if r.block == "II. Civilian staff, posts"]
    assert [r.name for r in civilian][-4:] == ["Inter-national", "National", "Subtotal", "Total"]
    assert civilian[-1].group is None


def _summary_blocks(symbol: str) -> list[list[str]]:
    """The transcription's summary table: every stage row of every block but the total's."""
    tables = [t for t in data(symbol, "staffing")["tables"] if "ummary" in t.get("label", "") + t.get("id", "")]
    found, block = [], ""
    for table in tables:
        for row in table["rows"]:
            if row.get("is_group_heading") or row.get("heading"):
                block = row["name"]
            elif block != "Total" and _STAGE_ROW.match(row["name"]):
                found.append([v for v in row["values"] if v])
    return found


@pytest.mark.parametrize("symbol", COMBINED)
def test_the_summary_table_by_component(symbol: str) -> None:
    rows = parse_summary_components(layout_of(symbol))
    assert {row.block for row in rows} == {SUMMARY_BLOCK}
    assert _parsed(rows) == _summary_blocks(symbol)


def test_a_component_of_the_summary_may_print_the_performance_period_only() -> None:
    tenants = [r for r in parse_summary_components(layout_of("A/80/605")) if r.component == "Tenant units"]
    total = tenants[-1]
    assert (total.name, total.approved.text, total.actual.text) == ("Total", "64", "55")
    assert (total.approved_next.status, total.proposed.status) == (ValueStatus.NOT_REPORTED, ValueStatus.NOT_REPORTED)
