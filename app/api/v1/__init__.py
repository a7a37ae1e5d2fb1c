"""Version 1 of the public contract: every router mounted under /v1."""

from __future__ import annotations

from fastapi import APIRouter, Depends

from app.api.deps import refuse_control_characters, reject_unknown_params
from app.api.filters import refuse_bracket_filters
from app.api.v1 import financial, missions, narrative, reports, results, search, tables
from app.api.v1.download import download_router

router = APIRouter(
    prefix="/v1",
    dependencies=[
        Depends(refuse_control_characters),
        Depends(refuse_bracket_filters),
        Depends(reject_unknown_params),
    ],
)
for module in (reports, missions, financial, results, narrative, tables, search):
    router.include_router(module.router)

# Every collection the version serves, declared once each (contract tests sweep them all).
COLLECTIONS = (*reports.SPECS, *financial.SPECS, *results.SPECS, *narrative.SPECS, *tables.SPECS)
router.include_router(download_router(COLLECTIONS))
