"""Render stage: ``keuzehulp.xlsx``, the workbook in which professionals look for a fitting instrument.

Sheets: ``Zoeken`` (step 1: tegels and klantkenmerken), ``Instrumenten`` (step 2: a filterable table),
``Instrumentkaart`` (one instrument on one A4), ``Overzicht`` (where the offer is thin), ``Toelichting``,
and the hidden ``Berekening`` that scores every instrument for the search. Only functions that Excel 2016
and LibreOffice 7.4 both have are used (see ``FUNCTIONS`` and docs/werkmap.md).

Every formula carries the value it has with nothing selected, computed here, so that previews and
programs that do not recalculate show the right results. Text from the keuzematrix is always written
as a string cell, never as a formula, and only http, https, mailto and tel addresses become links.
The workbook is written in XlsxWriter's constant_memory mode, so every sheet is written row by row.
"""

from __future__ import annotations

import math
import re
from collections import Counter
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path

import xlsxwriter
from xlsxwriter.chart import Chart
from xlsxwriter.format import Format
from xlsxwriter.utility import xl_col_to_name, xl_rowcol_to_cell, xl_rowcol_to_cell_fast
from xlsxwriter.worksheet import Worksheet

from .model import Instrument, Keuzematrix, format_number, reproducible_timestamp
from .selection import select
from .taxonomy import load_taxonomy
from .values import is_safe_url

FILENAME = "keuzehulp.xlsx"
SHEETS = ("Zoeken", "Instrumenten", "Instrumentkaart", "Overzicht", "Toelichting", "Berekening")
SELECTED = "ja"  # a chosen label on Zoeken, and a mark in the tegel and klantkenmerk columns of Instrumenten
CHOSEN_NAME = "gekozen_instrument"
TABLE_NAME = "Instrumententabel"
# The only functions the formulas use; all exist in Excel 2007 and LibreOffice 7.4 (a test enforces this list).
FUNCTIONS = frozenset(
    "AND COUNT COUNTIF COUNTIFS EXACT HYPERLINK IF IFERROR INDEX INT ISNUMBER LARGE MATCH MID MOD OR SEARCH "
    "SUMPRODUCT".split()
)
MAX_URL = 2079  # the longest address Excel accepts in a hyperlink
XML_UNSAFE = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")
EURO = '"€" #,##0.00'
KENMERK_WEIGHT = 100  # a chosen klantkenmerk counts 100, a chosen tegel 1: one number holds both hit counts

# Zoeken (0-based): the header row of the results (also the heading row of the tegels), the hidden column
# with the position of each result, and the column holding "Instrument" with the names below it.
Z_HEADER = 3
Z_POSITION_COL = 2
Z_RESULT_COL = 3
# Instrumenten and Berekening: data rows start at the same 0-based row, so row r describes the same instrument.
FIRST_ROW = 2
# Berekening: the first column of the weights in row 1.
B_WEIGHTS = 9
# Zoeken: the praktische kenmerken shown beside each result: Instrumenten header and the name of its range
# (prefixed, because a bare "duur" is a function name in Dutch Excel).
RESULT_FIELDS = {"Aanbieder": "kolom_aanbieder", "Duur": "kolom_duur", "Totale kosten": "kolom_kosten"}

# Layout: column widths in characters, row heights in points.
NAME_WIDTH = 32
TOELICHTING_WIDTHS = (36, 92)
TITLE_HEIGHT = 24
WRAPPED = ("wrap", "link")  # column kinds whose text wraps
TABLE_LINES = 4  # the most lines a row of Instrumenten shows; the Instrumentkaart shows everything
CARD_LINES = 8
CARD_CHARS_PER_LINE = 100  # about what one line of the Instrumentkaart's value column holds


@dataclass(frozen=True)
class Column:
    """One column of the Instrumenten sheet after the marks: its header, width, value and kind."""

    header: str
    width: float
    value: Callable[[Instrument], str | float | None]
    kind: str = "wrap"  # text (one line), wrap, number, euro, link


def _joined(items: list[str], separator: str = "; ") -> str | None:
    return separator.join(items) or None


def contacts_text(instrument: Instrument) -> str | None:
    """Return the contactpersonen as lines "intern: naam, telefoon, e-mail"."""
    lines = []
    for contact in instrument.contactpersonen:
        details = ", ".join(part for part in (contact.naam, contact.telefoon, contact.email) if part)
        lines.append(f"{contact.soort}: {details}" if details else contact.soort)
    return _joined(lines, "\n")


def locations_text(instrument: Instrument) -> str | None:
    """Return the locaties as lines "naam (type), adres. beschrijving"."""
    lines = []
    for place in instrument.locaties:
        line = place.naam or ""
        if place.type:
            line = f"{line} ({place.type})" if line else place.type
        if place.adres:
            line = f"{line}, {place.adres}" if line else place.adres
        if place.beschrijving:
            line = f"{line}. {place.beschrijving}" if line else place.beschrijving
        lines.append(line)
    return _joined([line for line in lines if line], "\n")


def content_text(instrument: Instrument) -> str | None:
    """Return the aanvullende inhoud as lines "titel: adres"."""
    lines = [f"{item.titel}: {item.url}" if item.titel else item.url for item in instrument.aanvullende_inhoud]
    return _joined(lines, "\n")


def safe_url(url: str | None) -> str | None:
    """Return ``url`` when it may become a hyperlink (http, https, mailto, tel), else None."""
    if url and len(url) <= MAX_URL and is_safe_url(url):
        return url
    return None


def practical_columns() -> tuple[Column, ...]:
    """Return the praktische kenmerken columns of Instrumenten, in the order of issue 3."""
    return (
        Column("Uitvoeringsvorm", 20, lambda i: _joined(i.uitvoeringsvormen, ", ")),
        Column("Groep/individueel", 13, lambda i: _joined(i.groep_individueel, " en "), "text"),
        Column("Duur", 11, lambda i: i.duur.tekst() if i.duur else None, "text"),
        Column("Duur in dagen", 9, lambda i: round(i.duur.in_dagen(), 2) if i.duur else None, "number"),
        Column("Intensiteit (uur per week)", 11, lambda i: i.intensiteit_uur_per_week, "number"),
        Column("Totale kosten", 12, lambda i: i.kosten_euro, "euro"),
        Column("Aanbieder", 22, lambda i: i.aanbieder),
        Column("Locatie(s) uitvoering", 30, locations_text),
        Column("Doelgroepen", 20, lambda i: _joined(i.doelgroepen)),
        Column("Beschikbare gebieden", 20, lambda i: _joined(i.beschikbare_gebieden)),
        Column("Voorwaarden deelname", 32, lambda i: i.voorwaarden_deelname),
        Column("Aanmeldinstructies", 32, lambda i: i.aanmeldinstructies),
        Column("Contactpersonen", 34, contacts_text),
    )


def content_columns() -> tuple[Column, ...]:
    """Return the remaining fields, so that the table (and the Instrumentkaart) holds every field."""
    return (
        Column("Samenvatting", 45, lambda i: i.samenvatting),
        Column("Doel", 35, lambda i: i.doel),
        Column("Werkwijze", 45, lambda i: i.werkwijze),
        Column("Onderscheidende aanpak", 32, lambda i: i.onderscheidende_aanpak),
        Column("Samenwerkingspartners", 25, lambda i: i.samenwerkingspartners),
        Column("Toelichting doelgroep", 30, lambda i: i.toelichting_doelgroep),
        Column("Aanvullende informatie", 30, lambda i: i.aanvullende_informatie),
        Column("Toelichting duur", 25, lambda i: i.toelichting_duur),
        Column("Toelichting intensiteit", 25, lambda i: i.toelichting_intensiteit),
        Column("Toelichting kosten", 25, lambda i: i.toelichting_kosten),
        Column("Werkafspraken", 32, lambda i: i.werkafspraken),
        Column("Registratiecodes", 16, lambda i: _joined(i.registratiecodes)),
        Column("Aanvullende inhoud", 40, content_text, "link"),
        Column("Organisatie", 22, lambda i: i.organisatie),
    )


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


# What XlsxWriter rewrites in an inline string beyond escaping &, < and >: control characters (as _xHHHH_), the
# non-characters U+FFFE and U+FFFF, literal "_xHHHH_" (escaped again), and a rich string "<r>...</r>".
_NEEDS_CARE = re.compile("[\x00-\x08\x0b-\x1f\ufffe\uffff]|_x[0-9a-fA-F]{4}_|^<r>")
_ERROR_CODES = frozenset(("#DIV/0!", "#N/A", "#NAME?", "#NULL!", "#NUM!", "#REF!", "#VALUE!"))


def _escaped(text: str) -> str:
    """Escape XML data as XlsxWriter's _escape_data does (double quotes and newlines stay as they are)."""
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


class _Worksheet(Worksheet):
    """A worksheet that writes formulas as given, plain cells directly, and a table in constant_memory mode.

    The overrides exist for speed; docs/werkmap.md has the measurements.
    """

    def _prepare_formula(self, formula: str, expand_future_functions: bool = False) -> str:
        # XlsxWriter runs each formula through some thirty regular expressions that prefix functions newer
        # than Excel 2010. The workbook uses none (a test checks), and skipping them makes a formula cell
        # several times cheaper to write.
        return formula.removeprefix("{").removeprefix("=").removesuffix("}")

    def _write_cell(self, row: int, col: int, cell: tuple) -> None:
        # XlsxWriter writes each cell through several regular expressions and per-attribute escaping. Plain
        # strings, numbers and formulas are written here directly, with the same bytes; anything that needs
        # XlsxWriter's care (control characters, "_xHHHH_", rich strings, other cell types) is left to it.
        kind = type(cell).__name__
        if kind == "String":
            text = cell.string
            if not self.constant_memory or _NEEDS_CARE.search(text):
                super()._write_cell(row, col, cell)
                return
            space = ' xml:space="preserve"' if text[:1].isspace() or text[-1:].isspace() else ""
            self.fh.write(
                f'<c r="{xl_rowcol_to_cell_fast(row, col)}"{self._style_of(row, col, cell.format)} t="inlineStr">'
                f"<is><t{space}>{_escaped(text)}</t></is></c>"
            )
        elif kind == "Number" and type(cell.number) in (int, float):
            self.fh.write(
                f'<c r="{xl_rowcol_to_cell_fast(row, col)}"{self._style_of(row, col, cell.format)}>'
                f"<v>{cell.number:.16G}</v></c>"
            )
        elif kind == "Formula" and type(cell.value) in (str, int, float):
            value, value_type = cell.value, ""
            if type(value) is str:
                value_type = "" if value == "" else ' t="e"' if value in _ERROR_CODES else ' t="str"'
                value = _escaped(value)
            self.fh.write(
                f'<c r="{xl_rowcol_to_cell_fast(row, col)}"{self._style_of(row, col, cell.format)}{value_type}>'
                f"<f>{_escaped(cell.formula)}</f><v>{value}</v></c>"
            )
        else:
            super()._write_cell(row, col, cell)

    def _style_of(self, row: int, col: int, cell_format: Format | None) -> str:
        """Return the s attribute of a cell as XlsxWriter's _write_cell chooses it: cell, row, then column format."""
        if cell_format:
            return f' s="{cell_format._get_xf_index()}"'
        info = self.row_info.get(row)
        if info is not None and info.row_format:
            return f' s="{info.row_format._get_xf_index()}"'
        column = self.col_info.get(col)
        if column is not None and column.column_format is not None:
            return f' s="{column.column_format._get_xf_index()}"'
        return ""

    def add_table(self, first_row: int, first_col: int, last_row: int, last_col: int, options: dict) -> int:
        """Add a table, also in constant_memory mode (which XlsxWriter refuses).

        XlsxWriter's add_table writes the header cells through the shared-string table, which constant_memory
        mode does not read. Called before any row below the header is written, the table is added as in normal
        mode and the header cells are then written again as constant_memory strings.
        """
        streaming = self.constant_memory
        if streaming and first_row < self.previous_row:
            raise ValueError("add the table before writing the rows below its header")
        self.constant_memory = False
        try:
            result = super().add_table(first_row, first_col, last_row, last_col, options)
        finally:
            self.constant_memory = streaming
        for col, column in enumerate(options["columns"], start=first_col):
            self.write_string(first_row, col, column["header"], column.get("header_format"))
        return result


@dataclass(frozen=True)
class Layout:
    """Where things are: the columns of Instrumenten and the size of the ranges the formulas use."""

    tegels: tuple[str, ...]
    klantkenmerken: tuple[str, ...]
    practical: tuple[Column, ...]
    content: tuple[Column, ...]
    count: int

    first_mark = 2

    @property
    def first_kenmerk(self) -> int:
        return self.first_mark + len(self.tegels)

    @property
    def first_practical(self) -> int:
        return self.first_kenmerk + len(self.klantkenmerken)

    @property
    def first_content(self) -> int:
        return self.first_practical + len(self.practical)

    @property
    def last_col(self) -> int:
        return self.first_content + len(self.content) - 1

    @property
    def last_row(self) -> int:
        """The 0-based last data row of Instrumenten and Berekening (one empty row when there are none)."""
        return FIRST_ROW + max(self.count, 1) - 1

    @property
    def key_base(self) -> int:
        """The base of the sort key: key = fit x base + (base - position), unique and positive."""
        return self.count + 1

    @property
    def labels(self) -> tuple[str, ...]:
        """The tegels, then the klantkenmerken: the mark columns of Instrumenten, in order."""
        return (*self.tegels, *self.klantkenmerken)

    @property
    def fields(self) -> tuple[Column, ...]:
        """The columns after the marks, in order."""
        return (*self.practical, *self.content)

    def column(self, header: str) -> Column:
        """Return the column after the marks with ``header``."""
        return next(c for c in self.fields if c.header == header)

    def column_of(self, header: str) -> int:
        """Return the 0-based Instrumenten column with ``header``."""
        return self.first_practical + self.fields.index(self.column(header))

    def data_range(self, sheet: str, col: int) -> str:
        """Return the absolute range of column ``col`` over all data rows of ``sheet``."""
        first = xl_rowcol_to_cell(FIRST_ROW, col, True, True)
        last = xl_rowcol_to_cell(self.last_row, col, True, True)
        return f"{sheet}!{first}:{last}"


def layout_of(matrix: Keuzematrix) -> Layout:
    """Return the layout of the workbook for ``matrix``."""
    taxonomy = load_taxonomy(matrix.taxonomie)
    return Layout(
        tegels=taxonomy.labels("tegels"),
        klantkenmerken=taxonomy.labels("klantkenmerken"),
        practical=practical_columns(),
        content=content_columns(),
        count=len(matrix.instrumenten),
    )


def choice_rows(layout: Layout) -> tuple[range, range]:
    """Return the 0-based rows of Zoeken holding the tegels and the klantkenmerken (a heading row above each)."""
    tegels = range(Z_HEADER + 1, Z_HEADER + 1 + len(layout.tegels))
    kenmerken = range(tegels.stop + 2, tegels.stop + 2 + len(layout.klantkenmerken))
    return tegels, kenmerken


def defined_names(layout: Layout) -> dict[str, str]:
    """Return the workbook-level names the formulas use, with what they refer to."""
    weights_first = xl_col_to_name(B_WEIGHTS)
    weights_last = xl_col_to_name(B_WEIGHTS + len(layout.labels) - 1)
    return {
        CHOSEN_NAME: "=Instrumentkaart!$B$2",
        "namen": "=" + layout.data_range("Instrumenten", 0),
        "sleutels": "=" + layout.data_range("Berekening", 1),
        "weging": f"=Berekening!${weights_first}$1:${weights_last}$1",
        "tegels_gekozen": "=Berekening!$B$1",
        "klantkenmerken_gekozen": "=Berekening!$D$1",
        "aantal_passend": "=Berekening!$F$1",
        "kaart_positie": "=Berekening!$H$1",
        **{name: "=" + layout.data_range("Instrumenten", layout.column_of(h)) for h, name in RESULT_FIELDS.items()},
    }


def write(matrix: Keuzematrix, folder: Path) -> None:
    """Write ``keuzehulp.xlsx`` for ``matrix`` into ``folder``."""
    write_workbook(matrix, Path(folder) / FILENAME)


def write_workbook(matrix: Keuzematrix, path: Path) -> Path:
    """Write the professional workbook for ``matrix`` to ``path`` and return ``path``."""
    layout = layout_of(matrix)
    workbook = xlsxwriter.Workbook(
        str(path),
        {"constant_memory": True, "strings_to_numbers": False, "strings_to_formulas": False, "strings_to_urls": False},
    )
    workbook.set_properties(properties_of(matrix))
    styles = Styles(workbook, matrix)
    sheets = {name: workbook.add_worksheet(name, worksheet_class=_Worksheet) for name in SHEETS}
    for name, reference in defined_names(layout).items():
        workbook.define_name(name, reference)
    _write_zoeken(sheets["Zoeken"], matrix, layout, styles)
    lines = _write_instrumenten(sheets["Instrumenten"], matrix, layout, styles)
    _write_kaart(sheets["Instrumentkaart"], matrix, layout, styles, lines)
    _write_overzicht(workbook, sheets["Overzicht"], matrix, layout, styles)
    _write_toelichting(sheets["Toelichting"], matrix, layout, styles)
    _write_berekening(sheets["Berekening"], matrix, layout)
    sheets["Zoeken"].activate()
    sheets["Berekening"].hide()
    workbook.close()
    return path


def properties_of(matrix: Keuzematrix) -> dict[str, object]:
    """Return the document properties; the creation date comes from the keuzematrix, so output is reproducible."""
    settings = matrix.instellingen
    return {
        "title": settings.titel,
        "subject": "Keuzehulp voor professionals",
        "company": settings.organisatie or "",
        "comments": f"Gemaakt uit {matrix.bron.naam} (SHA-256 {matrix.bron.sha256})",
        "created": reproducible_timestamp(matrix),
    }


class Styles:
    """The cell formats of the workbook, in the organisation's colours."""

    def __init__(self, workbook: xlsxwriter.Workbook, matrix: Keuzematrix):
        main = _colour(matrix.instellingen.hoofdkleur, "#1F4E79")
        accent = _colour(matrix.instellingen.accentkleur, "#C55A11")
        add = workbook.add_format
        base = {"font_name": "Calibri", "font_size": 10, "valign": "top"}
        line = {"bottom": 1, "bottom_color": "#D9D9D9"}
        heading = {**base, "bold": True, "font_color": "#FFFFFF", "bg_color": main, "text_wrap": True}
        self.title = add({**base, "bold": True, "font_size": 16, "font_color": main})
        self.intro = add({**base, "text_wrap": True})
        self.note = add({**base, "italic": True, "font_color": "#595959"})
        self.section = add(
            {**base, "bold": True, "font_size": 12, "font_color": accent, "bottom": 2, "valign": "bottom"}
        )
        self.heading = add(heading)
        self.heading_center = add({**heading, "align": "center"})
        self.heading_vertical = add({**heading, "rotation": 90, "align": "center", "valign": "bottom"})
        self.group = add({**base, "bold": True, "font_color": main, "bg_color": "#DDEBF7", **line})
        self.label = add({**base, "text_wrap": True, **line})
        self.label_bold = add({**base, "bold": True, "text_wrap": True, **line})
        self.choice = add({**base, "align": "center", "bold": True, "bg_color": "#FFF2CC", "border": 1})
        self.choice.set_border_color("#BF9000")
        self.chosen = add({"bg_color": "#C6EFCE", "font_color": "#006100", "bold": True})
        self.text = add(base)
        self.wrap = add({**base, "text_wrap": True})
        self.name = add({**base, "bold": True, "text_wrap": True})
        self.link = add({**base, "font_color": "#0563C1", "underline": 1})
        self.link_wrap = add({**base, "font_color": "#0563C1", "underline": 1, "text_wrap": True})
        self.mark = add({**base, "align": "center", "bold": True, "font_color": "#006100"})
        self.fits = add({**base, "align": "center"})
        self.number = add({**base, "num_format": "General"})
        self.euro = add({**base, "num_format": EURO})
        self.count = add({**base, "align": "center", "border": 1, "border_color": "#D9D9D9"})
        self.total = add({**base, "bold": True, "align": "center", "border": 1, "border_color": "#D9D9D9"})
        self.input = add({**base, "bold": True, "font_size": 12, "bg_color": "#FFF2CC", "border": 1})
        self.input.set_border_color("#BF9000")
        self.card_label = add({**base, "bold": True, "text_wrap": True, **line})
        self.card_value = add({**base, "text_wrap": True, **line})
        self.card_euro = add({**base, "num_format": EURO, "align": "left", **line})
        self.card_number = add({**base, "align": "left", **line})
        self.heat_colours = ("#F4B183", "#FFFFFF", "#5B9BD5")
        self.by_kind = {
            "text": self.text,
            "wrap": self.wrap,
            "number": self.number,
            "euro": self.euro,
            "link": self.wrap,
        }


def _colour(value: str | None, default: str) -> str:
    return value if value and re.fullmatch(r"#[0-9A-Fa-f]{6}", value) else default


def _formula(sheet: Worksheet, row: int, col: int, formula: str, value: object, style: Format | None = None) -> None:
    """Write ``formula`` with ``value`` as its cached result (control characters removed, as XML requires)."""
    if isinstance(value, str) and not value.isprintable():
        value = XML_UNSAFE.sub("", value)
    sheet._write_formula(row, col, formula, style, value)  # the undecorated writer: row and col are numbers


def _print_setup(sheet: Worksheet, landscape: bool, pages_high: int = 0) -> None:
    sheet.set_paper(9)
    if landscape:
        sheet.set_landscape()
    else:
        sheet.set_portrait()
    sheet.fit_to_pages(1, pages_high)
    sheet.set_margins(left=0.4, right=0.4, top=0.5, bottom=0.6)
    sheet.set_footer("&L&8&A&R&8pagina &P van &N")


# --- what the formulas compute with nothing selected, so that cached values are right ---


def default_results(matrix: Keuzematrix) -> list[tuple[int, int]]:
    """Return (position, fit) of the Zoeken results with nothing selected: every instrument, in order."""
    positions = {id(instrument): index for index, instrument in enumerate(matrix.instrumenten, start=1)}
    return [(positions[id(instrument)], fit) for instrument, fit in select(matrix.instrumenten)]


def combination_counts(matrix: Keuzematrix, layout: Layout) -> dict[tuple[str, str], int]:
    """Return, for each tegel and klantkenmerk, how many instruments have both."""
    counts: Counter[tuple[str, str]] = Counter()
    for instrument in matrix.instrumenten:
        for tegel in set(instrument.tegels):
            for kenmerk in set(instrument.klantkenmerken):
                counts[tegel, kenmerk] += 1
    return {(t, k): counts[t, k] for t in layout.tegels for k in layout.klantkenmerken}


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


# --- Zoeken ---

SEARCH_INSTRUCTION = (
    "Stap 1: zet in kolom B 'ja' (kies uit het lijstje) bij de tegels en klantkenmerken die bij de klant passen. "
    "Binnen een groep is één overeenkomst genoeg; kiest u zowel tegels als klantkenmerken, dan moet een instrument "
    "bij allebei minstens één keuze hebben. Bovenaan staan de instrumenten met de meeste overeenkomsten "
    "(Treffers). Niets gekozen? Dan ziet u alle instrumenten. Wissen: selecteer de keuzes en druk op Delete. "
    "Stap 2: klik op een naam, of verfijn op het blad Instrumenten met de filterknoppen "
    "(kolom 'Past bij Zoeken' = ja) op aanbieder, duur, kosten, plaats en meer."
)


def _write_zoeken(sheet: Worksheet, matrix: Keuzematrix, layout: Layout, styles: Styles) -> None:
    """Write the search sheet: the choices in columns A and B, the results from column D, row by row."""
    tegel_rows, kenmerk_rows = choice_rows(layout)
    headers = ("Instrument", "Treffers", *RESULT_FIELDS)
    for col, width in enumerate((46, 6, 4, 46, 8.5, 32, 11, 12)):
        sheet.set_column(col, col, width, None, {"hidden": col == Z_POSITION_COL})
    sheet.set_row(0, TITLE_HEIGHT)
    sheet.set_row(1, 54)
    sheet.freeze_panes(Z_HEADER + 1, 0)
    _print_setup(sheet, landscape=False)
    sheet.repeat_rows(Z_HEADER)
    choices: dict[int, tuple[str, bool]] = {}
    groups = (
        (tegel_rows, layout.tegels, "Tegels: waar staat de klant, waar naartoe?"),
        (kenmerk_rows, layout.klantkenmerken, "Klantkenmerken: waaraan werkt de klant?"),
    )
    for rows, labels, heading in groups:
        choices[rows.start - 1] = (heading, True)
        choices.update((row, (label, False)) for row, label in zip(rows, labels, strict=True))
        _choice_rules(sheet, rows, styles)

    n = layout.count
    sheet.write_string(0, 0, "Zoeken: welk instrument past bij deze klant?", styles.title)
    sheet.merge_range(1, 0, 1, Z_RESULT_COL + len(headers) - 1, SEARCH_INSTRUCTION, styles.intro)
    _formula(
        sheet,
        Z_HEADER - 1,
        Z_RESULT_COL,
        '=IF(tegels_gekozen+klantkenmerken_gekozen=0,"Niets gekozen: alle "&aantal_passend&" instrumenten",'
        'IF(aantal_passend=0,"Geen instrument past bij deze keuze: haal een of meer keuzes weg.",'
        f'"Passend: "&aantal_passend&" van {n} instrumenten, de beste bovenaan"))',
        f"Niets gekozen: alle {n} instrumenten",
        styles.note,
    )
    write_result = _result_writer(sheet, matrix, layout, styles)
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


def _choice_rules(sheet: Worksheet, rows: range, styles: Styles) -> None:
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


def _result_writer(sheet: Worksheet, matrix: Keuzematrix, layout: Layout, styles: Styles) -> Callable[[int], None]:
    """Return a function that writes the result row at a 0-based sheet row.

    The k-th result row first finds the position of the k-th best instrument (hidden column C): the k-th
    largest sort key, minus the part that only breaks ties. Beside it come the instrument's name, linked
    to its row on Instrumenten, its fit and a few praktische kenmerken. The cached values are those with
    nothing selected: every instrument, in keuzematrix order.
    """
    base = layout.key_base
    fields = [(layout.column(header), name) for header, name in RESULT_FIELDS.items()]
    defaults = default_results(matrix)
    column_letter = xl_col_to_name(Z_POSITION_COL)

    def write_result(row: int) -> None:
        rank = row - Z_HEADER
        position, fit = defaults[rank - 1]
        instrument = matrix.instrumenten[position - 1]
        pick = f"${column_letter}{row + 1}"
        _formula(
            sheet,
            row,
            Z_POSITION_COL,
            f'=IF({rank}>aantal_passend,"",{base}-MOD(LARGE(sleutels,{rank}),{base}))',
            position,
        )
        empty = f'IF({pick}="","",'
        name = f'={empty}HYPERLINK("#Instrumenten!A"&({pick}+{FIRST_ROW}),INDEX(namen,{pick})&""))'
        _formula(sheet, row, Z_RESULT_COL, name, instrument.naam or "", styles.link)
        _formula(sheet, row, Z_RESULT_COL + 1, f"={empty}INT(INDEX(sleutels,{pick})/{base}))", fit, styles.fits)
        for col, (column, values) in enumerate(fields, start=Z_RESULT_COL + 2):
            value = column.value(instrument)
            source = f"INDEX({values},{pick})"
            if column.kind == "euro":
                formula, style = f'={empty}IF({source}="","",{source}))', styles.euro
            else:
                formula, style = f'={empty}{source}&"")', styles.text
            _formula(sheet, row, col, formula, "" if value is None else value, style)

    return write_result


# --- Instrumenten ---


def _write_instrumenten(sheet: Worksheet, matrix: Keuzematrix, layout: Layout, styles: Styles) -> dict[str, int]:
    """Write the table of instruments; return per text column the most lines one of its values needs."""
    fields = layout.fields
    headers = ["Instrument", "Past bij Zoeken", *layout.labels, *(c.header for c in fields)]
    sheet.set_column(0, 0, NAME_WIDTH, styles.name)
    sheet.set_column(1, 1, 8, styles.fits)
    sheet.set_column(layout.first_mark, layout.first_practical - 1, 3.6, styles.mark)
    for col, column in enumerate(fields, start=layout.first_practical):
        sheet.set_column(col, col, column.width, styles.by_kind[column.kind])
    sheet.set_row(1, 150)
    sheet.freeze_panes(FIRST_ROW, 1)
    _print_setup(sheet, landscape=True)
    sheet.repeat_rows(0, 1)
    sheet.repeat_columns(0)
    sheet.print_area(0, 0, layout.last_row, layout.first_content - 1)
    groups = (
        (0, 1, "Instrument"),
        (layout.first_mark, layout.first_kenmerk - 1, "Basiskenmerken: tegels"),
        (layout.first_kenmerk, layout.first_practical - 1, "Basiskenmerken: klantkenmerken"),
        (layout.first_practical, layout.first_content - 1, "Praktische kenmerken"),
        (layout.first_content, layout.last_col, "Inhoud en afspraken"),
    )
    for first, last, title in groups:
        sheet.merge_range(0, first, 0, last, title, styles.heading_center)
    header_styles = [styles.heading] * 2 + [styles.heading_vertical] * len(layout.labels)
    header_styles += [styles.heading] * len(fields)
    sheet.add_table(
        1,
        0,
        layout.last_row,
        layout.last_col,
        {
            "name": TABLE_NAME,
            "style": "Table Style Light 9",
            "columns": [{"header": h, "header_format": s} for h, s in zip(headers, header_styles, strict=True)],
        },
    )
    for first, last in ((1, 1), (layout.first_mark, layout.first_practical - 1)):
        sheet.conditional_format(
            FIRST_ROW,
            first,
            layout.last_row,
            last,
            {"type": "cell", "criteria": "==", "value": f'"{SELECTED}"', "format": styles.chosen},
        )
    return _write_instrument_rows(sheet, matrix, layout, styles)


def _write_instrument_rows(sheet: Worksheet, matrix: Keuzematrix, layout: Layout, styles: Styles) -> dict[str, int]:
    """Write one row per instrument, each as high as its longest text needs (at most ``TABLE_LINES`` lines).

    Heights are set here because neither Excel nor LibreOffice refits rows when opening a file. Returns, per
    column header, the lines its longest value needs on the Instrumentkaart. Kept flat: it runs for every cell.
    """
    tegel_cols = {label: layout.first_mark + i for i, label in enumerate(layout.tegels)}
    kenmerk_cols = {label: layout.first_kenmerk + i for i, label in enumerate(layout.klantkenmerken)}
    fields = [
        (col, column.header, column.value, column.kind, styles.by_kind[column.kind], _chars_per_line(column.width))
        for col, column in enumerate(layout.fields, start=layout.first_practical)
    ]
    wrapped = [(index, field[1], field[5]) for index, field in enumerate(fields) if field[3] in WRAPPED]
    name_chars = _chars_per_line(NAME_WIDTH)
    card_lines: dict[str, int] = {}
    # The undecorated writers: row and col are numbers, so XlsxWriter's A1-notation check is not needed.
    write_string, write_number = sheet._write_string, sheet._write_number
    for row, instrument in enumerate(matrix.instrumenten, start=FIRST_ROW):
        values = [value_of(instrument) for _, _, value_of, _, _, _ in fields]
        lines = len(instrument.naam or "") // name_chars + 1
        for index, header, chars in wrapped:
            value = values[index]
            if isinstance(value, str) and (len(value) > chars or "\n" in value):
                breaks = value.count("\n")
                lines = max(lines, len(value) // chars + breaks + 1)
                card = len(value) // CARD_CHARS_PER_LINE + breaks + 1
                if card > card_lines.get(header, 1):
                    card_lines[header] = card
        if lines > 1:
            sheet.set_row(row, _row_height(min(lines, TABLE_LINES)))
        if instrument.naam:
            write_string(row, 0, instrument.naam, styles.name)
        _formula(sheet, row, 1, f'=IF(ISNUMBER(Berekening!B{row + 1}),"{SELECTED}","nee")', SELECTED, styles.fits)
        for label in instrument.tegels:
            if label in tegel_cols:
                write_string(row, tegel_cols[label], SELECTED, styles.mark)
        for label in instrument.klantkenmerken:
            if label in kenmerk_cols:
                write_string(row, kenmerk_cols[label], SELECTED, styles.mark)
        for (col, _, _, kind, style, _), value in zip(fields, values, strict=True):
            if value is None:
                continue
            if isinstance(value, str):
                if kind == "link":
                    _write_content(sheet, row, col, instrument, value, styles)
                else:
                    write_string(row, col, value, style)
            elif math.isfinite(value):
                write_number(row, col, value, style)
    return card_lines


def _chars_per_line(width: float) -> int:
    """Return about how many characters of 10-point text fit on one line of a column ``width`` wide."""
    return max(1, int(width * 1.15))


def _lines(text: str, chars: int) -> int:
    """Return about how many lines ``text`` takes when wrapped at ``chars`` characters."""
    return sum(len(part) // chars + 1 for part in text.split("\n"))


def _row_height(lines: int) -> float:
    """Return the height in points of a row showing ``lines`` lines of 10-point text."""
    return 13.0 * lines + 2.0


def _write_content(sheet: Worksheet, row: int, col: int, instrument: Instrument, text: str, styles: Styles) -> None:
    """Write the aanvullende inhoud: the text lists every address, the cell links to the first safe one."""
    url = next(filter(None, (safe_url(item.url) for item in instrument.aanvullende_inhoud)), None)
    if url:
        sheet.write_url(row, col, url, styles.link_wrap, string=text)
    else:
        sheet.write_string(row, col, text, styles.wrap)


# --- Instrumentkaart ---


def card_values(instrument: Instrument, layout: Layout) -> list[tuple[str, str | float | None]]:
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
            value = layout.column(source).value(instrument)
            rows.append((label, "" if value is None else value))
    return rows


def _write_kaart(sheet: Worksheet, matrix: Keuzematrix, layout: Layout, styles: Styles, lines: dict[str, int]) -> None:
    """Write the Instrumentkaart.

    Spreadsheet programs do not refit a row when a formula result changes, so each row is sized by ``lines``
    for the longest value of its field in the keuzematrix: the card stays readable whichever instrument is chosen.
    """
    sheet.set_column(0, 0, 24)
    sheet.set_column(1, 1, 88)
    _print_setup(sheet, landscape=False, pages_high=1)
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
    for row, ((label, source), (_, value)) in enumerate(zip(CARD, card_values(first, layout), strict=True), start=4):
        if source is None:
            sheet.set_row(row, 24)
            sheet.write_string(row, 0, label, styles.section)
            sheet.write_blank(row, 1, None, styles.section)
            continue
        sheet.set_row(row, _row_height(min(lines.get(source, 1), CARD_LINES)))
        sheet.write_string(row, 0, label, styles.card_label)
        formula, style = _card_formula(layout, source, styles)
        _formula(sheet, row, 1, formula, "" if value is None else value, style)


def _card_formula(layout: Layout, source: str, styles: Styles) -> tuple[str, Format]:
    """Return the formula and format showing field ``source`` of the chosen instrument."""
    if source in ("Tegels", "Klantkenmerken"):
        return _card_labels_formula(layout, source), styles.card_value
    pick = f"INDEX({layout.data_range('Instrumenten', layout.column_of(source))},kaart_positie)"
    kind = layout.column(source).kind
    if kind == "euro":
        return f'=IFERROR(IF({pick}="","",{pick}),"")', styles.card_euro
    if kind == "number":
        return f'=IFERROR(IF({pick}="","",{pick}),"")', styles.card_number
    return f'=IFERROR({pick}&"","")', styles.card_value


def _card_labels_formula(layout: Layout, source: str) -> str:
    """Return the formula listing the tegels (or klantkenmerken) the chosen instrument is marked with.

    Excel 2016 has no TEXTJOIN, so the labels are joined with one IF per label; MID drops the leading ", ".
    """
    if source == "Tegels":
        labels, first = layout.tegels, layout.first_mark
    else:
        labels, first = layout.klantkenmerken, layout.first_kenmerk
    parts = [
        f'IF(INDEX({layout.data_range("Instrumenten", first + i)},kaart_positie)="{SELECTED}",", {label}","")'
        for i, label in enumerate(labels)
    ]
    return f'=IFERROR(MID({"&".join(parts)},3,2000),"")'


# --- Overzicht ---


def _write_overzicht(
    workbook: xlsxwriter.Workbook, sheet: Worksheet, matrix: Keuzematrix, layout: Layout, styles: Styles
) -> None:
    """Write the overview: tegels x klantkenmerken as a heat map, then counts per uitvoeringsvorm and aanbieder."""
    counts = combination_counts(matrix, layout)
    tegel_totals = Counter(t for i in matrix.instrumenten for t in set(i.tegels))
    kenmerk_totals = Counter(k for i in matrix.instrumenten for k in set(i.klantkenmerken))
    forms = load_taxonomy(matrix.taxonomie).labels("uitvoeringsvormen")
    form_totals = Counter(f for i in matrix.instrumenten for f in set(i.uitvoeringsvormen))
    kenmerken = layout.klantkenmerken
    total_col = 1 + len(kenmerken)
    header_row, first_tegel = 3, 4
    totals_row = first_tegel + len(layout.tegels)
    form_heading = totals_row + 2
    provider_heading = form_heading + len(forms) + 2

    sheet.set_column(0, 0, 34)
    sheet.set_column(1, total_col, 9.5)
    sheet.set_row(0, TITLE_HEIGHT)
    sheet.set_row(1, 40)
    sheet.set_row(header_row, 118)
    _print_setup(sheet, landscape=True)
    sheet.write_string(0, 0, "Overzicht: waar is het aanbod dun?", styles.title)
    sheet.merge_range(
        1,
        0,
        1,
        total_col,
        "Elk vak telt de instrumenten die zowel bij de tegel (rij) als bij het klantkenmerk (kolom) horen. "
        "Hoe donkerder, hoe meer aanbod; rode vakken met 0 zijn combinaties zonder instrument. "
        "Daaronder: het aantal instrumenten per uitvoeringsvorm en per aanbieder.",
        styles.intro,
    )
    sheet.write_string(header_row, 0, "Tegel \\ klantkenmerk", styles.heading)
    for col, label in enumerate(kenmerken, start=1):
        sheet.write_string(header_row, col, label, styles.heading_vertical)
    sheet.write_string(header_row, total_col, "Instrumenten met deze tegel", styles.heading_vertical)
    for row, tegel in enumerate(layout.tegels, start=first_tegel):
        tegel_range = layout.data_range("Instrumenten", layout.first_mark + row - first_tegel)
        sheet.write_string(row, 0, tegel, styles.label_bold)
        for col, kenmerk in enumerate(kenmerken, start=1):
            kenmerk_range = layout.data_range("Instrumenten", layout.first_kenmerk + col - 1)
            formula = f'=COUNTIFS({tegel_range},"{SELECTED}",{kenmerk_range},"{SELECTED}")'
            _formula(sheet, row, col, formula, counts[tegel, kenmerk], styles.count)
        _formula(sheet, row, total_col, f'=COUNTIF({tegel_range},"{SELECTED}")', tegel_totals[tegel], styles.total)
    sheet.write_string(totals_row, 0, "Instrumenten met dit klantkenmerk", styles.label_bold)
    for col, kenmerk in enumerate(kenmerken, start=1):
        kenmerk_range = layout.data_range("Instrumenten", layout.first_kenmerk + col - 1)
        formula = f'=COUNTIF({kenmerk_range},"{SELECTED}")'
        _formula(sheet, totals_row, col, formula, kenmerk_totals[kenmerk], styles.total)
    _formula(sheet, totals_row, total_col, '=COUNTIF(namen,"?*")', layout.count, styles.total)
    # One colour scale, red at 0 and white at 1, so empty combinations stand out in every spreadsheet program.
    empty, low, high = styles.heat_colours
    heat = {"min_type": "num", "min_value": 0, "min_color": empty, "mid_type": "num", "mid_value": 1}
    heat |= {"mid_color": low, "max_type": "max", "max_color": high}
    sheet.conditional_format(first_tegel, 1, totals_row - 1, len(kenmerken), {"type": "3_color_scale", **heat})

    sheet.write_string(form_heading, 0, "Uitvoeringsvorm", styles.heading)
    sheet.write_string(form_heading, 1, "Aantal", styles.heading)
    forms_range = layout.data_range("Instrumenten", layout.column_of("Uitvoeringsvorm"))
    for row, form in enumerate(forms, start=form_heading + 1):
        sheet.write_string(row, 0, form, styles.label)
        formula = f'=SUMPRODUCT(--ISNUMBER(SEARCH(", "&A{row + 1}&", ",", "&{forms_range}&", ")))'
        _formula(sheet, row, 1, formula, form_totals[form], styles.count)

    sheet.write_string(provider_heading, 0, "Aanbieder", styles.heading)
    sheet.write_string(provider_heading, 1, "Aantal", styles.heading)
    providers_range = layout.data_range("Instrumenten", layout.column_of("Aanbieder"))
    for row, (provider, number) in enumerate(provider_counts(matrix), start=provider_heading + 1):
        sheet.write_string(row, 0, provider or "(geen aanbieder)", styles.label)
        compared = f"A{row + 1}" if provider else '""'
        _formula(sheet, row, 1, f"=SUMPRODUCT(--({providers_range}={compared}))", number, styles.count)

    tegel_rows = (first_tegel, first_tegel + len(layout.tegels) - 1)
    form_rows = (form_heading + 1, form_heading + len(forms))
    per_tegel = _bar_chart(workbook, "Aantal instrumenten per tegel", tegel_rows, total_col, "#2E75B6")
    per_form = _bar_chart(workbook, "Aantal instrumenten per uitvoeringsvorm", form_rows, 1, "#C55A11")
    sheet.insert_chart(form_heading, 3, per_tegel)
    sheet.insert_chart(form_heading, 9, per_form)


def _bar_chart(workbook: xlsxwriter.Workbook, title: str, rows: tuple[int, int], values_col: int, colour: str) -> Chart:
    """Return a bar chart of Overzicht column ``values_col`` over ``rows``, labelled by column A."""
    chart = workbook.add_chart({"type": "bar"})
    chart.add_series(
        {
            "name": title,
            "categories": ["Overzicht", rows[0], 0, rows[1], 0],
            "values": ["Overzicht", rows[0], values_col, rows[1], values_col],
            "fill": {"color": colour},
            "data_labels": {"value": True},
        }
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
        "Op het blad Instrumenten staat elk instrument op een eigen regel. De kolom 'Past bij Zoeken' zegt of "
        "het instrument bij de keuze van stap 1 past. Filter met de knoppen in de kopregel op die kolom en "
        "verfijn daarna op aanbieder, duur, kosten, groep of individueel, plaats en gebied. Verandert u de "
        "keuze op Zoeken, pas het filter dan opnieuw toe (Excel: Gegevens > Opnieuw toepassen).",
    ),
    (
        "Instrumentkaart",
        "Kies op het blad Instrumentkaart een instrument in cel B2. U ziet dan alle gegevens op één pagina, "
        "klaar om af te drukken of samen met de klant door te nemen. Kosten, werkafspraken en interne "
        "contactpersonen zijn voor intern gebruik: deel ze niet met de klant.",
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
        "gemaakt als de keuzematrix verandert.",
    ),
)


def _write_toelichting(sheet: Worksheet, matrix: Keuzematrix, layout: Layout, styles: Styles) -> None:
    """Write how to use the workbook, what each label means, and where the data came from."""
    taxonomy = load_taxonomy(matrix.taxonomie)
    sheet.set_column(0, 0, TOELICHTING_WIDTHS[0])
    sheet.set_column(1, 1, TOELICHTING_WIDTHS[1])
    _print_setup(sheet, landscape=False)
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
            chars = [_chars_per_line(width) for width in TOELICHTING_WIDTHS]
            sheet.set_row(row, _row_height(max(_lines(first, chars[0]), _lines(second, chars[1]))))
            sheet.write_string(row, 0, first, styles.label_bold)
            sheet.write_string(row, 1, second, styles.label)


def provenance(matrix: Keuzematrix) -> list[tuple[str, str]]:
    """Return where the data came from, as (label, value) rows: file, its SHA-256, date of the keuzematrix."""
    settings = matrix.instellingen
    rows = [
        ("Bronbestand", matrix.bron.naam),
        ("SHA-256 van het bronbestand", matrix.bron.sha256),
        ("Datum keuzematrix", settings.datum or "niet opgegeven"),
    ]
    if settings.versie:
        rows.append(("Versie keuzematrix", settings.versie))
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


# --- Berekening (hidden): the search in formulas ---


def _write_berekening(sheet: Worksheet, matrix: Keuzematrix, layout: Layout) -> None:
    """Write the hidden sheet that scores every instrument for the current choice.

    Row 1: the number of tegels (B1, ``tegels_gekozen``) and klantkenmerken (D1) chosen, the number of matching
    instruments (F1, ``aantal_passend``), the row of the instrument on the Instrumentkaart (H1, ``kaart_positie``)
    and, from J1 (``weging``), a weight per label: 1 for a chosen tegel, 100 for a chosen klantkenmerk, else 0.
    Per instrument, on the same row as on Instrumenten:
    A = its hits in one number, tegel hits + 100 x klantkenmerk hits (one SUMPRODUCT over its marks);
    B = its sort key (``sleutels``): empty when it does not match, else fit x base + (base - position), so the
    largest key is the best fit and, among equal fits, the first in the keuzematrix.
    """
    n, base = layout.count, layout.key_base
    tegel_rows, kenmerk_rows = choice_rows(layout)
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
            _formula(sheet, 0, 2 * col + 1, formula, value)
    sheet.write_string(0, B_WEIGHTS - 1, "Weging:")
    weights = [(row, 1) for row in tegel_rows] + [(row, KENMERK_WEIGHT) for row in kenmerk_rows]
    for col, (row, weight) in enumerate(weights, start=B_WEIGHTS):
        _formula(sheet, 0, col, f'=IF(Zoeken!$B${row + 1}="{SELECTED}",{weight},0)', 0)
    sheet.write_string(1, 0, f"Treffers (tegels + {KENMERK_WEIGHT} x klantkenmerken)")
    sheet.write_string(1, 1, "Sorteersleutel")
    for col, label in enumerate(layout.labels, start=B_WEIGHTS):
        sheet.write_string(1, col, label)
    marks = f"Instrumenten!{xl_col_to_name(layout.first_mark)}{{r}}:{xl_col_to_name(layout.first_practical - 1)}{{r}}"
    w = KENMERK_WEIGHT
    for index in range(1, n + 1):
        row = FIRST_ROW + index - 1
        r = row + 1
        _formula(sheet, row, 0, f'=SUMPRODUCT(weging*({marks.format(r=r)}="{SELECTED}"))', 0)
        matches = f"AND(OR(tegels_gekozen=0,MOD(A{r},{w})>0),OR(klantkenmerken_gekozen=0,A{r}>={w}))"
        fit = f"(MOD(A{r},{w})+INT(A{r}/{w}))"
        _formula(sheet, row, 1, f'=IF({matches},{fit}*{base}+{base - index},"")', base - index)
