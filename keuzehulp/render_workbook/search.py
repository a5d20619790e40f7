"""The search: the Zoeken sheet and the hidden Berekening sheet that scores every instrument for it.

The formulas reproduce ``keuzehulp.selection.select``; the tests let LibreOffice recalculate them and compare.
"""

from __future__ import annotations

from collections.abc import Callable

from xlsxwriter.utility import xl_col_to_name

from ..model import Keuzematrix
from ..selection import select
from .layout import (
    B_WEIGHTS,
    CHOSEN_NAME,
    FIRST_DATA_ROW0,
    RESULT_FIELDS,
    SELECTED,
    Z_HEADER,
    Z_POSITION_COL,
    Z_RESULT_COL,
    InstrumentTable,
    choice_rows,
)
from .styles import TITLE_HEIGHT, Styles, print_setup
from .xlsxwriter_internals import StreamingWorksheet, write_cached_formula

KENMERK_WEIGHT = 100  # a chosen klantkenmerk counts 100, a chosen tegel 1: one number holds both hit counts


def default_results(matrix: Keuzematrix) -> list[tuple[int, int]]:
    """Return (position, fit) of the Zoeken results with nothing selected: every instrument, in order."""
    positions = {id(instrument): index for index, instrument in enumerate(matrix.instrumenten, start=1)}
    return [(positions[id(instrument)], fit) for instrument, fit in select(matrix.instrumenten)]


SEARCH_INSTRUCTION = (
    "Stap 1: zet in kolom B 'ja' (kies uit het lijstje) bij de tegels en klantkenmerken die bij de klant passen. "
    "Binnen een groep is één overeenkomst genoeg; kiest u zowel tegels als klantkenmerken, dan moet een instrument "
    "bij allebei minstens één keuze hebben. Bovenaan staan de instrumenten met de meeste overeenkomsten "
    "(Treffers). Niets gekozen? Dan ziet u alle instrumenten. Wissen: selecteer de keuzes en druk op Delete. "
    "Stap 2: klik op een naam, of verfijn op het blad Instrumenten met de filterknoppen "
    "(kolom 'Past bij Zoeken' = ja) op aanbieder, duur, kosten, plaats en meer."
)


def write_zoeken(sheet: StreamingWorksheet, matrix: Keuzematrix, table: InstrumentTable, styles: Styles) -> None:
    """Write the search sheet: the choices in columns A and B, the results from column D, row by row."""
    tegel_rows, kenmerk_rows = choice_rows(table)
    headers = ("Instrument", "Treffers", *RESULT_FIELDS)
    for col, width in enumerate((46, 6, 4, 46, 8.5, 32, 11, 12)):
        sheet.set_column(col, col, width, None, {"hidden": col == Z_POSITION_COL})
    sheet.set_row(0, TITLE_HEIGHT)
    sheet.set_row(1, 54)
    sheet.freeze_panes(Z_HEADER + 1, 0)
    print_setup(sheet, landscape=False)
    sheet.repeat_rows(Z_HEADER)
    choices: dict[int, tuple[str, bool]] = {}
    groups = (
        (tegel_rows, table.tegels, "Tegels: waar staat de klant, waar naartoe?"),
        (kenmerk_rows, table.klantkenmerken, "Klantkenmerken: waaraan werkt de klant?"),
    )
    for rows, labels, heading in groups:
        choices[rows.start - 1] = (heading, True)
        choices.update((row, (label, False)) for row, label in zip(rows, labels, strict=True))
        _choice_rules(sheet, rows, styles)

    n = table.count
    sheet.write_string(0, 0, "Zoeken: welk instrument past bij deze klant?", styles.title)
    sheet.merge_range(1, 0, 1, Z_RESULT_COL + len(headers) - 1, SEARCH_INSTRUCTION, styles.intro)
    write_cached_formula(
        sheet,
        Z_HEADER - 1,
        Z_RESULT_COL,
        '=IF(tegels_gekozen+klantkenmerken_gekozen=0,"Niets gekozen: alle "&aantal_passend&" instrumenten",'
        'IF(aantal_passend=0,"Geen instrument past bij deze keuze: haal een of meer keuzes weg.",'
        f'"Passend: "&aantal_passend&" van {n} instrumenten, de beste bovenaan"))',
        f"Niets gekozen: alle {n} instrumenten",
        styles.note,
    )
    write_result = _result_writer(sheet, matrix, table, styles)
    for row in range(Z_HEADER, max(kenmerk_rows.stop, Z_HEADER + 1 + n)):
        if row in choices:
            text, is_heading = choices[row]
            sheet.write_string(row, 0, text, styles.group if is_heading else styles.label)
            if is_heading:
                sheet.write_string(row, 1, "Kies", styles.group)
            else:
                sheet.write_blank(row, 1, None, styles.choice)
        if row == Z_HEADER:
            sheet.write_string(row, Z_POSITION_COL, "Positie")
            for col, header in enumerate(headers, start=Z_RESULT_COL):
                sheet.write_string(row, col, header, styles.heading)
        elif row <= Z_HEADER + n:
            write_result(row)


def _choice_rules(sheet: StreamingWorksheet, rows: range, styles: Styles) -> None:
    """Add the 'ja' dropdown to column B of ``rows`` and highlight the rows chosen."""
    sheet.data_validation(
        rows.start,
        1,
        rows.stop - 1,
        1,
        {
            "validate": "list",
            "source": [SELECTED],
            "input_title": "Kiezen",
            "input_message": "Kies 'ja' om op dit kenmerk te zoeken; druk op Delete om de keuze weg te halen.",
            "error_title": "Alleen 'ja' of leeg",
            "error_message": "Kies 'ja' uit het lijstje, of maak de cel leeg.",
        },
    )
    sheet.conditional_format(
        rows.start,
        0,
        rows.stop - 1,
        1,
        {"type": "formula", "criteria": f'=$B{rows.start + 1}="{SELECTED}"', "format": styles.chosen},
    )


def _result_writer(
    sheet: StreamingWorksheet, matrix: Keuzematrix, table: InstrumentTable, styles: Styles
) -> Callable[[int], None]:
    """Return a function that writes the result row at a 0-based sheet row.

    The k-th result row first finds the position of the k-th best instrument (hidden column C): the k-th
    largest sort key, minus the part that only breaks ties. Beside it come the instrument's name, linked
    to its row on Instrumenten, its fit and a few praktische kenmerken. The cached values are those with
    nothing selected: every instrument, in keuzematrix order.
    """
    base = table.key_base
    fields = [(table.column(header), name) for header, name in RESULT_FIELDS.items()]
    defaults = default_results(matrix)
    column_letter = xl_col_to_name(Z_POSITION_COL)

    def write_result(row: int) -> None:
        rank = row - Z_HEADER
        position, fit = defaults[rank - 1]
        instrument = matrix.instrumenten[position - 1]
        pick = f"${column_letter}{row + 1}"
        write_cached_formula(
            sheet,
            row,
            Z_POSITION_COL,
            f'=IF({rank}>aantal_passend,"",{base}-MOD(LARGE(sleutels,{rank}),{base}))',
            position,
        )
        empty = f'IF({pick}="","",'
        name = f'={empty}HYPERLINK("#Instrumenten!A"&({pick}+{FIRST_DATA_ROW0}),INDEX(namen,{pick})&""))'
        write_cached_formula(sheet, row, Z_RESULT_COL, name, instrument.naam or "", styles.link)
        write_cached_formula(
            sheet, row, Z_RESULT_COL + 1, f"={empty}INT(INDEX(sleutels,{pick})/{base}))", fit, styles.fits
        )
        for col, (column, values) in enumerate(fields, start=Z_RESULT_COL + 2):
            value = column.value(instrument)
            source = f"INDEX({values},{pick})"
            if column.kind == "euro":
                formula, style = f'={empty}IF({source}="","",{source}))', styles.euro
            else:
                formula, style = f'={empty}{source}&"")', styles.text
            write_cached_formula(sheet, row, col, formula, "" if value is None else value, style)

    return write_result


def write_berekening(sheet: StreamingWorksheet, matrix: Keuzematrix, table: InstrumentTable) -> None:
    """Write the hidden sheet that scores every instrument for the current choice.

    Row 1: the number of tegels (B1, ``tegels_gekozen``) and klantkenmerken (D1) chosen, the number of matching
    instruments (F1, ``aantal_passend``), the row of the instrument on the Instrumentkaart (H1, ``kaart_positie``)
    and, from J1 (``weging``), a weight per label: 1 for a chosen tegel, 100 for a chosen klantkenmerk, else 0.
    Per instrument, on the same row as on Instrumenten:
    A = its hits in one number, tegel hits + 100 x klantkenmerk hits (one SUMPRODUCT over its marks);
    B = its sort key (``sleutels``): empty when it does not match, else fit x base + (base - position), so the
    largest key is the best fit and, among equal fits, the first in the keuzematrix.
    """
    n, base = table.count, table.key_base
    tegel_rows, kenmerk_rows = choice_rows(table)
    chosen = 'COUNTIF(Zoeken!$B${}:$B${},"' + SELECTED + '")'
    exact_match = f'=IFERROR(MATCH(TRUE,EXACT(namen,{CHOSEN_NAME}),0),"")'
    cells = (
        ("Tegels gekozen", "=" + chosen.format(tegel_rows.start + 1, tegel_rows.stop), 0),
        ("Klantkenmerken gekozen", "=" + chosen.format(kenmerk_rows.start + 1, kenmerk_rows.stop), 0),
        ("Aantal passend", "=COUNT(sleutels)", n),
        ("Positie instrumentkaart", "{" + exact_match + "}", 1 if n else ""),
    )
    for col, (title, formula, value) in enumerate(cells):
        sheet.write_string(0, 2 * col, title)
        if formula.startswith("{"):
            sheet.write_array_formula(0, 2 * col + 1, 0, 2 * col + 1, formula, None, value)
        else:
            write_cached_formula(sheet, 0, 2 * col + 1, formula, value)
    sheet.write_string(0, B_WEIGHTS - 1, "Weging:")
    weights = [(row, 1) for row in tegel_rows] + [(row, KENMERK_WEIGHT) for row in kenmerk_rows]
    for col, (row, weight) in enumerate(weights, start=B_WEIGHTS):
        write_cached_formula(sheet, 0, col, f'=IF(Zoeken!$B${row + 1}="{SELECTED}",{weight},0)', 0)
    sheet.write_string(1, 0, f"Treffers (tegels + {KENMERK_WEIGHT} x klantkenmerken)")
    sheet.write_string(1, 1, "Sorteersleutel")
    for col, label in enumerate(table.labels, start=B_WEIGHTS):
        sheet.write_string(1, col, label)
    marks = f"Instrumenten!{xl_col_to_name(table.first_mark)}{{r}}:{xl_col_to_name(table.first_practical - 1)}{{r}}"
    w = KENMERK_WEIGHT
    for index in range(1, n + 1):
        row = FIRST_DATA_ROW0 + index - 1
        r = row + 1
        write_cached_formula(sheet, row, 0, f'=SUMPRODUCT(weging*({marks.format(r=r)}="{SELECTED}"))', 0)
        matches = f"AND(OR(tegels_gekozen=0,MOD(A{r},{w})>0),OR(klantkenmerken_gekozen=0,A{r}>={w}))"
        fit = f"(MOD(A{r},{w})+INT(A{r}/{w}))"
        write_cached_formula(sheet, row, 1, f'=IF({matches},{fit}*{base}+{base - index},"")', base - index)
