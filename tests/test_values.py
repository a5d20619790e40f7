"""Parsing rules for what people type in a cell."""

import contextlib
import datetime as dt
import html
import io

import pytest
import xlsxwriter
from hypothesis import given, settings
from hypothesis import strategies as st

from keuzehulp import render_workbook, values
from keuzehulp.model import Duur, date_of
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
    parsed = values.contactpersoon("Jan Jansen; extern; jan@opstap.example; 0488-123456", TAX)
    assert (parsed.contact.soort, parsed.contact.naam, parsed.contact.telefoon, parsed.contact.email) == (
        "extern",
        "Jan Jansen",
        "0488-123456",
        "jan@opstap.example",
    )
    assert parsed.soort_known and parsed.bad_email is None and parsed.unclear is None


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("extern; Els", ("extern", "Els", None, None)),
        ("Extern: | Els | mailto:els@x.example", ("extern", "Els", None, "els@x.example")),
        ("externe\tEls\t06-12345678", ("extern", "Els", "06-12345678", None)),
        ("extern, Els de Vries, 0488 123 456", ("extern", "Els de Vries", "0488 123 456", None)),
        ("extern; Els de Vries, jobcoach; els@x.example", ("extern", "Els de Vries, jobcoach", None, "els@x.example")),
        ("INTERN; Kees; +31 6 1234 5678", ("intern", "Kees", "+31 6 1234 5678", None)),
    ],
)
def test_contactpersoon_one_person_with_any_separator(line, expected):
    parsed = values.contactpersoon(line, TAX)
    assert parsed.unclear is None
    assert (parsed.contact.soort, parsed.contact.naam, parsed.contact.telefoon, parsed.contact.email) == expected


def test_contactpersoon_without_soort_counts_as_intern_and_bad_email_is_flagged():
    for line, bad in (("Piet; piet@@x", "piet@@x"), ("Piet; piet@x", "piet@x")):
        parsed = values.contactpersoon(line, TAX)
        assert parsed.contact.soort == "intern" and not parsed.soort_known
        assert parsed.bad_email == bad and parsed.unclear is None


# Each line may hold an internal person after an external one: the whole line must count as intern.
UNCLEAR_CONTACTS = [
    ("extern; Piet; 0611111111; piet@opstap.example; intern; Jurre; 0622222222; jurre@gem.example", "keer intern"),
    ("Piet; extern; piet@opstap.example; 0611111111; Jurre; intern; jurre@gem.example; 0622222222", "keer intern"),
    ("extern, Piet, 0611111111, piet@opstap.example, intern, Jurre, 0622222222, jurre@gem.example", "keer intern"),
    ("extern | Piet | 0611111111 | piet@opstap.example | intern | Jurre | 0622222222 | jurre@gem.example", "keer"),
    ("extern\tPiet\t0611111111\tpiet@opstap.example\tintern\tJurre\t0622222222\tjurre@gem.example", "keer"),
    ("extern; Piet; 0611111111; piet@opstap.example; Jurre; 0622222222; jurre@gem.example", "meer dan één naam"),
    ("Piet; 0611111111; Jurre; 0622222222", "meer dan één naam"),
    ("extern; Piet en Jurre; 0611111111 / 0622222222; piet@opstap.example / jurre@gem.example", "e-mailadres"),
    ("extern; Piet; 0611111111 0622222222", "meer dan één telefoonnummer"),
    ("extern Piet 0611111111 piet@opstap.example intern Jurre 0622222222 jurre@gem.example", "e-mailadres"),
    ("extern; Piet; piet@opstap.example, intern, Jurre, jurre@gem.example", "e-mailadres"),
    ("Extern: Piet (piet@opstap.example); Intern: Jurre (jurre@gem.example)", "intern of extern staat"),
    ("extern; Piet, intern Jurre", "intern of extern staat in een ander deel"),
    ("extern; Jurre 0622222222", "telefoonnummer staat in een ander deel"),
    ("extern intern Jurre", "intern of extern staat in een ander deel"),
    ("extern/intern; Jurre", "meer dan één naam"),
]


@pytest.mark.parametrize(("line", "reason"), UNCLEAR_CONTACTS)
def test_contactpersoon_that_may_be_two_people_is_unclear_and_intern(line, reason):
    parsed = values.contactpersoon(line, TAX)
    assert reason in (parsed.unclear or "")
    assert parsed.contact.soort == "intern"
    assert parsed.contact.naam == line.strip() and parsed.contact.telefoon is None and parsed.contact.email is None


@pytest.mark.parametrize(
    ("line", "expected", "unknown"),
    [
        (
            "Werkplein; Stationsweg 1, Dorp; bij de gemeente; achteringang",
            ("Werkplein", "bij de gemeente", "Stationsweg 1, Dorp", "achteringang"),
            None,
        ),
        ("Werkplaats; bij aanbieder; Kerkstraat 1", ("Werkplaats", "bij de aanbieder", "Kerkstraat 1", None), None),
        ("Werkplaats; Aanbieder; Kerkstraat 1", ("Werkplaats", "bij de aanbieder", "Kerkstraat 1", None), None),
        ("Werkplaats; bij de aanbieder", ("Werkplaats", "bij de aanbieder", None, None), None),
        ("Bouwbedrijf; Werkgever; Industrieweg 4", ("Bouwbedrijf", "bij de werkgever", "Industrieweg 4", None), None),
        ("Bouwbedrijf; bij de werkgever", ("Bouwbedrijf", "bij de werkgever", None, None), None),
        ("Stadhuis; Gemeente; Markt 1", ("Stadhuis", "bij de gemeente", "Markt 1", None), None),
        ("Huisbezoek; Klant thuis", ("Huisbezoek", "bij de klant thuis", None, None), None),
        ("Bezoek; bij de klant thuis", ("Bezoek", "bij de klant thuis", None, None), None),
        ("Bezoek; thuis", ("Bezoek", "bij de klant thuis", None, None), None),
        ("Bibliotheek; Adres; Laan 2", ("Bibliotheek", "ander adres", "Laan 2", None), None),
        ("Bibliotheek; ander adres; Laan 2; 1e etage", ("Bibliotheek", "ander adres", "Laan 2", "1e etage"), None),
        ("bij de gemeente; Markt 1", (None, "bij de gemeente", "Markt 1", None), None),
        ("Werkplaats; Kerkstraat 1; ingang achterom", ("Werkplaats", None, "Kerkstraat 1", "ingang achterom"), None),
        ("Werkplaats; online", ("Werkplaats", None, None, "online"), "online"),
        ("Werkplaats; bij de kerk; Kerkstraat 1", ("Werkplaats", None, "Kerkstraat 1", "bij de kerk"), "bij de kerk"),
        (
            "Werkplaats; op afspraak; Kerkstraat 1; achterom",
            ("Werkplaats", None, "Kerkstraat 1", "op afspraak; achterom"),
            "op afspraak",
        ),
        ("Werkplaats", ("Werkplaats", None, None, None), None),
    ],
)
def test_locatie_types_as_people_and_eva_write_them(line, expected, unknown):
    parsed = values.locatie(line, TAX)
    loc = parsed.locatie
    assert (loc.naam, loc.type, loc.adres, loc.beschrijving) == expected
    assert parsed.unknown_type == unknown


@pytest.mark.parametrize(
    ("line", "soort", "titel", "url"),
    [
        ("Folder | https://x.example/folder.pdf", "download", "Folder", "https://x.example/folder.pdf"),
        ("Meer info: https://x.example", "link", "Meer info", "https://x.example"),
        ("Filmpje https://www.youtube.com/watch?v=1", "video", "Filmpje", "https://www.youtube.com/watch?v=1"),
        ("www.x.example", "link", None, "https://www.x.example"),
        ("Mail ons | mailto:info@x.example", "link", "Mail ons", "mailto:info@x.example"),
        ("Mail ons | Mailto:info@x.example", "link", "Mail ons", "mailto:info@x.example"),
        ("Site | HTTPS://X.example/Pad", "link", "Site", "https://X.example/Pad"),
        ("Bel | tel:+31488123456", "link", "Bel", "tel:+31488123456"),
        ("Bel | TEL:0488-123 456", "link", "Bel", "tel:0488123456"),
        ("Bel ons: tel: 06 1234 5678 (ma-vr)", "link", "Bel ons: (ma-vr)", "tel:0612345678"),
        ("Site | https://x.example/tel:123", "link", "Site", "https://x.example/tel:123"),
    ],
)
def test_links_with_an_allowed_scheme_are_safe_urls_with_a_lower_case_scheme(line, soort, titel, url):
    parsed = values.inhoud(line)
    assert (parsed.inhoud.soort, parsed.inhoud.titel, parsed.inhoud.url, parsed.scheme_allowed) == (
        soort,
        titel,
        url,
        True,
    )
    assert values.is_safe_url(parsed.inhoud.url)


REFUSED_LINKS = [
    "Klik | javascript:alert(1)",
    "JaVaScRiPt:alert(1)",
    "  javascript:alert(1)",
    "Klik | java\tscript:alert(1)",
    "Klik | java\nscript:alert(1)",
    "Klik | java\x00script:alert(1)",
    "Klik | \x01javascript:alert(1)",
    "Klik | &#106;avascript:alert(1)",
    "Klik | &#x6A;avascript&colon;alert(1)",
    "Klik | javascript&#58;alert(1)",
    "Klik | &amp;#106;avascript:alert(1)",
    "Klik | java\u200bscript:alert(1)",
    "data:text/html,<b>x</b>",
    "Plaatje | DATA:image/svg+xml;base64,PHN2Zz4=",
    "data:,alert(1)",
    "VBScript:msgbox(1)",
    "Klik | vbscript&#58;msgbox(1)",
    "Bestand | file:///etc/passwd",
    "Oud | ftp://x.example/a",
]


@pytest.mark.parametrize("line", REFUSED_LINKS)
def test_refused_schemes_are_found_however_they_are_disguised(line):
    parsed = values.inhoud(line)
    assert parsed.inhoud is not None and not parsed.scheme_allowed


@pytest.mark.parametrize(
    "line", ["Data: 1 maart en 8 maart", "Folder: op te halen bij de balie", "java script: geen link", "https://"]
)
def test_text_that_is_no_link_is_not_refused(line):
    assert values.inhoud(line).inhoud is None


@pytest.mark.parametrize(
    "line", ["Site | https:x.example", "Site | http://", "Site | https://x.example/\x7fpad", "Mail | mailto:"]
)
def test_an_allowed_scheme_without_a_usable_address_is_no_link(line):
    assert values.inhoud(line).inhoud is None


def test_text_with_a_colon_is_not_a_link():
    assert values.inhoud("Folder: op te halen bij de balie").inhoud is None


def test_split_list_on_semicolons_commas_and_new_lines():
    assert values.split_list("Tiel; Culemborg, Buren\nWest Betuwe") == ["Tiel", "Culemborg", "Buren", "West Betuwe"]


LINK_TEXT = st.text(st.characters(codec="utf-8", exclude_categories=("Cs",)), max_size=30)


@settings(max_examples=400, deadline=None)
@given(
    st.sampled_from(["", "Titel | ", "Titel: ", "x "]),
    st.sampled_from(["https://", "HTTP://", "Mailto:", "mailto:", "TEL:", "tel: ", "www.", "javascript:"]),
    LINK_TEXT,
)
def test_every_link_values_accepts_can_be_written_by_the_workbook_and_the_site(title, scheme, rest):
    parsed = values.inhoud(title + scheme + rest)
    if parsed.inhoud is None or not parsed.scheme_allowed:
        return
    url = parsed.inhoud.url
    assert values.is_safe_url(url) and url.split(":", 1)[0] in values.ALLOWED_SCHEMES
    book = xlsxwriter.Workbook(io.BytesIO(), {"in_memory": True})
    link = render_workbook.safe_url(url)
    assert link is None or book.add_worksheet().write_url(0, 0, link, string="tekst") == 0
    book.close()


def _date_by_strptime(text: str) -> dt.datetime | None:
    """The reading without the quick path: strptime with each spelling in turn."""
    for pattern in ("%Y-%m-%d", "%d-%m-%Y", "%d/%m/%Y"):
        with contextlib.suppress(ValueError):
            return dt.datetime.strptime(text, pattern)
    return None


_DATE_LIKE = (
    st.text(alphabet="0123456789-/ ٣", max_size=10)
    | st.builds(
        "{}{}{}{}{}".format,
        st.integers(0, 40),
        st.sampled_from("-/"),
        st.integers(0, 14),
        st.sampled_from("-/"),
        st.integers(0, 3000),
    )
    | st.dates().map(dt.date.isoformat)
)


@given(_DATE_LIKE)
@settings(max_examples=2000)
def test_a_written_date_is_read_as_strptime_reads_it(text):
    assert date_of(text) == _date_by_strptime(text.strip()[:10])


def _refused_by_browser_rule(text: str) -> str | None:
    decoded = text
    for _ in range(3):
        decoded = html.unescape(decoded)
    squeezed = "".join(c for c in decoded if c.isprintable()).casefold()
    return text.strip() if values._REFUSED.search(squeezed) else None


@given(st.text(alphabet="javscriptJAVS:&#;x0123456789amp\t\n\x00 data/,", max_size=40))
@settings(max_examples=2000)
def test_the_quick_path_of_refused_link_finds_what_the_browser_rule_finds(text):
    assert values.refused_link(text) == _refused_by_browser_rule(text)
