"""The sheet Wijzigingen: what changed since the previous version of the keuzematrix (``build --vorige``)."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from ..xlsxfile import row_height, text_lines
from .styles import FONT_SIZE, TITLE_HEIGHT, Styles, print_setup
from .xlsxwriter_internals import StreamingWorksheet

if TYPE_CHECKING:
    from ..diff import Wijzigingen

CHANGES_SHEET = "Wijzigingen"
# Wijziging, Instrument, Veld, Oud, Nieuw (characters)
WIDTHS = (13, 32, 22, 50, 50)
HEADERS = ("Wijziging", "Instrument", "Veld", "Oud", "Nieuw")


def write_wijzigingen(sheet: StreamingWorksheet, changes: Wijzigingen, styles: Styles) -> None:
    """Write the counts and then one row per change, under a filterable header; file names without their folder."""
    for col, width in enumerate(WIDTHS):
        sheet.set_column(col, col, width)
    print_setup(sheet, landscape=True)
    sheet.set_row(0, TITLE_HEIGHT)
    sheet.write_string(0, 0, "Wijzigingen sinds de vorige versie", styles.title)
    intro = (
        f"Vergeleken: {Path(changes.oud).name} (vorige versie) met {Path(changes.nieuw).name} (deze versie). "
        "Een instrument dat alleen van rij is verschoven, telt niet als wijziging."
    )
    sheet.set_row(1, row_height(2, FONT_SIZE))
    sheet.merge_range(1, 0, 1, len(WIDTHS) - 1, intro, styles.intro)
    row = 2
    for note in changes.notes(lambda bestand: Path(bestand).name):
        sheet.write_string(row, 0, f"Let op: {note}", styles.note)
        row += 1
    row += 1
    sheet.write_string(row, 0, "Wijziging", styles.heading)
    sheet.write_string(row, 1, "Aantal instrumenten", styles.heading)
    for kind, number in changes.counts():
        row += 1
        sheet.write_string(row, 0, kind, styles.label_bold)
        sheet.write_number(row, 1, number, styles.count)
    row += 2
    header_row = row
    for col, header in enumerate(HEADERS):
        sheet.write_string(row, col, header, styles.heading)
    rows = changes.rows()
    if not rows:
        sheet.write_string(row + 1, 0, changes.summary(), styles.note)
        return
    for values in rows:
        row += 1
        lines = max(text_lines(v, width, FONT_SIZE) for v, width in zip(values, WIDTHS, strict=True))
        sheet.set_row(row, row_height(lines, FONT_SIZE))
        for col, value in enumerate(values):
            sheet.write_string(row, col, value, styles.label_bold if col == 1 else styles.label)
    sheet.autofilter(header_row, 0, row, len(WIDTHS) - 1)
    sheet.freeze_panes(header_row + 1, 0)
