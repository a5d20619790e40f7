"""How Zoeken prints: on A4 portrait, at least 9 points, first the choices, then the results.

Zoeken's layout (search.py) puts the choices beside the results; printed side by side they would shrink to about
6 points. The print area therefore has two ranges, which Excel and LibreOffice print one after the other: the
choices and the praktische filters (the chosen ones highlighted, with their value), then the status line, the
header and the results from Nr. to Samenvatting: the columns that fit the width (search.py); the other fields of
each result are on Resultaatkaarten.
"""

from __future__ import annotations

import xlsxwriter
from xlsxwriter.utility import quote_sheetname, xl_range_abs

from .layout import Z_HEADER, Z_MATCHED_COL, Z_RANK_COL, InstrumentTable, filter_rows
from .xlsxwriter_internals import StreamingWorksheet

CHOICE_COLS = (0, 1)  # the labels and the 'ja' cells


def print_zoeken(workbook: xlsxwriter.Workbook, sheet: StreamingWorksheet, table: InstrumentTable) -> None:
    """Set Zoeken's print area (choices and filters, then results): A4 portrait, one page wide, headers repeated."""
    last_choice = filter_rows(table).stop - 1  # the tegels, the klantkenmerken and the praktische filters
    last_result = Z_HEADER + max(table.count, 1)
    result_cols = (Z_RANK_COL, Z_MATCHED_COL - 1)  # Nr. to Samenvatting; the rest is on Resultaatkaarten
    ranges = (
        xl_range_abs(Z_HEADER, CHOICE_COLS[0], last_choice, CHOICE_COLS[1]),
        xl_range_abs(Z_HEADER - 1, result_cols[0], last_result, result_cols[1]),
    )
    name = quote_sheetname(sheet.name)
    workbook.define_name(f"{name}!_xlnm.Print_Area", "=" + ",".join(f"{name}!{r}" for r in ranges))
    sheet.set_paper(9)
    sheet.set_portrait()
    sheet.fit_to_pages(1, 0)
    sheet.repeat_rows(Z_HEADER)
