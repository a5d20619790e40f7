"""The accessibility statement follows the Dutch model statement with the values from Instellingen, and the header
and footer show who the organisation is (website, phone, address) with safe links only."""

from __future__ import annotations

from pathlib import Path

import pytest

from keuzehulp.pipeline import load
from keuzehulp.render_html import STATUS_TEXTS
from keuzehulp.settings import ACCESSIBILITY_STATUSES
from tests.helpers import keuzehulp_command
from tests.test_html_browser import axe_violations, vnu_errors
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


SVG = '<svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink" viewBox="0 0 10 10">{}</svg>'
PNG = b"\x89PNG\r\n\x1a\n" + b"\x00" * 32


def build_with_logo(tmp_path, name: str, data: bytes):
    """Return the build result of a keuzematrix whose Instellingen name the logo file ``name`` holding ``data``."""
    folder = tmp_path / "matrix"
    folder.mkdir(exist_ok=True)
    (folder / name).write_bytes(data)
    rows = [["Organisatie", "Gemeente Lindenhoven"], ["Logo", name]]
    source = write_matrix(folder / "matrix.xlsx", [valid_row()], extra_sheets={"Instellingen": rows})
    return keuzehulp_command("build", source, "-o", tmp_path / "uit")


@pytest.mark.parametrize(
    ("name", "data"),
    [("logo.svg", SVG.format('<circle r="4"/><use href="#a"/>').encode()), ("Logo.PNG", PNG)],
)
def test_a_logo_is_copied_into_the_site_and_shown_in_the_header(tmp_path, name, data):
    result = build_with_logo(tmp_path, name, data)
    assert result.returncode == 0, result.stderr
    site = tmp_path / "uit" / "keuzehulp"
    copied = "logo" + name[name.index(".") :].lower()
    assert (site / copied).read_bytes() == data
    assert f'<img class="logo" src="{copied}" alt="Logo van Gemeente Lindenhoven">' in (site / "index.html").read_text()


@pytest.mark.parametrize(
    ("name", "data", "reason"),
    [
        ("logo.svg", SVG.format("<script>alert(1)</script>").encode(), "<script>"),
        ("logo.svg", SVG.format('<rect onload="alert(1)"/>').encode(), "onload"),
        (
            "logo.svg",
            SVG.format('<foreignObject><p xmlns="http://www.w3.org/1999/xhtml">x</p></foreignObject>').encode(),
            "foreignObject",
        ),
        ("logo.svg", SVG.format('<image xlink:href="https://evil.example/x.png"/>').encode(), "buiten het logo"),
        ("logo.svg", SVG.format('<rect style="fill: url(https://evil.example/f)"/>').encode(), "buiten het logo"),
        ("logo.svg", b'<!DOCTYPE svg [<!ENTITY x "y">]><svg xmlns="http://www.w3.org/2000/svg">&x;</svg>', "DOCTYPE"),
        ("logo.gif", b"GIF89a", "alleen png, jpg, jpeg, svg mag"),
        ("logo.png", b"<svg/>", "geen png-afbeelding"),
        ("logo.jpg", b"\xff\xd8\xff" + b"0" * 600_000, "groter dan 500 kB"),
    ],
)
def test_an_unsafe_or_wrong_logo_is_a_fout_naming_the_cell(tmp_path, name, data, reason):
    result = build_with_logo(tmp_path, name, data)
    assert result.returncode == 1 and "[logo-ongeldig]" in result.stderr and "Traceback" not in result.stderr
    assert "Instellingen!B2" in result.stderr and reason in result.stderr
    assert not (tmp_path / "uit").exists()


FILLED = [
    ["Organisatie", "Gemeente Lindenhoven"],
    ["Website", "https://www.lindenhoven.example"],
    ["Telefoon", "14 0499"],
    ["Adres", "Marktplein 1, 6601 AA Lindenhoven"],
    ["Logo", "logo.svg"],
    ["Toegankelijkheid status", "voldoet gedeeltelijk"],
    ["Toegankelijkheid onderzocht op", "2026-09-15"],
    ["Toegankelijkheid onderzocht door", "Stichting Toegankelijk Onderzoek"],
    ["Toegankelijkheid bekende problemen", "Twee pdf-folders zijn nog niet toegankelijk."],
    ["Toegankelijkheid contact", "toegankelijkheid@lindenhoven.example"],
]


@pytest.fixture(scope="module")
def filled_site(tmp_path_factory) -> Path:
    """A site built by the command with every trust and statement setting filled in, and a logo."""
    folder = tmp_path_factory.mktemp("gevuld")
    (folder / "logo.svg").write_text(SVG.format('<rect width="10" height="10" fill="#1F4E79"/>'), encoding="utf-8")
    source = write_matrix(folder / "matrix.xlsx", [valid_row()], extra_sheets={"Instellingen": FILLED})
    result = keuzehulp_command("build", source, "-o", folder / "uit")
    assert result.returncode == 0, result.stderr
    return folder / "uit" / "keuzehulp"


@pytest.mark.chromium
@pytest.mark.parametrize("page_name", ["index.html", "toegankelijkheid.html"])
@pytest.mark.parametrize("width", [375, 1280])
def test_header_footer_and_statement_pass_axe_at_phone_and_desktop_width(browser, filled_site, page_name, width):
    page = browser.new_page(viewport={"width": width, "height": 900})
    page.goto((filled_site / page_name).as_uri())
    assert page.evaluate("() => document.querySelector('img.logo').naturalWidth") > 0
    assert page.evaluate("() => document.documentElement.scrollWidth") <= width
    assert axe_violations(page) == []
    page.close()


def test_the_filled_pages_are_valid_html_according_to_vnu(filled_site):
    assert vnu_errors([filled_site / "index.html", filled_site / "toegankelijkheid.html"]) == []
