"""Records of the combined layout's frameworks (a performance report and the next budget in one document).

What the layout prints, and what each record keeps of it (the cut is `seed.parser.results.combined_layout`):
- Components: number and title as printed, their external factors in `external_factors`. A heading printing no
  number ("Component: provision of logistical support …") takes the number its accomplishments' ids open with
  ("1.1" -> 1), the number the report gives it wherever it counts; a framework printing no component heading has
  no component record, and its accomplishments keep the number their ids give.
- Expected accomplishments: id and title as printed.
- Indicators: id "<accomplishment>.i<n>" as in every layout (n counts the accomplishment's indicators, as printed);
  `planned_text` is the cell without its printed id, series included; `targets` one entry per printed period
  (`Periods` COMBINED). The series' past periods are results, so the entry of the report's performance period
  ("2024/25") is also the indicator's `actual_text`, as printed ("" when the series prints no such period).
  The layout prints no target for that period beside it, so `achieved` is None, and there is no explanation.
  An indicator printed without a series (some reports print it in a chart, which has no text) has no targets and
  an empty `actual_text`.
- Outputs: none. The layout prints none; a note on the section heading refers to the Umoja Analytics platform.
- The numbered paragraphs under "Evaluation activities" are `evaluation_paragraphs`.
"""

from __future__ import annotations

from collections.abc import Sequence

from app.core.markup import clean
from seed.parser.lines import Document
from seed.parser.results.combined_layout import AccomplishmentCell, ComponentTable, cut_combined
from seed.parser.results.records import Component, ExpectedAccomplishment, Indicator, ResultsFramework, Target
from seed.parser.results.status import covid
from seed.parser.results.targets import COMBINED, parse_targets, same_period
from seed.parser.spans import SourceSpan

Owned = dict[str, tuple[int, ...]]


def read_combined(doc: Document, section: str, period: str) -> tuple[ResultsFramework, Owned, list[int]]:
    """The frameworks, the lines each record owns and the lines no record holds; `period` is the performance
    period ("2024/25"), whose entry in each series is the indicator's actual."""
    blocks = cut_combined(doc, section)
    owned: Owned = {}
    components, accomplishments, indicators = [], [], []
    for position, table in enumerate(blocks.tables, start=1):
        number = _number(table, position)
        if table.heading_line is not None:
            components.append(_component(section, table, number, owned))
        for cell in table.accomplishments:
            accomplishments.append(_accomplishment(section, cell, number, owned))
            indicators.extend(_indicators(section, cell, period, owned))
    for paragraph, lines in blocks.evaluation:
        owned[f"paragraph {paragraph}"] = tuple(lines)
    framework = ResultsFramework(
        components=tuple(components),
        expected_accomplishments=tuple(accomplishments),
        indicators=tuple(indicators),
        outputs=(),
        skipped_lines=tuple(sorted(blocks.skipped)),
        evaluation_paragraphs=tuple(n for n, _ in blocks.evaluation),
    )
    return framework, owned, sorted(set(blocks.unplaced))


def _number(table: ComponentTable, position: int) -> int:
    """The printed number, else the one its first accomplishment's id opens with, else its place."""
    if table.number is not None:
        return table.number
    return int(table.accomplishments[0].id.split(".")[0]) if table.accomplishments else position


def _span(section: str, lines: Sequence[int]) -> SourceSpan:
    return SourceSpan(section, min(lines), max(lines))


def _component(section: str, table: ComponentTable, number: int, owned: Owned) -> Component:
    assert table.heading_line is not None
    own = [table.heading_line, *(line for line, _ in table.factors)]
    owned[f"component {number}"] = tuple(own)
    cells = [n for cell in table.accomplishments for n in _lines(cell)]
    factors = tuple(clean(text) for _, text in table.factors)
    return Component(number, table.title, (), _span(section, own + cells), factors)


def _accomplishment(section: str, cell: AccomplishmentCell, component: int, owned: Owned) -> ExpectedAccomplishment:
    owned[f"ea {cell.id}"] = tuple(cell.lines)
    return ExpectedAccomplishment(cell.id, component, clean(" ".join(cell.texts)), _span(section, _lines(cell)))


def _lines(cell: AccomplishmentCell) -> list[int]:
    """The lines of an accomplishment's rows: its own cell's and its indicators'."""
    return [*cell.lines, *(n for indicator in cell.indicators for n in indicator.lines)]


def _indicators(section: str, cell: AccomplishmentCell, period: str, owned: Owned) -> list[Indicator]:
    records = []
    for number, indicator in enumerate(cell.indicators, start=1):
        planned = clean(" ".join(indicator.texts))
        targets = parse_targets(planned, COMBINED)
        actual = performance_actual(targets, period)
        ident = f"{cell.id}.i{number}"
        owned[ident] = tuple(indicator.lines)
        records.append(
            Indicator(
                ident, cell.id, number, planned, targets, actual, None, None, covid(planned, actual),
                _span(section, indicator.lines),
            )
        )  # fmt: skip
    return records


def performance_actual(targets: Sequence[Target], period: str) -> str:
    """The printed value of the series' entry for the performance period; with several series, each labelled."""
    found = [t for t in targets if same_period(t.period, period)]
    return "; ".join(f"{t.series}: {t.value_text}" if t.series else t.value_text for t in found)
