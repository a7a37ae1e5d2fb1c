"""Dependencies as Annotated aliases: the read-only session, the report or 404, strict query parameters."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Annotated

from fastapi import Depends, Path, Request
from fastapi.dependencies.models import Dependant
from sqlmodel import Session

from app.errors import BadRequest, InvalidInput, InvalidParam, NotFound
from app.models import Report

# Integer columns are 32-bit on PostgreSQL: every integer parameter, in a path or a query, is bounded by this so
# that no input reaches the store as a number it cannot hold (a larger one answers 422, never 500).
INT32_MAX = 2**31 - 1


def get_session(request: Request) -> Iterator[Session]:
    with Session(request.app.state.engine) as session:
        yield session


SessionDep = Annotated[Session, Depends(get_session)]


def get_report(
    session: SessionDep,
    report_id: Annotated[str, Path(description="Report id: the symbol in lower case, `/` as `-` (`a-75-623`)")],
) -> Report:
    report = session.get(Report, report_id)
    if report is None:
        raise NotFound(f"Report {report_id!r} is not loaded")
    return report


ReportDep = Annotated[Report, Depends(get_report)]


def has_control_character(text: str) -> bool:
    """C0 controls (NUL, tab, newline…), DEL and C1 controls: never part of a name, slug or search text."""
    return any(ord(char) < 0x20 or 0x7F <= ord(char) < 0xA0 for char in text)


def refuse_control_characters(request: Request) -> None:
    """No text input, in the path or the query, may hold a control character: PostgreSQL refuses NUL in a
    string (a 500), and SQLite ends a LIKE pattern at it (a filter that matches everything). Runs before any
    other dependency touches the store."""
    bad = [name for name, value in request.path_params.items() if has_control_character(str(value))]
    bad += [
        name or "query"
        for name, value in request.query_params.multi_items()
        if has_control_character(name) or has_control_character(value)
    ]
    if not bad and has_control_character(request.url.path):
        bad = ["path"]
    if bad:
        raise InvalidInput(
            f"Control characters are not allowed in: {', '.join(sorted(set(bad)))}",
            invalid_params=[
                InvalidParam(name=name, reason="contains a control character") for name in sorted(set(bad))
            ],
        )


def _query_names(dependant: Dependant) -> frozenset[str]:
    names = {param.alias for param in dependant.query_params}
    for sub in dependant.dependencies:
        names |= _query_names(sub)
    return frozenset(names)


def reject_unknown_params(request: Request) -> None:
    """An unknown query parameter is an error, never silently ignored (a typo would change the answer)."""
    dependant = getattr(request.scope.get("route"), "dependant", None)
    if dependant is None:
        return
    # Routes are fixed once the app is built, so each route's names are walked once and kept with the app
    # (keyed by the dependant's identity, which lives as long as the app).
    known: dict[int, frozenset[str]] = request.app.state.query_parameters
    allowed = known.get(id(dependant))
    if allowed is None:
        allowed = known[id(dependant)] = _query_names(dependant)
    names = [name for name, _ in request.query_params.multi_items()]
    repeated = sorted({name for name in names if names.count(name) > 1})
    if repeated:
        # "?limit=2&limit=3" has no single meaning; list values are comma-separated instead.
        raise BadRequest(
            f"Query parameter(s) given more than once: {', '.join(repeated)}",
            invalid_params=[InvalidParam(name=name, reason="given more than once") for name in repeated],
        )
    unknown = sorted(set(names) - allowed)
    if unknown:
        raise BadRequest(
            f"Unknown query parameter(s): {', '.join(unknown)}. Allowed: {', '.join(sorted(allowed)) or 'none'}",
            invalid_params=[InvalidParam(name=name, reason="unknown parameter") for name in unknown],
        )
