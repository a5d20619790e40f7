"""The benchmark of keuzehulp: per stage and in total, next to the floors measured in the same run.

For each size (100, 1,000, 10,000 and 50,000 generated instruments) a fresh process builds the matrix
three times; the script reports per stage (read, validate+normalise, JSON, workbook, HTML, swap into
place) the median wall time and the peak memory so far, and the floors: python-calamine's raw read of
the same file and XlsxWriter's raw constant-memory write of the same grid. It also reports the whole-process
build time of the example, the page weight, and Chromium's click-to-paint time at 1,000 and 10,000.

    python -m benchmarks.run                 # everything (several minutes)
    python -m benchmarks.run --sizes 100     # the smoke test CI runs
"""

from __future__ import annotations

import argparse
import json
import platform
import statistics
import subprocess
import sys
import tempfile
from pathlib import Path

from benchmarks.bench_core import CALAMINE_RAW
from benchmarks.generate import write_matrix
from benchmarks.measure import ROOT, median_of, whole_process

STAGE_NAMES = {
    "lezen": "read",
    "controleren": "validate+normalise",
    "instrumenten.json maken": "JSON",
    "werkmap maken": "workbook",
    "website maken": "HTML",
    "op zijn plaats zetten": "swap",
}

# Runs in a fresh interpreter: one build, timed per stage through the pipeline's progress hook.
WORKER = r"""
import json, resource, sys, time
sys.path.insert(0, sys.argv[3])
from keuzehulp.pipeline import build
class Timer:
    def __init__(self):
        self.marks = []
    def stage(self, name):
        self.marks.append((name, time.perf_counter(), resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024))
    def finish(self):
        pass
timer = Timer()
start = time.perf_counter()
build(sys.argv[1], sys.argv[2], progress=timer)
end = time.perf_counter()
peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
marks = timer.marks + [("end", end, peak)]
stages = {a[0]: {"seconds": b[1] - a[1], "peak_mb": b[2]} for a, b in zip(marks, marks[1:])}
print(json.dumps({"total": end - start, "peak_mb": peak, "stages": stages}))
"""


def build_figures(path: Path, work: Path, repeat: int) -> dict:
    """Return median per-stage times and peak memory of ``repeat`` fresh-process builds of ``path``."""
    runs = []
    for index in range(repeat):
        out = work / f"out-{index}"
        result = subprocess.run(
            [sys.executable, "-c", WORKER, str(path), str(out), str(ROOT)], capture_output=True, text=True, check=True
        )
        runs.append(json.loads(result.stdout.strip().splitlines()[-1]))
    stages = {
        STAGE_NAMES[name]: {
            "seconds": statistics.median(r["stages"][name]["seconds"] for r in runs),
            "peak_mb": max(r["stages"][name]["peak_mb"] for r in runs),
        }
        for name in runs[0]["stages"]
    }
    return {
        "total": statistics.median(r["total"] for r in runs),
        "peak_mb": max(r["peak_mb"] for r in runs),
        "stages": stages,
    }


def floors(path: Path, repeat: int) -> dict:
    """Return the floors: calamine's raw read and XlsxWriter's raw constant-memory write of the same grid."""
    setup = f"PATH = {str(path)!r}\nimport python_calamine"
    read = median_of(CALAMINE_RAW, setup, repeat)
    write_setup = (
        f"import sys; sys.path.insert(0, {str(ROOT)!r})\n"
        "from benchmarks.bench_workbook import grid_of, write_floor\n"
        "from keuzehulp.pipeline import load\n"
        f"grid = grid_of(load({str(path)!r}).matrix)\n"
        "import tempfile, pathlib; target = pathlib.Path(tempfile.mkdtemp()) / 'floor.xlsx'"
    )
    write = median_of("write_floor(grid, target)", write_setup, repeat)
    return {"calamine_read": read, "xlsxwriter_write": write}


def run(sizes: list[int], repeat: int, browser: bool) -> dict:
    results: dict = {"machine": machine(), "sizes": {}}
    with tempfile.TemporaryDirectory() as tmp:
        work = Path(tmp)
        example_out = work / "example"
        results["example_whole_process_s"] = whole_process(
            [sys.executable, "-m", "keuzehulp", "build", "input/keuzematrix.xlsx", "-o", str(example_out)], repeat
        )
        for n in sizes:
            path = write_matrix(work / f"matrix-{n}.xlsx", n)
            figures = build_figures(path, work, repeat if n < 50_000 else 1)
            figures["floors"] = floors(path, repeat if n < 50_000 else 1)
            floor_sum = figures["floors"]["calamine_read"]["seconds"] + figures["floors"]["xlsxwriter_write"]["seconds"]
            figures["floor_sum_s"] = floor_sum
            figures["ratio_to_floors"] = figures["total"] / floor_sum
            results["sizes"][n] = figures
            print(summary_line(n, figures), file=sys.stderr)
    if browser:
        from benchmarks.bench_html import bench, bench_example

        results["html"] = {"example": bench_example(), **{n: bench(n) for n in (1_000, 10_000)}}
    return results


def machine() -> dict:
    import os

    cpu = ""
    try:
        cpu = next(
            line.split(":", 1)[1].strip()
            for line in Path("/proc/cpuinfo").read_text().splitlines()
            if line.startswith("model name")
        )
    except (OSError, StopIteration):
        cpu = platform.processor()
    memory = ""
    try:
        kb = int(
            next(
                line.split()[1]
                for line in Path("/proc/meminfo").read_text().splitlines()
                if line.startswith("MemTotal")
            )
        )
        memory = f"{kb / 1024 / 1024:.0f} GiB"
    except (OSError, StopIteration):
        pass
    return {
        "cpu": cpu,
        "cores": os.cpu_count(),
        "memory": memory,
        "python": platform.python_version(),
        "os": platform.platform(),
    }


def summary_line(n: int, f: dict) -> str:
    stages = ", ".join(f"{name} {s['seconds']:.2f}s" for name, s in f["stages"].items())
    total = f"totaal {f['total']:.2f}s (vloer {f['floor_sum_s']:.2f}s), piek {f['peak_mb']:.0f} MB"
    return f"{n:>6} instrumenten: {total}; {stages}"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--sizes", type=int, nargs="*", default=[100, 1_000, 10_000, 50_000])
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--no-browser", action="store_true", help="skip the Chromium measurements")
    parser.add_argument("--json", type=Path, help="also write the figures as JSON to this file")
    args = parser.parse_args()
    results = run(args.sizes, args.repeat, browser=not args.no_browser)
    text = json.dumps(results, indent=2, default=str)
    if args.json:
        args.json.write_text(text + "\n", encoding="utf-8")
    print(text)


if __name__ == "__main__":
    main()
