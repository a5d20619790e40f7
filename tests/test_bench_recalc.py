"""The LibreOffice recalculation benchmark runs at the example's size, and its ticks agree with keuzehulp.selection
(the benchmark stops with an error when LibreOffice shows other results; the figures go in docs/performance.md)."""

import subprocess
import sys
from pathlib import Path

import pytest

from benchmarks.bench_recalc import SYSTEM_PYTHON
from tests.conftest import require_tool, tool_missing

ROOT = Path(__file__).resolve().parent.parent


@pytest.mark.libreoffice
def test_benchmark_ticks_in_libreoffice_and_matches_selection():
    require_tool("soffice", "libreoffice")
    uno = subprocess.run([SYSTEM_PYTHON, "-c", "import uno"], capture_output=True, check=False)
    if uno.returncode != 0:
        tool_missing("python3-uno is not installed (scripts/install-test-tools.sh installs it)")
    done = subprocess.run(
        [sys.executable, "-m", "benchmarks.bench_recalc", "54"], cwd=ROOT, capture_output=True, text=True, timeout=600
    )
    assert done.returncode == 0, done.stderr
    (row,) = [line for line in done.stdout.splitlines() if line.startswith("| 54 |")]
    assert row.count(" / ") == 4, "every step was timed, the praktisch filter too"
