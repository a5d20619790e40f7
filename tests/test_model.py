"""The model: records of an instrument and its parts, as the JSON, the site and the diff read them."""

from __future__ import annotations

import dataclasses

import pytest

from keuzehulp.model import Contactpersoon, Duur, Instrument, record


def test_a_record_holds_every_field_of_a_model_record_in_field_order():
    instrument = Instrument(
        id="a", naam="A", contactpersonen=[Contactpersoon("extern", "Jan")], duur=Duur(3, "maanden")
    )
    for value in (instrument, instrument.contactpersonen[0], instrument.duur, instrument.bron):
        assert record(value) == {f.name: getattr(value, f.name) for f in dataclasses.fields(value)}
        assert list(record(value)) == [f.name for f in dataclasses.fields(value)]
    assert record(instrument)["contactpersonen"] is instrument.contactpersonen, "values as they are, not copied"


def test_model_records_take_no_attribute_that_is_not_a_field():
    instrument = Instrument(id="a", naam="A")
    with pytest.raises(AttributeError):  # a misspelt attribute name does not silently become a new attribute
        instrument.nieuw_veld = 1  # type: ignore[attr-defined]
