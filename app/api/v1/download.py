"""Downloads: a whole report as a zip of CSVs with its data dictionary, and the store as SQLite files.

The routes are built from the collections the version declares (`download_router(COLLECTIONS)`), so a new
collection is in every download without a change here.
"""

from __future__ import annotations

from collections.abc import Sequence

from fastapi import APIRouter
from fastapi.responses import Response, StreamingResponse

from app.api.collections import CollectionSpec, ReportContext
from app.api.deps import ReportDep, SessionDep
from app.exports.report import report_zip
from app.exports.sqlite import build_sqlite, public_tables, read_and_remove
from app.exports.tables import report_scoped

STORE_FILE = "budget-performance-reports.sqlite"


class ZipResponse(Response):
    media_type = "application/zip"


class SQLiteResponse(StreamingResponse):
    media_type = "application/vnd.sqlite3"


def _binary(description: str, media_type: str) -> dict[int | str, dict[str, object]]:
    return {
        200: {"description": description, "content": {media_type: {"schema": {"type": "string", "format": "binary"}}}}
    }


def _attachment(filename: str) -> dict[str, str]:
    return {"Content-Disposition": f'attachment; filename="{filename}"'}


def download_router(specs: Sequence[CollectionSpec]) -> APIRouter:
    """The download routes over `specs`, the collections of the API version."""
    scoped = report_scoped(specs)
    tables = public_tables(spec.table for spec in scoped)
    router = APIRouter(tags=["downloads"])

    @router.get(
        "/reports/{report_id}/download",
        response_class=ZipResponse,
        summary="The whole report: one CSV per collection and a data dictionary, zipped",
        description="Every collection of the report as its `?format=csv` answer gives it (every row), the report "
        "text (`source.txt`), and `datapackage.json` (Frictionless Data Package): the report's header and, per "
        "CSV, every column's type, description, unit and origin (printed by the report or derived by the API).",
        responses=_binary(
            "A zip of CSV files and their Frictionless Data Package (`datapackage.json`)", ZipResponse.media_type
        ),
    )
    def download_report(context: ReportContext, report: ReportDep) -> ZipResponse:
        source_url = str(context.request.url_for("get_source", report_id=report.id))
        body = report_zip(scoped, context, source_url=source_url)
        return ZipResponse(body, headers=_attachment(f"{report.id}.zip"))

    @router.get(
        "/reports/{report_id}/download.sqlite",
        response_class=SQLiteResponse,
        summary="The report's rows as an SQLite database",
        description="The report and its rows in every table behind its collections: a copy to query with SQL, "
        "the same whichever store serves the API.",
        responses=_binary("An SQLite 3 database file", SQLiteResponse.media_type),
    )
    def download_report_sqlite(session: SessionDep, report: ReportDep) -> SQLiteResponse:
        path = build_sqlite(session, tables, report_id=report.id)
        return SQLiteResponse(read_and_remove(path), headers=_attachment(f"{report.id}.sqlite"))

    @router.get(
        "/download.sqlite",
        response_class=SQLiteResponse,
        summary="Every loaded report's rows as one SQLite database",
        description="Every loaded report and its rows, the same tables as a report's `download.sqlite`, for SQL "
        "across missions and periods.",
        responses=_binary("An SQLite 3 database file", SQLiteResponse.media_type),
    )
    def download_store_sqlite(session: SessionDep) -> SQLiteResponse:
        path = build_sqlite(session, tables)
        return SQLiteResponse(read_and_remove(path), headers=_attachment(STORE_FILE))

    return router
