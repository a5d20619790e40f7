"""Render stage: ``instrumenten.json``, the normalised keuzematrix as data."""

from __future__ import annotations

import json
from pathlib import Path

from .model import Keuzematrix

FILENAME = "instrumenten.json"


def matrix_json(matrix: Keuzematrix) -> str:
    """Return the JSON text of ``matrix``: stable key order, no run-dependent content."""
    data = {"taxonomie": matrix.taxonomie, "instrumenten": [i.to_dict() for i in matrix.instrumenten]}
    return json.dumps(data, ensure_ascii=False, indent=2) + "\n"


def write(matrix: Keuzematrix, folder: Path, **_: object) -> None:
    """Write ``instrumenten.json`` into ``folder``."""
    (folder / FILENAME).write_text(matrix_json(matrix), encoding="utf-8")
