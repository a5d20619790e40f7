"""Read the organisation's settings from the sheet ``Instellingen`` (key in column A, value in B).

:data:`SETTINGS` names every setting once: the sjabloon writes its rows from it and :func:`read_settings`
reads them back. The switches of what cliënten see come from the field registry (:mod:`keuzehulp.fields`).
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any

from .defaults import COLOUR_FORMAT, CONTROLEREN_NA_MAANDEN, HOOFDKLEUR, is_colour
from .fields import ALWAYS, NEVER, TEXT, ClientPart
from .header import text_of
from .logo import logo_problem
from .model import Instellingen
from .problems import KeuzehulpError, Problem, problem
from .reader import Sheet
from .taxonomy import Taxonomy, fold
from .theme import read_theme
from .values import date_text, is_safe_url

SETTINGS_SHEET = "Instellingen"
SWITCH_PREFIX = "Toon aan cliënt: "
HEADER_WORDS = ("Instelling", "Waarde", "Toelichting")
# setting kinds beside the field kind TEXT
COLOUR, DATE, MONTH_COUNT, URL = "kleur", "datum", "maanden", "url"
STATEMENT_STATUS, LOGO, THEME = "status", "logo", "thema"

# The statuses of the Dutch model accessibility statement; empty means "nog niet onderzocht".
ACCESSIBILITY_STATUSES = ("voldoet", "voldoet gedeeltelijk", "voldoet niet", "nog niet onderzocht")


@dataclass(frozen=True)
class Setting:
    """One setting of the sheet Instellingen: its name there, the Instellingen attribute and how it is read."""

    name: str
    attribute: str
    kind: str  # TEXT, COLOUR, DATE, MONTH_COUNT, URL, STATEMENT_STATUS, LOGO or THEME
    explanation: str  # shown beside it in the sjabloon
    aliases: tuple[str, ...] = ()


SETTINGS = (
    Setting("Organisatie", "organisatie", TEXT, "Naam van je organisatie; geldt voor elke rij zonder Organisatie."),
    Setting("Titel", "titel", TEXT, "De titel boven de keuzehulp voor cliënten."),
    Setting(
        "Welkomsttekst", "welkomsttekst", TEXT, "De eerste tekst die een cliënt leest, in eenvoudige taal.", ("Welkom",)
    ),
    Setting("Aanmeldtekst", "aanmeldtekst", TEXT, "Wat een cliënt moet doen om zich aan te melden.", ("Aanmelden",)),
    Setting(
        "Hoofdkleur", "hoofdkleur", COLOUR, f"Kleur van de website als {COLOUR_FORMAT}, bijvoorbeeld {HOOFDKLEUR}."
    ),
    Setting("Accentkleur", "accentkleur", COLOUR, f"Tweede kleur van de website, ook als {COLOUR_FORMAT}."),
    Setting(
        "Datum keuzematrix",
        "datum",
        DATE,
        "De datum van deze versie van de matrix, bijvoorbeeld 2026-10-01.",
        ("Datum", "Peildatum"),
    ),
    Setting("Versie", "versie", TEXT, "Een versienummer of -naam, als jullie die gebruiken."),
    Setting(
        "Controleren na (maanden)",
        "controleren_na_maanden",
        MONTH_COUNT,
        "Na hoeveel maanden een instrument opnieuw gecontroleerd moet worden (kolom Laatst gecontroleerd); "
        f"standaard {CONTROLEREN_NA_MAANDEN}.",
        ("Controleren na",),
    ),
    Setting("Website", "website", URL, "Het webadres van je organisatie (https://...), onder aan de keuzehulp."),
    Setting("Telefoon", "telefoon", TEXT, "Het telefoonnummer voor cliënten, onder aan de keuzehulp."),
    Setting("Adres", "adres", TEXT, "Het bezoekadres van je organisatie, onder aan de keuzehulp."),
    Setting("Logo", "logo", LOGO, "Bestand met het logo (png, svg of jpg, tot 500 kB), naast de keuzematrix."),
    Setting(
        "Toegankelijkheid status",
        "toegankelijkheid_status",
        STATEMENT_STATUS,
        "Uitkomst van het toegankelijkheidsonderzoek: " + ", ".join(ACCESSIBILITY_STATUSES) + ".",
    ),
    Setting("Toegankelijkheid onderzocht op", "toegankelijkheid_datum", DATE, "Datum van het onderzoek, 2026-10-01."),
    Setting("Toegankelijkheid onderzocht door", "toegankelijkheid_door", TEXT, "Wie het onderzoek deed."),
    Setting(
        "Toegankelijkheid bekende problemen",
        "toegankelijkheid_problemen",
        TEXT,
        "Wat nog niet toegankelijk is en wanneer het klaar is.",
    ),
    Setting(
        "Toegankelijkheid contact",
        "toegankelijkheid_contact",
        TEXT,
        "E-mailadres of telefoonnummer voor vragen en klachten over toegankelijkheid.",
    ),
    Setting("Thema", "thema", THEME, "Pad naar de tokens-CSS van een NL Design System-thema (zoals dist/index.css)."),
)
_BY_NAME = {fold(name): s for s in SETTINGS for name in (s.name, *s.aliases)}
_IGNORED = {fold(word) for word in ("", *HEADER_WORDS)}


def is_settings_sheet(name: str) -> bool:
    return fold(name) == fold(SETTINGS_SHEET)


def read_settings(
    sheet: Sheet | None, taxonomy: Taxonomy, folder: Path | None = None
) -> tuple[Instellingen, list[Problem]]:
    """Return the settings in ``sheet`` (defaults where absent) and the problems found reading them.

    A file named in a setting (the logo) is found from ``folder``, the keuzematrix's folder.
    """
    values: dict[str, Any] = {}
    switches: dict[str, bool] = {}
    problems = list(_read(sheet, values, switches, taxonomy, folder or Path())) if sheet is not None else []
    return Instellingen(**values, client_velden=switches), problems


def switch_name(part: ClientPart) -> str:
    """Return the name of the row on the Instellingen sheet that switches ``part`` on or off."""
    return SWITCH_PREFIX + (part.label or part.key)


def switch_value(value: object, taxonomy: Taxonomy) -> bool | None:
    """Return True for a clear yes ("ja", "x", "Ja."), False for a clear no ("nee", "0", "-"), else None.

    An empty cell is not clear either: only a clear yes shows a field to cliënten.
    """
    text = text_of(value).casefold()
    words = fold(text)
    for answer, marks in ((True, taxonomy.marks_yes), (False, taxonomy.marks_no)):
        if text and (text in marks or (words and words in {fold(mark) for mark in marks})):
            return answer
    return None


def _read(
    sheet: Sheet, values: dict[str, object], switches: dict[str, bool], taxonomy: Taxonomy, folder: Path
) -> Iterator[Problem]:
    named = {fold(switch_name(p)): p for p in taxonomy.client_parts if p.label and p.client != ALWAYS}
    for number, cells in enumerate(sheet.rows, start=1):
        name = text_of(cells[0]) if cells else ""
        value = cells[1] if len(cells) > 1 else ""
        key = fold(name)
        if key in _IGNORED:
            continue
        where: dict[str, Any] = {"blad": sheet.name, "rij": number, "cel": f"B{number}", "kolom": name}
        setting, part = _BY_NAME.get(key), named.get(key)
        if setting is not None and setting.kind == DATE:
            values[setting.attribute] = date_text(value)
        elif setting is not None and setting.kind == MONTH_COUNT:
            months = _months(value)
            if months is None and text_of(value):
                gevolg = f"vul een heel aantal maanden in; de standaard van {CONTROLEREN_NA_MAANDEN} blijft staan"
                yield problem("instelling-ongeldig", waarde=text_of(value), gevolg=gevolg, **where)
            elif months is not None:
                values[setting.attribute] = months
        elif setting is not None:
            text = text_of(value)
            if setting.kind == COLOUR and text and not is_colour(text):
                yield problem("instelling-ongeldig", waarde=text, gevolg="de standaardkleur blijft staan", **where)
            elif setting.kind == URL and text and not (is_safe_url(text) and text.startswith(("https:", "http:"))):
                yield problem("instelling-ongeldig", waarde=text, gevolg="er komt geen link", **where)
            elif setting.kind == LOGO and text:
                reden = logo_problem(folder / text)
                if reden:
                    yield problem("logo-ongeldig", waarde=text, reden=reden, **where)
                else:
                    values[setting.attribute] = str(folder / text)
            elif setting.kind == THEME and text:
                try:
                    read_theme(folder / text)
                    values[setting.attribute] = str(folder / text)
                except KeuzehulpError as refused:
                    yield replace(refused.problem, blad=sheet.name, rij=number, cel=f"B{number}", kolom=name)
            elif setting.kind == STATEMENT_STATUS and text and text.casefold() not in ACCESSIBILITY_STATUSES:
                gevolg = "de verklaring zegt 'nog niet onderzocht' (kies " + ", ".join(ACCESSIBILITY_STATUSES) + ")"
                yield problem("instelling-ongeldig", waarde=text, gevolg=gevolg, **where)
            elif text:
                normalised = {COLOUR: text.upper(), STATEMENT_STATUS: text.casefold()}
                values[setting.attribute] = normalised.get(setting.kind, text)
        elif part is not None and part.client == NEVER:
            yield problem(
                "instelling-ongeldig",
                waarde=text_of(value),
                gevolg="dit veld is intern en wordt nooit aan cliënten getoond",
                **where,
            )
        elif part is not None:
            shown = switch_value(value, taxonomy)
            switches[part.key] = bool(shown)
            if shown is None:
                gevolg = "dat telt als nee: het veld wordt niet aan cliënten getoond (gebruik ja of nee)"
                yield problem("instelling-ongeldig", waarde=text_of(value), gevolg=gevolg, **where)
        else:
            yield problem("instelling-onbekend", waarde=name, **{**where, "cel": f"A{number}"})


def _months(value: object) -> int | None:
    """Return a whole, positive number of months ("6", 6.0, " 12 "), or None."""
    text = text_of(value).removesuffix("maanden").strip()
    if isinstance(value, (int, float)) and not isinstance(value, bool) and float(value).is_integer():
        text = str(int(value))
    return int(text) if text.isdigit() and int(text) > 0 else None
