"""Financial resources (section III.A) and staffing incumbency."""

from __future__ import annotations

from typing import Any

from fastapi import APIRouter, Request

from app.api.collections import CollectionSpec, Context, Filter, register_all
from app.api.deps import ReportDep, SessionDep
from app.api.filters import GROUP
from app.core.vocabulary import FinancialLevel, StaffingLevel, ValueStatus
from app.models import FinancialCategory, StaffingRow
from app.queries import narrative, results
from app.queries.listing import Listing
from app.queries.rows import get_row
from app.schemas.common import Item
from app.schemas.financial import (
    FinancialCategoryDetailPublic,
    FinancialCategoryPublic,
    StaffingRowPublic,
    VarianceRefPublic,
)
from app.schemas.results import CovidNotePublic

router = APIRouter(tags=["financial"])

_NAMED = ("position", "name", "slug", "group", "level")
FINANCIAL_CATEGORIES = CollectionSpec(
    name="financial_categories",
    path="reports/{report_id}/financial-categories",
    summary="Rows of the financial resources table (section III.A)",
    description="Lines, group subtotals and totals in printed order.",
    public=FinancialCategoryPublic,
    listing=Listing(
        FinancialCategory,
        sort=(
            "position",
            "name",
            "slug",
            "group",
            "level",
            "apportionment_usd",
            "expenditure_usd",
            "variance_usd",
            "variance_percent",
        ),
        facets=("group", "level", "value_status"),
    ),
    filters=(
        GROUP,
        Filter("level", FinancialLevel, "Row level"),
        Filter("value_status", ValueStatus, "`nil` rows print dashes"),
    ),
)
STAFFING = CollectionSpec(
    name="staffing",
    path="reports/{report_id}/staffing",
    summary="The human resources incumbency table",
    description="Approved, actual average and vacancy rate per category, nesting kept.",
    public=StaffingRowPublic,
    listing=Listing(
        StaffingRow,
        sort=(*_NAMED, "approved", "actual_average", "vacancy_rate_percent"),
        facets=("group", "level"),
    ),
    filters=(GROUP, Filter("level", StaffingLevel, "Row level")),
)
register_all(router, (FINANCIAL_CATEGORIES, STAFFING))


@router.get(
    "/reports/{report_id}/financial-categories/{slug}",
    response_model=Item[FinancialCategoryDetailPublic],
    summary="One financial category, with its variance explanation",
)
def get_financial_category(
    request: Request, session: SessionDep, report: ReportDep, slug: str
) -> Item[FinancialCategoryDetailPublic]:
    row = get_row(session, FinancialCategory, report, slug, what="Financial category")
    context = Context(request=request, session=session, report=report)
    variance = narrative.get_variance(session, report_id=report.id, slug=slug)
    explanation: dict[str, Any] | None = None
    if variance is not None:
        url = str(request.url_for("get_variance", report_id=report.id, slug=slug))
        explanation = VarianceRefPublic.model_validate({**variance.model_dump(), "url": url}).model_dump()
    notes = results.annotations_for(session, report_id=report.id, target_type="financial_category", target_id=slug)
    detail = FinancialCategoryDetailPublic.model_validate(
        {
            **FINANCIAL_CATEGORIES.mapper(context)(row).model_dump(),
            "variance_explanation": explanation,
            "covid_annotations": [CovidNotePublic.model_validate(n, from_attributes=True) for n in notes],
        }
    )
    return Item(data=detail)
