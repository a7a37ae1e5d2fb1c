"""A whole report in one zip: one CSV per collection, the source text, and `datapackage.json` describing them."""

from __future__ import annotations

import json
from collections.abc import Sequence

from app.api.collections import CollectionSpec, Context
from app.exports.archive import deterministic_zip
from app.exports.datapackage import SOURCE_PATH, data_package
from app.exports.tables import render_table

DICTIONARY = "datapackage.json"


def report_zip(specs: Sequence[CollectionSpec], context: Context, *, source_url: str) -> bytes:
    """The context's report: `specs` are its collections, `source_url` where the API serves its text."""
    report = context.report
    if report is None:
        raise RuntimeError("a download belongs to a report")
    tables = sorted((render_table(spec, context) for spec in specs), key=lambda table: table.name)
    package = data_package(report, tables, source_url=source_url)
    members = {table.path: table.text.encode("utf-8") for table in tables}
    members[DICTIONARY] = (json.dumps(package, ensure_ascii=False, indent=2) + "\n").encode("utf-8")
    members[SOURCE_PATH] = report.source_text.encode("utf-8")
    return deterministic_zip(members)
