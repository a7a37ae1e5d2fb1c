"""Each markup rule of the cleaner, on the residue it is written for, and the footnote marks."""

from __future__ import annotations

import pytest

from app.core.markup import (
    blocks,
    bold_lead_in,
    clean,
    drop_superscripts,
    footnote,
    single_spaces,
    split_footnote_mark,
)


@pytest.mark.parametrize(
    ("text", "plain"),
    [
        (r"resolution [2480 \(2019\)](#) of 2019", "resolution 2480 (2019) of 2019"),
        ("see [A/73/760](#) and [73/320](https://undocs.org)", "see A/73/760 and 73/320"),
        ("[]() empty", "empty"),
    ],
)
def test_links_keep_their_text(text: str, plain: str) -> None:
    assert clean(text) == plain


@pytest.mark.parametrize(
    ("text", "plain"),
    [
        ("<i>Group</i>", "Group"),
        ("(<i>Loi d'entente nationale</i>)", "(Loi d'entente nationale)"),
        ("<b>a</b><em>b</em><strong>c</strong><span>d</span>", "abcd"),
        ("<I>upper</I> <br/>", "upper <br/>"),
        ("<i >spaced</i > <b/>", "spaced"),
        ("first<p>second</p><div>third</div>", "first second third"),
    ],
)
def test_inline_tags_go_and_block_tags_separate(text: str, plain: str) -> None:
    assert clean(text) == plain


@pytest.mark.parametrize(
    ("text", "plain"),
    [
        (r"\geq 90 per cent", "≥ 90 per cent"),
        (r"\leq 5 days", "≤ 5 days"),
        (r"15 per cent \pm 3 per cent", "15 per cent ± 3 per cent"),
    ],
)
def test_latex_symbols_are_characters(text: str, plain: str) -> None:
    assert clean(text) == plain


@pytest.mark.parametrize(
    ("text", "plain"),
    [
        ("**Human rights.** Support  for *cercle*", "Human rights. Support for cercle"),
        (
            "*Planned indicators of achievement**Actual indicators of achievement*",
            "Planned indicators of achievementActual indicators of achievement",
        ),
        ("a lone * star", "a lone star"),
        (r"an escaped \* star", "an escaped * star"),
    ],
)
def test_emphasis_delimiters_go(text: str, plain: str) -> None:
    assert clean(text) == plain


@pytest.mark.parametrize(
    ("text", "plain"),
    [
        (r"\$1.5 million", "$1.5 million"),
        (r"(\$27 366.4)", "($27 366.4)"),
        (r"\(2019\) \[x\] \_ \# \% \& \{ \} \\", "(2019) [x] _ # % & { } \\"),
        (r"\n is not an escape", r"\n is not an escape"),
    ],
)
def test_escapes_are_the_character(text: str, plain: str) -> None:
    assert clean(text) == plain


@pytest.mark.parametrize(
    ("text", "plain"),
    [
        (r"$\geq 1,800$ patrols", "≥ 1,800 patrols"),
        (r"\$ \leq 2 \$ days", "≤ 2 days"),
        (r"\$1.5 million and \$2 million", "$1.5 million and $2 million"),
    ],
)
def test_inline_math_loses_its_dollar_delimiters(text: str, plain: str) -> None:
    assert clean(text) == plain


@pytest.mark.parametrize(
    ("text", "plain"),
    [("  two  spaces\tand a tab\nand a line  ", "two spaces and a tab and a line"), ("", ""), (" \t ", "")],
)
def test_spaces_collapse(text: str, plain: str) -> None:
    assert clean(text) == plain
    assert single_spaces(text) == plain


@pytest.mark.parametrize(
    ("cell", "parts"),
    [
        ("<p>6</p><p>**Yes**</p>", ["6", "Yes"]),
        ("Workshops Participants", ["Workshops Participants"]),
        ("<div>a</div><div></div>b", ["a", "b"]),
        ("", []),
    ],
)
def test_blocks_are_a_cells_paragraphs(cell: str, parts: list[str]) -> None:
    assert blocks(cell) == parts


@pytest.mark.parametrize(
    ("text", "lead_in"),
    [
        (
            "**Human rights.** Support for the national commission",
            ("Human rights.", "Support for the national commission"),
        ),
        ("**Lead only.**", ("Lead only.", "")),
        ("Text **not** at the start", None),
    ],
)
def test_bold_lead_in(text: str, lead_in: tuple[str, str] | None) -> None:
    assert bold_lead_in(text) == lead_in


@pytest.mark.parametrize(
    ("name", "split"),
    [
        ("Temporary positions ^c", ("Temporary positions", "c")),
        ("Approved ^a ", ("Approved", "a")),
        ("Status-of-forces agreement", ("Status-of-forces agreement", None)),
        ("Million km ²", ("Million km ²", None)),
    ],
)
def test_split_footnote_mark(name: str, split: tuple[str, str | None]) -> None:
    assert split_footnote_mark(name) == split


@pytest.mark.parametrize(
    ("line", "note"),
    [
        (
            "^a Represents the highest level of authorized strength.",
            ("a", "Represents the highest level of authorized strength."),
        ),
        ("  ^b Based on monthly incumbency.  ", ("b", "Based on monthly incumbency.")),
        (r"¹ Resource variance amounts … \$100,000.", ("1", r"Resource variance amounts … \$100,000.")),
        ("²³Two digits", ("23", "Two digits")),
        ("^a", None),
        ("¹", None),
        ("IV. Analysis of variances¹", None),
    ],
)
def test_footnote_lines(line: str, note: tuple[str, str] | None) -> None:
    assert footnote(line) == note


@pytest.mark.parametrize(
    ("heading", "plain"), [("IV. Analysis of variances¹", "IV. Analysis of variances"), ("A² ³⁰", "A ")]
)
def test_drop_superscripts(heading: str, plain: str) -> None:
    assert drop_superscripts(heading) == plain
