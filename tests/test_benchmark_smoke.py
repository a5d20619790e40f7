"""The benchmark's smallest size runs in CI as a smoke test (the figures themselves go in docs/performance.md)."""

import json
import subprocess
import sys
from pathlib import Path

from keuzehulp.pipeline import BUILD_STAGES, RENDERERS

ROOT = Path(__file__).resolve().parent.parent


def test_benchmark_runs_at_its_smallest_size(tmp_path):
    target = tmp_path / "figures.json"
    command = [sys.executable, "-m", "benchmarks.run", "--sizes", "100", "--repeat", "1", "--no-browser"]
    result = subprocess.run([*command, "--json", str(target)], cwd=ROOT, check=True, capture_output=True, text=True)
    figures = json.loads(target.read_text(encoding="utf-8"))
    size = figures["sizes"]["100"]
    assert set(size["stages"]) == set(BUILD_STAGES)
    assert set(size["renderers_alone"]) == {r.stage for r in RENDERERS}
    assert set(size["floors"]) == {"calamine_read", "workbook_cells", "plain_bytes"}
    assert size["cells_in_workbook"] > 100 * 10, "the floor writes every cell of the workbook, not one per instrument"
    assert size["total"] > 0 and size["floor_sum_s"] > 0 and size["peak_pss_mib"] > 0
    assert size["ratio"] == size["total"] / size["floor_sum_s"]
    assert figures["example"]["whole_process_s"] > figures["example"]["import_s"] > 0
    assert "| 100 |" in result.stdout, "the tables for docs/performance.md are printed"
