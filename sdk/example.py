"""The generated Python SDK used as its users would: `python sdk/example.py BASE_URL REPORT_ID`.

Pages through every output, filters by status and component, fetches one output, reads a 404's problem body as
a typed `Problem`, and downloads the outputs as CSV; prints what it found as one JSON object.
tests/test_sdk.py runs it against a live server and type-checks it with mypy.
"""

from __future__ import annotations

import csv
import io
import json
import sys
from typing import Any

from budget_api_client import Client
from budget_api_client.api.results_frameworks import get_output, list_outputs
from budget_api_client.errors import UnexpectedStatus
from budget_api_client.models import Format, OutputStatus, Problem


def every_output(client: Client, report_id: str) -> tuple[list[str], int]:
    """Every output's id, following the pages until there is no next one."""
    ids: list[str] = []
    pages = 0
    offset = 0
    while True:
        page = list_outputs.sync(client=client, report_id=report_id, limit=100, offset=offset)
        if page is None:  # only a 304 or a non-JSON answer parses to None, and neither was asked for
            raise RuntimeError("no page")
        pages += 1
        ids += [output.id for output in page.data]
        if not page.links.next_:
            return ids, pages
        offset = page.meta.offset + page.meta.limit


def completed_in_component(client: Client, report_id: str, component: int) -> list[dict[str, Any]]:
    page = list_outputs.sync(client=client, report_id=report_id, status=OutputStatus.COMPLETED, component=component)
    if page is None:
        raise RuntimeError("no page")
    return [{"id": row.id, "status": str(row.status), "component": row.component} for row in page.data]


def missing_output(client: Client, report_id: str) -> Problem:
    try:
        get_output.sync(client=client, report_id=report_id, output_id="0.0.0")
    except UnexpectedStatus as error:  # every error answer raises, its body an RFC 9457 problem
        return Problem.from_dict(json.loads(error.content))
    raise RuntimeError("a missing output was found")


def outputs_as_csv(client: Client, report_id: str) -> list[dict[str, str]]:
    # No limit: an export holds every matching row, not one page.
    answer = list_outputs.sync_detailed(client=client, report_id=report_id, format_=Format.CSV)
    if answer.parsed is not None:
        raise RuntimeError("a CSV answer has no JSON to parse")
    return list(csv.DictReader(io.StringIO(answer.content.decode("utf-8"))))


def main(base_url: str, report_id: str) -> dict[str, Any]:
    with Client(base_url=base_url, raise_on_unexpected_status=True) as client:
        ids, pages = every_output(client, report_id)
        one = get_output.sync(client=client, report_id=report_id, output_id=ids[0])
        if one is None:
            raise RuntimeError("no output")
        problem = missing_output(client, report_id)
        rows = outputs_as_csv(client, report_id)
        return {
            "outputs": len(ids),
            "pages": pages,
            "completed_in_component_1": completed_in_component(client, report_id, 1),
            "one": {"id": one.data.id, "planned_text": one.data.planned_text, "status": str(one.data.status)},
            "problem": {"status": problem.status, "type": problem.type_, "detail": problem.detail},
            "csv_ids": [row["id"] for row in rows],
        }


if __name__ == "__main__":
    json.dump(main(sys.argv[1], sys.argv[2]), sys.stdout)
