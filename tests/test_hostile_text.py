"""Hostile text in every field: shown as text in the browser, stored as text in every workbook we write.

One keuzematrix carries an XSS payload (or a formula payload) in every text field and every setting;
the real outputs are then opened: the site in headless Chromium, the workbooks with openpyxl.
"""

from __future__ import annotations

import re

import pytest
from click.testing import CliRunner
from openpyxl import load_workbook

from keuzehulp import render_html
from keuzehulp.cli import main
from tests.xlsx import write_xlsx

XSS = [
    "<script>window.__xss = 1</script>",
    '"><img src=x onerror="window.__xss = 1">',
    "</script><script>window.__xss = 1</script>",
    '<svg onload="window.__xss = 1"></svg>',
    '<a href="javascript:window.__xss = 1">klik</a>',
    "' onmouseover='window.__xss = 1' x='",
    '<iframe srcdoc="<script>parent.__xss = 1</script>"></iframe>',
    "{{ 7 * 7 }} {% raw %}",
    "\u2028</script>\u2029<!--",
]
FORMULAS = [
    '=HYPERLINK("https://x.example/XQX", "klik")',
    "+1+1 XQX",
    "-1+1 XQX",
    "@SUM(1,1) XQX",
    "\t=1+1 XQX",
    "\r=1+1 XQX",
    "=cmd|' /C calc XQX'!A0",
    "=1+1 XQX",
]
TEXT_COLUMNS = [
    "Aanbieder",
    "Samenvatting",
    "Doel",
    "Werkwijze",
    "Onderscheidende aanpak",
    "Voorwaarden deelname",
    "Werkafspraken",
    "Samenwerkingspartners",
    "Toelichting doelgroep",
    "Aanvullende informatie",
    "Aanmeldinstructies",
    "Toelichting duur",
    "Toelichting intensiteit",
    "Toelichting kosten",
    "Doelgroepen",
    "Beschikbare gebieden",
    "Registratiecodes",
]
HEADER = [
    "Organisatie",
    "Naam instrument",
    *TEXT_COLUMNS,
    "Uitvoeringsvorm",
    "Tegels",
    "Klantkenmerken",
    "Totale duur",
    "Contactpersonen",
    "Locatie(s) uitvoering",
    "Aanvullende inhoud",
]


def hostile_matrix(path, payloads):
    rows = [HEADER]
    for index, payload in enumerate(payloads):
        text = f"{payload} #{index}"
        rows.append(
            [
                text,
                text,
                *[text] * len(TEXT_COLUMNS),
                "Coaching",
                "Werk fit",
                "Basisvaardigheden",
                f"3 maanden {text}",
                # An "@" would make a name an e-mail address and "javascript:" a refused link (both fouten).
                f"extern; {text.replace('@', '(at)')}; info@x.example",
                f"{text}; bij de aanbieder; {text}; {text}",
                f"{text.replace('javascript:', 'js-')} | https://x.example/{index}",
            ]
        )
    settings = [
        ["Instelling", "Waarde"],
        ["Titel", f"Titel {payloads[0]}"],
        ["Welkomsttekst", f"Welkom {payloads[1 % len(payloads)]}"],
        ["Aanmeldtekst", f"Aanmelden {payloads[2 % len(payloads)]}"],
        ["Toon aan cliënt: Aanmeldinstructies", "ja"],
        ["Toon aan cliënt: Externe contactpersonen", "ja"],
    ]
    return write_xlsx(path, rows, extra_sheets={"Instellingen": settings})


# Enough rows for a paged site: the last cards come from kaarten.js (with JavaScript) or pagina-N.html (without).
PAGED = XSS * (render_html.LAZY_ABOVE // len(XSS) + 1)


@pytest.fixture(scope="module", params=["een pagina", "pagina's"])
def xss_site(tmp_path_factory, request):
    folder = tmp_path_factory.mktemp("xss")
    payloads = XSS if request.param == "een pagina" else PAGED
    source = hostile_matrix(folder / "xss.xlsx", payloads)
    result = CliRunner().invoke(main, ["build", str(source), "-o", str(folder / "uit")])
    assert result.exit_code == 0, result.output
    return folder / "uit" / "keuzehulp" / "index.html", len(payloads)


def shown_as_text(page, rows: range) -> None:
    """Check that the payloads of ``rows`` are on ``page`` as text, and that nothing ran or was made."""
    assert page.evaluate("() => window.__xss") is None
    injected = page.evaluate(
        """() => document.querySelectorAll('main img:not([src$=".svg"]), main iframe, main svg[onload], '
        + 'main script, [onerror], [onload], [onmouseover], a[href^="javascript"]').length"""
    )
    assert injected == 0
    text = " ".join(page.inner_text("main").split())
    for index in rows:
        payload = XSS[index % len(XSS)]
        shown = " ".join(payload.replace("\u2028", " ").replace("\u2029", " ").split())
        assert f"{shown} #{index}" in text, payload
    assert not re.search(r"(?<![#\d])49", text), "a template expression was evaluated"


@pytest.mark.chromium
def test_xss_payloads_are_shown_as_text_and_never_run(browser, xss_site):
    site, count = xss_site
    page = browser.new_page()
    dialogs = []
    page.on("dialog", lambda dialog: (dialogs.append(dialog.message), dialog.dismiss()))
    page.goto(site.as_uri())
    page.wait_for_selector("#filters:not([hidden])")
    while page.is_visible("#toon-meer"):
        page.click("#toon-meer")
    for card in page.query_selector_all("[data-instrument-id] details"):
        card.evaluate("(d) => { d.open = true; }")
    page.hover("main")
    page.click("input[name=tegel][value='Werk fit']")
    page.wait_for_timeout(200)
    while page.is_visible("#toon-meer"):
        page.click("#toon-meer")
    shown_as_text(page, range(count - len(XSS), count))
    last_page = sorted(site.parent.glob("pagina-*.html"), key=lambda path: int(path.stem.split("-")[1]))
    if last_page:
        page.goto(last_page[-1].as_uri())
        shown_as_text(page, range((len(last_page)) * render_html.PAGE_SIZE, count))
    assert dialogs == []
    page.close()


def string_cells_and_formulas(path):
    workbook = load_workbook(path)
    strings, formulas = [], []
    for sheet in workbook.worksheets:
        for row in sheet.iter_rows():
            for cell in row:
                if cell.data_type == "f":
                    formulas.append(str(cell.value))
                elif isinstance(cell.value, str):
                    strings.append(cell.value)
    return strings, formulas


@pytest.fixture(scope="module")
def formula_outputs(tmp_path_factory):
    folder = tmp_path_factory.mktemp("formules")
    source = hostile_matrix(folder / "formules.xlsx", FORMULAS)
    runner = CliRunner()
    built = runner.invoke(main, ["build", str(source), "-o", str(folder / "uit")])
    assert built.exit_code == 0, built.output
    annotated = runner.invoke(main, ["check", str(source), "--annotate", str(folder / "gemarkeerd.xlsx")])
    assert annotated.exit_code == 0, annotated.output
    migrated = runner.invoke(main, ["init", "--from", str(source), str(folder / "overgezet.xlsx")])
    assert migrated.exit_code == 0, migrated.output
    return {
        "werkmap": folder / "uit" / "keuzehulp.xlsx",
        "gemarkeerde kopie": folder / "gemarkeerd.xlsx",
        "overgezet sjabloon": folder / "overgezet.xlsx",
    }


@pytest.mark.parametrize("name", ["werkmap", "gemarkeerde kopie", "overgezet sjabloon"])
def test_formula_payloads_stay_text_in_every_written_workbook(formula_outputs, name):
    strings, formulas = string_cells_and_formulas(formula_outputs[name])
    assert not [f for f in formulas if "XQX" in f], f"payload became a formula in the {name}"
    for index, payload in enumerate(FORMULAS):
        entered = f"{payload} #{index}".strip()  # text is kept as entered, trimmed of surrounding white space
        assert any(entered in s for s in strings), (name, payload)
