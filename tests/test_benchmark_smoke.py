"""The benchmark's smallest size runs in CI as a smoke test (the figures themselves go in docs/performance.md)."""

import json
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def test_benchmark_runs_at_its_smallest_size(tmp_path):
    target = tmp_path / "figures.json"
    command = [sys.executable, "-m", "benchmarks.run", "--sizes", "100", "--repeat", "1", "--no-browser"]
    subprocess.run([*command, "--json", str(target)], cwd=ROOT, check=True, capture_output=True)
    figures = json.loads(target.read_text(encoding="utf-8"))
    size = figures["sizes"]["100"]
    assert set(size["stages"]) == {"read", "validate+normalise", "JSON", "workbook", "HTML", "swap"}
    assert size["total"] > 0 and size["floor_sum_s"] > 0 and size["peak_mb"] > 0
    assert figures["example_whole_process_s"] > 0
