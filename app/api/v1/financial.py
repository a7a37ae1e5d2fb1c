"""Financial resources (section III.A) and staffing incumbency."""

from __future__ import annotations

from typing import Annotated, Literal

from fastapi import APIRouter, Query, Request, Response
from sqlmodel import col

from app.api.deps import ReportDep, SessionDep
from app.api.responses import CollectionContext
from app.errors import NotFound
from app.models import FinancialCategory as FinancialTable
from app.models import Report
from app.models import StaffingRow as StaffingTable
from app.queries import financial as queries
from app.queries.listing import Listing
from app.queries.narrative import get_variance
from app.queries.results import annotations_for
from app.schemas.common import Item, Page
from app.schemas.financial import FinancialCategory, FinancialCategoryDetail, StaffingRow, VarianceRef
from app.schemas.results import CovidNote
from app.schemas.rows import sourced

router = APIRouter(tags=["financial"])

FINANCIAL_LISTING = Listing(
    model=FinancialTable,
    sort_fields=queries.financial_listing_fields,
    default_order=[col(FinancialTable.position)],
    facet_fields={
        "group": FinancialTable.group,
        "level": FinancialTable.level,
        "value_status": FinancialTable.value_status,
    },
)
STAFFING_LISTING = Listing(
    model=StaffingTable,
    sort_fields={
        name: getattr(StaffingTable, name)
        for name in ("position", "name", "slug", "group", "level", "approved", "actual_average", "vacancy_rate_percent")
    },
    default_order=[col(StaffingTable.position)],
    facet_fields={"group": StaffingTable.group, "level": StaffingTable.level},
)


def financial_public(report: Report, row: FinancialTable) -> FinancialCategory:
    return FinancialCategory.model_validate({**row.model_dump(), **sourced(report.symbol, row, row.name)})


def staffing_public(report: Report, row: StaffingTable) -> StaffingRow:
    return StaffingRow.model_validate({**row.model_dump(), **sourced(report.symbol, row, row.name)})


@router.get(
    "/reports/{report_id}/financial-categories",
    response_model=Page[FinancialCategory],
    summary="Rows of the financial resources table (section III.A)",
)
def list_financial_categories(
    collection: CollectionContext,
    report: ReportDep,
    group: Annotated[str | None, Query(description='Group name or slug ("operational-costs")')] = None,
    level: Annotated[Literal["line", "subtotal", "total"] | None, Query()] = None,
    value_status: Annotated[Literal["reported", "nil", "not_reported"] | None, Query()] = None,
) -> Page[FinancialCategory] | Response:
    """Lines, group subtotals and totals in printed order. Sortable: position, name, slug, group, level,
    apportionment_usd, expenditure_usd, variance_usd, variance_percent. Facetable: group, level, value_status."""
    conditions = queries.financial_conditions(report.id, group=group, level=level, value_status=value_status)
    return collection.respond(
        FINANCIAL_LISTING,
        conditions=conditions,
        to_public=lambda row: financial_public(report, row),
        model=FinancialCategory,
    )


@router.get(
    "/reports/{report_id}/financial-categories/{slug}",
    response_model=Item[FinancialCategoryDetail],
    summary="One financial category, with its variance explanation",
)
def get_financial_category(
    request: Request, session: SessionDep, report: ReportDep, slug: str
) -> Item[FinancialCategoryDetail]:
    row = queries.get_financial_category(session, report_id=report.id, slug=slug)
    if row is None:
        raise NotFound(f"Financial category {slug!r} not found in report {report.id!r}")
    variance = get_variance(session, report_id=report.id, slug=slug)
    explanation = None
    if variance is not None:
        url = str(request.url_for("get_variance", report_id=report.id, slug=slug))
        explanation = VarianceRef(
            direction=variance.direction, paragraphs=variance.paragraphs, url=url, explanation=variance.explanation
        )
    notes = annotations_for(session, report_id=report.id, target_type="financial_category", target_id=slug)
    detail = FinancialCategoryDetail.model_validate({
        **financial_public(report, row).model_dump(),
        "variance_explanation": explanation,
        "covid_annotations": [CovidNote.model_validate(n, from_attributes=True) for n in notes],
    })  # fmt: skip
    return Item(data=detail)


@router.get(
    "/reports/{report_id}/staffing", response_model=Page[StaffingRow], summary="The human resources incumbency table"
)
def list_staffing(
    collection: CollectionContext,
    report: ReportDep,
    group: Annotated[str | None, Query(description='Parent group name or slug ("united-nations-volunteers")')] = None,
    level: Annotated[Literal["category", "group", "subcategory"] | None, Query()] = None,
) -> Page[StaffingRow] | Response:
    """Approved, actual average and vacancy rate per category, nesting kept. Sortable: position, name, slug, group,
    level, approved, actual_average, vacancy_rate_percent. Facetable: group, level."""
    conditions = queries.staffing_conditions(collection.session, report.id, group=group, level=level)
    return collection.respond(
        STAFFING_LISTING,
        conditions=conditions,
        to_public=lambda row: staffing_public(report, row),
        model=StaffingRow,
    )
