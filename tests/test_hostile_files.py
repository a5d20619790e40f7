"""Hostile files end in a Dutch fout with exit 1, within 10 s and under 500 MB, never a traceback.

Each case runs the real command in its own process, so time and peak memory are those of a user's run.
"""

from __future__ import annotations

import io
import json
import subprocess
import sys
import time
import zipfile

import pytest
from click.testing import CliRunner
from openpyxl import Workbook

from keuzehulp.cli import main
from keuzehulp.pipeline import load
from keuzehulp.problems import FOUT
from tests.test_reader import BOMB, matrix_workbook, rows_of, strict_copy
from tests.xlsx import LIST_HEADER, rewrite_part, set_dimension, valid_row, write_matrix, write_xlsx

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


def strict_far_cell(good, path):
    far = b'<row r="1048576"><c r="XFD1048576" t="inlineStr"><is><t>x</t></is></c></row></sheetData>'
    return strict_copy(good, path, lambda name, d: d.replace(b"</sheetData>", far) if "sheet1" in name else d)


def bit_rot(good, path):
    """Flip one byte in the middle of the compressed sheet, as a failing disk or a broken download does."""
    data = bytearray(good.read_bytes())
    with zipfile.ZipFile(good) as archive:
        info = archive.getinfo("xl/worksheets/sheet1.xml")
    data[info.header_offset + 30 + len(info.filename) + info.compress_size // 2] ^= 0xFF
    return written(path, bytes(data))


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
    "strict-far-cell": (strict_far_cell, "bestand-te-groot"),
    "bit-rot": (bit_rot, "bestand-onleesbaar"),
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


def test_every_flipped_byte_is_refused_in_dutch_or_changes_nothing(tmp_path, example_path, example):
    """Bit rot anywhere in the file: exit 1 with one Dutch fout about the file, or exit 0 with the same data."""
    runner = CliRunner()
    original = example_path.read_bytes()
    expected_report = runner.invoke(main, ["check", str(example_path), "--format", "json"]).stdout
    expected_data = [i.to_dict() for i in example.matrix.instrumenten]
    offsets = sorted({*range(0, len(original), 101), *range(len(original) - 1024, len(original), 5)})
    outcomes = {"geweigerd": 0, "ongewijzigd": 0}
    for offset in offsets:
        damaged = bytearray(original)
        damaged[offset] ^= 0x55
        path = written(tmp_path / "rot.xlsx", bytes(damaged))
        result = runner.invoke(main, ["check", str(path), "--format", "json"], catch_exceptions=False)
        report = json.loads(result.stdout)
        if result.exit_code == 1:
            [found] = report["problemen"]
            assert found["ernst"] == FOUT and found["melding"].startswith("Het bestand "), (offset, found)
            outcomes["geweigerd"] += 1
        else:
            assert result.exit_code == 0, (offset, result.output)
            assert result.stdout == expected_report.replace(str(example_path), str(path)), offset
            assert [i.to_dict() for i in load(path).matrix.instrumenten] == expected_data, offset
            outcomes["ongewijzigd"] += 1
    assert outcomes["geweigerd"] > len(offsets) // 2, outcomes


def hostile_data_files(folder):
    """Files that open fine but hold something build cannot publish as it is, or must name."""
    folder.mkdir()
    header_only = write_xlsx(folder / "leeg.xlsx", [LIST_HEADER])
    totals = write_xlsx(
        folder / "totaal.xlsx", [*rows_of("A"), [None, None, "Totaal", None, None, None, None, None, None, 1]]
    )
    hidden_only = matrix_workbook(
        folder / "verborgen.xlsx", {"Voorblad": [["Titel"]], "Instrumenten": rows_of("A")}, {"Instrumenten": "hidden"}
    )
    marks = write_xlsx(folder / "markeringen.xlsx", [[*LIST_HEADER, "Schuldhulp"], [*valid_row().values(), "x"]])
    typo = write_xlsx(folder / "tikfout.xlsx", [[*LIST_HEADER, "Maatschapelijk fit"], [*valid_row().values(), "x"]])
    formula = folder / "formule.xlsx"
    workbook = Workbook()
    workbook.active.title = "Instrumenten"
    for values in [LIST_HEADER, [*list(valid_row().values())[:4], "=1/0", *list(valid_row().values())[5:]]]:
        workbook.active.append(values)
    workbook.save(formula)
    return [header_only, totals, hidden_only, marks, typo, formula]


def test_check_and_build_agree_on_every_hostile_file(tmp_path, good):
    runner = CliRunner()
    files = [make(good, tmp_path / f"{case}.xlsx") for case, (make, _) in CASES.items()]
    files += hostile_data_files(tmp_path / "data")
    exits = {}
    for index, path in enumerate(files):
        checked = runner.invoke(main, ["check", str(path)], catch_exceptions=False)
        built = runner.invoke(main, ["build", str(path), "-o", str(tmp_path / f"uit{index}")], catch_exceptions=False)
        assert checked.exit_code == built.exit_code, (path.name, checked.output, built.output)
        assert "Traceback" not in checked.output + built.output
        exits[path.name] = checked.exit_code
    assert exits == {
        **{f"{case}.xlsx": 1 for case in CASES},
        "leeg.xlsx": 1,
        "totaal.xlsx": 0,
        "verborgen.xlsx": 0,
        "markeringen.xlsx": 1,
        "tikfout.xlsx": 0,
        "formule.xlsx": 1,
    }
