"""The words of the cliënt site: card texts follow the data and never contradict it, and the tool's own words are B1.

The instrument texts come from the keuzematrix; what is tested here is what keuzehulp itself adds around them.
"""

from __future__ import annotations

import re
from html.parser import HTMLParser

import pytest

from keuzehulp import render_html
from keuzehulp.model import Duur, Locatie
from keuzehulp.render_html import facts, page_context
from keuzehulp.taxonomy import load_taxonomy
from keuzehulp.templating import BUNDLED
from tests.test_render_html import instrument, matrix, rendered

MAX_WORDS = 15
FORMAL = re.compile(r"\b(u|uw)\b", re.IGNORECASE)
SENTENCE_END = re.compile(r"(?<=[.?!])\s+|\n")


def sentences(text: str) -> list[str]:
    """Return the sentences of ``text`` (split after . ? ! and at line ends), stripped, without empty ones."""
    return [s.strip() for s in SENTENCE_END.split(text) if s.strip()]


def template_words(source: str) -> str:
    """Return the text a template itself contributes: Jinja expressions count as one word, markup as a break."""
    source = re.sub(r"{#.*?#}", " ", source, flags=re.S)
    source = re.sub(r"{{.*?}}", " X ", source, flags=re.S)
    source = re.sub(r"{%.*?%}", " ", source, flags=re.S)
    source = re.sub(r"<(p|li|h\d|dt|dd|summary|legend|title|button|label|a)\b[^>]*>", "\n", source)
    return re.sub(r"<[^>]+>", " ", source)


def own_texts(example) -> dict[str, str]:
    """Return every cliënt text keuzehulp itself contributes, by where it comes from."""
    texts = {}
    for template in sorted((BUNDLED / "keuzehulp").glob("*.html")):
        for number, sentence in enumerate(sentences(template_words(template.read_text(encoding="utf-8")))):
            texts[f"{template.name} #{number}"] = sentence
    taxonomy = load_taxonomy()
    for group in ("tegels", "klantkenmerken", "uitvoeringsvormen"):
        for term in taxonomy.terms(group):
            texts[f"{group}: {term.label} (label)"] = term.client_label
            texts[f"{group}: {term.label} (uitleg)"] = term.client_explanation
    context = page_context(example.matrix)
    for facet in [*context["basis"], *context["praktisch"]]:
        texts[f"filter {facet.name}"] = f"{facet.legend} {facet.hint}"
        for option in facet.options:
            if facet.name != "gebied":  # area names are data
                texts[f"filter {facet.name}: {option.value}"] = f"{option.label}. {option.explanation}"
    for kaart in context["kaarten"]:
        for label, value in kaart.feiten:
            texts[f"{kaart.id}: {label}"] = f"{label}: {value}"
    return {where: text for where, text in texts.items() if text}


def test_every_sentence_keuzehulp_writes_itself_is_b1(example):
    texts = own_texts(example)
    assert len(texts) > 100, "the extraction finds the templates, the taxonomy and the cards"
    too_long = {
        where: sentence
        for where, text in texts.items()
        for sentence in sentences(text)
        if len(sentence.split()) > MAX_WORDS
    }
    formal = {where: text for where, text in texts.items() if FORMAL.search(text)}
    assert too_long == {}, f"sentences of more than {MAX_WORDS} words"
    assert formal == {}, "cliënten are addressed with je/jij, never u/uw"


def test_the_b1_check_catches_a_long_sentence_and_formal_address():
    long = "Dit is een zin met heel veel woorden die veel te lang is voor een cliënt die moeizaam leest."
    assert len(sentences(template_words(f"<p>{long}</p>"))[0].split()) > MAX_WORDS
    assert FORMAL.search("Kies wat bij u past.") and FORMAL.search("Uw werkcoach helpt.")
    assert not FORMAL.search("Kies wat bij je past, zoals uur per week.")


def card_of(**fields):
    """Return the one card of a matrix with one instrument that has ``fields``."""
    return next(iter(page_context(matrix([instrument(1, "Tekst", **fields)]))["kaarten"]))


@pytest.mark.parametrize(
    ("duur", "hours", "expected"),
    [
        (Duur(2, "uren"), 2.0, [("Hoe lang", "Eén keer, 2 uur")]),
        (Duur(1, "dagen"), 8.0, [("Hoe lang", "Eén keer, 1 dag")]),
        (Duur(3, "maanden"), 8.0, [("Hoe lang", "3 maanden"), ("Hoeveel uur", "8 uur per week")]),
        (Duur(40, "uren"), 4.0, [("Hoe lang", "40 uur"), ("Hoeveel uur", "4 uur per week")]),
        (None, 4.0, [("Hoeveel uur", "4 uur per week")]),
    ],
)
def test_a_one_off_meeting_has_no_hours_per_week(duur, hours, expected):
    assert facts(duur, f"{hours:g} uur per week", None, None) == expected


@pytest.mark.parametrize(
    ("values", "phrase"),
    [
        (["groep", "individueel"], "Alleen of in een groep, wat bij je past"),
        (["groep"], "Samen met anderen, in een groep"),
        (["individueel"], "Alleen, met een begeleider"),
    ],
)
def test_group_or_alone_is_one_plain_phrase_that_does_not_repeat_its_label(values, phrase):
    feiten = dict(card_of(groep_individueel=values).feiten)
    assert feiten["Met wie"] == phrase
    assert all(label.casefold() not in value.casefold() for label, value in feiten.items())


def test_every_fact_of_every_card_is_said_once(example):
    for kaart in page_context(example.matrix)["kaarten"]:
        labels = [label for label, _ in kaart.feiten]
        assert len(labels) == len(set(labels)), kaart.id
        assert all(value.casefold() != label.casefold() for label, value in kaart.feiten), kaart.id
        said = [kaart.feiten[i][1] for i in range(len(kaart.feiten))]
        for place in kaart.plekken:
            # the kind of place is a fact; the place list adds only name and address, each once
            assert len(place.delen) == len({p.casefold() for p in place.delen}), kaart.id
            assert not any(part in said or part == place.soort for part in place.delen), kaart.id


def test_a_place_named_like_its_kind_is_not_repeated():
    place = Locatie("Bij jou thuis", "bij de klant thuis", "bij de klant thuis", "Als het nodig is")
    kaart = card_of(locaties=[place])
    assert dict(kaart.feiten)["Waar"] == "Bij jou thuis"
    assert [p.delen for p in kaart.plekken] == [[]] and kaart.plekken[0].beschrijving == "Als het nodig is"


def test_no_card_claims_to_be_for_everyone(tmp_path, example):
    without_groups = rendered(tmp_path / "a", matrix([instrument(1, "Tekst", doelgroepen=[])]))["index.html"]
    folder = tmp_path / "b"
    render_html.write(example.matrix, folder)
    site = (folder / render_html.FOLDER / "index.html").read_text(encoding="utf-8")
    assert "Voor iedereen." not in without_groups and "Voor iedereen." not in site


class Headings(HTMLParser):
    """The text of every h4 element, hidden parts included (a screen reader reads them)."""

    def __init__(self):
        super().__init__()
        self.found: list[str] = []
        self._open = False

    def handle_starttag(self, tag, attrs):
        if tag == "h4":
            self._open = True
            self.found.append("")

    def handle_endtag(self, tag):
        self._open = self._open and tag != "h4"

    def handle_data(self, data):
        if self._open:
            self.found[-1] += data


def test_sign_up_headings_are_short_and_distinct(tmp_path, example):
    folder = tmp_path / "site"
    render_html.write(example.matrix, folder)
    parser = Headings()
    parser.feed((folder / render_html.FOLDER / "index.html").read_text(encoding="utf-8"))
    assert len(parser.found) == len(example.matrix.instrumenten)
    assert len(set(parser.found)) == len(parser.found)
    assert all(heading.startswith("Aanmelden voor ") for heading in parser.found)


@pytest.mark.parametrize(
    ("switched_on", "aanmeldtekst", "expected", "absent"),
    [
        (True, "MELD-JE-BIJ-DE-BALIE", "PER-INSTRUMENT-FORMULIER", "MELD-JE-BIJ-DE-BALIE"),
        (False, "MELD-JE-BIJ-DE-BALIE", "MELD-JE-BIJ-DE-BALIE", "PER-INSTRUMENT-FORMULIER"),
        (False, None, "via je werkcoach", "PER-INSTRUMENT-FORMULIER"),
    ],
)
def test_sign_up_text_per_instrument_when_switched_on_else_the_organisations(
    tmp_path, switched_on, aanmeldtekst, expected, absent
):
    instruments = [instrument(1, "Tekst", aanmeldinstructies="PER-INSTRUMENT-FORMULIER")]
    settings = {"client_velden": {"aanmeldinstructies": switched_on}, "aanmeldtekst": aanmeldtekst}
    page = rendered(tmp_path, matrix(instruments, **settings))["index.html"]
    sign_up = page[page.index('<div class="aanmelden">') :]
    assert expected in sign_up and absent not in sign_up
    assert "werkcoach" not in sign_up or aanmeldtekst is None


def test_a_filter_option_is_named_by_its_label_and_described_by_its_help(tmp_path, example):
    page = rendered(tmp_path, example.matrix)["index.html"]
    boxes = re.findall(r"<input type=\"checkbox\"[^>]*>", page)
    assert boxes
    for box in boxes:
        box_id = re.search(r' id="([^"]+)"', box).group(1)
        assert f'aria-labelledby="{box_id}-naam {box_id}-aantal"' in box
        if "aria-describedby" in box:
            assert f'id="{box_id}-uitleg"' in page
    described = [box for box in boxes if "aria-describedby" in box]
    assert len(described) >= len(load_taxonomy().terms("tegels"))


def test_template_words_keeps_the_text_and_drops_the_code():
    text = template_words("{# note #}<p>{% if x %}Kies {{ k.naam }}.{% endif %}</p><h4>Aanmelden</h4>")
    assert sentences(text) == ["Kies  X .", "Aanmelden"]


@pytest.mark.chromium
def test_checkbox_names_are_short_and_their_help_is_a_description_in_chromium(browser, tmp_path, example):
    render_html.write(example.matrix, tmp_path)
    page = browser.new_page()
    page.goto((tmp_path / render_html.FOLDER / "index.html").as_uri())
    cdp = page.context.new_cdp_session(page)
    nodes = cdp.send("Accessibility.getFullAXTree")["nodes"]
    boxes = [n for n in nodes if n.get("role", {}).get("value") == "checkbox" and not n.get("ignored")]
    names = [n["name"]["value"] for n in boxes]
    described = [n for n in boxes if n.get("description", {}).get("value")]
    page.close()
    assert len(boxes) >= 23
    assert sum(map(len, names)) / len(names) <= 40, "the issue measured 94 characters on average"
    assert all(re.fullmatch(r".+ \d+ mogelijkhe(id|den)", name) for name in names), names
    tegels = {t.client_label: t.client_explanation for t in load_taxonomy().terms("tegels")}
    for node in described:
        label = node["name"]["value"].rsplit(" ", 2)[0]
        if label in tegels:
            assert node["description"]["value"] == tegels[label]
    assert len(described) >= len(tegels)
