"""The shared shapes: envelopes, pagination meta and links, and the source reference on every row."""

from __future__ import annotations

from typing import Generic, TypeVar

from pydantic import BaseModel, ConfigDict, Field

T = TypeVar("T")


class SourceRef(BaseModel):
    section: str = Field(description='Section path in the report ("III.A", "II.F", "Summary")')
    paragraph: str | None = Field(default=None, description="Paragraph number, where the row has one")
    first_line: int = Field(description="First line in the bundled text (1-based)")
    last_line: int = Field(description="Last line in the bundled text")


class Row(BaseModel):
    """Every data row says where in the bundled text it came from."""

    model_config = ConfigDict(from_attributes=True)

    source: SourceRef
    citation: str = Field(description="A one-line reference a person can paste")


class Links(BaseModel):
    self: str
    next: str | None
    prev: str | None


class Meta(BaseModel):
    total: int
    limit: int
    offset: int
    facets: dict[str, dict[str, int]] | None = Field(
        default=None, description="Rows per value of each requested facet field, for the current filters"
    )


class Page(BaseModel, Generic[T]):
    """Every collection's answer: one page of rows, the counts, and the links to the neighbouring pages."""

    data: list[T] = Field(description="The rows of this page, in the requested order")
    meta: Meta
    links: Links


class Item(BaseModel, Generic[T]):
    """Every single resource's answer."""

    data: T
