"""The Instrumentkaart: every field of the chosen instrument on one A4, the internal ones in a marked Intern block.

Which rows a card has, and which of them are internal, comes from the field registry (``keuzehulp.fields``):
a part a cliënt never sees goes into the Intern block, so the professional card, the cliënt card and the
print sheet follow the same rule as the cliënt site.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from xlsxwriter.format import Format

from ..audience import CLIENT_PARTS
from ..fields import NEVER, ClientPart
from ..model import Instrument, Keuzematrix
from ..taxonomy import load_taxonomy
from ..xlsxfile import row_height, text_lines
from .columns import contacts_text
from .cycle import FRESHNESS_FIELDS, write_cycle_card
from .layout import FIRST_DATA_ROW0, SELECTED, InstrumentTable
from .styles import FONT_SIZE, PORTRAIT_WIDTHS, TITLE_HEIGHT, Styles, print_setup
from .xlsxwriter_internals import StreamingWorksheet, write_cached_formula

CARD_LINES = 8  # the most lines a field row of a card shows; the print sheet shows everything
# Points the field rows of a card may take together: with the title, notes and section headings (about 200 points)
# the card then prints on one A4 at about 80 % or more. The cliënt card, with fewer rows, prints at 90 %.
CARD_ROWS_HEIGHT = 740
MIN_CARD_LINES = 2  # every row shows at least this many lines of a value that needs them, whatever the total
DETAILS_SHEET = "Kaartgegevens"  # hidden: the parts of a field that have no column of their own on Instrumenten
INTERN_HEADING = "Intern: niet voor de cliënt"
CARD_NOTE = (
    "Kies in cel B2 een ander instrument. De kaart past op één A4. Wat onder 'Intern' staat, is niet voor de "
    "cliënt; het blad 'Kaart voor cliënt' toont dit instrument zonder die gegevens."
)

# The sections of a card: the heading on the professional card, the heading on the cliënt card, and the keys of
# the cliënt parts (``keuzehulp.fields.ClientPart``) in it. A part a cliënt never sees goes to the Intern block
# whatever is listed here; a part with a source that no section lists goes to the last section.
SECTIONS: tuple[tuple[str, str, tuple[str, ...]], ...] = (
    (
        "Wat houdt het in?",
        "Wat is het?",
        ("samenvatting", "doel", "werkwijze", "onderscheidende_aanpak", "uitvoeringsvormen"),
    ),
    (
        "Voor wie?",
        "Voor wie is het?",
        ("tegels", "klantkenmerken", "doelgroepen", "toelichting_doelgroep", "voorwaarden_deelname"),
    ),
    (
        "Praktisch",
        "Hoe gaat het?",
        (
            "aanbieder",
            "groep_individueel",
            "duur",
            "toelichting_duur",
            "intensiteit_uur_per_week",
            "toelichting_intensiteit",
            "locaties",
            "beschikbare_gebieden",
        ),
    ),
    (
        "Aanmelden en meer",
        "Meer weten?",
        (
            "aanmeldinstructies",
            "externe_contactpersonen",
            "samenwerkingspartners",
            "aanvullende_informatie",
            "aanvullende_inhoud",
        ),
    ),
)
MARKS = ("tegels", "klantkenmerken")  # parts shown from the mark columns of Instrumenten


@dataclass(frozen=True)
class CardRow:
    """A field row of a card: its part, label, where its value comes from, and the value of an instrument."""

    part: ClientPart
    label: str
    source: str  # the range over the data rows the value is picked from; "" for marks
    kind: str  # text, wrap, number, euro, marks
    value: Callable[[Instrument], str | float | None]
    marks: tuple[tuple[str, str], ...] = ()  # for marks: (range of a mark column, its label)

    @property
    def internal(self) -> bool:
        """Return True when a cliënt never sees this row."""
        return self.part.client == NEVER


@dataclass(frozen=True)
class Card:
    """The rows of a card: the sections (professional heading, cliënt heading, rows), then the Intern rows."""

    sections: tuple[tuple[str, str, tuple[CardRow, ...]], ...]
    intern: tuple[CardRow, ...]

    @property
    def rows(self) -> tuple[CardRow, ...]:
        """Return every row, in card order."""
        return (*(row for _, _, rows in self.sections for row in rows), *self.intern)


def detail_parts() -> tuple[ClientPart, ...]:
    """Return the parts that are shown apart from their field (the internal and external contactpersonen)."""
    return tuple(part for part in CLIENT_PARTS if part.contact_kind is not None)


def card_of(table: InstrumentTable) -> Card:
    """Return the rows of the cards for ``table``: every part of the registry that has a value source."""
    found = {row.part.key: row for row in _card_rows(table)}
    listed = {key for _, _, keys in SECTIONS for key in keys}
    public = [row for row in found.values() if not row.internal]
    sections = []
    for index, (heading, client_heading, keys) in enumerate(SECTIONS):
        rows = [found[key] for key in keys if key in found and not found[key].internal]
        if index == len(SECTIONS) - 1:
            rows += [row for row in public if row.part.key not in listed]
        sections.append((heading, client_heading, tuple(rows)))
    return Card(tuple(sections), tuple(row for row in found.values() if row.internal))


def _card_rows(table: InstrumentTable) -> list[CardRow]:
    """Return a card row for every registry part with a source, in registry order; the name is the card's title."""
    columns: dict[str, str] = {}
    for field in load_taxonomy().fields:
        if field.workbook is not None:
            columns.setdefault(field.attribute, field.key)
    details = {part.key: col for col, part in enumerate(detail_parts())}
    in_table = {column.key for column in table.fields}
    rows = []
    for part in CLIENT_PARTS:
        if part.key in FRESHNESS_FIELDS:
            continue  # on the card's Beheer block (keuzehulp.render_workbook.cycle), beside the status
        if part.key in MARKS:
            marks = _mark_columns(table, part.key)
            rows.append(CardRow(part, part.label or part.key, "", "marks", _marks_value(part.key), marks))
        elif part.key in details:
            source = table.data_range(DETAILS_SHEET, details[part.key])
            rows.append(CardRow(part, part.label or part.key, source, "wrap", _contacts_value(part.contact_kind)))
        elif columns.get(part.attribute) in in_table and part.key != "naam":
            column = table.column(columns[part.attribute])
            label = column.header if column.kind == "number" else part.label or part.key  # the header has the unit
            source = table.data_range("Instrumenten", table.column_of(column.key))
            rows.append(CardRow(part, label, source, column.kind, column.value))
    return rows


def _marks_value(key: str) -> Callable[[Instrument], str]:
    return lambda instrument: ", ".join(getattr(instrument, key))


def _contacts_value(kind: str | None) -> Callable[[Instrument], str | None]:
    return lambda instrument: contacts_text(instrument, kind)


def card_values(instrument: Instrument, table: InstrumentTable) -> list[tuple[str, str | float | None]]:
    """Return the (label, value) rows of the Instrumentkaart for ``instrument``; section headings have None."""
    card = card_of(table)
    rows: list[tuple[str, str | float | None]] = []
    for heading, _, section in card.sections:
        rows.append((heading, None))
        rows += [(row.label, _shown(row.value(instrument))) for row in section]
    rows.append((INTERN_HEADING, None))
    rows += [(row.label, _shown(row.value(instrument))) for row in card.intern]
    return rows


def _shown(value: str | float | None) -> str | float:
    return "" if value is None else value


def write_kaart(
    sheet: StreamingWorksheet, matrix: Keuzematrix, table: InstrumentTable, styles: Styles, lines: dict[str, int]
) -> None:
    """Write the Instrumentkaart: the choice in B2 (``gekozen_instrument``), the sections, then the Intern block.

    Spreadsheet programs do not refit a row when a formula result changes, so each row is sized by ``lines``
    (per part key, the lines its longest value needs): the card stays readable whichever instrument is chosen.
    """
    card = card_of(table)
    last = 4 + sum(len(rows) + 1 for _, _, rows in card.sections) + len(card.intern)
    set_card_columns(sheet)
    print_setup(sheet, landscape=False, pages_high=1)
    sheet.print_area(0, 0, last, 1)
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
    sheet.set_row(2, row_height(text_lines(CARD_NOTE, sum(PORTRAIT_WIDTHS), FONT_SIZE), FONT_SIZE))
    sheet.merge_range(2, 0, 2, 1, CARD_NOTE, styles.note_wrap)
    lines = shown_lines(card.rows, lines)
    row = 4
    for heading, _, rows in card.sections:
        write_section(sheet, row, heading, styles.section)
        row = write_card_rows(sheet, row + 1, rows, first, lines, styles, internal=False)
    write_section(sheet, row, INTERN_HEADING, styles.intern_section)
    row = write_card_rows(sheet, row + 1, card.intern, first, lines, styles, internal=True)
    write_cycle_card(sheet, matrix, table, styles, first_row=row + 1)


def shown_lines(rows: tuple[CardRow, ...], needed: dict[str, int]) -> dict[str, int]:
    """Return per row of a card the lines it shows: what its longest value ``needed``, capped alike for all rows.

    The cap is the largest (at most ``CARD_LINES``, at least ``MIN_CARD_LINES``) with which the rows fit in
    ``CARD_ROWS_HEIGHT``; when even that minimum does not fit, the card is printed smaller.
    """
    for cap in range(CARD_LINES, MIN_CARD_LINES - 1, -1):
        shown = {row.part.key: min(needed.get(row.part.key, 1), cap) for row in rows}
        if sum(row_height(lines, FONT_SIZE) for lines in shown.values()) <= CARD_ROWS_HEIGHT:
            break
    return shown


def set_card_columns(sheet: StreamingWorksheet) -> None:
    """Set the label and value columns of a card."""
    sheet.set_column(0, 0, PORTRAIT_WIDTHS[0])
    sheet.set_column(1, 1, PORTRAIT_WIDTHS[1])


def write_section(sheet: StreamingWorksheet, row: int, heading: str, style: Format) -> None:
    """Write a section heading over both columns of a card."""
    sheet.set_row(row, 24)
    sheet.write_string(row, 0, heading, style)
    sheet.write_blank(row, 1, None, style)


def write_card_rows(
    sheet: StreamingWorksheet,
    row: int,
    rows: tuple[CardRow, ...],
    first: Instrument,
    lines: dict[str, int],
    styles: Styles,
    internal: bool,
    position: str = "kaart_positie",
) -> int:
    """Write ``rows`` from sheet row ``row`` as label and formula for the instrument at ``position``, cached with
    the values of ``first``. Returns the next free row.
    """
    for card_row in rows:
        sheet.set_row(row, row_height(lines.get(card_row.part.key, 1), FONT_SIZE))
        sheet.write_string(row, 0, card_row.label, styles.intern_label if internal else styles.card_label)
        formula, style = card_formula(card_row, styles, internal, position)
        write_cached_formula(sheet, row, 1, formula, _shown(card_row.value(first)), style)
        row += 1
    return row


def card_formula(
    row: CardRow, styles: Styles, internal: bool = False, position: str = "kaart_positie"
) -> tuple[str, Format]:
    """Return the formula and format showing ``row`` of the instrument at ``position`` (the chosen one)."""
    if row.kind == "marks":
        return _marks_formula(row.marks, position), styles.intern_value if internal else styles.card_value
    pick = f"INDEX({row.source},{position})"
    if row.kind == "euro":
        return f'=IFERROR(IF({pick}="","",{pick}),"")', styles.intern_euro if internal else styles.card_euro
    if row.kind == "number":
        return f'=IFERROR(IF({pick}="","",{pick}),"")', styles.intern_number if internal else styles.card_number
    return f'=IFERROR({pick}&"","")', styles.intern_value if internal else styles.card_value


def _mark_columns(table: InstrumentTable, key: str) -> tuple[tuple[str, str], ...]:
    """Return (range, label) of the mark columns of the tegels (or klantkenmerken) on Instrumenten."""
    if key == "tegels":
        labels, first = table.tegels, table.first_mark
    else:
        labels, first = table.klantkenmerken, table.first_kenmerk
    return tuple((table.data_range("Instrumenten", first + i), label) for i, label in enumerate(labels))


def _marks_formula(marks: tuple[tuple[str, str], ...], position: str) -> str:
    """Return the formula listing the labels the instrument at ``position`` is marked with.

    Excel 2016 has no TEXTJOIN, so the labels are joined with one IF per label; MID drops the leading ", ".
    """
    parts = [f'IF(INDEX({source},{position})="{SELECTED}",", {label}","")' for source, label in marks]
    return f'=IFERROR(MID({"&".join(parts)},3,2000),"")'


def write_details(sheet: StreamingWorksheet, matrix: Keuzematrix) -> None:
    """Write the hidden sheet with the parts of a field that Instrumenten has no column for, on its data rows."""
    parts = detail_parts()
    for col, part in enumerate(parts):
        sheet.set_column(col, col, 40)
        sheet.write_string(FIRST_DATA_ROW0 - 1, col, part.label or part.key)
    values = [_contacts_value(part.contact_kind) for part in parts]
    for row, instrument in enumerate(matrix.instrumenten, start=FIRST_DATA_ROW0):
        cells = [(col, value_of(instrument), None) for col, value_of in enumerate(values)]
        sheet.write_cells(row, [(col, value, style) for col, value, style in cells if value])
