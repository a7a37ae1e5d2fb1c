"""What each section of a report is for: its role, read from the section titles its table of contents lists.

Reports of one family number their sections differently (the results frameworks are II.F in one report
and II.D in the next; III.B holds redeployments in one and the unencumbered balance in another), so the
section parsers never name a path: they ask the layout for the section playing their role. A role is
given by the section's title, never by its number; a role the report does not print is absent, and a
section parser whose role is absent is not run.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from enum import StrEnum

from seed.parser.lines import Document, Section
from seed.parser.spans import ParseError

SUMMARY_PATH = "Summary"  # the one section the contents do not number (see `seed.parser.lines`)


class Role(StrEnum):
    SUMMARY = "summary"
    INTRODUCTION = "introduction"
    FRAMEWORKS = "frameworks"
    FINANCIAL_RESOURCES = "financial_resources"
    REDEPLOYMENTS = "redeployments"
    EXPENDITURE_PATTERN = "expenditure_pattern"
    OTHER_REVENUE = "other_revenue"
    EQUIPMENT = "equipment"
    NON_BUDGETED = "non_budgeted"
    UNENCUMBERED_BALANCE = "unencumbered_balance"
    CANCELLED_COMMITMENTS = "cancelled_commitments"
    VARIANCES = "variances"
    FINANCIAL_POSITION = "financial_position"
    ACTIONS = "actions"
    FOLLOW_UP = "follow_up"


@dataclass(frozen=True)
class _Title:
    """A role's title: the section's own title, and where given the title of the section holding it."""

    role: Role
    title: re.Pattern[str]
    parent: re.Pattern[str] | None = None


def _title(role: Role, title: str, parent: str | None = None) -> _Title:
    return _Title(role, re.compile(title, re.IGNORECASE), re.compile(parent, re.IGNORECASE) if parent else None)


# Titles as the reports print them, across the standalone and combined families. Where a section and one of
# its sub-sections both fit ("II. Financial resources" over "A. Overall"), the sub-section plays the role.
_TITLES = (
    _title(Role.INTRODUCTION, r"^Introduction$"),
    _title(Role.FRAMEWORKS, r"^Results-based budgeting frameworks?$"),
    _title(Role.FINANCIAL_RESOURCES, r"^Financial resources$"),
    _title(Role.FINANCIAL_RESOURCES, r"^Overall$", parent=r"^Financial resources$"),
    _title(Role.REDEPLOYMENTS, r"\bredeployments?\b"),
    _title(Role.EXPENDITURE_PATTERN, r"^Monthly expenditure pattern$"),
    _title(Role.OTHER_REVENUE, r"^Other revenue and adjustments\b"),
    _title(Role.EQUIPMENT, r"^Expenditure for contingent-owned equipment\b"),
    _title(Role.NON_BUDGETED, r"\bnon-budgeted contributions$"),
    _title(Role.UNENCUMBERED_BALANCE, r"^Unencumbered balance$"),
    _title(Role.CANCELLED_COMMITMENTS, r"^Cancellation of prior-period (?:commitments|obligations)$"),
    _title(Role.VARIANCES, r"^Analysis of variances$"),
    _title(Role.FINANCIAL_POSITION, r"^Financial position\b"),
    _title(Role.ACTIONS, r"^Actions to be taken by the General Assembly$"),
    _title(Role.FOLLOW_UP, r"^Summary of follow-up action\b"),
)


@dataclass(frozen=True)
class Layout:
    """A report's numbered lines and the section path playing each role it prints."""

    doc: Document
    roles: dict[Role, str]

    def has(self, role: Role) -> bool:
        return role in self.roles

    def path(self, role: Role) -> str:
        """The section path playing a role; a ParseError when the report prints no such section."""
        try:
            return self.roles[role]
        except KeyError:
            raise ParseError(f"the report has no {role.value.replace('_', ' ')} section", section="contents") from None

    def section(self, role: Role) -> Section:
        return self.doc.section(self.path(role))

    def body(self, role: Role) -> list[tuple[int, str]]:
        """Non-blank lines of the role's section, without its heading."""
        return self.doc.body(self.path(role))

    @property
    def first_numbered(self) -> Section:
        """The first section the contents number: numbered paragraphs start there."""
        return next(sec for path, sec in self.doc.sections.items() if path != SUMMARY_PATH)


def read_layout(doc: Document) -> Layout:
    """Each role's section, by title; a title two sections share is a ParseError naming the second."""
    roles: dict[Role, str] = {Role.SUMMARY: SUMMARY_PATH}
    for path, section in doc.sections.items():
        role = _role_of(doc, path, section)
        if role is None:
            continue
        if role in roles and not path.startswith(roles[role] + "."):
            raise ParseError(
                f"two sections play the role {role.value}: {roles[role]} and {path}",
                section=path,
                line=section.heading_line,
            )
        roles[role] = path
    return Layout(doc, roles)


def _role_of(doc: Document, path: str, section: Section) -> Role | None:
    parent = doc.sections.get(path.rpartition(".")[0]) if "." in path else None
    for title in _TITLES:
        if not title.title.search(section.title):
            continue
        if title.parent is None or (parent is not None and title.parent.search(parent.title)):
            return title.role
    return None
