"""Benchmark: how long LibreOffice takes to recalculate ``keuzehulp.xlsx`` when a werkcoach uses Zoeken.

For each size the workbook is built from a generated keuzematrix, opened in headless LibreOffice through
Python-UNO (Debian's ``python3-uno``, run by the system Python in its own process), and timed:

* ``volledig``: a full recalculation of every formula (``calculateAll``);
* ``vinkje``: one tegel or klantkenmerk set to "ja", then recalculating what depends on it;
* ``filter``: one praktisch filter set (uitvoeringsvorm), then recalculating;
* ``wissen``: with three choices set, clearing column B of the choices in one action (select, Delete).

Each step is the median of ``REPEATS`` runs on different labels, as wall time and as the CPU time of LibreOffice
(summed over its threads; steadier on a shared machine). After the ticks, the result names LibreOffice
shows are compared with ``keuzehulp.selection``, so a fast but wrong workbook cannot pass as a good figure.
Run: ``python -m benchmarks.bench_recalc [N ...]`` (the example has 54 instruments; N are generated).
"""

from __future__ import annotations

import json
import shutil
import statistics
import subprocess
import sys
import tempfile
import uuid
from pathlib import Path

from benchmarks.generate import write_matrix
from keuzehulp import render_workbook
from keuzehulp.model import Keuzematrix
from keuzehulp.pipeline import load
from keuzehulp.selection import select, shown
from keuzehulp.taxonomy import load_taxonomy

SIZES = (1_000, 10_000)
REPEATS = 5
SYSTEM_PYTHON = "/usr/bin/python3"  # the interpreter Debian's python3-uno belongs to
EXAMPLE = Path(__file__).resolve().parent.parent / "input" / "keuzematrix.xlsx"

# Runs in the system Python: start LibreOffice, open the workbook, time the steps, print JSON.
WORKER = r"""
import glob, json, os, statistics, subprocess, sys, time
import uno
from com.sun.star.beans import PropertyValue
STRING = 4  # com.sun.star.sheet.CellFlags.STRING: clear the texts, as selecting the choices and pressing Delete

path, profile, pipe, labels, form = sys.argv[1], sys.argv[2], sys.argv[3], json.loads(sys.argv[4]), sys.argv[5]
office = subprocess.Popen(["soffice", "-env:UserInstallation=file://" + profile, "--headless", "--invisible",
    "--norestore", "--nologo", "--accept=pipe,name=" + pipe + ";urp;"])
try:
    local = uno.getComponentContext()
    resolver = local.ServiceManager.createInstanceWithContext("com.sun.star.bridge.UnoUrlResolver", local)
    for _ in range(600):
        try:
            context = resolver.resolve("uno:pipe,name=" + pipe + ";urp;StarOffice.ComponentContext")
            break
        except Exception:
            time.sleep(0.1)
    def proc(p, name):
        # a process may end between the listing and the read (other programs run on this machine too)
        try:
            return open(p + "/" + name).read()
        except OSError:
            return ""

    (calc,) = [p for p in glob.glob("/proc/[0-9]*") if profile in proc(p, "cmdline")
               and proc(p, "comm").strip() == "soffice.bin"]

    def cpu():
        # nanoseconds LibreOffice ran on a core, over all its threads: steadier than wall time on a busy machine
        return sum(int(open(t + "/schedstat").read().split()[0]) for t in glob.glob(calc + "/task/*")) / 1e9

    desktop = context.ServiceManager.createInstanceWithContext("com.sun.star.frame.Desktop", context)
    hidden = PropertyValue(); hidden.Name = "Hidden"; hidden.Value = True
    doc = desktop.loadComponentFromURL(uno.systemPathToFileUrl(path), "_blank", 0, (hidden,))
    zoeken = doc.Sheets.getByName("Zoeken")
    column_a = zoeken.getCellRangeByName("A1:A200").getDataArray()
    row_of = {row[0]: index for index, row in enumerate(column_a) if row[0]}

    def timed(action, calculate=doc.calculate):
        start, used = time.perf_counter(), cpu()
        action()
        calculate()
        return time.perf_counter() - start, cpu() - used

    def choose(label, value):
        zoeken.getCellByPosition(1, row_of[label]).setString(value)

    def results():
        cells = zoeken.getCellRangeByName("A1:Z200").getDataArray()
        head = next((r, c) for r, row in enumerate(cells) for c, v in enumerate(row) if v == "Instrument")
        names = []
        for row in cells[head[0] + 1:]:
            if row[head[1]] in ("", None):
                break
            names.append(row[head[1]])
        return names

    figures = {"volledig": [], "vinkje": [], "filter": [], "wissen": []}
    for _ in range(3):
        figures["volledig"].append(timed(lambda: None, doc.calculateAll))
    for label in labels:
        figures["vinkje"].append(timed(lambda: choose(label, "ja")))
        checked = results()
        choose(label, ""); doc.calculate()
    form_row = row_of.get("Uitvoeringsvorm")
    if form_row is not None:
        for _ in labels:
            cell = zoeken.getCellByPosition(1, form_row)
            figures["filter"].append(timed(lambda: cell.setString(form)))
            cell.setString(""); doc.calculate()
    first, last = min(row_of[label] for label in labels), max(row_of.values())
    for _ in labels:
        for label in labels[:3]:
            choose(label, "ja")
        doc.calculate()
        choices = zoeken.getCellRangeByPosition(1, first, 1, last)
        figures["wissen"].append(timed(lambda: choices.clearContents(STRING)))
    print(json.dumps({"figures": figures, "last_tick": {"label": labels[-1], "names": checked}}))
    doc.close(True)
finally:
    office.terminate()
    office.wait(timeout=60)
"""


def recalculation(workbook: Path, labels: list[str], form: str) -> dict:
    """Return the timings ([wall, CPU] seconds per run) and the result names after the last tick, from LibreOffice."""
    profile = Path(tempfile.gettempdir()) / f"lo-bench-{uuid.uuid4().hex}"
    try:
        done = subprocess.run(
            [SYSTEM_PYTHON, "-c", WORKER, str(workbook), str(profile), profile.name, json.dumps(labels), form],
            capture_output=True,
            text=True,
            check=True,
            timeout=3600,
        )
    finally:
        shutil.rmtree(profile, ignore_errors=True)
    return json.loads(done.stdout.strip().splitlines()[-1])


def expected_names(matrix: Keuzematrix, label: str) -> list[str]:
    """Return the result names ``keuzehulp.selection`` gives for one chosen label, cut as Zoeken cuts them."""
    taxonomy = load_taxonomy(matrix.taxonomie)
    tegels = [label] if label in taxonomy.labels("tegels") else []
    kenmerken = [] if tegels else [label]
    return [i.naam for i, _ in shown(select(matrix.instrumenten, tegels, kenmerken))]


def measure(matrix: Keuzematrix, folder: Path) -> dict[str, tuple[float, float] | None]:
    """Return the median (wall, CPU) seconds per step for ``matrix``, checked against ``keuzehulp.selection``."""
    taxonomy = load_taxonomy(matrix.taxonomie)
    labels = [*taxonomy.labels("tegels")[:3], *taxonomy.labels("klantkenmerken")[: REPEATS - 3]]
    path = render_workbook.write_workbook(matrix, folder / render_workbook.FILENAME)
    answer = recalculation(path, labels, taxonomy.labels("uitvoeringsvormen")[3])
    names = answer["last_tick"]["names"]
    if names != expected_names(matrix, answer["last_tick"]["label"]):
        raise SystemExit(f"LibreOffice shows other results than keuzehulp.selection at {len(matrix.instrumenten)}")
    return {
        step: (statistics.median(t[0] for t in runs), statistics.median(t[1] for t in runs)) if runs else None
        for step, runs in answer["figures"].items()
    }


def main(argv: list[str]) -> None:
    sizes = [int(arg) for arg in argv] or list(SIZES)
    print("Mediaan, in ms: tijd op de klok / CPU-tijd van LibreOffice.")
    print("| instrumenten | volledig | één vinkje | één filter | alles wissen |")
    print("| ---: | ---: | ---: | ---: | ---: |")
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        for n in sizes:
            source = EXAMPLE if n == 54 else write_matrix(folder / f"matrix-{n}.xlsx", n)
            loaded = load(source)
            assert loaded.matrix is not None
            figures = measure(loaded.matrix, folder)
            cells = " | ".join("–" if f is None else f"{f[0] * 1000:.0f} / {f[1] * 1000:.0f}" for f in figures.values())
            print(f"| {n:,} | {cells} |".replace(",", "."), flush=True)


if __name__ == "__main__":
    main(sys.argv[1:])
