"""Completed values and the unit phrases and remarks glued into the next cell.

A completed cell may hold several values ("7 289", "12 1 No"); their units then share one cell
with the remarks: "Workshops Participants (including 137 women) The lower output was ...".
The cell is cut into segments at capitalised words:
- strong cut: before "The lower/higher ...", "In addition", "These activities" ... (remark
  openers); before a capitalised word that follows a lower-case word or a ")" (a new phrase);
  before "Label:" words. Never after "of/the/and/..." , a comma, a colon or "United" (names run
  on: "of the Specialized Judicial Unit", "United Nations").
- medium cut (only while units are fewer than values): between capitalised words at the start of
  a segment ("Workshops Participants", "Tribunals Prisons Training sessions").
- weak cut (same condition): before a capitalised word that follows a capitalised word and is
  followed by a lower-case word ("... Judicial Unit Virtual regional meeting").
Segments opening with a remark opener or "<Subject> was/were" are remarks; extra unit segments
beyond the number of values become remarks (verb-bearing ones first, then from the end).

That cutting (`units_and_remarks`) reads frameworks whose tables print several values in one cell
(A/75/623). A framework printing one value per row, a planned output over several rows, gives each
value's unit whole in the cell beside it and its remarks on rows of their own (`unit_beside`,
A/80/590); `prints_several_values` tells the two apart.
"""

from __future__ import annotations

import itertools
import re

from app.core.markup import blocks, clean
from seed.parser.results.records import Completed

_NUMBER_TOKEN = re.compile(r"^\$?(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?$")
OPENER = re.compile(
    r"^(?:The (?:overall )?(?:lower|higher)\b|In addition\b|These activities\b|This activity\b"
    r"|Postponed\b|Although\b|However\b)"
)
_SUBJECT_VERB = re.compile(r"^(?:The |These |This )?\S+ (?:was|were|had|has|could)\b")
VERB = re.compile(r"\b(?:was|were|is|are|been|had|has|could|did)\b")
_FUNCTION = frozenset(
    "of the and to in for on with by at from des de du la le les a an or including between into per as "
    "its their via than united and/or".split()
)
_ROMAN = frozenset({"I", "II", "III", "IV", "V"})


def value_tokens(text: str) -> list[str] | None:
    """The values of a completed cell ("12 1 No"), or None when the text is not only values."""
    tokens = text.split()
    if tokens and all(_NUMBER_TOKEN.match(t) or t in ("Yes", "No") for t in tokens):
        return tokens
    return None


def completed_value(token: str, unit: str | None) -> Completed:
    if token in ("Yes", "No"):
        return Completed(token, None, token == "Yes", None)
    return Completed(token, float(token.lstrip("$").replace(",", "")), None, unit)


def _is_cap(word: str) -> bool:
    core = word.lstrip("(\"'“")
    return bool(core) and core[0].isupper()


def _is_acronym(word: str) -> bool:
    core = word.strip("(),.;:")
    letters = [c for c in core if c.isalpha()]
    return core in _ROMAN or (len(letters) >= 2 and all(c.isupper() for c in letters))


def _strong(words: list[str], i: int) -> bool:
    word, prev = words[i], words[i - 1]
    if OPENER.match(" ".join(words[i : i + 3])):
        return True
    if word == "The" and prev.lower() not in _FUNCTION:
        return True  # a new sentence or phrase
    if not _is_cap(word) or _is_acronym(word) or word.startswith("("):
        return False
    if prev[-1] in ",:-/.":
        return False
    if word.endswith(":"):
        return True
    if prev.lower().strip("(") in _FUNCTION:
        return False
    if prev.endswith(")"):
        return True
    return prev[0].islower()


Piece = tuple[int, int]  # words[start:end]


def _pieces(words: list[str], cuts: set[int]) -> list[Piece]:
    edges = [0, *sorted(cuts), len(words)]
    return [(a, b) for a, b in itertools.pairwise(edges) if a < b]


def opens_remark(text: str, after: str, common: frozenset[str]) -> bool:
    """Whether `text`, printed after `after` with no full stop between, starts a new remark. Remarks of
    one cell run together ("… pandemic Translations were postponed …"), but so do sentences cut by a
    page break ("… in central" / "Mali …"). A part opening with "The/These/This" starts a remark; any
    other capitalised start does too unless it continues a name ("Specialized Judicial" / "Unit …") or
    its first word is a proper noun, one the report (`common`: its lower-case words) never writes in
    lower case ("Mali", "Malian")."""
    if re.match(r"^(?:The|These|This)\b", text) or OPENER.match(text):
        return True
    first = text.split()[0] if text.split() else ""
    last = after.split()[-1] if after.split() else ""
    return _is_cap(first) and not _is_cap(last) and first.strip("(),.;:").lower() in common


def _is_remark(text: str) -> bool:
    return bool(OPENER.match(text) or _SUBJECT_VERB.match(text))


def segment(text: str, values: int, numbers: int = 0) -> list[tuple[str, str]]:
    """("unit" | "remark", text) segments in printed order; at most `values` units.

    While units are fewer than the `numbers` among the values, "<Subject> were ..." segments are
    units after all ("Investigations were conducted into ..." counts the 191 before it).
    """
    words, cuts = _words(text)
    if not words:
        return []
    cuts |= {i for i in range(1, len(words)) if _strong(words, i)}
    _cut_weaker(words, cuts, values)
    kinds = {piece: ("remark" if _is_remark(_join(words, piece)) else "unit") for piece in _pieces(words, cuts)}
    _surplus_units_to_remarks(words, kinds, values)
    _remarks_to_units(words, kinds, numbers)
    return [(kinds[piece], _join(words, piece)) for piece in _pieces(words, cuts)]


def _join(words: list[str], piece: Piece) -> str:
    return " ".join(words[piece[0] : piece[1]])


def _words(text: str) -> tuple[list[str], set[int]]:
    """The cell's words, and the cuts its <p> paragraphs make (a <p> boundary always cuts)."""
    words: list[str] = []
    cuts: set[int] = set()
    for para in blocks(text):
        if words:
            cuts.add(len(words))
        words.extend(para.split())
    return words, cuts


def _unit_pieces(words: list[str], cuts: set[int]) -> list[Piece]:
    return [piece for piece in _pieces(words, cuts) if not _is_remark(_join(words, piece))]


def _cut_weaker(words: list[str], cuts: set[int], values: int) -> None:
    """Medium cuts, then weak ones, one at a time while the units are fewer than the values."""
    for extra in (_medium, _weak):
        if len(_unit_pieces(words, cuts)) >= values:
            break
        for i in range(1, len(words)):
            units = _unit_pieces(words, cuts)
            if len(units) >= values:
                break
            if i not in cuts and extra(words, i, cuts, {start for start, _ in units}):
                cuts.add(i)


def _surplus_units_to_remarks(words: list[str], kinds: dict[Piece, str], values: int) -> None:
    """Units beyond the number of values are remarks: sentences first, then the last ones."""
    unit_pieces = [piece for piece, kind in kinds.items() if kind == "unit"]
    ranked = sorted(unit_pieces, key=lambda piece: (not VERB.search(_join(words, piece)), -piece[0]))
    for piece in ranked[: max(len(unit_pieces) - values, 0)]:
        kinds[piece] = "remark"


def _remarks_to_units(words: list[str], kinds: dict[Piece, str], numbers: int) -> None:
    """While units are fewer than the numbers, "<Subject> were ..." remarks are units after all."""
    for piece, kind in list(kinds.items()):
        if sum(k == "unit" for k in kinds.values()) >= numbers:
            break
        if kind == "remark" and not OPENER.match(_join(words, piece)):
            kinds[piece] = "unit"


def _medium(words: list[str], i: int, cuts: set[int], starts: set[int]) -> bool:
    word, prev = words[i], words[i - 1]
    return (
        (i - 1) in starts
        and _is_cap(word)
        and _is_cap(prev)
        and not _is_acronym(word)
        and not _is_acronym(prev)
        and prev.lower() not in _FUNCTION
        and prev[-1] not in ",:-/"
    )


def _weak(words: list[str], i: int, cuts: set[int], starts: set[int]) -> bool:
    word, prev = words[i], words[i - 1]
    following = words[i + 1] if i + 1 < len(words) else ""
    return (
        _is_cap(word)
        and _is_cap(prev)
        and not _is_acronym(word)
        and not _is_acronym(prev)
        and prev.lower() not in _FUNCTION
        and bool(following)
        and following[0].islower()
    )


def units_and_remarks(tokens: list[str], unit_text: str) -> tuple[list[str | None], list[str]]:
    """One unit (or None) per value, in order, and the remark segments; a Yes/No takes no unit."""
    units: list[str | None] = [None] * len(tokens)
    remarks: list[str] = []
    index = 0
    numbers = sum(t not in ("Yes", "No") for t in tokens)
    for kind, text in segment(unit_text, len(tokens), numbers):
        if kind == "unit" and index < len(tokens) and tokens[index] not in ("Yes", "No"):
            units[index] = text.rstrip(".")
        else:
            remarks.append(text)
        index += kind == "unit"
    return units, remarks


def unit_beside(tokens: list[str], unit_text: str) -> tuple[list[str | None], list[str]]:
    """A table printing one value per row: the cell beside a number is its unit, beside a Yes/No a remark."""
    text = clean(unit_text)
    if len(tokens) != 1 or not text:
        return units_and_remarks(tokens, unit_text)
    if tokens[0] in ("Yes", "No"):
        return [None], [text]
    return [text.rstrip(".")], []


def prints_several_values(cell: str) -> bool:
    """Whether a completed cell holds more than one value ("12 1 No")."""
    return any(len(value_tokens(para) or ()) > 1 for para in blocks(cell))
