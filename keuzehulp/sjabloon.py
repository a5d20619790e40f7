"""The keuzematrix sjabloon (Excel template) that ``keuzehulp init`` writes for the beheergroep.

Four sheets: ``Instrumenten`` (one column per field of the instrumentenformat, one mark column per
uitvoeringsvorm, tegel and klantkenmerk, a group row above the header row, dropdowns, number checks and
a help text per column), ``Ervaringen`` (the form for professionals' scores, see :mod:`keuzehulp.ervaringen`),
``Instellingen`` (in the format :mod:`keuzehulp.settings` reads) and ``Uitleg``.
The layout is the one the reader already understands: group labels in row 1, headers in row 2, data from row 3.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path

from openpyxl import Workbook
from openpyxl.comments import Comment
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.datavalidation import DataValidation
from openpyxl.worksheet.worksheet import Worksheet

from . import ervaringen
from .defaults import ACCENTKLEUR, HOOFDKLEUR, excel_colour
from .fields import DURATION, DURATION_UNIT, EUROS, GROUP, HIDDEN, HOURS, NEVER, Field
from .freshness import CHECKED, CHECKED_BY, DATE_FIELDS, OWNER, VALID_FROM, VALID_UNTIL
from .header import REQUIRED_MARK
from .model import Instellingen
from .settings import HEADER_WORDS, SETTINGS, SETTINGS_SHEET, SWITCH_PREFIX, switch_name
from .taxonomy import GROUPS, Taxonomy, load_taxonomy
from .xlsxfile import ensure_new, put, row_height, save, text_lines

DEFAULT_TEMPLATE = Path("input/keuzematrix.xlsx")
TEMPLATE_DATE = dt.datetime(2000, 1, 1)
INSTRUMENT_SHEET = "Instrumenten"
EXPLANATION_SHEET = "Uitleg"
GROUP_ROW, HEADER_ROW, FIRST_ROW = 1, 2, 3
EMPTY_ROWS = 200
MARK = "x"
GROEP_INDIVIDUEEL_CHOICES = ("groep", "individueel", "beide")
MAX_HOURS_PER_WEEK = 168
# Excel refuses longer input messages and titles of a data validation.
PROMPT_LIMIT, PROMPT_TITLE_LIMIT = 255, 32

GROUP_INSTRUMENT = "Instrument"
GROUP_LABELS = {
    "uitvoeringsvormen": "Uitvoeringsvorm *",
    "tegels": "Basiskenmerken: tegels",
    "klantkenmerken": "Basiskenmerken: klantkenmerken",
}
GROUP_PRACTICAL = "Praktische kenmerken"
GROUP_EXTRA = "Overgenomen uit de oude matrix"
GROUP_UPKEEP = "Beheer"
UPKEEP_KEYS = (CHECKED, CHECKED_BY, OWNER, VALID_FROM, VALID_UNTIL)
DATE_FORMAT = "d-m-yyyy"  # how dates show in the template: 1-10-2026
GROUP_COLOURS = {
    GROUP_INSTRUMENT: excel_colour(HOOFDKLEUR),
    GROUP_LABELS["uitvoeringsvormen"]: "7F6000",
    GROUP_LABELS["tegels"]: "375623",
    GROUP_LABELS["klantkenmerken"]: "538135",
    GROUP_PRACTICAL: excel_colour(ACCENTKLEUR),
    GROUP_EXTRA: "595959",
    GROUP_UPKEEP: "7030A0",
}

# The taxonomy has no descriptions for uitvoeringsvormen; these say in a line what each form is.
FORM_HELP = {
    "(Bij)scholing": "een cursus of training om kennis of vaardigheden bij te werken",
    "(Vrijwilligers)werk": "meedoen door (vrijwilligers)werk te doen",
    "Bemiddeling": "hulp bij het vinden van een werkgever of vacature en bij de match",
    "Coaching": "persoonlijke begeleiding door een coach",
    "Leerwerktraject": "leren en tegelijk werken in de praktijk",
    "Materiele ondersteuning": "iets tastbaars dat helpt, zoals vervoer, een laptop of werkkleding",
    "Onderzoek": "onderzoek naar mogelijkheden, belastbaarheid of interesses",
    "Opleiding": "een opleiding die leidt tot een diploma of erkend certificaat",
    "Subsidie/Voucher": "een bijdrage in geld of een tegoedbon, voor cliënt of werkgever",
    "Tolken/Vertalen": "hulp van een tolk of vertaler",
    "Verwijzing": "doorverwijzen naar een andere organisatie of voorziening",
    "Vragenlijst": "een vragenlijst of test die de cliënt invult",
}

# What a column's help text says about who sees the field, by its visibility (see keuzehulp.fields).
AUDIENCE_NOTES = {NEVER: "Alleen intern: cliënten zien dit nooit.", HIDDEN: "Cliënten zien dit standaard niet."}
PART_NOTES = {NEVER: "{label} zien cliënten nooit.", HIDDEN: "{label} zien cliënten standaard niet."}
MARK_WIDTH = 14
EXTRA_WIDTH = 30
NUMBER_FORMATS = {EUROS: "#,##0.00", DURATION: "0.##", HOURS: "0.##"}  # by field kind

_THIN = Side(style="thin", color="BFBFBF")
_BORDER = Border(left=_THIN, right=_THIN, top=_THIN, bottom=_THIN)
_WHITE_BOLD = Font(bold=True, color="FFFFFF")
_BOLD = Font(bold=True)


@dataclass(frozen=True)
class TemplateColumn:
    """One column of the template's instrument sheet."""

    index: int  # 1-based
    header: str  # as written in the header row, " *" included
    group: str  # the label in the group row above
    help: str
    field: Field | None = None  # the field of a field column
    list_group: str | None = None  # tegels, klantkenmerken or uitvoeringsvormen for a mark column
    label: str | None = None  # canonical label of a mark column

    @property
    def key(self) -> str | None:
        """Return the field key of a field column, None for a mark or extra column."""
        return self.field.key if self.field else None

    @property
    def kind(self) -> str | None:
        """Return how keuzehulp reads a field column (see :mod:`keuzehulp.fields`), None for other columns."""
        return self.field.kind if self.field else None

    @property
    def letter(self) -> str:
        return get_column_letter(self.index)

    @property
    def is_mark(self) -> bool:
        return self.label is not None


def template_columns(taxonomy: Taxonomy | None = None, extra: Sequence[str] = ()) -> list[TemplateColumn]:
    """Return the columns of the instrument sheet: every field in format order, then ``extra`` headers."""
    taxonomy = taxonomy or load_taxonomy()
    columns: list[TemplateColumn] = []
    group = GROUP_INSTRUMENT
    werkzaak: list[Field] = []
    for f in taxonomy.fields:
        if f.list_group == "werkzaak":
            # Written as the Eva klantkenmerken they stand for; the codes go in a column after Eva's format.
            werkzaak.append(f)
            continue
        if f.list_group in GROUPS:
            group = GROUP_LABELS[f.list_group]
            for term in taxonomy.terms(f.list_group):
                help_text = _mark_help(f.list_group, term.label, term.description)
                columns.append(
                    TemplateColumn(
                        len(columns) + 1, term.label, group, help_text, list_group=f.list_group, label=term.label
                    )
                )
            group = GROUP_PRACTICAL
            continue
        header = f.label + (REQUIRED_MARK if f.required else "")
        in_group = GROUP_UPKEEP if f.key in UPKEEP_KEYS else group
        columns.append(TemplateColumn(len(columns) + 1, header, in_group, field_help(f), field=f))
    for f in werkzaak:
        columns.append(TemplateColumn(len(columns) + 1, f.label, group, field_help(f), field=f))
    for header in extra:
        help_text = "Deze kolom stond in de oude keuzematrix en is letterlijk overgenomen; keuzehulp gebruikt hem niet."
        columns.append(TemplateColumn(len(columns) + 1, header, GROUP_EXTRA, help_text))
    return columns


def field_help(f: Field) -> str:
    """Return the help text of field ``f``, ending in who may see it as the taxonomy data says."""
    if f.parts:
        notes = [PART_NOTES[p.client].format(label=p.label) for p in f.parts if p.client in PART_NOTES]
    else:
        notes = [AUDIENCE_NOTES[f.client]] if f.client in AUDIENCE_NOTES else []
    return " ".join([f.help, *notes])


def _mark_help(group: str, label: str, description: str) -> str:
    if group == "uitvoeringsvormen":
        return f"{label}: {FORM_HELP.get(label, label)}. Zet een x bij elke vorm die past; kies er minstens één."
    what = "tegel van het werklandschap" if group == "tegels" else "klantkenmerk"
    return f"{label} ({what}): {description} Zet een x als het instrument hierbij past."


def template_workbook(
    instellingen: Instellingen | None = None,
    rows: int = EMPTY_ROWS,
    extra: Sequence[str] = (),
    taxonomy: Taxonomy | None = None,
    datum: dt.datetime = TEMPLATE_DATE,
) -> Workbook:
    """Return the template workbook (not saved) with ``rows`` formatted empty rows and ``extra`` columns at the end."""
    taxonomy = taxonomy or load_taxonomy()
    workbook = Workbook()
    sheet = workbook.active
    sheet.title = INSTRUMENT_SHEET
    columns = template_columns(taxonomy, extra)
    _write_instrument_sheet(sheet, columns, rows, taxonomy)
    _write_ervaringen_sheet(workbook.create_sheet(ervaringen.SHEET), columns, rows)
    _write_settings_sheet(workbook.create_sheet(SETTINGS_SHEET), instellingen or Instellingen(), taxonomy)
    _write_explanation_sheet(workbook.create_sheet(EXPLANATION_SHEET), taxonomy)
    props = workbook.properties
    props.creator = props.lastModifiedBy = "keuzehulp"
    props.title = "Keuzematrix"
    props.created = props.modified = datum
    return workbook


def write_row(sheet: Worksheet, columns: Sequence[TemplateColumn], row: int, values: Mapping[int, object]) -> None:
    """Write ``values`` (column index -> value) into ``row`` of the instrument sheet, formatted like the template."""
    for column in columns:
        cell = sheet.cell(row=row, column=column.index)
        _style_data_cell(cell, column)
        value = values.get(column.index)
        if value not in (None, ""):
            put(cell, value)
    lines = max((text_lines(values.get(c.index), _width(c)) for c in columns if not c.is_mark), default=1)
    if lines > 1:
        sheet.row_dimensions[row].height = row_height(lines)


def write_template(pad: str | Path = DEFAULT_TEMPLATE, force: bool = False, datum: dt.datetime = TEMPLATE_DATE) -> Path:
    """Write an empty keuzematrix template to ``pad``; an existing file is only replaced with ``force``."""
    pad = Path(pad)
    ensure_new(pad, force)
    return save(template_workbook(datum=datum), pad, force=force)


def _write_instrument_sheet(sheet: Worksheet, columns: Sequence[TemplateColumn], rows: int, taxonomy: Taxonomy) -> None:
    last_row = FIRST_ROW + rows - 1
    _write_group_row(sheet, columns)
    for column in columns:
        cell = put(sheet.cell(row=HEADER_ROW, column=column.index), column.header)
        cell.font = _BOLD
        cell.fill = PatternFill("solid", fgColor="EDEDED" if column.is_mark else "D9E1F2")
        cell.border = _BORDER
        cell.alignment = Alignment(wrap_text=True, vertical="bottom", horizontal="center" if column.is_mark else "left")
        cell.comment = _note(column.help)
        sheet.column_dimensions[column.letter].width = _width(column)
        validation = _validation(column, taxonomy)
        validation.add(f"{column.letter}{FIRST_ROW}:{column.letter}{last_row}")
        sheet.add_data_validation(validation)
    for row in range(FIRST_ROW, last_row + 1):
        for column in columns:
            _style_data_cell(sheet.cell(row=row, column=column.index), column)
    sheet.row_dimensions[GROUP_ROW].height = 22
    sheet.row_dimensions[HEADER_ROW].height = 80
    name_column = next(c for c in columns if c.key == "naam")
    sheet.freeze_panes = f"{get_column_letter(name_column.index + 1)}{FIRST_ROW}"
    sheet.auto_filter.ref = f"A{HEADER_ROW}:{columns[-1].letter}{last_row}"
    sheet.print_title_rows = f"{GROUP_ROW}:{HEADER_ROW}"
    sheet.page_setup.orientation = "landscape"
    sheet.page_setup.paperSize = sheet.PAPERSIZE_A4


def _write_group_row(sheet: Worksheet, columns: Sequence[TemplateColumn]) -> None:
    start = 0
    for end in range(len(columns)):
        if end + 1 < len(columns) and columns[end + 1].group == columns[start].group:
            continue
        group = columns[start].group
        cell = put(sheet.cell(row=GROUP_ROW, column=columns[start].index), group)
        cell.font = _WHITE_BOLD
        cell.alignment = Alignment(horizontal="left", vertical="center", indent=1)
        for column in columns[start : end + 1]:
            sheet.cell(row=GROUP_ROW, column=column.index).fill = PatternFill("solid", fgColor=GROUP_COLOURS[group])
        if end > start:
            sheet.merge_cells(
                start_row=GROUP_ROW, start_column=columns[start].index, end_row=GROUP_ROW, end_column=columns[end].index
            )
        start = end + 1


def _style_data_cell(cell, column: TemplateColumn) -> None:
    cell.border = _BORDER
    if column.is_mark:
        cell.alignment = Alignment(horizontal="center", vertical="top")
    else:
        cell.alignment = Alignment(wrap_text=True, vertical="top")
        if column.kind in NUMBER_FORMATS:
            cell.number_format = NUMBER_FORMATS[column.kind]
        elif column.key in DATE_FIELDS:
            cell.number_format = DATE_FORMAT


def _width(column: TemplateColumn) -> float:
    if column.is_mark:
        # Wide enough that the longest word of a label is not broken in two.
        longest = max(len(word) for word in column.header.split())
        return max(MARK_WIDTH, round(longest * 1.2 + 2))
    width = column.field.template_width if column.field else None
    return width or EXTRA_WIDTH


def _note(text: str) -> Comment:
    note = Comment(text, "keuzehulp")
    note.width, note.height = 320, 140
    return note


def _shorten(text: str, limit: int) -> str:
    if len(text) <= limit:
        return text
    return text[: limit - 1].rsplit(" ", 1)[0].rstrip(" ,;:") + "…"


def _validation(column: TemplateColumn, taxonomy: Taxonomy) -> DataValidation:
    """Return the data validation of ``column``: a dropdown, a number check, or only its input message."""
    if column.is_mark:
        validation = _choice((MARK,), "Zet een x, of laat de cel leeg.")
    elif column.kind == DURATION_UNIT:
        validation = _choice(taxonomy.unit_labels, f"Kies {_either(taxonomy.unit_labels)}.")
    elif column.kind == GROUP:
        validation = _choice(GROEP_INDIVIDUEEL_CHOICES, f"Kies {_either(GROEP_INDIVIDUEEL_CHOICES)}.")
    elif column.kind in (DURATION, EUROS):
        validation = _number("greaterThanOrEqual", ("0",), "Vul een getal in van 0 of meer, zonder tekst erbij.")
    elif column.kind == HOURS:
        validation = _number(
            "between", ("0", str(MAX_HOURS_PER_WEEK)), f"Vul het aantal uur per week in: 0 tot {MAX_HOURS_PER_WEEK}."
        )
    else:
        validation = DataValidation(allow_blank=True)
    validation.showInputMessage = True
    validation.promptTitle = _shorten(column.header, PROMPT_TITLE_LIMIT)
    validation.prompt = _shorten(column.help, PROMPT_LIMIT)
    return validation


def _choice(options: Sequence[str], error: str) -> DataValidation:
    validation = DataValidation(type="list", formula1='"' + ",".join(options) + '"', allow_blank=True)
    validation.showErrorMessage = True
    validation.errorTitle = "Kies uit de lijst"
    validation.error = error
    return validation


def _number(operator: str, bounds: Sequence[str], error: str) -> DataValidation:
    validation = DataValidation(type="decimal", operator=operator, allow_blank=True)
    validation.formula1 = bounds[0]
    if len(bounds) > 1:
        validation.formula2 = bounds[1]
    validation.showErrorMessage = True
    validation.errorTitle = "Alleen een getal"
    validation.error = error
    return validation


def _either(options: Sequence[str]) -> str:
    return ", ".join(options[:-1]) + " of " + options[-1]


def settings_rows(instellingen: Instellingen, taxonomy: Taxonomy | None = None) -> list[tuple[str, object, str]]:
    """Return the rows of the Instellingen sheet as (name, value, explanation), switches included."""
    taxonomy = taxonomy or load_taxonomy()
    rows: list[tuple[str, object, str]] = [
        (s.name, getattr(instellingen, s.attribute), s.explanation) for s in SETTINGS
    ]
    for part in taxonomy.client_parts:
        if part.switchable:
            shown = part.shown(instellingen.client_velden)
            explanation = f"ja: cliënten zien {part.label}; nee: alleen professionals."
            rows.append((switch_name(part), "ja" if shown else "nee", explanation))
    return rows


def _write_settings_sheet(sheet: Worksheet, instellingen: Instellingen, taxonomy: Taxonomy) -> None:
    for index, title in enumerate(HEADER_WORDS, start=1):
        cell = sheet.cell(row=1, column=index, value=title)
        cell.font = _WHITE_BOLD
        cell.fill = PatternFill("solid", fgColor=GROUP_COLOURS[GROUP_INSTRUMENT])
    switches = DataValidation(type="list", formula1='"ja,nee"', allow_blank=False)
    switches.showErrorMessage = True
    switches.errorTitle = "Kies ja of nee"
    switches.error = "Kies ja (cliënten zien dit veld) of nee (alleen professionals)."
    switch_rows = []
    for row, (name, value, explanation) in enumerate(settings_rows(instellingen, taxonomy), start=2):
        put(sheet.cell(row=row, column=1), name).font = _BOLD
        put(sheet.cell(row=row, column=2), value)
        put(sheet.cell(row=row, column=3), explanation)
        if name.startswith(SWITCH_PREFIX):
            switch_rows.append(row)
    if switch_rows:
        switches.add(f"B{switch_rows[0]}:B{switch_rows[-1]}")
        sheet.add_data_validation(switches)
    never = [p.label for p in taxonomy.client_parts if p.client == NEVER and p.label]
    note_row = sheet.max_row + 2
    put(
        sheet.cell(row=note_row, column=3),
        "Deze velden zijn intern en worden nooit aan cliënten getoond; je kunt ze hier niet aanzetten: "
        + ", ".join(never)
        + ".",
    ).font = Font(italic=True)
    for row in sheet.iter_rows(min_row=2):
        for cell in row:
            cell.alignment = Alignment(wrap_text=True, vertical="top")
    widths = {"A": 44, "B": 50, "C": 60}
    for letter, width in widths.items():
        sheet.column_dimensions[letter].width = width
    _fit_rows(sheet, widths)
    _print_on_page_width(sheet, landscape=True)
    sheet.freeze_panes = "A2"


# Per column of the sheet Ervaringen: its help text (shown as a note and as the input message) and width.
ERVARINGEN_HELP = {
    ervaringen.INSTRUMENT: (
        "De naam van het instrument zoals op het blad Instrumenten (kies uit de lijst), of zijn id.",
        34,
    ),
    ervaringen.DATUM: ("De datum van de ervaring, bijvoorbeeld 1-10-2026.", 12),
    "Algemeen": ("Je algemene oordeel: een heel getal van 1 (slecht) tot en met 5 (uitstekend).", 11),
    "Toelichting algemeen": ("Waarom dit oordeel? Verplicht bij een 1 of een 5.", 40),
    "Resultaat": ("Wat leverde het instrument de cliënt op: 1 tot en met 5.", 11),
    "Toelichting resultaat": ("Uitleg bij de score voor resultaat.", 40),
    "Uitvoering": ("Hoe goed werd het instrument uitgevoerd: 1 tot en met 5.", 11),
    "Toelichting uitvoering": ("Uitleg bij de score voor uitvoering.", 40),
    ervaringen.DOOR: (
        "Wie de ervaring gaf (mag leeg). Blijft in dit bestand: keuzehulp neemt de naam nergens in over.",
        20,
    ),
}


def _write_ervaringen_sheet(sheet: Worksheet, columns: Sequence[TemplateColumn], rows: int) -> None:
    """Write the form for ervaringen: one row per ervaring, scores checked as whole numbers from 1 to 5."""
    last_row = 1 + rows
    names = next(c for c in columns if c.key == "naam")
    for index, name in enumerate(ervaringen.COLUMNS, start=1):
        help_text, width = ERVARINGEN_HELP[name]
        letter = get_column_letter(index)
        cell = put(sheet.cell(row=1, column=index), name)
        cell.font = _WHITE_BOLD
        cell.fill = PatternFill("solid", fgColor=GROUP_COLOURS[GROUP_INSTRUMENT])
        cell.alignment = Alignment(wrap_text=True, vertical="bottom")
        cell.comment = _note(help_text)
        sheet.column_dimensions[letter].width = width
        if name in ervaringen.SCORES:
            validation = DataValidation(type="whole", operator="between", formula1="1", formula2="5", allow_blank=True)
            validation.showErrorMessage = True
            validation.errorTitle = "Score van 1 tot en met 5"
            validation.error = "Vul een heel getal in van 1 tot en met 5."
        elif name == ervaringen.INSTRUMENT:
            source = f"{INSTRUMENT_SHEET}!${names.letter}${FIRST_ROW}:${names.letter}${FIRST_ROW + rows - 1}"
            validation = DataValidation(type="list", formula1=f"={source}", allow_blank=True)
            validation.showErrorMessage = False  # an id is fine too
        else:
            validation = DataValidation(allow_blank=True)
        validation.showInputMessage = True
        validation.promptTitle = _shorten(name, PROMPT_TITLE_LIMIT)
        validation.prompt = _shorten(help_text, PROMPT_LIMIT)
        validation.add(f"{letter}2:{letter}{last_row}")
        sheet.add_data_validation(validation)
        for row in range(2, last_row + 1):
            data = sheet.cell(row=row, column=index)
            data.border = _BORDER
            data.alignment = Alignment(wrap_text=True, vertical="top")
            if name == ervaringen.DATUM:
                data.number_format = DATE_FORMAT
    sheet.row_dimensions[1].height = 32
    sheet.freeze_panes = "B2"
    sheet.auto_filter.ref = f"A1:{get_column_letter(len(ervaringen.COLUMNS))}{last_row}"
    _print_on_page_width(sheet, landscape=True)


# The beheergroep's cycle: who checks what when, ervaringen, approving a version (docs/beheer.md says more).
CYCLE_ROWS: tuple[tuple[str, str], ...] = (
    ("Zo houden jullie de keuzematrix goed", ""),
    (
        "Elk instrument een eigenaar",
        "Zet bij elk instrument in de kolom Eigenaar wie het bijhoudt. De eigenaar loopt het instrument na met de "
        "aanbieder: kloppen de teksten, de links, de contactpersonen en de kosten nog? Zet daarna de datum bij "
        "Laatst gecontroleerd.",
    ),
    (
        "Elk half jaar controleren",
        "Op het blad Instellingen staat Controleren na (maanden), standaard 6. Is een instrument langer niet "
        "gecontroleerd, dan waarschuwt 'keuzehulp check'. Die meldt ook wat binnen een maand verloopt (Geldig tot). "
        "Een instrument na Geldig tot of voor Geldig vanaf komt niet op de website voor cliënten.",
    ),
    (
        "Elke maand",
        "Draai 'keuzehulp check' en stuur elke eigenaar de instrumenten die aan de beurt zijn.",
    ),
    (
        "Ervaringen verzamelen",
        "Professionals zetten hun ervaring met een instrument op het blad Ervaringen: één rij per ervaring, met de "
        "naam van het instrument, de datum en een cijfer van 1 tot 5 voor algemeen, resultaat en uitvoering. Geef je "
        "algemeen een 1 of een 5, schrijf er dan een toelichting bij. Door (wie de ervaring gaf) is alleen voor de "
        "beheergroep. Ervaringen komen in de werkmap, nooit op de website voor cliënten.",
    ),
    (
        "Een nieuwe versie goedkeuren",
        "Bewaar elke versie die jullie publiceren. Vergelijk een nieuwe versie met de vorige: 'keuzehulp diff "
        "vorige.xlsx nieuw.xlsx --format markdown' geeft een lijst om in de mail aan de beheergroep te plakken. Na "
        "akkoord maakt 'keuzehulp build nieuw.xlsx --vorige vorige.xlsx' de uitvoer: de werkmap krijgt een blad "
        "Wijzigingen en nieuwe instrumenten krijgen op de website het label Nieuw.",
    ),
    (
        "Eens per jaar terugkijken",
        "Bekijk in de werkmap het blad Overzicht: waar is weinig aanbod, en welke instrumenten krijgen goede of "
        "minder goede ervaringen? Besluit dan samen wat blijft, wat verandert en wat stopt.",
    ),
)


def explanation_rows(taxonomy: Taxonomy) -> list[tuple[str, str]]:
    """Return the Uitleg sheet as (heading or term, text) rows; an empty text marks a section heading."""
    rows: list[tuple[str, str]] = [
        ("Zo werkt deze keuzematrix", ""),
        (
            "Eén rij per instrument",
            "Vul op het blad Instrumenten voor elk instrument één rij in, vanaf rij 3. Kolommen met een * zijn "
            "verplicht. Ga met de muis naar een kolomkop voor de uitleg; klik je in een cel van die kolom, dan "
            "verschijnt dezelfde hulptekst.",
        ),
        (
            "Kenmerken aankruisen",
            "Bij uitvoeringsvorm, tegels en klantkenmerken heeft elke mogelijkheid een eigen kolom. Zet een x in "
            "elke kolom die past; meer dan één is goed. Kies minstens één uitvoeringsvorm, en bij voorkeur minstens "
            "één tegel en één klantkenmerk.",
        ),
        (
            "Keuzelijsten en getallen",
            "Eenheid duur, Groep/individueel en de kenmerkkolommen hebben een keuzelijst. Totale duur, Intensiteit "
            "en Totale kosten zijn getallen; een toelichting schrijf je in de kolom ernaast.",
        ),
        (
            "Meer regels in één cel",
            "Contactpersonen, locaties en links zet je elk op een eigen regel in de cel (Alt+Enter in Excel, "
            "Ctrl+Enter in LibreOffice).",
        ),
        (
            "Controleren en publiceren",
            "Controleer de matrix met 'keuzehulp check'; met 'keuzehulp check --annotate kopie.xlsx' zie je elk "
            "probleem in een kopie van dit bestand. Daarna maakt 'keuzehulp build' de werkmap, de website en de "
            "JSON.",
        ),
        ("", ""),
        *CYCLE_ROWS,
        ("", ""),
        ("Zoeken in twee stappen", ""),
        (
            "Stap 1: basiskenmerken",
            "De professional en de cliënt kiezen eerst de tegels (waar staat de cliënt, waar wil hij of zij "
            "naartoe) en de klantkenmerken (waar gaat de cliënt aan werken). Tegels en klantkenmerken mogen samen.",
        ),
        (
            "Stap 2: praktische kenmerken",
            "Daarna verfijnen ze op praktische zaken: aanbieder, locatie, duur, intensiteit, groep of individueel. "
            "Hoe beter de matrix is ingevuld, hoe beter dit werkt.",
        ),
        ("", ""),
        ("Tegels van het werklandschap", ""),
        *((t.label, t.description) for t in taxonomy.terms("tegels")),
        ("", ""),
        ("Klantkenmerken", ""),
        *((t.label, t.description) for t in taxonomy.terms("klantkenmerken")),
        ("", ""),
        ("Uitvoeringsvormen", ""),
        *((t.label, FORM_HELP.get(t.label, "").capitalize() + ".") for t in taxonomy.terms("uitvoeringsvormen")),
        ("", ""),
        ("Praktische kenmerken", ""),
        *((f.label, field_help(f)) for f in taxonomy.fields if f.list_group is None and f.key not in _BASIC_KEYS),
        *((f.label, field_help(f)) for f in taxonomy.fields if f.list_group == "werkzaak"),
        ("", ""),
        ("Soorten locaties", ", ".join(taxonomy.location_types) + "."),
        ("Doelgroepen van Eva", "; ".join(t.label for t in taxonomy.doelgroepen) + "."),
    ]
    return rows


_BASIC_KEYS = {"organisatie", "aanbieder", "naam", "samenvatting", "doel", "werkwijze"}


def _write_explanation_sheet(sheet: Worksheet, taxonomy: Taxonomy) -> None:
    for row, (term, text) in enumerate(explanation_rows(taxonomy), start=1):
        first = put(sheet.cell(row=row, column=1), term)
        put(sheet.cell(row=row, column=2), text)
        if term and not text:
            first.font = Font(bold=True, size=13, color=GROUP_COLOURS[GROUP_INSTRUMENT])
        else:
            first.font = _BOLD
        for cell in (first, sheet.cell(row=row, column=2)):
            cell.alignment = Alignment(wrap_text=True, vertical="top")
    widths = {"A": 36, "B": 100}
    for letter, width in widths.items():
        sheet.column_dimensions[letter].width = width
    _fit_rows(sheet, widths)
    _print_on_page_width(sheet, landscape=True)


def _fit_rows(sheet: Worksheet, widths: Mapping[str, float]) -> None:
    for cells in sheet.iter_rows():
        lines = max(
            (text_lines(c.value, widths[c.column_letter]) for c in cells if c.column_letter in widths), default=1
        )
        if lines > 1:
            sheet.row_dimensions[cells[0].row].height = row_height(lines)


def _print_on_page_width(sheet: Worksheet, landscape: bool) -> None:
    sheet.page_setup.orientation = "landscape" if landscape else "portrait"
    sheet.page_setup.paperSize = sheet.PAPERSIZE_A4
    sheet.page_setup.fitToWidth = 1
    sheet.page_setup.fitToHeight = 0
    sheet.sheet_properties.pageSetUpPr.fitToPage = True
