"""Parsing rules for what people type in a cell."""

import pytest

from keuzehulp import values
from keuzehulp.model import Duur
from keuzehulp.taxonomy import load_taxonomy

TAX = load_taxonomy()


@pytest.mark.parametrize(
    ("text", "unit", "expected"),
    [
        ("3 maanden", None, Duur(3, "maanden")),
        ("12 weken", None, Duur(12, "weken")),
        ("10 dagen", None, Duur(10, "dagen")),
        ("40 uur", None, Duur(40, "uren")),
        ("6 mnd", None, Duur(6, "maanden")),
        ("1 jaar", None, Duur(12, "maanden")),
        ("1,5 jaar", None, Duur(18, "maanden")),
        ("ca. 8 weken", None, Duur(8, "weken")),
        (3, "maanden", Duur(3, "maanden")),
        (2.5, "uur", Duur(2.5, "uren")),
        ("half jaar", None, None),
        (3, None, None),
        ("3 maanden", "weken", None),
        ("3 eeuwen", None, None),
    ],
)
def test_duur(text, unit, expected):
    assert values.duur(text, unit, TAX) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("€ 1.250,-", 1250.0),
        ("€1.250,50", 1250.5),
        ("1250", 1250.0),
        ("1.250", 1250.0),
        ("EUR 99,95", 99.95),
        ("gratis", 0.0),
        ("Gratis", 0.0),
        (1250, 1250.0),
        (-5, -5.0),
        ("-1.250,-", -1250.0),
        ("op aanvraag", None),
        ("n.v.t.", None),
    ],
)
def test_kosten(text, expected):
    assert values.kosten(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [("8 uur per week", 8.0), ("8", 8.0), ("8,5 u/week", 8.5), (16, 16.0), ("4 tot 8 uur", None)],
)
def test_intensiteit(text, expected):
    assert values.intensiteit(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("groep", ["groep"]),
        ("Individueel", ["individueel"]),
        ("beide", ["groep", "individueel"]),
        ("groep en individueel", ["groep", "individueel"]),
        ("individueel/groep", ["groep", "individueel"]),
        ("soms", None),
    ],
)
def test_groep_individueel(text, expected):
    assert values.groep_individueel(text, TAX) == expected


def test_contactpersoon_parts_in_any_order():
    parsed = values.contactpersoon("Jan Jansen; extern; jan@opstap.example; 0488-123456")
    assert (parsed.contact.soort, parsed.contact.naam, parsed.contact.telefoon, parsed.contact.email) == (
        "extern",
        "Jan Jansen",
        "0488-123456",
        "jan@opstap.example",
    )
    assert parsed.soort_known and parsed.bad_email is None


def test_contactpersoon_without_soort_counts_as_intern_and_bad_email_is_flagged():
    parsed = values.contactpersoon("Piet; piet@@x")
    assert parsed.contact.soort == "intern" and not parsed.soort_known
    assert parsed.bad_email == "piet@@x"


def test_locatie_finds_the_type_anywhere():
    loc, typed = values.locatie("Werkplein; Stationsweg 1, Dorp; bij de gemeente; achteringang", TAX)
    assert (loc.naam, loc.type, loc.adres, loc.beschrijving) == (
        "Werkplein",
        "bij de gemeente",
        "Stationsweg 1, Dorp",
        "achteringang",
    )
    assert typed


@pytest.mark.parametrize(
    ("line", "soort", "titel", "url", "allowed"),
    [
        ("Folder | https://x.example/folder.pdf", "download", "Folder", "https://x.example/folder.pdf", True),
        ("Meer info: https://x.example", "link", "Meer info", "https://x.example", True),
        ("Filmpje https://www.youtube.com/watch?v=1", "video", "Filmpje", "https://www.youtube.com/watch?v=1", True),
        ("www.x.example", "link", None, "https://www.x.example", True),
        ("Mail ons | mailto:info@x.example", "link", "Mail ons", "mailto:info@x.example", True),
        ("Bel | tel:+31488123456", "link", "Bel", "tel:+31488123456", True),
        ("Klik | javascript:alert(1)", "link", "Klik", "javascript:alert(1)", False),
        ("data:text/html,<b>x</b>", "link", None, "data:text/html,<b>x</b>", False),
        ("VBScript:msgbox(1)", "link", None, "VBScript:msgbox(1)", False),
    ],
)
def test_links(line, soort, titel, url, allowed):
    parsed = values.inhoud(line)
    assert (parsed.inhoud.soort, parsed.inhoud.titel, parsed.inhoud.url, parsed.scheme_allowed) == (
        soort,
        titel,
        url,
        allowed,
    )


def test_text_with_a_colon_is_not_a_link():
    assert values.inhoud("Folder: op te halen bij de balie").inhoud is None


def test_split_list_on_semicolons_commas_and_new_lines():
    assert values.split_list("Tiel; Culemborg, Buren\nWest Betuwe") == ["Tiel", "Culemborg", "Buren", "West Betuwe"]
