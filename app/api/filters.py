"""Query filters shared by several collections, each declared once."""

from __future__ import annotations

from typing import Any

from fastapi import Request
from sqlalchemy import ColumnElement

from app.api.collections import RANGE_SYNTAX, Filter
from app.core.slugs import slugify
from app.errors import InvalidInput, InvalidParam
from app.queries.text import contains_any


def _group(table: Any, value: str) -> ColumnElement[bool]:
    # The printed name or its slug ("Operational costs" or "operational-costs").
    condition: ColumnElement[bool] = table.group_slug == slugify(value)
    return condition


GROUP = Filter("group", str, 'Group name or slug ("operational-costs")', where=_group)
COMPONENT = Filter("component", int, "Component number", {"ge": 1})
EXPECTED_ACCOMPLISHMENT = Filter(
    "expected_accomplishment", str, 'Expected accomplishment ("2.1")', {"pattern": r"^\d+\.\d+$"}
)
COVID_AFFECTED = Filter("covid_affected", bool, "Only rows whose texts attribute something to COVID-19")


def text_filter(*columns: str) -> Filter:
    """`q`: a case-insensitive substring of any of the columns."""

    def where(table: Any, value: str) -> ColumnElement[bool]:
        return contains_any([getattr(table, name) for name in columns], value)

    return Filter("q", str, "Case-insensitive text filter", {"min_length": 1, "max_length": 200}, where=where)


_BRACKET_BOUNDS = {"gte": "min", "gt": "min", "lte": "max", "lt": "max"}


def refuse_bracket_filters(request: Request) -> None:
    """`expenditure_usd[gte]=…` is another API's syntax: answered with the one this API has, not as an unknown
    parameter. Runs before the unknown-parameter check."""
    bracketed = [name for name in dict.fromkeys(request.query_params) if "[" in name]
    if bracketed:
        raise InvalidInput(
            f"Bracket operators are not supported; range filters are {RANGE_SYNTAX}",
            invalid_params=[InvalidParam(name=name, reason=_instead(name)) for name in bracketed],
        )


def _instead(name: str) -> str:
    field, _, operator = name.partition("[")
    prefix = _BRACKET_BOUNDS.get(operator.rstrip("]").lower())
    return f"use {prefix}_{field}" if prefix else f"use {RANGE_SYNTAX}"
