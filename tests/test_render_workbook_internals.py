"""StreamingWorksheet (keuzehulp/render_workbook/xlsxwriter_internals.py) writes the same bytes as XlsxWriter.

The module overrides XlsxWriter internals for speed. Each test writes the same cells once through XlsxWriter's own
Worksheet in constant_memory mode and once through StreamingWorksheet, and compares the sheet XML; a new XlsxWriter
that changes what it writes makes these fail before any workbook differs."""

from __future__ import annotations

import zipfile
from pathlib import Path

import pytest
import xlsxwriter
from openpyxl import load_workbook
from xlsxwriter.worksheet import Worksheet

from keuzehulp.render_workbook.xlsxwriter_internals import StreamingWorksheet, write_cached_formula

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
VALUES = ["", "tekst & <meer>", "#N/A", "#DIV/0!", 0, 7, 2.5, "stuur\x02teken"]


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
