"""The three run properties the text keeps: bold (for lead-ins), superscript (for note marks) and hidden.

A property set on the run itself wins; otherwise its character style decides, following `basedOn`; bold
also comes from the paragraph's style (a heading style makes its whole paragraph bold). Style lookups are
cached by style id: a report has thousands of runs and a few dozen styles.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from docx.enum.style import WD_STYLE_TYPE
from docx.oxml.text.run import CT_R
from docx.styles.style import BaseStyle, CharacterStyle
from docx.styles.styles import Styles
from docx.text.font import Font


@dataclass(frozen=True)
class RunFormat:
    bold: bool
    superscript: bool
    hidden: bool


class Formatting:
    """Effective bold, superscript and hidden of runs, from direct formatting and the document's styles."""

    def __init__(self, styles: Styles) -> None:
        self._styles: dict[str, BaseStyle] = {style.style_id: style for style in styles}
        self._default_paragraph = styles.default(WD_STYLE_TYPE.PARAGRAPH)
        self._cache: dict[tuple[str, str | None], bool | None] = {}

    def run(self, r: CT_R, paragraph_style: str | None) -> RunFormat:
        font = Font(r)
        style_id = r.style
        bold = font.bold
        if bold is None:
            bold = self._inherited("bold", style_id)
        if bold is None:
            bold = self._paragraph_bold(paragraph_style)
        superscript = font.superscript
        if superscript is None:
            superscript = self._inherited("superscript", style_id)
        hidden = font.hidden
        if hidden is None:
            hidden = self._inherited("hidden", style_id)
        return RunFormat(bold=bool(bold), superscript=bool(superscript), hidden=bool(hidden))

    def _paragraph_bold(self, style_id: str | None) -> bool | None:
        if style_id is None and self._default_paragraph is not None:
            style_id = self._default_paragraph.style_id
        return self._inherited("bold", style_id)

    def _inherited(self, prop: str, style_id: str | None) -> bool | None:
        """`prop` as the style `style_id` and the styles it is based on set it; None when none does."""
        if style_id is None:
            return None
        key = (prop, style_id)
        if key not in self._cache:
            self._cache[key] = _through_chain(self._styles.get(style_id), _READERS[prop])
        return self._cache[key]


def _through_chain(style: BaseStyle | None, read: Callable[[Font], bool | None]) -> bool | None:
    seen: set[str] = set()
    while isinstance(style, CharacterStyle) and style.style_id not in seen:
        seen.add(style.style_id)
        value = read(style.font)
        if value is not None:
            return value
        style = style.base_style
    return None


_READERS: dict[str, Callable[[Font], bool | None]] = {
    "bold": lambda font: font.bold,
    "superscript": lambda font: font.superscript,
    "hidden": lambda font: font.hidden,
}
