"""The search: the Zoeken sheet and the hidden Berekening sheet that scores every instrument for it.

The formulas reproduce ``keuzehulp.selection.select``; the tests let LibreOffice recalculate them and compare.
"""

from __future__ import annotations

from collections.abc import Callable

from xlsxwriter.utility import xl_col_to_name, xl_rowcol_to_cell

from ..fields import NUMBER_KINDS
from ..model import Keuzematrix
from ..selection import RESULT_LIMIT, select, shown
from ..taxonomy import load_taxonomy
from ..xlsxfile import row_height, text_lines
from .layout import (
    B_AREAS,
    B_WEIGHTS,
    CHOSEN_NAME,
    FIRST_DATA_ROW0,
    PRACTICAL_FILTERS,
    RESULT_CARDS,
    RESULT_FIELDS,
    SELECTED,
    Z_HEADER,
    Z_MATCHED_COL,
    Z_POSITION_COL,
    Z_RANK_COL,
    Z_RESULT_COL,
    InstrumentTable,
    choice_rows,
    filter_rows,
)
from .result_cards import card_block_row
from .styles import FONT_SIZE, PORTRAIT_WIDTHS, TITLE_HEIGHT, Styles, print_setup
from .xlsxwriter_internals import CachedFormula, RowCell, StreamingWorksheet, write_cached_formula

KENMERK_WEIGHT = 100  # a chosen klantkenmerk counts 100, a chosen tegel 1: one number holds both hit counts
RESULT_LINES = 3  # the most lines a result row shows of its samenvatting (spreadsheets do not refit rows)
CHOSEN = "(tegels_gekozen+klantkenmerken_gekozen)"
NOTHING_FOUND = (
    "Niets gevonden: geen instrument past bij deze keuzes. Haal een keuze weg of maak een praktisch filter leeg."
)
MORE_THAN_SHOWN = f" U ziet de beste {RESULT_LIMIT}; kies scherper om de andere te zien."
NO_PREFERENCE = "voor iedereen"  # what an empty doelgroep means


def default_positions(matrix: Keuzematrix) -> list[int]:
    """Return the 1-based positions of the Zoeken results with nothing selected: the first instruments, in order."""
    positions = {id(instrument): index for index, instrument in enumerate(matrix.instrumenten, start=1)}
    return [positions[id(instrument)] for instrument, _ in shown(select(matrix.instrumenten))]


SEARCH_INSTRUCTION = (
    "Stap 1: zet in kolom B 'ja' (kies uit het lijstje) bij de tegels en klantkenmerken die bij de klant passen. "
    "Binnen een groep is één overeenkomst genoeg; kiest u zowel tegels als klantkenmerken, dan moet een instrument "
    "bij allebei minstens één keuze hebben. Bovenaan staan de instrumenten met de meeste overeenkomsten "
    "(Treffers). Stap 2: verfijn onder 'Praktisch' op uitvoeringsvorm, groep, duur, uren, gebied en kosten; "
    "een leeg vakje betekent: maakt niet uit. Klik op een naam voor de kaart van dat instrument. "
    "Wissen: selecteer de keuzes en druk op Delete."
)


def write_zoeken(sheet: StreamingWorksheet, matrix: Keuzematrix, table: InstrumentTable, styles: Styles) -> None:
    """Write the search sheet: the choices and filters in columns A and B, the best results from column D."""
    tegel_rows, kenmerk_rows = choice_rows(table)
    practical_rows = filter_rows(table)
    headings = [heading for heading, _, _ in RESULT_FIELDS]
    headers = ("Nr.", table.header("naam"), "Treffers", headings[0], "Past op", *headings[1:])
    printed = (4.5, 22, 7)  # Nr., Instrument, Treffers; the samenvatting fills the rest of what A4 portrait holds
    widths = (40, 22, 4, *printed, sum(PORTRAIT_WIDTHS) - sum(printed), 26, 18, 10, 7, 12, 11)
    for col, width in enumerate(widths):
        sheet.set_column(col, col, width, None, {"hidden": col == Z_POSITION_COL})
    last_col = len(widths) - 1
    sheet.set_row(0, TITLE_HEIGHT)
    sheet.set_row(1, 68)
    sheet.set_row(Z_HEADER - 1, 34)
    sheet.freeze_panes(Z_HEADER + 1, 0)
    print_setup(sheet, landscape=True)
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
    choices[practical_rows.start - 1] = ("Praktisch: leeg is 'maakt niet uit'", True)
    choices.update((row, (f.label, False)) for row, f in zip(practical_rows, PRACTICAL_FILTERS, strict=True))
    _filter_rules(sheet, matrix, table, practical_rows, styles)

    results = default_positions(matrix)
    sheet.write_string(0, 0, "Zoeken: welk instrument past bij deze klant?", styles.title)
    sheet.merge_range(1, 0, 1, last_col, SEARCH_INSTRUCTION, styles.intro)
    sheet.merge_range(Z_HEADER - 1, Z_RANK_COL, Z_HEADER - 1, last_col, "", styles.status)
    write_cached_formula(sheet, Z_HEADER - 1, Z_RANK_COL, _status_formula(table.count), _status(table.count))
    sheet.conditional_format(
        Z_HEADER - 1,
        Z_RANK_COL,
        Z_HEADER - 1,
        last_col,
        {"type": "formula", "criteria": "=aantal_passend=0", "format": styles.warning},
    )
    result_height = row_height(_summary_lines(matrix, widths[field_columns()[0]]), FONT_SIZE)
    write_result = _result_writer(sheet, matrix, table, styles)
    for row in range(Z_HEADER, max(practical_rows.stop, Z_HEADER + 1 + len(results))):
        if Z_HEADER < row <= Z_HEADER + len(results):
            sheet.set_row(row, result_height)
        if row in choices:
            text, is_heading = choices[row]
            sheet.write_string(row, 0, text, styles.group if is_heading else styles.label)
            if is_heading:
                sheet.write_string(row, 1, "Kies", styles.group)
            else:
                sheet.write_blank(row, 1, None, styles.choice)
        if row == Z_HEADER:
            sheet.write_string(row, Z_POSITION_COL, "Positie")
            for col, header in enumerate(headers, start=Z_RANK_COL):
                sheet.write_string(row, col, header, styles.heading)
        elif row <= Z_HEADER + len(results):
            write_result(row)


def field_columns() -> tuple[int, ...]:
    """Return the 0-based Zoeken column of each of ``RESULT_FIELDS``: the first before "Past op", the rest after."""
    return (Z_MATCHED_COL - 1, *range(Z_MATCHED_COL + 1, Z_MATCHED_COL + len(RESULT_FIELDS)))


def _status_formula(n: int) -> str:
    """Return the formula of the line above the results: how many fit, and whether only the best are shown."""
    more = f'IF(aantal_passend>{RESULT_LIMIT},"{MORE_THAN_SHOWN}","")'
    return (
        f'=IF(aantal_passend=0,"{NOTHING_FOUND}",IF({CHOSEN}=0,"Geen tegel of klantkenmerk gekozen: ",'
        f'"Passend: ")&aantal_passend&" van {n} instrumenten, de beste bovenaan."&{more})'
    )


def _status(n: int) -> str:
    """Return the line above the results with nothing chosen: what ``_status_formula`` gives then."""
    if n == 0:
        return NOTHING_FOUND
    more = MORE_THAN_SHOWN if n > RESULT_LIMIT else ""
    return f"Geen tegel of klantkenmerk gekozen: {n} van {n} instrumenten, de beste bovenaan.{more}"


def _summary_lines(matrix: Keuzematrix, width: float) -> int:
    """Return the lines a result row needs for the longest samenvatting, at most ``RESULT_LINES``."""
    longest = max((text_lines(i.samenvatting or "", width, FONT_SIZE) for i in matrix.instrumenten), default=1)
    return min(longest, RESULT_LINES)


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
    _highlight(sheet, rows, f'="{SELECTED}"', styles)


def _highlight(sheet: StreamingWorksheet, rows: range, condition: str, styles: Styles) -> None:
    """Colour the rows whose cell in column B meets ``condition`` (a comparison such as ``="ja"``)."""
    sheet.conditional_format(
        rows.start,
        0,
        rows.stop - 1,
        1,
        {"type": "formula", "criteria": f"=$B{rows.start + 1}{condition}", "format": styles.chosen},
    )


def _filter_rules(
    sheet: StreamingWorksheet, matrix: Keuzematrix, table: InstrumentTable, rows: range, styles: Styles
) -> None:
    """Add a dropdown (a list filter) or a number check (a maximum) to each praktisch filter cell."""
    taxonomy = load_taxonomy(matrix.taxonomie)
    lists = {
        "filter_vorm": taxonomy.labels("uitvoeringsvormen"),
        "filter_groep": tuple(dict.fromkeys(v for values in taxonomy.groep_individueel.values() for v in values)),
        "filter_gebied": "=lijst_gebieden",
    }
    for row, practical in zip(rows, PRACTICAL_FILTERS, strict=True):
        if table.column(practical.key).separator is not None:
            source = lists[practical.name]
            options: dict[str, object] = {
                "validate": "list",
                "source": source if isinstance(source, str) else list(source),
                "input_title": practical.label,
                "input_message": "Kies uit het lijstje; leeg betekent: maakt niet uit.",
                "error_title": "Niet in het lijstje",
                "error_message": "Kies een waarde uit het lijstje, of maak de cel leeg.",
            }
        else:
            options = {
                "validate": "decimal",
                "criteria": ">=",
                "value": 0,
                "input_title": practical.label,
                "input_message": "Typ een getal; leeg betekent: maakt niet uit.",
                "error_title": "Alleen een getal",
                "error_message": "Typ een getal van 0 of meer, of maak de cel leeg.",
            }
        sheet.data_validation(row, 1, row, 1, options)
    _highlight(sheet, rows, '<>""', styles)


def _result_writer(
    sheet: StreamingWorksheet, matrix: Keuzematrix, table: InstrumentTable, styles: Styles
) -> Callable[[int], None]:
    """Return a function that writes the result row at a 0-based sheet row.

    The k-th result row first finds the position of the k-th best instrument (hidden column C): the k-th
    largest sort key, minus the part that only breaks ties. Only the best ``RESULT_LIMIT`` rows exist, so the
    work grows with the number of instruments, not with its square. Beside it come the rank, the name (a link
    to the instrument's card on Resultaatkaarten), its fit, the chosen labels it has and the fields of
    ``RESULT_FIELDS``. The cached values are those with nothing selected: the first instruments, in order.
    """
    base = table.key_base
    fields = [(table.column(key), name) for _, key, name in RESULT_FIELDS]
    defaults = default_positions(matrix)
    column_letter = xl_col_to_name(Z_POSITION_COL)
    label_columns = [
        (
            label,
            "Berekening!" + xl_rowcol_to_cell(0, B_WEIGHTS + i, True, True),
            table.data_range("Instrumenten", table.first_mark + i),
        )
        for i, label in enumerate(table.labels)
    ]

    def write_result(row: int) -> None:
        rank = row - Z_HEADER
        position = defaults[rank - 1]
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
        write_cached_formula(sheet, row, Z_RANK_COL, f"={empty}{rank})", rank, styles.fits)
        target = f"#{RESULT_CARDS}!A{card_block_row(rank, table) + 1}"
        name = f'={empty}HYPERLINK("{target}",INDEX(namen,{pick})&""))'
        write_cached_formula(sheet, row, Z_RESULT_COL, name, instrument.naam or "", styles.link_wrap)
        fit_text = f'IF({CHOSEN}=0,"",INT(INDEX(sleutels,{pick})/{base})&" van "&{CHOSEN})'
        write_cached_formula(sheet, row, Z_RESULT_COL + 1, f"={empty}{fit_text})", "", styles.fits)
        matched = "&".join(
            f'IF(AND({weight}>0,INDEX({marks},{pick})="{SELECTED}"),", {label}","")'
            for label, weight, marks in label_columns
        )
        write_cached_formula(sheet, row, Z_MATCHED_COL, f"={empty}MID({matched},3,2000))", "", styles.wrap)
        for col, (column, values) in zip(field_columns(), fields, strict=True):
            value = column.value(instrument)
            source = f"INDEX({values},{pick})"
            if column.kind in NUMBER_KINDS:
                formula = f'={empty}IF({source}="","",{source}))'
                style = styles.euro if column.kind == "euro" else styles.number
            elif column.key == "doelgroepen":
                formula, style = f'={empty}IF({source}="","{NO_PREFERENCE}",{source}&""))', styles.wrap
                value = value or NO_PREFERENCE
            else:
                formula, style = f'={empty}{source}&"")', styles.wrap
            write_cached_formula(sheet, row, col, formula, "" if value is None else value, style)

    return write_result


def write_berekening(sheet: StreamingWorksheet, matrix: Keuzematrix, table: InstrumentTable) -> None:
    """Write the hidden sheet that scores every instrument for the current choice.

    Row 1: the number of tegels (B1, ``tegels_gekozen``) and klantkenmerken (D1) chosen, the number of matching
    instruments (F1, ``aantal_passend``), the row of the instrument on the Instrumentkaart (H1, ``kaart_positie``)
    and, from J1 (``weging``), a weight per label: 1 for a chosen tegel, 100 for a chosen klantkenmerk, else 0.
    Per instrument, on the same row as on Instrumenten:
    A = its hits in one number, tegel hits + 100 x klantkenmerk hits (one SUMIF over its marks);
    B = its sort key (``sleutels``): empty when it does not match the labels or a praktisch filter, else
    fit x base + (base - position), so the largest key is the best fit and, among equal fits, the first in the
    keuzematrix; C = whether it passes the praktische filters (apart, so a tick does not redo its text tests).
    Column D lists the gebieden for the dropdown on Zoeken (``lijst_gebieden``).
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
    sheet.write_string(1, 2, "Praktisch passend")
    sheet.write_string(1, B_AREAS, "Gebieden (lijstje op Zoeken)")
    for col, label in enumerate(table.labels, start=B_WEIGHTS):
        sheet.write_string(1, col, label)
    marks = f"Instrumenten!{xl_col_to_name(table.first_mark)}{{r}}:{xl_col_to_name(table.first_practical - 1)}{{r}}"
    practical = f"AND({_practical_test(table)})"
    w = KENMERK_WEIGHT
    for index in range(1, max(n, len(table.areas)) + 1):
        row = FIRST_DATA_ROW0 + index - 1
        r = row + 1
        row_cells: list[RowCell] = []
        if index <= n:
            matches = f"C{r},OR(tegels_gekozen=0,MOD(A{r},{w})>0),OR(klantkenmerken_gekozen=0,A{r}>={w})"
            fit = f"(MOD(A{r},{w})+INT(A{r}/{w}))"
            row_cells += [
                (0, CachedFormula(f'=SUMIF({marks.format(r=r)},"{SELECTED}",weging)', 0), None),
                (1, CachedFormula(f'=IF(AND({matches}),{fit}*{base}+{base - index},"")', base - index), None),
                (2, CachedFormula("=" + practical.format(r=r), True), None),
            ]
        if index <= len(table.areas):
            row_cells.append((B_AREAS, table.areas[index - 1], None))
        sheet.write_cells(row, row_cells)


def _practical_test(table: InstrumentTable) -> str:
    """Return the condition, for Instrumenten row ``{r}``, that every praktisch filter set on Zoeken holds.

    A list filter looks for its value between separators in the joined cell (so "De Hoven" is not found in
    "Wijk De Hoven"); a maximum needs a number in the cell. An empty filter cell holds for every instrument.
    """
    tests = []
    for practical in PRACTICAL_FILTERS:
        cell = f"Instrumenten!{xl_col_to_name(table.column_of(practical.key))}{{r}}"
        sep = table.column(practical.key).separator
        if sep is not None:
            test = f'ISNUMBER(FIND("{sep}"&{practical.name}&"{sep}","{sep}"&{cell}&"{sep}"))'
        else:
            limit = practical.name if practical.scale == 1 else f"{practical.scale}*{practical.name}"
            test = f"AND(ISNUMBER({cell}),{cell}<={limit})"
        tests.append(f'OR({practical.name}="",{test})')
    return ",".join(tests)
