"""Benchmark: how long writing ``keuzehulp.xlsx`` takes, next to the fastest possible write of the same cells.

The floor is XlsxWriter in constant_memory mode writing the same grid of values, computed beforehand, with
nothing else: no formats, formulas, table, validation or charts. Two grids are measured:

* ``ondergrens`` (floor): every cell of every sheet of the workbook, formulas replaced by their values;
* ``ondergrens_data``: only the Instrumenten sheet, the data itself (a stricter, smaller floor).

Times are the median of three runs, as wall-clock time and as CPU time of this process (the latter is
steadier on a busy machine). Run: ``python -m benchmarks.bench_workbook [N ...]``.
"""

from __future__ import annotations

import statistics
import sys
import tempfile
import time
from collections.abc import Callable, Iterator
from pathlib import Path

import xlsxwriter
from openpyxl import load_workbook

from benchmarks.generate import write_matrix
from keuzehulp import render_workbook
from keuzehulp.model import Keuzematrix
from keuzehulp.pipeline import load

SIZES = (1_000, 10_000)
REPEATS = 3
Cells = dict[str, list[tuple[int, int, object]]]


def grid_of(matrix: Keuzematrix) -> list[list[object]]:
    """Return the values of the Instrumenten sheet: a header row, then one row per instrument."""
    table = render_workbook.instrument_table(matrix)
    header = ["Instrument", "Past bij Zoeken", *table.labels, *(c.header for c in table.fields)]
    rows: list[list[object]] = [header]
    for instrument in matrix.instrumenten:
        labels = {*instrument.tegels, *instrument.klantkenmerken}
        marks = ["ja" if label in labels else None for label in table.labels]
        rows.append([instrument.naam, "ja", *marks, *(c.value(instrument) for c in table.fields)])
    return rows


def write_floor(grid: list[list[object]], path: Path) -> None:
    """Write the rows of ``grid`` to one sheet with XlsxWriter in constant_memory mode, each value typed."""
    write_cells_floor({"Instrumenten": list(_cells(grid))}, path)


def _cells(grid: list[list[object]]) -> Iterator[tuple[int, int, object]]:
    for row, values in enumerate(grid):
        for col, value in enumerate(values):
            if value is not None:
                yield row, col, value


def cells_of(workbook_path: Path) -> Cells:
    """Return the non-empty cells of every sheet of a written workbook, formulas as their cached values."""
    book = load_workbook(workbook_path, read_only=True, data_only=True)
    cells: Cells = {}
    for sheet in book.worksheets:
        cells[sheet.title] = [
            (cell.row - 1, cell.column - 1, cell.value)
            for row in sheet.iter_rows()
            for cell in row
            if getattr(cell, "value", None) not in (None, "")
        ]
    book.close()
    return cells


def write_cells_floor(cells: Cells, path: Path) -> None:
    """Write ``cells`` sheet by sheet with XlsxWriter in constant_memory mode, each value with its typed writer."""
    workbook = xlsxwriter.Workbook(str(path), {"constant_memory": True})
    for name, sheet_cells in cells.items():
        sheet = workbook.add_worksheet(name)
        for row, col, value in sheet_cells:
            if isinstance(value, str):
                sheet.write_string(row, col, value)
            else:
                sheet.write_number(row, col, value)
    workbook.close()


def timed(action: Callable[[], object], repeats: int = REPEATS) -> tuple[float, float]:
    """Return the median wall-clock and CPU seconds of ``repeats`` runs of ``action``."""
    wall, cpu = [], []
    for _ in range(repeats):
        start, start_cpu = time.perf_counter(), time.process_time()
        action()
        wall.append(time.perf_counter() - start)
        cpu.append(time.process_time() - start_cpu)
    return statistics.median(wall), statistics.median(cpu)


def bench(n: int) -> dict:
    """Generate a matrix of ``n`` instruments; return the workbook's write time next to the floors (seconds)."""
    with tempfile.TemporaryDirectory() as folder:
        work = Path(folder)
        matrix = load(write_matrix(work / f"matrix-{n}.xlsx", n)).matrix
        assert matrix is not None
        out = work / "out"
        out.mkdir()
        written = out / render_workbook.FILENAME
        workbook_wall, workbook_cpu = timed(lambda: render_workbook.write(matrix, out))
        everything = cells_of(written)
        data = grid_of(matrix)
        floor_wall, floor_cpu = timed(lambda: write_cells_floor(everything, work / "floor.xlsx"))
        data_wall, data_cpu = timed(lambda: write_floor(data, work / "floor-data.xlsx"))
        return {
            "instrumenten": n,
            "cellen": sum(len(cells) for cells in everything.values()),
            "werkmap_s": round(workbook_wall, 3),
            "ondergrens_s": round(floor_wall, 3),
            "ondergrens_data_s": round(data_wall, 3),
            "werkmap_cpu_s": round(workbook_cpu, 3),
            "ondergrens_cpu_s": round(floor_cpu, 3),
            "ondergrens_data_cpu_s": round(data_cpu, 3),
            "verhouding": round(workbook_wall / floor_wall, 2),
            "verhouding_cpu": round(workbook_cpu / floor_cpu, 2),
            "verhouding_data_cpu": round(workbook_cpu / data_cpu, 2),
            "werkmap_bytes": written.stat().st_size,
        }


def main(sizes: list[int]) -> None:
    """Print the figures for each size in ``sizes``."""
    columns = (
        "instrumenten",
        "cellen",
        "werkmap_s",
        "ondergrens_s",
        "verhouding",
        "werkmap_cpu_s",
        "ondergrens_cpu_s",
        "verhouding_cpu",
        "ondergrens_data_cpu_s",
        "verhouding_data_cpu",
        "werkmap_bytes",
    )
    print(" ".join(f"{name:>21}" for name in columns))
    for n in sizes:
        result = bench(n)
        print(" ".join(f"{result[name]:>21}" for name in columns))


if __name__ == "__main__":
    main([int(arg) for arg in sys.argv[1:]] or list(SIZES))
