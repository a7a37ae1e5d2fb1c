"""parse_results: the results-based budgeting frameworks section as components, expected accomplishments,
indicators and outputs.

Reports print their frameworks in one of two layouts, each read by a named `FrameworkForm` chosen from the
section's own table headers:
- PERFORMANCE, the performance reports (A/75/623, the liquidation report A/80/590): an "Expected accomplishment
  N.N:" heading over a table of planned and actual indicators, then a table of planned and completed outputs;
- COMBINED, a performance report and the next budget in one document: a two-column table of accomplishments and
  indicators whose series run over the periods, external factors, no outputs
  (`seed.parser.results.combined`).

Every non-blank line of the section is owned by one record or listed in skipped_lines (table headers,
separator rules, support sub-headings); `record_lines` tells which lines each record owns and
`coverage` lists the lines nobody owns. parse_results raises ParseError when any remain. A line has one
owner, except that an accomplishment's line may also hold a record of its table (the combined layout prints
an accomplishment beside its first indicator).
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from app.core.markup import clean
from seed.parser.layout import Layout, Role
from seed.parser.results.cells import (
    completed_value,
    opens_remark,
    prints_several_values,
    unit_beside,
    units_and_remarks,
)
from seed.parser.results.combined import read_combined
from seed.parser.results.combined_layout import prints_combined
from seed.parser.results.drafts import OutputDraft, lower_case_words
from seed.parser.results.indicators import parse_indicator_rows, planned_text
from seed.parser.results.layout import Blocks, EABlock, cut
from seed.parser.results.outputs import CellReading, OutputReader, TableForm, is_grouped
from seed.parser.results.quantities import planned_quantities
from seed.parser.results.records import (
    Completed,
    Component,
    ExpectedAccomplishment,
    Indicator,
    Output,
    ResultsFramework,
)
from seed.parser.results.status import achieved, completion_ratio, covid, direction, status
from seed.parser.results.targets import parse_targets
from seed.parser.spans import ParseError, SourceSpan


@dataclass(frozen=True)
class Erratum:
    """A correction of the printed layout: `fix` {"move": "previous_output"} hands a row's figures
    and remarks to the output before the one the row prints them beside; {"move": "previous_indicator"}
    hands a row's actual cells to the indicator before the row's own."""

    line: int
    reason: str
    fix: Mapping[str, Any]


def errata_from_json(data: Iterable[Mapping[str, Any]]) -> tuple[Erratum, ...]:
    """Errata entries (as loaded from the errata file named by a source manifest) that concern this parser:
    those moving a row's cells. Each names the section it corrects; `parse_results` applies those naming
    the frameworks section of the text it reads."""
    return tuple(
        Erratum(int(e["line"]), str(e["reason"]), e["fix"])
        for e in data
        if isinstance(e.get("fix"), Mapping) and "move" in e["fix"]
    )


@dataclass(frozen=True)
class _Context:
    """What every table of the section is read with."""

    section: str
    period: str  # the report's performance period, whose targets decide achievement: "2019/20"
    common: frozenset[str]  # words printed in lower case (the first word of a remark's continuation)
    moves: dict[int, str]  # errata: line -> "previous_output" | "previous_indicator"
    words: frozenset[str]  # words printed in lower case, as output alignment counts them


def _context(layout: Layout, period: str, errata: Sequence[Erratum]) -> _Context:
    section = layout.path(Role.FRAMEWORKS)
    doc = layout.doc
    text = "\n".join(doc.lines)
    return _Context(
        section=section,
        period=period,
        common=frozenset(re.findall(r"\b[a-z][a-z-]*\b", text)),
        moves={e.line: str(e.fix.get("move")) for e in errata if e.fix.get("section") == section},
        words=lower_case_words(text),
    )


def _cell_reading(blocks: Blocks) -> CellReading:
    """A framework printing several values in one completed cell runs units and remarks together beside them;
    one printing a value per row gives each value's unit beside it (see `seed.parser.results.cells`)."""
    rows = [row for comp in blocks.components for ea in comp.eas for row in ea.output_rows]
    return units_and_remarks if any(prints_several_values(row.cell(1)) for row in rows) else unit_beside


def _span(context: _Context, lines: Sequence[int]) -> SourceSpan:
    return SourceSpan(context.section, min(lines), max(lines))


# A reading: the frameworks, the lines each record owns and the lines no record holds.
_Reading = tuple[ResultsFramework, dict[str, tuple[int, ...]], list[int]]


@dataclass(frozen=True)
class FrameworkForm:
    """How a report prints its frameworks (see the module docstring)."""

    name: str
    read: Callable[[_Context, Layout], _Reading]


def _read(context: _Context, layout: Layout) -> _Reading:
    return form_of(layout).read(context, layout)


def _read_combined(context: _Context, layout: Layout) -> _Reading:
    return read_combined(layout.doc, context.section, context.period)


def _read_performance(context: _Context, layout: Layout) -> _Reading:
    blocks = cut(layout.doc, context.section)
    reading = _cell_reading(blocks)
    owned: dict[str, tuple[int, ...]] = {}
    skipped = list(blocks.skipped)
    unplaced = list(blocks.unplaced)
    components, eas, indicators, outputs = [], [], [], []
    for comp in blocks.components:
        comp_lines = [comp.heading_line] + [n for _, lines in comp.paragraphs for n in lines]
        owned[f"component {comp.number}"] = (comp.heading_line,)
        for number, lines in comp.paragraphs:
            owned[f"paragraph {number}"] = tuple(lines)
        components.append(
            Component(comp.number, clean(comp.title), tuple(n for n, _ in comp.paragraphs), _span(context, comp_lines))
        )
        for ea in comp.eas:
            rows = ea.indicator_rows + ea.output_rows
            last = max([ea.heading_line, *(r.line for r in rows)])
            eas.append(ExpectedAccomplishment(ea.id, comp.number, ea.title, _span(context, [ea.heading_line, last])))
            owned[f"ea {ea.id}"] = (ea.heading_line,)
            indicators.extend(_indicators(context, ea, owned))
            form = TableForm(context.section, is_grouped(ea.output_rows), reading, context.words)
            reader = OutputReader(form, context.moves)
            reader.read(ea.output_rows)
            skipped.extend(reader.skipped)
            unplaced.extend(reader.unplaced)
            outputs.extend(_outputs(context, ea, reader.finish(), owned))
    framework = ResultsFramework(
        tuple(components), tuple(eas), tuple(indicators), tuple(outputs), tuple(sorted(skipped))
    )
    return framework, owned, sorted(unplaced)


PERFORMANCE = FrameworkForm("performance", _read_performance)
COMBINED = FrameworkForm("combined", _read_combined)


def form_of(layout: Layout) -> FrameworkForm:
    """The layout the frameworks section prints: combined when it prints the combined layout's table header."""
    return COMBINED if prints_combined(layout.doc, layout.path(Role.FRAMEWORKS)) else PERFORMANCE


def _indicators(context: _Context, ea: EABlock, owned: dict[str, tuple[int, ...]]) -> list[Indicator]:
    records = []
    moved = frozenset(line for line, move in context.moves.items() if move == "previous_indicator")
    for number, draft in enumerate(parse_indicator_rows(ea.indicator_rows, context.section, moved), start=1):
        planned = planned_text(draft)
        targets = parse_targets(planned)
        actual = clean(draft.actual)
        explanation = clean(" ".join(draft.explanation)) or None
        ident = f"{ea.id}.i{number}"
        owned[ident] = tuple(sorted(draft.lines))
        records.append(
            Indicator(
                ident, ea.id, number, planned, targets, actual,
                achieved(planned, actual, explanation, targets, context.period), explanation,
                covid(planned, actual, explanation), _span(context, draft.lines),
            )
        )  # fmt: skip
    return records


def _completed(draft: OutputDraft) -> tuple[tuple[Completed, ...], list[str], list[int]]:
    completed, remarks, lines = [], list(draft.remarks), list(draft.lines)
    for entry in draft.entries:
        yes_no = entry.token in ("Yes", "No")
        if yes_no and entry.unit:
            # The table has no unit column for Yes/No: the phrase printed beside one stays in the remarks,
            # on its own line, so every Yes/No is served alike (unit null).
            remarks.append(entry.unit)
        if entry.token:
            completed.append(completed_value(entry.token, None if yes_no else entry.unit))
        else:
            completed.append(Completed("", None, None, entry.unit))
        remarks.extend(entry.remarks)
        lines.extend(entry.lines)
    return tuple(completed), remarks, lines


def _join_remarks(parts: list[str], common: frozenset[str]) -> str | None:
    """Remarks printed in one cell for several values have no full stops between them: a part that opens
    a remark ("The lower output …", "Meetings were …"), or follows a finished sentence, starts a new line,
    so sentences stay apart without inventing punctuation. Other parts continue the line (page breaks)."""
    text = ""
    for part in (clean(p) for p in parts):
        if not part:
            continue
        new_line = bool(text) and (text.rstrip()[-1] in ".;:!?" or opens_remark(part, after=text, common=common))
        text += ("\n" if new_line else " " if text else "") + part
    return text or None


def _outputs(
    context: _Context, ea: EABlock, drafts: list[OutputDraft], owned: dict[str, tuple[int, ...]]
) -> list[Output]:
    records = []
    for number, draft in enumerate(drafts, start=1):
        completed, remark_list, lines = _completed(draft)
        planned = clean(" ".join(draft.planned))
        remarks = _join_remarks(remark_list, context.common)
        quantities = planned_quantities(planned)
        ratio = completion_ratio(quantities, completed)
        way = direction(remarks)
        ident = f"{ea.id}.o{number}"
        owned[ident] = tuple(sorted(set(lines)))
        records.append(
            Output(
                ident, ea.id, ea.component, number, draft.subgroup, planned, quantities, completed, remarks, way,
                status(completed, ratio, way, quantities), ratio, covid(planned, remarks), _span(context, lines),
            )
        )  # fmt: skip
    return records


def record_lines(layout: Layout, period: str, errata: Sequence[Erratum] = ()) -> dict[str, tuple[int, ...]]:
    """Every line each record owns, by record ("component 1", "paragraph 50", "ea 1.1", "1.1.i1", "1.1.o1")."""
    return _read(_context(layout, period, errata), layout)[1]


def coverage(layout: Layout, framework: ResultsFramework, period: str, errata: Sequence[Erratum] = ()) -> list[int]:
    """Non-blank lines of the section owned by no record and not a known skipped heading, and lines holding a cell
    no record reads (a row whose other cell a record owns)."""
    _, records, unplaced = _read(_context(layout, period, errata), layout)
    return _unattributed(layout, framework, records, unplaced)


def _unattributed(
    layout: Layout, framework: ResultsFramework, records: dict[str, tuple[int, ...]], unplaced: list[int]
) -> list[int]:
    owned = {n for lines in records.values() for n in lines} | set(framework.skipped_lines)
    sec = layout.section(Role.FRAMEWORKS)
    lines = {n for n, _ in layout.doc.numbered(sec.first_line, sec.last_line) if n not in owned}
    return sorted(lines | set(unplaced))


def _owned_twice(owned: dict[str, tuple[int, ...]]) -> list[int]:
    """Lines two records own: two accomplishments, or two records of their tables (see the module docstring)."""
    twice: set[int] = set()
    for accomplishments in (True, False):
        counts = Counter(n for key, lines in owned.items() if key.startswith("ea ") == accomplishments for n in lines)
        twice |= {n for n, count in counts.items() if count > 1}
    return sorted(twice)


def parse_results(layout: Layout, period: str, errata: Sequence[Erratum] = ()) -> ResultsFramework:
    """The frameworks, with `period` the report's performance period ("2019/20") and the errata of its text."""
    context = _context(layout, period, errata)
    framework, owned, unplaced = _read(context, layout)
    twice = _owned_twice(owned)
    if twice:
        raise ParseError(f"lines attributed to more than one record: {twice}", section=context.section, line=twice[0])
    missing = _unattributed(layout, framework, owned, unplaced)
    if missing:
        raise ParseError(f"unattributed lines: {missing}", section=context.section, line=missing[0])
    return framework
