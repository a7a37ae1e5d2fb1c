"""The follow-up section: each decision or request of the General Assembly (or of the Advisory Committee, as
endorsed by the Assembly) with the action the report says was taken on it.

The section prints one table per document followed up, each introduced by the document in parentheses:
"(Resolution 74/290)", "(A/78/744/Add.11)". Its sub-sections, where it has them, name the body whose
requests follow ("A. General Assembly", "B. Advisory Committee …"); without sub-sections the body is the
first heading-like line of the section. A table is printed in one of two forms, chosen by its header:

- column form (the header is a line of its own, "Decision/request"): all decisions/requests first, then,
  after the line "Action taken to implement decision/request", the actions. Pairing rule: actions are
  taken in order, one per request; an action paragraph opening with a connective ("In addition",
  "Furthermore", "Moreover", "Also", "Additionally") continues the previous action rather than answering
  the next request. In A/75/623 this gives: request 1 (para. 14) <- lines 1455 + 1457 ("In addition, …");
  request 2 (para. 15) <- line 1459. More actions than requests is an error.
- row form (the header is a tab row, "Request/recommendation<tab>Action taken …"): one row per request with
  its action beside it; a row with an empty first cell continues the action above.

Every entry needs both its request and its action taken: a request left without an action is refused (naming
the request's line), since that is what a table cut short looks like, the last action lost with the last line.
The last action of each table must end a sentence too; only the last, as a printed report may leave a full stop
out mid-table (A/75/623, line 1461).
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field

from app.core.markup import clean
from seed.parser.completeness import ends_sentence
from seed.parser.layout import Layout, Role
from seed.parser.lines import Document
from seed.parser.paragraphs import is_heading_like
from seed.parser.spans import ParseError, SourceSpan
from seed.parser.toolkit import cell, cells

_RESOLUTION = re.compile(r"\bresolutions? (?P<symbol>\d+/\d+(?: [A-Z]\b)?)", re.IGNORECASE)
_DOCUMENT = re.compile(r"^\((?P<document>[^()]+)\)$")
_GA_PARAGRAPH = re.compile(r"\(para\. (?P<number>\d+)\)\.?$")
_RANGE = r"\d+(?:(?:,\s*|,? and |\s*(?:-|–| to )\s*)\d+)*"
# "paragraphs 30 and 31" cites this report, and so does "(paras. 21–25 above)"; "(para. 14)" cites the
# request's own source.
_PARAGRAPH_REFS = re.compile(rf"\bparagraphs? (?P<refs>{_RANGE})|\bparas?\. (?P<above>{_RANGE}) above\b")
_OTHER_DOCUMENT = re.compile(r" of (?!the present report)")
_CONNECTIVE = re.compile(r"^(?:In addition|Furthermore|Moreover|Also|Additionally)\b")
_ACTION_TITLE = re.compile(r"^Action taken to implement (?:decision/request|request/recommendation)$")
_REQUEST_TITLE = re.compile(r"^(?:Decision/request|Request/recommendation)$")


@dataclass(frozen=True)
class FollowUp:
    index: int  # 1-based order of the decision/request in the section
    resolution: str  # the resolution followed up: "74/290", "78/250 B"
    resolution_paragraph: int | None  # the paragraph of its source the request quotes: "(para. 14)" -> 14
    decision_request: str
    action_taken: str | None  # always printed (an entry without one is refused); typed as served
    paragraph_refs: tuple[int, ...]  # paragraphs of this report the action cites
    source: SourceSpan  # the decision/request
    action_source: SourceSpan | None  # the action paragraph(s)
    body: str  # who asked: "General Assembly", "Advisory Committee on Administrative and Budgetary Questions"
    document: str  # the document the request is quoted from, as printed: "Resolution 74/290", "A/79/817"


@dataclass
class _Request:
    line: int
    text: str
    actions: list[tuple[int, str]] = field(default_factory=list)


@dataclass
class _Table:
    """One document's requests, as read so far."""

    body: str
    document: str
    header_line: int
    columns: bool  # printed in the column form
    requests: list[_Request] = field(default_factory=list)
    actions_at: int | None = None  # column form: the line "Action taken …" after the requests
    last_line: int = 0  # row form: the table's last line read
    unpaired: list[tuple[int, str]] = field(default_factory=list)  # column form: the actions, not yet paired


@dataclass
class _Walk:
    """The section read line by line: the running body and document, and the tables read so far."""

    path: str
    sub_headings: dict[int, str]
    body: str | None = None
    document: str | None = None
    tables: list[_Table] = field(default_factory=list)
    form: Callable[[_Walk, int, str], None] | None = None


def parse_follow_up(layout: Layout) -> tuple[FollowUp, ...]:
    """Every decision/request of the follow-up section with the action reported against it (rules above)."""
    doc, path = layout.doc, layout.path(Role.FOLLOW_UP)
    sec = doc.section(path)
    resolution = _RESOLUTION.search(sec.title)
    walk = _Walk(path, _sub_headings(doc, path))
    for number, text in doc.body(path):
        _read(walk, number, text)
    result: list[FollowUp] = []
    for table in walk.tables:
        _pair_actions(table, path)
        _check_actions(table, path)
        own = _RESOLUTION.match(table.document)
        symbol = own["symbol"] if own else resolution["symbol"] if resolution else None
        if symbol is None:
            raise ParseError("the resolution followed up is not named", section=path, line=sec.heading_line)
        result.extend(_records(table, symbol, path, len(result)))
    if not result:
        raise ParseError("no decisions or requests", section=path, line=sec.heading_line)
    return tuple(result)


def _sub_headings(doc: Document, path: str) -> dict[int, str]:
    return {s.heading_line: s.title for p, s in doc.sections.items() if p.startswith(path + ".")}


def _read(walk: _Walk, number: int, text: str) -> None:
    """One line: a sub-heading, the body's line, a document line, a table header, or a row of the table."""
    row = cells(text)
    document = _DOCUMENT.match(text.strip())
    if number in walk.sub_headings:
        walk.body, walk.form = walk.sub_headings[number], None
    elif walk.body is None and is_heading_like(text):
        walk.body = clean(text)
    elif document:
        walk.document, walk.form = document["document"], None
    elif _REQUEST_TITLE.match(row[0]):
        _open_table(walk, number, row)
    elif walk.form is not None:
        walk.form(walk, number, text)


def _open_table(walk: _Walk, number: int, row: list[str]) -> None:
    if walk.document is None or walk.body is None:
        raise ParseError("a follow-up table before its body and document are named", section=walk.path, line=number)
    columns = not _ACTION_TITLE.match(cell(row, 1))
    walk.tables.append(_Table(walk.body, walk.document, number, columns, last_line=number))
    walk.form = _column_form if columns else _row_form


def _column_form(walk: _Walk, number: int, text: str) -> None:
    table = walk.tables[-1]
    if table.actions_at is None and _ACTION_TITLE.match(text.strip()):
        table.actions_at = number
        if not table.requests:  # the action's title right below the request's: the two alternate
            walk.form = _alternating_form
    elif table.actions_at is not None:
        table.unpaired.append((number, clean(text)))
    elif not is_heading_like(text):
        table.requests.append(_Request(number, clean(text)))


def _alternating_form(walk: _Walk, number: int, text: str) -> None:
    """Column form, requests and actions alternating: a request ends by citing its paragraph ("(para. 17)."), and
    the lines below it, up to the next request, are its action."""
    table = walk.tables[-1]
    line = clean(text)
    if _GA_PARAGRAPH.search(line):
        table.requests.append(_Request(number, line))
    elif not table.requests:
        raise ParseError("an action before any request", section=walk.path, line=number)
    else:
        table.requests[-1].actions.append((number, line))


def _row_form(walk: _Walk, number: int, text: str) -> None:
    table = walk.tables[-1]
    # A table runs to the first blank line: a line without a tab right below a row is a row of one cell (a
    # request whose action is not printed), one further down a line of prose or a heading after the table.
    if "\t" not in text and number != table.last_line + 1:
        walk.form = None
        return
    table.last_line = number
    row = cells(text)
    action = clean(cell(row, 1))
    if row[0]:
        table.requests.append(_Request(number, row[0], [(number, action)] if action else []))
    elif not table.requests:
        raise ParseError("an action before any request", section=walk.path, line=number)
    elif action:
        table.requests[-1].actions.append((number, action))


def _pair_actions(table: _Table, path: str) -> None:
    """Column form: hand the actions to the requests in order, a connective paragraph staying with the last."""
    if not table.columns:
        return
    if table.actions_at is None:
        raise ParseError('the line "Action taken to implement …" is missing', section=path, line=table.header_line)
    groups: list[list[tuple[int, str]]] = []
    for number, text in table.unpaired:
        if groups and _CONNECTIVE.match(text):
            groups[-1].append((number, text))
        else:
            groups.append([(number, text)])
    if len(groups) > len(table.requests):
        raise ParseError(
            f"{len(groups)} actions for {len(table.requests)} decisions/requests",
            section=path,
            line=groups[len(table.requests)][0][0],
        )
    for request, group in zip(table.requests, groups, strict=False):
        request.actions = group


def _check_actions(table: _Table, path: str) -> None:
    """Every request has its action taken, and the table's last action ends a sentence (the module's last rule)."""
    for request in table.requests:
        if not request.actions:
            message = 'a decision/request without its "action taken": the table is incomplete'
            raise ParseError(message, section=path, line=request.line)
    last = table.requests[-1].actions[-1] if table.requests else None
    if last is not None and not ends_sentence(last[1]):
        raise ParseError("the table's last action taken ends mid-sentence: it is cut short", section=path, line=last[0])


def _records(table: _Table, resolution: str, path: str, before: int) -> list[FollowUp]:
    records = []
    for index, request in enumerate(table.requests, start=before + 1):
        action = " ".join(t for _, t in request.actions) if request.actions else None
        quoted = _GA_PARAGRAPH.search(request.text)
        records.append(
            FollowUp(
                index=index,
                resolution=resolution,
                resolution_paragraph=int(quoted["number"]) if quoted else None,
                decision_request=request.text,
                action_taken=action,
                paragraph_refs=paragraph_refs(action or ""),
                source=SourceSpan(path, request.line, request.line),
                action_source=SourceSpan(path, request.actions[0][0], request.actions[-1][0])
                if request.actions
                else None,
                body=table.body,
                document=table.document,
            )
        )
    return records


def paragraph_refs(text: str) -> tuple[int, ...]:
    """Paragraph numbers of this report a text cites: "paragraphs 30 and 31" -> (30, 31), "paragraphs 32 to 35"
    -> (32, …, 35), "(paras. 21–25 above)" -> (21, …, 25); not "paragraph 64 of resolution 79/257"."""
    refs: list[int] = []
    for match in _PARAGRAPH_REFS.finditer(text):
        if _OTHER_DOCUMENT.match(text, match.end()):
            continue  # "paragraph 64 of General Assembly resolution 79/257" cites another document
        spec = match["refs"] or match["above"]
        for part in re.split(r",\s*|,? and ", spec):
            bounds = re.split(r"\s*(?:-|–| to )\s*", part.strip())
            if len(bounds) == 2:
                refs.extend(range(int(bounds[0]), int(bounds[1]) + 1))
            else:
                refs.append(int(bounds[0]))
    return tuple(dict.fromkeys(refs))
