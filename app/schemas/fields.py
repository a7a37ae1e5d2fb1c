"""How a public field says what it is: its description, its unit, and where its value comes from.

Every property of every data schema is declared with one of the helpers below, which write the OpenAPI
extensions once for all:

`x-origin`, where the value comes from:
- ``printed``: the report prints it. Text as printed, or a figure read exactly from its printed text (thousands of
  dollars to dollars, "1,267" to 1267, a dash to 0);
- ``derived``: the API computes it from printed values by a documented rule; the description names the basis;
- ``identifier``: a key the API gives by a documented scheme (ids, slugs, a report's id);
- ``link``: a URL of this API;
- ``provenance``: where the value stands in the source (section, paragraph, lines, citation, printed order,
  checksum, load time).

`x-unit`, where a value has one: ``usd``, ``thousands_usd``, ``percent``, ``persons`` or ``count``. A printed
figure's text (`…_text`) carries the unit it is printed in.
"""

from __future__ import annotations

from enum import StrEnum
from typing import Any

from pydantic import Field


class Origin(StrEnum):
    """The vocabulary of `x-origin` (see the module's docstring)."""

    PRINTED = "printed"
    DERIVED = "derived"
    IDENTIFIER = "identifier"
    LINK = "link"
    PROVENANCE = "provenance"


class Unit(StrEnum):
    """The vocabulary of `x-unit`."""

    USD = "usd"
    THOUSANDS_USD = "thousands_usd"
    PERCENT = "percent"
    PERSONS = "persons"
    COUNT = "count"


_UNIT_TEXT = {
    Unit.USD: "US dollars",
    Unit.THOUSANDS_USD: "thousands of US dollars",
    Unit.PERCENT: "per cent",
    Unit.PERSONS: "persons",
    Unit.COUNT: "count",
}


def _field(description: str, origin: Origin, unit: Unit | None, **kwargs: Any) -> Any:
    extra: dict[str, Any] = {"x-origin": origin.value}
    if unit is not None:
        extra["x-unit"] = unit.value
    return Field(description=description, json_schema_extra=extra, **kwargs)


def _unit(unit: Unit | None) -> str:
    return f" Unit: {_UNIT_TEXT[unit]}." if unit is not None else ""


def printed_text(description: str, unit: Unit | None = None) -> str:
    return f"{description.rstrip('.')}. Printed by the report.{_unit(unit)}"


def derived_text(description: str, basis: str, unit: Unit | None = None) -> str:
    return f"{description.rstrip('.')}. Derived by the API: {basis.rstrip('.')}.{_unit(unit)}"


def printed(description: str, unit: Unit | None = None, **kwargs: Any) -> Any:
    """A value the report prints (as text, or a number read exactly from it)."""
    return _field(printed_text(description, unit), Origin.PRINTED, unit, **kwargs)


def derived(description: str, basis: str, unit: Unit | None = None, **kwargs: Any) -> Any:
    """A value the API computes; `basis` says from what and by which rule."""
    return _field(derived_text(description, basis, unit), Origin.DERIVED, unit, **kwargs)


def identifier(description: str, **kwargs: Any) -> Any:
    """A key the API gives by a documented scheme."""
    return _field(description, Origin.IDENTIFIER, None, **kwargs)


def link(description: str, **kwargs: Any) -> Any:
    """A URL of this API."""
    return _field(description, Origin.LINK, None, **kwargs)


def provenance(description: str, **kwargs: Any) -> Any:
    """Where a value stands in the source: section, paragraph, lines, citation, printed order, checksum."""
    return _field(description, Origin.PROVENANCE, None, **kwargs)
