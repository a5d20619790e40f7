"""The Instrumentkaart: every field of the chosen instrument on one A4."""

from __future__ import annotations

from xlsxwriter.format import Format

from ..model import Instrument, Keuzematrix
from .layout import SELECTED, InstrumentTable
from .styles import TITLE_HEIGHT, Styles, print_setup, row_height
from .xlsxwriter_internals import StreamingWorksheet, write_cached_formula

CARD_LINES = 8  # the most lines a field row of the Instrumentkaart shows


# The Instrumentkaart: section headings (None) and field rows. A field names its Instrumenten header;
# "Tegels" and "Klantkenmerken" are listed from the mark columns.
CARD: tuple[tuple[str, str | None], ...] = (
    ("Wat houdt het in?", None),
    ("Samenvatting", "Samenvatting"),
    ("Doel", "Doel"),
    ("Werkwijze", "Werkwijze"),
    ("Onderscheidende aanpak", "Onderscheidende aanpak"),
    ("Uitvoeringsvorm", "Uitvoeringsvorm"),
    ("Voor wie?", None),
    ("Tegels", "Tegels"),
    ("Klantkenmerken", "Klantkenmerken"),
    ("Doelgroepen", "Doelgroepen"),
    ("Toelichting doelgroep", "Toelichting doelgroep"),
    ("Voorwaarden deelname", "Voorwaarden deelname"),
    ("Praktisch", None),
    ("Aanbieder", "Aanbieder"),
    ("Organisatie", "Organisatie"),
    ("Groep/individueel", "Groep/individueel"),
    ("Totale duur", "Duur"),
    ("Toelichting duur", "Toelichting duur"),
    ("Intensiteit (uur per week)", "Intensiteit (uur per week)"),
    ("Toelichting intensiteit", "Toelichting intensiteit"),
    ("Locatie(s) uitvoering", "Locatie(s) uitvoering"),
    ("Beschikbare gebieden", "Beschikbare gebieden"),
    ("Totale kosten", "Totale kosten"),
    ("Toelichting kosten", "Toelichting kosten"),
    ("Aanmelden en afspraken", None),
    ("Aanmeldinstructies", "Aanmeldinstructies"),
    ("Contactpersonen", "Contactpersonen"),
    ("Samenwerkingspartners", "Samenwerkingspartners"),
    ("Werkafspraken", "Werkafspraken"),
    ("Registratiecodes", "Registratiecodes"),
    ("Aanvullende informatie", "Aanvullende informatie"),
    ("Aanvullende inhoud", "Aanvullende inhoud"),
)


def card_values(instrument: Instrument, table: InstrumentTable) -> list[tuple[str, str | float | None]]:
    """Return the (label, value) rows of the Instrumentkaart for ``instrument``; section headings have None."""
    rows: list[tuple[str, str | float | None]] = []
    for label, source in CARD:
        if source is None:
            rows.append((label, None))
        elif source == "Tegels":
            rows.append((label, ", ".join(instrument.tegels)))
        elif source == "Klantkenmerken":
            rows.append((label, ", ".join(instrument.klantkenmerken)))
        else:
            value = table.column(source).value(instrument)
            rows.append((label, "" if value is None else value))
    return rows


def write_kaart(
    sheet: StreamingWorksheet, matrix: Keuzematrix, table: InstrumentTable, styles: Styles, lines: dict[str, int]
) -> None:
    """Write the Instrumentkaart.

    Spreadsheet programs do not refit a row when a formula result changes, so each row is sized by ``lines``
    for the longest value of its field in the keuzematrix: the card stays readable whichever instrument is chosen.
    """
    sheet.set_column(0, 0, 24)
    sheet.set_column(1, 1, 88)
    print_setup(sheet, landscape=False, pages_high=1)
    sheet.print_area(0, 0, 3 + len(CARD), 1)
    first = matrix.instrumenten[0] if matrix.instrumenten else Instrument(id="", naam="")
    sheet.set_row(0, TITLE_HEIGHT)
    sheet.merge_range(0, 0, 0, 1, "Instrumentkaart", styles.title)
    sheet.write_string(1, 0, "Kies een instrument:", styles.label_bold)
    sheet.write_string(1, 1, first.naam or "", styles.input)
    sheet.data_validation(
        1,
        1,
        1,
        1,
        {
            "validate": "list",
            "source": "=namen",
            "input_title": "Instrument kiezen",
            "input_message": "Kies een instrument uit de lijst; de kaart toont dan al zijn gegevens.",
            "error_title": "Onbekend instrument",
            "error_message": "Kies een naam uit de lijst.",
        },
    )
    sheet.write_string(2, 0, "Kies in cel B2 een ander instrument. De kaart past op één A4.", styles.note)
    write_card_rows(sheet, table, styles, lines, first, 4)


def write_card_rows(
    sheet: StreamingWorksheet,
    table: InstrumentTable,
    styles: Styles,
    lines: dict[str, int],
    cached: Instrument,
    top: int,
    position: str = "kaart_positie",
) -> None:
    """Write the rows of a card from row ``top``: the instrument at ``position``, with ``cached``'s values."""
    for row, ((label, source), (_, value)) in enumerate(zip(CARD, card_values(cached, table), strict=True), start=top):
        if source is None:
            sheet.set_row(row, 24)
            sheet.write_string(row, 0, label, styles.section)
            sheet.write_blank(row, 1, None, styles.section)
            continue
        sheet.set_row(row, row_height(min(lines.get(source, 1), CARD_LINES)))
        sheet.write_string(row, 0, label, styles.card_label)
        formula, style = _card_formula(table, source, styles, position)
        write_cached_formula(sheet, row, 1, formula, "" if value is None else value, style)


def _card_formula(table: InstrumentTable, source: str, styles: Styles, position: str) -> tuple[str, Format]:
    """Return the formula and format showing field ``source`` of the instrument at ``position`` (the chosen one)."""
    if source in ("Tegels", "Klantkenmerken"):
        return _card_labels_formula(table, source, position), styles.card_value
    pick = f"INDEX({table.data_range('Instrumenten', table.column_of(source))},{position})"
    kind = table.column(source).kind
    if kind == "euro":
        return f'=IFERROR(IF({pick}="","",{pick}),"")', styles.card_euro
    if kind == "number":
        return f'=IFERROR(IF({pick}="","",{pick}),"")', styles.card_number
    return f'=IFERROR({pick}&"","")', styles.card_value


def _card_labels_formula(table: InstrumentTable, source: str, position: str) -> str:
    """Return the formula listing the tegels (or klantkenmerken) the chosen instrument is marked with.

    Excel 2016 has no TEXTJOIN, so the labels are joined with one IF per label; MID drops the leading ", ".
    """
    if source == "Tegels":
        labels, first = table.tegels, table.first_mark
    else:
        labels, first = table.klantkenmerken, table.first_kenmerk
    parts = [
        f'IF(INDEX({table.data_range("Instrumenten", first + i)},{position})="{SELECTED}",", {label}","")'
        for i, label in enumerate(labels)
    ]
    return f'=IFERROR(MID({"&".join(parts)},3,2000),"")'
