"""The beheergroep's cycle in the workbook: freshness and ervaringen on Instrumenten, the Instrumentkaart and Overzicht.

Columns appear only for what the keuzematrix has: the freshness fields that are filled somewhere, the
validity when an instrument has a Geldig vanaf or Geldig tot, the ervaringen when the sheet Ervaringen had any.
Who gave an ervaring is never in the model, so it cannot reach the workbook.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from typing import TYPE_CHECKING

from .. import ervaringen, freshness, values
from ..fields import MANAGEMENT_GROUP, workbook_columns
from ..model import Instrument, Keuzematrix
from ..taxonomy import load_taxonomy
from ..xlsxfile import row_height, text_lines
from .columns import FieldColumn, field_column
from .styles import FONT_SIZE, Styles
from .xlsxwriter_internals import StreamingWorksheet, write_cached_formula

if TYPE_CHECKING:  # layout builds its table from cycle_columns
    from .layout import InstrumentTable

STATUS = "Status"
RECENT = "Recente toelichtingen"
RATING_HEADERS = ("Ervaringen", "Algemeen (gemiddeld)", "Resultaat (gemiddeld)", "Uitvoering (gemiddeld)")
LATEST = "Laatste ervaring"
RANKED = 5  # instruments listed as best and as least rated on Overzicht
CARD_SECTION = "Beheer en ervaringen"
# The freshness fields: the beheer group of the registry, shown only when the keuzematrix fills them.
FRESHNESS_FIELDS = tuple(f.key for f, _ in workbook_columns(load_taxonomy().fields, MANAGEMENT_GROUP))


def peildatum_of(matrix: Keuzematrix) -> dt.date:
    """Return the peildatum the workbook shows freshness on."""
    return freshness.reference_date(matrix.peildatum)


def cycle_columns(matrix: Keuzematrix) -> tuple[FieldColumn, ...]:
    """Return the Instrumenten columns of status, freshness fields and ervaringen that ``matrix`` has."""
    instruments = matrix.instrumenten
    columns: list[FieldColumn] = []
    if any(i.geldig_vanaf or i.geldig_tot for i in instruments):
        day = peildatum_of(matrix)
        columns.append(FieldColumn("status", STATUS, 12, lambda i: freshness.validity(i, day), "text"))
    for f, column in workbook_columns(load_taxonomy(matrix.taxonomie).fields, MANAGEMENT_GROUP):
        if any(getattr(i, f.attribute) for i in instruments):
            columns.append(field_column(f, column))
    if matrix.ervaringen:
        recent = _recent_by_instrument(matrix)
        count, general, result, execution = RATING_HEADERS
        columns += [
            FieldColumn("ervaringen", count, 10, lambda i: i.ervaringen.aantal if i.ervaringen else None, "number"),
            FieldColumn("algemeen", general, 10, lambda i: i.ervaringen.algemeen if i.ervaringen else None, "number"),
            FieldColumn("resultaat", result, 10, lambda i: i.ervaringen.resultaat if i.ervaringen else None, "number"),
            FieldColumn(
                "uitvoering", execution, 10, lambda i: i.ervaringen.uitvoering if i.ervaringen else None, "number"
            ),
            FieldColumn("laatste_ervaring", LATEST, 12, _latest, "text"),
            FieldColumn("recente_toelichtingen", RECENT, 45, lambda i: recent.get(i.id), "wrap"),
        ]
    return tuple(columns)


def _latest(instrument: Instrument) -> str | None:
    latest = instrument.ervaringen.laatste if instrument.ervaringen else None
    return freshness.dutch_date(dt.date.fromisoformat(latest)) if latest else None


def _recent_by_instrument(matrix: Keuzematrix) -> dict[str, str]:
    by_id: dict[str, list] = {}
    for ervaring in matrix.ervaringen:  # grouped once: a national matrix has thousands of both
        by_id.setdefault(ervaring.instrument_id, []).append(ervaring)
    found = {i: "\n".join(ervaringen.recent_explanations(own, i)) for i, own in by_id.items()}
    return {i: text for i, text in found.items() if text}


# --- Instrumentkaart ---


def cycle_headers() -> frozenset[str]:
    """Return the header of every column :func:`cycle_columns` can add."""
    fields = {column.header for _, column in workbook_columns(load_taxonomy().fields, MANAGEMENT_GROUP)}
    return frozenset({STATUS, *fields, *RATING_HEADERS, LATEST, RECENT})


def write_cycle_card(
    sheet: StreamingWorksheet, matrix: Keuzematrix, table: InstrumentTable, styles: Styles, first_row: int
) -> int:
    """Write the status, freshness and ervaringen of the chosen instrument from ``first_row``; return the last row.

    The cached values are those of the first instrument, which the card shows when it opens.
    """
    headers = cycle_headers()
    columns = [c for c in table.fields if c.header in headers]
    if not columns:
        return first_row - 1
    first = matrix.instrumenten[0] if matrix.instrumenten else None
    sheet.set_row(first_row, 24)
    # Beheer and ervaringen are internal: the block is marked like the card's Intern block.
    sheet.write_string(first_row, 0, CARD_SECTION, styles.intern_section)
    sheet.write_blank(first_row, 1, None, styles.intern_section)
    row = first_row
    for column in columns:
        row += 1
        pick = f"INDEX({table.data_range('Instrumenten', table.column_of(column.key))},kaart_positie)"
        if column.kind == "number":
            formula, style = f'=IFERROR(IF({pick}="","",{pick}),"")', styles.intern_number
        else:
            formula, style = f'=IFERROR({pick}&"","")', styles.intern_value
        if column.header == RECENT:
            sheet.set_row(row, row_height(ervaringen.RECENT_EXPLANATIONS * 2, FONT_SIZE))
        value = column.value(first) if first else None
        sheet.write_string(row, 0, column.header, styles.intern_label)
        write_cached_formula(sheet, row, 1, formula, "" if value is None else value, style)
    sheet.print_area(0, 0, row, 1)
    return row


# --- Overzicht ---


def write_cycle_overview(
    sheet: StreamingWorksheet, matrix: Keuzematrix, table: InstrumentTable, styles: Styles, first_row: int
) -> int:
    """Write the freshness block and the best and least rated instruments from ``first_row``; return the next row."""
    row = first_row
    if _uses_freshness(matrix.instrumenten):
        row = _write_freshness(sheet, matrix, table, styles, row) + 2
    if ervaringen.ranked(matrix.instrumenten):
        row = _write_ratings(sheet, matrix, styles, row) + 2
    return row


def _uses_freshness(instruments: Sequence[Instrument]) -> bool:
    keys = (*freshness.DATE_FIELDS, freshness.OWNER)
    return any(getattr(i, key) for i in instruments for key in keys)


def _write_freshness(
    sheet: StreamingWorksheet, matrix: Keuzematrix, table: InstrumentTable, styles: Styles, row: int
) -> int:
    day = peildatum_of(matrix)
    found = freshness.freshness(matrix.instrumenten, matrix.instellingen, day)
    months = matrix.instellingen.controleren_na_maanden
    sheet.write_string(row, 0, f"Versheid op {freshness.dutch_date(day)}", styles.section)
    sheet.write_blank(row, 1, None, styles.section)
    counts = (
        (f"Controle nodig (laatste controle langer dan {months} maanden geleden)", found.te_controleren),
        ("Nooit gecontroleerd", found.nooit_gecontroleerd),
        ("Verloopt binnen een maand", found.verloopt_binnenkort),
        ("Verlopen: niet op de website voor cliënten", found.verlopen),
        ("Nog niet geldig: niet op de website voor cliënten", found.nog_niet_geldig),
    )
    for label, instruments in counts:
        row += 1
        sheet.write_string(row, 0, label, styles.label)
        sheet.write_number(row, 1, len(instruments), styles.count)
    row += 2
    owner_header = table.header(freshness.OWNER)
    headers = (owner_header, "Instrumenten", "Controle nodig", "Nooit gecontroleerd", "Verloopt binnenkort")
    for col, header in enumerate(headers):
        sheet.write_string(row, col, header, styles.heading)
    for owner, owned in found.per_eigenaar.items():
        row += 1
        sheet.write_string(row, 0, owner, styles.label)
        numbers = (owned.instrumenten, owned.te_controleren, owned.nooit_gecontroleerd, owned.verloopt_binnenkort)
        for col, number in enumerate(numbers, start=1):
            sheet.write_number(row, col, number, styles.count)
    attention = _attention(found, months)
    if attention:
        row += 2
        for col, header in enumerate((table.header("naam"), "Wat moet er gebeuren", owner_header)):
            sheet.write_string(row, col, header, styles.heading)
        for instrument, what in attention:
            row += 1
            sheet.set_row(row, row_height(text_lines(instrument.naam or "", 33, FONT_SIZE), FONT_SIZE))
            sheet.write_string(row, 0, instrument.naam or "", styles.label)
            sheet.write_string(row, 1, what, styles.label)
            sheet.write_string(row, 2, instrument.eigenaar or freshness.NO_OWNER, styles.label)
    return row


def _attention(found: freshness.Freshness, months: int) -> list[tuple[Instrument, str]]:
    """Return each instrument that needs the beheergroep, with what, in the order of the keuzematrix's rows."""
    reasons: dict[int, tuple[Instrument, list[str]]] = {}

    def add(instrument: Instrument, what: str) -> None:
        reasons.setdefault(id(instrument), (instrument, []))[1].append(what)

    for instrument in found.verlopen:
        add(instrument, f"verlopen sinds {_day_after(instrument.geldig_tot)}")
    for instrument in found.nog_niet_geldig:
        add(instrument, f"nog niet geldig, vanaf {_dutch(instrument.geldig_vanaf)}")
    for instrument in found.verloopt_binnenkort:
        add(instrument, f"verloopt na {_dutch(instrument.geldig_tot)}")
    for instrument in found.te_controleren:
        add(instrument, f"controle nodig sinds {freshness.dutch_date(freshness.check_due(instrument, months))}")
    for instrument in found.nooit_gecontroleerd:
        add(instrument, "nooit gecontroleerd")
    ordered = sorted(reasons.values(), key=lambda item: item[0].bron.rij)
    return [(instrument, "; ".join(what)) for instrument, what in ordered]


def _dutch(text: str | None) -> str:
    return freshness.dutch_date(values.date(text))


def _day_after(text: str | None) -> str:
    day = values.date(text)
    return freshness.dutch_date(day + dt.timedelta(days=1) if day else None)


def _write_ratings(sheet: StreamingWorksheet, matrix: Keuzematrix, styles: Styles, row: int) -> int:
    rated = ervaringen.ranked(matrix.instrumenten)
    # Few rated instruments are split in two halves, so that none is listed as both best and least rated.
    best = rated[: min(RANKED, (len(rated) + 1) // 2)]
    least = rated[::-1][: min(RANKED, len(rated) // 2)]
    sheet.write_string(row, 0, "Ervaringen van professionals", styles.section)
    sheet.write_blank(row, 1, None, styles.section)
    row += 1
    sheet.write_string(
        row,
        0,
        f"Alleen instrumenten met minstens {ervaringen.MIN_FOR_RANKING} ervaringen; scores van 1 tot 5.",
        styles.note,
    )
    for title, instruments in (("Best beoordeeld", best), ("Minst goed beoordeeld", least)):
        if not instruments:
            continue
        row += 2
        headers = (title, "Ervaringen", "Algemeen", "Resultaat", "Uitvoering")
        for col, header in enumerate(headers):
            sheet.write_string(row, col, header, styles.heading)
        for instrument in instruments:
            row += 1
            summary = instrument.ervaringen
            if summary is None:  # ranked() lists rated instruments only
                continue
            sheet.write_string(row, 0, instrument.naam or "", styles.label)
            sheet.write_number(row, 1, summary.aantal, styles.count)
            for col, value in enumerate((summary.algemeen, summary.resultaat, summary.uitvoering), start=2):
                sheet.write_number(row, col, value, styles.count)
    return row
