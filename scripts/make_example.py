"""Write the fictional example keuzematrix of "Werkbedrijf Lindenhoven" (``scripts/voorbeeld.toml``) to an .xlsx.

Usage::

    python scripts/make_example.py [PAD]     # default: input/keuzematrix.xlsx

The example is the template of ``keuzehulp init`` (:mod:`keuzehulp.sjabloon`) filled in, so that it
teaches the layout: sheet ``Instrumenten`` with group labels in row 1, headers in row 2 and data from
row 3 (one mark column per uitvoeringsvorm, tegel and klantkenmerk), sheet ``Instellingen`` with the
organisation's settings, and sheet ``Uitleg``.

The file is the same, byte for byte, on every run (workbook dates are the ``datum`` of the example).
"""

from __future__ import annotations

import argparse
import datetime
import tomllib
from pathlib import Path

from keuzehulp.header import REQUIRED_MARK
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

DEFAULT_PATH = Path("input/keuzematrix.xlsx")
EXAMPLE = Path(__file__).resolve().with_name("voorbeeld.toml")
# Cells whose lines are named in a table of the example, so that each person and place is written once.
NAMED_LINES = {"Contactpersonen": "contactpersonen", "Locatie(s) uitvoering": "locaties"}


def read_example(path: Path = EXAMPLE) -> dict:
    """Return the example: ``instellingen``, the tables of named lines and the ``instrumenten``."""
    with path.open("rb") as stream:
        example = tomllib.load(stream)
    columns = template_columns()
    known = {c.header.removesuffix(REQUIRED_MARK) for c in columns if c.key} | {
        c.list_group for c in columns if c.is_mark
    }
    for instrument in example["instrumenten"]:
        unknown = set(instrument) - known
        if unknown:
            raise KeyError(f"{instrument.get('Naam instrument')}: onbekende sleutels {sorted(unknown)}")
    return example


def _cell(example: dict, instrument: dict, column: TemplateColumn) -> object:
    """Return what the beheergroep typed for ``instrument`` in ``column``."""
    if column.is_mark:
        return "x" if column.label in instrument.get(column.list_group, []) else None
    header = column.header.removesuffix(REQUIRED_MARK)
    if column.key == "organisatie":
        return instrument.get(header, example["instellingen"]["organisatie"])
    if header in NAMED_LINES:
        return "\n".join(example[NAMED_LINES[header]][name] for name in instrument.get(header, [])) or None
    return instrument.get(header)


def maak_werkmap(example: dict | None = None):
    """Return the example workbook (not yet saved)."""
    example = example or read_example()
    instellingen = Instellingen(**example["instellingen"])
    instrumenten = example["instrumenten"]
    datum = datetime.datetime.fromisoformat(instellingen.datum)
    wb = template_workbook(instellingen, rows=max(EMPTY_ROWS, len(instrumenten)), datum=datum)
    ws = wb[INSTRUMENT_SHEET]
    columns = template_columns()
    for row, instrument in enumerate(instrumenten, start=FIRST_ROW):
        write_row(ws, columns, row, {c.index: _cell(example, instrument, c) for c in columns})
    wb.properties.title = f"Keuzematrix {instellingen.organisatie} (voorbeeld)"
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
    print(f"{len(read_example()['instrumenten'])} instrumenten geschreven naar {path}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
