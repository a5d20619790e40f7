"""The normalised keuzematrix: what every renderer reads.

The field names are those of ``instrumenten.json`` (see the README), so that the JSON is a plain dump.
"""

from __future__ import annotations

import datetime as dt
import os
import re
from collections.abc import Callable
from dataclasses import dataclass, field, replace
from functools import lru_cache
from typing import TYPE_CHECKING, Any

from . import defaults

if TYPE_CHECKING:
    from .diff import Wijzigingen


@dataclass(slots=True)
class Duur:
    aantal: float | int
    eenheid: str  # uren, dagen, weken, maanden

    def tekst(self) -> str:
        """Return the duration as a person reads it: "3 maanden", "1 week"."""
        singular = {"uren": "uur", "dagen": "dag", "weken": "week", "maanden": "maand"}
        # Dutch says "40 uur", never "40 uren".
        unit = singular[self.eenheid] if self.aantal == 1 or self.eenheid == "uren" else self.eenheid
        return f"{format_number(self.aantal)} {unit}"

    def in_dagen(self) -> float:
        """Return the duration in days, so durations of different units sort together."""
        per_unit = {"uren": 1 / 8, "dagen": 1, "weken": 7, "maanden": 30.4375}
        return self.aantal * per_unit[self.eenheid]


@dataclass(slots=True)
class Contactpersoon:
    soort: str  # intern or extern
    naam: str | None = None
    telefoon: str | None = None
    email: str | None = None


@dataclass(slots=True)
class Locatie:
    naam: str | None = None
    type: str | None = None
    adres: str | None = None
    beschrijving: str | None = None


@dataclass(slots=True)
class Inhoud:
    soort: str  # link, download, video
    titel: str | None
    url: str


@dataclass(slots=True)
class Bron:
    blad: str
    rij: int


# The list attributes of Instrument that hold codes rather than labels.
CODE_LISTS = ("werkzaak_kenmerken", "tegel_codes", "klantkenmerk_codes", "uitvoeringsvorm_codes", "doelgroep_codes")


@dataclass(slots=True)
class ErvaringenSamenvatting:
    """The ervaringen of one instrument taken together: how many, the three averages (one decimal), the latest date."""

    aantal: int
    algemeen: float
    resultaat: float
    uitvoering: float
    laatste: str | None  # ISO date of the most recent ervaring with a date


@dataclass(slots=True)
class Ervaring:
    """One ervaring of a professional with an instrument (Eva's rating); who gave it is never kept."""

    instrument_id: str
    datum: str | None  # ISO date
    algemeen: int
    resultaat: int
    uitvoering: int
    toelichting_algemeen: str | None = None
    toelichting_resultaat: str | None = None
    toelichting_uitvoering: str | None = None
    rij: int = 0  # row on the sheet Ervaringen: the order among ervaringen of the same date


@dataclass(slots=True)
class Instrument:
    id: str
    naam: str | None
    organisatie: str | None = None
    aanbieder: str | None = None
    samenvatting: str | None = None
    doel: str | None = None
    werkwijze: str | None = None
    uitvoeringsvormen: list[str] = field(default_factory=list)
    tegels: list[str] = field(default_factory=list)
    klantkenmerken: list[str] = field(default_factory=list)
    onderscheidende_aanpak: str | None = None
    voorwaarden_deelname: str | None = None
    werkafspraken: str | None = None
    samenwerkingspartners: str | None = None
    toelichting_doelgroep: str | None = None
    aanvullende_informatie: str | None = None
    aanmeldinstructies: str | None = None
    duur: Duur | None = None
    toelichting_duur: str | None = None
    intensiteit_uur_per_week: float | None = None
    toelichting_intensiteit: str | None = None
    kosten_euro: float | None = None
    toelichting_kosten: str | None = None
    groep_individueel: list[str] = field(default_factory=list)
    contactpersonen: list[Contactpersoon] = field(default_factory=list)
    locaties: list[Locatie] = field(default_factory=list)
    doelgroepen: list[str] = field(default_factory=list)
    registratiecodes: list[str] = field(default_factory=list)
    beschikbare_gebieden: list[str] = field(default_factory=list)
    aanvullende_inhoud: list[Inhoud] = field(default_factory=list)
    werkzaak_kenmerken: list[str] = field(default_factory=list)  # Werkzaak codes as typed or named: "1.3.4"
    # Derived, like id: the Eva codes of the labels above (keuzehulp.taxonomy.Taxonomy.eva_codes).
    tegel_codes: list[str] = field(default_factory=list)
    klantkenmerk_codes: list[str] = field(default_factory=list)
    uitvoeringsvorm_codes: list[str] = field(default_factory=list)
    doelgroep_codes: list[str] = field(default_factory=list)
    eva_uuid: str | None = None  # the instrument's uuid in Eva, when the matrix keeps one (column Eva-uuid)
    bron: Bron = field(default_factory=lambda: Bron("", 0))
    laatst_gecontroleerd: str | None = None  # dates as typed; keuzehulp.freshness reads them
    gecontroleerd_door: str | None = None
    eigenaar: str | None = None
    geldig_vanaf: str | None = None
    geldig_tot: str | None = None
    ervaringen: ErvaringenSamenvatting | None = None  # from the sheet Ervaringen (keuzehulp.ervaringen)

    def to_dict(self) -> dict:
        """Return the instrument as the JSON object of ``instrumenten.json`` (a fresh dict, lists copied)."""
        # Hand-written instead of dataclasses.asdict, which deep-copies every value and was a third of a build.
        data = record(self)
        for key in ("uitvoeringsvormen", "tegels", "klantkenmerken", "groep_individueel", "doelgroepen"):
            data[key] = list(data[key])
        for key in ("registratiecodes", "beschikbare_gebieden", *CODE_LISTS):
            data[key] = list(data[key])
        for key in ("contactpersonen", "locaties", "aanvullende_inhoud"):
            data[key] = [record(item) for item in data[key]]
        data["duur"] = record(self.duur) if self.duur else None
        data["bron"] = record(self.bron)
        data["ervaringen"] = record(self.ervaringen) if self.ervaringen else None
        return data


def record(value: Any) -> dict[str, Any]:
    """Return the fields of a dataclass instance as a dict in field order, values as they are (not copied)."""
    kind = type(value)
    recorder = _RECORDERS.get(kind)
    if recorder is None:
        # One dict display per class, as dataclasses generate __init__: three times faster than a loop of getattr,
        # and the JSON and the site take a record of every instrument and its parts.
        fields = ", ".join(f"{name!r}: value.{name}" for name in kind.__dataclass_fields__)
        recorder = _RECORDERS[kind] = eval(f"lambda value: {{{fields}}}")  # field names are identifiers
    return recorder(value)


_RECORDERS: dict[type, Callable[[Any], dict[str, Any]]] = {}


@dataclass
class Instellingen:
    """The organisation's settings, from the sheet ``Instellingen`` or from options of ``build``."""

    organisatie: str | None = None
    titel: str = defaults.TITEL
    welkomsttekst: str | None = None
    aanmeldtekst: str | None = None
    hoofdkleur: str = defaults.HOOFDKLEUR
    accentkleur: str = defaults.ACCENTKLEUR
    datum: str | None = None  # date or version of the keuzematrix, as the beheergroep wrote it
    versie: str | None = None
    controleren_na_maanden: int = defaults.CONTROLEREN_NA_MAANDEN
    website: str | None = None
    telefoon: str | None = None
    adres: str | None = None
    logo: str | None = None  # path of a checked png, jpg or svg (keuzehulp.logo)
    toegankelijkheid_status: str | None = None  # one of settings.ACCESSIBILITY_STATUSES; None: not researched
    toegankelijkheid_datum: str | None = None
    toegankelijkheid_door: str | None = None
    toegankelijkheid_problemen: str | None = None
    toegankelijkheid_contact: str | None = None
    thema: str | None = None  # path of an NL Design System theme's tokens CSS
    # switches of what cliënten see: keys of keuzehulp.fields.ClientPart. Never-parts cannot be switched on.
    client_velden: dict[str, bool] = field(default_factory=dict)

    def __post_init__(self) -> None:
        # A copy, so that an Instellingen made by dataclasses.replace never shares its switches with the original.
        self.client_velden = dict(self.client_velden)

    def overridden(self, **values: str | None) -> Instellingen:
        """Return a copy with ``values`` instead of these settings; a value of None keeps the setting."""
        changes: dict[str, Any] = {name: value for name, value in values.items() if value is not None}
        return replace(self, **changes)


@dataclass
class Bronbestand:
    """Where the data came from."""

    naam: str
    sha256: str
    blad: str | None = None


@dataclass
class Keuzematrix:
    """The normalised keuzematrix: instruments in spreadsheet order, settings and provenance."""

    instrumenten: list[Instrument]
    instellingen: Instellingen
    bron: Bronbestand
    taxonomie: str = "eva-2023"
    peildatum: dt.date | None = None  # the reference date of freshness (keuzehulp.freshness.reference_date)
    ervaringen: list[Ervaring] = field(default_factory=list)
    wijzigingen: Wijzigingen | None = None  # since the previous version, when build was given one (--vorige)


def counted(n: int, one: str, many: str) -> str:
    """Return "1 fout" or "3 fouten": a number with the word in singular or plural."""
    return f"{n} {one if n == 1 else many}"


def format_number(value: float | int) -> str:
    """Return ``value`` as Dutch text: 3, 2,5, 1.250."""
    if float(value).is_integer():
        return f"{int(value):,}".replace(",", ".")
    return f"{value:,.2f}".rstrip("0").replace(",", "_").replace(".", ",").replace("_", ".")


def reproducible_timestamp(matrix: Keuzematrix) -> dt.datetime:
    """Return the timestamp written into generated files: never the clock, so builds are byte-identical.

    ``SOURCE_DATE_EPOCH`` wins when set (the reproducible-builds convention); otherwise the date of the
    keuzematrix (its Instellingen, else the file's own modified date); otherwise 2000-01-01.
    """
    epoch = os.environ.get("SOURCE_DATE_EPOCH", "").strip()
    if epoch.isdigit():
        return dt.datetime.fromtimestamp(int(epoch), tz=dt.UTC).replace(tzinfo=None)
    return date_of(matrix.instellingen.datum) or dt.datetime(2000, 1, 1)


def date_of(datum: str | None) -> dt.datetime | None:
    """Return the date a beheergroep wrote ("2026-10-01", "1-10-2026", "1/10/2026"), or None if it is none."""
    return _date_of_text((datum or "").strip()[:10])


_YEAR_MONTH_DAY = re.compile(r"(\d{4})-(\d\d)-(\d\d)")
_DAY_MONTH_YEAR = re.compile(r"(\d\d?)([-/])(\d\d?)\2(\d{4})")


@lru_cache(maxsize=4096)
def _date_of_text(text: str) -> dt.datetime | None:
    # The usual spellings without strptime, which costs 20 µs a call (a locale lookup each time); the rest as before.
    if match := _YEAR_MONTH_DAY.fullmatch(text) or _DAY_MONTH_YEAR.fullmatch(text):
        year, month, day = (match[1], match[2], match[3]) if len(match[1]) == 4 else (match[4], match[3], match[1])
        try:
            return dt.datetime(int(year), int(month), int(day))
        except ValueError:
            return None
    for pattern in ("%Y-%m-%d", "%d-%m-%Y", "%d/%m/%Y"):
        try:
            return dt.datetime.strptime(text, pattern)
        except ValueError:
            continue
    return None
