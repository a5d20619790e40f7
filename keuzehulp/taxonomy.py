"""The Eva taxonomy, loaded from the versioned data file in ``keuzehulp/taxonomie/``.

Every label list the tool uses comes from that file; this module only indexes it so that
labels typed by people ("werkfit", "Orientatie", "1.3.4") resolve to canonical Eva labels.
"""

from __future__ import annotations

import difflib
import json
import re
import unicodedata
from dataclasses import dataclass, field
from functools import cache, lru_cache
from pathlib import Path
from typing import Any

from .fields import ClientPart, Field, client_parts, field_from_data

TAXONOMY_DIR = Path(__file__).parent / "taxonomie"
DEFAULT_VERSION = "eva-2023"

GROUPS = ("tegels", "klantkenmerken", "uitvoeringsvormen")


_NOT_WORD = re.compile(r"[\W_]+")


@lru_cache(maxsize=65536)
def fold(text: str) -> str:
    """Return ``text`` lower-cased, without accents, white space or punctuation.

    Two labels that fold to the same key are the same label to a person typing them.
    """
    text = str(text)
    if not text.isascii():
        decomposed = unicodedata.normalize("NFKD", text)
        text = "".join(c for c in decomposed if not unicodedata.combining(c))
    return _NOT_WORD.sub("", text.casefold())


@dataclass(frozen=True)
class Term:
    """One taxonomy entry: a tegel, klantkenmerk or uitvoeringsvorm."""

    label: str
    group: str
    variants: tuple[str, ...] = ()
    description: str = ""
    client_label: str = ""
    client_explanation: str = ""
    subgroup: str | None = None
    eva_code: str | None = None  # EW01, KK09, UV07, ED02; None where Eva has no such term (uitvoeringsvorm Bemiddeling)
    eva_label: str | None = None  # the spelling in Eva's database, where it differs from ``label``
    client_phrase: str = ""  # doelgroepen: how the cliënt site names the group ("voor wie 50 of ouder is")

    @property
    def eva_name(self) -> str:
        """Return the name Eva's database knows this term by (Eva links tegels and klantkenmerken by exact name)."""
        return self.eva_label or self.label


@dataclass(frozen=True)
class WerkzaakCode:
    code: str
    name: str
    klantkenmerken: tuple[str, ...]
    parent: str | None = None
    variants: tuple[str, ...] = ()  # the factsheet's longer names ("Nederlands lezen en schrijven")


@dataclass
class Taxonomy:
    """The whole taxonomy with indexes for matching what people type."""

    version: str
    tegels: tuple[Term, ...]
    klantkenmerken: tuple[Term, ...]
    uitvoeringsvormen: tuple[Term, ...]
    fields: tuple[Field, ...]
    werkzaak: tuple[WerkzaakCode, ...]
    duration_units: dict[str, tuple[str, int]]  # folded variant -> (canonical unit, factor)
    unit_labels: tuple[str, ...]
    groep_individueel: dict[str, tuple[str, ...]]  # folded variant -> canonical values
    location_types: tuple[str, ...]
    location_variants: dict[str, str]  # folded variant -> canonical location type
    contact_types: dict[str, str]  # folded variant -> "intern" or "extern"
    migrations: dict[str, dict[str, tuple[str, ...]]]  # group -> folded label Eva migrates -> canonical label(s)
    marks_yes: frozenset[str]  # compared after strip() and casefold()
    marks_no: frozenset[str]
    group_headings: dict[str, str]  # folded heading -> group ("tegels", ..., "overig")
    doelgroepen: tuple[Term, ...] = ()  # Eva's doelgroepen (ED01-ED14), label = Eva's description
    everyone: frozenset[str] = frozenset()  # folded doelgroep texts that mean "for everyone" ("Algemeen")
    eva_units: dict[str, tuple[str, str]] = field(default_factory=dict)  # duur.eenheid -> (Eva key, Eva name)
    eva_locations: dict[str, tuple[str, str]] = field(default_factory=dict)  # location type -> (Eva key, Eva name)
    eva_group_forms: dict[str, str] = field(default_factory=dict)  # groep/individueel -> Eva group form name
    client_parts: tuple[ClientPart, ...] = ()  # what a cliënt view can hold, see keuzehulp.fields
    _index: dict[str, Any] = field(default_factory=dict, repr=False)
    _werkzaak_index: dict[str, WerkzaakCode] = field(default_factory=dict, repr=False)
    _field_index: dict[str, Field] = field(default_factory=dict, repr=False)

    def __post_init__(self) -> None:
        for group in GROUPS:
            index: dict[str, str] = {}
            for term in self.terms(group):
                for name in (term.label, *term.variants):
                    index.setdefault(fold(name), term.label)
            self._index[group] = index
        for code in self.werkzaak:
            self._werkzaak_index[code.code] = code
            for name in (code.name, *code.variants):
                self._werkzaak_index.setdefault(fold(name), code)
        self._index["doelgroepen"] = {
            fold(name): term for term in self.doelgroepen for name in (term.label, *term.variants)
        }
        for f in self.fields:
            for name in (f.label, *f.variants):
                self._field_index.setdefault(fold(name.rstrip("*")), f)

    def location_type(self, text: str) -> str | None:
        """Return the canonical location type ``text`` means ("Aanbieder", "bij aanbieder"), or None."""
        return self.location_variants.get(fold(text))

    def contact_type(self, text: str) -> str | None:
        """Return "intern" or "extern" when ``text`` is one of their spellings, else None."""
        return self.contact_types.get(fold(text))

    def terms(self, group: str) -> tuple[Term, ...]:
        """Return the terms of ``group`` (tegels, klantkenmerken or uitvoeringsvormen) in taxonomy order."""
        return getattr(self, group)

    def labels(self, group: str) -> tuple[str, ...]:
        """Return the canonical labels of ``group`` in taxonomy order."""
        key = f"labels:{group}"
        if key not in self._index:
            self._index[key] = tuple(t.label for t in self.terms(group))
        return self._index[key]

    def canonical(self, group: str, text: str) -> str | None:
        """Return the canonical label in ``group`` that ``text`` means, or None."""
        return self._index[group].get(fold(text))

    def migration(self, group: str, text: str) -> tuple[str, ...]:
        """Return the canonical labels Eva's own migration turns ``text`` into (two or more: ambiguous)."""
        return self.migrations.get(group, {}).get(fold(text), ())

    def suggestion(self, group: str, text: str) -> str | None:
        """Return the known label of ``group`` closest to ``text``, if one is close."""
        index = self._index[group]
        close = difflib.get_close_matches(fold(text), list(index), n=1, cutoff=0.75)
        return index[close[0]] if close else None

    def werkzaak_code(self, text: str) -> WerkzaakCode | None:
        """Return the Werkzaak kenmerk ``text`` names: by code ("1.3.4"), name, or both ("1.3 Basisvaardigheden")."""
        text = str(text).strip()
        match = re.match(r"^(\d+(?:\.\d+)+)\.?(?:\s|$)", text)
        if match:
            code = self._werkzaak_index.get(match.group(1))
            if code is not None:
                return code
            return None
        return self._werkzaak_index.get(fold(text))

    def doelgroep(self, text: str) -> Term | None:
        """Return Eva's doelgroep that ``text`` names ("50+", "NUG", "Doelgroepenregister"), or None."""
        return self._index["doelgroepen"].get(fold(text))

    def means_everyone(self, text: str) -> bool:
        """Return True when a doelgroep ``text`` says "for everyone" ("Algemeen"): that is no doelgroep."""
        return fold(text) in self.everyone

    def term(self, group: str, label: str) -> Term | None:
        """Return the term of ``group`` (tegels, ..., doelgroepen) whose canonical label is ``label``."""
        key = f"terms:{group}"
        if key not in self._index:
            self._index[key] = {t.label: t for t in self.terms(group)}
        return self._index[key].get(label)

    def eva_codes(self, group: str, labels: list[str]) -> list[str]:
        """Return the Eva codes of ``labels`` of ``group`` in the same order; a label without a code has none."""
        return [term.eva_code for label in labels if (term := self.term(group, label)) and term.eva_code]

    def field(self, header: str) -> Field | None:
        """Return the field that a column ``header`` names, ignoring case, accents and a trailing ``*``."""
        return self._field_index.get(fold(str(header).strip().rstrip("*")))

    def field_by_key(self, key: str) -> Field:
        """Return the field with ``key``."""
        return next(f for f in self.fields if f.key == key)

    def order(self, group: str, labels: list[str] | set[str]) -> list[str]:
        """Return ``labels`` deduplicated, in taxonomy order."""
        wanted = set(labels)
        return [label for label in self.labels(group) if label in wanted]


def _terms(entries: list[dict], group: str) -> tuple[Term, ...]:
    return tuple(
        Term(
            label=e["label"],
            group=group,
            variants=(*e.get("varianten", ()), *([e["eva_label"]] if "eva_label" in e else [])),
            description=e.get("omschrijving", ""),
            client_label=e.get("client_label", ""),
            client_explanation=e.get("client_uitleg", ""),
            subgroup=e.get("groep"),
            eva_code=e.get("eva_code"),
            eva_label=e.get("eva_label"),
            client_phrase=e.get("client_zin", ""),
        )
        for e in entries
    )


def _werkzaak(entries: list[dict]) -> tuple[WerkzaakCode, ...]:
    codes = []
    for e in entries:
        kks = tuple(e["klantkenmerken"])
        codes.append(WerkzaakCode(e["code"], e["naam"], kks))
        codes.extend(
            WerkzaakCode(s["code"], s["naam"], kks, parent=e["code"], variants=tuple(s.get("varianten", ())))
            for s in e["subcodes"]
        )
    return tuple(codes)


def _variants(table: dict[str, list[str]]) -> dict[str, str]:
    """Return folded variant -> canonical for a table canonical -> variants (the canonical matches itself)."""
    return {fold(name): canonical for canonical, names in table.items() for name in (canonical, *names)}


def _migrations(data: dict, terms: dict[str, tuple[Term, ...]]) -> dict[str, dict[str, tuple[str, ...]]]:
    """Return group -> folded label -> canonical labels, from Eva's migration rows that are in use.

    A label that already means a term stays that term; a row commented out in Eva's source is not used.
    """
    result: dict[str, dict[str, tuple[str, ...]]] = {}
    for group, rows in data.get("eva_omzettingen", {}).items():
        known = {fold(name) for term in terms[group] for name in (term.label, *term.variants)}
        by_fold = {fold(term.label): term.label for term in terms[group]}
        targets: dict[str, list[str]] = {}
        for row in rows:
            key = fold(row["label"])
            if row["status"] != "actief" or key in known:
                continue
            label = by_fold[fold(row["eva_label"])]
            if label not in targets.setdefault(key, []):
                targets[key].append(label)
        result[group] = {key: tuple(labels) for key, labels in targets.items()}
    return result


@cache
def load_taxonomy(version: str = DEFAULT_VERSION) -> Taxonomy:
    """Load the taxonomy ``version`` from the package's data file."""
    data = json.loads((TAXONOMY_DIR / f"{version}.json").read_text(encoding="utf-8"))
    units: dict[str, tuple[str, int]] = {}
    for unit in data["duureenheden"]:
        canonical = unit.get("omrekenen_naar", unit["label"])
        for name in (unit["label"], *unit["varianten"]):
            units[fold(name)] = (canonical, unit.get("factor", 1))
    gi: dict[str, tuple[str, ...]] = {}
    for entry in data["groep_individueel"]:
        for name in (entry["label"], *entry["varianten"]):
            gi[fold(name)] = (entry["label"],)
    both = tuple(e["label"] for e in data["groep_individueel"])
    for name in data["groep_individueel_beide"]:
        gi[fold(name)] = both
    terms = {group: _terms(data[group], group) for group in GROUPS}
    headings = {fold(h): group for group, names in data["groepskoppen"].items() for h in names}
    fields = tuple(field_from_data(f) for f in data["velden"])
    return Taxonomy(
        version=data["versie"],
        tegels=terms["tegels"],
        klantkenmerken=terms["klantkenmerken"],
        uitvoeringsvormen=terms["uitvoeringsvormen"],
        fields=fields,
        werkzaak=_werkzaak(data["werkzaak"]),
        duration_units=units,
        unit_labels=tuple(u["label"] for u in data["duureenheden"] if "omrekenen_naar" not in u),
        groep_individueel=gi,
        location_types=tuple(data["locatietypen"]),
        location_variants=_variants(data["locatietype_varianten"]),
        contact_types=_variants(data["contactsoorten"]),
        migrations=_migrations(data, terms),
        marks_yes=frozenset(m.casefold() for m in data["markeringen"]["ja"]),
        marks_no=frozenset(m.casefold() for m in data["markeringen"]["nee"]),
        group_headings=headings,
        client_parts=client_parts(fields, data["afgeleide_velden"]),
        doelgroepen=_terms(data["doelgroepen"], "doelgroepen"),
        everyone=frozenset(fold(name) for name in data["doelgroep_iedereen"]),
        eva_units={u["label"]: (u["eva_sleutel"], u["eva_label"]) for u in data["duureenheden"] if "eva_sleutel" in u},
        eva_locations={name: (e["sleutel"], e["label"]) for name, e in data["locatietypen_eva"].items()},
        eva_group_forms={e["label"]: e["eva_label"] for e in data["groep_individueel"]},
    )
