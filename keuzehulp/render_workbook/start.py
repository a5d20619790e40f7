"""The first sheet, "Begin hier": how to search in three steps, links to every sheet, and which keuzematrix this is."""

from __future__ import annotations

from ..model import Keuzematrix
from ..xlsxfile import row_height, text_lines
from .overview import provenance
from .styles import FONT_SIZE, PORTRAIT_WIDTHS, TITLE_HEIGHT, Styles, print_setup
from .xlsxwriter_internals import StreamingWorksheet

START_SHEET = "Begin hier"
STEPS = (
    (
        "Zoeken",
        "Stap 1. Kies samen met de klant de tegels (waar staat de klant, waar wil hij of zij naartoe) en de "
        "klantkenmerken (waar gaat de klant aan werken): zet 'ja' in kolom B. Rechts staan meteen de passende "
        "instrumenten, de beste bovenaan.",
    ),
    (
        "Zoeken",
        "Stap 2. Verfijn op hetzelfde blad met de praktische kenmerken onder de tegels en klantkenmerken: "
        "uitvoeringsvorm, groep of individueel, duur, uren per week, gebied en kosten. Leeg betekent: maakt niet uit.",
    ),
    (
        "Resultaatkaarten",
        "Stap 3. Klik op de naam van een resultaat: de kaart van dat instrument opent. Wat onder 'Intern' staat, is "
        "niet voor de klant; voor de klant drukt u de 'Kaart voor cliënt' af (kies het instrument in de "
        "Instrumentkaart).",
    ),
)
MORE = (
    ("Instrumenten", "Alle instrumenten in één tabel, met filters op elke kolom."),
    ("Instrumentkaart", "Kies zelf een instrument en bekijk al zijn gegevens op één A4, met het Intern-blok."),
    ("Kaart voor cliënt", "Het gekozen instrument zonder interne gegevens, om aan de cliënt mee te geven."),
    ("Overzicht", "Waar het aanbod dun is: instrumenten per tegel en klantkenmerk, uitvoeringsvorm en aanbieder."),
    ("Toelichting", "Uitleg bij de stappen en bij elke tegel en elk klantkenmerk, en waar de gegevens vandaan komen."),
    ("Instrumenten afdrukken", "Alle instrumenten met al hun gegevens, leesbaar af te drukken op A4."),
)
ABOUT = ("Datum keuzematrix", "Versie keuzematrix", "Aantal instrumenten", "Organisatie")


def write_begin_hier(sheet: StreamingWorksheet, matrix: Keuzematrix, styles: Styles, sheets: tuple[str, ...]) -> None:
    """Write the first sheet: the three steps and the other sheets, each with a link, then the keuzematrix's data."""
    sheet.set_column(0, 0, PORTRAIT_WIDTHS[0])
    sheet.set_column(1, 1, PORTRAIT_WIDTHS[1])
    print_setup(sheet, landscape=False)
    sheet.set_row(0, TITLE_HEIGHT)
    sheet.write_string(0, 0, f"Begin hier: {matrix.instellingen.titel}", styles.title)
    sheet.merge_range(
        1, 0, 1, 1, "Zo vindt u samen met de klant een passend instrument, in drie stappen.", styles.intro
    )
    rows: list[tuple[str, str, str]] = [("section", "Zo zoekt u", "")]
    rows += [("link", name, text) for name, text in STEPS]
    rows.append(("section", "Meer in deze werkmap", ""))
    rows += [("link", name, text) for name, text in MORE if name in sheets]
    rows.append(("section", "Over deze keuzematrix", ""))
    rows += [("pair", label, value) for label, value in provenance(matrix) if label in ABOUT]
    row = 2
    for kind, first, second in rows:
        if kind == "section":
            row += 1
            sheet.set_row(row, 24)
            sheet.write_string(row, 0, first, styles.section)
            sheet.write_blank(row, 1, None, styles.section)
        else:
            sheet.set_row(row, row_height(text_lines(second, PORTRAIT_WIDTHS[1], FONT_SIZE), FONT_SIZE))
            if kind == "link":
                sheet.write_url(row, 0, f"internal:'{first}'!A1", styles.link, string=first)
            else:
                sheet.write_string(row, 0, first, styles.label_bold)
            sheet.write_string(row, 1, second, styles.label)
        row += 1
