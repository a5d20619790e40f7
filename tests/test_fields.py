"""The field registry: every field of the taxonomy data file is described completely, and once."""

from __future__ import annotations

import copy
import dataclasses
import json
import re

import pytest
import xlsxwriter
from openpyxl import load_workbook

from keuzehulp import fields, render_workbook, taxonomy
from keuzehulp.audience import client_fields, client_view
from keuzehulp.fields import (
    ALWAYS,
    CELL_KINDS,
    HIDDEN,
    KINDS,
    MANAGEMENT_GROUP,
    NAME_GROUP,
    NEVER,
    SHOWN,
    VISIBILITIES,
    WORKBOOK_GROUPS,
    field_from_data,
    workbook_columns,
)
from keuzehulp.model import Contactpersoon, Instellingen, Instrument
from keuzehulp.normalise import _PARSERS
from keuzehulp.pipeline import load
from keuzehulp.render_workbook.columns import DERIVED_COLUMNS
from keuzehulp.render_workbook.layout import (
    PRACTICAL_FILTERS,
    RESULT_FIELDS,
    Z_HEADER,
    Z_RESULT_COL,
    instrument_table,
)
from keuzehulp.render_workbook.styles import Styles
from keuzehulp.settings import switch_name
from keuzehulp.taxonomy import TAXONOMY_DIR, load_taxonomy
from tests.xlsx import LIST_HEADER, valid_row, write_xlsx

TAXONOMY = load_taxonomy()
DATA = json.loads((TAXONOMY_DIR / "eva-2023.json").read_text(encoding="utf-8"))
INSTRUMENT_ATTRIBUTES = {f.name for f in dataclasses.fields(Instrument)}
# docs/website.md, "Wat cliënten zien, en wat nooit": what stays internal, and what the cliënt is told to ask about.
DOMAIN_NEVER = {"kosten_euro", "toelichting_kosten", "werkafspraken", "interne_contactpersonen", "registratiecodes"}
DOMAIN_OFF_BY_DEFAULT = {"aanmeldinstructies", "externe_contactpersonen"}
# Properties every field has in the data file, and those of a field that is a column of its own in the sjabloon.
REQUIRED_PROPERTIES = ("sleutel", "label", "verplicht", "soort", "client")
COLUMN_PROPERTIES = ("hulp", "sjabloonbreedte")
# Properties of the column a field has on the workbook's sheet Instrumenten.
WORKBOOK_PROPERTIES = ("kop", "breedte", "groep", "plaats", "cel")
# The heading above each group of Instrumenten columns (the beheer columns come last, among the rest).
GROUP_HEADINGS = {
    NAME_GROUP: "Instrument",
    fields.PRACTICAL_GROUP: "Praktische kenmerken",
    fields.CONTENT_GROUP: "Inhoud en afspraken",
    MANAGEMENT_GROUP: "Inhoud en afspraken",
}


@pytest.mark.parametrize("entry", DATA["velden"], ids=lambda e: e["sleutel"])
def test_every_field_in_the_data_file_has_every_property(entry):
    assert all(entry.get(name) not in (None, "") for name in REQUIRED_PROPERTIES)
    assert isinstance(entry["varianten"], list)
    assert entry["soort"] in KINDS and entry["client"] in VISIBILITIES
    assert (entry["soort"] == fields.LABELS) == ("lijst" in entry)
    if "lijst" not in entry:  # a column of its own in the sjabloon
        assert all(entry.get(name) for name in COLUMN_PROPERTIES), entry["sleutel"]


def test_every_field_fills_an_instrument_attribute_and_keeps_what_it_cannot_read_in_a_text_field():
    text_fields = {f.key for f in TAXONOMY.fields if f.kind == fields.TEXT}
    for f in TAXONOMY.fields:
        assert f.attribute in INSTRUMENT_ATTRIBUTES, f.key
        assert f.keep_in in text_fields, f.key


def test_every_instrument_attribute_is_in_the_registry_or_explicitly_derived():
    from_fields = {f.attribute for f in TAXONOMY.fields}
    derived = {entry["sleutel"] for entry in DATA["afgeleide_velden"]}
    assert from_fields | derived == INSTRUMENT_ATTRIBUTES
    assert not from_fields & derived


def test_fields_that_fill_one_attribute_are_seen_by_the_same_audience():
    by_attribute: dict[str, set[str]] = {}
    for f in TAXONOMY.fields:
        by_attribute.setdefault(f.attribute, set()).add(f.client)
    assert all(len(seen) == 1 for seen in by_attribute.values()), by_attribute


@pytest.mark.parametrize("entry", [e for e in DATA["velden"] if "werkmap" in e], ids=lambda e: e["sleutel"])
def test_every_field_with_a_workbook_column_has_every_property(entry):
    column = entry["werkmap"]
    assert all(column.get(name) not in (None, "") for name in WORKBOOK_PROPERTIES)
    assert column["breedte"] > 0 and column["plaats"] >= 1
    assert column["groep"] in WORKBOOK_GROUPS and column["cel"] in CELL_KINDS


def test_each_field_with_a_workbook_column_has_its_own_header_and_place():
    columns = [f.workbook for f in TAXONOMY.fields if f.workbook]
    assert len({c.header for c in columns}) == len(columns)
    for group in WORKBOOK_GROUPS:
        places = [column.position for _, column in workbook_columns(TAXONOMY.fields, group)]
        assert places == list(range(1, len(places) + 1)), group
    # The name is the first column, alone in its group; the derived columns each follow a field that has a column.
    assert [f.key for f, _ in workbook_columns(TAXONOMY.fields, NAME_GROUP)] == ["naam"]
    assert all(TAXONOMY.field_by_key(key).workbook for key in DERIVED_COLUMNS)
    # Only fields read into another field's column, shown as mark columns, or Eva's own id have none.
    without = {f.key for f in TAXONOMY.fields if f.workbook is None}
    assert without == {"tegels", "klantkenmerken", "duur_eenheid", "eva_uuid"}


def test_every_cell_kind_has_a_style(example):
    book = xlsxwriter.Workbook(None, {"in_memory": True})
    assert set(Styles(book, example.matrix).by_kind) == set(CELL_KINDS)


@pytest.fixture(scope="module")
def managed(example):
    """The example with the beheer fields of its first instrument filled, so that Instrumenten has every column."""
    first, *rest = example.matrix.instrumenten
    filled = {f.attribute: "1-9-2026" for f, _ in workbook_columns(TAXONOMY.fields, MANAGEMENT_GROUP)}
    return dataclasses.replace(example.matrix, instrumenten=[dataclasses.replace(first, **filled), *rest])


def test_the_instrumenten_headers_written_are_the_registrys_in_group_order(managed, tmp_path):
    render_workbook.write(managed, tmp_path)
    sheet = load_workbook(tmp_path / render_workbook.FILENAME)["Instrumenten"]
    written = [cell.value for cell in sheet[2]]
    heading_of = {
        col: sheet.cell(1, span.min_col).value
        for span in sheet.merged_cells.ranges
        for col in range(span.min_col, span.max_col + 1)
    }
    expected = []
    for group in WORKBOOK_GROUPS:
        for f, column in workbook_columns(TAXONOMY.fields, group):
            col = written.index(column.header) + 1
            assert heading_of[col] == GROUP_HEADINGS[group], column.header
            derived = [c.header for c in DERIVED_COLUMNS.get(f.key, ())]
            assert written[col : col + len(derived)] == derived, "derived columns follow their field's"
            expected.append(column.header)
    # The other columns are the fit, the marks, the derived ones and those of the cycle.
    assert [h for h in written if h in expected] == expected


def test_every_field_column_has_the_registrys_width_and_kind_and_a_cell_value(managed):
    table = instrument_table(managed)
    by_header = {column.header: column for column in table.fields}
    for f, registry in (pair for group in WORKBOOK_GROUPS[1:] for pair in workbook_columns(TAXONOMY.fields, group)):
        column = by_header[registry.header]
        assert (column.width, column.kind) == (registry.width, registry.kind), f.key
        assert all(isinstance(column.value(i), str | int | float | None) for i in managed.instrumenten), f.key


def _built(matrix, folder):
    folder.mkdir()
    render_workbook.write(matrix, folder)
    return load_workbook(folder / render_workbook.FILENAME)


def _cells(book) -> dict[tuple[str, str], object]:
    """Return every filled cell of ``book`` by (sheet, cell): its value, or the text of its (array) formula."""
    return {
        (sheet.title, cell.coordinate): getattr(cell.value, "text", cell.value)
        for sheet in book
        for row in sheet.iter_rows()
        for cell in row
        if cell.value is not None
    }


def _instrumenten_columns(text: str) -> set[str]:
    """Return the letters of the Instrumenten columns that a formula ``text`` reads."""
    return set(re.findall(r"Instrumenten!\$?([A-Z]+)\$?3", text))


def test_a_renamed_workbook_header_is_followed_wherever_it_names_its_column(managed, tmp_path, monkeypatch):
    """Each header is written down once, in the data file: renaming every ``kop`` there renames it on Instrumenten,
    Zoeken and Overzicht, changes nothing else, and every formula still reads the columns it read before."""
    original = {f.key: f.workbook.header for f in TAXONOMY.fields if f.workbook}
    suffix = " (hernoemd)"
    data = copy.deepcopy(DATA)
    for entry in data["velden"]:
        if "werkmap" in entry:
            entry["werkmap"]["kop"] += suffix
    folder = tmp_path / "taxonomie"
    folder.mkdir()
    (folder / "eva-2023.json").write_text(json.dumps(data), encoding="utf-8")
    before = _built(managed, tmp_path / "voor")
    monkeypatch.setattr(taxonomy, "TAXONOMY_DIR", folder)
    load_taxonomy.cache_clear()
    try:
        book = _built(managed, tmp_path / "na")
    finally:
        monkeypatch.undo()
        load_taxonomy.cache_clear()

    old_cells, new_cells = _cells(before), _cells(book)
    assert old_cells.keys() == new_cells.keys()
    changed = [place for place, value in old_cells.items() if new_cells[place] != value]
    assert all(old_cells[p] in original.values() and new_cells[p] == old_cells[p] + suffix for p in changed), changed
    renamed = {key: header + suffix for key, header in original.items()}
    instrumenten = book["Instrumenten"]
    header_of = {cell.column_letter: cell.value for cell in instrumenten[2]}
    assert set(renamed.values()) <= set(header_of.values())
    assert not set(original.values()) & set(header_of.values())
    expected = {**{c.key: c.header for derived in DERIVED_COLUMNS.values() for c in derived}, **renamed}
    # Zoeken: the heading above the names, the columns each result shows and the column each praktisch filter tests.
    assert book["Zoeken"].cell(Z_HEADER + 1, Z_RESULT_COL + 1).value == renamed["naam"]
    for _, key, name in RESULT_FIELDS:
        assert {header_of[c] for c in _instrumenten_columns(book.defined_names[name].attr_text)} == {expected[key]}
    practical_test = book["Berekening"]["C3"].value
    for practical in PRACTICAL_FILTERS:
        test = practical_test.split(f"OR({practical.name}=")[1].split("OR(filter_")[0]
        assert {header_of[c] for c in _instrumenten_columns(test)} == {expected[practical.key]}, practical.name
    # Overzicht: the counts per uitvoeringsvorm and aanbieder under their column's header, and the beheer block.
    overzicht = book["Overzicht"]
    row_of = {cell.value: cell.row for cell in overzicht["A"] if isinstance(cell.value, str)}
    for key in ("uitvoeringsvormen", "aanbieder"):
        first_count = overzicht.cell(row_of[renamed[key]] + 1, 2).value
        assert {header_of[c] for c in _instrumenten_columns(first_count)} == {renamed[key]}
    assert overzicht.cell(row_of[renamed["naam"]], 3).value == renamed["eigenaar"]
    assert renamed["eigenaar"] in row_of


def test_every_kind_of_field_has_a_parser():
    assert set(_PARSERS) | {fields.TEXT} == set(KINDS)


def test_a_field_without_a_visibility_is_internal():
    entry = {key: value for key, value in DATA["velden"][0].items() if key != "client"}
    assert field_from_data(entry).client == NEVER


def test_the_domain_rules_of_who_sees_what():
    visibility = {p.key: p.client for p in TAXONOMY.client_parts}
    assert {key for key in DOMAIN_NEVER if visibility[key] == NEVER} == DOMAIN_NEVER
    assert {key for key in DOMAIN_OFF_BY_DEFAULT if visibility[key] == HIDDEN} == DOMAIN_OFF_BY_DEFAULT
    assert {visibility[key] for key in ("id", "naam", "tegels", "klantkenmerken")} == {ALWAYS}
    assert "contactpersonen" not in visibility  # shown only as its external part


def test_never_parts_cannot_be_switched_on_in_code():
    everything_on = Instellingen(client_velden={p.key: True for p in TAXONOMY.client_parts})
    never = {p.key for p in TAXONOMY.client_parts if p.client == NEVER}
    assert never >= DOMAIN_NEVER
    assert not never & set(client_fields(everything_on))
    instrument = Instrument(id="x", naam="X", contactpersonen=[Contactpersoon("intern", "Ina")], kosten_euro=10.0)
    assert client_view(instrument, everything_on)["externe_contactpersonen"] == []


def test_never_parts_cannot_be_switched_on_on_the_settings_sheet(tmp_path):
    named_never = [p for p in TAXONOMY.client_parts if p.client == NEVER and p.label]
    settings_rows = [["Instelling", "Waarde"], *([switch_name(p), "ja"] for p in named_never)]
    path = write_xlsx(
        tmp_path / "matrix.xlsx",
        [LIST_HEADER, list(valid_row().values())],
        extra_sheets={"Instellingen": settings_rows},
    )
    loaded = load(path)
    refused = [p for p in loaded.report.problemen if p.code == "instelling-ongeldig" and "intern" in p.melding]
    assert [p.rij for p in refused] == list(range(2, len(named_never) + 2))
    assert not {p.key for p in named_never} & set(client_fields(loaded.matrix.instellingen))


def test_every_switch_has_its_own_name_and_a_default():
    switchable = [p for p in TAXONOMY.client_parts if p.switchable]
    assert len({switch_name(p) for p in switchable}) == len(switchable)
    assert all(p.shown({}) == (p.client == SHOWN) for p in switchable)
