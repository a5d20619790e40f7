"""Write the fictional example keuzematrix of "Werkbedrijf Lindenhoven" to an .xlsx.

Usage::

    python scripts/make_example.py [PAD]     # default: input/keuzematrix.xlsx

The workbook has two sheets:

* ``Instrumenten``: row 1 holds merged group labels, row 2 the column headers, data starts at row 3.
  Tegels, klantkenmerken and uitvoeringsvormen are one mark column per label ("x" or empty).
* ``Instellingen``: the organisation's settings (column A "Instelling", column B "Waarde").

The content is the same on every run (workbook dates are fixed to 2026-10-01).
"""

from __future__ import annotations

import argparse
import datetime
from pathlib import Path
from zipfile import ZIP_DEFLATED, ZipFile

from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.utils import get_column_letter
from openpyxl.writer.excel import ExcelWriter

try:  # run as a script: scripts/ is on sys.path
    from example_instruments import (
        INSTRUMENTEN,
        KLANTKENMERKEN,
        ORGANISATIE,
        PRAKTISCHE_VELDEN,
        TEGELS,
        UITVOERINGSVORMEN,
    )
except ModuleNotFoundError:  # imported as scripts.make_example from the project root
    from scripts.example_instruments import (
        INSTRUMENTEN,
        KLANTKENMERKEN,
        ORGANISATIE,
        PRAKTISCHE_VELDEN,
        TEGELS,
        UITVOERINGSVORMEN,
    )

DEFAULT_PATH = Path("input/keuzematrix.xlsx")
DATUM = datetime.datetime(2026, 10, 1)

INSTELLINGEN = (
    ("Organisatie", ORGANISATIE),
    ("Titel", "Keuzehulp werk en meedoen"),
    (
        "Welkomsttekst",
        "Welkom! Hier zie je welke hulp er is op weg naar werk, een opleiding of meedoen in je "
        "buurt. Kijk rustig rond en kies wat bij jou past. Bespreek je keuze daarna met je "
        "werkcoach of klantmanager.",
    ),
    (
        "Aanmeldtekst",
        "Wil je meedoen? Vraag je werkcoach of klantmanager om je aan te melden. Die regelt het voor je.",
    ),
    ("Hoofdkleur", "#1F4E79"),
    ("Accentkleur", "#C55A11"),
    ("Datum keuzematrix", "2026-10-01"),
    ("Versie", "2026.2"),
)

GROEP_INSTRUMENT = "Instrument"
GROEP_UITVOERINGSVORM = "Uitvoeringsvorm"
GROEP_TEGELS = "Basiskenmerken: tegels"
GROEP_KLANTKENMERKEN = "Basiskenmerken: klantkenmerken"
GROEP_PRAKTISCH = "Praktische kenmerken"

# Column widths (characters) for the text columns; others get a default.
BREEDTES = {
    "Organisatie *": 24,
    "Aanbieder *": 28,
    "Naam instrument *": 34,
    "Samenvatting *": 60,
    "Doel *": 50,
    "Werkwijze *": 70,
    "Onderscheidende aanpak": 40,
    "Voorwaarden deelname": 40,
    "Werkafspraken": 40,
    "Samenwerkingspartners": 34,
    "Toelichting doelgroep": 34,
    "Aanvullende informatie": 34,
    "Aanmeldinstructies": 44,
    "Totale duur": 10,
    "Eenheid duur": 11,
    "Toelichting duur": 30,
    "Intensiteit": 11,
    "Toelichting intensiteit": 30,
    "Totale kosten": 12,
    "Toelichting kosten": 34,
    "Contactpersonen": 60,
    "Groep/individueel": 13,
    "Locatie(s) uitvoering": 70,
    "Doelgroepen": 30,
    "Registratiecodes": 14,
    "Aanvullende inhoud": 70,
    "Beschikbare gebieden": 30,
}
MARKERING_BREEDTE = 13
GROEPSKLEUREN = {
    GROEP_INSTRUMENT: "1F4E79",
    GROEP_UITVOERINGSVORM: "7F6000",
    GROEP_TEGELS: "375623",
    GROEP_KLANTKENMERKEN: "538135",
    GROEP_PRAKTISCH: "C55A11",
}


def kolommen() -> list[tuple[str, str, str, str]]:
    """Return the columns of sheet Instrumenten as (group, header, kind, source).

    kind "vast" writes ``source`` itself, "tekst" copies ``instrument[source]`` and "markering"
    writes "x" when the header (a label) is in the list ``instrument[source]``.
    """
    cols: list[tuple[str, str, str, str]] = [(GROEP_INSTRUMENT, "Organisatie *", "vast", ORGANISATIE)]
    for veld in ("Aanbieder", "Naam instrument", "Samenvatting", "Doel", "Werkwijze"):
        cols.append((GROEP_INSTRUMENT, f"{veld} *", "tekst", veld))
    for groep, sleutel, labels in (
        (GROEP_UITVOERINGSVORM, "uitvoeringsvormen", UITVOERINGSVORMEN),
        (GROEP_TEGELS, "tegels", TEGELS),
        (GROEP_KLANTKENMERKEN, "klantkenmerken", KLANTKENMERKEN),
    ):
        cols.extend((groep, label, "markering", sleutel) for label in labels)
    cols.extend((GROEP_PRAKTISCH, veld, "tekst", veld) for veld in PRAKTISCHE_VELDEN)
    return cols


def _waarde(instrument: dict, header: str, kind: str, source: str):
    if kind == "vast":
        return source
    if kind == "markering":
        return "x" if header in instrument[source] else None
    value = instrument[source]
    return None if value in (None, "") else value


def _schrijf_instrumenten(ws) -> None:
    cols = kolommen()
    dun = Side(style="thin", color="BFBFBF")
    rand = Border(left=dun, right=dun, top=dun, bottom=dun)
    kop_font = Font(bold=True, color="FFFFFF")
    kop_uitlijning = Alignment(wrap_text=True, vertical="center", horizontal="center")

    # Row 1: group labels, merged over their columns.
    start = 1
    for index in range(1, len(cols) + 1):
        groep = cols[index - 1][0]
        is_laatste = index == len(cols) or cols[index][0] != groep
        if not is_laatste:
            continue
        cell = ws.cell(row=1, column=start, value=groep)
        cell.font = kop_font
        cell.alignment = kop_uitlijning
        cell.fill = PatternFill("solid", fgColor=GROEPSKLEUREN[groep])
        if index > start:
            ws.merge_cells(start_row=1, start_column=start, end_row=1, end_column=index)
        start = index + 1

    # Row 2: headers.
    for column, (_groep, header, kind, _source) in enumerate(cols, start=1):
        cell = ws.cell(row=2, column=column, value=header)
        cell.font = Font(bold=True)
        cell.alignment = Alignment(
            wrap_text=True,
            vertical="bottom",
            horizontal="center" if kind == "markering" else "left",
        )
        cell.fill = PatternFill("solid", fgColor="D9E1F2" if kind != "markering" else "EDEDED")
        cell.border = rand
        letter = get_column_letter(column)
        ws.column_dimensions[letter].width = MARKERING_BREEDTE if kind == "markering" else BREEDTES.get(header, 20)

    # Data from row 3.
    tekst = Alignment(wrap_text=True, vertical="top")
    markering = Alignment(horizontal="center", vertical="top")
    for row, instrument in enumerate(INSTRUMENTEN, start=3):
        for column, (_groep, header, kind, source) in enumerate(cols, start=1):
            cell = ws.cell(row=row, column=column, value=_waarde(instrument, header, kind, source))
            cell.alignment = markering if kind == "markering" else tekst
            cell.border = rand

    ws.row_dimensions[1].height = 22
    ws.row_dimensions[2].height = 75
    ws.freeze_panes = "D3"
    ws.auto_filter.ref = f"A2:{get_column_letter(len(cols))}{len(INSTRUMENTEN) + 2}"


def _schrijf_instellingen(ws) -> None:
    ws.append(["Instelling", "Waarde"])
    for cell in ws[1]:
        cell.font = Font(bold=True)
    for naam, waarde in INSTELLINGEN:
        ws.append([naam, waarde])
    ws.column_dimensions["A"].width = 22
    ws.column_dimensions["B"].width = 90
    for row in ws.iter_rows(min_row=2):
        for cell in row:
            cell.alignment = Alignment(wrap_text=True, vertical="top")
    ws.freeze_panes = "A2"


def maak_werkmap() -> Workbook:
    """Return the example workbook (not yet saved)."""
    wb = Workbook()
    ws = wb.active
    ws.title = "Instrumenten"
    _schrijf_instrumenten(ws)
    _schrijf_instellingen(wb.create_sheet("Instellingen"))
    wb.properties.creator = "keuzehulp"
    wb.properties.lastModifiedBy = "keuzehulp"
    wb.properties.title = f"Keuzematrix {ORGANISATIE} (voorbeeld)"
    wb.properties.created = DATUM
    wb.properties.modified = DATUM
    return wb


def write_example(path: str | Path = DEFAULT_PATH) -> Path:
    """Write the example keuzematrix to ``path`` and return the path."""
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    wb = maak_werkmap()
    # openpyxl's Workbook.save() stamps "modified" with the current time; ExcelWriter keeps ours.
    with ZipFile(path, "w", ZIP_DEFLATED, allowZip64=True) as archive:
        ExcelWriter(wb, archive).save()
    return path


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
