"""COVID-19 sentence annotation, checked on the report's own sentences."""

from __future__ import annotations

import re

import pytest

from app.core.vocabulary import Impact, TargetType
from seed.parser.covid import annotate, classify_impact, mentions_covid, split_sentences
from seed.parser.followup import parse_follow_up
from seed.parser.layout import Layout
from seed.parser.paragraphs import parse_paragraphs, parse_summary
from seed.parser.spans import SourceSpan
from seed.parser.variances import parse_variances
from tests.seed.layouts import layout_of

SPAN = SourceSpan("II.B", 1, 1)


@pytest.fixture(scope="module")
def doc(report_text) -> Layout:
    return layout_of(report_text)


def test_split_sentences_keeps_abbreviations_decimals_and_item_leads() -> None:
    text = (
        "The price was \\$0.79 per litre (A/73/755/Add.7, para. 47). Law No. 2015-052 applies, e.g. for quotas. "
        "See sect. II.F for details. (b) Security sector reform. Technical advice was provided."
    )
    assert split_sentences(text) == [
        "The price was \\$0.79 per litre (A/73/755/Add.7, para. 47).",
        "Law No. 2015-052 applies, e.g. for quotas.",
        "See sect. II.F for details.",
        "(b) Security sector reform. Technical advice was provided.",
    ]


def test_split_sentences_on_a_request_ending_with_its_paragraph() -> None:
    text = "Requests the Secretary-General to report thereon (para. 16). Notes the pandemic."
    assert split_sentences(text) == [
        "Requests the Secretary-General to report thereon (para. 16).",
        "Notes the pandemic.",
    ]


def test_mentions_covid() -> None:
    assert mentions_covid("restrictions in connection with the COVID-19 pandemic")
    assert mentions_covid("The Mission was faced with the ongoing coronavirus pandemic")
    assert mentions_covid("lessons learned from past and present epidemics and pandemics")
    assert not mentions_covid("The security situation remained complex in the north and in the centre of Mali.")


# One real sentence of the report per impact class (paragraph or line in brackets).
EXAMPLES = [
    (  # VI, line 1447
        "Notes with grave concern the threat to life, health, safety and security caused by the coronavirus "
        "disease (COVID-19) pandemic and the importance of ensuring the safety, security and health of "
        "peacekeeping personnel (para. 15).",
        "requested",
    ),
    (  # para. 107
        "The increased requirements were attributable primarily to: (a) the acquisition of medical supplies such as "
        "masks, gloves, antiseptics, hand sanitizers and test swabs, and medical equipment such as ventilators, "
        "monitors, defibrillators and other intensive care unit equipment and accessories, in connection with the "
        "COVID-19 pandemic; and (b) the MINUSMA share of the costs for system-wide arrangements for medical "
        "evacuation and additional medical evacuation services to level II hospitals in Bamako in connection with "
        "the COVID-19 pandemic, for which provisions were not included in the approved budget.",
        "increased_requirements",
    ),
    (  # para. 98
        "The reduced requirements were attributable primarily to fewer trips for training compared with the "
        "budgeted number of trips, postponed to the subsequent period, owing to the worldwide travel restrictions "
        "in connection with the COVID-19 pandemic.",
        "decreased_requirements",
    ),
    (  # para. 90: "suspended deployment", but the entry is about reduced requirements
        "The reduced requirements were attributable primarily to the lower actual costs for mission subsistence "
        "allowance for United Nations police personnel owing to: (a) the higher actual average vacancy rate of 14.9 "
        "per cent compared with the budgeted rate of 8.0 per cent, owing to suspended deployment in connection with "
        "the COVID-19 pandemic; and (b) the unanticipated provision of United Nations accommodation in the regions "
        "in lieu of the accommodation element of the allowance.",
        "decreased_requirements",
    ),
    (  # para. 70
        "The remaining planned hearings could not be held owing to the restrictions in connection with the "
        "COVID-19 pandemic.",
        "cancelled",
    ),
    (  # para. 74
        "The COVID-19 pandemic severely impeded the continued provision of support for the human rights mandate in "
        "Mali as the restrictions and preventive measures created various difficulties and challenges for the "
        "implementation of human rights activities, which resulted in the cancellation or postponement of "
        "activities for the reporting period.",
        "cancelled",
    ),
    (  # summary, line 51
        "The evolving restrictions and challenges in connection with the coronavirus disease (COVID-19) pandemic "
        "impacted a number of Mission activities, some of which were postponed or reprioritized.",
        "postponed",
    ),
    (  # line 393 (output remark)
        "Sessions at the regional level were rescheduled for the subsequent period owing to the restrictions in "
        "connection with the COVID-19 pandemic",
        "postponed",
    ),
    (  # line 992 (output remark)
        "The training centre for prison staff was not established by the authorities, and other MINUSMA "
        "initiatives were suspended owing to the restrictions in connection with the COVID-19 pandemic",
        "suspended",
    ),
    (  # para. 28
        "MINUSMA continued to support and facilitate reconciliation initiatives in the centre, at a slower pace "
        "than anticipated, owing to restrictions in connection with the COVID-19 pandemic.",
        "delayed",
    ),
    (  # para. 73
        "While the Coordination des mouvements de l'Azawad made significant progress in the implementation of its "
        "action plan against grave violations, the signing of the action plan was delayed, owing to political "
        "tensions which led to the splitting of the movement and the restrictions in connection with the COVID-19 "
        "pandemic.",
        "delayed",
    ),
    (  # para. 37
        "In addition, air operations were curtailed owing to restrictions mandated by the host Government in "
        "connection with the COVID-19 pandemic.",
        "reduced",
    ),
    (  # para. 84
        "Several actual outputs were lower compared with the planned outputs owing to various restrictions "
        "regarding travel, movement, distancing, health, safety and security and to other challenges in connection "
        "with the COVID-19 pandemic.",
        "reduced",
    ),
    (  # para. 49
        "In addition, the Mission, with the technical support of the World Health Organization, redirected "
        "resources in support of projects aimed at reinforcing the capacities of the Ministry of Health and Social "
        "Development and in support of local authorities, through the acquisition and distribution of equipment "
        "and material to respond to the pandemic and prevent further spread of COVID-19.",
        "reprioritized",
    ),
    (  # para. 17
        "Despite the restrictions in connection with the COVID-19 pandemic, the Mission adapted its activities to "
        "ensure the continuity of priority activities, such as the critical support that was provided for the "
        "disarmament, demobilization and reintegration process.",
        "adapted",
    ),
    (  # line 358 (output remark): smaller groups
        "These activities were re-oriented and adapted during the COVID-19 pandemic as weekly meetings with a "
        "smaller number of regional stakeholders, to adhere to the restrictions, focusing on the prevention of "
        "election-related violence",
        "adapted",
    ),
    (  # line 1200 (output remark): online, small groups
        "The higher output was attributable to the necessity to conduct multiple online sessions within small "
        "groups to prevent further spread of the COVID-19 pandemic",
        "adapted",
    ),
    (  # para. 52
        "The Mission continued to provide technical and logistical support, including in the context of the "
        "COVID-19 pandemic, hosting the session at MINUSMA headquarters in compliance with COVID-19 mitigating "
        "measures.",
        "adapted",
    ),
    (  # para. 12
        "Despite the challenges brought on by the COVID-19 pandemic, the legislative elections were held in a "
        "peaceful context on 29 March and 19 April 2020.",
        "maintained",
    ),
    (  # para. 40
        "In response to the COVID-19 pandemic, the Mission implemented measures to protect its personnel as well "
        "as its capacity to continue critical operations.",
        "response",
    ),
    (  # para. 36
        "This challenging working environment was further exacerbated by restrictions related to the COVID-19 "
        "pandemic, from March 2020 throughout the last quarter of the 2019/20 period.",
        "affected",
    ),
]


@pytest.mark.parametrize(("sentence", "impact"), EXAMPLES)
def test_classify_impact_on_report_sentences(sentence: str, impact: str) -> None:
    assert mentions_covid(sentence)
    assert classify_impact(sentence) == impact


def test_examples_cover_every_impact_class() -> None:
    assert {impact for _, impact in EXAMPLES} == set(Impact)


def test_annotate_numbers_sentences_stably() -> None:
    text = (
        "Some of the Mission's activities were either adapted or postponed and reprioritized because of the "
        "evolving restrictions and challenges in connection with the COVID-19 pandemic. To that end, both military "
        "and police components provided relevant equipment and materials in response to the spread of the "
        "COVID-19 pandemic to their national counterparts. Nothing else happened."
    )
    found = annotate(target_type=TargetType.PARAGRAPH, target_id="31", text=text, component=None, source=SPAN)
    assert [a.id for a in found] == ["paragraph:31:1", "paragraph:31:2"]
    assert [a.impact for a in found] == ["postponed", "response"]
    assert found[0].signals == ("postponed", "reprioritized", "adapted")
    assert found[1].excerpt.startswith("To that end, both military")
    assert all(a.source == SPAN and a.component is None for a in found)
    assert annotate(target_type=TargetType.PARAGRAPH, target_id="31", text=text, component=None, source=SPAN) == found


# The kinds of narrative text below, as the target type their annotations would name.
_TARGET_TYPES = {
    "summary": TargetType.SUMMARY,
    "paragraph": TargetType.PARAGRAPH,
    "follow_up_request": TargetType.FOLLOW_UP,
    "follow_up_action": TargetType.FOLLOW_UP,
}


def _narrative_texts(doc: Layout) -> dict[str, list[tuple[str, str, int | None, SourceSpan]]]:
    """Every narrative text of the report by kind: (target id, text, component, source)."""
    follow = parse_follow_up(doc)
    return {
        "summary": [(str(s.index), s.text, None, s.source) for s in parse_summary(doc)],
        "paragraph": [(str(p.number), p.text, p.component, p.source) for p in parse_paragraphs(doc)],
        "follow_up_request": [(str(f.index), f.decision_request, None, f.source) for f in follow],
        "follow_up_action": [
            (str(f.index), f.action_taken, None, f.action_source)
            for f in follow
            if f.action_taken is not None and f.action_source is not None
        ],
    }


def _raw_narrative_lines(lines: list[str]) -> list[str]:
    """Narrative lines picked straight from the raw text: numbered paragraphs and lettered items with the
    lowercase lines that continue them over a page break, the summary's prose and the whole of section VI."""
    picked: list[str] = []
    start_vi = next(i for i, t in enumerate(lines) if t.startswith("VI. Summary of follow-up"))
    start_summary = next(i for i, t in enumerate(lines) if t.strip() == "Summary")
    start_body = next(i for i, t in enumerate(lines) if i > start_summary and t.startswith("I. Introduction"))
    last = ""
    for i, raw in enumerate(lines):
        text = raw.strip()
        if not text or "\t" in raw:
            continue
        in_summary = start_summary < i < start_body and text.endswith(".") and not text.startswith("^")
        starts = re.match(r"^(?:\d+\.|\([a-z]\)) ", text) is not None and i >= start_body
        continues = text[0].islower() and last == "picked"
        if in_summary or starts or continues or i > start_vi:
            picked.append(text)
            last = "picked"
        else:
            last = ""
    return picked


def test_every_covid_sentence_of_the_narrative_is_annotated(doc: Layout) -> None:
    # Independent count: a plain regex split of the raw lines ("para. 15" and "No. 2015" are followed by digits).
    keyword = re.compile(r"covid|pandemic|coronavirus", re.IGNORECASE)
    raw_count = sum(
        1
        for line in _raw_narrative_lines(list(doc.doc.lines))
        for sentence in re.split(r"(?<=\.)\s+(?=[A-Z])", line)
        if keyword.search(sentence)
    )
    counts = {
        kind: sum(
            len(annotate(target_type=_TARGET_TYPES[kind], target_id=tid, text=text, component=component, source=source))
            for tid, text, component, source in texts
        )
        for kind, texts in _narrative_texts(doc).items()
    }
    assert counts == {"summary": 2, "paragraph": 34, "follow_up_request": 2, "follow_up_action": 2}
    assert sum(counts.values()) == raw_count == 40


def test_variance_paragraphs_with_covid(doc: Layout) -> None:
    paras = {p.number: p for p in parse_paragraphs(doc)}
    found = {
        v.name: [
            a.impact
            for n in v.paragraphs
            for a in annotate(
                target_type=TargetType.FINANCIAL_CATEGORY,
                target_id=v.name,
                text=paras[n].text,
                component=None,
                source=v.source,
            )
        ]
        for v in parse_variances(doc).entries
    }
    assert {name: impacts for name, impacts in found.items() if impacts} == {
        "United Nations police": ["decreased_requirements"],
        "United Nations Volunteers": ["increased_requirements"],
        "Consultants and consulting services": ["decreased_requirements"],
        "Official travel": ["decreased_requirements"],
        "Facilities and infrastructure": ["decreased_requirements"],
        "Medical": ["increased_requirements"],
        "Other supplies, services and equipment": ["decreased_requirements"],
        "Quick-impact projects": ["decreased_requirements"],
    }


def test_paragraph_annotations_carry_component(doc: Layout) -> None:
    para = next(p for p in parse_paragraphs(doc) if p.number == 74)
    (only,) = annotate(
        target_type=TargetType.PARAGRAPH, target_id="74", text=para.text, component=para.component, source=para.source
    )
    assert (only.id, only.component, only.impact) == ("paragraph:74:1", 3, "cancelled")
    assert only.source == SourceSpan("II.F", 747, 747, "74")
