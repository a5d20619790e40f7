"""Resultaatkaarten: the Instrumentkaart of every result row of Zoeken, so that a click on a result opens its card.

A link cannot set a cell, so instead of changing ``gekozen_instrument`` each result row k of Zoeken links to card
block k here, which shows the instrument in that row: its rows read the position in Zoeken's hidden column.
"""

from __future__ import annotations

from xlsxwriter.utility import xl_col_to_name

from ..model import Keuzematrix
from ..selection import select, shown
from .card import INTERN_HEADING, Card, card_of, shown_lines, write_card_rows, write_section
from .layout import Z_HEADER, Z_POSITION_COL, Z_RESULT_COL, InstrumentTable
from .styles import TITLE_HEIGHT, Styles, print_setup
from .xlsxwriter_internals import StreamingWorksheet, write_cached_formula


def block_size(card: Card) -> int:
    """Return the rows of one card block: the title, each section with its rows, the Intern block, the link back."""
    return 1 + sum(1 + len(rows) for _, _, rows in card.sections) + 1 + len(card.intern) + 1


def card_block_row(rank: int, table: InstrumentTable) -> int:
    """Return the 0-based row of Resultaatkaarten where the card of result ``rank`` starts."""
    return (rank - 1) * block_size(card_of(table))


def write_result_cards(
    sheet: StreamingWorksheet, matrix: Keuzematrix, table: InstrumentTable, styles: Styles, lines: dict[str, int]
) -> None:
    """Write one card per result row of Zoeken, each on its own page; rows sized as on the Instrumentkaart."""
    sheet.set_column(0, 0, 24)
    sheet.set_column(1, 1, 88)
    print_setup(sheet, landscape=False)
    results = shown(select(matrix.instrumenten))
    if not results:
        sheet.write_string(0, 0, "Er zijn geen instrumenten, dus ook geen kaarten.", styles.note)
        return
    card = card_of(table)
    sheet.set_h_pagebreaks([(rank - 1) * block_size(card) for rank in range(2, len(results) + 1)])
    lines = shown_lines(card.rows, lines)
    column = xl_col_to_name(Z_POSITION_COL)
    for rank, (instrument, _) in enumerate(results, start=1):
        top, zoeken_row = (rank - 1) * block_size(card), Z_HEADER + rank + 1
        position = f"Zoeken!${column}${zoeken_row}"
        sheet.set_row(top, TITLE_HEIGHT)
        title = f'=IF({position}="","Resultaat {rank}: geen instrument","{rank}. "&INDEX(namen,{position}))'
        write_cached_formula(sheet, top, 0, title, f"{rank}. {instrument.naam or ''}", styles.title)
        row = top + 1
        for heading, _, rows in card.sections:
            write_section(sheet, row, heading, styles.section)
            row = write_card_rows(sheet, row + 1, rows, instrument, lines, styles, internal=False, position=position)
        write_section(sheet, row, INTERN_HEADING, styles.intern_section)
        row = write_card_rows(sheet, row + 1, card.intern, instrument, lines, styles, internal=True, position=position)
        back = f'=HYPERLINK("#Zoeken!{xl_col_to_name(Z_RESULT_COL)}{zoeken_row}","Terug naar de resultaten")'
        write_cached_formula(sheet, row, 0, back, "Terug naar de resultaten", styles.link)
