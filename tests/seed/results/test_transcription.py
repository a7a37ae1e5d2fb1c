"""Agreement with the independent hand transcription in tests/data (see its README for decisions)."""

from __future__ import annotations

import json

from seed.parser.results import ResultsFramework
from tests.seed.results.conftest import ROOT


def test_outputs_match_transcription(fw: ResultsFramework) -> None:
    expected = json.loads((ROOT / "tests" / "data" / "a_75_623_outputs.json").read_text(encoding="utf-8"))
    got = {o.id: o for o in fw.outputs}
    assert set(got) == {e["id"] for e in expected}
    for e in expected:
        o = got[e["id"]]
        assert o.planned_text.startswith(e["planned_start"].rstrip()), e["id"]
        assert [{"value_text": c.value_text or None, "unit": c.unit} for c in o.completed] == e["completed"], e["id"]
        assert o.direction == e["direction"], e["id"]
        assert o.subgroup == e["subgroup"], e["id"]
        assert (o.status, o.status_basis) == (e["status"], e["status_basis"]), e["id"]


def test_indicators_match_transcription(fw: ResultsFramework) -> None:
    expected = json.loads((ROOT / "tests" / "data" / "a_75_623_indicators.json").read_text(encoding="utf-8"))
    got = {i.id: i for i in fw.indicators}
    assert set(got) == {e["id"] for e in expected}
    # The transcription keeps LaTeX as printed; the parser serves "±" and "≥".
    latex = {"15 per cent \\pm 3 per cent": "15 per cent ± 3 per cent", "$\\geq 1,800$": "≥ 1,800"}
    for e in expected:
        i = got[e["id"]]
        assert i.planned_text.startswith(e["planned_start"].rstrip()), e["id"]
        first = next((t.value_text for t in i.targets if t.period == "2019/20"), None)
        assert first == latex.get(e["target_2019_20"], e["target_2019_20"]), e["id"]
        assert (i.achievement, i.achieved_basis) == (e["achievement"], e["achieved_basis"]), e["id"]
