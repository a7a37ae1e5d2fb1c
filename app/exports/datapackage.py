"""The data dictionary of a report download: a Frictionless Data Package (`datapackage.json`).

Each CSV is a tabular resource whose Table Schema lists every column with its type and description, read
from the public model's field metadata, plus `unit` and `origin` (printed by the report, or derived by the
API) from the fields' `x-unit` and `x-origin` schema extras. A column flattened from a nested object
(`source_section`) takes the nested field's metadata. What a field does not declare is written empty
(`unit`) or `unknown` (`origin`), never guessed.
"""

from __future__ import annotations

import hashlib
import types
from collections.abc import Mapping, Sequence
from datetime import date, datetime
from enum import Enum
from typing import Any, Literal, Union, get_args, get_origin

from pydantic import BaseModel
from pydantic.fields import FieldInfo

from app.exports.tables import Table
from app.models import Report

# The report's header as the contract names it (API.md, "Fields every client can count on").
HEADER = (
    "id",
    "symbol",
    "kind",
    "mission",
    "mission_name",
    "period",
    "period_start",
    "period_end",
    "budget_period",
    "published",
    "source_sha256",
)
UNKNOWN_ORIGIN = "unknown"
SOURCE_PATH = "source.txt"

# Python types to Table Schema types; checked in order, so bool comes before int and datetime before date.
_TYPES: tuple[tuple[type, str], ...] = (
    (bool, "boolean"),
    (int, "integer"),
    (float, "number"),
    (datetime, "datetime"),
    (date, "date"),
    (str, "string"),
    (list, "array"),
    (tuple, "array"),
    (dict, "object"),
    (BaseModel, "object"),
)


def _nested_model(annotation: Any) -> type[BaseModel] | None:
    return annotation if isinstance(annotation, type) and issubclass(annotation, BaseModel) else None


def column_fields(model: type[BaseModel]) -> dict[str, FieldInfo]:
    """Each CSV column's field: a top-level field, or a nested model's field under `{parent}_{name}`."""
    found: dict[str, FieldInfo] = {}
    for name, info in model.model_fields.items():
        found[name] = info
        nested = _nested_model(info.annotation)
        if nested is not None:
            found.update({f"{name}_{sub}": sub_info for sub, sub_info in nested.model_fields.items()})
    return found


def _without_none(annotation: Any) -> list[Any]:
    if get_origin(annotation) in (Union, types.UnionType):
        return [arg for arg in get_args(annotation) if arg is not type(None)]
    return [annotation]


def _type_of(annotation: Any) -> tuple[str, list[Any] | None]:
    """The Table Schema type of an annotation, and its closed vocabulary where it has one."""
    options = _without_none(annotation)
    if len(options) != 1:
        return "any", None
    (kind,) = options
    if get_origin(kind) is Literal:
        return "string", list(get_args(kind))
    if isinstance(kind, type) and issubclass(kind, Enum):
        return "string", [member.value for member in kind]
    base = get_origin(kind) or kind
    for python, name in _TYPES:
        if isinstance(base, type) and issubclass(base, python):
            return name, None
    return "any", None


def _extra(info: FieldInfo) -> Mapping[str, Any]:
    extra = info.json_schema_extra
    return extra if isinstance(extra, Mapping) else {}


def field_descriptor(name: str, info: FieldInfo | None) -> dict[str, Any]:
    """One column: name, type, description, unit and origin (and its vocabulary as an enum constraint)."""
    if info is None:  # a column the model does not declare: say so rather than invent
        return {"name": name, "type": "any", "description": "", "unit": "", "origin": UNKNOWN_ORIGIN}
    kind, vocabulary = _type_of(info.annotation)
    extra = _extra(info)
    field: dict[str, Any] = {
        "name": name,
        "type": kind,
        "description": info.description or "",
        "unit": str(extra.get("x-unit") or ""),
        "origin": str(extra.get("x-origin") or UNKNOWN_ORIGIN),
    }
    if kind == "array":
        field["format"] = "default"  # a JSON array in the cell, as `?format=csv` writes lists
    if vocabulary is not None:
        field["constraints"] = {"enum": vocabulary}
    return field


def table_resource(table: Table) -> dict[str, Any]:
    fields = column_fields(table.spec.public)
    data = table.text.encode("utf-8")
    return {
        "name": table.name,
        "path": table.path,
        "profile": "tabular-data-resource",
        "title": table.spec.summary,
        "description": table.spec.description,
        "format": "csv",
        "mediatype": "text/csv",
        "encoding": "utf-8",
        "bytes": len(data),
        "hash": f"sha256:{hashlib.sha256(data).hexdigest()}",
        "dialect": {"delimiter": ",", "lineTerminator": "\n", "quoteChar": '"', "header": True},
        "schema": {
            "fields": [field_descriptor(column, fields.get(column)) for column in table.columns],
            "missingValues": [""],
        },
    }


def source_resource(report: Report) -> dict[str, Any]:
    """The report text every row's `source` lines point into."""
    return {
        "name": "source",
        "path": SOURCE_PATH,
        "title": f"The text of {report.symbol} as loaded; `source_first_line` and `source_last_line` count its lines",
        "format": "txt",
        "mediatype": "text/plain",
        "encoding": "utf-8",
        "hash": f"sha256:{report.source_sha256}",
    }


def data_package(report: Report, tables: Sequence[Table], *, source_url: str) -> dict[str, Any]:
    header = {name: getattr(report, name) for name in HEADER}
    return {
        "profile": "data-package",  # tabular resources, and the report text beside them
        "name": report.id,
        "title": report.title,
        "description": f"Every table the API serves for {report.symbol}, one CSV each, with this dictionary.",
        "sources": [{"title": f"United Nations, {report.symbol}", "path": source_url}],
        "report": {key: value.isoformat() if isinstance(value, date) else value for key, value in header.items()},
        "resources": [*(table_resource(table) for table in tables), source_resource(report)],
    }
