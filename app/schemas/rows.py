"""Building the `source` and `citation` every row carries."""

from __future__ import annotations

from typing import Any

from app.schemas.common import SourceRef


def source_ref(row: Any) -> SourceRef:
    # Only numbered paragraphs give a row a paragraph, and their numbers are integers: the store keeps the
    # parser's text, the contract serves the number.
    paragraph = row.source_paragraph
    return SourceRef(
        section=row.source_section,
        paragraph=int(paragraph) if paragraph else None,
        first_line=row.source_first_line,
        last_line=row.source_last_line,
    )


def citation(symbol: str, row: Any, name: str | None = None) -> str:
    """`United Nations, A/75/623, para. 103` or `A/75/623, sect. III.A, "Air operations"`."""
    if row.source_paragraph:
        return f"United Nations, {symbol}, para. {row.source_paragraph}"
    where = "summary" if row.source_section == "Summary" else f"sect. {row.source_section}"
    label = f', "{name}"' if name else f", line {row.source_first_line}"
    return f"{symbol}, {where}{label}"


def sourced(symbol: str, row: Any, name: str | None = None) -> dict[str, Any]:
    return {"source": source_ref(row), "citation": citation(symbol, row, name)}
