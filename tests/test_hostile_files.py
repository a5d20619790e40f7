"""Hostile files end in a Dutch fout with exit 1, within 10 s and under 500 MB, never a traceback.

Each case runs the real command in its own process, so time and peak memory are those of a user's run.
"""

from __future__ import annotations

import io
import subprocess
import sys
import time
import zipfile

import pytest

from tests.test_reader import BOMB
from tests.xlsx import rewrite_part, set_dimension, valid_row, write_matrix

MAX_SECONDS = 10
MAX_MB = 500


def run_check(path):
    """Run `keuzehulp check` in a child process; return (exit code, output, seconds, peak MB of the child)."""
    code = (
        "import resource, subprocess, sys\n"
        "command = [sys.executable, '-m', 'keuzehulp', 'check', sys.argv[1]]\n"
        "r = subprocess.run(command, capture_output=True, text=True)\n"
        "sys.stdout.write(r.stdout + r.stderr)\n"
        "print(resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss)\n"
        "sys.exit(r.returncode)\n"
    )
    started = time.monotonic()
    result = subprocess.run([sys.executable, "-c", code, str(path)], capture_output=True, text=True, timeout=60)
    seconds = time.monotonic() - started
    *lines, peak_kb = result.stdout.rstrip().splitlines()
    return result.returncode, "\n".join(lines), seconds, int(peak_kb) / 1024


@pytest.fixture
def good(tmp_path):
    return write_matrix(tmp_path / "goed.xlsx", [valid_row()])


def sheet_bomb(good, path):
    padding = b" " * (300 * 1024 * 1024)
    return rewrite_part(
        good, path, "xl/worksheets/sheet1.xml", lambda d: d.replace(b"<sheetData>", padding + b"<sheetData>", 1)
    )


def password_protected(good, path):
    from msoffcrypto.format.ooxml import OOXMLFile

    encrypted = io.BytesIO()
    with good.open("rb") as plain:
        OOXMLFile(plain).encrypt("geheim", encrypted)
    path.write_bytes(encrypted.getvalue())
    return path


def far_cell(good, path):
    far = b'<row r="1048576"><c r="XFD1048576" t="inlineStr"><is><t>x</t></is></c></row></sheetData>'
    return rewrite_part(good, path, "xl/worksheets/sheet1.xml", lambda d: d.replace(b"</sheetData>", far))


def written(path, data: bytes):
    path.write_bytes(data)
    return path


CASES = {
    "entity-bomb": (
        lambda good, path: rewrite_part(good, path, "xl/worksheets/sheet1.xml", lambda d: BOMB + d),
        "xml-onveilig",
    ),
    "sheet-bomb": (sheet_bomb, "bestand-te-groot"),
    "far-cell": (far_cell, "bestand-te-groot"),
    "empty": (lambda good, path: written(path, b""), "bestand-leeg"),
    "password": (password_protected, "bestand-beveiligd"),
    "corrupt": (lambda good, path: written(path, good.read_bytes()[:300]), "bestand-onleesbaar"),
}


@pytest.mark.parametrize("case", CASES)
def test_hostile_file_is_refused_quickly_in_bounded_memory(tmp_path, good, case):
    make, code = CASES[case]
    path = make(good, tmp_path / f"{case}.xlsx")
    exit_code, output, seconds, peak_mb = run_check(path)
    assert exit_code == 1, output
    assert f"[{code}]" in output and "Traceback" not in output
    assert seconds < MAX_SECONDS and peak_mb < MAX_MB, (seconds, peak_mb)


def test_huge_declared_dimension_is_harmless(tmp_path, good):
    path = rewrite_part(
        good, tmp_path / "dim.xlsx", "xl/worksheets/sheet1.xml", lambda d: set_dimension(d, "A1:XFD1048576")
    )
    exit_code, output, seconds, peak_mb = run_check(path)
    assert exit_code == 0 and "1 instrument, 0 fouten" in output
    assert seconds < MAX_SECONDS and peak_mb < MAX_MB


def test_zip_with_many_tiny_parts_is_read(tmp_path, good):
    path = tmp_path / "veel.xlsx"
    with zipfile.ZipFile(good) as zin, zipfile.ZipFile(path, "w") as zout:
        for info in zin.infolist():
            zout.writestr(info, zin.read(info))
        for index in range(2000):
            zout.writestr(f"customXml/item{index}.bin", b"x")
    assert run_check(path)[0] == 0
