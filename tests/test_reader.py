"""Bad input ends in one Dutch problem (a fout), quickly and in bounded memory; never a traceback."""

from __future__ import annotations

import io
import time
import zipfile

import pytest

from keuzehulp.pipeline import load
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
