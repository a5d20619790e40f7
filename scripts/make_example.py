"""Write the fictional example keuzematrix of "Werkbedrijf Lindenhoven" to an .xlsx.

Usage::

    python scripts/make_example.py [PAD]     # default: input/keuzematrix.xlsx

The example is the template of ``keuzehulp init`` (:mod:`keuzehulp.sjabloon`) filled in, so that it
teaches the layout: sheet ``Instrumenten`` with group labels in row 1, headers in row 2 and data from
row 3 (one mark column per uitvoeringsvorm, tegel and klantkenmerk), sheet ``Instellingen`` with the
organisation's settings, and sheet ``Uitleg``.

The file is the same, byte for byte, on every run (workbook dates are fixed to 2026-10-01).
"""

from __future__ import annotations

import argparse
import datetime
from pathlib import Path

from keuzehulp.model import Instellingen
from keuzehulp.sjabloon import (
    EMPTY_ROWS,
    FIRST_ROW,
    INSTRUMENT_SHEET,
    TemplateColumn,
    template_columns,
    template_workbook,
    write_row,
)
from keuzehulp.xlsxfile import save

try:  # run as a script: scripts/ is on sys.path
    from example_instruments import INSTRUMENTEN, ORGANISATIE
except ModuleNotFoundError:  # imported as scripts.make_example from the project root
    from scripts.example_instruments import INSTRUMENTEN, ORGANISATIE

DEFAULT_PATH = Path("input/keuzematrix.xlsx")
DATUM = datetime.datetime(2026, 10, 1)

INSTELLINGEN = Instellingen(
    organisatie=ORGANISATIE,
    welkomsttekst=(
        "Welkom! Hier zie je welke hulp er is op weg naar werk, een opleiding of meedoen in je "
        "buurt. Kijk rustig rond en kies wat bij jou past. Bespreek je keuze daarna met je "
        "werkcoach of klantmanager."
    ),
    aanmeldtekst="Wil je meedoen? Vraag je werkcoach of klantmanager om je aan te melden. Die regelt het voor je.",
    datum="2026-10-01",
    versie="2026.2",
)


def _waarde(instrument: dict, column: TemplateColumn) -> object:
    """Return what the beheergroep typed for ``instrument`` in ``column``."""
    if column.is_mark:
        return "x" if column.label in instrument[column.list_group] else None
    if column.key == "organisatie":
        return ORGANISATIE
    return instrument.get(column.header.removesuffix(" *"))


def maak_werkmap():
    """Return the example workbook (not yet saved)."""
    wb = template_workbook(INSTELLINGEN, rows=max(EMPTY_ROWS, len(INSTRUMENTEN)), datum=DATUM)
    ws = wb[INSTRUMENT_SHEET]
    columns = template_columns()
    for row, instrument in enumerate(INSTRUMENTEN, start=FIRST_ROW):
        write_row(ws, columns, row, {c.index: _waarde(instrument, c) for c in columns})
    wb.properties.title = f"Keuzematrix {ORGANISATIE} (voorbeeld)"
    return wb


def write_example(path: str | Path = DEFAULT_PATH) -> Path:
    """Write the example keuzematrix to ``path`` (replacing it) and return the path."""
    return save(maak_werkmap(), Path(path), force=True)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        description="Schrijf de fictieve voorbeeld-keuzematrix van Werkbedrijf Lindenhoven."
    )
    parser.add_argument(
        "pad",
        nargs="?",
        default=str(DEFAULT_PATH),
        help=f"uitvoerbestand (standaard {DEFAULT_PATH})",
    )
    args = parser.parse_args(argv)
    path = write_example(args.pad)
    print(f"{len(INSTRUMENTEN)} instrumenten geschreven naar {path}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
