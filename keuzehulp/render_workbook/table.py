"""The Instrumenten sheet: one row per instrument in a filterable Excel table.

On screen a row is as high as its name and praktische kenmerken need (at most ``TABLE_LINES`` lines); the long
texts after them are read on the Instrumentkaart. The sheet prints the instruments with their basiskenmerken and
praktische kenmerken; every field, readably, is on the sheet "Instrumenten afdrukken".
"""

from __future__ import annotations

import math

from ..model import Instrument, Keuzematrix
from ..xlsxfile import row_height, text_lines
from .columns import name_width, safe_url
from .layout import FIRST_DATA_ROW0, FIT_HEADER, SELECTED, InstrumentTable
from .styles import FONT_SIZE, MARK_COLUMN_WIDTH, Styles, print_setup, rotated_height
from .xlsxwriter_internals import CachedFormula, Link, RowCell, StreamingWorksheet

TABLE_NAME = "Instrumententabel"
NAME_WIDTH = name_width()  # characters
WRAPPED = ("wrap", "link")  # column kinds whose text wraps
TABLE_LINES = 3  # the most lines a row of Instrumenten shows on screen; the Instrumentkaart shows everything
TABLE_PRINT_SCALE = 100  # per cent: the 9-point label headers print at 9 points


def write_instrumenten(sheet: StreamingWorksheet, matrix: Keuzematrix, table: InstrumentTable, styles: Styles) -> None:
    """Write the table of instruments."""
    fields = table.fields
    headers = [table.header("naam"), FIT_HEADER, *table.labels, *(c.header for c in fields)]
    sheet.set_column(0, 0, NAME_WIDTH, styles.name)
    sheet.set_column(1, 1, 8, styles.fits)
    sheet.set_column(table.first_mark, table.first_practical - 1, MARK_COLUMN_WIDTH, styles.mark)
    for col, column in enumerate(fields, start=table.first_practical):
        sheet.set_column(col, col, column.width, styles.by_kind[column.kind])
    sheet.set_row(1, rotated_height(table.labels))
    sheet.freeze_panes(FIRST_DATA_ROW0, 1)
    # Printed across as many pages as it takes at a readable size, each with the header and the names.
    print_setup(sheet, landscape=True)
    sheet.fit_to_pages(0, 0)
    sheet.set_print_scale(TABLE_PRINT_SCALE)
    sheet.print_across()
    sheet.repeat_rows(0, 1)
    sheet.repeat_columns(0)
    sheet.print_area(0, 0, table.last_row, table.first_content - 1)
    groups = (
        (0, 1, "Instrument"),
        (table.first_mark, table.first_kenmerk - 1, "Basiskenmerken: tegels"),
        (table.first_kenmerk, table.first_practical - 1, "Basiskenmerken: klantkenmerken"),
        (table.first_practical, table.first_content - 1, "Praktische kenmerken"),
        (table.first_content, table.last_col, "Inhoud en afspraken"),
    )
    for first, last, title in groups:
        sheet.merge_range(0, first, 0, last, title, styles.heading_center)
    header_styles = [styles.heading] * 2 + [styles.heading_vertical] * len(table.labels)
    header_styles += [styles.heading] * len(fields)
    sheet.add_table(
        1,
        0,
        table.last_row,
        table.last_col,
        {
            "name": TABLE_NAME,
            "style": "Table Style Light 9",
            "columns": [{"header": h, "header_format": s} for h, s in zip(headers, header_styles, strict=True)],
        },
    )
    for first, last in ((1, 1), (table.first_mark, table.first_practical - 1)):
        sheet.conditional_format(
            FIRST_DATA_ROW0,
            first,
            table.last_row,
            last,
            {"type": "cell", "criteria": "==", "value": f'"{SELECTED}"', "format": styles.chosen},
        )
    _write_instrument_rows(sheet, matrix, table, styles)


def _write_instrument_rows(
    sheet: StreamingWorksheet, matrix: Keuzematrix, table: InstrumentTable, styles: Styles
) -> None:
    """Write one row per instrument, as high as its name and praktische kenmerken need (at most ``TABLE_LINES``).

    Heights are set here because neither Excel nor LibreOffice refits rows when opening a file. Kept flat: it runs
    for every cell.
    """
    tegel_cols = {label: table.first_mark + i for i, label in enumerate(table.tegels)}
    kenmerk_cols = {label: table.first_kenmerk + i for i, label in enumerate(table.klantkenmerken)}
    fields = [
        (col, column.value, column.kind, styles.by_kind[column.kind])
        for col, column in enumerate(table.fields, start=table.first_practical)
    ]
    # (index in fields, width) of the wrapped praktische kenmerken: what sets a row's height
    sizing = [(i, column.width) for i, column in enumerate(table.practical) if column.kind in WRAPPED]
    for row, instrument in enumerate(matrix.instrumenten, start=FIRST_DATA_ROW0):
        values = [value_of(instrument) for _, value_of, _, _ in fields]
        lines = text_lines(instrument.naam, NAME_WIDTH, FONT_SIZE) if len(instrument.naam or "") > NAME_WIDTH else 1
        for index, width in sizing:
            value = values[index]
            # A value shorter than its column width takes one line: text_lines only for the others.
            if isinstance(value, str) and (len(value) > width or "\n" in value):
                lines = max(lines, text_lines(value, width, FONT_SIZE))
        if lines > 1:
            sheet.set_row(row, row_height(min(lines, TABLE_LINES), FONT_SIZE))
        cells: list[RowCell] = [(0, instrument.naam, styles.name)] if instrument.naam else []
        fits = f'=IF(ISNUMBER(Berekening!B{row + 1}),"{SELECTED}","nee")'
        cells.append((1, CachedFormula(fits, SELECTED), styles.fits))
        marks = [tegel_cols[label] for label in instrument.tegels if label in tegel_cols]
        marks += [kenmerk_cols[label] for label in instrument.klantkenmerken if label in kenmerk_cols]
        cells.extend((col, SELECTED, styles.mark) for col in sorted(marks))
        for (col, _, kind, style), value in zip(fields, values, strict=True):
            if value is None:
                continue
            if isinstance(value, str):
                cells.append(_content_cell(col, instrument, value, styles) if kind == "link" else (col, value, style))
            elif math.isfinite(value):
                cells.append((col, value, style))
        sheet.write_cells(row, cells)


def _content_cell(col: int, instrument: Instrument, text: str, styles: Styles) -> RowCell:
    """Return the aanvullende inhoud's cell: the text lists every address, the cell links to the first safe one."""
    url = next(filter(None, (safe_url(item.url) for item in instrument.aanvullende_inhoud)), None)
    return (col, Link(url, text), styles.link_wrap) if url else (col, text, styles.wrap)
