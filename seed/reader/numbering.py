"""Automatic list labels ("I.", "A.", "(a)") that Word draws in front of numbered paragraphs.

The reports' tables of contents number their entries this way, while the body prints its marks as text;
without the labels a contents entry would read "Introduction" instead of "I. Introduction". python-docx
has no API for numbering definitions, so the numbering part's `w:num`, `w:abstractNum` and `w:lvl`
elements are read here by hand. Counters are kept per list (`numId`); a level's counter restarts when a
shallower level advances. Bullets and levels without a number format draw no label.
"""

from __future__ import annotations

from dataclasses import dataclass

from docx.opc.part import Part
from docx.oxml.ns import qn
from docx.oxml.text.paragraph import CT_P
from docx.oxml.xmlchemy import BaseOxmlElement
from docx.styles.style import ParagraphStyle
from docx.styles.styles import Styles

from seed.reader.package import part_element

_ROMAN = (
    (1000, "M"), (900, "CM"), (500, "D"), (400, "CD"), (100, "C"), (90, "XC"),
    (50, "L"), (40, "XL"), (10, "X"), (9, "IX"), (5, "V"), (4, "IV"), (1, "I"),
)  # fmt: skip


@dataclass(frozen=True)
class Level:
    start: int
    format: str  # w:numFmt: decimal, upperRoman, lowerLetter, bullet, none, …
    text: str  # w:lvlText: "%1.", "(%4)"
    suffix: str  # w:suff: tab, space or nothing


class Numbering:
    """List labels for paragraphs, in document order (each call advances the paragraph's list)."""

    def __init__(self, part: Part | None, styles: Styles) -> None:
        self._levels: dict[str, dict[int, Level]] = {}
        if part is not None:
            self._levels = _definitions(part_element(part))
        self._style_numbering: dict[str, tuple[str | None, int | None]] = {}
        for style in styles:
            if isinstance(style, ParagraphStyle):
                self._style_numbering[style.style_id] = _num_pr(style.element)
        self._counters: dict[str, dict[int, int]] = {}

    def label(self, p: CT_P) -> str:
        """The label Word draws before `p` with its separator ("I. ", "(b) "), or "" when `p` is not numbered."""
        if not self._levels:
            return ""
        num_id, ilvl = _num_pr(p)
        style_num_id, style_ilvl = self._style_numbering.get(p.style or "", (None, None))
        num_id = num_id if num_id is not None else style_num_id
        ilvl = ilvl if ilvl is not None else (style_ilvl or 0)
        levels = self._levels.get(num_id or "")
        if not levels or ilvl not in levels:
            return ""
        counters = self._counters.setdefault(str(num_id), {})
        counters[ilvl] = counters.get(ilvl, levels[ilvl].start - 1) + 1
        for deeper in [level for level in counters if level > ilvl]:
            del counters[deeper]
        return _render(levels, counters, ilvl)


def _render(levels: dict[int, Level], counters: dict[int, int], ilvl: int) -> str:
    level = levels[ilvl]
    if level.format in ("bullet", "none") or not level.text:
        return ""
    label = level.text
    for index in range(ilvl, -1, -1):  # "%2" is level 1's counter, and so on up to "%9"
        shown = levels.get(index)
        value = counters.get(index, shown.start if shown else 1)
        label = label.replace(f"%{index + 1}", _format(value, shown.format if shown else "decimal"))
    return label + ("" if level.suffix == "nothing" else " ")


def _format(value: int, number_format: str) -> str:
    if number_format in ("upperRoman", "lowerRoman"):
        roman = _roman(value)
        return roman if number_format == "upperRoman" else roman.lower()
    if number_format in ("upperLetter", "lowerLetter"):
        letter = chr(ord("A") + (value - 1) % 26) * ((value - 1) // 26 + 1)
        return letter if number_format == "upperLetter" else letter.lower()
    if number_format == "decimalZero":
        return f"{value:02d}"
    if number_format in ("bullet", "none"):
        return ""
    return str(value)


def _roman(value: int) -> str:
    out = ""
    for number, numeral in _ROMAN:
        count, value = divmod(value, number)
        out += numeral * count
    return out


def _num_pr(element: BaseOxmlElement) -> tuple[str | None, int | None]:
    """The list (numId) and level (ilvl) a paragraph or paragraph style sets, each None when it does not."""
    p_pr = element.find(qn("w:pPr"))
    num_pr = p_pr.find(qn("w:numPr")) if p_pr is not None else None
    if num_pr is None:
        return None, None
    ilvl = _child_val(num_pr, "ilvl")
    return _child_val(num_pr, "numId"), (_int(ilvl, 0) if ilvl is not None else None)


def _definitions(numbering: BaseOxmlElement) -> dict[str, dict[int, Level]]:
    """numId -> its levels, from the abstract definition with the list's own start overrides applied."""
    abstract: dict[str, dict[int, Level]] = {}
    for definition in numbering.findall(qn("w:abstractNum")):
        abstract[str(definition.get(qn("w:abstractNumId")))] = {
            _int(lvl.get(qn("w:ilvl")), 0): _level(lvl) for lvl in definition.findall(qn("w:lvl"))
        }
    lists: dict[str, dict[int, Level]] = {}
    for num in numbering.findall(qn("w:num")):
        levels = dict(abstract.get(_child_val(num, "abstractNumId") or "", {}))
        for override in num.findall(qn("w:lvlOverride")):
            ilvl = _int(override.get(qn("w:ilvl")), 0)
            start = _child_val(override, "startOverride")
            if start is not None and ilvl in levels:
                old = levels[ilvl]
                levels[ilvl] = Level(_int(start, old.start), old.format, old.text, old.suffix)
        lists[str(num.get(qn("w:numId")))] = levels
    return lists


def _level(lvl: BaseOxmlElement) -> Level:
    return Level(
        start=_int(_child_val(lvl, "start"), 1),
        format=_child_val(lvl, "numFmt") or "decimal",
        text=_child_val(lvl, "lvlText") or "",
        suffix=_child_val(lvl, "suff") or "tab",
    )


def _child_val(element: BaseOxmlElement, child: str) -> str | None:
    """The `w:val` of `element`'s child `w:<child>`, or None."""
    found = element.find(qn(f"w:{child}"))
    value = found.get(qn("w:val")) if found is not None else None
    return str(value) if value is not None else None


def _int(text: object, default: int) -> int:
    try:
        return int(str(text))
    except ValueError:
        return default
