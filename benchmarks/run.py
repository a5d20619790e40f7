"""The benchmark of keuzehulp: whole builds next to the floor of the same work, measured in turn.

For each size (100, 1,000, 10,000 and 50,000 generated instruments) a fresh process builds the matrix
and a fresh process runs the floor, in turn (build, floor, build, floor, ...), so that a busy moment of
the machine hits both. The floor is the least any build of these outputs must do, each part as plain as it
gets:

* python-calamine's raw read of the input sheet;
* XlsxWriter in constant-memory mode writing every non-empty cell that the built ``keuzehulp.xlsx`` really
  holds (all sheets, formulas as their values; no formats, table, validation or charts);
* a plain ``write`` of the bytes of every other output file (the site and ``instrumenten.json``).

The ratio is build time over the summed floor, per pair, and its median is reported; CPU seconds of both
(the build's with and without its children) stand beside it, as a busy machine disturbs them less. Up to
20,000 instruments the build reads 40 % of the rows in a forked child (from 2,000 rows), then writes the
workbook while another child checks the whole model and writes the site and the JSON; the floor runs in one
process.
Peak memory is sampled as the proportional set size (PSS) of the build process and its children together, so
pages they share after the fork count once; the peak RSS of each is reported too. The example is timed as a
whole process, start-up and imports included, and its imports on their own (``python -X importtime``).

    python -m benchmarks.run                          # everything (about ten minutes)
    python -m benchmarks.run --sizes 1000 --no-browser  # a quick run
    python -m benchmarks.run --sizes 100 --repeat 1 --no-browser  # the smoke test CI runs
"""

from __future__ import annotations

import argparse
import json
import os
import pickle
import platform
import re
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

from benchmarks.measure import ROOT
from keuzehulp.pipeline import BUILD_STAGES, RENDERERS, STAGE_CHECK, STAGE_READ, STAGE_WRITE

EXAMPLE = ROOT / "input" / "keuzematrix.xlsx"
WORKBOOK = "keuzehulp.xlsx"
SAMPLE_SECONDS = 0.05
TARGETS = {"ratio_10000": 1.25, "example_s": 0.3, "seconds_50000": 20.0, "peak_mib_50000": 700.0}

# One build in a fresh interpreter, timed per stage through the pipeline's progress hook.
BUILD_WORKER = r"""
import gc, json, resource, sys, time
sys.path.insert(0, sys.argv[3])
from keuzehulp.pipeline import build
gc.disable()  # as the keuzehulp command runs (keuzehulp/__main__.py)
def cpu(who):
    usage = resource.getrusage(who)
    return usage.ru_utime + usage.ru_stime
marks = []
class Timer:
    def stage(self, name):
        marks.append((name, time.perf_counter()))
start, start_cpu = time.perf_counter(), cpu(resource.RUSAGE_SELF)
build(sys.argv[1], sys.argv[2], progress=Timer())
end = time.perf_counter()
marks.append(("end", end))
print(json.dumps({
    "total": end - start,
    "cpu": cpu(resource.RUSAGE_SELF) - start_cpu + cpu(resource.RUSAGE_CHILDREN),
    "cpu_parent": cpu(resource.RUSAGE_SELF) - start_cpu,
    "stages": {a[0]: b[1] - a[1] for a, b in zip(marks, marks[1:])},
    "rss_parent_mib": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024,
    "rss_child_mib": resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024,
}))
"""

# Each renderer alone, one after the other, in one process (with the collector off, as in a build).
RENDERERS_WORKER = r"""
import gc, json, sys, tempfile, time
from pathlib import Path
sys.path.insert(0, sys.argv[2])
from keuzehulp.pipeline import RENDERERS, load
gc.disable()
matrix = load(sys.argv[1]).matrix
times = {}
for renderer in RENDERERS:
    folder = Path(tempfile.mkdtemp())
    start = time.perf_counter()
    renderer.write(matrix, folder, None)
    times[renderer.stage] = time.perf_counter() - start
print(json.dumps(times))
"""

# The floor in a fresh interpreter: the raw read, the raw workbook write and the plain byte writes.
FLOOR_WORKER = r"""
import json, os, pickle, sys, time
import python_calamine
source, material, out, root = sys.argv[1:5]
sys.path.insert(0, root)
from benchmarks.bench_workbook import write_cells_floor
with open(material, "rb") as handle:
    cells, files = pickle.load(handle)
os.makedirs(out)
start, start_cpu = time.perf_counter(), time.process_time()
sheet = python_calamine.CalamineWorkbook.from_path(source).get_sheet_by_name("Instrumenten")
sheet.to_python(skip_empty_area=False)
read = time.perf_counter()
write_cells_floor(cells, os.path.join(out, "floor.xlsx"))
written = time.perf_counter()
for name, data in files.items():
    path = os.path.join(out, name)
    os.makedirs(os.path.dirname(path), exist_ok=True)
    with open(path, "wb") as handle:
        handle.write(data)
end = time.perf_counter()
print(json.dumps({
    "parts": {"calamine_read": read - start, "workbook_cells": written - read, "plain_bytes": end - written},
    "cpu": time.process_time() - start_cpu,
}))
"""


def workbook_cells(path: Path) -> dict[str, list[tuple[int, int, object]]]:
    """Return the non-empty cells of every sheet of the workbook at ``path`` (formulas as their cached values)."""
    from python_calamine import CalamineWorkbook

    book = CalamineWorkbook.from_path(str(path))
    cells = {}
    for name in book.sheet_names:
        rows = book.get_sheet_by_name(name).to_python(skip_empty_area=False)
        cells[name] = [
            (r, c, value) for r, row in enumerate(rows) for c, value in enumerate(row) if value not in (None, "")
        ]
    return cells


def floor_material(built: Path, target: Path) -> int:
    """Pickle to ``target`` what the floor writes: the workbook's cells and the other files' bytes; return the cells."""
    cells = workbook_cells(built / WORKBOOK)
    files = {
        str(p.relative_to(built)): p.read_bytes()
        for p in sorted(built.rglob("*"))
        if p.is_file() and p.name != WORKBOOK
    }
    with open(target, "wb") as handle:
        pickle.dump((cells, files), handle, protocol=pickle.HIGHEST_PROTOCOL)
    return sum(len(c) for c in cells.values())


def pss_mib(pid: int) -> float:
    """Return the proportional set size of ``pid`` and its children (MiB); 0 once it has gone."""
    total = 0
    try:
        children = Path(f"/proc/{pid}/task/{pid}/children").read_text().split()
    except OSError:
        children = []
    for process in [str(pid), *children]:
        try:
            for line in Path(f"/proc/{process}/smaps_rollup").read_text().splitlines():
                if line.startswith("Pss:"):
                    total += int(line.split()[1])
        except OSError:
            pass
    return total / 1024


def run_sampled(argv: list[str]) -> tuple[str, float]:
    """Run ``argv``; return its standard output and the peak PSS of it and its children (0 off Linux)."""
    process = subprocess.Popen(argv, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, cwd=ROOT)
    peak = [0.0]

    def sample() -> None:
        while process.poll() is None:
            peak[0] = max(peak[0], pss_mib(process.pid))
            time.sleep(SAMPLE_SECONDS)

    sampler = threading.Thread(target=sample, daemon=True)
    if sys.platform.startswith("linux"):
        sampler.start()
    out, err = process.communicate()
    if process.returncode:
        raise RuntimeError(f"{argv[:3]} failed:\n{err}")
    if sampler.is_alive():
        sampler.join()
    return out, peak[0]


def python_output(arguments: list[str]) -> str:
    """Return what ``python ARGUMENTS`` prints, run apart so that this process stays small.

    Linux keeps a process's peak RSS across fork and exec: a worker started from a large process would
    report that process's size as its own peak.
    """
    return subprocess.run([sys.executable, *arguments], capture_output=True, text=True, check=True, cwd=ROOT).stdout


def last_json(text: str) -> dict:
    return json.loads(text.strip().splitlines()[-1])


def measure_size(n: int, work: Path, repeat: int) -> dict:
    """Return the figures of one size: interleaved builds and floors, and each renderer alone."""
    source = work / f"matrix-{n}.xlsx"
    python_output(["-m", "benchmarks.generate", str(n), str(source)])
    reference = work / f"ref-{n}"
    subprocess.run(
        [sys.executable, "-c", BUILD_WORKER, str(source), str(reference), str(ROOT)], capture_output=True, check=True
    )
    material = work / f"floor-{n}.pickle"
    cells = int(python_output(["-m", "benchmarks.run", "--floor-material", str(reference), str(material)]))
    builds, floors, peaks = [], [], []
    for index in range(repeat):
        out, peak = run_sampled(
            [sys.executable, "-c", BUILD_WORKER, str(source), str(work / f"b{n}-{index}"), str(ROOT)]
        )
        builds.append(last_json(out))
        peaks.append(peak)
        floor = work / f"f{n}-{index}"
        out = subprocess.run(
            [sys.executable, "-c", FLOOR_WORKER, str(source), str(material), str(floor), str(ROOT)],
            capture_output=True,
            text=True,
            check=True,
        ).stdout
        floors.append(last_json(out))
    alone = last_json(
        subprocess.run(
            [sys.executable, "-c", RENDERERS_WORKER, str(source), str(ROOT)], capture_output=True, text=True, check=True
        ).stdout
    )
    floor_sums = [sum(f["parts"].values()) for f in floors]
    median = statistics.median
    return {
        "cells_in_workbook": cells,
        "total": median(b["total"] for b in builds),
        "stages": {name: median(b["stages"][name] for b in builds) for name in BUILD_STAGES},
        "renderers_alone": alone,
        "floors": {part: median(f["parts"][part] for f in floors) for part in floors[0]["parts"]},
        "floor_sum_s": median(floor_sums),
        "ratio": median(b["total"] / s for b, s in zip(builds, floor_sums, strict=True)),
        "ratios": [round(b["total"] / s, 3) for b, s in zip(builds, floor_sums, strict=True)],
        "cpu_s": median(b["cpu"] for b in builds),
        "cpu_parent_s": median(b["cpu_parent"] for b in builds),
        "floor_cpu_s": median(f["cpu"] for f in floors),
        "cpu_ratio": median(b["cpu"] / f["cpu"] for b, f in zip(builds, floors, strict=True)),
        "peak_pss_mib": max(peaks),
        "peak_rss_parent_mib": max(b["rss_parent_mib"] for b in builds),
        "peak_rss_child_mib": max(b["rss_child_mib"] for b in builds),
    }


def example_figures(work: Path, repeat: int) -> dict:
    """Return the example's whole-process build time, its import time, and the bare interpreter's start."""
    command = [sys.executable, "-m", "keuzehulp", "build", str(EXAMPLE), "-o", str(work / "voorbeeld"), "-q"]
    builds, starts = [], []
    for _ in range(max(repeat, 5)):
        builds.append(timed_process(command))
        starts.append(timed_process([sys.executable, "-c", "pass"]))
    imports = []
    for _ in range(max(repeat, 3)):
        result = subprocess.run(
            [sys.executable, "-X", "importtime", *command[1:]], capture_output=True, text=True, check=True, cwd=ROOT
        )
        imports.append(import_seconds(result.stderr))
    return {
        "whole_process_s": statistics.median(builds),
        "import_s": statistics.median(imports),
        "python_start_s": statistics.median(starts),
    }


def timed_process(argv: list[str]) -> float:
    start = time.perf_counter()
    subprocess.run(argv, capture_output=True, check=True, cwd=ROOT)
    return time.perf_counter() - start


def import_seconds(importtime: str) -> float:
    """Return the summed cumulative time of the top-level imports in ``python -X importtime`` output."""
    total = 0
    for line in importtime.splitlines():
        if line.startswith("import time:") and "|" in line:
            _, cumulative, name = line.split("|")
            if not name.startswith("  ") and cumulative.strip().isdigit():
                total += int(cumulative)
    return total / 1e6


def run(sizes: list[int], repeat: int, browser: bool) -> dict:
    """Return all figures: the machine, the example, and each size of ``sizes``."""
    results: dict = {"machine": machine(), "when": time.strftime("%Y-%m-%d %H:%M UTC", time.gmtime()), "sizes": {}}
    with tempfile.TemporaryDirectory() as tmp:
        work = Path(tmp)
        results["example"] = example_figures(work, repeat)
        print(example_line(results["example"]), file=sys.stderr)
        for n in sizes:
            results["sizes"][n] = measure_size(n, work, repeat if n < 50_000 else 1)
            print(size_line(n, results["sizes"][n]), file=sys.stderr)
    if browser:
        from benchmarks.bench_html import bench, bench_example

        results["html"] = {"example": bench_example(), **{n: bench(n) for n in (1_000, 10_000)}}
    return results


def machine() -> dict:
    """Return what the figures were measured on."""
    cpu, memory = platform.processor(), ""
    info = Path("/proc/cpuinfo")
    if info.exists():
        cpu = next(
            (line.split(":", 1)[1].strip() for line in info.read_text().splitlines() if "model name" in line), cpu
        )
    meminfo = Path("/proc/meminfo")
    if meminfo.exists():
        kib = next(int(line.split()[1]) for line in meminfo.read_text().splitlines() if line.startswith("MemTotal"))
        memory = f"{kib / 1024 / 1024:.0f} GiB"
    load = round(os.getloadavg()[0], 1) if hasattr(os, "getloadavg") else None
    return {
        "cpu": cpu,
        "cores": os.cpu_count(),
        "memory": memory,
        "load_average_1min_at_start": load,
        "python": platform.python_version(),
        "os": platform.platform(),
    }


def example_line(f: dict) -> str:
    return (
        f"voorbeeld: heel proces {f['whole_process_s']:.3f} s (doel ≤ {TARGETS['example_s']} s), "
        f"waarvan imports {f['import_s']:.3f} s; kale python-start {f['python_start_s']:.3f} s"
    )


def size_line(n: int, f: dict) -> str:
    floors = " + ".join(f"{part} {seconds:.3f}" for part, seconds in f["floors"].items())
    return (
        f"{n:>6} instrumenten ({f['cells_in_workbook']:,} cellen): build {f['total']:.2f} s, "
        f"vloer {f['floor_sum_s']:.2f} s ({floors}), verhouding {f['ratio']:.2f}× "
        f"(per paar {f['ratios']}), CPU {f['cpu_ratio']:.2f}×, piek PSS {f['peak_pss_mib']:.0f} MiB "
        f"(RSS ouder {f['peak_rss_parent_mib']:.0f}, kind {f['peak_rss_child_mib']:.0f} MiB)"
    )


def dutch(line: str) -> str:
    """Return ``line`` with its numbers written the Dutch way (1.000 and 0,25), as in docs/performance.md."""
    return re.sub(r"\d[\d,]*(\.\d+)?", lambda m: m.group().translate(str.maketrans(",.", ".,")), line)


def markdown(results: dict) -> str:
    """Return the tables of docs/performance.md for ``results``."""
    stages = [STAGE_READ, STAGE_CHECK, "renderen", STAGE_WRITE]
    lines = [
        f"Gemeten {results['when']} op {results['machine']['cpu']}, {results['machine']['cores']} cores, "
        f"{results['machine']['memory']}, Python {results['machine']['python']}, "
        f"load {results['machine']['load_average_1min_at_start']}.",
        "",
        example_line(results["example"]),
        "",
        "| instrumenten | cellen in de werkmap | build | vloer: lezen + werkmap + bytes = som | build / vloer "
        "| CPU build (ouder) / vloer | piek PSS (ouder + kind) | piek RSS ouder / kind |",
        "| ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |",
    ]
    for n, f in results["sizes"].items():
        parts = " + ".join(f"{s:.3f}" for s in f["floors"].values())
        lines.append(
            f"| {int(n):,} | {f['cells_in_workbook']:,} | {f['total']:.2f} s | {parts} = {f['floor_sum_s']:.2f} s "
            f"| {f['ratio']:.2f}× | {f['cpu_s']:.2f} ({f['cpu_parent_s']:.2f}) / {f['floor_cpu_s']:.2f} s "
            f"= {f['cpu_ratio']:.2f}× "
            f"| {f['peak_pss_mib']:.0f} MiB "
            f"| {f['peak_rss_parent_mib']:.0f} / {f['peak_rss_child_mib']:.0f} MiB |"
        )
    lines += [
        "",
        "| instrumenten | " + " | ".join(stages) + " | " + " | ".join(f"{r.stage} (alleen)" for r in RENDERERS) + " |",
    ]
    lines.append("| ---: " * (1 + len(stages) + len(RENDERERS)) + "|")
    for n, f in results["sizes"].items():
        render = sum(f["stages"][r.stage] for r in RENDERERS)
        shown = [f["stages"][STAGE_READ], f["stages"][STAGE_CHECK], render, f["stages"][STAGE_WRITE]]
        alone = [f["renderers_alone"][r.stage] for r in RENDERERS]
        lines.append(f"| {int(n):,} | " + " | ".join(f"{s:.3f} s" for s in [*shown, *alone]) + " |")
    return "\n".join(dutch(line) if line.startswith(("|", "voorbeeld")) else line for line in lines)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--sizes", type=int, nargs="*", default=[100, 1_000, 10_000, 50_000])
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--no-browser", action="store_true", help="skip the Chromium measurements")
    parser.add_argument("--json", type=Path, help="also write the figures as JSON to this file")
    parser.add_argument("--floor-material", nargs=2, type=Path, metavar=("BUILT", "TARGET"), help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.floor_material:
        print(floor_material(*args.floor_material))
        return
    results = run(args.sizes, args.repeat, browser=not args.no_browser)
    if args.json:
        args.json.write_text(json.dumps(results, indent=2, default=str) + "\n", encoding="utf-8")
    print(markdown(results))
    if "html" in results:
        print(json.dumps(results["html"], indent=2, default=str))


if __name__ == "__main__":
    main()
