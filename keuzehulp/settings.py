"""Read the organisation's settings from the sheet ``Instellingen`` (key in column A, value in B)."""

from __future__ import annotations

from collections.abc import Iterator

from .audience import CLIENT_SWITCHES
from .defaults import is_colour
from .header import text_of
from .model import Instellingen
from .problems import Problem, problem
from .reader import Sheet
from .taxonomy import Taxonomy, fold
from .values import date_text

SETTINGS_SHEET = "Instellingen"
# setting name (folded) -> attribute of Instellingen
_TEXT_SETTINGS = {
    "organisatie": "organisatie",
    "titel": "titel",
    "welkomsttekst": "welkomsttekst",
    "welkom": "welkomsttekst",
    "aanmeldtekst": "aanmeldtekst",
    "aanmelden": "aanmeldtekst",
    "versie": "versie",
}
_DATE_SETTINGS = {"datumkeuzematrix", "datum", "peildatum"}
_COLOUR_SETTINGS = {"hoofdkleur": "hoofdkleur", "accentkleur": "accentkleur"}
_IGNORED = {"", "instelling", "waarde", "toelichting"}  # header words of the sheet
SWITCH_PREFIX = "Toon aan cliënt: "


def is_settings_sheet(name: str) -> bool:
    return fold(name) == fold(SETTINGS_SHEET)


def read_settings(sheet: Sheet | None, taxonomy: Taxonomy) -> tuple[Instellingen, list[Problem]]:
    """Return the settings in ``sheet`` (defaults where absent) and the problems found reading them."""
    settings = Instellingen()
    problems = list(_apply(sheet, settings, taxonomy)) if sheet is not None else []
    return settings, problems


def _switches() -> dict[str, str]:
    return {fold(SWITCH_PREFIX + name): key for key, (name, _) in CLIENT_SWITCHES.items()}


def _apply(sheet: Sheet, settings: Instellingen, taxonomy: Taxonomy) -> Iterator[Problem]:
    switches = _switches()
    never = {fold(SWITCH_PREFIX + f.label) for f in taxonomy.fields if f.client == "nooit"}
    never.add(fold(SWITCH_PREFIX + "Interne contactpersonen"))
    yes, no = taxonomy.marks_yes, taxonomy.marks_no
    for number, cells in enumerate(sheet.rows, start=1):
        name = text_of(cells[0]) if cells else ""
        value = cells[1] if len(cells) > 1 else ""
        key = fold(name)
        where = {"blad": sheet.name, "rij": number, "cel": f"B{number}", "kolom": name}
        if key in _IGNORED:
            continue
        if key in _TEXT_SETTINGS:
            text = text_of(value)
            if text:
                setattr(settings, _TEXT_SETTINGS[key], text)
        elif key in _DATE_SETTINGS:
            settings.datum = date_text(value)
        elif key in _COLOUR_SETTINGS:
            text = text_of(value)
            if is_colour(text):
                setattr(settings, _COLOUR_SETTINGS[key], text.upper())
            elif text:
                yield problem("instelling-ongeldig", waarde=text, gevolg="de standaardkleur blijft staan", **where)
        elif key in switches:
            mark = text_of(value).casefold()
            if mark in yes or mark in no:
                settings.client_velden[switches[key]] = mark in yes
            else:
                yield problem("instelling-ongeldig", waarde=text_of(value), gevolg="gebruik ja of nee", **where)
        elif key in never:
            yield problem(
                "instelling-ongeldig",
                waarde=text_of(value),
                gevolg="dit veld is intern en wordt nooit aan cliënten getoond",
                **where,
            )
        else:
            yield problem("instelling-onbekend", waarde=name, **{**where, "cel": f"A{number}"})
