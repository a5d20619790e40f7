"""Ervaringen: the sheet Ervaringen validated as Eva's ratings, aggregated per instrument, never shown to cliënten.

The sheets are typed as professionals fill the form: names in another case, an id, dates as text and as date
cells, scores as numbers and as text.
"""

from __future__ import annotations

import datetime as dt
import json
import zipfile
from pathlib import Path

import pytest
from openpyxl import Workbook, load_workbook

from keuzehulp.cli import main
from keuzehulp.ervaringen import COLUMNS, average, score
from keuzehulp.pipeline import check, load
from tests.helpers import soffice_convert
from tests.xlsx import filled_sjabloon, valid_row, write_matrix

HEADER = list(COLUMNS)
RATERS = ("Petra Geheimhouder", "Karel Anoniem", "Joke Vertrouwelijk", "Sander Intern")
NOTES = (
    "Cliënt vond snel een leerbaan",
    "Coach was vaak afwezig",
    "Uitstekende begeleiding bij sollicitaties",
    "Resultaat bleef uit na drie maanden",
    "Planning liep soepel",
    "Groepen waren te groot",
)
INSTRUMENTS = [valid_row("Re-integratie Plus"), valid_row("Taalmaatje"), valid_row("Werkfit Traject")]

# Re-integratie Plus: five ervaringen; Taalmaatje: three; Werkfit Traject: none.
VALID = [
    ["Re-integratie Plus", dt.datetime(2026, 3, 1), 4, "", 4, NOTES[0], 5, "", RATERS[0]],
    ["re-integratie plus", "2-4-2026", 5, NOTES[2], 4, "", 4, NOTES[4], RATERS[1]],
    ["re-integratie-plus", "2026-05-10", 3, "", 5, "", 3, "", RATERS[2]],
    ["Re-integratie Plus", "10-5-2026", "4", "", "4", "", "4", "", None],
    ["Re-integratie Plus", None, 4, "", 5, "", 4, "", RATERS[3]],
    ["Taalmaatje", "1-2-2026", 1, NOTES[1], 2, NOTES[3], 2, NOTES[5], RATERS[0]],
    ["TAALMAATJE", "1-3-2026", 2, "", 3, "", 2, "", RATERS[1]],
    ["Taalmaatje", "1-1-2026", 3, "", 2, "", 3, "", RATERS[2]],
]


def _matrix(path: Path, ervaringen: list[list[object]], header: list[str] | None = None) -> Path:
    return write_matrix(path, INSTRUMENTS, extra_sheets={"Ervaringen": [header or HEADER, *ervaringen]})


def test_the_aggregates_are_the_hand_computed_ones(tmp_path):
    loaded = load(_matrix(tmp_path / "m.xlsx", VALID))
    assert not loaded.report.problemen
    data = {i.naam: i.to_dict()["ervaringen"] for i in loaded.matrix.instrumenten}
    # Re-integratie Plus: algemeen 4+5+3+4+4 = 20/5 = 4.0; resultaat 4+4+5+4+5 = 22/5 = 4.4;
    # uitvoering 5+4+3+4+4 = 20/5 = 4.0; the latest of 1-3, 2-4, 10-5, 10-5 (one without a date).
    assert data["Re-integratie Plus"] == {
        "aantal": 5,
        "algemeen": 4.0,
        "resultaat": 4.4,
        "uitvoering": 4.0,
        "laatste": "2026-05-10",
    }
    # Taalmaatje: algemeen 1+2+3 = 2.0; resultaat 2+3+2 = 7/3 = 2.33 -> 2.3; uitvoering 2+2+3 = 7/3 -> 2.3.
    assert data["Taalmaatje"] == {
        "aantal": 3,
        "algemeen": 2.0,
        "resultaat": 2.3,
        "uitvoering": 2.3,
        "laatste": "2026-03-01",
    }
    assert data["Werkfit Traject"] is None


def test_averages_round_halves_up_to_one_decimal():
    assert average([4, 4, 5, 4]) == 4.3  # 4.25; round() would give 4.2
    assert average([1, 2]) == 1.5
    assert average([2, 2, 3]) == 2.3
    assert average([5, 5, 4]) == 4.7


@pytest.mark.parametrize("typed, expected", [(1, 1), (5, 5), ("3", 3), (4.0, 4), (" 2 ", 2), ("4,0", 4)])
def test_a_score_is_a_whole_number_from_1_to_5(typed, expected):
    assert score(typed) == expected


@pytest.mark.parametrize("typed", [0, 6, 3.5, "x", "", None, True, "vijf", -1])
def test_anything_else_is_no_score(typed):
    assert score(typed) is None


INVALID = [
    ["Onbekend Instrument", "1-3-2026", 4, "", 4, "", 4, "", RATERS[0]],  # row 2
    [None, "1-3-2026", 4, "", 4, "", 4, "", RATERS[1]],  # row 3: no instrument
    ["Taalmaatje", "1-3-2026", 6, "", 0, "", "goed", "", None],  # row 4: three bad scores
    ["Taalmaatje", "1-3-2026", 3.5, "", None, "", 4, "", None],  # row 5: half a score, an empty one
    ["Taalmaatje", "1-3-2026", 5, "", 4, "", 4, "", None],  # row 6: 5 without toelichting
    ["Taalmaatje", "1-3-2026", 1, "  ", 4, "", 4, "", None],  # row 7: 1 with only spaces
    ["Taalmaatje", "gisteren", 3, "", 3, "", 3, "", None],  # row 8: a date that is none (counted)
]


def test_every_invalid_row_is_a_fout_with_its_cell(tmp_path):
    report = check(_matrix(tmp_path / "m.xlsx", INVALID))
    found = [(p.ernst, p.code, p.cel) for p in report.problemen]
    assert found == [
        ("fout", "ervaring-instrument-onbekend", "A2"),
        ("fout", "ervaring-instrument-onbekend", "A3"),
        ("fout", "ervaring-score-ongeldig", "C4"),
        ("fout", "ervaring-score-ongeldig", "E4"),
        ("fout", "ervaring-score-ongeldig", "G4"),
        ("fout", "ervaring-score-ongeldig", "C5"),
        ("fout", "ervaring-score-ongeldig", "E5"),
        ("fout", "ervaring-toelichting-ontbreekt", "D6"),
        ("fout", "ervaring-toelichting-ontbreekt", "D7"),
        ("waarschuwing", "datum-onbekend", "B8"),
    ]
    assert all(p.blad == "Ervaringen" for p in report.problemen)
    assert "'Onbekend Instrument'" in report.problemen[0].melding
    assert "1 tot en met 5" in report.problemen[2].melding


def test_a_row_with_a_fout_is_not_counted(tmp_path):
    loaded = load(_matrix(tmp_path / "m.xlsx", INVALID))
    assert loaded.matrix.instrumenten[1].ervaringen.aantal == 1  # only row 8, whose date is not understood
    assert loaded.matrix.instrumenten[1].ervaringen.laatste is None


def test_a_sheet_without_a_score_column_is_a_fout_and_an_unknown_column_a_waarschuwing(tmp_path):
    header = ["Instrument", "Datum", "Algemeen", "Resultaat", "Opmerking"]
    report = check(_matrix(tmp_path / "m.xlsx", [["Taalmaatje", "1-3-2026", 3, 3, "prima"]], header))
    assert [(p.code, p.kolom) for p in report.problemen] == [
        ("ervaringen-kolom-ontbreekt", "Uitvoering"),
        ("kolom-onbekend", "Opmerking"),
    ]
    assert report.fouten


def test_a_sheet_with_text_but_no_header_is_a_fout_and_an_empty_one_is_fine(tmp_path):
    report = check(write_matrix(tmp_path / "a.xlsx", INSTRUMENTS, extra_sheets={"Ervaringen": [["Taalmaatje", 4]]}))
    assert [p.code for p in report.problemen] == ["ervaringen-kolom-ontbreekt"]
    assert not check(write_matrix(tmp_path / "b.xlsx", INSTRUMENTS, extra_sheets={"Ervaringen": [[None]]})).problemen


def test_a_hidden_ervaringen_sheet_is_read_and_reported(tmp_path):
    path = _matrix(tmp_path / "m.xlsx", VALID)
    book = load_workbook(path)
    book["Ervaringen"].sheet_state = "hidden"
    book.save(path)
    loaded = load(path)
    assert [(p.code, p.blad) for p in loaded.report.problemen] == [("blad-verborgen", "Ervaringen")]
    assert loaded.matrix.instrumenten[0].ervaringen.aantal == 5


def test_an_ervaringen_sheet_before_the_instruments_is_never_taken_for_them(tmp_path):
    book = Workbook()
    book.active.title = "Ervaringen"
    book.active.append(HEADER)
    book.active.append(VALID[0])
    sheet = book.create_sheet("Instrumenten")
    sheet.append(list(INSTRUMENTS[0]))
    for instrument in INSTRUMENTS:
        sheet.append(list(instrument.values()))
    book.save(tmp_path / "m.xlsx")
    loaded = load(tmp_path / "m.xlsx")
    assert loaded.matrix.bron.blad == "Instrumenten" and not loaded.report.problemen


def test_the_text_report_groups_ervaringen_problems_under_their_sheet(tmp_path, runner):
    result = runner.invoke(main, ["check", str(_matrix(tmp_path / "m.xlsx", INVALID[:1]))])
    assert result.exit_code == 1
    assert "Blad Ervaringen\n  FOUT   Ervaringen!A2" in result.output


def _all_text(folder: Path) -> str:
    return "\n".join(p.read_text(encoding="utf-8", errors="replace") for p in folder.rglob("*") if p.is_file())


def _workbook_text(path: Path) -> str:
    with zipfile.ZipFile(path) as archive:
        return "\n".join(archive.read(name).decode("utf-8", errors="replace") for name in archive.namelist())


def test_build_keeps_ratings_off_the_site_and_raters_out_of_every_output(tmp_path, runner):
    out = tmp_path / "out"
    result = runner.invoke(main, ["build", str(_matrix(tmp_path / "m.xlsx", VALID)), "-o", str(out)])
    assert result.exit_code == 0, result.output
    site = _all_text(out / "keuzehulp")
    assert "Re-integratie Plus" in site
    for text in (*NOTES, *RATERS):
        assert text not in site
    assert "ervaringen" not in site.casefold()
    workbook = _workbook_text(out / "keuzehulp.xlsx")
    data = (out / "instrumenten.json").read_text(encoding="utf-8")
    for rater in RATERS:
        assert rater not in workbook and rater not in data
    assert NOTES[2] in workbook  # the professionals do see the toelichtingen
    assert json.loads(data)["instrumenten"][0]["ervaringen"]["aantal"] == 5


def test_the_workbook_shows_the_ratings_the_three_latest_toelichtingen_and_the_best_and_least_rated(tmp_path, runner):
    out = tmp_path / "out"
    assert runner.invoke(main, ["build", str(_matrix(tmp_path / "m.xlsx", VALID)), "-o", str(out)]).exit_code == 0
    book = load_workbook(out / "keuzehulp.xlsx")
    table = book["Instrumenten"]
    headers = [c.value for c in table[2]]
    rows = {row[0]: row for row in table.iter_rows(min_row=3, values_only=True)}
    plus = rows["Re-integratie Plus"]
    assert plus[headers.index("Ervaringen")] == 5
    assert plus[headers.index("Resultaat (gemiddeld)")] == 4.4
    assert plus[headers.index("Laatste ervaring")] == "10-5-2026"
    # Newest first: 2-4-2026 had two toelichtingen, 1-3-2026 one; the ervaringen of May had none.
    assert plus[headers.index("Recente toelichtingen")].split("\n") == [
        f"2-4-2026, algemeen 5: {NOTES[2]}",
        f"2-4-2026, uitvoering 4: {NOTES[4]}",
        f"1-3-2026, resultaat 4: {NOTES[0]}",
    ]
    card = {row[0]: row[1] for row in book["Instrumentkaart"].iter_rows(values_only=True) if row[0]}
    assert "Recente toelichtingen" in card and card["Algemeen (gemiddeld)"].startswith("=")
    overview = list(book["Overzicht"].iter_rows(values_only=True))
    best = next(i for i, row in enumerate(overview) if row[0] == "Best beoordeeld")
    least = next(i for i, row in enumerate(overview) if row[0] == "Minst goed beoordeeld")
    assert overview[best + 1][:5] == ("Re-integratie Plus", 5, 4.0, 4.4, 4.0)
    assert overview[least + 1][:5] == ("Taalmaatje", 3, 2.0, 2.3, 2.3)
    assert "Werkfit Traject" not in {row[0] for row in overview}


def test_the_sjabloon_has_the_ervaringen_form_and_a_filled_form_is_read(tmp_path, runner):
    path = tmp_path / "m.xlsx"
    assert runner.invoke(main, ["init", str(path)]).exit_code == 0
    assert [c.value for c in load_workbook(path)["Ervaringen"][1]] == HEADER
    typed = ["Opstap", dt.datetime(2026, 9, 1), 5, "Heel goed", 4, "", 4, "", "Ans"]
    path = filled_sjabloon(tmp_path / "filled.xlsx", ervaring=typed)
    loaded = load(path)
    assert not loaded.report.fouten, loaded.report.problemen
    assert loaded.matrix.instrumenten[0].ervaringen.laatste == "2026-09-01"


def test_libreoffice_shows_the_chosen_instruments_ervaringen_on_the_instrumentkaart(tmp_path, runner):
    out = tmp_path / "out"
    assert runner.invoke(main, ["build", str(_matrix(tmp_path / "m.xlsx", VALID)), "-o", str(out)]).exit_code == 0
    (converted,) = soffice_convert([out / "keuzehulp.xlsx"], "xlsx", tmp_path / "lo", recalculate=True)
    card = {
        row[0]: row[1]
        for row in load_workbook(converted, data_only=True)["Instrumentkaart"].iter_rows(values_only=True)
    }
    assert card["Kies een instrument:"] == "Re-integratie Plus"
    assert card["Ervaringen"] == 5 and card["Resultaat (gemiddeld)"] == 4.4
    assert card["Laatste ervaring"] == "10-5-2026"
    assert card["Recente toelichtingen"].startswith(f"2-4-2026, algemeen 5: {NOTES[2]}")


def test_a_hidden_row_counts_and_is_reported(tmp_path):
    path = _matrix(tmp_path / "m.xlsx", VALID)
    book = load_workbook(path)
    book["Ervaringen"].row_dimensions[3].hidden = True
    book.save(path)
    loaded = load(path)
    assert [(p.code, p.blad, p.rij) for p in loaded.report.problemen] == [("rij-verborgen", "Ervaringen", 3)]
    assert loaded.matrix.instrumenten[0].ervaringen.aantal == 5


def test_a_toelichting_that_looks_like_a_formula_stays_text_in_the_workbook(tmp_path, runner):
    formula = '=HYPERLINK("https://example.org","klik")'
    row = ["Taalmaatje", "1-3-2026", 5, formula, 4, "", 4, "", None]
    out = tmp_path / "out"
    assert runner.invoke(main, ["build", str(_matrix(tmp_path / "m.xlsx", [row])), "-o", str(out)]).exit_code == 0
    table = load_workbook(out / "keuzehulp.xlsx")["Instrumenten"]
    headers = [c.value for c in table[2]]
    cell = table.cell(row=4, column=headers.index("Recente toelichtingen") + 1)
    assert cell.data_type == "s" and cell.value == f"1-3-2026, algemeen 5: {formula}"
