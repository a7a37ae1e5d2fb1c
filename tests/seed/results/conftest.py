from __future__ import annotations

import json
from pathlib import Path

import pytest

from seed.parser.lines import Document
from seed.parser.results import Erratum, ResultsFramework, errata_from_json, parse_results

ROOT = Path(__file__).resolve().parents[3]
SOURCE = ROOT / "seed" / "source" / "A-75-623.txt"


@pytest.fixture(scope="session")
def text() -> str:
    return SOURCE.read_text(encoding="utf-8")


@pytest.fixture(scope="session")
def doc(text: str) -> Document:
    return Document(text)


@pytest.fixture(scope="session")
def errata() -> tuple[Erratum, ...]:
    return errata_from_json(json.loads((ROOT / "seed" / "source" / "A-75-623.errata.json").read_text(encoding="utf-8")))


@pytest.fixture(scope="session")
def printed(doc: Document) -> ResultsFramework:
    """The frameworks as printed (no errata)."""
    return parse_results(doc)


@pytest.fixture(scope="session")
def fw(doc: Document, errata: tuple[Erratum, ...]) -> ResultsFramework:
    return parse_results(doc, errata)
