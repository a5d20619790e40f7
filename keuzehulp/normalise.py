"""Normalise stage: turn the rows of the instrument sheet into :class:`~keuzehulp.model.Instrument`s.

What is read but not understood is kept verbatim (in the matching ``toelichting_*`` field, or in
``aanvullende_informatie`` where a field has no toelichting) and reported, never dropped.
"""

from __future__ import annotations

import hashlib
import re
import unicodedata
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from . import values
from .fields import (
    CONTACTS,
    DURATION,
    DURATION_UNIT,
    EUROS,
    GENERAL_NOTE,
    GROUP,
    HOURS,
    ITEMS,
    LABELS,
    LINKS,
    LOCATIONS,
    TEXT,
    Field,
)
from .header import Column, Layout, text_of
from .model import Bron, Instellingen, Instrument
from .problems import Problem, problem
from .reader import Sheet
from .taxonomy import Taxonomy, WerkzaakCode

LABEL_GROUP_CODE = {
    "tegels": "tegel-onbekend",
    "klantkenmerken": "klantkenmerk-onbekend",
    "uitvoeringsvormen": "uitvoeringsvorm-onbekend",
}


@dataclass
class Entry:
    """One instrument with where its values came from, for messages that name a cell."""

    instrument: Instrument
    row: int
    sheet: str
    columns: dict[str, Column] = field(default_factory=dict)  # field key -> column
    hidden: bool = False
    unreadable: set[str] = field(default_factory=set)  # groups with a label that was not understood

    def where(self, key: str | None = None, column: Column | None = None) -> dict:
        """Return the position keywords of a problem about field ``key`` (or ``column``) in this row."""
        column = column or (self.columns.get(key) if key else None)
        return {
            "blad": self.sheet,
            "rij": self.row,
            "kolom": column.name if column else None,
            "cel": f"{column.letter}{self.row}" if column else None,
            "naam": self.instrument.naam or "zonder naam",
        }


def slug(text: str) -> str:
    """Return a URL-safe id for ``text``: "Re-integratie Plus" -> "re-integratie-plus" (never with "--")."""
    ascii_text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()
    return re.sub(r"[^a-z0-9]+", "-", ascii_text.lower()).strip("-") or "instrument"


def assign_ids(instruments: list[Instrument]) -> None:
    """Give every instrument a unique id that stays the same when rows move.

    The id is the slug of the name ("rij-7" without a name). When names share a slug ("Coaching", "Coaching!"),
    the name that sorts first (as typed, then by organisation) keeps the plain slug and each other one gets "--"
    and six hex digits of a hash of its organisation and name as typed; a slug never holds "--", so these cannot
    meet a plain slug. Only rows without a name and exact duplicates (both fouten) depend on their order.
    """
    groups: dict[str, list[Instrument]] = {}
    for instrument in instruments:
        base = slug(instrument.naam) if instrument.naam else f"rij-{instrument.bron.rij}"
        groups.setdefault(base, []).append(instrument)
    used: set[str] = set()
    for base, members in groups.items():
        first, *others = sorted(members, key=lambda i: (not i.naam, i.naam or "", i.organisatie or ""))
        first.id = base
        used.add(base)
        for instrument in others:
            typed = f"{instrument.organisatie or ''}\n{instrument.naam or ''}"
            candidate = f"{base}--{hashlib.sha256(typed.encode()).hexdigest()[:6]}"
            number = 1
            while (instrument_id := candidate if number == 1 else f"{candidate}-{number}") in used:
                number += 1
            instrument.id = instrument_id
            used.add(instrument_id)


RowsReader = Callable[[Sheet, Layout, Taxonomy, Instellingen, range], tuple[list["Entry"], list[Problem]]]


def normalise(
    sheet: Sheet, layout: Layout, taxonomy: Taxonomy, settings: Instellingen, rows_reader: RowsReader | None = None
) -> tuple[list[Entry], list[Problem]]:
    """Return the instruments in the rows of ``sheet`` below the header, and the problems met.

    ``rows_reader`` reads the rows (:func:`read_rows` unless given: the pipeline reads large sheets in two processes).
    """
    problems: list[Problem] = list(_column_problems(sheet, layout))
    numbers = range(layout.header_row + 1, len(sheet.rows) + 1)
    entries, found = (rows_reader or read_rows)(sheet, layout, taxonomy, settings, numbers)
    problems.extend(found)
    assign_ids([entry.instrument for entry in entries])
    assign_codes([entry.instrument for entry in entries], taxonomy)
    return entries, problems


def read_rows(
    sheet: Sheet, layout: Layout, taxonomy: Taxonomy, settings: Instellingen, numbers: range
) -> tuple[list[Entry], list[Problem]]:
    """Return the instruments in the rows ``numbers`` (1-based) of ``sheet``, without ids, and the problems met."""
    problems: list[Problem] = []
    entries: list[Entry] = []
    used = [c for c in layout.columns if (c.known and not c.duplicate_of) or (c.duplicate_of and c.label)]
    for number in numbers:
        cells = sheet.rows[number - 1]
        if _is_empty(cells):
            continue
        entry = Entry(Instrument(id="", naam=None), number, sheet.name, hidden=number in sheet.hidden_rows)
        _RowReader(entry, taxonomy, problems).read(cells, used)
        instrument = entry.instrument
        if instrument.organisatie is None:
            instrument.organisatie = settings.organisatie
        instrument.bron = Bron(sheet.name, number)
        if entry.hidden:
            problems.append(problem("rij-verborgen", **entry.where()))
        entries.append(entry)
    return entries, problems


def assign_codes(instruments: list[Instrument], taxonomy: Taxonomy) -> None:
    """Give every instrument the Eva codes of its tegels, klantkenmerken, uitvoeringsvormen and doelgroepen."""
    for instrument in instruments:
        instrument.tegel_codes = taxonomy.eva_codes("tegels", instrument.tegels)
        instrument.klantkenmerk_codes = taxonomy.eva_codes("klantkenmerken", instrument.klantkenmerken)
        instrument.uitvoeringsvorm_codes = taxonomy.eva_codes("uitvoeringsvormen", instrument.uitvoeringsvormen)
        instrument.doelgroep_codes = taxonomy.eva_codes("doelgroepen", instrument.doelgroepen)


def _is_empty(cells: list[object]) -> bool:
    for value in cells:
        if value is None or value == "" or (isinstance(value, str) and not value.strip()):
            continue
        return False
    return True


def _column_problems(sheet: Sheet, layout: Layout):
    data_rows = sheet.rows[layout.header_row :]
    for column in layout.columns:
        where: dict[str, Any] = {
            "blad": sheet.name,
            "rij": layout.header_row,
            "cel": f"{column.letter}{layout.header_row}",
        }
        if column.duplicate_of:
            gevolg = (
                "de markeringen tellen allebei mee" if column.label else "de waarden in deze kolom worden niet gebruikt"
            )
            yield problem(
                "kolom-dubbel",
                kolom=column.name,
                letter=column.letter,
                eerder=column.duplicate_of.letter,
                gevolg=gevolg,
                **where,
            )
        elif column.known:
            continue
        elif column.header:
            yield problem("kolom-onbekend", kolom=column.name, letter=column.letter, **where)
        elif any(len(r) >= column.index and text_of(r[column.index - 1]) for r in data_rows):
            yield problem("kolom-zonder-kop", kolom=column.letter, letter=column.letter, **where)


class _RowReader:
    """Reads one row into its entry; collects what it did not understand for the end of the row."""

    def __init__(self, entry: Entry, taxonomy: Taxonomy, problems: list[Problem]):
        self.entry = entry
        self.instrument = entry.instrument
        self.taxonomy = taxonomy
        self.problems = problems
        self.kept: dict[str, list[str]] = {}  # field -> verbatim texts to append
        self.pending: list[Callable[[], Problem]] = []  # problems that need the name, known only after the row
        self.labels: dict[str, set[str]] = {"tegels": set(), "klantkenmerken": set(), "uitvoeringsvormen": set()}
        self.werkzaak: set[str] = set()  # the Werkzaak codes met in this row, kept beside their klantkenmerken

    def read(self, cells: list[object], columns: list[Column]) -> None:
        raw: dict[str, tuple[object, Column, Field]] = {}
        width = len(cells)
        for column in columns:
            value = cells[column.index - 1] if column.index <= width else ""
            if column.field:
                self.entry.columns[column.field.key] = column
                raw[column.field.key] = (value, column, column.field)
            elif value != "" and value is not None:
                self._mark(value, column)
        self._fill(raw)
        for group, found in self.labels.items():
            setattr(self.instrument, group, self.taxonomy.order(group, found))
        order = {code.code: n for n, code in enumerate(self.taxonomy.werkzaak)}
        self.instrument.werkzaak_kenmerken = sorted(self.werkzaak, key=order.__getitem__)
        for key, texts in self.kept.items():
            current = getattr(self.instrument, key)
            setattr(self.instrument, key, "\n".join([*([current] if current else []), *texts]))
        self.problems.extend(p() for p in self.pending)

    def _later(self, code: str, key: str | None = None, column: Column | None = None, **params: Any) -> None:
        # Messages name the instrument, and its name may stand in a later column: render at the end.
        entry = self.entry  # not self: a closure over the reader would make a reference cycle per row
        self.pending.append(lambda: problem(code, **entry.where(key, column), **params))

    def _keep(self, key: str, text: str) -> None:
        self.kept.setdefault(key, []).append(text)

    def _mark(self, value: object, column: Column) -> None:
        text = text_of(value)
        key = text.casefold()
        mark = value is True or (value is not False and key in self.taxonomy.marks_yes)
        if not mark and (value is False or key in self.taxonomy.marks_no):
            return
        if not mark:
            self._keep(GENERAL_NOTE, f"{column.name}: {text}")
            self._later("markering-onbekend", column=column, waarde=text)
            return
        if column.werkzaak:
            self.labels["klantkenmerken"].update(column.werkzaak.klantkenmerken)
            self.werkzaak.add(column.werkzaak.code)
        elif column.group and column.label:
            self.labels[column.group].add(column.label)

    def _fill(self, raw: dict[str, tuple[object, Column, Field]]) -> None:
        by_kind = {f.kind: value for value, _, f in raw.values()}
        for value, column, f in raw.values():
            if f.kind == TEXT:
                setattr(self.instrument, f.attribute, values.date_text(value) if value != "" else None)
                continue
            text = text_of(value)
            if f.kind == DURATION_UNIT and text_of(by_kind.get(DURATION)):
                continue  # read together with Totale duur
            if text or isinstance(value, (int, float)):
                _PARSERS[f.kind](self, f, value, text, column, by_kind)

    def _read_labels(self, f: Field, value: object, text: str, column: Column, by_kind: dict) -> None:
        self._labels(f.key, text, column)

    def _read_items(self, f: Field, value: object, text: str, column: Column, by_kind: dict) -> None:
        items = values.split_list(text)
        if f.eva_list == "doelgroepen":
            items = self._doelgroepen(items, column)
        setattr(self.instrument, f.attribute, items)

    def _doelgroepen(self, items: list[str], column: Column) -> list[str]:
        """Return the doelgroepen as Eva describes them; an unknown one stays as typed, "Algemeen" means none."""
        found: list[str] = []
        for item in items:
            term = self.taxonomy.doelgroep(item)
            if self.taxonomy.means_everyone(item):
                self._later("doelgroep-algemeen", column=column, waarde=item)
                continue
            if term is None:
                self._later("doelgroep-onbekend", column=column, waarde=item)
            label = term.label if term else item
            if label not in found:
                found.append(label)
        return found

    def _read_duration(self, f: Field, value: object, text: str, column: Column, by_kind: dict) -> None:
        self._duur(value, by_kind.get(DURATION_UNIT, ""), column, f.keep_in)

    def _read_unit(self, f: Field, value: object, text: str, column: Column, by_kind: dict) -> None:
        self._not_understood(text, column, f.keep_in)  # a unit without a number

    def _read_hours(self, f: Field, value: object, text: str, column: Column, by_kind: dict) -> None:
        self._number(values.intensiteit(value), f.attribute, text, column, f.keep_in)

    def _read_euros(self, f: Field, value: object, text: str, column: Column, by_kind: dict) -> None:
        self._number(values.kosten(value), f.attribute, text, column, f.keep_in)

    def _read_group(self, f: Field, value: object, text: str, column: Column, by_kind: dict) -> None:
        found = values.groep_individueel(text, self.taxonomy)
        if found is None:
            self._not_understood(text, column, f.keep_in, prefix=f.note is None)
        else:
            self.instrument.groep_individueel = found

    def _read_contacts(self, f: Field, value: object, text: str, column: Column, by_kind: dict) -> None:
        self._contacts(text, column)

    def _read_locations(self, f: Field, value: object, text: str, column: Column, by_kind: dict) -> None:
        self._locations(text, column)

    def _read_links(self, f: Field, value: object, text: str, column: Column, by_kind: dict) -> None:
        self._links(text, column)

    def _not_understood(self, text: str, column: Column, keep_in: str, prefix: bool = False) -> None:
        self._keep(keep_in, f"{column.name}: {text}" if prefix else text)
        label = self.taxonomy.field_by_key(keep_in).label
        self._later("waarde-niet-begrepen", column=column, waarde=text, bewaard=label)

    def _duur(self, value: object, unit: object, column: Column, keep_in: str) -> None:
        parsed = values.duur(value, unit, self.taxonomy)
        if parsed is None:
            shown = " ".join(t for t in (text_of(value), text_of(unit)) if t)
            self._not_understood(shown, column, keep_in)
        elif parsed.aantal < 0:
            self._later("waarde-negatief", column=column, waarde=parsed.tekst())
            self.instrument.duur = parsed
        else:
            self.instrument.duur = parsed

    def _number(self, parsed: float | None, attr: str, text: str, column: Column, keep_in: str) -> None:
        if parsed is None:
            self._not_understood(text, column, keep_in)
            return
        if parsed < 0:
            self._later("waarde-negatief", column=column, waarde=text)
        setattr(self.instrument, attr, parsed)

    def _labels(self, key: str, text: str, column: Column) -> None:
        group = "klantkenmerken" if key == "werkzaak_kenmerken" else key
        werkzaak_first = key == "werkzaak_kenmerken"

        def known(piece: str) -> tuple[str, ...]:
            return self._resolve(group, piece, werkzaak_first) or self.taxonomy.migration(group, piece)

        for piece in _label_pieces(text, known):
            resolved = self._resolve(group, piece, werkzaak_first)
            if code := self._werkzaak_code(group, piece, werkzaak_first):
                self.werkzaak.add(code.code)
            migrated = self.taxonomy.migration(group, piece)
            if resolved or len(migrated) == 1:
                self.labels[group].update(resolved or migrated)
                if not resolved:
                    self._later("label-omgezet", column=column, waarde=piece, label=migrated[0])
                continue
            if migrated:
                self._keep("aanvullende_informatie", f"{column.name}: {piece}")
                self._later("label-dubbelzinnig", column=column, waarde=piece, labels=" of ".join(migrated))
                continue
            self.entry.unreadable.add(key if key != "werkzaak_kenmerken" else group)
            hint = self.taxonomy.suggestion(group, piece)
            suggestie = f" Bedoelde u '{hint}'?" if hint else ""
            self._later(LABEL_GROUP_CODE[group], column=column, waarde=piece, suggestie=suggestie)

    def _resolve(self, group: str, text: str, werkzaak_first: bool = False) -> tuple[str, ...]:
        if code := self._werkzaak_code(group, text, werkzaak_first):
            return code.klantkenmerken
        label = self.taxonomy.canonical(group, text)
        return (label,) if label else ()

    def _werkzaak_code(self, group: str, text: str, werkzaak_first: bool) -> WerkzaakCode | None:
        """Return the Werkzaak kenmerk ``text`` names, unless it is (also) an Eva klantkenmerk read as one."""
        if group != "klantkenmerken":
            return None
        code = self.taxonomy.werkzaak_code(text)
        if code and (werkzaak_first or not self.taxonomy.canonical(group, text)):
            return code
        return None

    def _contacts(self, text: str, column: Column) -> None:
        for line in values.lines(text):
            parsed = values.contactpersoon(line, self.taxonomy)
            if parsed.unclear:
                self._later("contact-onduidelijk", column=column, waarde=line, reden=parsed.unclear)
                self.instrument.contactpersonen.append(parsed.contact)
                continue
            if parsed.bad_email:
                self._later("email-ongeldig", column=column, waarde=parsed.bad_email)
            if not parsed.soort_known:
                self._later("contact-soort-onbekend", column=column, waarde=line)
            self.instrument.contactpersonen.append(parsed.contact)

    def _locations(self, text: str, column: Column) -> None:
        for line in values.lines(text):
            parsed = values.locatie(line, self.taxonomy)
            if parsed.unknown_type:
                types = ", ".join(self.taxonomy.location_types)
                self._later("locatietype-onbekend", column=column, waarde=parsed.unknown_type, typen=types)
            self.instrument.locaties.append(parsed.locatie)

    def _links(self, text: str, column: Column) -> None:
        refused = False
        for line in values.lines(text):
            parsed = values.inhoud(line)
            if parsed.inhoud is None:
                self._not_understood(line, column, GENERAL_NOTE, prefix=True)
            elif not parsed.scheme_allowed:
                refused = True
                self._later("link-schema-ongeldig", column=column, waarde=parsed.inhoud.url)
            else:
                self.instrument.aanvullende_inhoud.append(parsed.inhoud)
        if not refused and values.refused_link(text):  # split over lines: "java" and "script:..."
            self._later("link-schema-ongeldig", column=column, waarde=text.strip())


def _label_pieces(text: str, resolve) -> list[str]:
    """Return the labels in a list cell: split on new lines and ``;``, then on commas unless a label has one."""
    pieces: list[str] = []
    for part in re.split(r"\s*[\r\n;]+\s*", text.strip()):
        if not part:
            continue
        if resolve(part):
            pieces.append(part)
            continue
        commas = [p.strip() for p in part.split(",")]
        start = 0
        while start < len(commas):
            for end in range(len(commas), start, -1):
                candidate = ", ".join(commas[start:end])
                if end == start + 1 or resolve(candidate):
                    if candidate:
                        pieces.append(candidate)
                    start = end
                    break
    return pieces


# How each kind of field (see keuzehulp.fields) is read; text fields are set directly.
_PARSERS = {
    LABELS: _RowReader._read_labels,
    ITEMS: _RowReader._read_items,
    DURATION: _RowReader._read_duration,
    DURATION_UNIT: _RowReader._read_unit,
    HOURS: _RowReader._read_hours,
    EUROS: _RowReader._read_euros,
    GROUP: _RowReader._read_group,
    CONTACTS: _RowReader._read_contacts,
    LOCATIONS: _RowReader._read_locations,
    LINKS: _RowReader._read_links,
}
