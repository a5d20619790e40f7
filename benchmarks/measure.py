"""Run one measured step in a fresh Python process and return its wall time and peak memory.

A fresh process per run keeps imports, caches and memory of earlier runs out of the figures; peak
memory is the process's maximum resident set size, so Rust allocations (calamine) count too.
"""

from __future__ import annotations

import json
import statistics
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent

WORKER = r"""
import json, resource, sys, time
sys.path.insert(0, {root!r})
setup = {setup!r}
code = {code!r}
namespace = {{}}
exec(setup, namespace)
start = time.perf_counter()
exec(code, namespace)
seconds = time.perf_counter() - start
peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
print(json.dumps({{"seconds": seconds, "peak_mb": peak}}))
"""


def run_once(code: str, setup: str = "") -> dict:
    """Return {"seconds", "peak_mb"} of running ``code`` (after untimed ``setup``) in a new interpreter."""
    script = WORKER.format(root=str(ROOT), setup=setup, code=code)
    result = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, check=True)
    return json.loads(result.stdout.strip().splitlines()[-1])


def median_of(code: str, setup: str = "", repeat: int = 3) -> dict:
    """Return the median wall time and the largest peak memory of ``repeat`` fresh runs."""
    runs = [run_once(code, setup) for _ in range(repeat)]
    return {
        "seconds": statistics.median(r["seconds"] for r in runs),
        "peak_mb": max(r["peak_mb"] for r in runs),
    }


def whole_process(argv: list[str], repeat: int = 3) -> float:
    """Return the median wall time of running ``argv`` as a whole process (start-up included)."""
    import time

    times = []
    for _ in range(repeat):
        start = time.perf_counter()
        subprocess.run(argv, capture_output=True, check=True, cwd=ROOT)
        times.append(time.perf_counter() - start)
    return statistics.median(times)
