"""The accessibility statement follows the Dutch model statement with the values from Instellingen, and the header
and footer show who the organisation is (website, phone, address) with safe links only."""

from __future__ import annotations

import pytest

from keuzehulp.pipeline import load
from keuzehulp.render_html import STATUS_TEXTS
from keuzehulp.settings import ACCESSIBILITY_STATUSES
from tests.test_render_html import instrument, matrix, rendered
from tests.xlsx import valid_row, write_matrix

RESEARCHED = {
    "toegankelijkheid_status": "voldoet gedeeltelijk",
    "toegankelijkheid_datum": "2026-09-15",
    "toegankelijkheid_door": "Stichting Toegankelijk Onderzoek",
    "toegankelijkheid_problemen": "Een paar pdf-folders zijn nog niet toegankelijk.",
    "toegankelijkheid_contact": "toegankelijkheid@lindenhoven.example",
}


def statement(tmp_path, **settings) -> str:
    return rendered(tmp_path, matrix([instrument(1, "Tekst")], organisatie="Gemeente Lindenhoven", **settings))[
        "toegankelijkheid.html"
    ]


def test_without_research_the_statement_says_not_researched_and_claims_nothing(tmp_path):
    page = statement(tmp_path)
    assert "nog niet onderzocht" in page
    assert "voldoet aan de regels" not in page and "Het onderzoek is gedaan" not in page
    assert "Nationale ombudsman" in page and "klacht indienen bij Gemeente Lindenhoven" in page


def test_the_statement_has_every_part_of_the_model_from_instellingen(tmp_path):
    page = statement(tmp_path, **RESEARCHED)
    assert "Deze keuzehulp voldoet voor een deel aan de regels." in page
    assert "Het onderzoek is gedaan op 15 september 2026 door Stichting Toegankelijk Onderzoek." in page
    assert RESEARCHED["toegankelijkheid_problemen"] in page
    assert 'href="mailto:toegankelijkheid@lindenhoven.example"' in page
    assert 'href="https://www.nationaleombudsman.nl/klacht-indienen"' in page


@pytest.mark.parametrize("status", ACCESSIBILITY_STATUSES)
def test_every_status_has_its_own_sentence(tmp_path, status):
    assert len(set(STATUS_TEXTS.values())) == len(ACCESSIBILITY_STATUSES)
    assert STATUS_TEXTS[status] in statement(tmp_path, toegankelijkheid_status=status)


def test_a_phone_contact_becomes_a_tel_link(tmp_path):
    assert 'href="tel:0612345678"' in statement(tmp_path, toegankelijkheid_contact="06-12345678")


def test_the_settings_are_read_from_the_sheet_and_a_wrong_status_or_website_is_reported(tmp_path):
    rows = [
        ["Toegankelijkheid status", "Voldoet"],
        ["Toegankelijkheid onderzocht op", "2026-09-15"],
        ["Website", "https://www.lindenhoven.example"],
        ["Telefoon", "14 0499"],
        ["Adres", "Marktplein 1, Lindenhoven"],
    ]
    loaded = load(write_matrix(tmp_path / "m.xlsx", [valid_row()], extra_sheets={"Instellingen": rows}))
    settings = loaded.matrix.instellingen
    assert loaded.report.problemen == []
    assert (settings.toegankelijkheid_status, settings.toegankelijkheid_datum) == ("voldoet", "2026-09-15")
    assert (settings.website, settings.telefoon, settings.adres) == (
        "https://www.lindenhoven.example",
        "14 0499",
        "Marktplein 1, Lindenhoven",
    )
    bad = write_matrix(
        tmp_path / "b.xlsx",
        [valid_row()],
        extra_sheets={"Instellingen": [["Toegankelijkheid status", "prima"], ["Website", "javascript:alert(1)"]]},
    )
    loaded = load(bad)
    settings = loaded.matrix.instellingen
    found = [(p.code, p.cel) for p in loaded.report.problemen]
    assert found == [("instelling-ongeldig", "B1"), ("instelling-ongeldig", "B2")]
    assert settings.toegankelijkheid_status is None and settings.website is None


def test_header_and_footer_show_the_organisation_with_safe_links(tmp_path):
    page = rendered(
        tmp_path,
        matrix(
            [instrument(1, "Tekst")],
            organisatie="Gemeente Lindenhoven",
            website="https://www.lindenhoven.example",
            telefoon="(0499) 12 34 56",
            adres="Marktplein 1, 6601 AA Lindenhoven",
        ),
    )["index.html"]
    assert '<a href="https://www.lindenhoven.example">Gemeente Lindenhoven</a>' in page
    assert '<a href="tel:0499123456">(0499) 12 34 56</a>' in page
    assert "Marktplein 1, 6601 AA Lindenhoven" in page
    unsafe = rendered(tmp_path / "b", matrix([instrument(1, "T")], website="javascript:alert(1)"))["index.html"]
    assert "javascript:" not in unsafe
