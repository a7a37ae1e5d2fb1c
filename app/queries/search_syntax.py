"""A search query read once, expanded once, and written out for each store's full-text engine.

The syntax is web-search style: words are ANDed, "quoted phrases" match in order, `or` between terms offers
alternatives, a leading `-` excludes. The query is parsed here (not by the engines) so that both stores expand it
the same way, with the synonyms of app/queries/synonyms.py and the spelling rule of app/queries/spelling.py, and
so that user input is never engine syntax: every term becomes a quoted FTS5 phrase or a bound `phraseto_tsquery`
argument.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from app.queries.errors import SearchSyntaxError
from app.queries.spelling import undoubled
from app.queries.synonyms import LONGEST, is_searched, synonym_key, synonyms_of

_TOKEN = re.compile(r'(-?)"([^"]*)"|(\S+)')
Alternative = tuple[str, ...]  # terms (words or phrases) that must all match
Group = tuple[Alternative, ...]  # one alternative of each group must match


@dataclass(frozen=True)
class Query:
    groups: tuple[Group, ...]
    excluded: tuple[str, ...]


def parse_query(query: str) -> Query:
    """Web-search syntax to groups of alternatives and excluded terms; refuses what cannot be read."""
    if query.count('"') % 2:
        raise SearchSyntaxError("unbalanced double quote")
    groups: list[list[Alternative]] = []
    excluded: list[str] = []
    pending_or = False
    for match in _TOKEN.finditer(query):
        negative, phrase, word = match[1], match[2], match[3]
        if word is not None and word.lower() == "or":
            pending_or = bool(groups)
            continue
        if word is not None and word.startswith("-") and len(word) > 1:
            negative, word = "-", word[1:]
        term = (phrase if phrase is not None else word or "").strip()
        if not re.search(r"\w", term):
            continue
        if negative:
            excluded.append(term)
        elif pending_or:
            groups[-1].append((term,))
        else:
            groups.append([(term,)])
        pending_or = False
    if not groups:
        raise SearchSyntaxError("the query has no word to look for")
    return Query(tuple(tuple(g) for g in groups), tuple(excluded))


def _single_term(group: Group) -> str | None:
    return group[0][0] if len(group) == 1 and len(group[0]) == 1 else None


def _synonym_run(groups: tuple[Group, ...], start: int) -> tuple[int, tuple[str, ...]]:
    """The longest run of single-term groups from `start` that names a synonym set: its length and the other
    members (0 and none when no run does)."""
    for end in range(min(len(groups), start + LONGEST), start, -1):
        terms = [_single_term(g) for g in groups[start:end]]
        if None in terms:
            continue
        key = tuple(w for t in terms for w in synonym_key(t or ""))
        others = synonyms_of(key)
        if others:
            return end - start, others
    return 0, ()


def _with_undoubled(group: Group) -> Group:
    extra = [(form,) for alt in group if len(alt) == 1 for form in [undoubled(alt[0])] if form]
    return group + tuple(extra)


def expand(query: Query) -> Query:
    """Synonyms join the group of the term that names them (a run of words naming a multi-word member counts,
    all its words still an alternative), and a word is also read undoubled as the indexed text is. An excluded
    term is excluded as typed: "COVID-19 -pandemic" asks for the texts that do not say pandemic."""
    groups: list[Group] = []
    position = 0
    while position < len(query.groups):
        length, others = _synonym_run(query.groups, position)
        if length:
            literal = tuple(_single_term(g) or "" for g in query.groups[position : position + length])
            named = (literal,) if is_searched(tuple(w for t in literal for w in synonym_key(t))) else ()
            groups.append((*named, *((o,) for o in others)))
            position += length
        else:
            groups.append(query.groups[position])
            position += 1
    return Query(tuple(_with_undoubled(g) for g in groups), query.excluded)


def _fts5_phrase(term: str) -> str:
    return '"' + term.replace('"', '""') + '"'


def _joined(parts: list[str], operator: str) -> str:
    return parts[0] if len(parts) == 1 else "(" + f" {operator} ".join(parts) + ")"


def fts5_expression(query: Query) -> str:
    """FTS5 MATCH text: (a OR (b AND c)) AND "d e" NOT "f", every term a quoted phrase."""
    groups = [_joined([_joined([_fts5_phrase(t) for t in alt], "AND") for alt in g], "OR") for g in query.groups]
    expression = " AND ".join(groups)
    for term in query.excluded:
        expression = f"{expression} NOT {_fts5_phrase(term)}"
    return expression


def to_fts5(query: str) -> str:
    """Web-search syntax to an FTS5 expression, as typed (without expansion)."""
    return fts5_expression(parse_query(query))


def tsquery_expression(query: Query) -> tuple[str, dict[str, str]]:
    """A PostgreSQL tsquery expression of `phraseto_tsquery('english', :term)` calls, and its bound terms."""
    params: dict[str, str] = {}

    def phrase(term: str) -> str:
        name = f"term{len(params)}"
        params[name] = term
        return f"phraseto_tsquery('english', :{name})"

    groups = [_joined([_joined([phrase(t) for t in alt], "&&") for alt in g], "||") for g in query.groups]
    expression = " && ".join(groups)
    for term in query.excluded:
        expression = f"{expression} && !!{phrase(term)}"
    return expression, params
