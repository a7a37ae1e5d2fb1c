"""Quantities a planned output states: "16 workshops", "1,050 close air support missions and 930 ...", and the
one figure an indicator's actual may hold (`actual_figure`).

A quantity is a number followed by the words naming what is counted, up to a punctuation mark or
a linking word ("to", "for", "in", "and" ...). Numbers inside parentheses (breakdowns such as
"(2 patrols x 360 days x 9 team sites)"), years, periods ("2019/20"), dates and document numbers
("resolution 1325", "No. 2015-052") are not quantities.
"""

from __future__ import annotations

import re

from seed.parser.results.records import ActualFigure, PlannedQuantity

_QUANTITY = re.compile(r"(?<![\w/.,\-])\$?(?P<num>\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?)(?![\w/,\-]|\.\d)")
_STOP = frozenset(
    "to for in on with by at from including of and or that which per within each who whose as through "
    "where in line x".split()
)
_SCALES = {"thousand": 1_000, "million": 1_000_000, "billion": 1_000_000_000}
_MONTHS = frozenset("January February March April May June July August September October November December".split())


def _outside_parentheses(text: str) -> str:
    out, depth = [], 0
    for char in text:
        depth += char == "("
        out.append(" " if depth else char)
        depth -= char == ")" and depth > 0
    return "".join(out)


_PERIODS = frozenset("day days week weeks month months quarter quarters year years".split())


def _is_rate(words: list[str]) -> bool:
    lowered = [w.strip(".,;:()").lower() for w in words]
    return len(lowered) >= 2 and lowered[0] in ("per", "each", "every", "a") and lowered[1] in _PERIODS


def planned_quantities(text: str) -> tuple[PlannedQuantity, ...]:
    flat = _outside_parentheses(text)
    found: list[PlannedQuantity] = []
    for match in _QUANTITY.finditer(flat):
        if _is_reference_or_year(flat, match):
            continue
        words = _counted(flat[match.end() :].split())
        if words:
            found.append(_quantity(flat, match, words))
    return tuple(found)


def _is_reference_or_year(flat: str, match: re.Match[str]) -> bool:
    """ "resolution 1325", "No. 2015-052" and "2019" are numbers that count nothing."""
    before = flat[: match.start()].split()
    if before and before[-1].lower().rstrip(".") in ("resolution", "no", "law", "article"):
        return True
    return re.fullmatch(r"(19|20)\d\d", match["num"]) is not None


def _counted(following: list[str]) -> list[str]:
    """The words after a number naming what it counts, up to a punctuation mark or a linking word."""
    words: list[str] = []
    for index, word in enumerate(following):
        core = word.strip(".,;:")
        if not core or core.lower() in _STOP or core[0].isdigit() or core in _MONTHS:
            if _is_rate(following[index : index + 3]):
                words = []  # "1 coordination meeting per month" is a rate, not a total to complete
            break
        words.append(core)
        if word[-1] in ",;:.":
            break
    if (words and words[0] == "per") or (words[:2] == ["per", "cent"]):
        words = ["per", "cent"]
    return words


def _quantity(flat: str, match: re.Match[str], words: list[str]) -> PlannedQuantity:
    value_text = flat[match.start() : match.end()] + " " + " ".join(words)
    value = float(match["num"].replace(",", ""))
    # "49.7 million litres" counts litres: the scale word multiplies the number, it is not the unit.
    scale = _SCALES.get(words[0].lower())
    if scale and len(words) > 1:
        value, words = round(value * scale), words[1:]
    return PlannedQuantity(value_text, value, " ".join(words))


# The units of an actual figure: a share, an amount of money, or else the words naming what is counted, as printed.
PER_CENT = "per cent"  # "85 per cent", "85%"
USD = "USD"  # "$1.2 million": United States dollars, the scale word applied
_CITING = frozenset("paragraph paragraphs para paras section annex table".split())  # "paragraph 30" cites, not counts


def actual_figure(text: str) -> ActualFigure | None:
    """The number and unit of an actual that holds exactly one figure ("12 workshops" -> 12, "workshops"; "85 per
    cent" -> 85, "per cent"; "$1.2 million" -> 1,200,000, "USD"); None where it holds none or several. Years,
    periods, dates and references ("paragraph 30", "resolution 2480") are not figures; numbers in parentheses are.
    The unit is None where the figure names none ("Achieved: 12")."""
    figures = [m for m in _QUANTITY.finditer(text) if not (_is_reference_or_year(text, m) or _cites_or_dates(text, m))]
    if len(figures) != 1:
        return None
    match = figures[0]
    value = float(match["num"].replace(",", ""))
    following = text[match.end() :].split()
    scale = _SCALES.get(following[0].lower()) if following else None
    if scale:
        value, following = round(value * scale, 2), following[1:]  # "1.2 million": no float residue
    unit: str | None
    if match.group().startswith("$"):
        unit = USD
    elif text[match.end() :].startswith("%") or [w.lower() for w in following[:2]] == ["per", "cent"]:
        unit = PER_CENT
    else:
        unit = " ".join(_noun(_counted(following))) or None
    return ActualFigure(value, unit)


# An actual says what was done with what it counts ("2 meetings were held", "1 periodic report submitted"): the
# unit is the noun phrase before the verb: up to an auxiliary or a parenthesis, without a closing participle
# ("-ed", "held"; one inside the phrase is an adjective: "internally displaced persons").
_AUXILIARIES = frozenset("was were is are be been being has have had will would could did".split())


def _noun(words: list[str]) -> list[str]:
    end = next((i for i, w in enumerate(words) if w.lower() in _AUXILIARIES or w.startswith("(")), len(words))
    words = words[:end]
    if words and (words[-1] == "held" or (len(words[-1]) > 4 and words[-1].endswith("ed"))):
        words = words[:-1]
    return words


def _cites_or_dates(text: str, match: re.Match[str]) -> bool:
    before, after = text[: match.start()].split(), text[match.end() :].split()
    cites = bool(before) and before[-1].lower().rstrip(".") in _CITING
    return cites or bool(after and after[0].strip(".,;:") in _MONTHS)
