"""The markup a report text carries from its conversion to text, and the plain text served in its place.

A bundled report is the printed document converted to Markdown with some HTML and LaTeX left in. Each rule
below names one kind of residue, once: what it looks like and what replaces it. `clean` applies every rule,
in the order written, to any text that is served: a table cell, a paragraph, a cell of a results framework.
`blocks` is for a cell whose paragraphs are separate texts. Footnote marks are not removed by `clean`:
where they matter they are read (`split_footnote_mark`, `footnote`) or ignored (`drop_superscripts`).
"""

from __future__ import annotations

import re

# -- Links: cross-references print as links to nowhere, "[A/73/760](#)"; the link text is what was printed.
_LINK = re.compile(r"\[(?P<text>[^\]]*)\]\([^)]*\)")

# -- Tags: inline ones (<i>, <b>, <em>, <strong>, <span>) sit inside a word's spacing ("(<i>Loi …</i>)") and
# go; block ones (<p>, <div>) separate paragraphs of one table cell and leave a space (`blocks` cuts there).
_INLINE_TAG = re.compile(r"</?(?:i|b|em|strong|span)\s*/?>", re.IGNORECASE)
_BLOCK_TAG = re.compile(r"</?(?:p|div)\s*/?>", re.IGNORECASE)

# -- LaTeX: comparison symbols were converted as commands ("\geq 90 per cent"); they are the characters.
_LATEX = (("\\geq", "≥"), ("\\leq", "≤"), ("\\pm", "±"))

# -- Emphasis: **bold** and *italic*. Every asterisk that is not escaped delimits emphasis and goes; the
# emphasised words stay. (A bold run opening a lettered item is read before, by `bold_lead_in`.)
_EMPHASIS = re.compile(r"(?<!\\)\*")

# -- Escapes: Markdown escapes the characters it would read as markup ("\$", "\(", "\[" …): the character.
_ESCAPE = re.compile(r"\\([\\$()\[\]*_#%&{}])")

# -- Inline math: "$\geq 1,800$" put a symbol between dollar signs that only delimit it (after LaTeX and
# escapes, so both "$\geq 1$" and "\$\geq 1\$" read "≥ 1"). An amount ("$1.5 million") is never one.
_INLINE_MATH = re.compile(r"\$\s*([≥≤±][^$]*?)\s*\$")

# -- Spaces: line breaks, tabs and doubled spaces inside one text are one space; no space at either end.
_SPACES = re.compile(r"\s+")

# -- Footnote marks: a superscript digit ("variances¹") or a caret letter ("Temporary positions ^c") after
# the word it annotates; the footnote itself is a line opening with the same mark.
SUPERSCRIPT_DIGITS = "¹²³⁴⁵⁶⁷⁸⁹⁰"
FOOTNOTE_OPENERS = SUPERSCRIPT_DIGITS + "^"  # a line starting with one of these is a footnote
_TRAILING_MARK = re.compile(r"\s*\^([a-z])\s*$")
_FOOTNOTE = re.compile(rf"^(?:\^(?P<letter>[a-z])\s+|(?P<digits>[{SUPERSCRIPT_DIGITS}]+)\s*)(?P<text>\S.*)$")
_TO_DIGITS = str.maketrans(SUPERSCRIPT_DIGITS, "1234567890")

# A bold run opening an item, "**Human rights.** Support for …": the item's lead-in.
_BOLD_LEAD_IN = re.compile(r"^\*\*(?P<lead>[^*]+?)\*\*\s*(?P<rest>.*)$")


def clean(text: str) -> str:
    """Served text: every rule above applied, in order."""
    text = _LINK.sub(lambda match: match["text"], text)
    text = _BLOCK_TAG.sub(" ", _INLINE_TAG.sub("", text))
    for command, symbol in _LATEX:
        text = text.replace(command, symbol)
    text = _EMPHASIS.sub("", text)
    text = _ESCAPE.sub(r"\1", text)
    text = _INLINE_MATH.sub(r"\1", text)
    return single_spaces(text)


def single_spaces(text: str) -> str:
    """The spaces rule alone, for text already free of markup (a heading, a sentence)."""
    return _SPACES.sub(" ", text).strip()


def blocks(cell: str) -> list[str]:
    """A cell's <p>/<div> paragraphs (the whole cell when it has none), each cleaned; empty ones dropped."""
    parts = _BLOCK_TAG.split(cell) if _BLOCK_TAG.search(cell) else [cell]
    return [text for text in (clean(part) for part in parts) if text]


def bold_lead_in(text: str) -> tuple[str, str] | None:
    """ "**Lead-in.** Text" -> ("Lead-in.", "Text"), uncleaned; None when no bold run opens the text."""
    match = _BOLD_LEAD_IN.match(text)
    return (match["lead"], match["rest"]) if match else None


def split_footnote_mark(name: str) -> tuple[str, str | None]:
    """ "Temporary positions ^c" -> ("Temporary positions", "c"); a name without a mark -> (name, None)."""
    match = _TRAILING_MARK.search(name)
    if not match:
        return name, None
    return name[: match.start()].strip(), match[1]


def footnote(line: str) -> tuple[str, str] | None:
    """A footnote line's mark and text: "^a Represents …" -> ("a", "Represents …"), "¹ Resource …" -> ("1", …)."""
    match = _FOOTNOTE.match(line.strip())
    if not match:
        return None
    mark = match["letter"] or match["digits"].translate(_TO_DIGITS)
    return mark, match["text"]


def drop_superscripts(text: str) -> str:
    """Text without superscript digits, to compare a heading with its entry in the contents."""
    return text.translate({ord(char): None for char in SUPERSCRIPT_DIGITS})
