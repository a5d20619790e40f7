"""The professional workbook (issue 3): structure, safety and reproducibility with openpyxl, and the live search
recalculated by real LibreOffice and compared with keuzehulp.selection, the rule the formulas must reproduce."""

from __future__ import annotations

import copy
import re
import zipfile
from collections import Counter
from pathlib import Path

import pytest
from openpyxl import load_workbook

from keuzehulp import render_workbook
from keuzehulp.model import (
    Bronbestand,
    Contactpersoon,
    Duur,
    Inhoud,
    Instellingen,
    Instrument,
    Keuzematrix,
    Locatie,
    reproducible_timestamp,
)
from keuzehulp.selection import select, shown
from keuzehulp.taxonomy import load_taxonomy
from tests.helpers import pdf_of, soffice_convert

TAXONOMY = load_taxonomy()
TEGELS = TAXONOMY.labels("tegels")
KENMERKEN = TAXONOMY.labels("klantkenmerken")
SHEETS = [
    "Begin hier",
    "Zoeken",
    "Instrumenten",
    "Instrumentkaart",
    "Kaart voor cliënt",
    "Resultaatkaarten",
    "Overzicht",
    "Toelichting",
    "Instrumenten afdrukken",
    "Berekening",
    "Kaartgegevens",
]
HIDDEN = ["Berekening", "Kaartgegevens"]
# Functions that Excel 2016 lacks (365/2019/2021 and later); none may appear in the workbook.
NEWER_THAN_2016 = {
    "FILTER", "SORT", "SORTBY", "UNIQUE", "XLOOKUP", "XMATCH", "LET", "LAMBDA", "SEQUENCE", "RANDARRAY",
    "TEXTJOIN", "CONCAT", "IFS", "SWITCH", "MAXIFS", "MINIFS", "TEXTSPLIT", "VSTACK", "HSTACK", "TAKE", "DROP",
    "CHOOSECOLS", "CHOOSEROWS", "TOCOL", "TOROW", "WRAPROWS", "WRAPCOLS", "EXPAND", "ANCHORARRAY", "SINGLE",
}  # fmt: skip
PAYLOADS = [
    '=HYPERLINK("http://evil.example/PAYLOAD","klik")',
    "+1+PAYLOAD",
    "-1-PAYLOAD",
    "@SUM(A1)PAYLOAD",
    "\t=1PAYLOAD",
    "\r=1PAYLOAD",
    "=cmd|' /C calc PAYLOAD'!A0",
]
UNSAFE_URLS = ["javascript:alert(1)", "JavaScript:alert(2)", "data:text/html,<b>x</b>", "file:///etc/passwd"]


# --- helpers ---


def written(matrix: Keuzematrix, folder: Path) -> Path:
    """Write the workbook for ``matrix`` into ``folder`` through the renderer's entry point."""
    folder.mkdir(parents=True, exist_ok=True)
    render_workbook.write(matrix, folder)
    path = folder / render_workbook.FILENAME
    assert path.is_file()
    return path


def decoded(text: str) -> str:
    """Return ``text`` with the _xHHHH_ escapes of OOXML decoded (openpyxl leaves them in inline strings)."""
    return re.sub(r"_x([0-9A-Fa-f]{4})_", lambda m: chr(int(m.group(1), 16)), text)


def zoeken_rows(sheet) -> dict[str, int]:
    """Return the row of each label in column A of Zoeken."""
    return {row[0].value: row[0].row for row in sheet.iter_rows(min_col=1, max_col=1) if row[0].value}


def results_of(book) -> list[tuple[str, str | None]]:
    """Return (name, Treffers) of the Zoeken results: the cells below the one holding exactly "Instrument"."""
    sheet = book["Zoeken"]
    headers = [cell for row in sheet.iter_rows() for cell in row if cell.value == "Instrument"]
    assert len(headers) == 1, "Zoeken needs exactly one cell holding 'Instrument'"
    header = headers[0]
    results = []
    for row in range(header.row + 1, sheet.max_row + 2):
        name = sheet.cell(row, header.column).value
        if name in (None, ""):
            trailing = [sheet.cell(r, header.column).value for r in range(row, sheet.max_row + 1)]
            assert all(value in (None, "") for value in trailing), "something follows the results"
            break
        results.append((name, sheet.cell(row, header.column + 1).value or None))
    return results


def expected_results(matrix: Keuzematrix, tegels=(), kenmerken=()) -> list[tuple[str, str | None]]:
    """Return (name, Treffers) of the results Zoeken lists: "2 van 3", nothing when nothing is chosen."""
    chosen = len(tegels) + len(kenmerken)
    results = shown(select(matrix.instrumenten, tegels, kenmerken))
    return [(instrument.naam, f"{fit} van {chosen}" if chosen else None) for instrument, fit in results]


def combination_counts(matrix: Keuzematrix) -> dict[tuple[str, str], int]:
    """Count, straight from the model, the instruments having each tegel together with each klantkenmerk."""
    return {
        (t, k): sum(1 for i in matrix.instrumenten if t in i.tegels and k in i.klantkenmerken)
        for t in TEGELS
        for k in KENMERKEN
    }


def overzicht_of(book) -> dict[tuple[str, str], object]:
    sheet = book["Overzicht"]
    header = next(row for row in sheet.iter_rows() if row[1].value == KENMERKEN[0])
    columns = {cell.value: cell.column for cell in header if cell.value in KENMERKEN}
    counts = {}
    for row in sheet.iter_rows(min_row=header[0].row + 1, max_row=header[0].row + len(TEGELS)):
        for kenmerk, col in columns.items():
            counts[row[0].value, kenmerk] = sheet.cell(row[0].row, col).value
    return counts


def table_counts(book, heading: str) -> dict[str, object]:
    """Return the label -> count pairs of the Overzicht table under the header cell ``heading``."""
    sheet = book["Overzicht"]
    top = next(cell for row in sheet.iter_rows(max_col=1) for cell in row if cell.value == heading)
    counts = {}
    for row in range(top.row + 1, sheet.max_row + 1):
        label = sheet.cell(row, 1).value
        if label in (None, ""):
            break
        counts[label] = sheet.cell(row, 2).value
    return counts


def card_of(book) -> dict[str, object]:
    sheet = book["Instrumentkaart"]
    return {row[0].value: row[1].value for row in sheet.iter_rows(min_row=4, max_col=2) if row[0].value}


def fits_column(book) -> list[object]:
    sheet = book["Instrumenten"]
    assert sheet.cell(2, 2).value == "Past bij Zoeken"
    return [sheet.cell(row, 2).value for row in range(3, sheet.max_row + 1) if sheet.cell(row, 1).value]


def formulas_of(path: Path) -> list[str]:
    """Return every formula of the workbook: in cells, validations, conditional formats and defined names."""
    book = load_workbook(path)
    found = [
        str(cell.value) for ws in book.worksheets for row in ws.iter_rows() for cell in row if cell.data_type == "f"
    ]
    for ws in book.worksheets:
        found += [str(v.formula1) for v in ws.data_validations.dataValidation if v.formula1]
        found += [f for rng in ws.conditional_formatting for rule in rng.rules for f in (rule.formula or [])]
    found += [name.attr_text for name in book.defined_names.values()]
    return found


def hostile_matrix() -> Keuzematrix:
    """Return instruments whose every text field holds a formula-like payload."""
    instruments = []
    for index, payload in enumerate(PAYLOADS):
        texts = {
            field: payload
            for field in (
                "naam organisatie aanbieder samenvatting doel werkwijze onderscheidende_aanpak voorwaarden_deelname "
                "werkafspraken samenwerkingspartners toelichting_doelgroep aanvullende_informatie aanmeldinstructies "
                "toelichting_duur toelichting_intensiteit toelichting_kosten"
            ).split()
        }
        texts["naam"] = f"{payload} #{index}"
        instruments.append(
            Instrument(
                id=f"i{index}",
                **texts,
                uitvoeringsvormen=["Coaching"],
                tegels=[TEGELS[index % len(TEGELS)]],
                klantkenmerken=[KENMERKEN[index % len(KENMERKEN)]],
                duur=Duur(3, "weken"),
                kosten_euro=100.0 * index,
                groep_individueel=["groep"],
                contactpersonen=[Contactpersoon("extern", payload, payload, payload)],
                locaties=[Locatie(payload, payload, payload, payload)],
                doelgroepen=[payload],
                registratiecodes=[payload],
                beschikbare_gebieden=[payload],
                aanvullende_inhoud=[Inhoud("link", payload, UNSAFE_URLS[index % len(UNSAFE_URLS)])],
            )
        )
    instruments.append(
        Instrument(
            id="veilig", naam="Veilige link", aanvullende_inhoud=[Inhoud("link", "Folder", "https://ok.example/f")]
        )
    )
    return Keuzematrix(instruments, Instellingen(datum="2026-10-01"), Bronbestand("vijandig.xlsx", "ab" * 32))


# --- structure, read back with openpyxl ---


@pytest.fixture(scope="module")
def example_book(example, tmp_path_factory):
    assert example.matrix is not None
    path = written(example.matrix, tmp_path_factory.mktemp("werkmap"))
    return example.matrix, path


def test_sheets_are_in_order_with_the_helpers_hidden_and_begin_hier_first(example_book):
    _, path = example_book
    book = load_workbook(path)
    assert book.sheetnames == SHEETS
    assert [name for name in SHEETS if book[name].sheet_state == "hidden"] == HIDDEN
    assert all(book[name].sheet_state == "visible" for name in SHEETS if name not in HIDDEN)
    assert book.active.title == "Begin hier"


def test_zoeken_lists_every_label_exactly_with_a_ja_dropdown_beside_it(example_book):
    _, path = example_book
    sheet = load_workbook(path)["Zoeken"]
    rows = zoeken_rows(sheet)
    for labels in (TEGELS, KENMERKEN):
        positions = [rows[label] for label in labels]
        assert positions == list(range(positions[0], positions[0] + len(labels))), "one label per row, in order"
        heading = sheet.cell(positions[0] - 1, 1).value
        assert heading and heading not in TEGELS + KENMERKEN, "a heading above each group"
        for row in positions:
            validations = [v for v in sheet.data_validations.dataValidation if f"B{row}" in v.sqref]
            assert len(validations) == 1, f"no dropdown in B{row}"
            assert validations[0].type == "list"
            assert validations[0].formula1 == '"ja"'
            assert sheet.cell(row, 2).value is None, "nothing is selected in the workbook as written"
    assert rows[KENMERKEN[0]] > rows[TEGELS[-1]]


def test_zoeken_lists_every_instrument_in_order_before_any_recalculation(example_book):
    matrix, path = example_book
    assert results_of(load_workbook(path, data_only=True)) == expected_results(matrix)


def test_instrumenten_is_a_frozen_filterable_table_with_exact_label_headers(example_book):
    matrix, path = example_book
    sheet = load_workbook(path)["Instrumenten"]
    (table,) = sheet.tables.values()
    last = 2 + len(matrix.instrumenten)
    assert table.ref.startswith("A2:") and table.ref.endswith(str(last))
    assert table.autoFilter is not None and table.autoFilter.ref == table.ref
    headers = [cell.value for cell in sheet[2]]
    assert [column.name for column in table.tableColumns] == headers
    assert headers[:2] == ["Instrument", "Past bij Zoeken"]
    assert headers[2 : 2 + len(TEGELS) + len(KENMERKEN)] == [*TEGELS, *KENMERKEN]
    for expected in ("Uitvoeringsvorm", "Groep/individueel", "Duur", "Duur in dagen", "Totale kosten", "Aanbieder"):
        assert expected in headers
    groups = {cell.value for cell in sheet[1] if cell.value}
    assert {"Basiskenmerken: tegels", "Basiskenmerken: klantkenmerken", "Praktische kenmerken"} <= groups
    assert sheet.freeze_panes == "B3"
    assert [sheet.cell(3 + i, 1).value for i in range(len(matrix.instrumenten))] == [
        i.naam for i in matrix.instrumenten
    ]


def test_instrumenten_marks_and_kosten_come_from_the_model(example_book):
    matrix, path = example_book
    sheet = load_workbook(path)["Instrumenten"]
    headers = [cell.value for cell in sheet[2]]
    kosten = headers.index("Totale kosten") + 1
    for row, instrument in enumerate(matrix.instrumenten, start=3):
        marked = {headers[c - 1] for c in range(3, 3 + len(TEGELS) + len(KENMERKEN)) if sheet.cell(row, c).value}
        assert marked == set(instrument.tegels) | set(instrument.klantkenmerken), instrument.naam
        cell = sheet.cell(row, kosten)
        assert cell.value == instrument.kosten_euro
        if instrument.kosten_euro is not None:
            assert "€" in cell.number_format


def test_instrumenten_prints_landscape_at_a_readable_scale_with_repeated_header_and_names(example_book):
    _, path = example_book
    book = load_workbook(path)
    sheet = book["Instrumenten"]
    assert sheet.page_setup.orientation == "landscape"
    assert not (sheet.sheet_properties.pageSetUpPr and sheet.sheet_properties.pageSetUpPr.fitToPage)
    assert int(sheet.page_setup.scale or 100) >= 90, "10-point text prints at 9 points or more (100 % is the default)"
    assert sheet.print_title_rows == "$1:$2"
    assert sheet.print_title_cols == "$A:$A"
    card = book["Instrumentkaart"]
    assert card.page_setup.paperSize == 9
    assert (card.page_setup.fitToWidth or 1, card.page_setup.fitToHeight or 1) == (1, 1), "the card fits one A4"


def test_gekozen_instrument_names_the_card_dropdown(example_book):
    matrix, path = example_book
    book = load_workbook(path)
    name = book.defined_names["gekozen_instrument"]
    assert name.attr_text == "Instrumentkaart!$B$2"
    card = book["Instrumentkaart"]
    assert card["B2"].value == matrix.instrumenten[0].naam
    (validation,) = [v for v in card.data_validations.dataValidation if "B2" in v.sqref]
    assert validation.type == "list"
    names = book.defined_names[validation.formula1]
    assert names.attr_text == f"Instrumenten!$A$3:$A${2 + len(matrix.instrumenten)}"


def test_cached_values_match_the_model_before_any_recalculation(example_book):
    matrix, path = example_book
    book = load_workbook(path, data_only=True)
    assert overzicht_of(book) == combination_counts(matrix)
    first = matrix.instrumenten[0]
    card = card_of(book)
    assert card["Samenvatting"] == first.samenvatting
    assert card["Tegels"] == ", ".join(first.tegels)
    assert card["Totale duur"] == (first.duur.tekst() if first.duur else None)
    assert fits_column(book) == ["ja"] * len(matrix.instrumenten)


def test_toelichting_names_the_source_its_hash_and_date_but_no_generation_date(example_book):
    matrix, path = example_book
    sheet = load_workbook(path)["Toelichting"]
    pairs = {row[0].value: row[1].value for row in sheet.iter_rows(max_col=2) if row[0].value}
    assert pairs["Bronbestand"] == matrix.bron.naam
    assert pairs["SHA-256 van het bronbestand"] == matrix.bron.sha256
    assert pairs["Datum keuzematrix"] == matrix.instellingen.datum
    for label in (*TEGELS, *KENMERKEN):
        assert pairs.get(label), f"no explanation of {label}"
    assert not any("gegenereerd" in str(v).lower() or "aangemaakt op" in str(v).lower() for v in pairs.values())


def test_only_functions_that_excel_2016_has(example_book):
    _, path = example_book
    formulas = formulas_of(path)
    assert len(formulas) > 100
    used = {name for formula in formulas for name in re.findall(r"([A-Z][A-Z0-9.]*)\(", formula)}
    assert used <= render_workbook.FUNCTIONS, used - render_workbook.FUNCTIONS
    assert not used & NEWER_THAN_2016
    with zipfile.ZipFile(path) as archive:
        xml = "".join(archive.read(n).decode("utf-8") for n in archive.namelist() if n.endswith(".xml"))
    assert "_xlfn" not in xml and "_xlws" not in xml, "a function newer than Excel 2010 slipped in"
    assert "vbaProject" not in "".join(zipfile.ZipFile(path).namelist()), "no macros"


def test_two_writes_give_identical_bytes_dated_by_the_keuzematrix(example, tmp_path):
    first = written(example.matrix, tmp_path / "een").read_bytes()
    second = written(example.matrix, tmp_path / "twee").read_bytes()
    assert first == second
    with zipfile.ZipFile(tmp_path / "een" / render_workbook.FILENAME) as archive:
        core = archive.read("docProps/core.xml").decode()
    assert f'<dcterms:created xsi:type="dcterms:W3CDTF">{example.matrix.instellingen.datum}T00:00:00Z' in core


@pytest.mark.parametrize(
    ("datum", "expected"),
    [("2026-10-01", "2026-10-01"), ("1-10-2026", "2026-10-01"), ("oktober 2026", "2000-01-01"), (None, "2000-01-01")],
)
def test_creation_date_comes_from_the_keuzematrix_date(example, datum, expected, monkeypatch):
    monkeypatch.delenv("SOURCE_DATE_EPOCH", raising=False)
    matrix = copy.deepcopy(example.matrix)
    matrix.instellingen.datum = datum
    assert reproducible_timestamp(matrix).date().isoformat() == expected


# --- safety ---


@pytest.fixture(scope="module")
def hostile_book(tmp_path_factory):
    matrix = hostile_matrix()
    return matrix, written(matrix, tmp_path_factory.mktemp("vijandig"))


def test_formula_payloads_in_every_text_field_stay_text(hostile_book):
    _, path = hostile_book
    book = load_workbook(path)
    strings = []
    for sheet in book.worksheets:
        for row in sheet.iter_rows():
            for cell in row:
                if cell.data_type == "f":
                    assert "PAYLOAD" not in str(cell.value), f"payload in a formula at {sheet.title}!{cell.coordinate}"
                elif isinstance(cell.value, str):
                    strings.append(decoded(cell.value))
    for index, payload in enumerate(PAYLOADS):
        assert f"{payload} #{index}" in strings, f"name {payload!r} is not a text cell"
        assert sum(payload in s for s in strings) >= 15, f"{payload!r} is missing from text fields"
    assert not [f for f in formulas_of(path) if "PAYLOAD" in f]


def test_cached_results_of_hostile_names_are_text(hostile_book):
    matrix, path = hostile_book
    names = [name for name, _ in results_of(load_workbook(path, data_only=True))]
    # \r in a cached value is read back as \n (XML line-end handling); everything else is kept exactly.
    assert [n.replace("\n", "\r") for n in names] == [i.naam for i in matrix.instrumenten]


def test_only_http_https_mailto_and_tel_become_links(hostile_book):
    _, path = hostile_book
    book = load_workbook(path)
    targets = [
        cell.hyperlink.target
        for sheet in book.worksheets
        for row in sheet.iter_rows()
        for cell in row
        if cell.hyperlink is not None and cell.hyperlink.location is None  # within the workbook: a location
    ]
    assert targets == ["https://ok.example/f"]
    texts = [decoded(str(c.value)) for row in book["Instrumenten"].iter_rows() for c in row if c.value]
    for url in UNSAFE_URLS:
        assert any(url in text for text in texts), f"{url} should still be shown as text"


@pytest.mark.parametrize(
    ("url", "safe"),
    [
        ("https://www.example.nl/a?b=c", True),
        ("HTTP://example.nl", True),
        ("mailto:info@example.nl", True),
        ("Mailto:info@example.nl", True),
        ("tel:+31201234567", False),  # XlsxWriter cannot link tel:; the cell text keeps the number
        ("javascript:alert(1)", False),
        (" javascript:alert(1)", False),
        ("java\tscript:alert(1)", False),
        ("vbscript:msgbox", False),
        ("data:text/html,x", False),
        ("file:///c:/x", False),
        ("https://exa mple.nl", False),
        ("https://" + "a" * 2100, False),
        ("", False),
        (None, False),
    ],
)
def test_safe_url(url, safe):
    assert (render_workbook.safe_url(url) is not None) is safe


def test_a_matrix_without_instruments_still_gives_a_workbook(tmp_path):
    matrix = Keuzematrix([], Instellingen(), Bronbestand("leeg.xlsx", "0" * 64))
    book = load_workbook(written(matrix, tmp_path))
    assert book.sheetnames == SHEETS
    assert results_of(load_workbook(tmp_path / render_workbook.FILENAME, data_only=True)) == []


# --- LibreOffice: recalculate real selections and compare with keuzehulp.selection ---


def with_choices(source: Path, target: Path, labels: tuple[str, ...], card: str | None) -> Path:
    """Copy ``source`` with 'ja' beside ``labels`` on Zoeken and ``card`` as gekozen_instrument."""
    book = load_workbook(source)
    sheet = book["Zoeken"]
    rows = zoeken_rows(sheet)
    for label in labels:
        sheet.cell(rows[label], 2).value = "ja"
    if card is not None:
        (name,) = [n for key, n in book.defined_names.items() if key == "gekozen_instrument"]
        ((sheet_name, ref),) = name.destinations
        book[sheet_name][ref.replace("$", "")].value = card
    book.save(target)
    return target


def empty_pair(matrix: Keuzematrix) -> tuple[str, str] | None:
    return next(((t, k) for t in TEGELS for k in KENMERKEN if not select(matrix.instrumenten, [t], [k])), None)


def without_kenmerk(matrix: Keuzematrix, kenmerk: str) -> Keuzematrix:
    """Return a copy of ``matrix`` in which no instrument has ``kenmerk`` (as in a Werkzaak-style matrix)."""
    stripped = copy.deepcopy(matrix)
    for instrument in stripped.instrumenten:
        instrument.klantkenmerken = [k for k in instrument.klantkenmerken if k != kenmerk]
    return stripped


def recalculated_cases(matrix: Keuzematrix, folder: Path) -> list[dict]:
    """Write the workbook, make one copy per selection, let LibreOffice recalculate them all in one run."""
    names = [i.naam for i in matrix.instrumenten]
    fitting = empty_pair(matrix)
    cases = [
        {"id": "niets", "matrix": matrix, "labels": (), "card": names[-1]},
        {"id": "tegel", "matrix": matrix, "labels": ("Werk fit",), "card": names[len(names) // 2]},
        {"id": "tegel-kenmerk", "matrix": matrix, "labels": ("Opleiden", "Werk fit", "Basisvaardigheden")},
    ]
    if fitting is None:  # every combination has an instrument: take one klantkenmerk away from all of them
        fitting = ("Nazorg", "Toekomstige werknemersvaardigheden")
        cases.append({"id": "geen", "matrix": without_kenmerk(matrix, fitting[1]), "labels": fitting})
    else:
        cases.append({"id": "geen", "matrix": matrix, "labels": fitting})
    cases[2]["card"] = names[1]
    cases[3]["card"] = "bestaat niet"
    sources = {}
    for case in cases:
        key = id(case["matrix"])
        if key not in sources:
            sources[key] = written(case["matrix"], folder / f"bron-{len(sources)}")
        case["file"] = with_choices(sources[key], folder / f"{case['id']}.xlsx", case["labels"], case["card"])
    converted = soffice_convert([c["file"] for c in cases], "xlsx", folder / "lo", recalculate=True)
    for case, output in zip(cases, converted, strict=True):
        case["book"] = load_workbook(output, data_only=True)
    return cases


@pytest.fixture(scope="module", params=["example", "matrix_1000"])
def recalculated(request, tmp_path_factory):
    loaded = request.getfixturevalue(request.param)
    assert loaded.matrix is not None
    return recalculated_cases(loaded.matrix, tmp_path_factory.mktemp(f"lo-{request.param}"))


def split(labels: tuple[str, ...]) -> tuple[list[str], list[str]]:
    return [x for x in labels if x in TEGELS], [x for x in labels if x in KENMERKEN]


@pytest.mark.libreoffice
def test_libreoffice_search_results_and_past_bij_zoeken_match_selection(recalculated):
    """Zoeken's details are tested in tests/test_workbook_search.py; here the column filtered on Instrumenten."""
    for case in recalculated:
        tegels, kenmerken = split(case["labels"])
        assert results_of(case["book"]) == expected_results(case["matrix"], tegels, kenmerken), case["id"]
        fits = {i.naam for i, _ in select(case["matrix"].instrumenten, tegels, kenmerken)}
        assert fits_column(case["book"]) == ["ja" if i.naam in fits else "nee" for i in case["matrix"].instrumenten]
    assert [len(results_of(c["book"])) for c in recalculated][-1] == 0, "the last selection fits nothing"


@pytest.mark.libreoffice
def test_libreoffice_instrumentkaart_shows_the_chosen_instrument(recalculated):
    for case in recalculated[:3]:
        matrix = case["matrix"]
        instrument = next(i for i in matrix.instrumenten if i.naam == case["card"])
        card = card_of(case["book"])
        table = render_workbook.instrument_table(matrix)
        for label, value in render_workbook.card_values(instrument, table):
            if value is not None:
                assert card[label] == (value if value != "" else None), (case["id"], label)
        assert card["Aanbieder"] == instrument.aanbieder
        assert card["Doel"] == instrument.doel
        assert card["Tegels"] == ", ".join(instrument.tegels)
        assert card["Klantkenmerken"] == ", ".join(instrument.klantkenmerken)
        assert card["Totale kosten"] == instrument.kosten_euro
    unknown = card_of(recalculated[3]["book"])
    assert not any(value for label, value in unknown.items() if label in ("Samenvatting", "Aanbieder", "Tegels"))


@pytest.mark.libreoffice
def test_libreoffice_overzicht_counts_match_the_model(recalculated):
    for case in recalculated:
        matrix, book = case["matrix"], case["book"]
        assert overzicht_of(book) == combination_counts(matrix), case["id"]
        forms = Counter(f for i in matrix.instrumenten for f in i.uitvoeringsvormen)
        assert table_counts(book, "Uitvoeringsvorm") == {f: forms[f] for f in TAXONOMY.labels("uitvoeringsvormen")}
        providers = Counter(i.aanbieder for i in matrix.instrumenten)
        assert table_counts(book, "Aanbieder") == dict(providers)


@pytest.mark.libreoffice
def test_libreoffice_agrees_with_the_cached_values(recalculated, tmp_path):
    """With nothing selected, what LibreOffice computes is what the workbook showed before recalculating."""
    case = recalculated[0]
    cached = load_workbook(written(case["matrix"], tmp_path), data_only=True)
    assert results_of(cached) == results_of(case["book"])
    assert overzicht_of(cached) == overzicht_of(case["book"])


@pytest.mark.libreoffice
def test_libreoffice_renders_every_sheet_to_pdf(example_book, tmp_path):
    _, path = example_book
    assert len(pdf_of(path, tmp_path).pages) >= 5, "at least one page per visible sheet"
