"""Every property of every data schema says what it is: a description, its origin (`x-origin`) and, where it has
one, its unit (`x-unit`); every closed vocabulary is one named enum component."""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import Any

import pytest

from app.core import vocabulary
from app.openapi_dump import current_spec
from app.schemas.fields import Origin, Unit

SPEC = current_spec()
SCHEMAS: dict[str, Any] = SPEC["components"]["schemas"]

# Envelopes and errors carry no figure of a report, so no origin. Page, Meta and Links (the pagination's) and
# Problem and InvalidParam (the errors') describe their own properties.
ENVELOPES = re.compile(r"^(Page_|Item_)|^(Meta|Links|Problem|InvalidParam|HTTPValidationError|ValidationError)$")
DATA = {name: schema for name, schema in SCHEMAS.items() if not ENVELOPES.search(name)}


def _properties() -> Iterator[tuple[str, dict[str, Any]]]:
    for name, schema in DATA.items():
        for prop, node in schema.get("properties", {}).items():
            yield f"{name}.{prop}", node


def test_the_data_schemas_are_the_ones_expected() -> None:
    # Guards the filter above: every row, detail, summary and nested shape is walked.
    assert {"OutputPublic", "OutputDetailPublic", "CheckPublic", "SummaryPublic", "ReportExtraPublic"} <= set(DATA)
    assert sum(1 for _ in _properties()) > 600


def _problems(where: str, node: dict[str, Any]) -> Iterator[str]:
    if not node.get("description"):
        yield f"{where} has no description"
    origin = node.get("x-origin")
    if origin not in set(Origin):
        yield f"{where}: x-origin {origin!r}"
    if node.get("x-unit", Unit.USD) not in set(Unit):
        yield f"{where}: x-unit {node.get('x-unit')!r}"
    says = {Origin.PRINTED: "Printed by the report.", Origin.DERIVED: "Derived by the API: "}
    if origin in says and says[origin] not in node.get("description", ""):
        yield f"{where} does not say it is {origin}"


def test_every_property_has_a_description_an_origin_and_a_known_unit() -> None:
    problems = [problem for where, node in _properties() for problem in _problems(where, node)]
    assert problems == []


def test_every_property_of_every_schema_has_a_description() -> None:
    # Envelopes and errors too: an SDK shows these descriptions as its docstrings.
    bare = [
        f"{name}.{prop}"
        for name, schema in SCHEMAS.items()
        for prop, node in schema.get("properties", {}).items()
        if not node.get("description")
    ]
    assert bare == []


def test_envelope_items_describe_their_data() -> None:
    items = [schema for name, schema in SCHEMAS.items() if name.startswith("Item_")]
    assert items
    assert all(schema["properties"]["data"]["description"] == "The resource" for schema in items)


def test_units_are_stated_in_words_and_in_the_extension() -> None:
    check = SCHEMAS["CheckPublic"]["properties"]
    assert (check["expected_usd"]["x-origin"], check["expected_usd"]["x-unit"]) == ("derived", "usd")
    category = SCHEMAS["FinancialCategoryPublic"]["properties"]
    assert category["apportionment_usd"]["description"].endswith("Printed by the report. Unit: US dollars.")
    assert category["apportionment_text"]["x-unit"] == "thousands_usd"
    staffing = SCHEMAS["StaffingRowPublic"]["properties"]
    assert (staffing["approved"]["x-unit"], staffing["vacancy_rate_percent"]["x-unit"]) == ("persons", "percent")
    assert "x-unit" not in SCHEMAS["OutputPublic"]["properties"]["planned_text"]


def test_rows_across_reports_say_where_their_report_fields_come_from() -> None:
    row = SCHEMAS["OutputAcrossReportsPublic"]["properties"]
    assert [row[name]["x-origin"] for name in ("report_id", "mission", "period")] == [
        "identifier",
        "printed",
        "derived",
    ]


def _inline_enums(node: Any, path: str) -> Iterator[str]:
    if isinstance(node, dict):
        if "enum" in node:
            yield path
        for key, value in node.items():
            yield from _inline_enums(value, f"{path}/{key}")
    elif isinstance(node, list):
        for index, value in enumerate(node):
            yield from _inline_enums(value, f"{path}[{index}]")


def test_every_enum_is_a_named_component_used_by_reference() -> None:
    inline = [
        path
        for name, schema in SCHEMAS.items()
        for path in _inline_enums({k: v for k, v in schema.items() if k != "enum"}, name)
    ]
    inline += list(_inline_enums(SPEC["paths"], "paths"))
    assert inline == []
    named = {name for name, schema in SCHEMAS.items() if "enum" in schema}
    vocabularies = {name for name in dir(vocabulary) if isinstance(getattr(vocabulary, name), type)}
    assert named - {"Format"} <= vocabularies  # Format is the pagination's `format` parameter
    # One output status vocabulary, used by every field and filter that carries it.
    assert "OutputStatus" in named
    assert not any(name.startswith("OutputStatus") and name != "OutputStatus" for name in SCHEMAS)


@pytest.mark.parametrize(
    ("path", "parameter", "component"),
    [
        ("/v1/reports/{report_id}/covid-annotations", "impact", "Impact"),
        ("/v1/reports/{report_id}/covid-annotations", "target_type", "TargetType"),
        ("/v1/covid-annotations", "impact", "Impact"),
        ("/v1/reports/{report_id}/outputs", "status", "OutputStatus"),
        ("/v1/reports/{report_id}/outputs", "direction", "OutputDirection"),
        ("/v1/reports/{report_id}/variances", "direction", "VarianceDirection"),
        ("/v1/reports/{report_id}/printed-tables", "role", "PrintedTableRole"),
    ],
)
def test_closed_vocabulary_filters_reference_their_component(path: str, parameter: str, component: str) -> None:
    parameters = {p["name"]: p for p in SPEC["paths"][path]["get"]["parameters"]}
    assert f"#/components/schemas/{component}" in str(parameters[parameter]["schema"])
