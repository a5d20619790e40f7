"""The example keuzematrix is data: `input/keuzematrix.xlsx` is exactly what `scripts/make_example.py` makes of
`scripts/voorbeeld.toml`, so the two can never drift apart."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from scripts.make_example import EXAMPLE, NAMED_LINES, read_example

ROOT = Path(__file__).resolve().parent.parent


def test_input_example_is_what_make_example_writes(tmp_path):
    made = tmp_path / "keuzematrix.xlsx"
    result = subprocess.run(
        [sys.executable, ROOT / "scripts" / "make_example.py", made], capture_output=True, text=True, cwd=tmp_path
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout == f"54 instrumenten geschreven naar {made}\n"
    assert made.read_bytes() == (ROOT / "input" / "keuzematrix.xlsx").read_bytes()


def test_every_named_person_and_place_is_used():
    example = read_example()
    for header, table in NAMED_LINES.items():
        used = {name for instrument in example["instrumenten"] for name in instrument.get(header, [])}
        assert used == set(example[table]), table


def test_a_key_that_is_no_column_of_the_template_is_refused(tmp_path):
    wrong = tmp_path / "voorbeeld.toml"
    text = EXAMPLE.read_text(encoding="utf-8").replace("[[instrumenten]]\n", "[[instrumenten]]\nKosten = 5\n", 1)
    wrong.write_text(text, encoding="utf-8")
    with pytest.raises(KeyError, match="Kosten"):
        read_example(wrong)
