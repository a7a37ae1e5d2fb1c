"""COVID-19 annotations: the impact's cue phrase, effects implied without naming the pandemic, remarks kept apart,
and each annotation citing the lines of its own sentence."""

from __future__ import annotations

from datetime import date

import pytest

from app.core.vocabulary import TargetType
from seed.load import bundled_errata
from seed.parser.annotations import annotate_report
from seed.parser.covid import CovidAnnotation, annotate, classify_impact, impact_cue, implies_covid
from seed.parser.report import ParsedReport, parse_report
from seed.parser.spans import SourceSpan

SPAN = SourceSpan("II", 1, 1)


@pytest.fixture(scope="module")
def parsed(report_text: str) -> ParsedReport:
    return parse_report(report_text, bundled_errata(report_text))


def _one(parsed: ParsedReport, ident: str) -> CovidAnnotation:
    return next(a for a in parsed.covid if a.id == ident)


def test_projects_not_implemented_were_cancelled(parsed: ParsedReport) -> None:
    note = _one(parsed, "output:3.2.o3:1")  # line 841: "… were not implemented, owing to the restrictions …"
    assert (note.impact, note.impact_basis) == ("cancelled", "were not implemented")


def test_a_time_over_its_target_is_a_delay_however_worded(parsed: ParsedReport) -> None:
    # 5.1.i4 says "delays"; 5.1.i5 (line 1028) states the same cause as "The higher number of days".
    assert _one(parsed, "indicator:5.1.i4:1").impact == "delayed"
    note = _one(parsed, "indicator:5.1.i5:1")
    assert (note.impact, note.impact_basis) == ("delayed", "higher number of days")


def test_remarks_run_together_in_one_cell_are_kept_apart(parsed: ParsedReport) -> None:
    output = next(o for o in parsed.results.outputs if o.id == "1.1.o3")  # line 298
    assert (output.remarks or "").split("\n") == [
        "The lower output was attributable to the restrictions in connection with the COVID-19 pandemic",
        "Translations were postponed owing to the reprioritization of activities, including support for the "
        "high-level workshop on women's engagement and participation in the peace agreement",
    ]
    [note] = [a for a in parsed.covid if a.target_id == "1.1.o3"]
    assert "Translations" not in note.excerpt
    assert note.impact == "reduced"


def test_the_unit_beside_a_no_does_not_open_the_remark(parsed: ParsedReport) -> None:
    note = _one(parsed, "output:4.1.o3:1")
    assert note.excerpt.startswith("Workshops were suspended and postponed")


def test_a_name_cut_by_a_line_is_no_run_on(parsed: ParsedReport) -> None:
    output = next(o for o in parsed.results.outputs if o.id == "2.4.o2")
    assert "Specialized Judicial Unit were not established" in (output.remarks or "").replace("\n", " ")


@pytest.mark.parametrize(
    ("ident", "lines"),
    [
        ("indicator:3.2.i4:1", (835, 835)),  # handed to 3.2.i4 by an erratum from the row below its own
        ("output:5.1.o47:3", (1205, 1205)),  # printed beside the next output's planned text
        ("output:5.1.o47:1", (1200, 1200)),
        ("output:5.1.o10:1", (1072, 1072)),  # one sentence printed twice cites each printing once
        ("output:5.1.o10:2", (1074, 1074)),
    ],
)
def test_an_annotation_cites_the_lines_of_its_sentence(
    parsed: ParsedReport, ident: str, lines: tuple[int, int]
) -> None:
    note = _one(parsed, ident)
    assert (note.source.first_line, note.source.last_line) == lines


def test_every_annotation_cites_a_line_holding_its_sentence(parsed: ParsedReport, report_text: str) -> None:
    text = report_text.split("\n")
    for note in parsed.covid:
        printed = " ".join(text[note.source.first_line - 1 : note.source.last_line])
        assert note.excerpt.split()[1] in printed, note.id


@pytest.mark.parametrize(
    ("ident", "impact", "cue"),
    [
        ("paragraph:30:i1", "adapted", "to comply with"),  # line 173, "social distancing measures"
        ("paragraph:40:i2", "adapted", "work from their homes"),  # line 219
        ("paragraph:31:i1", "adapted", "adapted"),  # line 175, "contain the spread of the virus"
        ("output:5.1.o47:i1", "adapted", "online"),  # line 1198, "the use of online platforms"
        ("output:4.1.o2:i1", "adapted", "alternative interactions"),  # line 922
    ],
)
def test_effects_implied_without_naming_the_pandemic(parsed: ParsedReport, ident: str, impact: str, cue: str) -> None:
    note = _one(parsed, ident)
    assert (note.basis, note.impact, note.impact_basis) == ("implied", impact, cue)


def test_named_annotations_keep_their_ids_and_basis(parsed: ParsedReport) -> None:
    named = [a for a in parsed.covid if a.basis == "named"]
    assert len(named) == 118
    assert all(":i" not in a.id for a in named)
    assert all(a.impact_basis is None for a in parsed.covid if a.impact == "affected")
    assert all(a.impact_basis for a in parsed.covid if a.impact != "affected")


@pytest.mark.parametrize(
    ("sentence", "implied"),
    [
        ("Meetings were held online to comply with social distancing measures", True),
        ("Staff were required to work from their homes", True),
        ("The Mission took measures to contain the spread of the virus", True),
        ("The workshop was held by videoconference", False),  # videoconferences predate the pandemic
        ("Patrols were reduced owing to the security situation", False),
        ("Meetings were held online owing to the COVID-19 pandemic", False),  # named, not implied
    ],
)
def test_implied_cues_are_few_and_specific(sentence: str, implied: bool) -> None:
    assert implies_covid(sentence) is implied


def test_planned_text_never_implies(parsed: ParsedReport) -> None:
    implied = [a for a in parsed.covid if a.basis == "implied"]
    outputs = {o.id: o for o in parsed.results.outputs}
    for note in implied:
        if note.target_type == "output":
            assert note.excerpt.rstrip(".") in (outputs[note.target_id].remarks or ""), note.id


def test_no_implied_annotation_outside_the_pandemic_context(parsed: ParsedReport) -> None:
    kwargs = {
        "results": parsed.results,
        "paragraphs": parsed.paragraphs,
        "variances": parsed.variances,
        "summary": parsed.summary,
        "follow_up": parsed.follow_up,
    }
    before = annotate_report(**kwargs, period_end=date(2019, 6, 30))  # type: ignore[arg-type]
    assert {a.basis for a in before} == {"named"}
    assert len(before) == 118
    # A text that never names COVID-19 gets no implied annotation, whatever its period.
    quiet = annotate(
        target_type=TargetType.PARAGRAPH, target_id="1", text="Staff were required to work from their homes.",
        component=None, source=SPAN,
    )  # fmt: skip
    assert quiet == ()


def test_the_cue_is_the_deciding_rule_s_phrase() -> None:
    sentence = "The workshops were postponed and later cancelled owing to the COVID-19 pandemic"
    assert classify_impact(sentence) == "cancelled"
    assert impact_cue(sentence) == "cancelled"
    assert impact_cue("The COVID-19 pandemic was a challenge") is None
