"""Zoeken in the professional workbook (issue 11): both steps on one sheet, the best 100 results with what a
werkcoach needs, a link from each result to its card, and LibreOffice's recalculation compared with
keuzehulp.selection at 54, 1,000 and 10,000 instruments."""

from __future__ import annotations

import math
import re
import zipfile
from pathlib import Path

import pytest
from openpyxl import load_workbook

from keuzehulp import render_workbook
from keuzehulp.model import Keuzematrix
from keuzehulp.pipeline import load
from keuzehulp.selection import ANY, RESULT_LIMIT, Praktisch, matched_labels, select, shown
from tests.helpers import pdf_of, pdf_text, soffice_convert
from tests.test_render_workbook import KENMERKEN, TEGELS, written, zoeken_rows

# The praktische filters on Zoeken: their label in column A and the field of keuzehulp.selection.Praktisch.
FILTERS = {
    "Uitvoeringsvorm": "uitvoeringsvorm",
    "Groep of individueel": "groep_individueel",
    "Maximale duur (weken)": "max_duur_weken",
    "Maximaal uren per week": "max_uren_per_week",
    "Gebied": "gebied",
    "Maximale kosten (euro)": "max_kosten",
}
COLUMNS = ("Nr.", "Instrument", "Treffers", "Past op", "Samenvatting", "Doelgroep", "Duur", "Uren per week")
COLUMNS += ("Groep/individueel", "Kosten")


# --- reading Zoeken as a werkcoach sees it (sheets read as grids: fast, also at 10,000 instruments) ---

Grid = list[list[object]]


def grids(path: Path, names=("Zoeken", "Resultaatkaarten"), data_only: bool = True) -> dict[str, Grid]:
    """Return the cells of the sheets ``names`` as rows of values (formulas unless ``data_only``)."""
    book = load_workbook(path, read_only=True, data_only=data_only)
    try:
        return {name: [list(row) for row in book[name].iter_rows(values_only=True)] for name in names}
    finally:
        book.close()


def at(grid: Grid, row: int, col: int) -> object:
    """Return the value at 0-based ``row`` and ``col`` of ``grid``, None outside it."""
    return grid[row][col] if row < len(grid) and col < len(grid[row]) else None


def result_header(grid: Grid) -> tuple[int, dict[str, int]]:
    """Return the row of the cell holding exactly "Instrument" and the column of each result heading (0-based)."""
    ((top, _),) = [(r, c) for r, row in enumerate(grid) for c, value in enumerate(row) if value == "Instrument"]
    return top, {value: c for c, value in enumerate(grid[top]) if value in COLUMNS}


def results_table(grid: Grid) -> list[dict[str, object]]:
    """Return the result rows of Zoeken (until the first empty name), each as heading -> value."""
    top, columns = result_header(grid)
    rows = []
    for row in range(top + 1, top + 2 + RESULT_LIMIT):
        if at(grid, row, columns["Instrument"]) in (None, ""):
            break
        rows.append({heading: at(grid, row, col) for heading, col in columns.items()})
    assert len(rows) <= RESULT_LIMIT
    return rows


def status_line(grid: Grid) -> str:
    """Return the message right above the results."""
    top, columns = result_header(grid)
    (text,) = [value for value in grid[top - 1][columns["Nr."] :] if value]
    return text


def expected_table(matrix: Keuzematrix, tegels=(), kenmerken=(), praktisch=ANY) -> list[dict[str, object]]:
    """Return what the result rows must show, from keuzehulp.selection and the model."""
    chosen = len(tegels) + len(kenmerken)
    rows = []
    for rank, (instrument, fit) in enumerate(shown(select(matrix.instrumenten, tegels, kenmerken, praktisch)), 1):
        rows.append(
            {
                "Nr.": rank,
                "Instrument": instrument.naam,
                "Treffers": f"{fit} van {chosen}" if chosen else None,
                "Past op": ", ".join(matched_labels(instrument, tegels, kenmerken)) or None,
                "Samenvatting": instrument.samenvatting,
                "Doelgroep": "; ".join(instrument.doelgroepen) or "voor iedereen",
                "Duur": instrument.duur.tekst() if instrument.duur else None,
                "Uren per week": instrument.intensiteit_uur_per_week,
                "Groep/individueel": " en ".join(instrument.groep_individueel) or None,
                "Kosten": instrument.kosten_euro,
            }
        )
    return rows


def comparable(rows: list[dict[str, object]]) -> list[dict[str, object]]:
    """Return ``rows`` with "" read as empty and whole floats as ints, as a spreadsheet round trip gives them."""
    return [
        {k: None if v == "" else int(v) if isinstance(v, float) and v.is_integer() else v for k, v in row.items()}
        for row in rows
    ]


def with_search(source: Path, target: Path, labels=(), filters: dict[str, object] | None = None) -> Path:
    """Copy ``source`` with 'ja' beside ``labels`` and the praktische filters set, as a werkcoach fills them in.

    Only the empty cells in column B of Zoeken's sheet XML change; every other part of the file is copied as it
    is (openpyxl would take a minute to load and save a workbook of 10,000 instruments).
    """
    rows = {row[0]: r + 1 for r, row in enumerate(grids(source, ("Zoeken",))["Zoeken"]) if row and row[0]}
    chosen = {rows[label]: "ja" for label in labels} | {rows[label]: v for label, v in (filters or {}).items()}
    with zipfile.ZipFile(source) as archive:
        part = sheet_part(archive, "Zoeken")
        xml = archive.read(part).decode("utf-8")
        for row, value in chosen.items():
            typed = f"<v>{value}</v>" if isinstance(value, int | float) else f"<is><t>{value}</t></is>"
            kind = "" if isinstance(value, int | float) else ' t="inlineStr"'
            xml, count = re.subn(rf'<c r="B{row}"( s="\d+")?/>', rf'<c r="B{row}"\1{kind}>{typed}</c>', xml)
            assert count == 1, f"no empty cell B{row} on Zoeken"
        with zipfile.ZipFile(target, "w", zipfile.ZIP_DEFLATED) as copy:
            for item in archive.infolist():
                copy.writestr(item, xml if item.filename == part else archive.read(item))
    return target


def sheet_part(archive: zipfile.ZipFile, name: str) -> str:
    """Return the path in ``archive`` of the worksheet called ``name``."""
    book = archive.read("xl/workbook.xml").decode("utf-8")
    (rid,) = re.findall(rf'<sheet name="{re.escape(name)}" sheetId="\d+" r:id="(rId\d+)"', book)
    rels = archive.read("xl/_rels/workbook.xml.rels").decode("utf-8")
    (target,) = re.findall(rf'Id="{rid}"[^>]*Target="([^"]+)"', rels) or re.findall(
        rf'Target="([^"]+)"[^>]*Id="{rid}"', rels
    )
    return "xl/" + target.removeprefix("/xl/")


def praktisch_of(filters: dict[str, object]) -> Praktisch:
    return Praktisch(**{FILTERS[label]: value for label, value in filters.items()})


# --- the sheet as written ---


@pytest.fixture(scope="module")
def example_book(example, tmp_path_factory):
    return example.matrix, written(example.matrix, tmp_path_factory.mktemp("zoeken"))


def test_praktische_filters_sit_below_the_labels_each_with_a_dropdown_or_number_check(example_book):
    _, path = example_book
    sheet = load_workbook(path)["Zoeken"]
    rows = zoeken_rows(sheet)
    assert [rows[label] for label in FILTERS] == list(range(rows["Uitvoeringsvorm"], rows["Uitvoeringsvorm"] + 6))
    assert rows["Uitvoeringsvorm"] > rows[KENMERKEN[-1]] > rows[TEGELS[-1]]
    for label in FILTERS:
        (validation,) = [v for v in sheet.data_validations.dataValidation if f"B{rows[label]}" in str(v.sqref)]
        assert validation.type == ("decimal" if label.startswith("Maxim") else "list"), label
        assert sheet.cell(rows[label], 2).value is None, "empty: any"
    book = load_workbook(path)
    (vorm,) = [v for v in sheet.data_validations.dataValidation if f"B{rows['Uitvoeringsvorm']}" in str(v.sqref)]
    assert "Coaching" in vorm.formula1
    (gebied,) = [v for v in sheet.data_validations.dataValidation if f"B{rows['Gebied']}" in str(v.sqref)]
    ((area_sheet, area_ref),) = book.defined_names[gebied.formula1].destinations
    listed = [c.value for row in book[area_sheet][area_ref.replace("$", "")] for c in row]
    assert listed == sorted({a for i in example_book[0].instrumenten for a in i.beschikbare_gebieden}, key=str.casefold)


def test_results_as_written_show_the_first_instruments_with_their_details(example_book):
    matrix, path = example_book
    zoeken = grids(path)["Zoeken"]
    assert comparable(results_table(zoeken)) == comparable(expected_table(matrix))
    assert status_line(zoeken) == f"Geen tegel of klantkenmerk gekozen: {len(matrix.instrumenten)} van " + (
        f"{len(matrix.instrumenten)} instrumenten, de beste bovenaan."
    )


def test_only_the_best_hundred_are_listed_and_the_status_says_how_many_fit(matrix_1000, tmp_path):
    zoeken = grids(written(matrix_1000.matrix, tmp_path))["Zoeken"]
    assert len(results_table(zoeken)) == RESULT_LIMIT
    assert "1000 van 1000" in status_line(zoeken) and f"beste {RESULT_LIMIT}" in status_line(zoeken)


def test_every_euro_cell_reads_gratis_for_zero(example_book):
    """The class of "€ 0.00": every euro format in the workbook shows a zero as "gratis"."""
    _, path = example_book
    book = load_workbook(path)
    formats = {
        c.number_format for ws in book.worksheets for row in ws.iter_rows() for c in row if "€" in c.number_format
    }
    assert formats, "no euro cell found"
    for number_format in formats:
        sections = number_format.split(";")
        assert len(sections) == 3 and sections[2] == '"gratis"', number_format


# --- LibreOffice: real selections and filters, recalculated, compared with keuzehulp.selection ---


def search_cases(matrix: Keuzematrix) -> list[dict]:
    """Return the selections of the issue: none, one tegel, tegel + klantkenmerk + uitvoeringsvorm + max duur,
    nothing fits, more than 100 fit (the last two where the matrix allows)."""
    first = next(i for i in matrix.instrumenten if "Opleiden" in i.tegels and i.klantkenmerken and i.duur)
    weeks = math.ceil(first.duur.in_dagen() / 7)
    cases = [
        {"id": "niets", "labels": (), "filters": {}},
        {"id": "tegel", "labels": ("Werk fit",), "filters": {}},
        {
            "id": "tegel-kenmerk-vorm-duur",
            "labels": ("Opleiden", first.klantkenmerken[0]),
            "filters": {"Uitvoeringsvorm": first.uitvoeringsvormen[0], "Maximale duur (weken)": weeks},
        },
        {"id": "geen", "labels": ("Werk fit",), "filters": {"Maximaal uren per week": 0, "Gebied": "Nergensdorp"}},
    ]
    many = next((k for k in KENMERKEN if len(select(matrix.instrumenten, [], [k])) > RESULT_LIMIT), None)
    if many:
        cases.append({"id": "meer-dan-100", "labels": (many,), "filters": {"Maximale kosten (euro)": 100_000}})
    for case in cases:
        tegels = [x for x in case["labels"] if x in TEGELS]
        kenmerken = [x for x in case["labels"] if x in KENMERKEN]
        case["expected"] = expected_table(matrix, tegels, kenmerken, praktisch_of(case["filters"]))
        case["total"] = len(select(matrix.instrumenten, tegels, kenmerken, praktisch_of(case["filters"])))
    return cases


@pytest.fixture(scope="module")
def matrix_10000(tmp_path_factory):
    from benchmarks.generate import write_matrix

    return load(write_matrix(tmp_path_factory.mktemp("gen") / "matrix-10000.xlsx", 10_000))


@pytest.fixture(scope="module", params=["example", "matrix_1000", "matrix_10000"])
def searched(request, tmp_path_factory):
    """Per size: the search cases, each with its copy recalculated by LibreOffice (one run per size)."""
    matrix = request.getfixturevalue(request.param).matrix
    folder = tmp_path_factory.mktemp(f"zoeken-{request.param}")
    source = written(matrix, folder / "bron")
    cases = search_cases(matrix)
    files = [with_search(source, folder / f"{c['id']}.xlsx", c["labels"], c["filters"]) for c in cases]
    for case, output in zip(cases, soffice_convert(files, "xlsx", folder / "lo", recalculate=True), strict=True):
        case["values"] = grids(output)
        case["formulas"] = grids(output, ("Zoeken",), data_only=False)["Zoeken"]
    return matrix, cases


@pytest.mark.libreoffice
def test_libreoffice_results_match_selection_with_rank_fit_labels_and_details(searched):
    matrix, cases = searched
    for case in cases:
        assert comparable(results_table(case["values"]["Zoeken"])) == comparable(case["expected"]), case["id"]
    assert any(case["total"] > 0 for case in cases[1:3]), "the cases must find something"
    assert len(matrix.instrumenten) <= RESULT_LIMIT or cases[-1]["total"] > RESULT_LIMIT


@pytest.mark.libreoffice
def test_libreoffice_status_gives_the_total_the_cut_and_a_clear_nothing_found(searched):
    matrix, cases = searched
    for case in cases:
        status = status_line(case["values"]["Zoeken"])
        if case["total"] == 0:
            assert status.startswith("Niets gevonden") and "filter" in status, case["id"]
        else:
            assert f"{case['total']} van {len(matrix.instrumenten)} instrumenten" in status, case["id"]
            assert (f"beste {RESULT_LIMIT};" in status) == (case["total"] > RESULT_LIMIT), case["id"]
    assert [c["id"] for c in cases if c["total"] == 0] == ["geen"]


def card_block(grid: Grid, row: int, table) -> tuple[object, dict[object, object]]:
    """Return the title and the label -> value rows of the card block starting at 0-based ``row``."""
    size = render_workbook.result_cards.block_size(render_workbook.card.card_of(table))
    rows = range(row + 1, row + size - 1)  # between the title and the link back
    return at(grid, row, 0), {at(grid, r, 0): at(grid, r, 1) for r in rows}


@pytest.mark.libreoffice
def test_libreoffice_a_result_links_to_the_card_of_that_instrument(searched):
    matrix, cases = searched
    table = render_workbook.instrument_table(matrix)
    by_name = {i.naam: i for i in matrix.instrumenten}
    for case in [c for c in cases if c["total"]]:
        top, columns = result_header(case["formulas"])
        for offset, result in enumerate(results_table(case["values"]["Zoeken"]), start=1):
            formula = at(case["formulas"], top + offset, columns["Instrument"])
            sheet_name, cell = re.search(r'HYPERLINK\("#([^!]+)!A(\d+)"', formula).groups()
            title, card = card_block(case["values"][sheet_name], int(cell) - 1, table)
            instrument = by_name[result["Instrument"]]
            assert title == f"{offset}. {instrument.naam}", case["id"]
            for label, value in render_workbook.card_values(instrument, table):
                if value is not None:
                    assert card[label] == (value if value != "" else None), (case["id"], offset, label)


@pytest.mark.libreoffice
def test_libreoffice_prints_gratis_and_never_zero_euros(example_book, tmp_path):
    matrix, path = example_book
    assert any(i.kosten_euro == 0 for i in matrix.instrumenten), "the example has a free instrument"
    text = pdf_text(pdf_of(path, tmp_path))
    assert "gratis" in text
    assert not re.search(r"€\s*0[.,]00", text)
