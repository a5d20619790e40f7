"""``keuzehulp init --from OUD``: an old matrix moves into the template layout, and builds to the same JSON."""

from __future__ import annotations

import json
import os
import zipfile
from pathlib import Path

import pytest
from click.testing import CliRunner
from openpyxl import load_workbook

from keuzehulp.cli import main
from keuzehulp.migration import migrate
from keuzehulp.pipeline import build, load
from keuzehulp.problems import KeuzehulpError
from tests.xlsx import valid_row, write_matrix, write_xlsx

PAYLOADS = ['=HYPERLINK("https://evil.example","klik")', "+31 6 1234", "-2+3", "@SUM(A1:A2)", "=1+1"]

# A Werkzaak-style matrix as organisations keep them: a title row, other column names in another order, list
# cells, Werkzaak codes (1.3.4) and a Werkzaak mark column, values written in many ways, columns keuzehulp does
# not know, a column without a header, a hidden row and an Instellingen sheet with rows it cannot use.
WERKZAAK_HEADER = [
    "Naam",
    "Gemeente",
    "Leverancier",
    "Omschrijving",
    "Doel",
    "Aanpak",
    "Kenmerken",
    "3.1 Persoonlijk, sociaal en/of verstandelijk",
    "Vorm",
    "Tegels",
    "Duur",
    "Uren per week",
    "Kosten",
    "Groep of individueel",
    "Contact",
    "Locatie",
    "Links",
    "Doelgroep",
    "Budgetnummer",
    None,
    "Opmerkingen",
]
WERKZAAK_ROWS = [
    [
        "Digitaal op weg",
        "Gemeente Rivierdal",
        "Bibliotheek Rivierdal",
        "Leren werken met computer en telefoon.",
        "Zelfstandig online zaken regelen.",
        "Zes lessen in een kleine groep.",
        "1.3.4; 5.2 Geloof in eigen kunnen",
        None,
        "(Bij)scholing, Coaching",
        "Maatschappelijk fit\nOrientatie",
        "6 weken",
        "2 u/week",
        "€ 150,-",
        "groep",
        "extern; Eva Bos; 0345-123456; e.bos@bieb.example",
        "Bibliotheek; bij de aanbieder; Markt 1",
        "Folder | https://bieb.example/folder.pdf\nZie de website",
        "Statushouders, Ouderen",
        "B-77",
        "los",
        "Populair",
    ],
    [
        "Werkfit Traject",
        "Gemeente Rivierdal",
        "Werkzaak",
        "Werknemersvaardigheden opbouwen.",
        "Klaar voor regulier werk.",
        "Praktijk en coaching.",
        "1.1; 1.6 Werkervaring; Emotieregulatie",
        "x",
        "Leerwerktraject",
        "Werk fit",
        "een half jaar",
        "24",
        "gratis",
        "soms",
        "intern; Piet; 06-12345678",
        None,
        None,
        None,
        "B-78",
        None,
        PAYLOADS[0],
    ],
    [
        "Jobcoach",
        None,
        "JobcoachPlus",
        "Begeleiding op de werkplek.",
        "Duurzaam aan het werk blijven.",
        "Wekelijks bezoek van een jobcoach.",
        "3.2.1",
        "ja",
        "Coaching; Bemiddeling",
        "Plaatsing, Nazorg",
        "1 jaar",
        None,
        "1.250,50",
        "individueel",
        None,
        "Werkplek; bij de werkgever",
        None,
        None,
        PAYLOADS[1],
        None,
        None,
    ],
]


@pytest.fixture
def werkzaak(tmp_path) -> Path:
    return write_xlsx(
        tmp_path / "werkzaak.xlsx",
        [["Keuzematrix Werkzaak-stijl (oefenbestand)"], [], WERKZAAK_HEADER, *WERKZAAK_ROWS],
        hidden_rows=[6],
        extra_sheets={
            "Instellingen": [
                ["Instelling", "Waarde"],
                ["Organisatie", "Gemeente Rivierdal"],
                ["Hoofdkleur", "blauw"],
                ["Favicon", "favicon.png"],
            ],
            "Notities": [["Vergadering maart"]],
        },
    )


def instruments_without_bron(path: Path, out: Path) -> list[dict]:
    """Build ``path`` into ``out`` and return instrumenten.json's instruments without their ``bron``."""
    build(path, out)
    data = json.loads((out / "instrumenten.json").read_text(encoding="utf-8"))
    assert data["instrumenten"], "the build wrote no instruments"
    return [{k: v for k, v in i.items() if k != "bron"} for i in data["instrumenten"]]


def test_example_round_trip_gives_the_same_json(example_path, tmp_path):
    migrated = tmp_path / "nieuw.xlsx"
    migrate(example_path, migrated)
    before = instruments_without_bron(example_path, tmp_path / "oud-uit")
    after = instruments_without_bron(migrated, tmp_path / "nieuw-uit")
    assert len(after) == 54
    assert after == before
    assert load(migrated).report.problemen == []


def test_werkzaak_matrix_round_trip_gives_the_same_json(werkzaak, tmp_path):
    migrated = tmp_path / "nieuw.xlsx"
    migrate(werkzaak, migrated)
    before = instruments_without_bron(werkzaak, tmp_path / "oud-uit")
    after = instruments_without_bron(migrated, tmp_path / "nieuw-uit")
    assert after == before
    # Not just equal, but equal to what the Werkzaak cells mean in Eva terms.
    digitaal, werkfit, jobcoach = after
    assert digitaal["klantkenmerken"] == ["Basisvaardigheden", "Willen en geloof in eigen kunnen"]
    assert "Psychosociale aandachtspunten" in werkfit["klantkenmerken"]
    assert jobcoach["duur"] == {"aantal": 12, "eenheid": "maanden"} and jobcoach["organisatie"] == "Gemeente Rivierdal"


def test_werkzaak_matrix_is_written_in_the_template_layout(werkzaak, tmp_path):
    migrated = migrate(werkzaak, tmp_path / "nieuw.xlsx").pad
    workbook = load_workbook(migrated)
    assert workbook.sheetnames == ["Instrumenten", "Ervaringen", "Instellingen", "Uitleg"]
    sheet = workbook["Instrumenten"]
    header = [c.value for c in sheet[2]]
    column = {h: i for i, h in reversed(list(enumerate(header, start=1)))}
    row = {sheet.cell(r, column["Naam instrument *"]).value: r for r in range(3, 6)}
    digitaal, werkfit = row["Digitaal op weg"], row["Werkfit Traject"]
    assert sheet.cell(digitaal, column["Basisvaardigheden"]).value == "x"
    assert sheet.cell(digitaal, column["Oriëntatie"]).value == "x"
    assert sheet.cell(digitaal, column["Werk fit"]).value is None
    assert (sheet.cell(digitaal, column["Totale duur"]).value, sheet.cell(digitaal, column["Eenheid duur"]).value) == (
        6,
        "weken",
    )
    assert sheet.cell(digitaal, column["Totale kosten"]).value == 150
    # The Werkzaak columns themselves are gone: their meaning is in the Eva klantkenmerken.
    assert "Kenmerken" not in header and "3.1 Persoonlijk, sociaal en/of verstandelijk" not in header
    # Nothing lost: what was not understood is in the toelichting, unknown columns are at the end as they were.
    assert sheet.cell(werkfit, column["Toelichting duur"]).value == "een half jaar"
    assert sheet.cell(werkfit, column["Totale duur"]).value is None
    # Opmerkingen are the beheergroep's own notes, not Aanvullende informatie for cliënten: kept as they were.
    assert header[-3:] == ["Budgetnummer", "Zonder kop, oude kolom T", "Opmerkingen"]
    assert [sheet.cell(digitaal, len(header) - i).value for i in (2, 1, 0)] == ["B-77", "los", "Populair"]
    assert sheet.row_dimensions[row["Jobcoach"]].hidden
    settings = [(c.value, c.offset(column=1).value) for c in workbook["Instellingen"]["A"] if c.value]
    assert ("Organisatie", "Gemeente Rivierdal") in settings
    assert ("Hoofdkleur", "blauw") in settings and ("Favicon", "favicon.png") in settings


def test_init_from_prints_what_it_did(werkzaak, tmp_path):
    target = tmp_path / "nieuw.xlsx"
    result = CliRunner().invoke(main, ["init", "--from", str(werkzaak), str(target)])
    assert result.exit_code == 0, result.output
    output = result.output
    assert "3 instrumenten overgezet" in output
    assert "'Naam' → 'Naam instrument *'" in output and "'Leverancier' → 'Aanbieder *'" in output
    assert "Werkzaak-kenmerken in kolom 'Kenmerken'" in output
    assert "'Budgetnummer'" in output
    assert "Keuzematrix Werkzaak-stijl" in output and "'Notities'" in output
    assert "3 niet begrepen waarden" in output
    assert f"keuzehulp check {target}" in output


def test_unknown_labels_stay_visible_as_the_fout_they_were(tmp_path):
    old = write_matrix(
        tmp_path / "oud.xlsx",
        [valid_row("A", Tegels="Werk fit; Droomtegel"), valid_row("B", Klantkenmerken="9.9 Onbekend; Werkervaring")],
    )
    migrated = migrate(old, tmp_path / "nieuw.xlsx")
    assert migrated.unknown_label_rows == [2, 3]
    problems = load(migrated.pad).report.problemen
    assert [(p.code, p.rij) for p in problems if p.ernst == "fout"] == [
        ("tegel-onbekend", 3),
        ("klantkenmerk-onbekend", 4),
    ]
    assert "Droomtegel" in problems[0].melding
    sheet = load_workbook(migrated.pad)["Instrumenten"]
    header = [c.value for c in sheet[2]]
    assert header[-2:] == ["Tegels", "Klantkenmerken"]
    assert sheet.cell(3, len(header) - 1).value == "Werk fit; Droomtegel"
    assert sheet.cell(3, len(header)).value is None  # row A had no unknown klantkenmerk


def test_input_text_stays_text_in_the_migrated_file(tmp_path):
    rows = [valid_row(f"Rij {i}", Doel=payload, Registratiecodes=payload) for i, payload in enumerate(PAYLOADS)]
    old = write_matrix(tmp_path / "oud.xlsx", rows, header=[*rows[0], "Eigen kolom"])
    workbook = load_workbook(old)  # the unknown column gets the payloads too
    for number, payload in enumerate(PAYLOADS, start=2):
        workbook.active.cell(number, 11, payload).data_type = "s"
    workbook.save(old)
    migrated = migrate(old, tmp_path / "nieuw.xlsx").pad
    with zipfile.ZipFile(migrated) as archive:
        sheets = [archive.read(n) for n in archive.namelist() if n.startswith("xl/worksheets/sheet")]
    assert sheets and not any(b"<f>" in xml or b"<f " in xml for xml in sheets)
    sheet = load_workbook(migrated)["Instrumenten"]
    texts = [c for row in sheet.iter_rows(min_row=3) for c in row if c.value in PAYLOADS]
    assert len(texts) == 3 * len(PAYLOADS)  # Doel, Registratiecodes and the kept column, for every payload
    assert all(c.data_type == "s" for c in texts)
    assert [i.doel for i in load(migrated).matrix.instrumenten] == PAYLOADS


def test_refuses_to_overwrite_and_never_replaces_the_old_file(werkzaak, tmp_path):
    before = werkzaak.read_bytes()
    runner = CliRunner()
    same = ["init", "--from", str(werkzaak), str(werkzaak)]
    for args in (same, [*same, "--force"]):
        result = runner.invoke(main, args)
        assert result.exit_code == 1 and "gelezen wordt" in result.output
        assert werkzaak.read_bytes() == before
    existing = tmp_path / "bestaat.xlsx"
    existing.write_bytes(b"oud")
    os.utime(existing, ns=(10**9, 10**9))
    result = runner.invoke(main, ["init", "--from", str(werkzaak), str(existing)])
    assert result.exit_code == 1 and "--force" in result.output
    assert existing.read_bytes() == b"oud" and existing.stat().st_mtime_ns == 10**9
    assert runner.invoke(main, ["init", "--from", str(werkzaak), str(existing), "--force"]).exit_code == 0
    assert load(existing).report.aantal_instrumenten == 3


def test_unreadable_old_file_is_exit_1_and_writes_nothing(tmp_path):
    broken = tmp_path / "kapot.xlsx"
    broken.write_bytes(b"PK\x03\x04 geen spreadsheet")
    result = CliRunner().invoke(main, ["init", "--from", str(broken), str(tmp_path / "nieuw.xlsx")])
    assert result.exit_code == 1 and "Traceback" not in result.output
    assert "kapot.xlsx" in result.output
    assert not (tmp_path / "nieuw.xlsx").exists()
    with pytest.raises(KeuzehulpError):
        migrate(tmp_path / "bestaat-niet.xlsx", tmp_path / "nieuw.xlsx")
