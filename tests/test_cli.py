"""The command line: exit codes, the Dutch text report and the JSON report, as the README documents them."""

from __future__ import annotations

import json
import re
import subprocess
import sys
from pathlib import Path

import pytest

from keuzehulp.cli import main
from keuzehulp.problems import CODES
from tests.xlsx import valid_row, write_matrix

ROOT = Path(__file__).resolve().parent.parent


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


def test_a_templates_folder_without_a_keuzehulp_subfolder_is_wrong_usage(runner, good, tmp_path):
    own = tmp_path / "eigen" / "keuzehulp"
    own.mkdir(parents=True)
    (own / "_footer.html").write_text("<footer>eigen</footer>")
    for folder, says in ((own, f"geef de map erboven: --templates {own.parent}"), (tmp_path, "geen submap keuzehulp/")):
        result = runner.invoke(main, ["build", str(good), "-o", str(tmp_path / "uit"), "--templates", str(folder)])
        assert result.exit_code == 2 and says in result.output, result.output
        assert not (tmp_path / "uit").exists()
    used = runner.invoke(main, ["build", str(good), "-o", str(tmp_path / "uit"), "--templates", str(own.parent)])
    assert (
        used.exit_code == 0 and "<footer>eigen</footer>" in (tmp_path / "uit" / "keuzehulp" / "index.html").read_text()
    )


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


# Every link shape check accepts, with the address every output must hold.
ACCEPTED_LINKS = [
    ("Site | https://x.example/pad", "https://x.example/pad"),
    ("Site | HTTPS://X.example/Hoofdletters", "https://X.example/Hoofdletters"),
    ("Site | Http://x.example/oud", "http://x.example/oud"),
    ("www.x.example/www", "https://www.x.example/www"),
    ("Mail | mailto:info@x.example", "mailto:info@x.example"),
    ("Mail | Mailto:hoofd@x.example", "mailto:hoofd@x.example"),
    ("Mail | MAILTO:groot@x.example", "mailto:groot@x.example"),
    ("Bel | tel:+31488123456", "tel:+31488123456"),
    ("Bel | Tel:06 1234 5678", "tel:0612345678"),
    ("TEL:0488-111 222", "tel:0488111222"),
    ("Folder | https://x.example/folder.pdf", "https://x.example/folder.pdf"),
]


def _workbook_text(path: Path) -> str:
    from openpyxl import load_workbook

    book = load_workbook(path)
    found = []
    for sheet in book.worksheets:
        for row in sheet.iter_rows():
            found.extend(str(c.value) for c in row if c.value is not None)
            found.extend(c.hyperlink.target for c in row if c.hyperlink is not None and c.hyperlink.target)
    return "\n".join(found)


def as_stored(text: str) -> str:
    """Return ``text`` as Excel stores control characters in a cell (``_x001B_``); openpyxl refuses them raw."""
    return re.sub(r"[\x00-\x08\x0b\x0c\x0e-\x1f]", lambda m: f"_x{ord(m.group()):04X}_", text)


def test_every_link_check_accepts_is_written_by_every_output(runner, tmp_path):
    rows = [valid_row(f"Link {n}", **{"Aanvullende inhoud": line}) for n, (line, _) in enumerate(ACCEPTED_LINKS)]
    path = write_matrix(tmp_path / "links.xlsx", rows)
    checked = runner.invoke(main, ["check", str(path), "--format", "json"])
    assert (checked.exit_code, json.loads(checked.stdout)["problemen"]) == (0, []), checked.output
    built = runner.invoke(main, ["build", str(path), "-o", str(tmp_path / "uit")])
    assert built.exit_code == 0, built.output
    site = (tmp_path / "uit" / "keuzehulp" / "index.html").read_text(encoding="utf-8")
    data = json.loads((tmp_path / "uit" / "instrumenten.json").read_text(encoding="utf-8"))
    workbook = _workbook_text(tmp_path / "uit" / "keuzehulp.xlsx")
    for number, (_, url) in enumerate(ACCEPTED_LINKS):
        assert f'href="{url}"' in site, url
        assert data["instrumenten"][number]["aanvullende_inhoud"][0]["url"] == url
        assert url in workbook, url


def test_every_refused_link_fails_check_and_build_with_the_same_problem(runner, tmp_path):
    from tests.test_values import REFUSED_LINKS

    for number, line in enumerate(REFUSED_LINKS):
        cell = as_stored(line)
        path = write_matrix(tmp_path / f"link-{number}.xlsx", [valid_row(**{"Aanvullende inhoud": cell})])
        checked = runner.invoke(main, ["check", str(path), "--format", "json"])
        found = [(p["cel"], p["code"]) for p in json.loads(checked.stdout)["problemen"]]
        assert checked.exit_code == 1 and ("J2", "link-schema-ongeldig") in found, line
        built = runner.invoke(main, ["build", str(path), "-o", str(tmp_path / f"uit-{number}")])
        assert built.exit_code == 1, line
        assert re.findall(r"Instrumenten!(\w+) .*\[([a-z-]+)\]", built.stderr) == found, line
        assert not (tmp_path / f"uit-{number}").exists()


def test_settings_problems_have_their_own_heading_in_the_text_report(runner, tmp_path):
    settings = [["Hoofdkleur", "blauw"], ["Kleurtje", "x"]]
    path = write_matrix(tmp_path / "m.xlsx", [valid_row("A", Doel=None)], extra_sheets={"Instellingen": settings})
    blocks = runner.invoke(main, ["check", str(path)]).output.split("\n\n")
    assert blocks[1].splitlines()[0] == "Rij 2: A" and "Instellingen" not in blocks[1]
    assert blocks[2].splitlines()[0] == "Instellingen"
    assert re.findall(r"Instellingen!\w+", blocks[2]) == ["Instellingen!B1", "Instellingen!A2"]


# Each can rewrite a terminal: ESC sequences, carriage return, backspace, bell, a C1 CSI, bidi overrides.
HOSTILE = "\x1b[2J\x1b[31mROOD\x1b]0;titel\x07\r\x08\x9b31m\u202eNAAM\u2066\u200f\x85"
UNSAFE_BYTES = re.compile(rb"[\x00-\x09\x0b-\x1f\x7f]|\xc2[\x80-\x9f]|\xe2\x80[\x8e\x8f\xa8-\xae]|\xe2\x81[\xa6-\xa9]")


def _run(*args: str) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "keuzehulp", *args], capture_output=True, check=False)


def test_spreadsheet_text_cannot_rewrite_the_terminal(tmp_path):
    stored = as_stored(HOSTILE)
    row = valid_row(f"Naam {stored}", Tegels=f"Tegel {stored}", **{"Kolom " + stored: "waarde"})
    settings = [[f"Instelling {stored}", "x"], ["Toon aan cliënt: Doel", stored]]
    path = write_matrix(tmp_path / "m.xlsx", [row], extra_sheets={"Instellingen": settings})
    for args in (["check", str(path)], ["check", "-q", str(path)], ["build", str(path), "-o", str(tmp_path / "o")]):
        result = _run(*args)
        assert result.returncode == 1, result.stderr
        for output in (result.stdout, result.stderr):
            assert not UNSAFE_BYTES.search(output), (args, output)
        shown = (result.stdout + result.stderr).decode()
        assert "\\x1b[2J\\x1b[31mROOD" in shown and "\\u202eNAAM" in shown and "\\x9b31m" in shown
    result = _run("check", str(path), "--format", "json")
    assert not UNSAFE_BYTES.search(result.stdout)
    meldingen = [p["melding"] for p in json.loads(result.stdout)["problemen"]]
    assert any("\x1b[2J\x1b[31mROOD" in melding and "\u202eNAAM" in melding for melding in meldingen)


def test_summaries_of_init_from_and_annotate_cannot_rewrite_the_terminal(tmp_path):
    stored = as_stored(HOSTILE)
    row = valid_row("A", **{"Kolom " + stored: "waarde"})
    path = write_matrix(tmp_path / "oud.xlsx", [row])
    for args in (
        ["init", "--from", str(path), str(tmp_path / "nieuw.xlsx")],
        ["check", str(path), "--annotate", str(tmp_path / "kopie.xlsx")],
        ["check", str(path), "--blad", HOSTILE],
    ):
        result = _run(*args)
        assert "Traceback" not in result.stderr.decode(), result.stderr
        for output in (result.stdout, result.stderr):
            assert not UNSAFE_BYTES.search(output), (args, output)
    assert "\\u202eNAAM" in _run("init", "--from", str(path), str(tmp_path / "n2.xlsx")).stdout.decode()


def test_the_readme_sample_of_check_is_what_the_command_prints():
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    section = readme.split("### `keuzehulp check [INVOER]`", 1)[1]
    command, printed = re.search(r"```text\n\$ (keuzehulp [^\n]+)\n(.*?)```", section, re.S).groups()
    result = subprocess.run(
        [sys.executable, "-m", *command.split()], cwd=ROOT, capture_output=True, text=True, check=False
    )
    assert result.stdout == printed
