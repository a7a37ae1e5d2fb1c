"""The shared shapes: envelopes, pagination meta and links, and the source reference on every row."""

from __future__ import annotations

from typing import Generic, TypeVar

from pydantic import BaseModel, ConfigDict, Field

from app.schemas.fields import provenance

T = TypeVar("T")


class SourceRef(BaseModel):
    """Where a row stands in the report's text (`/v1/reports/{report_id}/source`)."""

    section: str = provenance('Section path in the report ("III.A", "II.F", "Summary")')
    paragraph: int | None = provenance(
        "The printed number of the numbered paragraph the row comes from, an integer like a paragraph's "
        "`number`; null for rows of tables, frameworks and the summary",
        default=None,
    )
    first_line: int = provenance("First line in the report's text (1-based)")
    last_line: int = provenance("Last line in the report's text (1-based, inclusive)")


class Row(BaseModel):
    """Every data row says where in the bundled text it came from."""

    model_config = ConfigDict(from_attributes=True)

    source: SourceRef = provenance("Where in the report's text the row comes from")
    citation: str = provenance(
        'A one-line reference a person can paste ("United Nations, A/75/623, para. 103"; '
        '"A/75/623, sect. III.A, "Air operations"")'
    )


class Links(BaseModel):
    self: str = Field(description="This page")
    first: str | None = Field(description="The first page; null when `limit=0` (counts only, no pages)")
    prev: str | None = Field(description="The previous page (past the end: the last page with rows); null on the first")
    next: str | None = Field(description="The next page; null on the last")
    last: str | None = Field(description="The page holding the last row; null when `limit=0`")


class Meta(BaseModel):
    total: int = Field(description="Rows matching the filters, on every page")
    limit: int = Field(description="Rows per page asked for (0: counts only)")
    offset: int = Field(description="Rows skipped before this page")
    facets: dict[str, dict[str, int]] | None = Field(
        default=None,
        description="Rows per value of each requested facet field, for the current filters; a missing value "
        'is counted under the key "null"',
    )


class Page(BaseModel, Generic[T]):
    """Every collection's answer: one page of rows, the counts, and the links to the neighbouring pages."""

    data: list[T] = Field(description="The rows of this page, in the requested order")
    meta: Meta = Field(description="The counts: rows matching, the page's limit and offset, requested facets")
    links: Links = Field(description="This page and its first, previous, next and last pages (also in `Link`)")


class Item(BaseModel, Generic[T]):
    """Every single resource's answer."""

    data: T = Field(description="The resource")
