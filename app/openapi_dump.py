"""Writes the OpenAPI document the app serves to openapi.yaml (`python -m app.openapi_dump`, `make openapi`),
with its examples regenerated from the bundled reports first (app/openapi_examples.py)."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

import yaml

from app.main import create_app
from app.openapi_examples import write as write_examples
from app.settings import PROJECT_ROOT, Settings

TARGET = PROJECT_ROOT / "openapi.yaml"


def current_spec() -> dict[str, Any]:
    # The document does not depend on the store; an in-memory URL keeps this free of side effects.
    return create_app(Settings.model_validate({"DATABASE_URL": "sqlite://"})).openapi()


def render(spec: dict[str, Any]) -> str:
    return yaml.safe_dump(spec, sort_keys=False, allow_unicode=True, width=120)


def main(argv: list[str]) -> int:
    """Regenerate the examples from the bundled reports, then write the document that carries them."""
    target = Path(argv[1]) if len(argv) > 1 else TARGET
    write_examples()
    target.write_text(render(current_spec()), encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
