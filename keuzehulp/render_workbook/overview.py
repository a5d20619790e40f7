"""The Overzicht (where the offer is thin) and the Toelichting (how to use the workbook, where the data came from)."""

from __future__ import annotations

import math
from collections import Counter
from collections.abc import Iterator

import xlsxwriter
from xlsxwriter.chart import Chart

from ..defaults import ACCENTKLEUR
from ..model import Keuzematrix, format_number
from ..taxonomy import load_taxonomy
from ..xlsxfile import row_height, text_lines
from .cycle import write_cycle_overview
from .layout import FIT_HEADER, SELECTED, InstrumentTable
from .styles import EMPTY_COLOUR_WORD, FONT_SIZE, PORTRAIT_WIDTHS, TITLE_HEIGHT, Styles, print_setup, rotated_height
from .xlsxwriter_internals import StreamingWorksheet, write_cached_formula

TOTAL_HEADER = "Instrumenten met deze tegel"
CHART_HEADROOM = 1.2  # the value axis runs this much past the longest bar, so its label is never cut off


def combination_counts(matrix: Keuzematrix, table: InstrumentTable) -> dict[tuple[str, str], int]:
    """Return, for each tegel and klantkenmerk, how many instruments have both."""
    counts: Counter[tuple[str, str]] = Counter()
    for instrument in matrix.instrumenten:
        for tegel in set(instrument.tegels):
            for kenmerk in set(instrument.klantkenmerken):
                counts[tegel, kenmerk] += 1
    return {(t, k): counts[t, k] for t in table.tegels for k in table.klantkenmerken}


def provider_counts(matrix: Keuzematrix) -> list[tuple[str, int]]:
    """Return (aanbieder, number of instruments), most instruments first, ties alphabetical.

    Spellings that differ only in case count together, as they do in the workbook's comparison.
    """
    counts: Counter[str] = Counter()
    spelling: dict[str, str] = {}
    for instrument in matrix.instrumenten:
        name = instrument.aanbieder or ""
        key = name.casefold()
        spelling.setdefault(key, name)
        counts[key] += 1
    return sorted(((spelling[key], n) for key, n in counts.items()), key=lambda item: (-item[1], item[0].casefold()))


def write_overzicht(
    workbook: xlsxwriter.Workbook,
    sheet: StreamingWorksheet,
    matrix: Keuzematrix,
    table: InstrumentTable,
    styles: Styles,
) -> None:
    """Write the overview: tegels x klantkenmerken as a heat map, then counts per uitvoeringsvorm and aanbieder."""
    counts = combination_counts(matrix, table)
    tegel_totals = Counter(t for i in matrix.instrumenten for t in set(i.tegels))
    kenmerk_totals = Counter(k for i in matrix.instrumenten for k in set(i.klantkenmerken))
    forms = load_taxonomy(matrix.taxonomie).labels("uitvoeringsvormen")
    form_totals = Counter(f for i in matrix.instrumenten for f in set(i.uitvoeringsvormen))
    kenmerken = table.klantkenmerken
    total_col = 1 + len(kenmerken)
    header_row, first_tegel = 3, 4
    totals_row = first_tegel + len(table.tegels)
    form_heading = totals_row + 2
    provider_heading = form_heading + len(forms) + 2

    sheet.set_column(0, 0, 34)
    sheet.set_column(1, total_col, 9.5)
    sheet.set_row(0, TITLE_HEIGHT)
    sheet.set_row(1, 40)
    sheet.set_row(header_row, rotated_height((*kenmerken, TOTAL_HEADER)))
    print_setup(sheet, landscape=True)
    sheet.write_string(0, 0, "Overzicht: waar is het aanbod dun?", styles.title)
    sheet.merge_range(
        1,
        0,
        1,
        total_col,
        "Elk vak telt de instrumenten die zowel bij de tegel (rij) als bij het klantkenmerk (kolom) horen. "
        f"Hoe blauwer, hoe meer aanbod; {EMPTY_COLOUR_WORD} vakken met 0 zijn combinaties zonder instrument. "
        "Daaronder: het aantal instrumenten per uitvoeringsvorm en per aanbieder.",
        styles.intro,
    )
    sheet.write_string(header_row, 0, "Tegel \\ klantkenmerk", styles.heading)
    for col, label in enumerate(kenmerken, start=1):
        sheet.write_string(header_row, col, label, styles.heading_vertical)
    sheet.write_string(header_row, total_col, TOTAL_HEADER, styles.heading_vertical)
    for row, tegel in enumerate(table.tegels, start=first_tegel):
        tegel_range = table.data_range("Instrumenten", table.first_mark + row - first_tegel)
        sheet.write_string(row, 0, tegel, styles.label_bold)
        for col, kenmerk in enumerate(kenmerken, start=1):
            kenmerk_range = table.data_range("Instrumenten", table.first_kenmerk + col - 1)
            formula = f'=COUNTIFS({tegel_range},"{SELECTED}",{kenmerk_range},"{SELECTED}")'
            write_cached_formula(sheet, row, col, formula, counts[tegel, kenmerk], styles.count)
        write_cached_formula(
            sheet, row, total_col, f'=COUNTIF({tegel_range},"{SELECTED}")', tegel_totals[tegel], styles.total
        )
    sheet.write_string(totals_row, 0, "Instrumenten met dit klantkenmerk", styles.label_bold)
    for col, kenmerk in enumerate(kenmerken, start=1):
        kenmerk_range = table.data_range("Instrumenten", table.first_kenmerk + col - 1)
        formula = f'=COUNTIF({kenmerk_range},"{SELECTED}")'
        write_cached_formula(sheet, totals_row, col, formula, kenmerk_totals[kenmerk], styles.total)
    write_cached_formula(sheet, totals_row, total_col, '=COUNTIF(namen,"?*")', table.count, styles.total)
    # One colour scale, red at 0 and white at 1, so empty combinations stand out in every spreadsheet program.
    empty, low, high = styles.heat_colours
    heat = {"min_type": "num", "min_value": 0, "min_color": empty, "mid_type": "num", "mid_value": 1}
    heat |= {"mid_color": low, "max_type": "max", "max_color": high}
    sheet.conditional_format(first_tegel, 1, totals_row - 1, len(kenmerken), {"type": "3_color_scale", **heat})

    forms_column = table.column("uitvoeringsvormen")
    sheet.write_string(form_heading, 0, forms_column.header, styles.heading)
    sheet.write_string(form_heading, 1, "Aantal", styles.heading)
    forms_range = table.data_range("Instrumenten", table.column_of(forms_column.key))
    sep = forms_column.separator
    for row, form in enumerate(forms, start=form_heading + 1):
        sheet.write_string(row, 0, form, styles.label)
        formula = f'=SUMPRODUCT(--ISNUMBER(SEARCH("{sep}"&A{row + 1}&"{sep}","{sep}"&{forms_range}&"{sep}")))'
        write_cached_formula(sheet, row, 1, formula, form_totals[form], styles.count)

    sheet.write_string(provider_heading, 0, table.header("aanbieder"), styles.heading)
    sheet.write_string(provider_heading, 1, "Aantal", styles.heading)
    providers_range = table.data_range("Instrumenten", table.column_of("aanbieder"))
    for row, (provider, number) in enumerate(provider_counts(matrix), start=provider_heading + 1):
        sheet.write_string(row, 0, provider or "(geen aanbieder)", styles.label)
        compared = f"A{row + 1}" if provider else '""'
        write_cached_formula(sheet, row, 1, f"=SUMPRODUCT(--({providers_range}={compared}))", number, styles.count)

    tegel_rows = (first_tegel, first_tegel + len(table.tegels) - 1)
    form_rows = (form_heading + 1, form_heading + len(forms))
    most_per_tegel = max(tegel_totals.values(), default=0)
    most_per_form = max(form_totals.values(), default=0)
    per_tegel = _bar_chart(workbook, "Aantal instrumenten per tegel", tegel_rows, total_col, "#2E75B6", most_per_tegel)
    per_form = _bar_chart(workbook, "Aantal instrumenten per uitvoeringsvorm", form_rows, 1, ACCENTKLEUR, most_per_form)
    sheet.insert_chart(form_heading, 3, per_tegel)
    sheet.insert_chart(form_heading, 9, per_form)
    write_cycle_overview(
        sheet, matrix, table, styles, max(provider_heading + len(provider_counts(matrix)), form_heading + 16) + 3
    )


def _bar_chart(
    workbook: xlsxwriter.Workbook, title: str, rows: tuple[int, int], values_col: int, colour: str, most: int
) -> Chart:
    """Return a bar chart of Overzicht column ``values_col`` over ``rows``, labelled by column A.

    The value axis ends well past the longest bar (``most``), so the number beside that bar fits inside the chart:
    LibreOffice cuts off a label that sticks out of the plot area.
    """
    chart = workbook.add_chart({"type": "bar"})
    chart.add_series(
        {
            "name": title,
            "categories": ["Overzicht", rows[0], 0, rows[1], 0],
            "values": ["Overzicht", rows[0], values_col, rows[1], values_col],
            "fill": {"color": colour},
            "data_labels": {"value": True, "position": "outside_end"},
        }
    )
    chart.set_x_axis(
        {"min": 0, "max": max(math.ceil(most * CHART_HEADROOM), most + 2), "major_gridlines": {"visible": True}}
    )
    chart.set_title({"name": title, "name_font": {"size": 11}})
    chart.set_legend({"none": True})
    chart.set_y_axis({"reverse": True})
    chart.set_size({"width": 470, "height": 300})
    return chart


# --- Toelichting ---

HOW_TO = (
    (
        "Stap 1: basiskenmerken",
        "Open het blad Zoeken. Kies samen met de klant de tegels (waar staat de klant nu, waar wil hij of zij "
        "naartoe) en de klantkenmerken (waar gaat de klant aan werken). Zet daarvoor 'ja' in kolom B. Rechts "
        "verschijnen de passende instrumenten, de beste bovenaan: het getal 'Treffers' zegt met hoeveel van uw "
        "keuzes een instrument overeenkomt.",
    ),
    (
        "Stap 2: praktische kenmerken",
        "Vul op Zoeken onder 'Praktisch' in wat nodig is: uitvoeringsvorm, groep of individueel, maximale duur, "
        "uren per week, gebied en maximale kosten; een leeg vakje betekent: maakt niet uit. Zoeken toont de "
        "beste 100; klik op een naam voor de kaart. Voor meer filters: op het blad Instrumenten zegt de kolom "
        f"'{FIT_HEADER}' of een instrument bij uw keuze past; filter daarop met de knoppen in de kopregel.",
    ),
    (
        "Instrumentkaart",
        "Kies op het blad Instrumentkaart een instrument in cel B2. U ziet dan alle gegevens op één pagina, "
        "klaar om af te drukken of samen met de klant door te nemen. Wat onder 'Intern' staat (zoals kosten, "
        "werkafspraken en interne contactpersonen) is niet voor de klant. Het blad 'Kaart voor cliënt' toont "
        "hetzelfde instrument zonder die gegevens: die drukt u af voor de klant.",
    ),
    (
        "Overzicht",
        "Het blad Overzicht laat per combinatie van tegel en klantkenmerk zien hoeveel instrumenten er zijn, "
        "en telt de instrumenten per uitvoeringsvorm en per aanbieder. Zo ziet de beheergroep waar aanbod "
        "ontbreekt.",
    ),
    (
        "Goed om te weten",
        "De werkmap werkt zonder macro's in Excel (2016 en nieuwer) en in LibreOffice. Wijzigingen in de "
        "instrumenten horen in de keuzematrix van de beheergroep, niet in deze werkmap: die wordt opnieuw "
        "gemaakt als de keuzematrix verandert. Daarom zijn de bladen beveiligd (zonder wachtwoord): alleen de "
        "invulcellen kunt u veranderen. Opheffen kan bewust: in Excel met Controleren > Beveiliging blad opheffen, "
        "in LibreOffice met Extra > Blad beveiligen.",
    ),
)


def write_toelichting(sheet: StreamingWorksheet, matrix: Keuzematrix, table: InstrumentTable, styles: Styles) -> None:
    """Write how to use the workbook, what each label means, and where the data came from."""
    taxonomy = load_taxonomy(matrix.taxonomie)
    sheet.set_column(0, 0, PORTRAIT_WIDTHS[0])
    sheet.set_column(1, 1, PORTRAIT_WIDTHS[1])
    print_setup(sheet, landscape=False)
    rows: list[tuple[str, str, str]] = [("title", "Toelichting bij de keuzehulp", "")]
    rows.append(("section", "Zo werkt u met deze werkmap", ""))
    rows += [("pair", title, text) for title, text in HOW_TO]
    rows.append(("section", "Wat betekenen de tegels?", ""))
    rows += [("pair", term.label, term.description) for term in taxonomy.terms("tegels")]
    rows.append(("section", "Wat betekenen de klantkenmerken?", ""))
    for term in taxonomy.terms("klantkenmerken"):
        group = f" (groep: {term.subgroup.lower()})" if term.subgroup else ""
        rows.append(("pair", term.label, term.description + group))
    rows.append(("section", "Waar komen de gegevens vandaan?", ""))
    rows += [("pair", label, value) for label, value in provenance(matrix)]
    for row, (kind, first, second) in enumerate(_spaced(rows)):
        if kind == "title":
            sheet.set_row(row, TITLE_HEIGHT)
            sheet.write_string(row, 0, first, styles.title)
        elif kind == "section":
            sheet.write_string(row, 0, first, styles.section)
            sheet.write_blank(row, 1, None, styles.section)
        elif kind == "pair":
            pair = zip((first, second), PORTRAIT_WIDTHS, strict=True)
            lines = max(text_lines(text, width, FONT_SIZE) for text, width in pair)
            sheet.set_row(row, row_height(lines, FONT_SIZE))
            sheet.write_string(row, 0, first, styles.label_bold)
            sheet.write_string(row, 1, second, styles.label)


def provenance(matrix: Keuzematrix) -> list[tuple[str, str]]:
    """Return where the data came from, as (label, value) rows: file, its SHA-256, date of the keuzematrix."""
    settings = matrix.instellingen
    rows = [
        ("Bronbestand", matrix.bron.naam),
        ("SHA-256 van het bronbestand", matrix.bron.sha256),
        ("Datum keuzematrix", settings.datum or "niet opgegeven"),
        ("Versie keuzematrix", settings.versie or "niet opgegeven"),
    ]
    if settings.organisatie:
        rows.append(("Organisatie", settings.organisatie))
    rows.append(("Aantal instrumenten", format_number(len(matrix.instrumenten))))
    rows.append(("Indeling", f"Eva-taxonomie ({matrix.taxonomie})"))
    return rows


def _spaced(rows: list[tuple[str, str, str]]) -> Iterator[tuple[str, str, str]]:
    """Yield ``rows`` with an empty row before each section."""
    for kind, first, second in rows:
        if kind == "section":
            yield ("blank", "", "")
        yield (kind, first, second)
