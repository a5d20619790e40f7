"""``keuzehulp check --annotate KOPIE``: every problem marked at its cell, the input untouched, losses reported."""

from __future__ import annotations

import io
import json
import os
import struct
import zipfile
import zlib
from pathlib import Path

import pytest
import xlsxwriter
from openpyxl import load_workbook
from openpyxl.comments import Comment

from keuzehulp.annotation import annotate
from keuzehulp.cli import main
from tests.helpers import pdf_of, pdf_text
from tests.xlsx import LIST_HEADER, valid_row, write_matrix

PAYLOADS = ['=HYPERLINK("https://evil.example","klik")', "+31 6 1234", "-2+3", "@SUM(A1:A2)", "=cmd|'/c calc'!A1"]


@pytest.fixture
def faulty(tmp_path) -> Path:
    """A matrix with fouten and waarschuwingen of every kind of place: a cell, a row, a header, the settings."""
    return write_matrix(
        tmp_path / "fouten.xlsx",
        [
            valid_row("Zonder doel", Doel=None),
            valid_row("Onbekende tegel", Tegels="Werk fit; Droomtegel", Kosten="een paar tientjes"),
            valid_row("Zonder doel", Klantkenmerken=None),
            valid_row("Verborgen", Samenvatting="x" * 600),
        ],
        header=[*LIST_HEADER, "Kosten", "Budget"],
        hidden_rows=[5],
        extra_sheets={"Instellingen": [["Organisatie", "Gemeente Voorbeeld"], ["Hoofdkleur", "blauw"]]},
    )


def json_report(runner, path: Path) -> dict:
    result = runner.invoke(main, ["check", str(path), "--format", "json"])
    return json.loads(result.stdout)


def control_rows(workbook) -> list[dict]:
    sheet = workbook["Controle"]
    header_row = next(c.row for c in sheet["A"] if c.value == "Nr")
    names = [c.value for c in sheet[header_row]]
    return [
        {**dict(zip(names, (c.value for c in row), strict=True)), "link": row[6].hyperlink}
        for row in sheet.iter_rows(min_row=header_row + 1)
        if row[0].value is not None
    ]


def is_reddish(rgb: str) -> bool:
    r, g, b = (int(rgb[-6:][i : i + 2], 16) for i in (0, 2, 4))
    return r > 200 and g < r - 40 and b < r - 40


def is_amber(rgb: str) -> bool:
    r, g, b = (int(rgb[-6:][i : i + 2], 16) for i in (0, 2, 4))
    return r > 200 and g > 150 and b < g - 60


def test_every_problem_is_marked_at_its_cell(runner, faulty, tmp_path):
    report = json_report(runner, faulty)
    assert {p["ernst"] for p in report["problemen"]} == {"fout", "waarschuwing"}
    copy = tmp_path / "kopie.xlsx"
    result = runner.invoke(main, ["check", str(faulty), "--annotate", str(copy)])
    assert result.exit_code == 1, result.output  # fouten: same exit code as without --annotate
    workbook = load_workbook(copy)
    assert workbook.sheetnames[0] == "Controle"
    for found in report["problemen"]:
        if found["cel"] is None:
            continue
        cell = workbook[found["blad"]][found["cel"]]
        assert found["melding"] in cell.comment.text, found
        errors_here = any(p["cel"] == found["cel"] and p["ernst"] == "fout" for p in report["problemen"])
        colour = cell.fill.fgColor.rgb
        assert is_reddish(colour) if errors_here else is_amber(colour), (found, colour)


def test_row_problems_are_marked_on_their_row(runner, faulty, tmp_path):
    report = json_report(runner, faulty)
    copy = tmp_path / "kopie.xlsx"
    annotate(faulty, copy)
    workbook = load_workbook(copy)
    row_only = [p for p in report["problemen"] if p["cel"] is None and p["rij"]]
    assert {p["code"] for p in row_only} >= {"geen-klantkenmerk", "rij-verborgen"}
    for found in row_only:
        assert found["melding"] in workbook[found["blad"]][f"A{found['rij']}"].comment.text


def test_controle_lists_the_json_report_with_links(runner, faulty, tmp_path):
    report = json_report(runner, faulty)
    copy = tmp_path / "kopie.xlsx"
    annotate(faulty, copy)
    rows = control_rows(load_workbook(copy))
    assert [(r["Ernst"].lower(), r["Code"], r["Blad"], r["Rij"], r["Kolom"], r["Melding"]) for r in rows] == [
        (p["ernst"], p["code"], p["blad"], p["rij"], p["kolom"], p["melding"]) for p in report["problemen"]
    ]
    for row, found in zip(rows, report["problemen"], strict=True):
        link = row["link"]
        assert link is not None and link.target is None  # inside the workbook only
        expected = found["cel"] or f"A{found['rij']}"
        assert link.location == f"'{found['blad']}'!{expected}"


def test_the_copy_reads_back_with_the_same_problems(runner, faulty, tmp_path):
    copy = tmp_path / "kopie.xlsx"
    annotate(faulty, copy)
    original, annotated = json_report(runner, faulty), json_report(runner, copy)
    assert annotated["problemen"] == original["problemen"]
    assert annotated["aantal_instrumenten"] == original["aantal_instrumenten"] == 4


def test_input_is_never_changed_and_kopie_only_replaced_with_force(runner, faulty, tmp_path):
    os.utime(faulty, ns=(10**9, 10**9))
    before = faulty.read_bytes()
    copy = tmp_path / "kopie.xlsx"
    assert runner.invoke(main, ["check", str(faulty), "--annotate", str(copy)]).exit_code == 1
    written = copy.read_bytes()
    os.utime(copy, ns=(2 * 10**9, 2 * 10**9))

    result = runner.invoke(main, ["check", str(faulty), "--annotate", str(copy)])
    assert result.exit_code == 1 and "bestaat al" in result.output and "--force" in result.output
    assert copy.stat().st_mtime_ns == 2 * 10**9 and copy.read_bytes() == written

    for args in (["--annotate", str(faulty)], ["--annotate", str(faulty), "--force"]):
        result = runner.invoke(main, ["check", str(faulty), *args])
        assert result.exit_code == 1 and "gelezen wordt" in result.output

    assert runner.invoke(main, ["check", str(faulty), "--annotate", str(copy), "--force"]).exit_code == 1
    assert copy.stat().st_mtime_ns != 2 * 10**9
    assert faulty.read_bytes() == before and faulty.stat().st_mtime_ns == 10**9


def test_without_problems_it_says_so_and_writes_the_copy_asked_for(runner, tmp_path):
    good = write_matrix(tmp_path / "goed.xlsx", [valid_row("A")])
    copy = tmp_path / "kopie.xlsx"
    result = runner.invoke(main, ["check", str(good), "--annotate", str(copy)])
    assert result.exit_code == 0, result.output
    assert "Geen problemen gevonden" in result.output
    workbook = load_workbook(copy)
    assert control_rows(workbook) == []
    assert workbook["Controle"]["A2"].value == "1 instrument, 0 fouten, 0 waarschuwingen. Geen problemen gevonden."
    assert runner.invoke(main, ["check", str(good)]).exit_code == 0
    assert sorted(p.name for p in tmp_path.iterdir()) == ["goed.xlsx", "kopie.xlsx"]


def test_json_output_stays_pure_json_with_annotate(runner, faulty, tmp_path):
    result = runner.invoke(main, ["check", str(faulty), "--format", "json", "--annotate", str(tmp_path / "k.xlsx")])
    assert json.loads(result.stdout)["aantal_instrumenten"] == 4
    assert "k.xlsx" in result.stderr


def test_force_without_annotate_is_wrong_usage(runner, faulty):
    assert runner.invoke(main, ["check", str(faulty), "--force"]).exit_code == 2


def test_unreadable_input_gives_no_copy(runner, tmp_path):
    broken = tmp_path / "kapot.xlsx"
    broken.write_bytes(b"PK\x03\x04 kapot")
    result = runner.invoke(main, ["check", str(broken), "--annotate", str(tmp_path / "kopie.xlsx")])
    assert result.exit_code == 1 and "Traceback" not in result.output
    assert "geen kopie" in result.output
    assert not (tmp_path / "kopie.xlsx").exists()


def test_input_text_stays_text_in_the_copy(tmp_path):
    rows = [valid_row(f"Rij {i}", Doel=payload, Tegels="Droomtegel") for i, payload in enumerate(PAYLOADS)]
    path = write_matrix(tmp_path / "injectie.xlsx", rows, header=[*LIST_HEADER, PAYLOADS[0]])
    copy = tmp_path / "kopie.xlsx"
    annotated = annotate(path, copy)
    assert any(p.kolom == PAYLOADS[0] for p in annotated.report.problemen)  # an unknown column named by a payload
    with zipfile.ZipFile(copy) as archive:
        sheets = [archive.read(n) for n in archive.namelist() if n.startswith("xl/worksheets/sheet")]
    assert len(sheets) == 2 and not any(b"<f>" in xml or b"<f " in xml for xml in sheets)
    workbook = load_workbook(copy)
    instruments = workbook["Instrumenten"]
    assert [instruments.cell(r, 5).value for r in range(2, 2 + len(PAYLOADS))] == PAYLOADS
    assert all(instruments.cell(r, 5).data_type == "s" for r in range(2, 2 + len(PAYLOADS)))
    control = [c for row in workbook["Controle"].iter_rows() for c in row if c.value == PAYLOADS[0]]
    assert control and all(c.data_type == "s" for c in control)


def png_bytes() -> bytes:
    def chunk(kind: bytes, data: bytes) -> bytes:
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data) & 0xFFFFFFFF)

    header = struct.pack(">IIBBBBB", 1, 1, 8, 2, 0, 0, 0)
    return (
        b"\x89PNG\r\n\x1a\n"
        + chunk(b"IHDR", header)
        + chunk(b"IDAT", zlib.compress(b"\x00\xff\x00\x00"))
        + chunk(b"IEND", b"")
    )


@pytest.fixture
def rich(tmp_path) -> Path:
    """A matrix made with XlsxWriter (as Excel would) holding an image, a chart, a sparkline, notes and merges."""
    path = tmp_path / "rijk.xlsx"
    workbook = xlsxwriter.Workbook(path)
    sheet = workbook.add_worksheet("Instrumenten")
    sheet.merge_range("A1:C1", "Keuzematrix 2026")
    sheet.write_row(1, 0, [*LIST_HEADER, "Score"])
    sheet.write_row(
        2,
        0,
        ["Gemeente", "Opstap", "Coach", "Kort.", None, "Gesprekken.", "Coaching", "Werk fit", "Basisvaardigheden", 4],
    )
    sheet.write_row(
        3,
        0,
        ["Gemeente", "Opstap", "Taal", "Kort.", "Doel.", "Lessen.", "Coaching", "Werk fit", "Basisvaardigheden", 5],
    )
    sheet.write_comment("C4", "Notitie van de beheergroep")
    sheet.write_comment("E3", "Doel volgt nog")
    sheet.data_validation("J3:J10", {"validate": "integer", "criteria": "between", "minimum": 1, "maximum": 5})
    sheet.write_url("A4", "https://opstap.example", string="Gemeente")
    sheet.write_url("B4", "external:c:\\\\geheim\\\\bestand.xlsx", string="Opstap")
    sheet.insert_image("L2", "logo.png", {"image_data": io.BytesIO(png_bytes())})
    chart = workbook.add_chart({"type": "column"})
    chart.add_series({"values": "=Instrumenten!$J$3:$J$4"})
    sheet.insert_chart("L6", chart)
    sheet.add_sparkline("K3", {"range": "Instrumenten!J3:J4"})
    workbook.close()
    return path


@pytest.mark.filterwarnings("ignore:Sparkline Group extension")
def test_what_the_copy_keeps(rich, tmp_path):
    copy = tmp_path / "kopie.xlsx"
    annotate(rich, copy)
    original, annotated = load_workbook(rich)["Instrumenten"], load_workbook(copy)["Instrumenten"]
    assert [[c.value for c in r] for r in annotated.iter_rows()] == [[c.value for c in r] for r in original.iter_rows()]
    assert "A1:C1" in {str(r) for r in annotated.merged_cells.ranges}
    assert annotated["C4"].comment.text == "Notitie van de beheergroep"
    # A note that was already on a problem cell stays, with the problem added.
    assert annotated["E3"].comment.text.startswith("Doel volgt nog")
    assert "Doel is leeg" in annotated["E3"].comment.text
    assert [str(dv.sqref) for dv in annotated.data_validations.dataValidation] == ["J3:J10"]
    assert annotated["A4"].hyperlink.target == "https://opstap.example"


def test_what_the_copy_loses_is_said_on_the_controle_sheet(rich, tmp_path):
    copy = tmp_path / "kopie.xlsx"
    annotated = annotate(rich, copy)
    notes = [c.value for c in load_workbook(copy)["Controle"]["A"] if str(c.value).startswith("Let op")]
    assert notes == [f"Let op: {n}" for n in annotated.notices]
    with zipfile.ZipFile(rich) as before, zipfile.ZipFile(copy) as after:
        images_lost = any(n.startswith("xl/media/") for n in before.namelist()) and not any(
            n.startswith("xl/media/") for n in after.namelist()
        )
        sparkline_lost = not any(b"sparklineGroup" in after.read(n) for n in after.namelist() if "worksheets/" in n)
    assert images_lost == any("afbeeldingen" in n for n in notes)
    assert sparkline_lost and any("sparklines" in n for n in notes)
    assert any("grafieken" in n for n in notes)
    # Only web, mail and phone links, and links inside the workbook, are written.
    assert load_workbook(copy)["Instrumenten"]["B4"].hyperlink is None
    assert any("Instrumenten!B4" in n for n in notes)


def test_a_clean_file_gets_no_loss_notes(tmp_path):
    copy = tmp_path / "kopie.xlsx"
    annotated = annotate(write_matrix(tmp_path / "goed.xlsx", [valid_row("A")]), copy)
    assert annotated.notices == []


def test_an_old_controle_sheet_is_replaced(faulty, tmp_path):
    first, second = tmp_path / "een.xlsx", tmp_path / "twee.xlsx"
    annotate(faulty, first)
    annotated = annotate(first, second)
    workbook = load_workbook(second)
    assert workbook.sheetnames.count("Controle") == 1 and workbook.sheetnames[0] == "Controle"
    assert any("Controle" in n for n in annotated.notices)
    assert len(control_rows(workbook)) == len(annotated.report.problemen)


def test_problems_in_merged_cells_are_marked_on_the_visible_cell(tmp_path):
    row = valid_row("Breed")
    path = write_matrix(tmp_path / "samengevoegd.xlsx", [row], merges=["D2:E2"])  # Samenvatting spans Doel
    copy = tmp_path / "kopie.xlsx"
    annotated = annotate(path, copy)
    (found,) = [p for p in annotated.report.problemen if p.code == "verplicht-veld-leeg"]
    assert found.cel == "E2"
    sheet = load_workbook(copy)["Instrumenten"]
    assert "Doel is leeg" in sheet["D2"].comment.text
    assert control_rows(load_workbook(copy))[0]["link"].location == "'Instrumenten'!E2"


@pytest.mark.libreoffice
def test_libreoffice_opens_an_annotated_copy(runner, faulty, tmp_path):
    copy = tmp_path / "kopie.xlsx"
    annotate(faulty, copy)
    text = pdf_text(pdf_of(copy, tmp_path / "pdf"))
    assert "Controle van fouten.xlsx" in text
    assert "verplicht-veld-leeg" in text and "Droomtegel" in text


def test_existing_note_on_problem_cell_is_kept(tmp_path):
    path = write_matrix(tmp_path / "notitie.xlsx", [valid_row("A", Doel=None)])
    workbook = load_workbook(path)
    workbook.active["E2"].comment = Comment("Vraag aan Els", "beheergroep")
    workbook.save(path)
    annotate(path, tmp_path / "kopie.xlsx")
    copy = load_workbook(tmp_path / "kopie.xlsx")
    assert copy.active.title == "Controle"
    note = copy["Instrumenten"]["E2"].comment.text
    assert note.startswith("Vraag aan Els") and "Doel is leeg" in note
