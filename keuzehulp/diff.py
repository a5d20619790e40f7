"""What changed between two versions of a keuzematrix: added, removed, renamed and changed instruments.

Both versions are read as ``build`` reads them (:func:`keuzehulp.pipeline.load`) and compared as normalised
instruments, by id. The id is the slug of the name, so a moved row is no change and ``bron`` never is. A rename
is either the same id under a differently typed name ("Re-integratie plus" -> "Re-integratie Plus"), or an id
that disappeared and a new one with the same aanbieder whose content is nearly equal (see :data:`RENAME_SHARE`).
Fields and their Dutch labels come from the field registry (:mod:`keuzehulp.fields`).
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from dataclasses import dataclass, field, replace
from pathlib import Path

from . import fields as kinds
from .fields import Field
from .model import Instrument, counted, format_number, record
from .pipeline import Loaded, load
from .problems import KeuzehulpError
from .render_workbook.columns import SEPARATORS, contacts_text, content_text, joined, locations_text
from .taxonomy import Taxonomy, load_taxonomy

# A removed and an added instrument are one renamed instrument when they have the same aanbieder and at least
# this share of the fields that either of them fills in (all but naam, id and bron) is equal.
RENAME_SHARE = 0.8
EMPTY = "(leeg)"
# Attributes that are never a change of content: the name is reported as a rename, the row may move.
NOT_CONTENT = ("naam",)
_PLAIN = (str, int, float, type(None))
# What CommonMark (and GitHub's tables and strikethrough) could read as markup anywhere in a line, an entity
# reference, and what starts a block at the start of a line. A backslash escapes any ASCII punctuation; only these
# are escaped, so that the text stays readable in a mail program that shows Markdown as it is.
_MARKDOWN_INLINE = re.compile(r"([\\`*_\[\]<>|~#]|&(?=#?\w+;))")
_MARKDOWN_LINE_START = re.compile(r"^(\s*)([-+=>]|\d+[.)])", re.MULTILINE)


@dataclass(frozen=True)
class FieldChange:
    """One field of one instrument: its Dutch label and its value before and after, as text (None when empty)."""

    veld: str
    oud: str | None
    nieuw: str | None


@dataclass(frozen=True)
class Named:
    """An instrument that was added or removed."""

    id: str
    naam: str | None


@dataclass(frozen=True)
class Renamed:
    """An instrument under a new name; ``id`` is its id in the new version."""

    id: str
    oud: str | None
    nieuw: str | None


@dataclass(frozen=True)
class Changed:
    """An instrument in both versions whose content changed, field by field."""

    id: str
    naam: str | None
    velden: list[FieldChange]


@dataclass
class Wijzigingen:
    """The changes from version ``oud`` to version ``nieuw`` (the files as named), and the fouten each version has."""

    oud: str
    nieuw: str
    toegevoegd: list[Named] = field(default_factory=list)
    verwijderd: list[Named] = field(default_factory=list)
    hernoemd: list[Renamed] = field(default_factory=list)
    gewijzigd: list[Changed] = field(default_factory=list)
    fouten: dict[str, int] = field(default_factory=dict)  # file -> number of fouten, for the files that have any

    def notes(self, name=str) -> list[str]:
        """Return a Dutch note per version with fouten; ``name`` formats the file name (to escape it)."""
        return [
            f"{name(bestand)} heeft {counted(number, 'fout', 'fouten')} (zie keuzehulp check {name(bestand)}); "
            "de vergelijking gaat over wat er wel te lezen was."
            for bestand, number in self.fouten.items()
        ]

    @property
    def nieuwe_ids(self) -> frozenset[str]:
        """Return the ids of the instruments that the old version did not have."""
        return frozenset(added.id for added in self.toegevoegd)

    def counts(self) -> list[tuple[str, int]]:
        """Return (kind of change, number) for the four kinds, in the order they are listed."""
        return [
            ("Toegevoegd", len(self.toegevoegd)),
            ("Verwijderd", len(self.verwijderd)),
            ("Hernoemd", len(self.hernoemd)),
            ("Gewijzigd", len(self.gewijzigd)),
        ]

    def summary(self) -> str:
        """Return the counts as one line: "1 toegevoegd, 0 verwijderd, 2 hernoemd, 3 gewijzigd."."""
        if not any(number for _, number in self.counts()):
            return "Geen verschillen: de instrumenten zijn in beide versies gelijk."
        return ", ".join(f"{number} {kind.lower()}" for kind, number in self.counts()) + "."

    def rows(self) -> list[tuple[str, str, str, str, str]]:
        """Return one row per change: kind, instrument, field, old and new value (empty text where none applies)."""
        name_label = load_taxonomy().field_by_key("naam").label
        rows = [("Toegevoegd", i.naam or "", "", "", "") for i in self.toegevoegd]
        rows += [("Verwijderd", i.naam or "", "", "", "") for i in self.verwijderd]
        rows += [("Hernoemd", i.nieuw or "", name_label, i.oud or EMPTY, i.nieuw or EMPTY) for i in self.hernoemd]
        for changed in self.gewijzigd:
            rows += [
                ("Gewijzigd", changed.naam or "", f.veld, f.oud or EMPTY, f.nieuw or EMPTY) for f in changed.velden
            ]
        return rows

    def to_dict(self) -> dict:
        """Return the changes as the JSON object of ``keuzehulp diff --format json``."""
        return {
            "oud": self.oud,
            "nieuw": self.nieuw,
            "toegevoegd": [{"id": i.id, "naam": i.naam} for i in self.toegevoegd],
            "verwijderd": [{"id": i.id, "naam": i.naam} for i in self.verwijderd],
            "hernoemd": [{"id": i.id, "oud": i.oud, "nieuw": i.nieuw} for i in self.hernoemd],
            "gewijzigd": [
                {
                    "id": i.id,
                    "naam": i.naam,
                    "velden": [{"veld": f.veld, "oud": f.oud, "nieuw": f.nieuw} for f in i.velden],
                }
                for i in self.gewijzigd
            ],
        }


def diff_files(oud: str | Path, nieuw: str | Path) -> Wijzigingen:
    """Read both versions and return what changed; raise KeuzehulpError when either cannot be read at all.

    Fouten in a version do not stop the comparison (it compares what could be read); they are counted in ``fouten``.
    """
    return _between(read_version(oud), read_version(nieuw))


def changes_since(vorige: str | Path, loaded: Loaded) -> Wijzigingen:
    """Return what changed from the version at ``vorige`` to the ``loaded`` one, for ``build --vorige``.

    Raise KeuzehulpError, its message saying it is about the previous version, when ``vorige`` cannot be read.
    """
    try:
        old = read_version(vorige)
    except KeuzehulpError as exc:
        melding = f"De vorige versie (--vorige) is niet te gebruiken. {exc.problem.melding}"
        raise KeuzehulpError(replace(exc.problem, melding=melding)) from None
    return _between(old, loaded)


def _between(old: Loaded, new: Loaded) -> Wijzigingen:
    assert old.matrix is not None and new.matrix is not None, "read_version and build refuse a file without one"
    changes = compare(old.matrix.instrumenten, new.matrix.instrumenten, old.report.bestand, new.report.bestand)
    changes.fouten = {v.report.bestand: len(v.report.fouten) for v in (old, new) if v.report.fouten}
    return changes


def read_version(path: str | Path) -> Loaded:
    """Return the loaded version at ``path``; raise KeuzehulpError with the reason when it cannot be read."""
    loaded = load(path)
    if loaded.matrix is None:
        raise KeuzehulpError(loaded.report.fouten[0])
    return loaded


def compare(
    oud: list[Instrument], nieuw: list[Instrument], oud_naam: str, nieuw_naam: str, taxonomy: Taxonomy | None = None
) -> Wijzigingen:
    """Return the changes from the instruments ``oud`` to ``nieuw``; lists follow the order of the rows."""
    compared = content_fields(taxonomy or load_taxonomy())
    old_by_id = {i.id: i for i in oud}
    new_ids = {i.id for i in nieuw}
    removed = [i for i in oud if i.id not in new_ids]
    added = [i for i in nieuw if i.id not in old_by_id]
    renamed = dict(rename_pairs(removed, added, compared))  # new instrument id -> old instrument
    changes = Wijzigingen(oud_naam, nieuw_naam)
    renamed_ids = {old.id for old in renamed.values()}
    changes.verwijderd = [Named(i.id, i.naam) for i in removed if i.id not in renamed_ids]
    for instrument in nieuw:
        before = old_by_id.get(instrument.id) or renamed.get(instrument.id)
        if before is None:
            changes.toegevoegd.append(Named(instrument.id, instrument.naam))
            continue
        if before.naam != instrument.naam:
            changes.hernoemd.append(Renamed(instrument.id, before.naam, instrument.naam))
        velden = field_changes(before, instrument, compared)
        if velden:
            changes.gewijzigd.append(Changed(instrument.id, instrument.naam, velden))
    return changes


def content_fields(taxonomy: Taxonomy) -> list[Field]:
    """Return one field per compared attribute, in format order: every field but the name.

    Fields that fill the same attribute (Totale duur and Eenheid duur) are compared once, under the first label.
    """
    by_attribute: dict[str, Field] = {}
    for f in taxonomy.fields:
        if f.attribute not in NOT_CONTENT:
            by_attribute.setdefault(f.attribute, f)
    return list(by_attribute.values())


def field_changes(before: Instrument, after: Instrument, compared: list[Field]) -> list[FieldChange]:
    """Return the fields whose value differs between ``before`` and ``after``, as text."""
    return [
        FieldChange(f.label, value_text(before, f), value_text(after, f))
        for f in compared
        if getattr(before, f.attribute) != getattr(after, f.attribute)
    ]


def rename_pairs(removed: list[Instrument], added: list[Instrument], compared: list[Field]) -> Iterator[tuple]:
    """Yield (new id, old instrument) for each added instrument that is a removed one under a new name.

    Candidates need the same aanbieder and :data:`RENAME_SHARE` equal fields; the most similar pairs are taken
    first (ties in row order), and each instrument is used once.
    """
    old_contents = [content(instrument, compared) for instrument in removed]
    postings: dict[tuple, list[int]] = {}
    for position, (_, values) in enumerate(old_contents):
        for value in values:
            postings.setdefault(value, []).append(position)
    candidates = []
    for new_position, new in enumerate(added):
        new_content = content(new, compared)
        for old_position in sorted(_sharing(new_content[1], postings)):
            old = removed[old_position]
            share = similarity(old_contents[old_position], new_content)
            if share >= RENAME_SHARE and _provider(old) == _provider(new):
                candidates.append((-share, new_position, old_position, new, old))
    used_old: set[int] = set()
    used_new: set[int] = set()
    for _, new_position, old_position, new, old in sorted(candidates, key=lambda c: c[:3]):
        if new_position not in used_new and old_position not in used_old:
            used_new.add(new_position)
            used_old.add(old_position)
            yield new.id, old


def _sharing(values: frozenset, postings: dict[tuple, list[int]]) -> set[int]:
    """Return the old instruments that could share :data:`RENAME_SHARE` of ``values`` (a superset, never fewer).

    To be similar enough, an old instrument has at least ``t`` of these values, so it misses at most
    ``len(values) - t``: it must have one of any ``len(values) - t + 1`` of them. Taking the rarest keeps this fast.
    """
    if not values:
        return set()
    least = max(1, int(len(values) * RENAME_SHARE))
    rarest = sorted(values, key=lambda value: len(postings.get(value, ())))[: len(values) - least + 1]
    return {position for value in rarest for position in postings.get(value, ())}


def content(instrument: Instrument, compared: list[Field]) -> tuple[frozenset, frozenset]:
    """Return which of the ``compared`` fields ``instrument`` fills, and those fields with their values (hashable)."""
    values = [(position, _hashable(getattr(instrument, f.attribute))) for position, f in enumerate(compared)]
    filled = [(position, value) for position, value in values if _filled(value)]
    return frozenset(position for position, _ in filled), frozenset(filled)


def similarity(old: tuple[frozenset, frozenset], new: tuple[frozenset, frozenset]) -> float:
    """Return the share of the fields filled in either :func:`content` that are equal in both (0 when none is)."""
    filled = len(old[0] | new[0])
    return len(old[1] & new[1]) / filled if filled else 0.0


def _hashable(value: object) -> object:
    """Return ``value`` as something hashable that is equal exactly when the values are (lists and records)."""
    if isinstance(value, _PLAIN):
        return value
    if isinstance(value, list):
        return tuple(item if isinstance(item, _PLAIN) else _hashable(item) for item in value)
    return (type(value).__name__, *(_hashable(item) for item in record(value).values()))


def _filled(value: object) -> bool:
    return value is not None and value != [] and value != () and value != ""


def _provider(instrument: Instrument) -> str:
    return (instrument.aanbieder or "").casefold()


def value_text(instrument: Instrument, f: Field) -> str | None:
    """Return the value of field ``f`` as a person reads it ("3 maanden", "€ 1.250"), or None when empty."""
    value = getattr(instrument, f.attribute)
    if not _filled(value):
        return None
    by_kind = {
        kinds.DURATION: lambda: value.tekst(),
        kinds.DURATION_UNIT: lambda: value.tekst(),
        kinds.HOURS: lambda: f"{format_number(value)} uur per week",
        kinds.EUROS: lambda: euro_text(value),
        kinds.GROUP: lambda: joined(value, SEPARATORS[kinds.GROUP]),
        kinds.CONTACTS: lambda: contacts_text(instrument),
        kinds.LOCATIONS: lambda: locations_text(instrument),
        kinds.LINKS: lambda: content_text(instrument),
    }
    return by_kind[f.kind]() if f.kind in by_kind else plain_text(value)


def plain_text(value: object) -> str:
    """Return a text, number, date or list of them as text; a list is joined with "; "."""
    if isinstance(value, list):
        return "; ".join(plain_text(item) for item in value)
    if isinstance(value, int | float) and not isinstance(value, bool):
        return format_number(value)
    return str(value)


def euro_text(amount: float) -> str:
    """Return an amount as Dutch money: "€ 1.250", "€ 1.250,50"."""
    if float(amount).is_integer():
        return f"€ {format_number(amount)}"
    return "€ " + f"{amount:,.2f}".replace(",", "_").replace(".", ",").replace("_", ".")


# --- The three formats of ``keuzehulp diff`` ---


def text_lines(changes: Wijzigingen) -> list[str]:
    """Return the Dutch text report, one line per item; values of several lines are indented under their label."""
    lines = [f"Wijzigingen van {changes.oud} naar {changes.nieuw}"]
    lines += [f"Let op: {note}" for note in changes.notes()]
    lines += ["", changes.summary()]
    for title, items in _sections(changes):
        lines += ["", title]
        lines += [f"  {item}" for item in items]
    return lines


def _sections(changes: Wijzigingen) -> list[tuple[str, list[str]]]:
    sections = [
        (f"Toegevoegd ({len(changes.toegevoegd)})", [_named(i) for i in changes.toegevoegd]),
        (f"Verwijderd ({len(changes.verwijderd)})", [_named(i) for i in changes.verwijderd]),
        (
            f"Hernoemd ({len(changes.hernoemd)})",
            [f"{_name(i.oud)} → {_name(i.nieuw)} (id {i.id})" for i in changes.hernoemd],
        ),
    ]
    changed_lines = []
    for changed in changes.gewijzigd:
        changed_lines.append(_named(changed))
        for change in changed.velden:
            changed_lines.append(f"  {change.veld}")
            changed_lines += _labelled("    oud:   ", change.oud)
            changed_lines += _labelled("    nieuw: ", change.nieuw)
    sections.append((f"Gewijzigd ({len(changes.gewijzigd)})", changed_lines))
    return [(title, items) for title, items in sections if items]


def _labelled(label: str, value: str | None) -> list[str]:
    first, *rest = (value or EMPTY).split("\n")
    return [label + first, *(" " * len(label) + line for line in rest)]


def _named(item: Named | Changed) -> str:
    return f"{_name(item.naam)} (id {item.id})"


def _name(naam: str | None) -> str:
    """Return a name on one line (a line break in a name would break a list), or "zonder naam"."""
    return " ".join((naam or "").split()) or "zonder naam"


def markdown_lines(changes: Wijzigingen) -> list[str]:
    """Return the changes as Markdown for an approval mail: a heading, the counts, a list per kind of change.

    Spreadsheet text is escaped, so a name with ``*`` or ``#`` is shown as typed and never becomes markup.
    """
    lines = ["# Wijzigingen in de keuzematrix", ""]
    lines.append(f"Van {markdown_text(changes.oud)} naar {markdown_text(changes.nieuw)}.")
    lines.append("")
    for note in changes.notes(markdown_text):
        lines += [f"> **Let op:** {note}", ""]
    lines += ["| Wijziging | Aantal |", "| --- | ---: |"]
    lines += [f"| {kind} | {number} |" for kind, number in changes.counts()]
    for title, items in (
        ("Toegevoegd", [_markdown_name(i.naam) for i in changes.toegevoegd]),
        ("Verwijderd", [_markdown_name(i.naam) for i in changes.verwijderd]),
        (
            "Hernoemd",
            [f"{_markdown_name(i.oud)} → **{_markdown_name(i.nieuw)}**" for i in changes.hernoemd],
        ),
    ):
        if items:
            lines += ["", f"## {title} ({len(items)})", ""]
            lines += [f"- {item}" for item in items]
    if changes.gewijzigd:
        lines += ["", f"## Gewijzigd ({len(changes.gewijzigd)})"]
        for changed in changes.gewijzigd:
            lines += ["", f"### {_markdown_name(changed.naam)}", ""]
            for change in changed.velden:
                lines.append(f"- **{markdown_text(change.veld)}**")
                lines += _markdown_value("  - oud: ", change.oud)
                lines += _markdown_value("  - nieuw: ", change.nieuw)
    return lines


def _markdown_name(naam: str | None) -> str:
    return markdown_text(_name(naam))


def _markdown_value(label: str, value: str | None) -> list[str]:
    """Return a value as list-item lines; lines after the first end the one before with a hard line break."""
    if value is None:
        return [f"{label}_{EMPTY}_"]
    first, *rest = (markdown_text(line.strip()) for line in value.split("\n"))
    indent = " " * 4
    return [
        label + first + ("\\" if rest else ""),
        *(f"{indent}{line}\\" for line in rest[:-1]),
        *(f"{indent}{line}" for line in rest[-1:]),
    ]


def markdown_text(text: str) -> str:
    """Return ``text`` with everything Markdown could read as markup escaped (``*`` -> ``\\*``)."""
    escaped = _MARKDOWN_INLINE.sub(r"\\\1", text)
    return _MARKDOWN_LINE_START.sub(lambda m: f"{m[1]}{m[2][:-1]}\\{m[2][-1]}", escaped)


def json_text(changes: Wijzigingen) -> str:
    """Return the JSON document of ``keuzehulp diff --format json``."""
    return json.dumps(changes.to_dict(), ensure_ascii=False, indent=2)
