"""Read, validate and normalise: keuzehulp's figures next to python-calamine's raw read of the same file."""

from __future__ import annotations

import sys
from pathlib import Path

from benchmarks.generate import write_matrix
from benchmarks.measure import median_of

CALAMINE_RAW = (
    "from python_calamine import CalamineWorkbook\n"
    "CalamineWorkbook.from_path(PATH).get_sheet_by_name('Instrumenten').to_python(skip_empty_area=False)"
)
OPENPYXL_RAW = (
    "import openpyxl\nlist(openpyxl.load_workbook(PATH, read_only=True)['Instrumenten'].iter_rows(values_only=True))"
)
READ = "from keuzehulp.reader import open_workbook\nsheet = open_workbook(PATH).sheet('Instrumenten')"
LOAD = "from keuzehulp.pipeline import load\nloaded = load(PATH)"


def bench(n: int, folder: Path, repeat: int = 3, with_openpyxl: bool = True) -> dict:
    """Return the timings for a generated matrix of ``n`` instruments (written into ``folder``)."""
    path = folder / f"matrix-{n}.xlsx"
    if not path.exists():
        write_matrix(path, n)
    setup = f"PATH = {str(path)!r}\nimport keuzehulp.pipeline, python_calamine, openpyxl"
    figures = {
        "n": n,
        "calamine_raw": median_of(CALAMINE_RAW, setup, repeat),
        "read": median_of(READ, setup, repeat),
        "load": median_of(LOAD, setup, repeat),
    }
    if with_openpyxl:
        figures["openpyxl_read_only_raw"] = median_of(OPENPYXL_RAW, setup, repeat)
    figures["validate_normalise_seconds"] = figures["load"]["seconds"] - figures["read"]["seconds"]
    figures["target_seconds"] = 1.5 * figures["calamine_raw"]["seconds"] + 1.0
    return figures


def main(sizes: list[int]) -> None:
    folder = Path(__file__).parent / "results"
    folder.mkdir(exist_ok=True)
    print("| n | calamine raw | openpyxl read-only raw | keuzehulp read | read+validate+normalise | target | peak MB |")
    print("| ---: | ---: | ---: | ---: | ---: | ---: | ---: |")
    for n in sizes:
        f = bench(n, folder)
        print(
            f"| {n:,} | {f['calamine_raw']['seconds']:.3f} s | {f['openpyxl_read_only_raw']['seconds']:.3f} s "
            f"| {f['read']['seconds']:.3f} s | {f['load']['seconds']:.3f} s | ≤ {f['target_seconds']:.2f} s "
            f"| {f['load']['peak_mb']:.0f} |"
        )


if __name__ == "__main__":
    main([int(a) for a in sys.argv[1:]] or [100, 1_000, 10_000])
