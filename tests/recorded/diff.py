"""What a re-recording changed, so each difference can be checked against the CHANGELOG before it is committed:
`python -m tests.recorded.diff [REV]` compares the recordings in the working tree with those at REV (HEAD)."""

from __future__ import annotations

import gzip
import json
import subprocess
import sys
from collections import Counter
from collections.abc import Iterator
from typing import Any

from tests.recorded.walk import HERE, read_recording, recording


def _at(rev: str, store: str) -> dict[str, dict[str, Any]]:
    relative = recording(store).relative_to(HERE.parent.parent)
    blob = subprocess.run(["git", "show", f"{rev}:{relative}"], capture_output=True, check=True).stdout
    answers: dict[str, dict[str, Any]] = json.loads(gzip.decompress(blob))
    return answers


def differences(old: Any, new: Any, where: str = "") -> Iterator[str]:
    """Each changed place as a path with list indexes generalised to `[]`, so a field changed on every row
    counts once per row under one name."""
    if isinstance(old, dict) and isinstance(new, dict):
        for key in old.keys() | new.keys():
            if key not in new:
                yield f"{where}.{key} (removed)"
            elif key not in old:
                yield f"{where}.{key} (added)"
            else:
                yield from differences(old[key], new[key], f"{where}.{key}")
    elif isinstance(old, list) and isinstance(new, list) and len(old) == len(new):
        for a, b in zip(old, new, strict=True):
            yield from differences(a, b, f"{where}[]")
    elif old != new:
        yield where or "(whole body)"


def main() -> None:
    rev = sys.argv[1] if len(sys.argv) > 1 else "HEAD"
    for store in ("sqlite", "postgresql"):
        old, new = _at(rev, store), read_recording(store)
        changed = Counter[str]()
        answers = Counter[str]()
        for path in old.keys() | new.keys():
            if path not in old or path not in new:
                changed[f"{path} ({'added' if path not in old else 'removed'})"] += 1
                continue
            places = set(differences(old[path], new[path]))
            for place in places:
                changed[place] += 1
            if places:
                answers[path.split("?")[0]] += 1
        sys.stdout.write(f"## {store}: {sum(answers.values())} answers changed\n")
        for place, count in changed.most_common():
            sys.stdout.write(f"{count:6d}  {place}\n")


if __name__ == "__main__":
    main()
