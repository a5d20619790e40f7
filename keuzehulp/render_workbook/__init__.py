"""Render stage: ``keuzehulp.xlsx``, the workbook in which professionals look for a fitting instrument.

Sheets: ``Begin hier`` (three steps, links, which keuzematrix), ``Zoeken`` (step 1: tegels and klantkenmerken),
``Instrumenten`` (step 2: a filterable table), ``Instrumentkaart`` (one instrument on one A4, internal fields in an
Intern block), ``Kaart voor cliënt`` (the same instrument without them), ``Resultaatkaarten`` (the card of each result
of Zoeken), ``Overzicht`` (where the offer is thin),
``Toelichting``, ``Instrumenten afdrukken`` (every instrument, readable on A4), and the hidden ``Berekening`` that
scores every instrument for the search and ``Kaartgegevens`` (the contactpersonen split by soort). Every sheet but
Instrumenten, which must stay sortable and filterable, is protected without a password: only the input cells can
be changed. Only functions that Excel 2016 and LibreOffice 7.4 both have are used (see ``FUNCTIONS`` and
docs/werkmap.md).

Every formula carries the value it has with nothing selected, computed here, so that previews and
programs that do not recalculate show the right results. Text from the keuzematrix is always written
as a string cell, never as a formula, and only http, https, mailto and tel addresses become links.
The workbook is written in XlsxWriter's constant_memory mode, so every sheet is written row by row.
"""

from __future__ import annotations

from pathlib import Path

from ..model import Keuzematrix, reproducible_timestamp
from . import client_card, printsheet, start
from .card import DETAILS_SHEET, card_values, write_details, write_kaart
from .changes import CHANGES_SHEET, write_wijzigingen
from .columns import safe_url
from .layout import RESULT_CARDS, defined_names, instrument_table
from .overview import write_overzicht, write_toelichting
from .result_cards import write_result_cards
from .search import write_berekening, write_zoeken
from .search_print import print_zoeken
from .styles import Styles, protect
from .table import write_instrumenten
from .xlsxwriter_internals import StreamingWorkbook, StreamingWorksheet

# What tests and benchmarks use besides write.
__all__ = ["FILENAME", "FUNCTIONS", "card_values", "instrument_table", "safe_url", "write", "write_workbook"]

FILENAME = "keuzehulp.xlsx"
SHEETS = (
    start.START_SHEET,
    "Zoeken",
    "Instrumenten",
    "Instrumentkaart",
    client_card.CLIENT_SHEET,
    RESULT_CARDS,
    "Overzicht",
    "Toelichting",
    printsheet.PRINT_SHEET,
    "Berekening",
    DETAILS_SHEET,
)
HIDDEN_SHEETS = ("Berekening", DETAILS_SHEET)
UNPROTECTED = ("Instrumenten",)  # an Excel table: sorting and filtering need unlocked cells in Excel
# The only functions the formulas use; all exist in Excel 2007 and LibreOffice 7.4 (a test enforces this list).
FUNCTIONS = frozenset(
    "AND COUNT COUNTIF COUNTIFS EXACT FIND HYPERLINK IF IFERROR INDEX INT ISNUMBER LARGE MATCH MID MOD OR SEARCH SUMIF "
    "SUMPRODUCT".split()
)


def write(matrix: Keuzematrix, folder: Path) -> None:
    """Write ``keuzehulp.xlsx`` for ``matrix`` into ``folder``."""
    write_workbook(matrix, Path(folder) / FILENAME)


def write_workbook(matrix: Keuzematrix, path: Path) -> Path:
    """Write the professional workbook for ``matrix`` to ``path`` and return ``path``."""
    table = instrument_table(matrix)
    workbook = StreamingWorkbook(
        str(path),
        {"constant_memory": True, "strings_to_numbers": False, "strings_to_formulas": False, "strings_to_urls": False},
    )
    workbook.set_properties(properties_of(matrix))
    styles = Styles(workbook, matrix)
    sheets = {name: workbook.add_worksheet(name, worksheet_class=StreamingWorksheet) for name in SHEETS}
    for name, reference in defined_names(table).items():
        workbook.define_name(name, reference)
    start.write_begin_hier(sheets[start.START_SHEET], matrix, styles, SHEETS)
    write_zoeken(sheets["Zoeken"], matrix, table, styles)
    print_zoeken(workbook, sheets["Zoeken"], table)
    write_instrumenten(sheets["Instrumenten"], matrix, table, styles)
    lines = printsheet.write_afdruk(sheets[printsheet.PRINT_SHEET], matrix, table, styles)
    write_kaart(sheets["Instrumentkaart"], matrix, table, styles, lines)
    client_card.write_client_kaart(sheets[client_card.CLIENT_SHEET], matrix, table, styles, lines)
    write_result_cards(sheets[RESULT_CARDS], matrix, table, styles, lines)
    write_overzicht(workbook, sheets["Overzicht"], matrix, table, styles)
    write_toelichting(sheets["Toelichting"], matrix, table, styles)
    write_berekening(sheets["Berekening"], matrix, table)
    write_details(sheets[DETAILS_SHEET], matrix)
    if matrix.wijzigingen is not None:  # last, and like Instrumenten a filterable table, so not protected
        write_wijzigingen(
            workbook.add_worksheet(CHANGES_SHEET, worksheet_class=StreamingWorksheet), matrix.wijzigingen, styles
        )
    for name, sheet in sheets.items():
        if name not in UNPROTECTED:
            protect(sheet)
    for name in HIDDEN_SHEETS:
        sheets[name].hide()
    sheets[start.START_SHEET].activate()
    workbook.close()
    return path


def properties_of(matrix: Keuzematrix) -> dict[str, object]:
    """Return the document properties; the creation date comes from the keuzematrix, so output is reproducible."""
    settings = matrix.instellingen
    return {
        "title": settings.titel,
        "subject": "Keuzehulp voor professionals",
        "company": settings.organisatie or "",
        "comments": f"Gemaakt uit {matrix.bron.naam} (SHA-256 {matrix.bron.sha256})",
        "created": reproducible_timestamp(matrix),
    }
