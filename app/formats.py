"""Rows as CSV (flattened, header line) or NDJSON (one JSON object per line), whole or a batch at a time."""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Iterable, Mapping
from typing import Any


def flatten(row: Mapping[str, Any], prefix: str = "") -> dict[str, Any]:
    """Nested objects become prefixed columns (source.section -> source_section); lists become JSON text."""
    flat: dict[str, Any] = {}
    for key, value in row.items():
        name = f"{prefix}{key}"
        if isinstance(value, Mapping):
            flat.update(flatten(value, f"{name}_"))
        elif isinstance(value, list):
            flat[name] = json.dumps(value, ensure_ascii=False)
        else:
            flat[name] = value
    return flat


def _cell(value: Any) -> Any:
    return "" if value is None else str(value).lower() if isinstance(value, bool) else value


def csv_header(columns: list[str]) -> str:
    out = io.StringIO()
    csv.writer(out, lineterminator="\n").writerow(columns)
    return out.getvalue()


def csv_rows(rows: Iterable[Mapping[str, Any]], columns: list[str]) -> str:
    """The lines of `rows` under a header of `columns` (written apart, so a stream writes it once)."""
    out = io.StringIO()
    writer = csv.DictWriter(out, fieldnames=columns, extrasaction="ignore", lineterminator="\n")
    for row in rows:
        writer.writerow({key: _cell(value) for key, value in flatten(row).items()})
    return out.getvalue()


def to_csv(rows: Iterable[Mapping[str, Any]], columns: list[str] | None = None) -> str:
    rows = list(rows)
    header = columns or list(dict.fromkeys(key for row in rows for key in flatten(row)))
    return csv_header(header) + csv_rows(rows, header)


def to_ndjson(rows: Iterable[Mapping[str, Any]]) -> str:
    return "".join(json.dumps(row, ensure_ascii=False, separators=(",", ":")) + "\n" for row in rows)
