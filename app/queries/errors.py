"""What the query layer refuses, in the data's terms; `app/errors.py` maps each to its HTTP problem."""

from __future__ import annotations

from collections.abc import Sequence


class QueryError(ValueError):
    """A request the store cannot answer as asked."""


class UnknownField(QueryError):
    """A sort or facet field the collection does not document."""

    def __init__(self, parameter: str, names: Sequence[str], allowed: Sequence[str]) -> None:
        self.parameter = parameter
        self.names = list(names)
        self.allowed = list(allowed)
        verb = "sort" if parameter == "sort" else "facet"
        super().__init__(
            f"Cannot {verb} by {', '.join(repr(n) if verb == 'sort' else n for n in names)}; "
            f"{verb}able fields: {', '.join(allowed) or 'none'}"
        )


class SearchSyntaxError(QueryError):
    """A full-text query that cannot be read."""


class RowNotFound(QueryError):
    """No row of a report has the asked key."""
