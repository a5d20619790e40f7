"""Beschikbare gebieden that mean something: the Dutch gemeenten (CBS), the arbeidsmarktregio's and wijken.

The lists are data (``taxonomie/gemeenten-2025.json``, with its source and reference date). A gebied is a gemeente
("Tiel"), an arbeidsmarktregio ("Rivierenland", or "Regio Groningen" where a gemeente has the same name), or a wijk
of a gemeente ("Tiel: Tiel-West"). An instrument without gebieden is available everywhere; a regio covers its
gemeenten; a wijk makes the instrument available in (part of) its gemeente. ``build --per-gebied`` uses this to
write one keuzehulp per gemeente the matrix names, and an index page linking them.
"""

from __future__ import annotations

import difflib
import html
import json
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from functools import cache
from importlib import resources
from pathlib import Path

from .model import Instrument, counted
from .taxonomy import fold

DATA_FILE = "gemeenten-2025.json"
WIJK_SEPARATOR = ":"
REGION_PREFIXES = ("arbeidsmarktregio", "regio")  # folded; "Regio Groningen" is the regio, "Groningen" the gemeente
GEBIED_FOLDER = "gebied"


@dataclass(frozen=True)
class Gemeente:
    code: str
    naam: str


@dataclass(frozen=True)
class Gebieden:
    """The gemeenten of one year with their CBS code, and the arbeidsmarktregio's with their gemeenten."""

    jaar: int
    bron: str
    gemeenten: tuple[Gemeente, ...]
    regios: dict[str, tuple[str, ...]]
    _gemeenten: dict[str, str] = field(default_factory=dict, repr=False)  # folded name or variant -> name
    _regios: dict[str, str] = field(default_factory=dict, repr=False)

    def gemeente(self, text: str) -> str | None:
        """Return the CBS name of the gemeente ``text`` names ("Den Haag" -> "'s-Gravenhage"), or None."""
        return self._gemeenten.get(fold(text))

    def regio(self, text: str) -> str | None:
        """Return the arbeidsmarktregio ``text`` names, with or without "Regio"/"Arbeidsmarktregio" before it."""
        folded = fold(text)
        for prefix in REGION_PREFIXES:
            if folded.startswith(prefix) and (found := self._regios.get(folded.removeprefix(prefix))):
                return found
        return None if folded in self._gemeenten else self._regios.get(folded)

    def covers(self, gebied: str) -> tuple[str, ...]:
        """Return the gemeenten a Beschikbaar gebied covers: one, a regio's, a wijk's gemeente; () when unknown."""
        town, separator, wijk = gebied.partition(WIJK_SEPARATOR)
        if separator and wijk.strip():
            found = self.gemeente(town)
            return (found,) if found else ()
        if found := self.gemeente(gebied):
            return (found,)
        if found := self.regio(gebied):
            return self.regios[found]
        return ()

    def suggestion(self, gebied: str) -> str | None:
        """Return the gemeente or regio whose name is closest to ``gebied`` (its gemeente part for a wijk)."""
        town = gebied.partition(WIJK_SEPARATOR)[0]
        names = {fold(n): n for n in (*(g.naam for g in self.gemeenten), *self.regios)}
        close = difflib.get_close_matches(fold(town), list(names), n=1, cutoff=0.75)
        return names[close[0]] if close else None


@cache
def load_gebieden() -> Gebieden:
    """Return the gemeenten and arbeidsmarktregio's of the data file shipped with keuzehulp."""
    data = json.loads(resources.files("keuzehulp").joinpath("taxonomie", DATA_FILE).read_text(encoding="utf-8"))
    gemeenten = tuple(Gemeente(g["code"], g["naam"]) for g in data["gemeenten"])
    regios = {r["naam"]: tuple(r["gemeenten"]) for r in data["arbeidsmarktregios"]}
    by_name = {fold(g.naam): g.naam for g in gemeenten}
    by_name.update({fold(variant): naam for variant, naam in data["varianten"].items()})
    by_region = {fold(naam): naam for naam in regios}
    by_region.update({fold(variant): naam for variant, naam in data["regio_varianten"].items()})
    return Gebieden(data["jaar"], data["bron"], gemeenten, regios, by_name, by_region)


def named_gemeenten(instruments: Iterable[Instrument], gebieden: Gebieden | None = None) -> list[str]:
    """Return the gemeenten the matrix names (directly, through a regio or a wijk), in CBS order."""
    gebieden = gebieden or load_gebieden()
    named = {g for i in instruments for gebied in i.beschikbare_gebieden for g in gebieden.covers(gebied)}
    return [g.naam for g in gebieden.gemeenten if g.naam in named]


def available_in(instrument: Instrument, gemeente: str, gebieden: Gebieden | None = None) -> bool:
    """Return True when ``instrument`` is available in ``gemeente``: it has no gebieden, or one covers it."""
    gebieden = gebieden or load_gebieden()
    if not instrument.beschikbare_gebieden:
        return True
    return any(gemeente in gebieden.covers(gebied) for gebied in instrument.beschikbare_gebieden)


def per_gemeente(instruments: Sequence[Instrument]) -> list[tuple[str, list[Instrument]]]:
    """Return each gemeente the matrix names with the instruments available there, in spreadsheet order."""
    gebieden = load_gebieden()
    return [
        (naam, [i for i in instruments if available_in(i, naam, gebieden)])
        for naam in named_gemeenten(instruments, gebieden)
    ]


INDEX_PAGE = """<!DOCTYPE html>
<html lang="nl">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{titel}: kies je gemeente</title>
<style>
body {{ font-family: system-ui, sans-serif; line-height: 1.5; margin: 0 auto; max-width: 46rem; padding: 1rem;
  color: #1a1a1a; background: #fff; }}
a {{ color: {kleur}; }}
a:focus-visible {{ outline: 3px solid #1a1a1a; outline-offset: 2px; }}
li {{ margin: 0.5rem 0; }}
</style>
</head>
<body>
<main>
<h1>{titel}</h1>
<p>Kies je gemeente. Je ziet dan het aanbod dat daar voor jou is.</p>
{inhoud}
</main>
</body>
</html>
"""


def index_page(titel: str, kleur: str, entries: Sequence[tuple[str, str, int]]) -> str:
    """Return the index page linking each gemeente's keuzehulp: ``entries`` are (naam, folder, aantal)."""
    if not entries:
        inhoud = "<p>In de keuzematrix staat geen gemeente bij Beschikbare gebieden.</p>"
    else:
        items = "\n".join(
            f'<li><a href="{html.escape(folder)}/keuzehulp/index.html">{html.escape(naam)}</a> '
            f"({counted(aantal, 'instrument', 'instrumenten')}; "
            f'<a href="{html.escape(folder)}/keuzehulp.xlsx">werkmap voor professionals</a>)</li>'
            for naam, folder, aantal in entries
        )
        inhoud = f'<ul aria-label="Gemeenten">\n{items}\n</ul>'
    return INDEX_PAGE.format(titel=html.escape(titel), kleur=html.escape(kleur), inhoud=inhoud)


def write_index(folder: Path, titel: str, kleur: str, entries: Sequence[tuple[str, str, int]]) -> None:
    """Write ``folder/index.html`` linking the gemeenten in ``entries``."""
    folder.mkdir(parents=True, exist_ok=True)
    (folder / "index.html").write_text(index_page(titel, kleur, entries), encoding="utf-8")
