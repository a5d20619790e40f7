"""The "Kaart voor cliënt": the instrument chosen on the Instrumentkaart, with only what a cliënt may read.

Which rows it has follows the cliënt site exactly: ``keuzehulp.audience.client_fields`` under the organisation's
settings. Internal fields are not hidden on it but absent: no cell refers to them.
"""

from __future__ import annotations

from ..audience import client_fields
from ..model import Instrument, Keuzematrix
from ..xlsxfile import row_height, text_lines
from .card import card_of, set_card_columns, shown_lines, write_card_rows, write_section
from .layout import InstrumentTable
from .styles import FONT_SIZE, PORTRAIT_WIDTHS, Styles, print_setup
from .xlsxwriter_internals import StreamingWorksheet, write_cached_formula

CLIENT_SHEET = "Kaart voor cliënt"
INTRO = (
    "Dit instrument heb je samen met je klantmanager of werkcoach bekeken. Hier lees je wat het is, voor wie het "
    "is en hoe het gaat."
)
QUESTIONS = "Vragen? Of wil je je aanmelden? Vraag het je klantmanager of werkcoach."


def write_client_kaart(
    sheet: StreamingWorksheet, matrix: Keuzematrix, table: InstrumentTable, styles: Styles, lines: dict[str, int]
) -> None:
    """Write the cliënt card: a link back to the choice, the name, then the sections a cliënt may read."""
    shown = set(client_fields(matrix.instellingen))
    sections = [
        (heading, tuple(row for row in rows if row.part.key in shown and not row.internal))
        for _, heading, rows in card_of(table).sections
    ]
    sections = [(heading, rows) for heading, rows in sections if rows]
    first = matrix.instrumenten[0] if matrix.instrumenten else Instrument(id="", naam="")
    last = 4 + sum(len(rows) + 1 for _, rows in sections) + 1
    set_card_columns(sheet)
    print_setup(sheet, landscape=False, pages_high=1)
    sheet.print_area(1, 0, last, 1)  # the first row is for the professional only
    sheet.write_url(0, 0, "internal:'Instrumentkaart'!B2", styles.link, string="Ander instrument kiezen")
    sheet.write_string(
        0, 1, "Deze kaart toont het instrument van de Instrumentkaart, zonder interne gegevens.", styles.note
    )
    sheet.set_row(1, 30)
    sheet.merge_range(1, 0, 1, 1, "", styles.title)
    write_cached_formula(sheet, 1, 0, '=IFERROR(INDEX(namen,kaart_positie)&"","")', first.naam or "", styles.title)
    sheet.set_row(2, row_height(text_lines(INTRO, sum(PORTRAIT_WIDTHS), FONT_SIZE), FONT_SIZE))
    sheet.merge_range(2, 0, 2, 1, INTRO, styles.intro)
    lines = shown_lines(tuple(row for _, rows in sections for row in rows), lines)
    row = 4
    for heading, rows in sections:
        write_section(sheet, row, heading, styles.section)
        row = write_card_rows(sheet, row + 1, rows, first, lines, styles, internal=False)
    sheet.write_string(row + 1, 0, QUESTIONS, styles.note)
