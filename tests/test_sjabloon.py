"""``keuzehulp init``: the template, opened with openpyxl as Excel would, filled in as a user would, and built."""

from __future__ import annotations

import json
import os
import re
import zipfile
from pathlib import Path

import pytest
from click.testing import CliRunner
from openpyxl import load_workbook
from openpyxl.utils import column_index_from_string

from keuzehulp.audience import CLIENT_SWITCHES
from keuzehulp.cli import main
from keuzehulp.fields import HIDDEN, NEVER
from keuzehulp.model import Instellingen
from keuzehulp.pipeline import build, load
from keuzehulp.reader import open_workbook
from keuzehulp.settings import SWITCH_PREFIX, read_settings
from keuzehulp.sjabloon import write_template
from keuzehulp.taxonomy import load_taxonomy
from tests.helpers import pdf_of, pdf_text

TAXONOMY = load_taxonomy()
# The required fields of the instrumentenformat (README, "De keuzematrix"); Uitvoeringsvorm is required through
# its mark columns.
REQUIRED = ["Organisatie", "Aanbieder", "Naam instrument", "Samenvatting", "Doel", "Werkwijze"]


@pytest.fixture(scope="module")
def template_path(tmp_path_factory) -> Path:
    return write_template(tmp_path_factory.mktemp("sjabloon") / "keuzematrix.xlsx")


@pytest.fixture(scope="module")
def template(template_path):
    return load_workbook(template_path)


def headers(sheet) -> list[str]:
    return [c.value for c in sheet[2] if c.value is not None]


def column_of(sheet, header: str, occurrence: int = 0) -> str:
    found = [c.column_letter for c in sheet[2] if c.value == header]
    return found[occurrence]


def validations_of(sheet, letter: str):
    index = column_index_from_string(letter)
    return [dv for dv in sheet.data_validations.dataValidation if any(r.min_col == index for r in dv.sqref.ranges)]


def expected_headers() -> list[str]:
    """The instrumentenformat in order: a field per column, a mark column per term of a list field."""
    result = []
    for f in TAXONOMY.fields:
        if f.list_group in ("tegels", "klantkenmerken", "uitvoeringsvormen"):
            result.extend(TAXONOMY.labels(f.list_group))
        elif f.list_group is None:
            result.append(f.label + (" *" if f.required else ""))
    # The Werkzaak codes are not Eva's: their column comes after the format's own.
    return [*result, *(f.label for f in TAXONOMY.fields if f.list_group == "werkzaak")]


def test_sheets_and_every_field_of_the_format_in_order(template):
    assert template.sheetnames == ["Instrumenten", "Ervaringen", "Instellingen", "Uitleg"]
    sheet = template["Instrumenten"]
    assert headers(sheet) == expected_headers()
    starred = [h.removesuffix(" *") for h in headers(sheet) if h.endswith(" *")]
    assert starred == REQUIRED


def test_group_row_above_the_headers(template):
    sheet = template["Instrumenten"]

    def group(letter: str) -> str:
        for merged in sheet.merged_cells.ranges:
            if merged.min_row == 1 and f"{letter}1" in merged:
                return sheet.cell(row=1, column=merged.min_col).value
        return sheet[f"{letter}1"].value

    assert group(column_of(sheet, "Naam instrument *")) == "Instrument"
    assert group(column_of(sheet, "Werk fit")) == "Basiskenmerken: tegels"
    assert group(column_of(sheet, "Basisvaardigheden")) == "Basiskenmerken: klantkenmerken"
    assert group(column_of(sheet, "Coaching")).startswith("Uitvoeringsvorm")
    assert group(column_of(sheet, "Totale kosten")) == "Praktische kenmerken"
    # "Bemiddeling" is both a uitvoeringsvorm and a tegel: the group row tells them apart.
    assert group(column_of(sheet, "Bemiddeling", 0)).startswith("Uitvoeringsvorm")
    assert group(column_of(sheet, "Bemiddeling", 1)) == "Basiskenmerken: tegels"


def test_every_mark_column_has_an_x_dropdown_over_the_empty_rows(template):
    sheet = template["Instrumenten"]
    for group in ("uitvoeringsvormen", "tegels", "klantkenmerken"):
        for label in TAXONOMY.labels(group):
            letter = column_of(sheet, label, 1 if group == "tegels" and label == "Bemiddeling" else 0)
            (dv,) = validations_of(sheet, letter)
            assert (dv.type, dv.formula1, dv.showErrorMessage) == ("list", '"x"', True), label
            assert f"{letter}3:{letter}202" in str(dv.sqref)


def test_closed_lists_are_dropdowns_the_reader_understands(template):
    sheet = template["Instrumenten"]
    (unit,) = validations_of(sheet, column_of(sheet, "Eenheid duur"))
    (group,) = validations_of(sheet, column_of(sheet, "Groep/individueel"))
    units = unit.formula1.strip('"').split(",")
    choices = group.formula1.strip('"').split(",")
    assert units == ["uren", "dagen", "weken", "maanden"]
    assert {"groep", "individueel"} <= set(choices)
    for choice in choices:
        assert TAXONOMY.groep_individueel.get(choice), choice
    for name in units:
        assert TAXONOMY.duration_units[name][0] == name


@pytest.mark.parametrize("header", ["Totale duur", "Intensiteit", "Totale kosten"])
def test_numbers_are_validated_as_non_negative_decimals(template, header):
    sheet = template["Instrumenten"]
    (dv,) = validations_of(sheet, column_of(sheet, header))
    assert dv.type == "decimal" and dv.showErrorMessage
    assert dv.operator in ("greaterThanOrEqual", "between") and dv.formula1 == "0"


def test_every_column_has_help_as_note_and_as_input_message(template):
    sheet = template["Instrumenten"]
    for cell in sheet[2]:
        if cell.value is None:
            continue
        assert cell.comment is not None and len(cell.comment.text) > 20, cell.value
        (dv,) = validations_of(sheet, cell.column_letter)
        assert dv.showInputMessage and dv.prompt, cell.value
        # Excel refuses a longer message or title; the note carries the whole text.
        assert len(dv.prompt) <= 255 and len(dv.promptTitle) <= 32
        assert cell.comment.text.startswith(dv.prompt.rstrip("…"))


def test_term_help_explains_the_term(template):
    sheet = template["Instrumenten"]
    for term in TAXONOMY.terms("klantkenmerken"):
        note = sheet[f"{column_of(sheet, term.label)}2"].comment.text
        assert term.description in note


def test_frozen_header_and_name_column_and_widths(template):
    sheet = template["Instrumenten"]
    name = column_of(sheet, "Naam instrument *")
    # Frozen: rows 1-2 and every column up to and including the name.
    assert sheet.freeze_panes == f"{chr(ord(name) + 1)}3"
    for cell in sheet[2]:
        if cell.value:
            longest = max(len(word) for word in cell.value.split())
            assert sheet.column_dimensions[cell.column_letter].width >= longest, cell.value


def test_empty_rows_are_formatted(template):
    sheet = template["Instrumenten"]
    for letter in ("A", column_of(sheet, "Werk fit"), column_of(sheet, "Beschikbare gebieden")):
        for row in (3, 202):
            cell = sheet[f"{letter}{row}"]
            assert cell.value is None and cell.border.left.style == "thin"


def test_settings_sheet_is_read_with_defaults_and_switches(template_path, template):
    settings, problems = read_settings(open_workbook(template_path).sheet("Instellingen"), TAXONOMY)
    assert problems == []
    defaults = Instellingen()
    assert (settings.titel, settings.hoofdkleur, settings.accentkleur) == (
        defaults.titel,
        defaults.hoofdkleur,
        defaults.accentkleur,
    )
    assert settings.client_velden == {key: shown for key, (_, shown) in CLIENT_SWITCHES.items()}
    names = [c.value for c in template["Instellingen"]["A"] if c.value]
    for wanted in ("Organisatie", "Titel", "Welkomsttekst", "Aanmeldtekst", "Hoofdkleur", "Datum keuzematrix"):
        assert wanted in names
    never = [f.label for f in TAXONOMY.fields if f.client == "nooit"]
    assert never and not any(SWITCH_PREFIX + label in names for label in never)
    switch_rows = [c.row for c in template["Instellingen"]["A"] if str(c.value).startswith(SWITCH_PREFIX)]
    (dv,) = template["Instellingen"].data_validations.dataValidation
    assert dv.formula1 == '"ja,nee"' and f"B{switch_rows[0]}:B{switch_rows[-1]}" in str(dv.sqref)


def test_help_texts_say_who_sees_a_field_as_the_taxonomy_does(template):
    checked = 0
    for cell in template["Instrumenten"][2]:
        f = TAXONOMY.field(cell.value)
        if f is None or f.list_group:
            continue
        seen = {f.client} | {p.client for p in f.parts}
        assert ("nooit" in cell.comment.text) == (NEVER in seen), cell.value
        assert ("standaard niet" in cell.comment.text) == (HIDDEN in seen), cell.value
        checked += 1
    assert checked == sum(1 for f in TAXONOMY.fields if not f.list_group)


def test_settings_sheet_names_the_fields_that_stay_internal(template):
    note = next(c.value for c in template["Instellingen"]["C"] if c.value and c.value.startswith("Deze velden"))
    named = note.split(": ", 1)[1].rstrip(".").split(", ")
    assert named == [p.label for p in TAXONOMY.client_parts if p.client == NEVER and p.label]
    assert {"Totale kosten", "Toelichting kosten", "Werkafspraken", "Interne contactpersonen"} <= set(named)


def test_uitleg_explains_every_tegel_and_klantkenmerk(template):
    rows = {r[0]: r[1] for r in template["Uitleg"].iter_rows(values_only=True) if r[0]}
    for group in ("tegels", "klantkenmerken", "uitvoeringsvormen"):
        for label in TAXONOMY.labels(group):
            assert rows.get(label), label
    assert any("keuzehulp check" in (text or "") for text in rows.values())


def test_no_formulas_and_no_links_in_the_template(template_path, template):
    for sheet in template.worksheets:
        for row in sheet.iter_rows():
            for cell in row:
                assert cell.data_type != "f" and cell.hyperlink is None
    with zipfile.ZipFile(template_path) as archive:
        assert not any(b"<f>" in archive.read(n) for n in archive.namelist() if n.startswith("xl/worksheets/"))


def test_same_call_gives_the_same_bytes(tmp_path):
    first = write_template(tmp_path / "a.xlsx").read_bytes()
    assert write_template(tmp_path / "b.xlsx").read_bytes() == first


def test_check_on_the_empty_template_only_says_it_has_no_instruments(tmp_path, monkeypatch):
    runner = CliRunner()
    monkeypatch.chdir(tmp_path)  # `init` and `check` use their default path, input/keuzematrix.xlsx
    assert runner.invoke(main, ["init"]).exit_code == 0
    result = runner.invoke(main, ["check"])
    assert result.exit_code == 1, result.output
    assert "0 instrumenten, 1 fout, 0 waarschuwingen" in result.output
    report = json.loads(runner.invoke(main, ["check", "--format", "json"]).stdout)
    assert report["aantal_instrumenten"] == 0
    assert [(p["code"], p["rij"]) for p in report["problemen"]] == [("geen-instrumenten", 2)]


def test_init_refuses_to_overwrite_without_force(tmp_path):
    runner = CliRunner()
    target = tmp_path / "matrix.xlsx"
    target.write_bytes(b"mijn eigen werk")
    os.utime(target, ns=(1_000_000_000, 1_000_000_000))
    result = runner.invoke(main, ["init", str(target)])
    assert result.exit_code == 1
    assert "bestaat al" in result.output and "--force" in result.output and "Traceback" not in result.output
    assert target.read_bytes() == b"mijn eigen werk" and target.stat().st_mtime_ns == 1_000_000_000
    assert sorted(p.name for p in tmp_path.iterdir()) == ["matrix.xlsx"]  # no temporary file left behind
    result = runner.invoke(main, ["init", str(target), "--force"])
    assert result.exit_code == 0, result.output
    assert load_workbook(target).sheetnames == ["Instrumenten", "Ervaringen", "Instellingen", "Uitleg"]


def fill_as_a_user(path: Path) -> None:
    """Type two instruments and the organisation into the template, the way a beheergroep member would."""
    workbook = load_workbook(path)
    sheet = workbook["Instrumenten"]
    column: dict[str, int] = {}
    for cell in sheet[2]:
        column.setdefault(cell.value, cell.column)
    tegel_bemiddeling = [c.column for c in sheet[2] if c.value == "Bemiddeling"][1]
    rows = [
        {
            "Aanbieder *": "Stichting Opstap",
            "Naam instrument *": "Samen aan de slag",
            "Samenvatting *": "Werken aan werknemersvaardigheden in een groep.",
            "Doel *": "Een baan of leerwerkplek binnen een half jaar.",
            "Werkwijze *": "Drie dagdelen per week oefenen in een werkplaats.",
            "Coaching": "x",
            "Leerwerktraject": "x",
            "Werk fit": "x",
            "Basis werknemersvaardigheden": "x",
            "Totale duur": 6,
            "Eenheid duur": "maanden",
            "Intensiteit": 12,
            "Totale kosten": 2400,
            "Groep/individueel": "beide",
            "Aanvullende inhoud": "Folder | https://opstap.example/folder.pdf",
        },
        {
            "Organisatie *": "Regio West",
            "Aanbieder *": "Werkbedrijf",
            "Naam instrument *": "Vacaturecheck",
            "Samenvatting *": "Samen vacatures zoeken.",
            "Doel *": "Solliciteren op passende vacatures.",
            "Werkwijze *": "Een gesprek per week.",
            "Bemiddeling": "x",  # the uitvoeringsvorm (first Bemiddeling column)
            "Sollicitatievaardigheden": "x",
            "Groep/individueel": "individueel",
        },
    ]
    for number, values in enumerate(rows, start=3):
        for header, value in values.items():
            sheet.cell(row=number, column=column[header], value=value)
    sheet.cell(row=4, column=tegel_bemiddeling, value="x")
    settings = workbook["Instellingen"]
    organisation = next(c.row for c in settings["A"] if c.value == "Organisatie")
    settings.cell(row=organisation, column=2, value="Gemeente Voorbeeld")
    workbook.save(path)


def test_a_filled_template_builds(tmp_path):
    path = write_template(tmp_path / "keuzematrix.xlsx")
    fill_as_a_user(path)
    loaded = build(path, tmp_path / "uit")
    assert loaded.report.fouten == []
    data = json.loads((tmp_path / "uit" / "instrumenten.json").read_text(encoding="utf-8"))
    first, second = data["instrumenten"]
    assert first["organisatie"] == "Gemeente Voorbeeld" and second["organisatie"] == "Regio West"
    assert first["uitvoeringsvormen"] == ["Coaching", "Leerwerktraject"]
    assert first["tegels"] == ["Werk fit"] and first["klantkenmerken"] == ["Basis werknemersvaardigheden"]
    assert first["duur"] == {"aantal": 6, "eenheid": "maanden"}
    assert (first["intensiteit_uur_per_week"], first["kosten_euro"]) == (12.0, 2400.0)
    assert first["groep_individueel"] == ["groep", "individueel"]
    assert first["aanvullende_inhoud"][0]["url"] == "https://opstap.example/folder.pdf"
    assert (second["uitvoeringsvormen"], second["tegels"]) == (["Bemiddeling"], ["Bemiddeling"])
    assert (first["bron"]["rij"], second["bron"]["rij"]) == (3, 4)


def test_the_example_is_a_filled_in_template(example_path, template):
    example = load_workbook(example_path)
    assert example.sheetnames == template.sheetnames
    assert headers(example["Instrumenten"]) == headers(template["Instrumenten"])
    loaded = load(example_path)
    assert loaded.report.aantal_instrumenten == 54 and loaded.report.problemen == []


@pytest.mark.libreoffice
def test_libreoffice_opens_the_template(template_path, tmp_path):
    pdf = pdf_of(template_path, tmp_path / "pdf")
    text = pdf_text(pdf)
    for wanted in ("Naam instrument", "Werk fit", "Toon aan cliënt", "Tegels van het werklandschap"):
        assert wanted in text


def unknown_in_command(line: str) -> list[str]:
    """Return what in the command line ``keuzehulp OPDRACHT --optie ...`` the keuzehulp command does not know."""
    words = line.split()
    command = main.commands.get(words[1]) if len(words) > 1 and words[0] == "keuzehulp" else None
    if command is None:
        return [line]
    known = {option for param in command.params for option in param.opts}
    return [word for word in words[2:] if word.startswith("-") and word not in known]


def test_the_uitleg_sheet_describes_the_cycle_with_commands_that_exist(template):
    text = "\n".join(str(value) for row in template["Uitleg"].iter_rows(values_only=True) for value in row if value)
    for topic in ("Eigenaar", "Laatst gecontroleerd", "Controleren na (maanden)", "blad Ervaringen", "1 tot 5"):
        assert topic in text, topic
    commands = re.findall(r"'(keuzehulp [^']*)'", text)
    assert any(c.startswith("keuzehulp diff") for c in commands) and any("--vorige" in c for c in commands)
    assert [unknown for c in commands for unknown in unknown_in_command(c)] == []
