"""Financial resources (section III.A) and staffing incumbency."""

from __future__ import annotations

from typing import Any

from fastapi import APIRouter

from app.api.annotations import covid_notes
from app.api.collections import CollectionSpec, Filter, ReportContext, register_all
from app.api.filters import GROUP
from app.core.vocabulary import FinancialLevel, StaffingLevel, ValueStatus
from app.models import ComponentStaffing, FinancialCategory, StaffingRow, VacancyFactor
from app.queries import narrative
from app.queries.listing import Listing
from app.schemas.common import Item
from app.schemas.financial import (
    ComponentStaffingPublic,
    FinancialCategoryDetailPublic,
    FinancialCategoryPublic,
    StaffingRowPublic,
    VacancyFactorPublic,
    VarianceRefPublic,
)

router = APIRouter(tags=["financial"])

_NAMED = ("position", "name", "slug", "group", "level")
FINANCIAL_CATEGORIES = CollectionSpec(
    name="financial_categories",
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
        Filter("slug", str, 'One printed line by its slug, the same in every report ("air-operations")'),
        GROUP,
        Filter("level", FinancialLevel, "Row level"),
        Filter("value_status", ValueStatus, "`nil` rows print dashes"),
    ),
)
STAFFING = CollectionSpec(
    name="staffing",
    summary="The human resources incumbency table",
    description="Approved, actual average and vacancy rate per category, nesting kept.",
    public=StaffingRowPublic,
    listing=Listing(
        StaffingRow,
        sort=(*_NAMED, "approved", "actual_average", "vacancy_rate_percent"),
        facets=("group", "level"),
    ),
    filters=(
        Filter("slug", str, 'One printed row by its slug, the same in every report ("formed-police-units")'),
        GROUP,
        Filter("level", StaffingLevel, "Row level"),
    ),
)
HUMAN_RESOURCES = CollectionSpec(
    name="human_resources",
    summary="Human resources by component and category (combined reports)",
    description="Each printed block of each component's staffing table (and the summary's blocks): approved and "
    "actual strength for the performance period, approved for the next and proposed for the budget period.",
    public=ComponentStaffingPublic,
    listing=Listing(
        ComponentStaffing,
        sort=(*_NAMED, "component", "block", "approved", "actual", "approved_next", "proposed"),
        facets=("component", "block", "level"),
    ),
    filters=(
        Filter("component", str, "The component as printed"),
        Filter("block", str, 'The block as printed ("Civilian staff, posts", "Summary")'),
        Filter("slug", str, "One category by its slug"),
        Filter("level", StaffingLevel, "Row level"),
    ),
)
VACANCY_FACTORS = CollectionSpec(
    name="vacancy_factors",
    summary="Vacancy factors by category and period (combined reports)",
    description="The vacancy rates printed per category: actual rates of past periods, budgeted and proposed.",
    public=VacancyFactorPublic,
    listing=Listing(VacancyFactor, sort=("position", "name", "slug", "group"), facets=("group",)),
)
SPECS = (
    FINANCIAL_CATEGORIES,
    STAFFING,
    HUMAN_RESOURCES,
    VACANCY_FACTORS,
    FINANCIAL_CATEGORIES.across("Financial resources rows of every loaded report"),
    STAFFING.across("Human resources rows of every loaded report"),
)
register_all(router, SPECS)


@router.get(
    "/reports/{report_id}/financial-categories/{slug}",
    response_model=Item[FinancialCategoryDetailPublic],
    summary="One financial category, with its variance explanation",
)
def get_financial_category(context: ReportContext, slug: str) -> Item[FinancialCategoryDetailPublic]:
    row = FINANCIAL_CATEGORIES.one(context, slug, what="Financial category")
    period = context.report.period if context.report is not None else ""
    variance = narrative.get_variance(context.session, report_id=context.report_id, slug=slug, period=period)
    explanation: dict[str, Any] | None = None
    if variance is not None:
        url = str(context.request.url_for("get_variance", report_id=context.report_id, slug=variance.slug))
        explanation = VarianceRefPublic.model_validate({**variance.model_dump(), "url": url}).model_dump()
    notes = covid_notes(context, "financial_category", slug)
    detail = {**row, "variance_explanation": explanation, "covid_annotations": notes}
    return Item(data=FinancialCategoryDetailPublic.model_validate(detail))
