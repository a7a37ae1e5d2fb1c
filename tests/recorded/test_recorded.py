"""A refactor changes no served byte: every answer recorded before it is served the same after it."""

from __future__ import annotations

from fastapi.testclient import TestClient

from tests.conftest import StoreFactory
from tests.recorded.walk import read_recording, walk


def test_every_recorded_answer_is_served_unchanged(client: TestClient, stores: StoreFactory) -> None:
    recorded = read_recording(stores.kind)
    served = walk(client)
    assert sorted(served) == sorted(recorded)
    changed = [path for path in recorded if served[path] != recorded[path]]
    assert changed == [], f"{len(changed)} answers changed, first: {changed[:5]}"
