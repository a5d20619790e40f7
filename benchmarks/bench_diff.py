"""What ``keuzehulp diff`` costs beyond reading the two versions: comparing the instruments and finding renames.

Per size, the new version is the old one (a generated matrix) with every tenth instrument renamed, every tenth
other one changed and every fiftieth removed; the worst case renames every instrument. Reading is measured in
bench_core (``load``), so only :func:`keuzehulp.diff.compare` is timed here, in a fresh process per run.

    python -m benchmarks.bench_diff                  # 1,000 and 10,000 instruments
    python -m benchmarks.bench_diff --sizes 100      # a quick look
"""

from __future__ import annotations

import argparse
from pathlib import Path

from benchmarks.generate import write_matrix
from benchmarks.measure import median_of

SETUP = """
import copy
from keuzehulp.pipeline import load
from keuzehulp.diff import compare
from keuzehulp.normalise import slug
old = load(PATH).matrix.instrumenten
new = copy.deepcopy(old)
for number, instrument in enumerate(new):
    if number % 10 == 0 or ALL_RENAMED:
        instrument.naam = f"{instrument.naam} (nieuw)"
        instrument.id = slug(instrument.naam)
    elif number % 10 == 5:
        instrument.doel = "Een ander doel."
if not ALL_RENAMED:
    del new[7::50]
"""
COMPARE = "changes = compare(old, new, 'oud', 'nieuw')"


def bench(n: int, folder: Path, repeat: int = 3) -> dict:
    """Return the median time and peak memory of comparing two versions of ``n`` instruments, usual and worst case."""
    path = folder / f"matrix-{n}.xlsx"
    if not path.exists():
        write_matrix(path, n)
    return {
        case: median_of(COMPARE, f"PATH = {str(path)!r}\nALL_RENAMED = {all_renamed}\n{SETUP}", repeat)
        for case, all_renamed in (("usual", False), ("all_renamed", True))
    }


def main(sizes: list[int], repeat: int) -> None:
    folder = Path(__file__).parent / "results"
    folder.mkdir(exist_ok=True)
    print("| n | 10 % renamed, 10 % changed, 2 % removed | all renamed | peak MB |")
    print("| ---: | ---: | ---: | ---: |")
    for n in sizes:
        f = bench(n, folder, repeat)
        peak = max(case["peak_mb"] for case in f.values())
        print(f"| {n:,} | {f['usual']['seconds']:.2f} s | {f['all_renamed']['seconds']:.2f} s | {peak:.0f} |")


if __name__ == "__main__":
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[1000, 10000])
    parser.add_argument("--repeat", type=int, default=3)
    arguments = parser.parse_args()
    main(arguments.sizes, arguments.repeat)
