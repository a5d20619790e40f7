"""Resultaatkaarten: the Instrumentkaart of every result row of Zoeken, so that a click on a result opens its card.

A link cannot set a cell, so instead of changing ``gekozen_instrument`` each result row k of Zoeken links to card
block k here, which shows the instrument in that row: its rows read the position in Zoeken's hidden column.
"""

from __future__ import annotations

from xlsxwriter.utility import xl_col_to_name

from ..model import Keuzematrix
from ..selection import select, shown
from .card import CARD, write_card_rows
from .layout import Z_HEADER, Z_POSITION_COL, Z_RESULT_COL, InstrumentTable
from .styles import TITLE_HEIGHT, Styles, print_setup
from .xlsxwriter_internals import StreamingWorksheet, write_cached_formula

BLOCK = len(CARD) + 2  # the title row, the card's rows, the row with the link back


def card_block_row(rank: int) -> int:
    """Return the 0-based row of Resultaatkaarten where the card of result ``rank`` starts."""
    return (rank - 1) * BLOCK


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
    sheet.set_h_pagebreaks([card_block_row(rank) for rank in range(2, len(results) + 1)])
    column = xl_col_to_name(Z_POSITION_COL)
    for rank, (instrument, _) in enumerate(results, start=1):
        top, zoeken_row = card_block_row(rank), Z_HEADER + rank + 1
        position = f"Zoeken!${column}${zoeken_row}"
        sheet.set_row(top, TITLE_HEIGHT)
        title = f'=IF({position}="","Resultaat {rank}: geen instrument","{rank}. "&INDEX(namen,{position}))'
        write_cached_formula(sheet, top, 0, title, f"{rank}. {instrument.naam or ''}", styles.title)
        write_card_rows(sheet, table, styles, lines, instrument, top + 1, position)
        back = f'=HYPERLINK("#Zoeken!{xl_col_to_name(Z_RESULT_COL)}{zoeken_row}","Terug naar de resultaten")'
        write_cached_formula(sheet, top + BLOCK - 1, 0, back, "Terug naar de resultaten", styles.link)
