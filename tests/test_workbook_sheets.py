"""The workbook's sheets for the werkcoach (issue 11): protection, "Begin hier", the Intern block, the cliënt card,
print layouts and the Overzicht, read back with openpyxl and rendered and recalculated by real LibreOffice."""

from __future__ import annotations

import copy
import itertools
import re
import subprocess
import zipfile
from collections import defaultdict
from pathlib import Path

import pytest
from openpyxl import load_workbook
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.cell_range import CellRange
from pypdf import PdfReader

from keuzehulp.audience import CLIENT_PARTS, client_fields
from keuzehulp.fields import NEVER
from keuzehulp.model import Contactpersoon, Instellingen, Instrument, Keuzematrix, Locatie
from keuzehulp.render_workbook import printsheet
from keuzehulp.render_workbook.card import card_of
from keuzehulp.render_workbook.cycle import FRESHNESS_FIELDS
from keuzehulp.render_workbook.layout import PRACTICAL_FILTERS, instrument_table
from keuzehulp.render_workbook.styles import Styles
from keuzehulp.render_workbook.xlsxwriter_internals import StreamingWorkbook, StreamingWorksheet
from keuzehulp.taxonomy import load_taxonomy
from keuzehulp.xlsxfile import row_height, text_lines
from tests.conftest import require_tool
from tests.helpers import pdf_of, soffice_convert
from tests.test_render_workbook import HIDDEN, SHEETS, with_choices, written

TAXONOMY = load_taxonomy()
# The fields a card has a row for: those with a workbook column, but for the freshness fields, which the card shows
# in its Beheer block when the matrix has them (tests/test_freshness.py).
CARD_FIELDS = [f for f in TAXONOMY.fields if f.workbook is not None and f.key not in FRESHNESS_FIELDS]
INTERNAL_LABELS = {p.label for f in CARD_FIELDS for p in f.client_parts if p.client == NEVER and p.label}
CLIENT_SHEET = "Kaart voor cliënt"
INTERN_HEADING = "Intern: niet voor de cliënt"
# Values that only the internal fields of the secret instrument hold.
SECRETS = {
    "werkafspraken": "GEHEIM-AFSPRAAK",
    "toelichting_kosten": "GEHEIM-KOSTENUITLEG",
    "organisatie": "GEHEIM-ORGANISATIE",
}
SECRET_CODE = "GEHEIM-CODE-77"
SECRET_CONTACT = Contactpersoon("intern", "Geheim Contact", "0611111111", "geheim@intern.example")
OPEN_CONTACT = Contactpersoon("extern", "Open Contact", "0622222222", "open@aanbieder.example")
SECRET_KOSTEN = 4321.5


@pytest.fixture(scope="module")
def example_book(example, tmp_path_factory):
    return example.matrix, written(example.matrix, tmp_path_factory.mktemp("werkmap"))


def unlocked_cells(sheet) -> set[str]:
    return {c.coordinate for row in sheet.iter_rows() for c in row if c.protection.locked is False}


def validated_cells(sheet) -> set[str]:
    cells = set()
    for validation in sheet.data_validations.dataValidation:
        for part in str(validation.sqref).split():
            cells |= {f"{c}{r}" for r, c in _cells(CellRange(part))}
    return cells


def _cells(cell_range: CellRange):
    for row in range(cell_range.min_row, cell_range.max_row + 1):
        for col in range(cell_range.min_col, cell_range.max_col + 1):
            yield row, get_column_letter(col)


def card_rows(sheet) -> list[tuple[str, object]]:
    """Return (label, value) of every row of a card sheet with something in column A."""
    return [(row[0].value, row[1].value) for row in sheet.iter_rows(max_col=2) if row[0].value]


# --- protection ---


def test_every_sheet_but_instrumenten_is_protected_without_a_password(example_book):
    _, path = example_book
    book = load_workbook(path)
    for name in SHEETS:
        protection = book[name].protection
        if name == "Instrumenten":
            assert not protection.sheet, "Instrumenten must stay sortable and filterable"
            continue
        assert protection.sheet, f"{name} is not protected"
        assert not protection.password, f"{name} has a password: the beheergroep could not lift it"
        # False means: allowed on the protected sheet. Resizing rows and columns changes no formula.
        assert protection.formatRows is False and protection.formatColumns is False, name
        assert protection.insertRows is not False and protection.deleteRows is not False, name


def test_only_the_input_cells_are_unlocked_and_each_keeps_its_dropdown(example_book):
    _, path = example_book
    book = load_workbook(path)
    for name in SHEETS:
        if name == "Instrumenten":
            continue
        sheet = book[name]
        assert unlocked_cells(sheet) == validated_cells(sheet), f"{name}: unlocked cells without a dropdown or v.v."
    labels = TAXONOMY.labels("tegels") + TAXONOMY.labels("klantkenmerken")
    zoeken = book["Zoeken"]
    rows = [c.row for row in zoeken.iter_rows(max_col=1) for c in row if c.value in labels]
    assert len(rows) == len(labels)
    assert {f"B{r}" for r in rows} <= unlocked_cells(zoeken), "every 'ja' cell of Zoeken can be filled in"
    ((sheet_name, ref),) = book.defined_names["gekozen_instrument"].destinations
    assert ref.replace("$", "") in unlocked_cells(book[sheet_name]), "the instrument can be chosen"
    for name in ("Begin hier", CLIENT_SHEET, "Overzicht", "Toelichting", "Instrumenten afdrukken", *HIDDEN):
        assert unlocked_cells(book[name]) == set(), name


def test_instrumenten_stays_an_unprotected_filterable_table(example_book):
    _, path = example_book
    sheet = load_workbook(path)["Instrumenten"]
    (table,) = sheet.tables.values()
    assert table.autoFilter is not None
    assert not sheet.protection.sheet


# --- Begin hier ---


def internal_links(sheet) -> list[str]:
    """Return the sheets the links of ``sheet`` point at, in order."""
    targets = []
    for row in sheet.iter_rows():
        for cell in row:
            if cell.hyperlink is not None:
                assert cell.hyperlink.target is None, "Begin hier links only within the workbook"
                match = re.fullmatch(r"'?(.+?)'?!A1", cell.hyperlink.location)
                assert match, cell.hyperlink.location
                targets.append(match.group(1))
    return targets


def test_begin_hier_is_the_first_sheet_and_links_to_every_visible_sheet(example_book):
    _, path = example_book
    book = load_workbook(path)
    assert book.sheetnames[0] == "Begin hier"
    assert book.active.title == "Begin hier", "the workbook opens on Begin hier"
    targets = internal_links(book["Begin hier"])
    assert targets[:3] == ["Zoeken", "Zoeken", "Resultaatkaarten"], (
        "the three steps, in order: both on Zoeken, then a card"
    )
    assert set(targets) <= set(book.sheetnames), "every link points at an existing sheet"
    visible = {name for name in book.sheetnames if book[name].sheet_state == "visible"} - {"Begin hier"}
    assert set(targets) == visible


def test_begin_hier_names_the_date_version_and_number_of_instruments(example_book, tmp_path):
    matrix, path = example_book
    pairs = dict(card_rows(load_workbook(path)["Begin hier"]))
    assert pairs["Datum keuzematrix"] == matrix.instellingen.datum
    assert pairs["Versie keuzematrix"] == matrix.instellingen.versie
    assert pairs["Aantal instrumenten"] == str(len(matrix.instrumenten))
    bare = Keuzematrix(matrix.instrumenten[:3], Instellingen(), matrix.bron)
    pairs = dict(card_rows(load_workbook(written(bare, tmp_path))["Begin hier"]))
    assert (pairs["Datum keuzematrix"], pairs["Versie keuzematrix"]) == ("niet opgegeven", "niet opgegeven")
    assert pairs["Aantal instrumenten"] == "3"


# --- the cards ---


def test_instrumentkaart_ends_with_every_internal_field_in_a_marked_intern_block(example_book):
    _, path = example_book
    sheet = load_workbook(path)["Instrumentkaart"]
    labels = [label for label, _ in card_rows(sheet)]
    assert labels.count(INTERN_HEADING) == 1
    start = labels.index(INTERN_HEADING)
    assert set(labels[start + 1 :]) == INTERNAL_LABELS
    assert not INTERNAL_LABELS & set(labels[:start]), "an internal field outside the Intern block"
    heading = next(c for row in sheet.iter_rows(max_col=1) for c in row if c.value == INTERN_HEADING)
    assert heading.fill.fgColor.rgb.endswith("C00000"), "the Intern block stands out"


def test_instrumentkaart_has_a_row_for_every_field_of_the_registry(example_book):
    _, path = example_book
    labels = [label for label, _ in card_rows(load_workbook(path)["Instrumentkaart"])]
    for field in CARD_FIELDS:
        if field.key == "naam":  # the name is what B2 chooses
            continue
        for part in field.client_parts:
            assert part.label in {label.split(" (")[0] for label in labels}, f"{part.label} is not on the card"


def test_card_rows_are_high_enough_for_two_lines_of_the_longest_value_of_their_field(example_book):
    matrix, path = example_book
    book = load_workbook(path)
    table = instrument_table(matrix)
    width = book["Instrumentkaart"].column_dimensions["B"].width
    for name in ("Instrumentkaart", CLIENT_SHEET):
        sheet = book[name]
        labels = {row[0].value: row[0].row for row in sheet.iter_rows(max_col=2) if row[1].data_type == "f"}
        for row in card_of(table).rows:
            if row.label not in labels:
                continue
            longest = max(text_lines(row.value(i), width, 10) for i in matrix.instrumenten)
            height = sheet.row_dimensions[labels[row.label]].height or row_height(1, 10)
            assert height >= row_height(min(longest, 2), 10) - 0.75, f"{name}: {row.label} overlaps the next row"


def client_card_labels(path: Path) -> set[str]:
    """Return the labels of the field rows of the cliënt card: those with a formula beside them."""
    sheet = load_workbook(path)[CLIENT_SHEET]
    return {row[0].value for row in sheet.iter_rows(max_col=2) if row[1].data_type == "f"}


def site_labels(settings: Instellingen) -> set[str]:
    """Return the labels of what the cliënt site shows under ``settings`` (the name is the card's title)."""
    return {p.label for p in CLIENT_PARTS if p.key in client_fields(settings) and p.label and p.key != "naam"}


def same_fields(labels: set[str], expected: set[str]) -> bool:
    """Return True when ``labels`` are ``expected``; a card label may add a unit: "Intensiteit (uur per week)"."""
    return {label.split(" (")[0] if label not in expected else label for label in labels} == expected


def test_client_card_has_exactly_the_fields_the_site_shows_under_the_settings(example, tmp_path):
    matrix = copy.deepcopy(example.matrix)
    labels = client_card_labels(written(matrix, tmp_path / "standaard"))
    assert same_fields(labels, site_labels(matrix.instellingen))
    assert "Samenvatting" in labels and "Aanmeldinstructies" not in labels and not labels & INTERNAL_LABELS
    matrix.instellingen.client_velden = {"aanmeldinstructies": True, "samenvatting": False, "kosten_euro": True}
    labels = client_card_labels(written(matrix, tmp_path / "aangepast"))
    assert same_fields(labels, site_labels(matrix.instellingen))
    assert "Aanmeldinstructies" in labels, "switched on for cliënten"
    assert "Samenvatting" not in labels, "switched off for cliënten"
    assert "Totale kosten" not in labels, "an internal field cannot be switched on"


def secret_matrix(matrix: Keuzematrix, switches: dict[str, bool]) -> tuple[Keuzematrix, str]:
    """Return a copy of ``matrix`` whose third instrument holds a recognisable value in every internal field."""
    secret = copy.deepcopy(matrix)
    secret.instellingen.client_velden = switches
    instrument = secret.instrumenten[2]
    for attribute, value in SECRETS.items():
        setattr(instrument, attribute, value)
    instrument.kosten_euro = SECRET_KOSTEN
    instrument.registratiecodes = [SECRET_CODE]
    instrument.contactpersonen = [SECRET_CONTACT, OPEN_CONTACT]
    return secret, instrument.naam


def shown_text(sheet) -> str:
    return "\n".join(str(c.value) for row in sheet.iter_rows() for c in row if c.value not in (None, ""))


@pytest.mark.libreoffice
def test_client_card_shows_no_internal_field_after_recalculation_in_libreoffice(example, tmp_path):
    cases = {"standaard": {}, "extern-aan": {"externe_contactpersonen": True, "aanmeldinstructies": True}}
    files = []
    for name, switches in cases.items():
        matrix, chosen = secret_matrix(example.matrix, switches)
        source = written(matrix, tmp_path / name)
        formulas = shown_text(load_workbook(source)[CLIENT_SHEET])
        assert "Kaartgegevens!$B" not in formulas, "the cliënt card refers to the internal contactpersonen"
        files.append(with_choices(source, tmp_path / f"{name}.xlsx", (), chosen))
    books = [load_workbook(p, data_only=True) for p in soffice_convert(files, "xlsx", tmp_path / "lo", True)]
    secrets = [*SECRETS.values(), SECRET_CODE, SECRET_CONTACT.naam, SECRET_CONTACT.telefoon, SECRET_CONTACT.email]
    for (name, _), book in zip(cases.items(), books, strict=True):
        matrix, chosen = secret_matrix(example.matrix, cases[name])
        instrument = matrix.instrumenten[2]
        client = shown_text(book[CLIENT_SHEET])
        assert chosen in client and instrument.samenvatting in client, "the card follows gekozen_instrument"
        for secret in secrets:
            assert secret not in client, f"{name}: {secret} on the cliënt card"
        assert "4321" not in client and "4.321" not in client, f"{name}: the kosten on the cliënt card"
        assert not INTERNAL_LABELS & {c.value for row in book[CLIENT_SHEET].iter_rows() for c in row}
        assert (OPEN_CONTACT.naam in client) is (name == "extern-aan"), "externe contactpersonen follow the switch"
        card = card_rows(book["Instrumentkaart"])
        intern = dict(card[[label for label, _ in card].index(INTERN_HEADING) + 1 :])
        assert intern["Werkafspraken"] == SECRETS["werkafspraken"]
        assert intern["Totale kosten"] == SECRET_KOSTEN
        assert intern["Registratiecodes"] == SECRET_CODE
        assert SECRET_CONTACT.naam in intern["Interne contactpersonen"]
        assert OPEN_CONTACT.naam not in intern["Interne contactpersonen"]


# --- print sheets ---


def test_instrumenten_afdrukken_has_every_filled_field_of_every_instrument(example_book):
    matrix, path = example_book
    rows = card_rows(load_workbook(path)["Instrumenten afdrukken"])
    labels = [label for label, _ in rows]
    names = {i.naam for i in matrix.instrumenten}
    for instrument in matrix.instrumenten:
        start = labels.index(instrument.naam)
        end = next((i for i in range(start + 1, len(labels)) if labels[i] in names), len(labels))
        block = dict(rows[start + 1 : end])
        for label, value in (("Samenvatting", instrument.samenvatting), ("Doel", instrument.doel)):
            assert block[label] == value, (instrument.naam, label)
        assert block["Werkwijze"] == instrument.werkwijze
    internal_rows = [i for i, label in enumerate(labels) if label in INTERNAL_LABELS]
    assert internal_rows
    for index in internal_rows:
        above = labels[:index][::-1]
        last_heading = next(label for label in above if label in names or label == INTERN_HEADING)
        assert last_heading == INTERN_HEADING, f"row {index}: an internal field outside an Intern block"


def test_instrumenten_afdrukken_starts_an_instrument_on_a_new_page_rather_than_splitting_it(example_book):
    matrix, path = example_book
    sheet = load_workbook(path)["Instrumenten afdrukken"]
    assert int(sheet.page_setup.scale) == 90, "a fixed scale: Excel ignores page breaks when fitting to a page"
    assert not (sheet.sheet_properties.pageSetUpPr and sheet.sheet_properties.pageSetUpPr.fitToPage)
    names = {i.naam for i in matrix.instrumenten}
    breaks = [b.id for b in sheet.row_breaks.brk]
    assert breaks, "no page breaks"
    for row in breaks:  # a break after row n: row n + 1 starts the page
        assert sheet.cell(row + 1, 1).value in names, f"the page after row {row} does not start with an instrument"
    pages = [0, *breaks, sheet.max_row]
    for top, bottom in itertools.pairwise(pages):
        height = sum(sheet.row_dimensions[r].height or 15 for r in range(top + 1, bottom + 1))
        names_on_page = sum(sheet.cell(r, 1).value in names for r in range(top + 1, bottom + 1))
        assert height <= 763 / 0.9 or names_on_page == 1, f"rows {top + 1}-{bottom} do not fit one A4 page"


def test_instrumenten_rows_are_as_high_as_the_praktische_kenmerken_need(example_book, tmp_path):
    matrix, path = example_book
    sheet = load_workbook(path)["Instrumenten"]
    headers = {c.value: c.column_letter for c in sheet[2]}
    practical = ("Uitvoeringsvorm", "Aanbieder", "Locatie(s) uitvoering", "Voorwaarden deelname", "Contactpersonen")
    for row in range(3, 3 + len(matrix.instrumenten)):
        needed = max(
            text_lines(sheet[f"{headers[h]}{row}"].value, sheet.column_dimensions[headers[h]].width, 10)
            for h in practical
        )
        height = sheet.row_dimensions[row].height or row_height(1, 10)
        # XlsxWriter rounds a height to a whole pixel (0.75 points).
        assert height >= row_height(min(needed, 3), 10) - 0.75, f"row {row} cuts off a praktisch kenmerk"
        assert height <= row_height(3, 10) + 0.75, f"row {row} is higher than three lines"

    short = Instrument(id="kort", naam="Kort", aanbieder="Een aanbieder")
    long = Instrument(id="lang", naam="Lang", locaties=[Locatie("Werkplein", None, "Marktplein 1", "x" * 60)])
    tiny = Keuzematrix([short, long], Instellingen(), matrix.bron)
    sheet = load_workbook(written(tiny, tmp_path))["Instrumenten"]
    assert sheet.row_dimensions[3].height is None, "a short row keeps the default height"
    assert sheet.row_dimensions[4].height == pytest.approx(row_height(2, 10), abs=0.75), "two lines of locatie"


def test_zoeken_prints_its_choices_then_its_results_on_a4_portrait(example_book):
    matrix, path = example_book
    book = load_workbook(path)
    sheet = book["Zoeken"]
    assert (sheet.page_setup.paperSize, sheet.page_setup.orientation) == (9, "portrait")
    assert sheet.sheet_properties.pageSetUpPr.fitToPage and sheet.page_setup.fitToHeight == 0
    choices, results = str(sheet.print_area).replace("'", "").split(",")
    header = next(c for row in sheet.iter_rows() for c in row if c.value == "Instrument")
    assert choices.startswith(f"Zoeken!$A${header.row}:$B$")
    headings = {c.value: c.column_letter for c in sheet[header.row] if c.value}
    first, last = headings["Nr."], headings["Samenvatting"]  # from the status line's start to the samenvatting
    assert results == f"Zoeken!${first}${header.row - 1}:${last}${header.row + len(matrix.instrumenten)}"
    assert sheet.print_title_rows == f"${header.row}:${header.row}"


# --- Overzicht ---


def test_overzicht_names_the_colour_of_empty_combinations_as_it_is(example_book):
    _, path = example_book
    sheet = load_workbook(path)["Overzicht"]
    intro = sheet["A2"].value
    assert "oranje vakken met 0" in intro and "rode" not in intro
    (scale,) = [rule for cf in sheet.conditional_formatting for rule in cf.rules if rule.colorScale is not None]
    assert scale.colorScale.color[0].rgb.endswith("F4B183"), "the colour for 0 is orange"


def test_overzicht_charts_leave_room_for_the_label_of_the_longest_bar(example_book):
    matrix, path = example_book
    most = max(sum(1 for i in matrix.instrumenten if tegel in i.tegels) for tegel in TAXONOMY.labels("tegels"))
    with zipfile.ZipFile(path) as archive:
        charts = [archive.read(n).decode() for n in archive.namelist() if n.startswith("xl/charts/chart")]
    assert len(charts) == 2
    maxima = [float(m) for chart in charts for m in re.findall(r'<c:max val="([0-9.]+)"/>', chart)]
    assert len(maxima) == 2 and min(maxima) >= 2, "both value axes have a maximum"
    assert any(m >= most * 1.2 for m in maxima)


# --- LibreOffice: every sheet to PDF ---


def font_sizes_per_sheet(reader: PdfReader) -> dict[str, list[float]]:
    """Return, per sheet (named in the page footer), the size in points of every piece of text on its pages."""
    sizes: dict[str, list[float]] = defaultdict(list)
    for page in reader.pages:
        found: list[float] = []

        def visit(text, cm, tm, font_dict, font_size, found=found):
            if text.strip():
                found.append(font_size * (tm[0] ** 2 + tm[1] ** 2) ** 0.5 * (cm[0] ** 2 + cm[1] ** 2) ** 0.5)

        text = page.extract_text(visitor_text=visit)
        footer = re.search(r"([^\n]+?)\s*pagina \d+ van \d+", text)
        assert footer, "every page has the footer with its sheet"
        sizes[footer.group(1).strip()].append(min(found))
    return sizes


@pytest.fixture(scope="module")
def example_pdf(example_book, tmp_path_factory) -> Path:
    _, path = example_book
    folder = tmp_path_factory.mktemp("pdf")
    pdf_of(path, folder)
    return folder / f"{path.stem}.pdf"


@pytest.fixture(scope="module")
def pdf_sizes(example_pdf):
    return font_sizes_per_sheet(PdfReader(example_pdf))


def sheet_text(pdf: Path, sheet: str) -> str:
    """Return the text of the pages of ``sheet`` as poppler's pdftotext reads it (also rotated text), words spaced."""
    pdftotext = require_tool("pdftotext")

    def text_of(number: int, *layout: str) -> str:
        command = [pdftotext, *layout, "-f", str(number), "-l", str(number), str(pdf), "-"]
        return subprocess.run(command, capture_output=True, text=True, check=True).stdout

    footer = re.compile(rf"^\s*{re.escape(sheet)}\s+pagina \d+ van \d+\s*$", re.MULTILINE)
    pages = [number for number in range(1, len(PdfReader(pdf).pages) + 1) if footer.search(text_of(number, "-layout"))]
    assert pages, f"no page of {sheet}"
    return " ".join(" ".join(text_of(number) for number in pages).split())


@pytest.mark.libreoffice
@pytest.mark.parametrize("sheet", ["Overzicht", "Instrumenten"])
def test_libreoffice_breaks_no_word_of_a_label_header(example_pdf, sheet):
    text = sheet_text(example_pdf, sheet)
    for label in TAXONOMY.labels("klantkenmerken"):
        assert label in text, f"{sheet}: the header {label!r} is broken inside a word"


@pytest.mark.libreoffice
def test_libreoffice_prints_every_visible_sheet(pdf_sizes, example_book):
    _, path = example_book
    book = load_workbook(path)
    assert set(pdf_sizes) == {name for name in SHEETS if book[name].sheet_state == "visible"}
    assert len(pdf_sizes["Instrumentkaart"]) == 1 and len(pdf_sizes[CLIENT_SHEET]) == 1, "a card is one A4"


@pytest.mark.libreoffice
@pytest.mark.parametrize(
    "sheet",
    ["Begin hier", "Instrumenten", CLIENT_SHEET, "Toelichting", "Instrumenten afdrukken"],
)
def test_libreoffice_prints_readable_text(pdf_sizes, sheet):
    assert min(pdf_sizes[sheet]) >= 8.95, f"{sheet} prints text at {min(pdf_sizes[sheet]):.1f} points"


@pytest.mark.libreoffice
def test_libreoffice_prints_the_whole_instrumentkaart_on_one_a4_at_8_points_or_more(pdf_sizes):
    # Every field and the Intern block on one page: a little smaller than the other sheets.
    assert len(pdf_sizes["Instrumentkaart"]) == 1
    assert min(pdf_sizes["Instrumentkaart"]) >= 7.95


@pytest.mark.libreoffice
def test_libreoffice_prints_zoeken_results_readably(pdf_sizes, example_pdf, example_book):
    matrix, _ = example_book
    assert min(pdf_sizes["Zoeken"]) >= 8.95, f"Zoeken prints text at {min(pdf_sizes['Zoeken']):.1f} points"
    text = sheet_text(example_pdf, "Zoeken")
    assert text.index(PRACTICAL_FILTERS[-1].label) < text.index("Samenvatting"), "the choices and filters on top"
    for instrument in matrix.instrumenten:
        for value in (instrument.naam, instrument.samenvatting):
            assert " ".join(value.split()) in text, f"{instrument.naam}: cut off in print"


def line_counts(matrix, path: Path) -> dict[str, int]:
    """Return the most lines per card part that the print sheet measures, written into a real workbook."""
    workbook = StreamingWorkbook(str(path), {"constant_memory": True})
    sheet = workbook.add_worksheet(printsheet.PRINT_SHEET, worksheet_class=StreamingWorksheet)
    counts = printsheet.write_afdruk(sheet, matrix, instrument_table(matrix), Styles(workbook, matrix))
    workbook.close()
    return counts


@pytest.mark.parametrize("limit", [0, 7])
def test_card_rows_are_sized_by_every_instrument_also_past_the_print_limit(example, tmp_path, limit, monkeypatch):
    matrix = copy.deepcopy(example.matrix)
    matrix.instrumenten[-1].samenvatting = "lang " * 60  # one line, longer than any other: found by its length
    matrix.instrumenten[-2].werkwijze = "kort\n" * 9  # short, but nine lines
    everything = line_counts(matrix, tmp_path / "alles.xlsx")
    monkeypatch.setattr(printsheet, "PRINT_LIMIT", limit)
    assert line_counts(matrix, tmp_path / "deel.xlsx") == everything
    expected: dict[str, int] = {}
    for instrument in matrix.instrumenten:
        for row in card_of(instrument_table(matrix)).rows:
            value = row.value(instrument)
            lines = text_lines(value, printsheet.PORTRAIT_WIDTHS[1], printsheet.FONT_SIZE)
            if isinstance(value, str) and value and lines > expected.get(row.part.key, 1):
                expected[row.part.key] = lines
    assert everything == expected
    assert everything["samenvatting"] > 1 and everything["werkwijze"] >= 9


def test_instrumenten_afdrukken_says_when_it_holds_only_the_first_instruments(example, tmp_path, monkeypatch):
    monkeypatch.setattr(printsheet, "PRINT_LIMIT", 2)
    matrix = example.matrix
    sheet = load_workbook(written(matrix, tmp_path))["Instrumenten afdrukken"]
    names = {i.naam for i in matrix.instrumenten}
    assert [label for label, _ in card_rows(sheet) if label in names] == [i.naam for i in matrix.instrumenten[:2]]
    assert f"de eerste 2 van de {len(matrix.instrumenten)} instrumenten" in sheet["A2"].value
