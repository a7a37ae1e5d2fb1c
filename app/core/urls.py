"""Where each resource is served, written once for the API's links and the loader's search documents."""

from __future__ import annotations

API_PREFIX = "/v1"

# A resource's path relative to its report, by the kind names annotations and search hits use.
RESOURCE_PATHS = {
    "output": "outputs/{id}",
    "indicator": "indicators/{id}",
    "financial_category": "financial-categories/{id}",
    "paragraph": "paragraphs/{id}",
    "variance": "variances/{id}",
    "follow_up": "follow-up",
    "summary": "",
}

# The collections a report links to, in the order its `links` lists them.
REPORT_COLLECTIONS = (
    "summary",
    "financial-categories",
    "staffing",
    "components",
    "expected-accomplishments",
    "indicators",
    "outputs",
    "covid-annotations",
    "variances",
    "paragraphs",
    "redeployments",
    "other-revenue",
    "contingent-owned-equipment",
    "mission-factors",
    "non-budgeted-contributions",
    "unencumbered-balance",
    "prior-period-cancellations",
    "financial-position",
    "checks",
    "source",
)


def report_path(report_id: str) -> str:
    return f"{API_PREFIX}/reports/{report_id}"


def resource_path(kind: str, resource_id: str) -> str | None:
    """The path of a resource relative to its report, or None for a kind that has no page of its own."""
    template = RESOURCE_PATHS.get(kind)
    return None if template is None else template.format(id=resource_id)
