"""The cliënt keuzehulp as files: escaping, what is never written, the markup contract, template overrides.

These tests read the generated files without a browser; tests/test_html_browser.py runs them in Chromium.
"""

from __future__ import annotations

import json
import re
from html.parser import HTMLParser
from pathlib import Path

import pytest
from click.testing import CliRunner
from hypothesis import given
from hypothesis import strategies as st

from keuzehulp import render_html
from keuzehulp.audience import CLIENT_SWITCHES
from keuzehulp.cli import main
from keuzehulp.model import (
    Bron,
    Bronbestand,
    Contactpersoon,
    Duur,
    Inhoud,
    Instellingen,
    Instrument,
    Keuzematrix,
    Locatie,
)
from keuzehulp.pipeline import build
from keuzehulp.problems import KeuzehulpError
from keuzehulp.render_json import matrix_json
from keuzehulp.selection import select
from keuzehulp.taxonomy import load_taxonomy
from keuzehulp.templating import BUNDLED, environment
from tests.helpers import keuzehulp_command
from tests.xlsx import valid_row, write_matrix

PAYLOADS = (
    "<script>alert(1)</script>",
    "</script><script>alert(1)</script>",
    '"><img src=x onerror=alert(1)>',
)
BAD_LINKS = (
    "javascript:alert(1)",
    "JaVaScRiPt:alert(2)",
    "java\tscript:alert(3)",
    "data:text/html,<b>x</b>",
    "vbscript:x",
)
NEVER = {
    "kosten_euro": 98765.43,
    "toelichting_kosten": "KOSTENGEHEIM-7731 inclusief btw",
    "werkafspraken": "WERKAFSPRAAK-GEHEIM-5521",
    "registratiecodes": ["REGCODE-4242", "REGCODE-9090"],
}
INTERNAL_CONTACT = Contactpersoon("intern", "Ingrid Internegeheim", "0499-313131", "ingrid.geheim@gemeente.example")
EXTERNAL_CONTACT = Contactpersoon("extern", "Eddy Externzichtbaar", "0499-424242", "eddy@aanbieder.example")


def instrument(number: int, text: str, **fields) -> Instrument:
    """Return an instrument with ``text`` in every free-text field."""
    values = {
        "naam": f"Instrument {number} {text}",
        "aanbieder": text,
        "samenvatting": text,
        "doel": text,
        "werkwijze": text,
        "uitvoeringsvormen": ["Coaching"],
        "tegels": ["Werk fit"],
        "klantkenmerken": ["Basisvaardigheden"],
        "onderscheidende_aanpak": text,
        "voorwaarden_deelname": text,
        "samenwerkingspartners": text,
        "toelichting_doelgroep": text,
        "aanvullende_informatie": text,
        "toelichting_duur": text,
        "toelichting_intensiteit": text,
        "duur": Duur(3, "maanden"),
        "intensiteit_uur_per_week": 8.0,
        "groep_individueel": ["groep"],
        "locaties": [Locatie(text, "bij de aanbieder", text, text)],
        "doelgroepen": [text],
        "beschikbare_gebieden": [text, "Oosterdijk"],
        "aanvullende_inhoud": [Inhoud("link", text, "https://www.example.org/folder")],
        "bron": Bron("Instrumenten", number + 2),
    }
    values.update(fields)
    return Instrument(id=f"instrument-{number}", **values)


def matrix(instruments: list[Instrument], **settings) -> Keuzematrix:
    """Return a keuzematrix of ``instruments`` with ``settings`` on the Instellingen."""
    return Keuzematrix(instruments, Instellingen(**settings), Bronbestand("test.xlsx", "0" * 64, "Instrumenten"))


def rendered(tmp_path: Path, keuzematrix: Keuzematrix, templates: Path | None = None) -> dict[str, str]:
    """Render ``keuzematrix`` and return every generated file by name."""
    render_html.write(keuzematrix, tmp_path, templates=templates)
    folder = tmp_path / render_html.FOLDER
    return {p.name: p.read_text(encoding="utf-8") for p in sorted(folder.iterdir())}


class Elements(HTMLParser):
    """Collects start tags with their attributes, and the text of script elements."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.tags: list[tuple[str, dict[str, str | None]]] = []
        self.scripts: list[str] = []
        self._in_script = False

    def handle_starttag(self, tag, attrs):
        self.tags.append((tag, dict(attrs)))
        self._in_script = tag == "script"
        if self._in_script:
            self.scripts.append("")

    def handle_endtag(self, tag):
        self._in_script = False if tag == "script" else self._in_script

    def handle_data(self, data):
        if self._in_script:
            self.scripts[-1] += data


def parse(html: str) -> Elements:
    parser = Elements()
    parser.feed(html)
    parser.close()
    return parser


def embedded_data(html: str) -> dict:
    parser = parse(html)
    [position] = [i for i, (tag, attrs) in enumerate(parser.tags) if tag == "script" and attrs.get("type")]
    script_number = sum(1 for tag, _ in parser.tags[:position] if tag == "script")
    return json.loads(parser.scripts[script_number])


@pytest.fixture
def hostile(tmp_path) -> dict[str, str]:
    """The site for a keuzematrix whose every text field, setting and link tries to inject markup."""
    instruments = [instrument(i, payload) for i, payload in enumerate(PAYLOADS, start=1)]
    instruments[0].aanvullende_inhoud += [Inhoud("link", "kwaad", url) for url in BAD_LINKS]
    settings = {
        "organisatie": PAYLOADS[0],
        "titel": PAYLOADS[2],
        "welkomsttekst": PAYLOADS[1],
        "aanmeldtekst": PAYLOADS[2],
        "datum": PAYLOADS[1],
    }
    return rendered(tmp_path, matrix(instruments, **settings))


def test_markup_from_the_spreadsheet_is_escaped(hostile):
    html = hostile["index.html"]
    for payload in PAYLOADS:
        assert payload not in html
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in html
    assert "&lt;img src=x onerror=alert(1)&gt;" in html
    tags = parse(html).tags
    assert not [tag for tag, _ in tags if tag == "img"]
    assert not [(tag, name) for tag, attrs in tags for name in attrs if name.startswith("on")]
    scripts = [attrs for tag, attrs in tags if tag == "script"]
    assert scripts == [
        {"src": "leesvoor.js", "defer": None},
        {"src": "keuzehulp.js", "defer": None},
        {"type": "application/json", "id": "keuzehulp-data"},
    ]


def test_the_accessibility_page_escapes_the_settings_too(hostile):
    page = hostile["toegankelijkheid.html"]
    assert PAYLOADS[0] not in page and PAYLOADS[2] not in page
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in page


def test_embedded_json_cannot_close_the_script_element(hostile):
    html = hostile["index.html"]
    start = html.index('<script type="application/json" id="keuzehulp-data">')
    body = html[start : html.index("</script>", start)]
    assert "<" not in body.removeprefix('<script type="application/json" id="keuzehulp-data">')
    data = embedded_data(html)
    gebieden = next(f["values"] for f in data["filters"] if f["name"] == "gebied")
    assert set(PAYLOADS) <= set(gebieden)
    assert re.findall(r'data-instrument-id="([^"]*)"', html) == ["instrument-1", "instrument-2", "instrument-3"]


def test_script_json_escapes_every_character_that_can_end_a_script():
    text = str(render_html.script_json({"a": "</script><!-- \u2028 \u2029 & >"}))
    assert not set("<>&\u2028\u2029") & set(text)
    assert json.loads(text) == {"a": "</script><!-- \u2028 \u2029 & >"}


def test_only_http_https_mailto_and_tel_links_are_rendered(hostile):
    html = hostile["index.html"]
    hrefs = [attrs["href"] for tag, attrs in parse(html).tags if tag == "a"]
    assert "https://www.example.org/folder" in hrefs
    assert all(re.match(r"^(https?:|mailto:|tel:|#|[a-z]+\.html$)", href) for href in hrefs), hrefs
    for url in BAD_LINKS:
        assert url not in html
    assert "script:alert" not in html.lower()


def test_is_safe_url():
    assert render_html.is_safe_url("https://example.org/a?b=c")
    assert render_html.is_safe_url("mailto:a@example.org")
    assert render_html.is_safe_url("tel:+31499123456")
    for url in (*BAD_LINKS, " https://example.org", "https://exa mple.org", "//example.org", "", "file:///etc/passwd"):
        assert not render_html.is_safe_url(url), url


@pytest.mark.parametrize("switch_never_fields_on", [False, True])
@pytest.mark.parametrize("paged", [False, True], ids=["een pagina", "pagina's"])
def test_internal_fields_appear_in_no_generated_file(tmp_path, switch_never_fields_on, paged):
    contacts = [INTERNAL_CONTACT, EXTERNAL_CONTACT]
    # Paged: these two come last, so their cards are only in kaarten.js and the last pagina-N.html.
    filler = [instrument(n, f"Vulling {n}") for n in range(3, render_html.LAZY_ABOVE + 3)] if paged else []
    instruments = [
        *filler,
        instrument(1, "Zichtbaar", doel="DOEL-ZICHTBAAR-1", contactpersonen=contacts, **NEVER),
        instrument(2, "Ook zichtbaar", contactpersonen=[INTERNAL_CONTACT], **NEVER),
    ]
    switches = {key: True for key in CLIENT_SWITCHES}
    if switch_never_fields_on:
        switches |= {key: True for key in (*NEVER, "interne_contactpersonen", "contactpersonen", "organisatie")}
    files = rendered(tmp_path, matrix(instruments, client_velden=switches))
    everything = "\n".join(files.values())
    assert "DOEL-ZICHTBAAR-1" in everything
    assert (render_html.CARDS_SCRIPT in files) == paged
    assert EXTERNAL_CONTACT.naam in everything and EXTERNAL_CONTACT.email in everything
    secrets = [
        "98765",
        "98.765",
        "KOSTENGEHEIM-7731",
        "WERKAFSPRAAK-GEHEIM-5521",
        "REGCODE-4242",
        "REGCODE-9090",
        INTERNAL_CONTACT.naam,
        INTERNAL_CONTACT.telefoon,
        "0499313131",
        INTERNAL_CONTACT.email,
    ]
    for secret in secrets:
        for name, text in files.items():
            assert secret not in text, f"{secret} in {name}"


def test_switched_off_fields_are_absent_including_their_filter(tmp_path):
    instruments = [instrument(1, "Basis", aanbieder="AANBIEDER-UIT-77", beschikbare_gebieden=["GEBIED-UIT-88"])]
    files = rendered(tmp_path, matrix(instruments, client_velden={"aanbieder": False, "beschikbare_gebieden": False}))
    everything = "\n".join(files.values())
    assert "AANBIEDER-UIT-77" not in everything and "GEBIED-UIT-88" not in everything
    assert 'name="gebied"' not in files["index.html"]
    assert 'name="groep"' in files["index.html"]


def test_external_contacts_and_aanmeldinstructies_only_when_switched_on(tmp_path):
    instruments = [
        instrument(1, "Basis", aanmeldinstructies="AANMELDEN-VIA-FORMULIER", contactpersonen=[EXTERNAL_CONTACT])
    ]
    off = "\n".join(rendered(tmp_path / "uit", matrix(instruments)).values())
    on = rendered(
        tmp_path / "aan",
        matrix(instruments, client_velden={"aanmeldinstructies": True, "externe_contactpersonen": True}),
    )["index.html"]
    assert "AANMELDEN-VIA-FORMULIER" not in off and EXTERNAL_CONTACT.naam not in off
    assert "AANMELDEN-VIA-FORMULIER" in on
    assert 'href="tel:0499424242"' in on and 'href="mailto:eddy@aanbieder.example"' in on


def test_markup_contract_on_the_example(tmp_path, example):
    files = rendered(tmp_path, example.matrix)
    html = files["index.html"]
    tags = parse(html).tags
    taxonomy = load_taxonomy()
    for name, group in (("tegel", "tegels"), ("klantkenmerk", "klantkenmerken")):
        values = [a["value"] for t, a in tags if t == "input" and a.get("name") == name]
        assert values == list(taxonomy.labels(group))
        assert all(a["type"] == "checkbox" for t, a in tags if t == "input" and a.get("name") == name)
    ids = [a["data-instrument-id"] for t, a in tags if "data-instrument-id" in a]
    assert ids == [i["id"] for i in json.loads(matrix_json(example.matrix))["instrumenten"]]
    assert ("html", {"lang": "nl"}) in tags
    assert [a for t, a in tags if a.get("role") == "status"] == [
        {"id": "aantal", "class": "aantal-tekst", "role": "status"}
    ]
    csp = next(a["content"] for t, a in tags if a.get("http-equiv") == "Content-Security-Policy")
    assert "default-src 'none'" in csp and "script-src 'self'" in csp and "unsafe" not in csp
    legends = re.findall(r"<legend>(.*?)</legend>", html)
    assert legends[:2] == ["Waar sta je nu?", "Waar wil je aan werken?"]
    assert {"main", "header", "footer", "form", "fieldset", "details", "summary"} <= {t for t, _ in tags}
    assert not [a for t, a in tags if t == "article" and "hidden" in a]


def test_every_option_shows_how_many_instruments_it_gives(tmp_path, matrix_1000):
    html = rendered(tmp_path, matrix_1000.matrix)["index.html"]
    instruments = matrix_1000.matrix.instrumenten
    option = r'name="(tegel|klantkenmerk)" value="([^"]+)"[^>]*>.*?<span class="getal">(\d+)</span>'
    options = re.findall(option, html, re.S)
    assert len(options) == 9 + 14
    for name, value, count in options:
        expected = (
            select(instruments, tegels=[value]) if name == "tegel" else select(instruments, klantkenmerken=[value])
        )
        assert int(count) == len(expected), value


def test_same_input_gives_the_same_bytes(tmp_path, example):
    first = rendered(tmp_path / "een", example.matrix)
    second = rendered(tmp_path / "twee", example.matrix)
    assert first == second
    assert set(first) == {
        "index.html",
        "toegankelijkheid.html",
        "keuzehulp.css",
        "keuzehulp.js",
        "leesvoor.js",
        "favicon.svg",
    }


def test_the_example_weighs_at_most_200_kb(tmp_path, example):
    files = rendered(tmp_path, example.matrix)
    assert sum(len(text.encode("utf-8")) for text in files.values()) <= 200_000


def test_practical_filters_follow_the_data(tmp_path):
    instruments = [
        instrument(1, "Kort", duur=Duur(2, "weken"), intensiteit_uur_per_week=4.0, beschikbare_gebieden=["Westerbeek"]),
        instrument(2, "Lang", duur=Duur(1, "maanden"), intensiteit_uur_per_week=20.0),
        instrument(3, "Onbekend", duur=None, intensiteit_uur_per_week=None, groep_individueel=[], locaties=[]),
    ]
    facets = {f.name: f for f in render_html.page_context(matrix(instruments))["praktisch"]}
    assert [o.value for o in facets["duur"].options] == ["korter-dan-1-maand", "1-tot-3-maanden"]
    assert facets["duur"].members == [[0], [1], []]
    assert [o.value for o in facets["uren"].options] == ["minder-dan-8", "16-of-meer"]
    assert [o.value for o in facets["gebied"].options] == ["Lang", "Onbekend", "Oosterdijk", "Westerbeek"]
    assert [o.count for o in facets["gebied"].options] == [1, 1, 2, 1]
    assert facets["groep"].members == [[0], [0], []]


def test_the_organisations_colours_are_made_readable(tmp_path):
    on_white = (render_html.WHITE,)
    assert render_html.readable_colour("#1F4E79", "#000000", on_white) == "#1F4E79"
    for colour in ("#FFFF00", "#FFC0CB", "#7FDBFF", "#FFFFFF"):
        adjusted = render_html.readable_colour(colour, "#000000", on_white)
        assert adjusted != colour and render_html.contrast(adjusted, "#FFFFFF") >= 4.5
    assert render_html.readable_colour("rood", "#1F4E79", on_white) == "#1F4E79"
    css = rendered(tmp_path, matrix([instrument(1, "x")], hoofdkleur="#FFFF00"))["keuzehulp.css"]
    colour = re.search(r"--hoofdkleur: (#[0-9A-F]{6});", css).group(1)
    assert render_html.contrast(colour, "#FFFFFF") >= 4.5


def own_stylesheet(folder: Path, vlak: str) -> Path:
    """Write into ``folder`` a copy of the bundled keuzehulp.css with ``--vlak`` set to ``vlak``; return ``folder``."""
    bundled = (BUNDLED / "keuzehulp" / "keuzehulp.css").read_text(encoding="utf-8")
    assert "--vlak: #f3f5f7;" in bundled
    (folder / "keuzehulp").mkdir(parents=True)
    (folder / "keuzehulp" / "keuzehulp.css").write_text(bundled.replace("--vlak: #f3f5f7;", f"--vlak: {vlak};"))
    return folder


def test_the_colours_are_made_readable_on_the_vlak_of_the_stylesheet_actually_used(tmp_path):
    assert render_html.css_backgrounds(environment()) == ("#FFFFFF", "#F3F5F7")
    own = own_stylesheet(tmp_path / "eigen", "#d9dee3")
    assert render_html.css_backgrounds(environment(own)) == ("#FFFFFF", "#D9DEE3")
    blue = matrix([instrument(1, "x")], hoofdkleur="#2E6DA4")
    bundled_css = rendered(tmp_path / "standaard", blue)["keuzehulp.css"]
    own_css = rendered(tmp_path / "uit", blue, own)["keuzehulp.css"]
    assert "--hoofdkleur: #2E6DA4;" in bundled_css and "--vlak: #d9dee3;" in own_css
    darker = re.search(r"--hoofdkleur: (#[0-9A-F]{6});", own_css).group(1)
    assert darker != "#2E6DA4" and render_html.contrast(darker, "#D9DEE3") >= 4.5


def test_a_stylesheet_that_extends_the_bundled_one_keeps_its_vlak(tmp_path):
    (tmp_path / "keuzehulp").mkdir()
    (tmp_path / "keuzehulp" / "keuzehulp.css").write_text('{% extends "standaard:keuzehulp/keuzehulp.css" %}\n')
    assert render_html.css_backgrounds(environment(tmp_path)) == ("#FFFFFF", "#F3F5F7")


@pytest.mark.parametrize("vlak", ["var(--grijs)", "#222222", "lichtgrijs"])
def test_a_vlak_that_is_no_light_colour_stops_the_build_naming_file_and_line(tmp_path, vlak):
    own = own_stylesheet(tmp_path / "eigen", vlak)
    with pytest.raises(KeuzehulpError) as error:
        render_html.write(matrix([instrument(1, "x")]), tmp_path / "uit", templates=own)
    found = error.value.problem
    assert found.code == "template-fout"
    css = own / "keuzehulp" / "keuzehulp.css"
    line = css.read_text().split("--vlak")[0].count("\n") + 1
    assert f"{css} (regel {line})" in found.melding and vlak in found.melding


def test_iso_dates_are_written_in_dutch():
    assert render_html.display_date("2026-10-01") == "1 oktober 2026"
    assert render_html.display_date("voorjaar 2026") == "voorjaar 2026"
    assert render_html.display_date(None) is None


def test_a_template_folder_replaces_only_the_templates_it_holds(tmp_path):
    own = tmp_path / "eigen" / "keuzehulp"
    own.mkdir(parents=True)
    (own / "_welcome.html").write_text("<section><h2>Eigen welkom</h2><p>{{ site.organisatie }}</p></section>\n")
    (own / "favicon.svg").write_text("<svg>{{ site.titel }}</svg>\n")
    files = rendered(
        tmp_path / "uit", matrix([instrument(1, "x")], organisatie="<b>Gemeente</b>", titel="<i>"), tmp_path / "eigen"
    )
    assert "Eigen welkom" in files["index.html"] and "&lt;b&gt;Gemeente&lt;/b&gt;" in files["index.html"]
    assert "Hier zie je welke hulp er is" not in files["index.html"]
    assert 'data-instrument-id="instrument-1"' in files["index.html"]
    assert files["favicon.svg"] == "<svg>&lt;i&gt;</svg>\n"
    assert "--hoofdkleur" in files["keuzehulp.css"]


def test_the_example_override_changes_the_footer_and_keeps_everything_else_bundled(tmp_path):
    example = Path(__file__).resolve().parent.parent / "templates" / "voorbeeld"
    source = write_matrix(tmp_path / "matrix.xlsx", [valid_row("A")])
    for name, extra in (("bundled", []), ("override", ["--templates", str(example)])):
        result = CliRunner().invoke(main, ["build", str(source), "-o", str(tmp_path / name), *extra])
        assert result.exit_code == 0, result.output
    line = "<p>Heb je een vraag over deze keuzehulp? Stel die aan je werkcoach of klantmanager.</p>\n"
    for filename in render_html.OUTPUTS:
        bundled = (tmp_path / "bundled" / render_html.FOLDER / filename).read_text(encoding="utf-8")
        override = (tmp_path / "override" / render_html.FOLDER / filename).read_text(encoding="utf-8")
        if filename.endswith(".html"):
            assert override.count(line) == 1 and line not in bundled
            override = override.replace(line, "")
        assert nonblank_lines(override) == nonblank_lines(bundled)


def nonblank_lines(text: str) -> list[str]:
    """Return the lines that hold something (``{{ super() }}`` on a line of its own adds an empty one)."""
    return [line for line in text.splitlines() if line.strip()]


@pytest.mark.parametrize(
    ("lines", "line", "reason"),
    [
        (["{% block voet %}", "{% if site.organisatie %}", "{% endblock %}"], 4, "de jinja2-opmaak klopt niet"),
        (["{% block voet %}", "<p>", "{{ site.faxnummer }}</p>", "{% endblock %}"], 4, "iets dat niet bestaat"),
        (["{% block voet %}{% include 'keuzehulp/_contact.html' %}{% endblock %}"], 2, "_contact.html bestaat niet"),
    ],
    ids=["syntax", "undefined", "missing"],
)
def test_a_mistake_in_an_own_template_names_file_and_line_in_dutch_and_writes_nothing(tmp_path, lines, line, reason):
    own = tmp_path / "eigen" / "keuzehulp" / "_footer.html"
    own.parent.mkdir(parents=True)
    own.write_text("\n".join(['{% extends "standaard:keuzehulp/_footer.html" %}', *lines]) + "\n")
    source = write_matrix(tmp_path / "matrix.xlsx", [valid_row("A")])
    output = tmp_path / "uit"
    assert keuzehulp_command("build", source, "-o", output).returncode == 0
    before = {p: p.read_bytes() for p in output.rglob("*") if p.is_file()}
    result = keuzehulp_command("build", source, "-o", output, "--templates", tmp_path / "eigen")
    assert result.returncode == 1 and "Traceback" not in result.stderr
    assert f"Het template {own} (regel {line}) kan niet worden gebruikt: " in result.stderr
    assert reason in result.stderr and "Er is niets geschreven" in result.stderr
    assert {p: p.read_bytes() for p in output.rglob("*") if p.is_file()} == before


def test_standaard_always_means_the_bundled_template(tmp_path):
    own = tmp_path / "keuzehulp"
    own.mkdir()
    (own / "_footer.html").write_text("eigen voet")
    env = environment(tmp_path)
    assert env.get_template("keuzehulp/_footer.html").render() == "eigen voet"
    bundled = env.get_template("standaard:keuzehulp/_footer.html")
    assert Path(bundled.filename) == BUNDLED / "keuzehulp" / "_footer.html"


def test_environment_autoescapes_every_template_name(tmp_path):
    (tmp_path / "a.txt").write_text("{{ x }}")
    (tmp_path / "b.j2").write_text("{{ x }}")
    env = environment(tmp_path)
    for name in ("a.txt", "b.j2"):
        assert env.get_template(name).render(x="<b>") == "&lt;b&gt;"
    assert env.get_template("keuzehulp/index.html").filename.endswith(str(Path("keuzehulp", "index.html")))


def test_build_writes_the_site_with_the_build_options(tmp_path, matrix_1000_path):
    overrides = {"organisatie": "Gemeente Optieland", "titel": "Wat past bij jou?", "hoofdkleur": "#FFFF00"}
    build(matrix_1000_path, tmp_path / "uit", instellingen=overrides)
    site = tmp_path / "uit" / "keuzehulp"
    html = (site / "index.html").read_text(encoding="utf-8")
    assert "<h1>Wat past bij jou?</h1>" in html and "Gemeente Optieland" in html
    assert "--hoofdkleur: #FFFF00" not in (site / "keuzehulp.css").read_text(encoding="utf-8")


@given(st.text(alphabet="ab<>&\u2028\u2029\"'é", max_size=30))
def test_script_data_escapes_every_character_a_script_element_or_old_javascript_breaks_on(text):
    escaped = str(render_html.script_json(text))
    assert not set(escaped) & set("<>&\u2028\u2029")
    assert json.loads(escaped) == text
