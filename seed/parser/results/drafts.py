"""Mutable drafts of outputs while their table is read, and the block alignment of paragraph layouts."""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from seed.parser.spans import ParseError

_WORD = re.compile(r"[a-zà-ÿ]+")
_STOP = frozenset(
    "the of and to in for on with by at from a an or including provision organization support mission total".split()
)


@dataclass
class Entry:
    """One completed value with its unit, the lines it came from and the remarks printed after it."""

    token: str  # "" when no value is printed
    unit: str | None
    lines: list[int]
    remarks: list[str] = field(default_factory=list)
    awaiting: bool = False  # read from a value paragraph; its unit paragraph has not come yet


@dataclass
class OutputDraft:
    planned: list[str]
    lines: list[int]
    subgroup: str | None
    by_paragraph: bool
    entries: list[Entry] = field(default_factory=list)
    remarks: list[str] = field(default_factory=list)
    last: str = "planned"  # the field the next lower-case fragment continues
    anchor: Entry | None = None  # the entry whose unit was read last: a remark paragraph follows it

    def add_remark(self, text: str, line: int | None = None) -> None:
        entry = self.anchor or (self.entries[-1] if self.entries else None)
        target = entry.remarks if entry else self.remarks
        if line is not None:
            (entry.lines if entry else self.lines).append(line)
        if target and text[:1].islower():
            target[-1] += " " + text  # a remark cut by a page break
        else:
            target.append(text)
        self.last = "remark"

    def pending(self) -> list[Entry]:
        return [e for e in self.entries if e.awaiting]


def lower_case_words(text: str) -> frozenset[str]:
    """The words a text prints in lower case somewhere: of a report, every word but its proper nouns."""
    return frozenset(re.findall(r"(?<![A-Za-zà-ÿ])[a-zà-ÿ]+", text))


def _words(text: str, common: frozenset[str]) -> set[str]:
    return {w.rstrip("s") for w in _WORD.findall(text.lower().replace("-", " ")) if w not in _STOP and w in common}


def align_block(block: list[OutputDraft], section: str, common: frozenset[str]) -> None:
    """Hand the values read after several planned paragraphs back to the planned outputs.

    Values and units are printed in the order of the planned outputs, so each planned output takes
    a consecutive run (at least one) of entries; the runs are chosen to maximise the words each
    unit shares with its planned text. Only words the report also prints in lower case count
    (`common`, see `lower_case_words`): names of places and peoples run through many outputs and
    tell none apart.
    """
    entries = block[-1].entries
    k, m = len(block), len(entries)
    if m < k:
        raise ParseError(
            f"planned outputs on lines {[d.lines[0] for d in block]} have fewer completed values ({m})",
            section=section,
            line=block[0].lines[0],
        )
    planned = [_words(" ".join(d.planned), common) for d in block]
    score = [[len(_words(e.unit or "", common) & p) for p in planned] for e in entries]
    neg = float("-inf")
    best = [[neg] * k for _ in range(m)]
    back = [[0] * k for _ in range(m)]
    best[0][0] = score[0][0]
    for i in range(1, m):
        for j in range(k):
            stay, step = best[i - 1][j], best[i - 1][j - 1] if j else neg
            back[i][j] = j if stay >= step else j - 1
            best[i][j] = max(stay, step) + score[i][j]
    owner = [0] * m
    j = k - 1
    for i in range(m - 1, -1, -1):
        owner[i] = j
        j = back[i][j]
    block[-1].entries = []
    for entry, j in zip(entries, owner, strict=True):
        block[j].entries.append(entry)
