"""Report ids in URLs."""

from __future__ import annotations

import pytest

from app.core.ids import report_id_for


@pytest.mark.parametrize(("symbol", "report_id"), [("A/75/623", "a-75-623"), (" A/74/611/Add.1 ", "a-74-611-add.1")])
def test_report_id_for(symbol: str, report_id: str) -> None:
    assert report_id_for(symbol) == report_id
