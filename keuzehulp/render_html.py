"""Render stage: the cliënt keuzehulp, a static site in ``keuzehulp/`` that works from file:// and any web server.

Every instrument is rendered as a card in keuzematrix order, so the page is complete without JavaScript.
The script only hides cards and moves the matching ones into best-fit order. Above LAZY_ABOVE instruments
index.html holds the first page of cards; the others are in kaarten.js and in plain pages pagina-2.html, ….
The data the script needs (which filter options each instrument has) is embedded as JSON, escaped so that no text
can end the script element.
Everything shown or embedded comes from :func:`keuzehulp.audience.client_view`.
"""

from __future__ import annotations

import json
import re
from collections import Counter
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from types import SimpleNamespace

import jinja2
from markupsafe import Markup

from . import defaults
from .audience import client_instruments, client_view
from .logo import logo_problem
from .model import Duur, Instellingen, Keuzematrix, format_number
from .problems import KeuzehulpError, problem
from .taxonomy import Taxonomy, fold, load_taxonomy
from .templating import BUNDLED_PREFIX, environment
from .theme import FILENAME as THEME_FILE
from .theme import read_theme
from .values import is_safe_url

FOLDER = "keuzehulp"
# output file -> template; the template names are what an organisation overrides with --templates
OUTPUTS = {
    "index.html": "keuzehulp/index.html",
    "toegankelijkheid.html": "keuzehulp/toegankelijkheid.html",
    "keuzehulp.css": "keuzehulp/keuzehulp.css",
    "keuzehulp.js": "keuzehulp/keuzehulp.js",
    "leesvoor.js": "keuzehulp/leesvoor.js",
    "favicon.svg": "keuzehulp/favicon.svg",
}
# Written without indentation and comment lines: the largest assets after the cards.
COMPACTED = {"keuzehulp.js", "keuzehulp.css", "leesvoor.js"}
CONTENT_SECURITY_POLICY = (
    "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self'; base-uri 'none'; form-action 'none'"
)
MIN_CONTRAST = 4.5
# Cards the script shows at once ("Toon meer" adds as many): a click then repaints at most this many.
PAGE_SIZE = 100
# Above this many instruments index.html holds only the first PAGE_SIZE cards: the rest are in CARDS_SCRIPT, which
# the script turns into cards as they are shown, and in static pages (PAGE_FILE) for those without JavaScript.
# At 10,000 cards one page of 24 MB took seconds to parse and every click repainted the whole document.
LAZY_ABOVE = PAGE_SIZE * 5
CARDS_SCRIPT = "kaarten.js"
PAGE_FILE = "pagina-{}.html"
# The organisation's colours appear on white, under white text, and on the light grey of --vlak in keuzehulp.css
# (read from the stylesheet actually used, so an organisation that changes it keeps readable colours).
WHITE = "#FFFFFF"
_VLAK = re.compile(r"--vlak\s*:\s*([^;}]*)")
_CSS_HEX = re.compile(r"^#(?:[0-9A-Fa-f]{3}){1,2}$")
# JSON escapes for what could end a <script> element or a JavaScript line; JSON.parse reads them back unchanged.
_SCRIPT_ESCAPES = {ord(char): f"\\u{ord(char):04x}" for char in "<>&\u2028\u2029"}
# In a script file of its own only the line separators that end a line of older JavaScript need escaping.
_LINE_ESCAPES = {ord(char): f"\\u{ord(char):04x}" for char in "\u2028\u2029"}
_ISO_DATE = re.compile(r"^(\d{4})-(\d{2})-(\d{2})$")
MONTHS = "januari februari maart april mei juni juli augustus september oktober november december".split()
MONTH_DAYS = 30.4375

GROUP_OPTION_LABELS = {
    "groep": ("In een groep", "Je doet het samen met anderen."),
    "individueel": ("Alleen", "Je doet het alleen, met een begeleider."),
}
GROUP_PHRASES = {"groep": "Samen met anderen, in een groep", "individueel": "Alleen, met een begeleider"}
LOCATION_LABELS = {
    "bij de aanbieder": "Bij de organisatie die het geeft",
    "bij de werkgever": "Bij een werkgever",
    "bij de gemeente": "Bij de gemeente",
    "bij de klant thuis": "Bij jou thuis",
    "ander adres": "Op een ander adres",
}
# (value in the URL, label, lowest number of days, first number of days that no longer counts)
DURATION_BANDS = (
    ("korter-dan-1-maand", "Korter dan een maand", 0.0, MONTH_DAYS),
    ("1-tot-3-maanden", "1 tot 3 maanden", MONTH_DAYS, 3 * MONTH_DAYS),
    ("3-tot-6-maanden", "3 tot 6 maanden", 3 * MONTH_DAYS, 6 * MONTH_DAYS),
    ("half-jaar-of-langer", "Een half jaar of langer", 6 * MONTH_DAYS, float("inf")),
)
HOUR_BANDS = (
    ("minder-dan-8", "Minder dan 8 uur per week", 0.0, 8.0),
    ("8-tot-16", "8 tot 16 uur per week", 8.0, 16.0),
    ("16-of-meer", "16 uur per week of meer", 16.0, float("inf")),
)


@dataclass
class Option:
    """One checkbox of a filter: its value (exact label or band key), the words a cliënt reads, and its count."""

    value: str
    label: str
    explanation: str = ""
    official: str = ""
    count: int = 0


@dataclass
class Facet:
    """One filter group: a fieldset of checkboxes, and per instrument the indices of the options it has."""

    name: str
    legend: str
    hint: str
    options: list[Option]
    scored: bool = False
    members: list[list[int]] = field(default_factory=list)


@dataclass
class Site:
    """What the templates show about the organisation and the keuzematrix."""

    titel: str
    organisatie: str | None
    welkomsttekst: str | None
    aanmeldtekst: str | None
    datum: str | None
    hoofdkleur: str
    accentkleur: str
    website: str | None = None
    telefoon: str | None = None
    tel: str | None = None
    adres: str | None = None
    verklaring: dict = field(default_factory=dict)
    thema_klasse: str | None = None
    logo: str | None = None  # file name in the site folder
    csp: str = CONTENT_SECURITY_POLICY


def write(matrix: Keuzematrix, folder: Path, templates: str | Path | None = None) -> None:
    """Write ``keuzehulp/index.html`` and its assets into ``folder``, using ``templates`` before the bundled ones."""
    env = environment(templates)
    backgrounds = css_backgrounds(env)
    chosen = matrix.instellingen.thema
    theme = read_theme(chosen, backgrounds) if chosen else None
    context = page_context(matrix, backgrounds=backgrounds)
    context["site"].thema_klasse = theme.klasse if theme else None
    target = Path(folder) / FOLDER
    target.mkdir(parents=True, exist_ok=True)
    if theme:
        (target / THEME_FILE).write_text(theme.css, encoding="utf-8")
    if matrix.instellingen.logo:
        context["site"].logo = copy_logo(Path(matrix.instellingen.logo), target)
    for filename, template in OUTPUTS.items():
        if filename in COMPACTED:
            text = compact_script(env.get_template(template).render(context))
            (target / filename).write_text(text, encoding="utf-8")
            continue
        # Streamed to the file: a national matrix makes an index.html of hundreds of megabytes.
        env.get_template(template).stream(context).dump(str(target / filename), encoding="utf-8")
    if context["pagina_s"] > 1:
        write_pages(env, context, target)


def write_pages(env: jinja2.Environment, context: dict, target: Path) -> None:
    """Write the cards after the first page: as data in ``kaarten.js`` and as plain pages ``pagina-2.html``, ….

    Each card is rendered once, by the same card template as index.html, and goes into both.
    """
    cards = context["alle_kaarten"]
    macro = env.get_template("keuzehulp/_card.html").module.kaart  # type: ignore[attr-defined]
    page = env.get_template("keuzehulp/pagina.html")
    with (target / CARDS_SCRIPT).open("w", encoding="utf-8") as script:
        script.write("window.keuzehulpKaarten=[\n")
        for number in range(2, context["pagina_s"] + 1):
            records = list(cards.page(number))
            html = [macro(k, context["site"]) for k in records]
            for k, text in zip(records, html, strict=True):
                row = json.dumps(
                    [k.id, k.naam, k.samenvatting or "", str(text).strip()], ensure_ascii=False, separators=(",", ":")
                )
                script.write(f"{_escaped(row, _LINE_ESCAPES)},\n")
            page.stream({**context, "kaarten": html, "pagina": number}).dump(
                str(target / PAGE_FILE.format(number)), encoding="utf-8"
            )
        script.write("];\n")


def compact_script(source: str) -> str:
    """Return a script or stylesheet without indentation, blank lines and comment lines (the site's size budget).

    Comment lines are whole lines starting with ``//``, or from a line starting with ``/*`` to the line that ends it.
    Only whole lines are dropped and only surrounding spaces removed, so no statement, rule or string changes.
    """
    kept = []
    in_comment = False
    for line in (line.strip() for line in source.splitlines()):
        if in_comment or line.startswith("/*"):
            in_comment = not line.endswith("*/")
        elif line and not line.startswith("//"):
            kept.append(line)
    return "\n".join(kept) + "\n"


def copy_logo(path: Path, target: Path) -> str:
    """Copy the logo at ``path`` into ``target`` as ``logo.<ext>`` after checking it again; return its file name."""
    reden = logo_problem(path)
    if reden:
        raise KeuzehulpError(problem("logo-ongeldig", waarde=path, reden=reden))
    name = "logo" + path.suffix.lower()
    (target / name).write_bytes(path.read_bytes())
    return name


def page_context(
    matrix: Keuzematrix, taxonomy: Taxonomy | None = None, backgrounds: tuple[str, ...] | None = None
) -> dict:
    """Return everything the templates render: the site, the filters, the cards and the embedded data.

    ``backgrounds`` are what the colours must be readable on; by default those of the bundled stylesheet.
    """
    taxonomy = taxonomy or load_taxonomy(matrix.taxonomie)
    backgrounds = backgrounds or css_backgrounds(environment())
    views = [client_view(instrument, matrix.instellingen) for instrument in client_instruments(matrix)]
    cards = Cards(views, taxonomy, matrix.wijzigingen.nieuwe_ids if matrix.wijzigingen else frozenset())
    pages = -(-len(views) // PAGE_SIZE) if len(views) > LAZY_ABOVE else 1
    basic = [_tegel_facet(views, taxonomy), _kenmerk_facet(views, taxonomy)]
    practical = [f for f in _practical_facets(views, taxonomy) if f.options]
    return {
        "site": site(matrix.instellingen, backgrounds),
        "basis": basic,
        "praktisch": practical,
        "kaarten": cards.page(1) if pages > 1 else cards,
        "alle_kaarten": cards,
        "pagina_s": pages,
        "pagina": 1,
        "pagina_grootte": PAGE_SIZE,
        "kaarten_script": CARDS_SCRIPT if pages > 1 else None,
        "totaal": len(views),
        "data_json": script_json(filter_data(views, [*basic, *practical])),
    }


class Cards:
    """The instrument cards, made one at a time while the page is written (each loop makes them anew).

    Holding 50,000 rendered cards at once took a third of a national build's memory.
    """

    def __init__(self, views: list[dict], taxonomy: Taxonomy, new_ids: frozenset[str] = frozenset()):
        self.views = views
        self.taxonomy = taxonomy
        self.new_ids = new_ids  # instruments the previous version (build --vorige) did not have

    def __iter__(self) -> Iterator[SimpleNamespace]:
        return self._cards(0, len(self.views))

    def __len__(self) -> int:
        return len(self.views)

    def page(self, number: int) -> Iterator[SimpleNamespace]:
        """Return the cards of page ``number`` (from 1), PAGE_SIZE at a time."""
        return self._cards((number - 1) * PAGE_SIZE, number * PAGE_SIZE)

    def _cards(self, start: int, stop: int) -> Iterator[SimpleNamespace]:
        for number, view in enumerate(self.views[start:stop], start=start + 1):
            kaart = card(view, self.taxonomy, number)
            kaart["nieuw"] = view["id"] in self.new_ids
            yield _record(kaart)


def _record(kaart: dict) -> SimpleNamespace:
    """Return a card with its fields, and those of its places, links, contacts and terms, as attributes.

    Jinja reads ``k.naam`` as an attribute first and only then as a key; on dicts every field lookup failed
    once (an exception each), a third of the time of the site at 10,000 instruments.
    """
    nested = {key: [SimpleNamespace(**item) for item in kaart[key]] for key in _NESTED}
    return SimpleNamespace(**{**kaart, **nested})


def site(settings: Instellingen, backgrounds: tuple[str, ...]) -> Site:
    """Return the organisation's texts and colours, made readable on ``backgrounds`` (see :func:`readable_colour`)."""
    return Site(
        titel=settings.titel or defaults.TITEL,
        organisatie=settings.organisatie,
        welkomsttekst=settings.welkomsttekst,
        aanmeldtekst=settings.aanmeldtekst,
        datum=display_date(settings.datum),
        hoofdkleur=readable_colour(settings.hoofdkleur, defaults.HOOFDKLEUR, backgrounds),
        accentkleur=readable_colour(settings.accentkleur, defaults.ACCENTKLEUR, backgrounds),
        website=settings.website if is_safe_url(settings.website) else None,
        telefoon=settings.telefoon,
        tel=_contact({"telefoon": settings.telefoon})["tel"],
        adres=settings.adres,
        verklaring=statement(settings),
    )


STATUS_TEXTS = {
    "voldoet": "Deze keuzehulp voldoet aan de regels.",
    "voldoet gedeeltelijk": "Deze keuzehulp voldoet voor een deel aan de regels.",
    "voldoet niet": "Deze keuzehulp voldoet nog niet aan de regels.",
    "nog niet onderzocht": "We hebben nog niet onderzocht of deze keuzehulp aan de regels voldoet.",
}


def statement(settings: Instellingen) -> dict:
    """Return the values of the accessibility statement; without a status it says "nog niet onderzocht"."""
    status = settings.toegankelijkheid_status or "nog niet onderzocht"
    researched = status != "nog niet onderzocht"
    contact = settings.toegankelijkheid_contact
    return {
        "status": status,
        "status_tekst": STATUS_TEXTS[status],
        "datum": display_date(settings.toegankelijkheid_datum) if researched else None,
        "door": settings.toegankelijkheid_door if researched else None,
        "problemen": settings.toegankelijkheid_problemen,
        "contact": contact,
        "contact_link": _contact({"email": contact, "telefoon": contact if contact and "@" not in contact else ""}),
    }


def display_date(text: str | None) -> str | None:
    """Return an ISO date as Dutch words ("1 oktober 2026"); other text as it was written."""
    match = _ISO_DATE.match(text or "")
    if not match or not 1 <= int(match.group(2)) <= 12:
        return text
    year, month, day = (int(part) for part in match.groups())
    return f"{day} {MONTHS[month - 1]} {year}"


def relative_luminance(colour: str) -> float:
    """Return the WCAG relative luminance of a ``#RRGGBB`` colour."""
    channels = [int(colour[i : i + 2], 16) / 255 for i in (1, 3, 5)]
    linear = [c / 12.92 if c <= 0.04045 else ((c + 0.055) / 1.055) ** 2.4 for c in channels]
    return 0.2126 * linear[0] + 0.7152 * linear[1] + 0.0722 * linear[2]


def contrast(first: str, second: str) -> float:
    """Return the WCAG contrast ratio of two ``#RRGGBB`` colours (1 to 21)."""
    high, low = sorted((relative_luminance(first), relative_luminance(second)), reverse=True)
    return (high + 0.05) / (low + 0.05)


def readable_colour(colour: str | None, fallback: str, backgrounds: tuple[str, ...]) -> str:
    """Return ``colour`` darkened in small steps until it reaches 4.5:1 against every one of ``backgrounds``.

    The site uses both colours as text on white or light grey, and as background under white text.
    A value that is not ``#RRGGBB`` gives ``fallback``. Black reaches 4.5:1 on every background
    :func:`css_backgrounds` accepts, so the darkening ends.
    """
    colour = defaults.colour_or(colour, fallback)
    red, green, blue = (int(colour[i : i + 2], 16) for i in (1, 3, 5))
    result = colour.upper()
    while min(contrast(result, background) for background in backgrounds) < MIN_CONTRAST:
        red, green, blue = (int(c * 0.9) for c in (red, green, blue))
        result = f"#{red:02X}{green:02X}{blue:02X}"
    return result


def css_backgrounds(env: jinja2.Environment) -> tuple[str, ...]:
    """Return white and every ``--vlak`` colour of the stylesheet ``env`` renders, as ``#RRGGBB``.

    The stylesheet is the organisation's when it has one that sets ``--vlak``, else the bundled one (an override
    that extends the bundled stylesheet keeps its ``--vlak``). A value that is no ``#RGB`` or ``#RRGGBB``, or that
    is so dark that black text would not reach 4.5:1 on it, is a template-fout naming the file and line.
    """
    name = OUTPUTS["keuzehulp.css"]
    assert env.loader is not None  # templating.environment always sets one
    for candidate in (name, f"{BUNDLED_PREFIX}:{name}"):
        source, filename, _ = env.loader.get_source(env, candidate)
        found = list(_VLAK.finditer(source))
        if found:
            break
    backgrounds = [WHITE]
    for match in found:
        value = match.group(1).strip()
        colour = _full_hex(value) if _CSS_HEX.match(value) else None
        if colour is None or contrast(colour, "#000000") < MIN_CONTRAST:
            line = source.count("\n", 0, match.start()) + 1
            reden = f"--vlak is '{value}'; dat moet een lichte kleur in de vorm #RRGGBB zijn (zwarte tekst 4,5 : 1)"
            raise KeuzehulpError(problem("template-fout", bestand=filename, regel=line, reden=reden))
        backgrounds.append(colour)
    return tuple(dict.fromkeys(backgrounds))


def _full_hex(colour: str) -> str:
    """Return a CSS ``#RGB`` or ``#RRGGBB`` colour as ``#RRGGBB`` in capitals."""
    digits = colour[1:] if len(colour) == 7 else "".join(c * 2 for c in colour[1:])
    return f"#{digits.upper()}"


def script_json(data: object) -> Markup:
    """Return ``data`` as JSON that is safe inside a ``<script>`` element: no ``<``, ``>`` or ``&`` remains."""
    text = json.dumps(data, ensure_ascii=False, separators=(",", ":"), sort_keys=True)
    return Markup(_escaped(text, _SCRIPT_ESCAPES))


def _escaped(text: str, escapes: dict[int, str]) -> str:
    """Return ``text`` with the characters of ``escapes`` replaced; str.translate, but only where one occurs."""
    # translate looks up every character in the dict (in Python), 15 ms per 1,000 cards; "in" is a C scan.
    return text.translate(escapes) if any(chr(char) in text for char in escapes) else text


def filter_data(views: list[dict], facets: list[Facet]) -> dict:
    """Return what the script needs: the filters with their values, each instrument's options (in the order of the
    cards, which carry the ids), and the page size."""
    return {
        "pagina": PAGE_SIZE,
        "filters": [{"name": f.name, "scored": f.scored, "values": [o.value for o in f.options]} for f in facets],
        "members": [[f.members[i] for f in facets] for i in range(len(views))],
    }


def make_facet(
    name: str,
    legend: str,
    hint: str,
    options: list[Option],
    views: list[dict],
    values_of: Callable[[dict], Iterable[str]],
    scored: bool = False,
    keep_empty: bool = False,
) -> Facet:
    """Return a filter with the options that ``values_of`` finds in the instruments, counted.

    Options no instrument has are dropped unless ``keep_empty`` (the basiskenmerken always show all labels).
    """
    found = [set(values_of(view)) for view in views]
    counts = Counter(value for values in found for value in values)
    for option in options:
        option.count = counts[option.value]
    kept = [o for o in options if keep_empty or o.count]
    index = {option.value: position for position, option in enumerate(kept)}
    members = [sorted(index[v] for v in values if v in index) for values in found]
    return Facet(name, legend, hint, kept, scored, members)


def _term_options(taxonomy: Taxonomy, group: str) -> list[Option]:
    return [
        Option(t.label, t.client_label or t.label, t.client_explanation, t.label if t.client_label else "")
        for t in taxonomy.terms(group)
    ]


def _tegel_facet(views: list[dict], taxonomy: Taxonomy) -> Facet:
    hint = "Kies een of meer stappen. Twijfel je? Kijk samen met je werkcoach."
    options = _term_options(taxonomy, "tegels")
    return make_facet("tegel", "Waar sta je nu?", hint, options, views, lambda v: v["tegels"], True, True)


def _kenmerk_facet(views: list[dict], taxonomy: Taxonomy) -> Facet:
    hint = "Kies wat je wilt leren, of waar je hulp bij wilt."
    options = _term_options(taxonomy, "klantkenmerken")
    legend = "Waar wil je aan werken?"
    return make_facet("klantkenmerk", legend, hint, options, views, lambda v: v["klantkenmerken"], True, True)


def _practical_facets(views: list[dict], taxonomy: Taxonomy) -> list[Facet]:
    group_options = [Option(value, label, explanation) for value, (label, explanation) in GROUP_OPTION_LABELS.items()]
    place_options = [Option(t, LOCATION_LABELS.get(t, t)) for t in taxonomy.location_types]
    areas = sorted({a for v in views for a in v.get("beschikbare_gebieden") or []}, key=lambda a: (a.casefold(), a))
    return [
        make_facet("groep", "Alleen of in een groep?", "", group_options, views, _groups),
        make_facet("vorm", "Wat voor hulp?", "", _term_options(taxonomy, "uitvoeringsvormen"), views, _forms),
        make_facet("duur", "Hoe lang mag het duren?", "", _band_options(DURATION_BANDS), views, _duration_band),
        make_facet("uren", "Hoeveel uur per week?", "", _band_options(HOUR_BANDS), views, _hour_band),
        make_facet("waar", "Waar is het?", "", place_options, views, _place_types),
        make_facet("gebied", "In welk gebied?", "", [Option(a, a) for a in areas], views, _areas),
    ]


def _band_options(bands: tuple) -> list[Option]:
    return [Option(value, label) for value, label, _, _ in bands]


def _band(bands: tuple, amount: float | None) -> list[str]:
    if amount is None:
        return []
    return [value for value, _, low, high in bands if low <= amount < high]


def _groups(view: dict) -> list[str]:
    return view.get("groep_individueel") or []


def _forms(view: dict) -> list[str]:
    return view.get("uitvoeringsvormen") or []


def _duration_band(view: dict) -> list[str]:
    duur = view.get("duur")
    return _band(DURATION_BANDS, Duur(**duur).in_dagen() if duur else None)


def _hour_band(view: dict) -> list[str]:
    return _band(HOUR_BANDS, view.get("intensiteit_uur_per_week"))


def _place_types(view: dict) -> list[str]:
    return [place["type"] for place in view.get("locaties") or [] if place.get("type")]


def _areas(view: dict) -> list[str]:
    return view.get("beschikbare_gebieden") or []


# Card fields that are shown as the spreadsheet has them (None when absent or switched off).
CARD_TEXT_FIELDS = (
    "id naam samenvatting doel werkwijze onderscheidende_aanpak voorwaarden_deelname samenwerkingspartners "
    "toelichting_doelgroep aanvullende_informatie aanbieder toelichting_duur toelichting_intensiteit aanmeldinstructies"
).split()


# Card fields that are lists of dicts, which the card template reads field by field.
_NESTED = ("plekken", "links", "contacten", "tegels", "klantkenmerken", "vormen")


def card(view: dict, taxonomy: Taxonomy, number: int = 1) -> dict:
    """Return one instrument as the card template reads it; switched-off fields are None or empty.

    ``number`` (the position in the keuzematrix) makes short, unique element ids.
    """
    kaart = {key: view.get(key) for key in CARD_TEXT_FIELDS}
    kaart["naam"] = kaart["naam"] or "Zonder naam"
    kaart["nummer"] = number
    kaart.update(_practical(view))
    kaart.update(
        links=[link for link in view.get("aanvullende_inhoud") or [] if is_safe_url(link["url"])],
        contacten=[_contact(c) for c in view.get("externe_contactpersonen") or []],
        tegels=_card_terms(taxonomy, "tegels", view["tegels"]),
        klantkenmerken=_card_terms(taxonomy, "klantkenmerken", view["klantkenmerken"]),
        vormen=_card_terms(taxonomy, "uitvoeringsvormen", view.get("uitvoeringsvormen") or []),
    )
    kaart["doelgroep_zin"] = target_group_sentence(taxonomy, kaart["doelgroepen"] or [])
    return kaart


def facts(duur: Duur | None, uren: str | None, groep: str | None, waar: str | None) -> list[tuple[str, str]]:
    """Return the short facts under a card's summary as (label, value), each said once.

    A one-off meeting (a day at most) is "Eén keer, 2 uur", without hours per week.
    """
    once = duur is not None and duur.in_dagen() <= 1
    found = [
        ("Hoe lang", f"Eén keer, {duur.tekst()}" if once and duur else duur.tekst() if duur else None),
        ("Hoeveel uur", None if once else uren),
        ("Met wie", groep),
        ("Waar", waar),
    ]
    return [(label, value) for label, value in found if value]


def _practical(view: dict) -> dict:
    duur = Duur(**view["duur"]) if view.get("duur") else None
    hours = view.get("intensiteit_uur_per_week")
    places = [_card_place(p) for p in view.get("locaties") or []]
    uren = f"{format_number(hours)} uur per week" if hours is not None else None
    groep = group_text(view.get("groep_individueel") or [])
    waar = ", ".join(dict.fromkeys(p["soort"] for p in places if p["soort"])) or None
    return {
        "feiten": facts(duur, uren, groep, waar),
        "plekken": [p for p in places if p["delen"] or p["beschrijving"]],
        "gebieden": view.get("beschikbare_gebieden") or [],
        "doelgroepen": view.get("doelgroepen") or [],
    }


def target_group_sentence(taxonomy: Taxonomy, doelgroepen: list[str]) -> str | None:
    """Return the doelgroepen as one plain sentence: "Voor wie 50 of ouder is en voor wie geen uitkering heeft."

    An Eva doelgroep has its own phrase (docs/eva.md); another one is named as typed, after "voor".
    """
    if not doelgroepen:
        return None
    phrases = []
    for label in doelgroepen:
        term = taxonomy.term("doelgroepen", label)
        if term and term.client_phrase:
            phrases.append(term.client_phrase)
        else:  # "Alleenstaande ouders" reads as "voor alleenstaande ouders"; "WW'ers" keeps its capitals
            phrases.append(f"voor {label[:1].lower() + label[1:] if label[1:2].islower() else label}")
    text = phrases[0] if len(phrases) == 1 else f"{', '.join(phrases[:-1])} en {phrases[-1]}"
    return f"{text[:1].upper()}{text[1:]}."


def group_text(values: list[str]) -> str | None:
    """Return groep/individueel as one plain phrase in a cliënt's words."""
    if set(values) == {"groep", "individueel"}:
        return "Alleen of in een groep, wat bij je past"
    return GROUP_PHRASES.get(values[0]) if values else None


def _card_place(place: dict) -> dict:
    """Return a place as the card shows it: its kind once (in the facts), then name and address without repeats."""
    kind = place.get("type")
    said = {fold(kind or ""), fold(LOCATION_LABELS.get(kind, "") if kind else "")}
    parts = []
    for part in (place.get("naam"), place.get("adres")):
        if part and fold(part) not in said:
            said.add(fold(part))
            parts.append(part)
    return {
        "soort": LOCATION_LABELS.get(kind, kind) if kind else None,
        "delen": parts,
        "beschrijving": place.get("beschrijving"),
    }


def _contact(contact: dict) -> dict:
    phone = re.sub(r"[^+0-9]", "", contact.get("telefoon") or "")
    email = contact.get("email") or ""
    return {
        "naam": contact.get("naam"),
        "telefoon": contact.get("telefoon"),
        "tel": f"tel:{phone}" if phone else None,
        "email": email or None,
        "mailto": f"mailto:{email}" if is_safe_url(f"mailto:{email}") and "@" in email else None,
    }


def _card_terms(taxonomy: Taxonomy, group: str, labels: list[str]) -> list[dict]:
    known = {t.label: t for t in taxonomy.terms(group)}
    return [
        {"label": known[label].client_label or label, "vakwoord": label}
        if label in known
        else {"label": label, "vakwoord": label}
        for label in labels
    ]
