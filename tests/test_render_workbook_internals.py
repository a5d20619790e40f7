"""StreamingWorksheet (keuzehulp/render_workbook/xlsxwriter_internals.py) writes the same bytes as XlsxWriter.

The module overrides XlsxWriter internals for speed. Each test writes the same cells once through XlsxWriter's own
Worksheet in constant_memory mode and once through StreamingWorksheet, and compares the sheet XML; a new XlsxWriter
that changes what it writes makes these fail before any workbook differs."""

from __future__ import annotations

import datetime
import functools
import os
import zipfile
from pathlib import Path

import pytest
import xlsxwriter
from openpyxl import load_workbook
from xlsxwriter import workbook as xlsxwriter_workbook
from xlsxwriter.worksheet import Worksheet

from keuzehulp.render_workbook.xlsxwriter_internals import (
    COMPRESS_LEVEL,
    CachedFormula,
    Link,
    StreamingWorkbook,
    StreamingWorksheet,
    ThreadedZipFile,
    write_cached_formula,
)

TEXTS = [
    "gewoon",
    " spatie voor",
    "spatie na ",
    "\tbegint met tab",
    "a & b < c > d \"quote\" 'apostrof'",
    "regel\nregel",
    "stuur\x01teken",
    "\x1f",
    "letterlijk _x0041_ escape",
    "<r>geen rich string</r>",
    "niet-teken \ufffe en \uffff",
    "€ ë ß 漢字 😀",
    "=1+1",
    "",
]
NUMBERS = [0, 1, -1, 3.5, 1e-7, 123456789012345678, 2.675, 1 / 3]
VALUES = ["", "tekst & <meer>", "#N/A", "#DIV/0!", 0, 7, 2.5, "stuur\x02teken", True, False]


def sheet_xml(path: Path, worksheet_class: type[Worksheet], fill) -> bytes:
    workbook = xlsxwriter.Workbook(str(path), {"constant_memory": True, "strings_to_formulas": False})
    sheet = workbook.add_worksheet("Blad", worksheet_class=worksheet_class)
    fill(workbook, sheet)
    workbook.close()
    with zipfile.ZipFile(path) as archive:
        return archive.read("xl/worksheets/sheet1.xml")


def same_xml(tmp_path: Path, fill) -> bytes:
    expected = sheet_xml(tmp_path / "xlsxwriter.xlsx", Worksheet, fill)
    actual = sheet_xml(tmp_path / "streaming.xlsx", StreamingWorksheet, fill)
    assert actual == expected
    return actual


def test_strings_numbers_and_formulas_give_xlsxwriters_bytes(tmp_path):
    def fill(workbook, sheet):
        bold = workbook.add_format({"bold": True})
        row_format = workbook.add_format({"italic": True})
        column_format = workbook.add_format({"num_format": "0.00"})
        sheet.set_column(2, 2, 12, column_format)
        sheet.set_row(1, 30, row_format)
        for row, text in enumerate(TEXTS):
            sheet.write_string(row, 0, text, bold if row % 2 else None)
            sheet.write_string(row, 2, text)
            sheet.write_string(row, 30, text)
        for row, number in enumerate(NUMBERS):
            sheet.write_number(row, 1, number, bold if row % 3 == 0 else None)
            sheet.write_number(row, 2, number)
        for row, value in enumerate(VALUES):
            formula = f'=IF(A{row + 1}="x","a&b",{row})'
            sheet.write_formula(row, 3, formula, bold if row % 2 else None, value)
        sheet.write_url(2, 4, "https://example.nl/?a=1&b=2", string="link & meer")
        sheet.write_blank(3, 4, None, bold)
        sheet.write_boolean(4, 4, True)
        sheet.set_row(40, 50)
        sheet.write_string(41, 0, "na een lege rij met hoogte")

    xml = same_xml(tmp_path, fill).decode()
    assert "a &amp; b &lt; c &gt; d" in xml and "_x0001_" in xml, "both the fast and the careful path were used"


def test_cached_formula_values_lose_only_the_characters_xml_cannot_hold(tmp_path):
    path = tmp_path / "waarden.xlsx"
    workbook = xlsxwriter.Workbook(str(path), {"constant_memory": True})
    sheet = workbook.add_worksheet("Blad", worksheet_class=StreamingWorksheet)
    write_cached_formula(sheet, 0, 0, '="a"', "a\x01b\tc\nd\ufffe")
    workbook.close()
    assert load_workbook(path, data_only=True)["Blad"]["A1"].value == "ab\tc\nd"


def test_a_table_is_xlsxwriters_table_without_an_entry_per_cell(tmp_path):
    columns = [{"header": f"Kop {i}"} for i in range(5)]
    options = {"name": "Tabel", "style": "Table Style Light 9", "columns": columns}
    tables = {}
    for mode, worksheet_class in (("normal", Worksheet), ("streaming", StreamingWorksheet)):
        path = tmp_path / f"{mode}.xlsx"
        workbook = xlsxwriter.Workbook(str(path), {"constant_memory": mode == "streaming"})
        sheet = workbook.add_worksheet("Blad", worksheet_class=worksheet_class)
        sheet.add_table(1, 0, 1000, 4, options)
        for row in range(2, 1001):
            sheet.write_number(row, 0, row)
        tables[mode] = len(sheet.table_cells)
        workbook.close()
        with zipfile.ZipFile(path) as archive:
            tables[mode, "xml"] = archive.read("xl/tables/table1.xml")
    assert tables["normal", "xml"] == tables["streaming", "xml"]
    assert tables["normal"] == 1000 * len(columns)
    assert tables["streaming"] <= 2 * len(columns), "one entry per cell of the table range"
    (table,) = load_workbook(tmp_path / "streaming.xlsx")["Blad"].tables.values()
    assert table.ref == table.autoFilter.ref == "A2:E1001"
    assert [c.name for c in table.tableColumns] == [c["header"] for c in columns]


@pytest.mark.parametrize("option", [{"total_row": True}, {"data": [[1]]}, {"autofilter": False}])
def test_a_table_with_options_it_would_write_wrongly_is_refused(tmp_path, option):
    workbook = xlsxwriter.Workbook(str(tmp_path / "x.xlsx"), {"constant_memory": True})
    sheet = workbook.add_worksheet("Blad", worksheet_class=StreamingWorksheet)
    with pytest.raises(ValueError, match="only a table"):
        sheet.add_table(0, 0, 10, 1, {"columns": [{"header": "a"}, {"header": "b"}], **option})
    workbook.close()


def _rows_of_every_kind(workbook):
    """Rows of (column, value, format): strings, numbers and cached formulas, with and without formats."""
    bold = workbook.add_format({"bold": True})
    long_text = "lang " * 7000 + "😀" * 2000  # beyond the 32,767 UTF-16 units a cell holds
    rows = {}
    for row, text in enumerate([*TEXTS, long_text]):
        number = NUMBERS[row % len(NUMBERS)]
        value = VALUES[row % len(VALUES)]
        formula = CachedFormula(f'=IF(A{row + 1}="x","a&b",{row})', value)
        rows[row] = [(0, text, bold if row % 2 else None), (1, number, None), (2, formula, bold), (30, text, None)]
    return rows


def _fill_formats(workbook, sheet):
    sheet.set_column(2, 2, 12, workbook.add_format({"num_format": "0.00"}))
    sheet.set_row(1, 30, workbook.add_format({"italic": True}))
    sheet.set_row(3, 45)
    sheet.set_row(20, 50)  # a row with a height and no cells


def test_write_cells_gives_the_bytes_of_writing_each_cell(tmp_path):
    def one_by_one(workbook, sheet):
        _fill_formats(workbook, sheet)
        for row, cells in _rows_of_every_kind(workbook).items():
            if row == 4:
                sheet.write_url(row, 5, "https://example.nl/?a=1&b=2", string="link & meer")
            if row == 6:
                sheet.write_url(row, 7, "mailto:a@example.nl", string="mail & meer")
            for col, value, cell_format in cells:
                if isinstance(value, CachedFormula):
                    write_cached_formula(sheet, row, col, value.formula, value.value, cell_format)
                elif isinstance(value, str):
                    sheet.write_string(row, col, value, cell_format)
                else:
                    sheet.write_number(row, col, value, cell_format)
        sheet.write_string(22, 0, "na een lege rij met hoogte")

    def at_once(workbook, sheet):
        _fill_formats(workbook, sheet)
        for row, cells in _rows_of_every_kind(workbook).items():
            if row == 4:  # a hyperlink buffered in the row before the rest of it
                sheet.write_url(row, 5, "https://example.nl/?a=1&b=2", string="link & meer")
            if row == 6:
                cells = [*cells[:3], (7, Link("mailto:a@example.nl", "mail & meer"), None), *cells[3:]]
            sheet.write_cells(row, cells)
        sheet.write_cells(22, [(0, "na een lege rij met hoogte", None)])

    expected = sheet_xml(tmp_path / "een-voor-een.xlsx", StreamingWorksheet, one_by_one)
    assert sheet_xml(tmp_path / "per-rij.xlsx", StreamingWorksheet, at_once) == expected
    assert sheet_xml(tmp_path / "xlsxwriter.xlsx", Worksheet, one_by_one) == expected


def test_write_cells_refuses_what_would_lose_a_cell(tmp_path):
    workbook = xlsxwriter.Workbook(str(tmp_path / "x.xlsx"), {"constant_memory": True})
    sheet = workbook.add_worksheet("Blad", worksheet_class=StreamingWorksheet)
    sheet.write_cells(3, [(0, "a", None)])
    with pytest.raises(ValueError, match="already been written"):
        sheet.write_cells(3, [(1, "b", None)])
    with pytest.raises(ValueError, match="column order"):
        sheet.write_cells(4, [(2, "b", None), (1, "c", None)])
    sheet.write_cells(5, [(0, "a", None)])
    sheet.write_string(5, 1, "te laat")
    with pytest.raises(ValueError, match="a cell came after it"):
        sheet.write_string(6, 0, "volgende rij")
    sheet.table.clear()
    workbook.close()


def test_write_cells_refuses_a_value_it_cannot_write(tmp_path):
    workbook = xlsxwriter.Workbook(str(tmp_path / "x.xlsx"), {"constant_memory": True})
    sheet = workbook.add_worksheet("Blad", worksheet_class=StreamingWorksheet)
    with pytest.raises(TypeError, match="cannot write a bool"):
        sheet.write_cells(0, [(0, True, None)])
    sheet.table.clear()
    workbook.close()


def test_the_threaded_zip_file_has_the_bytes_of_zipfile_at_the_same_level(tmp_path):
    sources = {"klein.xml": b"<a/>", "leeg.xml": b"", "groot.xml": b"<rij>waarde &amp; meer</rij>\n" * 200_000}
    for name, data in sources.items():
        (tmp_path / name).write_bytes(data)
        os.utime(tmp_path / name, (318_000_000, 318_000_000))  # in 1980: zip dates start there
    written = {}
    for kind in (zipfile.ZipFile, ThreadedZipFile):
        path = tmp_path / f"{kind.__name__}.zip"
        with kind(path, "w", compression=zipfile.ZIP_DEFLATED, compresslevel=COMPRESS_LEVEL) as archive:
            for name in sources:
                archive.write(tmp_path / name, f"xl/{name}")
        written[kind] = path.read_bytes()
    assert written[ThreadedZipFile] == written[zipfile.ZipFile]
    with zipfile.ZipFile(tmp_path / "ThreadedZipFile.zip") as archive:
        assert archive.testzip() is None
        assert {n: archive.read(n) for n in archive.namelist()} == {f"xl/{n}": d for n, d in sources.items()}


def test_a_workbook_is_packed_as_zipfile_packs_it_at_the_compression_level(tmp_path, monkeypatch):
    def fill(workbook):
        workbook.set_properties({"created": datetime.datetime(2026, 1, 1)})  # else the clock's second
        sheet = workbook.add_worksheet("Blad", worksheet_class=StreamingWorksheet)
        for row in range(2000):
            sheet.write_cells(row, [(0, f"waarde {row}", None), (1, row, None)])
        workbook.close()

    fill(StreamingWorkbook(str(tmp_path / "werkmap.xlsx"), {"constant_memory": True}))
    monkeypatch.setattr(
        xlsxwriter_workbook, "ZipFile", functools.partial(zipfile.ZipFile, compresslevel=COMPRESS_LEVEL)
    )
    fill(xlsxwriter.Workbook(str(tmp_path / "zipfile.xlsx"), {"constant_memory": True}))
    assert (tmp_path / "werkmap.xlsx").read_bytes() == (tmp_path / "zipfile.xlsx").read_bytes()
