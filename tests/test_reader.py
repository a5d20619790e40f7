"""Bad input ends in one Dutch problem (a fout), quickly and in bounded memory; never a traceback."""

from __future__ import annotations

import io
import time
import zipfile

import pytest
from openpyxl import Workbook

from keuzehulp.pipeline import load
from keuzehulp.reader import UnreadCell, open_workbook
from tests.helpers import soffice_convert
from tests.xlsx import LIST_HEADER, rewrite_part, set_dimension, valid_row, write_matrix


@pytest.fixture
def good(tmp_path):
    return write_matrix(tmp_path / "goed.xlsx", [valid_row()])


def only_problem(path):
    started = time.monotonic()
    report = load(path).report
    assert time.monotonic() - started < 10
    assert len(report.problemen) == 1, report.problemen
    found = report.problemen[0]
    assert found.ernst == "fout"
    return found


def test_missing_file(tmp_path):
    found = only_problem(tmp_path / "bestaat-niet.xlsx")
    assert (found.code, found.blad, found.rij, found.cel) == ("bestand-niet-gevonden", None, None, None)
    assert "bestaat niet" in found.melding


def test_empty_file(tmp_path):
    (tmp_path / "leeg.xlsx").write_bytes(b"")
    assert only_problem(tmp_path / "leeg.xlsx").code == "bestand-leeg"


def test_not_a_spreadsheet(tmp_path):
    (tmp_path / "tekst.xlsx").write_text("Naam;Doel\nA;B\n", encoding="utf-8")
    assert only_problem(tmp_path / "tekst.xlsx").code == "bestand-onleesbaar"


def test_zip_that_is_no_office_document(tmp_path):
    with zipfile.ZipFile(tmp_path / "archief.xlsx", "w") as archive:
        archive.writestr("hallo.txt", "hallo")
    assert only_problem(tmp_path / "archief.xlsx").code == "bestand-onleesbaar"


def test_truncated_xlsx(tmp_path, good):
    data = good.read_bytes()
    (tmp_path / "kapot.xlsx").write_bytes(data[: len(data) // 2])
    assert only_problem(tmp_path / "kapot.xlsx").code == "bestand-onleesbaar"


def test_password_protected_xlsx(tmp_path, good):
    from msoffcrypto.format.ooxml import OOXMLFile

    encrypted = io.BytesIO()
    with good.open("rb") as plain:
        OOXMLFile(plain).encrypt("geheim", encrypted)
    (tmp_path / "beveiligd.xlsx").write_bytes(encrypted.getvalue())
    found = only_problem(tmp_path / "beveiligd.xlsx")
    assert found.code == "bestand-beveiligd" and "wachtwoord" in found.melding


BOMB = (
    b'<?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;">'
    b'<!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;">]>'
)


def test_xml_entity_bomb_is_refused(tmp_path, good):
    def add_bomb(data: bytes) -> bytes:
        return BOMB + data.replace(b"Stichting Opstap", b"&lol3;")

    bomb = rewrite_part(good, tmp_path / "bom.xlsx", "xl/worksheets/sheet1.xml", add_bomb)
    found = only_problem(bomb)
    assert found.code == "xml-onveilig" and "sheet1.xml" in found.melding


def test_huge_declared_dimension_with_little_data_is_read_normally(tmp_path, good):
    path = rewrite_part(
        good, tmp_path / "dim.xlsx", "xl/worksheets/sheet1.xml", lambda d: set_dimension(d, "A1:XFD1048576")
    )
    loaded = load(path)
    assert loaded.report.problemen == [] and len(loaded.matrix.instrumenten) == 1


def test_far_away_cell_is_refused_before_allocating_the_sheet(tmp_path, good):
    far = b'<row r="1048576"><c r="XFD1048576" t="inlineStr"><is><t>x</t></is></c></row></sheetData>'
    path = rewrite_part(
        good, tmp_path / "ver.xlsx", "xl/worksheets/sheet1.xml", lambda d: d.replace(b"</sheetData>", far)
    )
    found = only_problem(path)
    assert found.code == "bestand-te-groot" and "XFD" in found.melding


def test_zip_bomb_part_is_refused(tmp_path, good):
    path = tmp_path / "zipbom.xlsx"
    with zipfile.ZipFile(good) as zin, zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as zout:
        for info in zin.infolist():
            zout.writestr(info, zin.read(info))
        zout.writestr("xl/media/opvulling.bin", b"\0" * (64 * 1024 * 1024))
    assert only_problem(path).code == "bestand-te-groot"


def test_xlsm_is_read_like_xlsx(tmp_path, good):
    path = tmp_path / "macro.xlsm"
    path.write_bytes(good.read_bytes())
    assert load(path).report.aantal_instrumenten == 1


def test_input_file_is_never_changed(tmp_path, good):
    before = good.read_bytes(), good.stat().st_mtime_ns
    load(good)
    assert (good.read_bytes(), good.stat().st_mtime_ns) == before


def test_header_with_only_list_columns_is_found(tmp_path):
    path = write_matrix(tmp_path / "m.xlsx", [valid_row()], header=LIST_HEADER)
    assert load(path).report.aantal_instrumenten == 1


# Excel's "Strict Open XML Spreadsheet" writes the same parts under other namespaces.
STRICT_NAMESPACES = {
    b"http://schemas.openxmlformats.org/spreadsheetml/2006/main": b"http://purl.oclc.org/ooxml/spreadsheetml/main",
    b"http://schemas.openxmlformats.org/officeDocument/2006/relationships": (
        b"http://purl.oclc.org/ooxml/officeDocument/relationships"
    ),
    b"http://schemas.openxmlformats.org/drawingml/2006/main": b"http://purl.oclc.org/ooxml/drawingml/main",
    b"http://schemas.openxmlformats.org/officeDocument/2006/extended-properties": (
        b"http://purl.oclc.org/ooxml/officeDocument/extendedProperties"
    ),
}


def strict_copy(source, target, change=lambda name, data: data):
    """Write ``source`` as a Strict OOXML file (as Excel saves it), with ``change`` applied to each part."""
    with zipfile.ZipFile(source) as zin, zipfile.ZipFile(target, "w", zipfile.ZIP_DEFLATED) as zout:
        for info in zin.infolist():
            data = zin.read(info)
            for transitional, strict in STRICT_NAMESPACES.items():
                data = data.replace(transitional, strict)
            if info.filename == "xl/workbook.xml":
                data = data.replace(b"<workbook ", b'<workbook conformance="strict" ', 1)
            zout.writestr(info, change(info.filename, data))
    return target


def test_strict_file_reads_like_the_ordinary_file(tmp_path, example_path, example):
    strict = load(strict_copy(example_path, tmp_path / "strict.xlsx"))
    with zipfile.ZipFile(tmp_path / "strict.xlsx") as archive:
        assert b"purl.oclc.org/ooxml/spreadsheetml/main" in archive.read("xl/worksheets/sheet1.xml")
    assert [i.to_dict() for i in strict.matrix.instrumenten] == [i.to_dict() for i in example.matrix.instrumenten]
    assert strict.report.problemen == example.report.problemen


def test_far_cell_in_a_strict_file_is_refused_before_allocating(tmp_path, good):
    far = b'<row r="1048576"><c r="XFD1048576" t="inlineStr"><is><t>x</t></is></c></row></sheetData>'

    def add_far_cell(name, data):
        return data.replace(b"</sheetData>", far) if name == "xl/worksheets/sheet1.xml" else data

    found = only_problem(strict_copy(good, tmp_path / "strict-ver.xlsx", add_far_cell))
    assert found.code == "bestand-te-groot" and "XFD" in found.melding


def test_sheet_whose_part_cannot_be_found_is_refused(tmp_path, good):
    def point_elsewhere(data):
        return data.replace(b"worksheets/sheet1.xml", b"worksheets/elders.xml")

    path = rewrite_part(good, tmp_path / "zoek.xlsx", "xl/_rels/workbook.xml.rels", point_elsewhere)
    assert only_problem(path).code == "bestand-onleesbaar"


def matrix_workbook(path, sheets, states=None, settings=None):
    """Write sheets (name -> rows) with openpyxl, each in its visibility state (visible, hidden, veryHidden)."""
    workbook = Workbook()
    workbook.remove(workbook.active)
    for name, rows in sheets.items():
        sheet = workbook.create_sheet(name)
        for values in rows:
            sheet.append(list(values))
        sheet.sheet_state = (states or {}).get(name, "visible")
    if settings is not None:
        sheet = workbook.create_sheet("Instellingen")
        for values in settings[1]:
            sheet.append(list(values))
        sheet.sheet_state = settings[0]
    workbook.save(path)
    return path


def rows_of(*names):
    return [LIST_HEADER, *[list(valid_row(name).values()) for name in names]]


@pytest.mark.parametrize("state", ["hidden", "veryHidden"])
def test_hidden_sheet_before_the_visible_one_is_never_chosen(tmp_path, state):
    sheets = {"Oud": rows_of("Oud instrument"), "Instrumenten": rows_of("Nieuw instrument")}
    loaded = load(matrix_workbook(tmp_path / "m.xlsx", sheets, {"Oud": state}))
    assert [i.naam for i in loaded.matrix.instrumenten] == ["Nieuw instrument"]
    assert (loaded.matrix.bron.blad, loaded.report.problemen) == ("Instrumenten", [])


def test_hidden_sheet_is_read_with_a_waarschuwing_when_it_is_the_only_one_with_a_header(tmp_path):
    sheets = {"Voorblad": [["Keuzematrix 2026"]], "Instrumenten": rows_of("Verstopt")}
    loaded = load(matrix_workbook(tmp_path / "m.xlsx", sheets, {"Instrumenten": "hidden"}))
    assert [i.naam for i in loaded.matrix.instrumenten] == ["Verstopt"]
    assert [(p.blad, p.rij, p.code, p.ernst) for p in loaded.report.problemen] == [
        ("Instrumenten", None, "blad-verborgen", "waarschuwing")
    ]
    assert "geen zichtbaar blad" in loaded.report.problemen[0].melding


def test_hidden_sheet_named_with_blad_is_read_with_a_waarschuwing(tmp_path):
    sheets = {"Oud": rows_of("Oud instrument"), "Instrumenten": rows_of("Nieuw instrument")}
    loaded = load(matrix_workbook(tmp_path / "m.xlsx", sheets, {"Oud": "hidden"}), blad="Oud")
    assert [i.naam for i in loaded.matrix.instrumenten] == ["Oud instrument"]
    assert [(p.blad, p.code) for p in loaded.report.problemen] == [("Oud", "blad-verborgen")]
    assert "--blad" in loaded.report.problemen[0].melding


def test_settings_from_a_hidden_sheet_are_named(tmp_path):
    settings = ("hidden", [["Titel", "Verborgen titel"]])
    loaded = load(matrix_workbook(tmp_path / "m.xlsx", {"Instrumenten": rows_of("A")}, settings=settings))
    assert loaded.matrix.instellingen.titel == "Verborgen titel"
    assert [(p.blad, p.code) for p in loaded.report.problemen] == [("Instellingen", "blad-verborgen")]


def test_hidden_columns_that_are_published_are_named_at_their_header(tmp_path):
    path = tmp_path / "m.xlsx"
    workbook = Workbook()
    sheet = workbook.active
    sheet.title = "Instrumenten"
    for values in rows_of("A", "B"):
        sheet.append(values)
    sheet.column_dimensions["E"].hidden = True  # Doel
    sheet.column_dimensions.group("H", "I", hidden=True)  # Tegels, Klantkenmerken
    sheet.column_dimensions.group("K", "XFD", hidden=True)  # everything right of the table, empty
    workbook.save(path)
    loaded = load(path)
    assert [(p.cel, p.code, p.kolom) for p in loaded.report.problemen] == [
        ("E1", "kolom-verborgen", "Doel"),
        ("H1", "kolom-verborgen", "Tegels"),
        ("I1", "kolom-verborgen", "Klantkenmerken"),
    ]
    assert loaded.matrix.instrumenten[0].doel == "Werk vinden."


def unread_rows():
    """An instrument whose cells hold formulas without a stored result and error values, as programs write them."""
    header = [*LIST_HEADER, "Aanvullende informatie", "Intensiteit"]
    row = list(valid_row().values())
    row[4] = "=B2&C2"  # Doel, required: a formula openpyxl stores without its result
    return [header, [*row, "=A2&B2", "#N/A"], [*valid_row("Tweede").values(), "Gewoon", 4]]


def test_error_values_and_uncalculated_formulas_are_named_per_cell(tmp_path):
    path = tmp_path / "m.xlsx"
    workbook = Workbook()
    for values in unread_rows():
        workbook.active.append(values)  # openpyxl stores "=..." as a formula and "#N/A" as an error value
    workbook.active.title = "Instrumenten"
    workbook.save(path)
    report = load(path).report
    assert [(p.cel, p.code, p.ernst) for p in report.problemen] == [
        ("E2", "verplichte-cel-zonder-waarde", "fout"),
        ("J2", "cel-zonder-waarde", "waarschuwing"),
        ("K2", "cel-zonder-waarde", "waarschuwing"),
    ]
    assert "=B2&C2" in report.problemen[0].melding and "#N/A" in report.problemen[2].melding


@pytest.mark.libreoffice
def test_error_values_calculated_by_libreoffice_are_named_per_cell(tmp_path):
    source = tmp_path / "bron.xlsx"
    workbook = Workbook()
    rows = unread_rows()
    rows[1][-1] = "=1/0"
    for values in rows:
        workbook.active.append(values)
    workbook.active.title = "Instrumenten"
    workbook.save(source)
    (path,) = soffice_convert([source], "xlsx", tmp_path / "lo")
    sheet = open_workbook(path).sheet("Instrumenten")
    assert sheet.unread == {(2, 11): UnreadCell("#DIV/0!")}  # LibreOffice calculated the other formulas
    report = load(path).report
    assert [(p.cel, p.code) for p in report.problemen] == [("K2", "cel-zonder-waarde")]
    assert "#DIV/0!" in report.problemen[0].melding


def test_formula_scan_tells_stored_results_from_missing_ones(tmp_path, good):
    cells = (
        b'<c r="J2" t="str"><f>IF(A2="","","")</f><v></v></c>'  # an empty text result is a result
        b'<c r="K2"><f>1+1</f><v>2</v></c>'
        b'<c r="L2"><f t="shared" ref="L2:M2" si="0">A2&amp;"&lt;"</f></c>'
        b'<c r="M2"><f t="shared" si="0"/><v/></c>'
        b'<c r="N2" t="e"><f>NA()</f><v>#N/A</v></c>'
        b'<x:c r="O2" t="e"><x:v>#REF!</x:v></x:c>'
    )
    path = rewrite_part(
        good,
        tmp_path / "f.xlsx",
        "xl/worksheets/sheet1.xml",
        lambda d: d.replace(b"</row></sheetData>", cells + b"</row></sheetData>"),
    )
    assert open_workbook(path).sheet("Instrumenten").unread == {
        (2, 12): UnreadCell(None, '=A2&"<"'),
        (2, 13): UnreadCell(None, "="),
        (2, 14): UnreadCell("#N/A"),
        (2, 15): UnreadCell("#REF!"),
    }
