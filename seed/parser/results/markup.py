"""Strip the HTML/markdown/LaTeX residue of the text conversion from served text."""

from __future__ import annotations

import re

_INLINE_TAG = re.compile(r"</?(?:i|b|em|span)\s*>", re.IGNORECASE)
_PARA_TAG = re.compile(r"</?(?:p|div)\s*>", re.IGNORECASE)
_LATEX = (("\\geq", "≥"), ("\\leq", "≤"), ("\\pm", "±"))


def clean(text: str) -> str:
    """Served text: no tags, no markdown italics or escapes, LaTeX symbols as characters, single spaces."""
    # Italics sit inside words' spacing ("(<i>Loi …</i>)"); paragraph tags separate text.
    text = _PARA_TAG.sub(" ", _INLINE_TAG.sub("", text))
    for latex, char in _LATEX:
        text = text.replace(latex, char)
    text = text.replace("\\$", "$")
    # "$\geq 1,800$" is inline LaTeX: the dollar signs only delimit it.
    text = re.sub(r"\$\s*([≥≤±][^$]*?)\s*\$", r"\1", text)
    text = re.sub(r"\*+([^*]+?)\*+", r"\1", text)
    text = text.replace("*", "")
    return re.sub(r"\s+", " ", text).strip()


def paragraphs(cell: str) -> list[str]:
    """A cell's <p>/<div> paragraphs (the whole cell when it has none), cleaned, empties dropped."""
    parts = _PARA_TAG.split(cell) if _PARA_TAG.search(cell) else [cell]
    return [c for c in (clean(p) for p in parts) if c]


def is_lower_start(text: str) -> bool:
    """A fragment that starts in lower case continues the text before it (a page or row break)."""
    return bool(text) and text[0].islower()
