"""The combined performance-and-budget reports under test: their Word files, read once, and their hand
transcriptions in tests/data/a_80_NNN (each README gives its conventions).

The Word files are not bundled here: they are looked for in seed/source (once bundled), then in the folder
BPR_REPORTS_DIR names, then in the shared reports folder beside the repository. Tests of a report whose file is
found nowhere are skipped, with the reason.
"""

from __future__ import annotations

import json
import os
from functools import cache
from pathlib import Path
from typing import Any

import pytest

from seed.parser.layout import Layout, read_layout
from seed.parser.lines import Document
from seed.reader import read_docx_path

ROOT = Path(__file__).resolve().parents[2]
DATA = ROOT / "tests" / "data"
COMBINED = ("A/80/596", "A/80/600", "A/80/605", "A/80/614", "A/80/621", "A/80/623", "A/80/628")
BUDGET_ONLY = "A/80/630"  # budgets for two periods and no performance period: refused


def _file_name(symbol: str) -> str:
    return symbol.replace("/", "-") + ".docx"


def _folders() -> list[Path]:
    given = os.environ.get("BPR_REPORTS_DIR")
    return [ROOT / "seed" / "source", *([Path(given)] if given else []), ROOT.parent / "shared" / "reports" / "2024-25"]


def word_file(symbol: str) -> Path:
    for folder in _folders():
        path = folder / _file_name(symbol)
        if path.is_file():
            return path
    pytest.skip(f"{_file_name(symbol)} not found (set BPR_REPORTS_DIR to the folder holding it)")


@cache
def _text(path: Path) -> str:
    return read_docx_path(path)


def text_of(symbol: str) -> str:
    return _text(word_file(symbol))


def layout_of(symbol: str) -> Layout:
    return read_layout(Document(text_of(symbol)))


def data(symbol: str, name: str) -> Any:
    folder = DATA / symbol.lower().replace("/", "_")
    return json.loads((folder / f"{name}.json").read_text(encoding="utf-8"))
