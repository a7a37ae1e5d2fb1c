"""The financial position of the mission at the end of the period (section V of A/80/590), as amount rows.

Items are marked with roman numbers ("I. Cash assets"); a marked item printed without an amount heads a
group ("II. Cash requirements (liabilities)") whose unmarked and lettered rows follow it. A lettered row
without an amount ("(b) Other revenue") only introduces the rows below it, which stay in the group.
"Subtotal" closes the group; a row opening with "Total" totals it; the next marked item closes it too.
Every printed row is a record, headings included (their amount not reported), so that the formulas the
names print ("Net cash available (I less II)") can name them; the mark is kept apart from the name.
"""

from __future__ import annotations

from dataclasses import replace

from app.core.markup import split_footnote_mark
from app.core.slugs import unique_slugs
from app.core.vocabulary import FinancialLevel
from seed.parser.layout import Layout, Role
from seed.parser.spans import ParseError
from seed.parser.tables import AmountRow, amount_row
from seed.parser.toolkit import footnotes, read_table, row_mark


def parse_financial_position(layout: Layout) -> tuple[AmountRow, ...]:
    doc, path = layout.doc, layout.path(Role.FINANCIAL_POSITION)
    sec = doc.section(path)
    table = read_table(doc, path, lambda row: row[0] == "Description", missing="financial position table not found")
    notes = footnotes(doc, table.last_line + 1, sec.last_line)
    group: str | None = None
    rows: list[AmountRow] = []
    for number, row in table.rows:
        printed, note = split_footnote_mark(row[0])
        mark, name = row_mark(printed)
        item = mark is not None and not mark.startswith("(")  # a roman-numbered item of the statement
        if item:
            group = None
        level = _level(name)
        rows.append(
            amount_row(
                path,
                number,
                row,
                name=name,
                note=note,
                notes=notes,
                group=group,
                level=level,
                position=len(rows) + 1,
                mark=mark,
            )
        )
        if item and len(row) == 1:
            group = name  # an item without an amount heads the rows below it
        elif level != FinancialLevel.LINE:
            group = None
    if not rows:
        raise ParseError("financial position table has no rows", section=path, line=table.header_line)
    slugs = unique_slugs([(row.name, row.group) for row in rows])
    return tuple(replace(row, slug=slug) for row, slug in zip(rows, slugs, strict=True))


def _level(name: str) -> FinancialLevel:
    if name == "Subtotal":
        return FinancialLevel.SUBTOTAL
    return FinancialLevel.TOTAL if name.startswith("Total") else FinancialLevel.LINE
