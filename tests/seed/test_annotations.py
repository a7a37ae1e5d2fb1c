"""COVID-19 annotations over the whole report, compared with an independent count of the text's sentences."""

from __future__ import annotations

import re
from collections import Counter

import pytest

from seed.load import bundled_errata
from seed.parser.report import ParsedReport, parse_report

MENTION = re.compile(r"covid|pandemic|coronavirus", re.IGNORECASE)
# An independent, deliberately plain splitter: full stops, table cells, and the remarks the tables glue
# together without a full stop ("… levels The higher output was …", "… pandemic Translations were …").
SPLIT = re.compile(
    r"(?<=[.!?])\s+(?=[A-Z(])|(?<=pandemic)\s+(?=[A-Z])"
    r"|(?<=[a-z0-9)])\s+(?=The (?:overall )?(?:lower|higher) |[A-Z][a-z]+ (?:was|were) )"
)


def _words(text: str) -> str:
    return " ".join(re.findall(r"[a-z0-9]+", text.lower()))


def _covid_sentences(text: str) -> list[str]:
    found: list[str] = []
    for line in text.split("\n")[46:]:  # the report proper starts with its summary
        line = re.sub(r"</?\w+>", "", line).replace("**", "").replace("\\$", "$")
        if "\t" not in line and len(line) < 60 and not re.search(r"[.;:)]\s*$", line):
            continue  # a heading ("Coronavirus disease pandemic"), not a statement
        for cell in line.split("\t"):
            found.extend(_words(s) for s in SPLIT.split(cell) if MENTION.search(s))
    return found


@pytest.fixture(scope="module")
def parsed(report_text) -> ParsedReport:
    return parse_report(report_text, bundled_errata(report_text))


def test_every_covid_sentence_has_exactly_one_annotation(parsed, report_text):
    sentences = _covid_sentences(report_text)
    named = [a for a in parsed.covid if a.basis == "named"]
    assert len(sentences) == len(named) == 118
    # Each mention of the pandemic in the text stands in exactly one annotation's excerpt.
    mentions = sum(len(MENTION.findall(s)) for s in sentences)
    assert sum(len(MENTION.findall(a.excerpt)) for a in parsed.covid) == mentions


def test_ids_are_unique_and_targets_cover_every_kind(parsed):
    ids = [a.id for a in parsed.covid]
    assert len(ids) == len(set(ids))
    kinds = Counter(a.target_type for a in parsed.covid if a.basis == "named")
    assert kinds == {
        "output": 61,
        "paragraph": 26,
        "indicator": 17,
        "financial_category": 8,
        "follow_up": 4,
        "summary": 2,
    }


def test_variance_paragraphs_annotate_their_category(parsed):
    [medical] = [a for a in parsed.covid if a.target_type == "financial_category" and a.target_id == "medical"]
    assert medical.id == "financial_category:medical:p107:1"
    assert medical.impact == "increased_requirements"
    assert medical.source.paragraph == "107"


def test_output_remarks_are_annotated_on_the_output(parsed):
    found = {a.id: a for a in parsed.covid}
    postponed = found["output:2.4.o11:1"]
    assert postponed.impact == "postponed"
    assert postponed.excerpt.startswith("The workshops were postponed owing to the restrictions")
