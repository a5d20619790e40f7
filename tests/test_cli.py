"""The command line: exit codes, the Dutch text report and the JSON report, as the README documents them."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest
from click.testing import CliRunner

from keuzehulp.cli import main
from keuzehulp.problems import CODES
from tests.xlsx import valid_row, write_matrix

ROOT = Path(__file__).resolve().parent.parent


@pytest.fixture
def runner():
    return CliRunner()


@pytest.fixture
def good(tmp_path):
    return write_matrix(tmp_path / "goed.xlsx", [valid_row("A"), valid_row("B", Tegels=None)])


@pytest.fixture
def bad(tmp_path):
    return write_matrix(tmp_path / "fout.xlsx", [valid_row("A", Doel=None)])


def test_check_exit_0_with_warnings_and_a_summary(runner, good):
    result = runner.invoke(main, ["check", str(good)])
    assert result.exit_code == 0, result.output
    assert "Instrumenten" in result.output and "Rij 3" in result.output
    assert result.output.rstrip().endswith("2 instrumenten, 0 fouten, 1 waarschuwing.")


def test_check_exit_1_with_fouten_naming_the_cell(runner, bad):
    result = runner.invoke(main, ["check", str(bad)])
    assert result.exit_code == 1
    assert "Instrumenten!E2" in result.output and "verplicht-veld-leeg" in result.output


def test_check_strict_makes_warnings_fatal(runner, good):
    assert runner.invoke(main, ["check", "--strict", str(good)]).exit_code == 1


def test_check_json_is_the_documented_report(runner, bad):
    result = runner.invoke(main, ["check", str(bad), "--format", "json"])
    assert result.exit_code == 1
    assert json.loads(result.stdout) == {
        "bestand": str(bad),
        "aantal_instrumenten": 1,
        "problemen": [
            {
                "ernst": "fout",
                "code": "verplicht-veld-leeg",
                "blad": "Instrumenten",
                "rij": 2,
                "kolom": "Doel",
                "cel": "E2",
                "melding": "Rij 2 (A): het verplichte veld Doel is leeg.",
            }
        ],
    }


def test_unreadable_input_is_exit_1_without_traceback(runner, tmp_path):
    (tmp_path / "kapot.xlsx").write_bytes(b"PK\x03\x04 kapot")
    for args in (
        ["check", str(tmp_path / "kapot.xlsx")],
        ["build", str(tmp_path / "weg.xlsx"), "-o", str(tmp_path / "o")],
    ):
        result = runner.invoke(main, args)
        assert result.exit_code == 1
        assert "Traceback" not in result.output
        assert isinstance(result.exception, SystemExit)
    assert not (tmp_path / "o").exists()


def test_unreadable_input_in_json_has_null_positions(runner, tmp_path):
    result = runner.invoke(main, ["check", str(tmp_path / "weg.xlsx"), "--format", "json"])
    found = json.loads(result.stdout)["problemen"][0]
    assert (found["code"], found["blad"], found["rij"], found["kolom"], found["cel"]) == (
        "bestand-niet-gevonden",
        None,
        None,
        None,
        None,
    )


def test_wrong_usage_is_exit_2(runner, good):
    assert runner.invoke(main, ["check", str(good), "--format", "xml"]).exit_code == 2
    assert runner.invoke(main, ["bouw"]).exit_code == 2
    assert runner.invoke(main, ["build", str(good), "--hoofdkleur", "blauw"]).exit_code == 2


def test_build_writes_json_and_reports(runner, good, tmp_path):
    out = tmp_path / "uit"
    result = runner.invoke(main, ["build", str(good), "-o", str(out)])
    assert result.exit_code == 0, result.output
    data = json.loads((out / "instrumenten.json").read_text(encoding="utf-8"))
    assert [i["naam"] for i in data["instrumenten"]] == ["A", "B"]
    assert "Klaar: 2 instrumenten" in result.stdout


def test_build_with_fouten_writes_nothing(runner, bad, tmp_path):
    result = runner.invoke(main, ["build", str(bad), "-o", str(tmp_path / "uit")])
    assert result.exit_code == 1
    assert "niets geschreven" in result.stderr
    assert not (tmp_path / "uit").exists()


def test_module_entry_point():
    import subprocess
    import sys

    result = subprocess.run([sys.executable, "-m", "keuzehulp", "--help"], capture_output=True, text=True, check=False)
    assert result.returncode == 0 and "check" in result.stdout and "build" in result.stdout


def test_every_command_is_documented_in_the_readme():
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    for name in main.commands:
        assert f"keuzehulp {name}" in readme, name


def test_every_problem_code_is_documented():
    documented = set(
        re.findall(r"`([a-z]+(?:-[a-z]+)+)`", (ROOT / "docs" / "problemen.md").read_text(encoding="utf-8"))
    )
    assert set(CODES) <= documented


def test_usage_errors_and_help_are_dutch(runner, good):
    wrong = runner.invoke(main, ["build", str(good), "--bla"])
    assert wrong.exit_code == 2
    assert "Fout: Onbekende optie '--bla'. Bedoelde u '--blad'?" in wrong.output
    assert "Gebruik: main build [OPTIES] [INVOER]" in wrong.output and "Error" not in wrong.output
    choice = runner.invoke(main, ["check", str(good), "--format", "xml"])
    assert "Ongeldige waarde voor '--format'" in choice.output
    shown = runner.invoke(main, ["--help"]).output
    assert "Opdrachten:" in shown and "Opties:" in shown and "Toon deze hulp en stop." in shown
