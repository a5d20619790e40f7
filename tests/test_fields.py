"""The field registry: every field of the taxonomy data file is described completely, and once."""

from __future__ import annotations

import dataclasses
import json

import pytest

from keuzehulp import fields
from keuzehulp.audience import client_fields, client_view
from keuzehulp.fields import ALWAYS, HIDDEN, KINDS, NEVER, SHOWN, VISIBILITIES, field_from_data
from keuzehulp.model import Contactpersoon, Instellingen, Instrument
from keuzehulp.normalise import _PARSERS
from keuzehulp.pipeline import load
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


def test_each_field_with_a_workbook_column_has_its_own_header_and_a_width():
    columns = [f.workbook for f in TAXONOMY.fields if f.workbook]
    assert len({c.header for c in columns}) == len(columns) and all(c.width > 0 for c in columns)
    # Only fields read into another field's column, shown as mark columns, or Eva's own id have none.
    without = {f.key for f in TAXONOMY.fields if f.workbook is None}
    assert without == {"tegels", "klantkenmerken", "duur_eenheid", "eva_uuid"}


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
