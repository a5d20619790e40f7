"""Render stage: ``instrumenten.json``, the normalised keuzematrix as data."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path

from .model import Keuzematrix

FILENAME = "instrumenten.json"


def matrix_json(matrix: Keuzematrix) -> str:
    """Return the JSON text of ``matrix``: stable key order, no run-dependent content."""
    return "".join(json_chunks(matrix))


def json_chunks(matrix: Keuzematrix) -> Iterator[str]:
    """Yield the JSON text of ``matrix``, one instrument per line.

    One line per instrument keeps diffs between versions of the keuzematrix readable, lets the C encoder
    do the work (an indented dump runs in pure Python), and streaming keeps a national matrix from holding
    all its dicts and the whole text in memory at once.
    """
    yield "{\n" + f'  "taxonomie": {json.dumps(matrix.taxonomie)},\n  "instrumenten": '
    if not matrix.instrumenten:
        yield "[]\n}\n"
        return
    encode = json.JSONEncoder(ensure_ascii=False).encode  # one encoder for all, as json.dumps makes one per call
    yield "["
    for index, instrument in enumerate(matrix.instrumenten):
        yield ("\n    " if index == 0 else ",\n    ") + encode(instrument.to_dict())
    yield "\n  ]\n}\n"


def write(matrix: Keuzematrix, folder: Path) -> None:
    """Write ``instrumenten.json`` into ``folder``."""
    with open(folder / FILENAME, "w", encoding="utf-8", newline="\n") as handle:
        handle.writelines(json_chunks(matrix))
