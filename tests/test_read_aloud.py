"""The optional "Lees voor" button: a card read aloud by the browser's own speech synthesis, in real Chromium.

Headless Chromium has no voices, so the tests give the page a speech synthesis that records what it is asked to
say; the page's script (leesvoor.js) is the real one.
"""

from __future__ import annotations

import pytest

from keuzehulp import render_html
from tests.test_html_browser import axe_violations

pytestmark = pytest.mark.chromium

SPEECH = """(voices) => {
  window.spoken = [];
  window.cancelled = 0;
  window.SpeechSynthesisUtterance = class { constructor(text) { this.text = text; } addEventListener() {} };
  Object.defineProperty(window, "speechSynthesis", {value: {
    getVoices: () => voices,
    speak: (utterance) => window.spoken.push({text: utterance.text, lang: utterance.lang}),
    cancel: () => { window.cancelled += 1; },
    addEventListener: () => {},
  }});
}"""
LOCAL_DUTCH = [{"lang": "en-GB", "localService": True}, {"lang": "nl-NL", "localService": True}]
NETWORK_DUTCH = [{"lang": "nl-NL", "localService": False}]


@pytest.fixture(scope="module")
def site(tmp_path_factory, example):
    folder = tmp_path_factory.mktemp("site")
    render_html.write(example.matrix, folder)
    return folder / render_html.FOLDER / "index.html"


def open_with_voices(browser, site, voices):
    page = browser.new_page()
    page.add_init_script(f"({SPEECH})({voices!r})".replace("True", "true").replace("False", "false"))
    page.goto(site.as_uri())
    return page


def test_a_card_is_read_aloud_in_dutch_and_a_second_press_stops(browser, site, example):
    page = open_with_voices(browser, site, LOCAL_DUTCH)
    first = example.matrix.instrumenten[0]
    button = page.get_by_role("button", name=f"Lees voor {first.naam}", exact=True)
    assert button.is_visible() and button.get_attribute("aria-pressed") == "false"
    assert button.evaluate("(b) => b.previousElementSibling.matches('.feiten')"), "under the facts, above Lees meer"
    button.click()
    spoken = page.evaluate("window.spoken")
    assert len(spoken) == 1 and spoken[0]["lang"] == "nl-NL"
    assert spoken[0]["text"].startswith(f"{first.naam}. {first.samenvatting}")
    assert "Aanmelden voor" in spoken[0]["text"] and "Lees meer" not in spoken[0]["text"]
    assert button.get_attribute("aria-pressed") == "true"
    assert axe_violations(page) == []
    button.click()
    assert button.get_attribute("aria-pressed") == "false" and len(page.evaluate("window.spoken")) == 1
    page.close()


@pytest.mark.parametrize("voices", [NETWORK_DUTCH, [{"lang": "en-GB", "localService": True}], []])
def test_without_a_dutch_voice_on_the_device_there_is_no_button(browser, site, voices):
    page = open_with_voices(browser, site, voices)
    assert page.locator("[data-lees-voor]").count() == 0
    page.close()


def test_without_javascript_there_is_no_button(browser, site):
    context = browser.new_context(java_script_enabled=False)
    page = context.new_page()
    page.goto(site.as_uri())
    assert page.locator("[data-lees-voor]").count() == 0
    context.close()


def test_every_card_gets_one_button_also_a_card_added_later(browser, site, example):
    page = open_with_voices(browser, site, LOCAL_DUTCH)
    assert page.locator("[data-lees-voor]").count() == len(example.matrix.instrumenten)
    page.evaluate(
        """() => { const card = document.querySelector('[data-instrument-id]').cloneNode(true);
        card.querySelector('[data-lees-voor]').remove(); card.dataset.instrumentId = 'later';
        card.querySelector('h3').textContent = 'Later geladen'; document.querySelector('#kaarten').append(card); }"""
    )
    page.get_by_role("button", name="Lees voor Later geladen", exact=True).click()
    assert page.evaluate("window.spoken")[0]["text"].startswith("Later geladen.")
    page.close()
