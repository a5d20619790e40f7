"""The sheet "Instrumenten afdrukken": every instrument with all its filled-in fields, readable on A4 portrait.

Instrumenten holds some sixty columns and cannot be printed readably; here each instrument is a block of
label and value rows in the layout of the Instrumentkaart, internal fields under an "Intern" heading.
"""

from __future__ import annotations

import math
from typing import cast

from ..fields import NUMBER_KINDS
from ..model import Instrument, Keuzematrix, format_number
from ..xlsxfile import chars_per_line, row_height, text_lines
from .card import INTERN_HEADING, CardRow, card_of, set_card_columns, write_section
from .layout import InstrumentTable
from .styles import FONT_SIZE, PORTRAIT_WIDTHS, TITLE_HEIGHT, Styles, print_setup
from .xlsxwriter_internals import StreamingWorksheet

PRINT_SHEET = "Instrumenten afdrukken"
# The most instruments the sheet holds: about as many pages of A4. Writing every one would make the whole workbook
# several times slower to write at 10,000 instruments, for a print nobody makes (docs/werkmap.md, "Snelheid").
PRINT_LIMIT = 1_000
# Printed at 90 %: 10-point text at 9 points, and the 82 characters of PORTRAIT_WIDTHS fit A4 also in LibreOffice.
# A fixed scale, because Excel ignores page breaks when it fits a sheet to the page.
PRINT_SCALE = 90
# Points of rows per page at that scale, with room to spare (A4 is 842 points; margins and footer take 79): an
# instrument that fits on a page starts on a new page rather than being split.
PAGE_HEIGHT = 740
DEFAULT_ROW_HEIGHT = 15  # points: a row without a height of its own (Calibri 11, the workbook's default font)
SECTION_HEIGHT = 24  # points: see card.write_section
PRINT_NOTE = (
    "Elk instrument met al zijn ingevulde gegevens, in de volgorde van de keuzematrix. Wat onder "
    f"'{INTERN_HEADING}' staat, deelt u niet met de cliënt."
)


def print_note(count: int) -> str:
    """Return the note under the title: what the sheet holds, for a keuzematrix of ``count`` instruments."""
    if count <= PRINT_LIMIT:
        return PRINT_NOTE
    return (
        f"{PRINT_NOTE} Dit blad toont de eerste {format_number(PRINT_LIMIT)} van de {format_number(count)} "
        "instrumenten; druk een ander instrument af met de Instrumentkaart."
    )


def write_afdruk(
    sheet: StreamingWorksheet, matrix: Keuzematrix, table: InstrumentTable, styles: Styles
) -> dict[str, int]:
    """Write each instrument as a block of its filled-in fields; return per card part the most lines a value needs.

    The print sheet and the cards share their column widths, so the line counts, taken over all instruments
    (also those past ``PRINT_LIMIT``), also size the cards' rows.
    """
    card = card_of(table)
    public = [row for _, _, rows in card.sections for row in rows]
    set_card_columns(sheet)
    print_setup(sheet, landscape=False)
    sheet.set_print_scale(PRINT_SCALE)
    sheet.set_row(0, TITLE_HEIGHT)
    sheet.write_string(0, 0, "Alle instrumenten om af te drukken", styles.title)
    note = print_note(len(matrix.instrumenten))
    note_height = row_height(text_lines(note, sum(PORTRAIT_WIDTHS), FONT_SIZE), FONT_SIZE)
    sheet.set_row(1, note_height)
    sheet.merge_range(1, 0, 1, 1, note, styles.note_wrap)
    lines: dict[str, int] = {}
    row, used, breaks = 3, TITLE_HEIGHT + note_height + DEFAULT_ROW_HEIGHT, []
    for index, instrument in enumerate(matrix.instrumenten):
        if index >= PRINT_LIMIT:
            _widen(lines, card.rows, instrument)
            continue
        shown = [(card_row, card_row.value(instrument)) for card_row in public]
        intern = [(card_row, card_row.value(instrument)) for card_row in card.intern]
        shown = [(card_row, value) for card_row, value in shown if _filled(value)]
        intern = [(card_row, value) for card_row, value in intern if _filled(value)]
        heights = [_lines(card_row, value, lines) for card_row, value in (*shown, *intern)]
        height = _block_height(heights, bool(intern))
        if used + height > PAGE_HEIGHT and used > 0:
            breaks.append(row)
            used = 0
        used += height
        write_section(sheet, row, instrument.naam or "(zonder naam)", styles.section)
        row = _write_pairs(sheet, row + 1, shown, heights, styles, internal=False)
        if intern:
            write_section(sheet, row, INTERN_HEADING, styles.intern_section)
            row = _write_pairs(sheet, row + 1, intern, heights[len(shown) :], styles, internal=True)
        row += 1
    sheet.set_h_pagebreaks(breaks)
    return lines


def _block_height(heights: list[int], intern: bool) -> float:
    """Return the points an instrument's block takes: its name, rows of ``heights`` lines, Intern heading, a gap."""
    rows = sum(row_height(lines, FONT_SIZE) if lines > 1 else DEFAULT_ROW_HEIGHT for lines in heights)
    return SECTION_HEIGHT * (2 if intern else 1) + rows + DEFAULT_ROW_HEIGHT


def _filled(value: str | float | None) -> bool:
    """Return True when ``value`` is something to print (a number that is not infinite or NaN, or some text)."""
    return bool(value) if isinstance(value, str) else value is not None and math.isfinite(value)


def _lines(card_row: CardRow, value: str | float | None, most: dict[str, int]) -> int:
    """Return the lines ``value`` needs in the value column, and keep the most per part in ``most``."""
    needed = text_lines(value, PORTRAIT_WIDTHS[1], FONT_SIZE)
    key = card_row.part.key
    if needed > most.get(key, 1):
        most[key] = needed
    return needed


def _widen(most: dict[str, int], rows: tuple[CardRow, ...], instrument: Instrument) -> None:
    """Keep in ``most`` the lines the values of ``instrument`` need, as :func:`_lines` does.

    A value of one line that is no longer than ``most`` lines of characters cannot need more, so only the others
    are measured: the instruments past ``PRINT_LIMIT`` are only measured.
    """
    per_line = chars_per_line(PORTRAIT_WIDTHS[1], FONT_SIZE)
    for card_row in rows:
        if card_row.kind in NUMBER_KINDS:
            continue
        value = card_row.value(instrument)
        if isinstance(value, str) and ("\n" in value or len(value) > per_line * most.get(card_row.part.key, 1)):
            _lines(card_row, value, most)


def _write_pairs(
    sheet: StreamingWorksheet,
    row: int,
    pairs: list[tuple[CardRow, str | float | None]],
    heights: list[int],
    styles: Styles,
    internal: bool,
) -> int:
    """Write label and value rows from ``row``; return the next free row."""
    label_style = styles.intern_label if internal else styles.card_label
    for (card_row, value), lines in zip(pairs, heights, strict=False):
        if lines > 1:
            sheet.set_row(row, row_height(lines, FONT_SIZE))
        if isinstance(value, str):
            style = styles.intern_value if internal else styles.card_value
        elif card_row.kind == "euro":
            style = styles.intern_euro if internal else styles.card_euro
        else:
            style = styles.intern_number if internal else styles.card_number
        sheet.write_cells(row, [(0, card_row.label, label_style), (1, cast(str | float, value), style)])  # filled
        row += 1
    return row
