from __future__ import annotations

import json
from pathlib import Path

import pytest

from seed.parser.front import parse_front
from seed.parser.layout import Layout, read_layout
from seed.parser.lines import Document
from seed.parser.results import Erratum, ResultsFramework, errata_from_json, parse_results

ROOT = Path(__file__).resolve().parents[3]
SOURCE = ROOT / "seed" / "source" / "A-75-623.txt"


@pytest.fixture(scope="session")
def text() -> str:
    return SOURCE.read_text(encoding="utf-8")


@pytest.fixture(scope="session")
def doc(text: str) -> Layout:
    return read_layout(Document(text))


@pytest.fixture(scope="session")
def period(doc: Layout) -> str:
    """The report's performance period, which decides which targets an indicator is held to."""
    return parse_front(doc.doc).period


@pytest.fixture(scope="session")
def errata() -> tuple[Erratum, ...]:
    return errata_from_json(json.loads((ROOT / "seed" / "source" / "A-75-623.errata.json").read_text(encoding="utf-8")))


@pytest.fixture(scope="session")
def printed(doc: Layout, period: str) -> ResultsFramework:
    """The frameworks as printed (no errata)."""
    return parse_results(doc, period)


@pytest.fixture(scope="session")
def fw(doc: Layout, period: str, errata: tuple[Erratum, ...]) -> ResultsFramework:
    return parse_results(doc, period, errata)
