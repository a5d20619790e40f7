"""Render stage: ``keuzehulp.xlsx``, the workbook in which professionals look for a fitting instrument.

Sheets: ``Zoeken`` (step 1: tegels and klantkenmerken), ``Instrumenten`` (step 2: a filterable table),
``Instrumentkaart`` (one instrument on one A4), ``Resultaatkaarten`` (the card of each result of Zoeken),
``Overzicht`` (where the offer is thin), ``Toelichting``,
and the hidden ``Berekening`` that scores every instrument for the search. Only functions that Excel 2016
and LibreOffice 7.4 both have are used (see ``FUNCTIONS`` and docs/werkmap.md).

Every formula carries the value it has with nothing selected, computed here, so that previews and
programs that do not recalculate show the right results. Text from the keuzematrix is always written
as a string cell, never as a formula, and only http, https, mailto and tel addresses become links.
The workbook is written in XlsxWriter's constant_memory mode, so every sheet is written row by row.
"""

from __future__ import annotations

from pathlib import Path

import xlsxwriter

from ..model import Keuzematrix, reproducible_timestamp
from .card import card_values, write_kaart
from .columns import safe_url
from .layout import RESULT_CARDS, defined_names, instrument_table
from .overview import write_overzicht, write_toelichting
from .result_cards import write_result_cards
from .search import write_berekening, write_zoeken
from .styles import Styles
from .table import write_instrumenten
from .xlsxwriter_internals import StreamingWorksheet

# What tests and benchmarks use besides write.
__all__ = ["FILENAME", "FUNCTIONS", "card_values", "instrument_table", "safe_url", "write", "write_workbook"]

FILENAME = "keuzehulp.xlsx"
SHEETS = ("Zoeken", "Instrumenten", "Instrumentkaart", RESULT_CARDS, "Overzicht", "Toelichting", "Berekening")
# The only functions the formulas use; all exist in Excel 2007 and LibreOffice 7.4 (a test enforces this list).
FUNCTIONS = frozenset(
    "AND COUNT COUNTIF COUNTIFS EXACT FIND HYPERLINK IF IFERROR INDEX INT ISNUMBER LARGE MATCH MID MOD OR SEARCH SUMIF "
    "SUMPRODUCT".split()
)


def write(matrix: Keuzematrix, folder: Path, **_: object) -> None:
    """Write ``keuzehulp.xlsx`` for ``matrix`` into ``folder``."""
    write_workbook(matrix, Path(folder) / FILENAME)


def write_workbook(matrix: Keuzematrix, path: Path) -> Path:
    """Write the professional workbook for ``matrix`` to ``path`` and return ``path``."""
    table = instrument_table(matrix)
    workbook = xlsxwriter.Workbook(
        str(path),
        {"constant_memory": True, "strings_to_numbers": False, "strings_to_formulas": False, "strings_to_urls": False},
    )
    workbook.set_properties(properties_of(matrix))
    styles = Styles(workbook, matrix)
    sheets = {name: workbook.add_worksheet(name, worksheet_class=StreamingWorksheet) for name in SHEETS}
    for name, reference in defined_names(table).items():
        workbook.define_name(name, reference)
    write_zoeken(sheets["Zoeken"], matrix, table, styles)
    lines = write_instrumenten(sheets["Instrumenten"], matrix, table, styles)
    write_kaart(sheets["Instrumentkaart"], matrix, table, styles, lines)
    write_result_cards(sheets[RESULT_CARDS], matrix, table, styles, lines)
    write_overzicht(workbook, sheets["Overzicht"], matrix, table, styles)
    write_toelichting(sheets["Toelichting"], matrix, table, styles)
    write_berekening(sheets["Berekening"], matrix, table)
    sheets["Zoeken"].activate()
    sheets["Berekening"].hide()
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
