"""Benchmark of the cliënt keuzehulp: page weight, the time from navigation until the filters can be used, and
the time from a filter click to the next painted frame (median, 95th percentile and slowest of 24 clicks).

Run ``python -m benchmarks.bench_html`` for the figures of the example, 1,000 and 10,000 instruments.
The click is dispatched inside the page, and the clock stops in a task queued from the next
``requestAnimationFrame`` callback, which runs after that frame has been painted.
"""

from __future__ import annotations

import statistics
import tempfile
import time
from pathlib import Path

from keuzehulp import render_html
from keuzehulp.model import Keuzematrix
from keuzehulp.pipeline import load

CHROMIUM = "/usr/bin/chromium"
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--no-first-run",
]
EXAMPLE = Path(__file__).resolve().parent.parent / "input" / "keuzematrix.xlsx"
# Check and uncheck in turn: each click changes the selection, and together they cover both filter groups.
CLICKS = (
    ("tegel", "Werk fit"),
    ("klantkenmerk", "Basisvaardigheden"),
    ("tegel", "Opleiden"),
    ("klantkenmerk", "Basisvaardigheden"),
    ("tegel", "Werk fit"),
    ("tegel", "Opleiden"),
    ("klantkenmerk", "Werkervaring"),
    ("klantkenmerk", "Werkervaring"),
)
CLICK_TO_PAINT = """async (selector) => {
  const box = document.querySelector(selector);
  const start = performance.now();
  box.click();
  await new Promise((resolve) => requestAnimationFrame(() => {
    const channel = new MessageChannel();
    channel.port1.onmessage = resolve;
    channel.port2.postMessage(null);
  }));
  return performance.now() - start;
}"""
ROUNDS = 3
SETTLE = "() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)))"


def folder_bytes(folder: Path) -> int:
    """Return the total size of the files in ``folder`` (what a browser may load)."""
    return sum(path.stat().st_size for path in folder.rglob("*") if path.is_file())


def measure(matrix: Keuzematrix, work: Path) -> dict:
    """Render ``matrix`` into ``work`` and return its page weight and click-to-paint times in Chromium."""
    from playwright.sync_api import sync_playwright

    render_html.write(matrix, work)
    site = work / render_html.FOLDER
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        page = browser.new_page(viewport={"width": 1280, "height": 900})
        start = time.perf_counter()
        page.goto((site / "index.html").as_uri(), wait_until="commit")
        page.wait_for_selector("#filters:not([hidden])", state="attached")
        page.evaluate(SETTLE)
        ready = (time.perf_counter() - start) * 1000
        times = []
        for name, value in CLICKS * ROUNDS:
            times.append(page.evaluate(CLICK_TO_PAINT, f'input[name="{name}"][value="{value}"]'))
            page.evaluate(SETTLE)
        browser.close()
    return {
        "instrumenten": len(matrix.instrumenten),
        "bytes": folder_bytes(site),
        "ready_ms": round(ready),
        "click_to_paint_ms": round(statistics.median(times), 1),
        "click_to_paint_p95_ms": round(statistics.quantiles(times, n=20)[-1], 1),
        "click_to_paint_max_ms": round(max(times), 1),
    }


def bench(n: int) -> dict:
    """Return page weight and click-to-paint figures for a generated keuzematrix of ``n`` instruments."""
    from benchmarks.generate import write_matrix

    with tempfile.TemporaryDirectory() as tmp:
        matrix = load(write_matrix(Path(tmp) / f"matrix-{n}.xlsx", n)).matrix
        return measure(matrix, Path(tmp) / "uitvoer")


def bench_example(path: Path = EXAMPLE) -> dict:
    """Return the same figures for the example keuzematrix."""
    with tempfile.TemporaryDirectory() as tmp:
        return measure(load(path).matrix, Path(tmp))


def main() -> None:
    """Print the figures for the example, 1,000 and 10,000 instruments."""
    rows = [("voorbeeld", bench_example())] if EXAMPLE.exists() else []
    rows += [(f"{n:,}".replace(",", "."), bench(n)) for n in (1000, 10000)]
    header = ("keuzematrix", "instrumenten", "KB", "klaar (ms)", "klik mediaan", "p95", "max")
    print("{:<12} {:>12} {:>10} {:>10} {:>13} {:>7} {:>7}".format(*header))
    for name, r in rows:
        print(
            f"{name:<12} {r['instrumenten']:>12} {r['bytes'] / 1024:>10.1f} {r['ready_ms']:>10} "
            f"{r['click_to_paint_ms']:>13} {r['click_to_paint_p95_ms']:>7} {r['click_to_paint_max_ms']:>7}"
        )


if __name__ == "__main__":
    main()
