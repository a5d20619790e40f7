"""Normalise stage: turn the rows of the instrument sheet into :class:`~keuzehulp.model.Instrument`s.

What is read but not understood is kept verbatim (in the matching ``toelichting_*`` field, or in
``aanvullende_informatie`` where a field has no toelichting) and reported, never dropped.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field

from . import values
from .header import Column, Layout, text_of
from .model import Bron, Instellingen, Instrument
from .problems import Problem, problem
from .reader import Sheet
from .taxonomy import Taxonomy

TEXT_FIELDS = (
    "organisatie",
    "aanbieder",
    "naam",
    "samenvatting",
    "doel",
    "werkwijze",
    "onderscheidende_aanpak",
    "voorwaarden_deelname",
    "werkafspraken",
    "samenwerkingspartners",
    "toelichting_doelgroep",
    "aanvullende_informatie",
    "aanmeldinstructies",
    "toelichting_duur",
    "toelichting_intensiteit",
    "toelichting_kosten",
)
TEXT_KEYS = frozenset(TEXT_FIELDS)
LIST_FIELDS = ("doelgroepen", "registratiecodes", "beschikbare_gebieden")
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
    """Return a URL-safe id for ``text``: "Re-integratie Plus" -> "re-integratie-plus"."""
    ascii_text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()
    return re.sub(r"[^a-z0-9]+", "-", ascii_text.lower()).strip("-") or "instrument"


def normalise(
    sheet: Sheet, layout: Layout, taxonomy: Taxonomy, settings: Instellingen
) -> tuple[list[Entry], list[Problem]]:
    """Return the instruments in the rows of ``sheet`` below the header, and the problems met."""
    problems: list[Problem] = list(_column_problems(sheet, layout))
    entries: list[Entry] = []
    ids: dict[str, int] = {}
    used = [c for c in layout.columns if (c.known and not c.duplicate_of) or (c.duplicate_of and c.label)]
    for number in range(layout.header_row + 1, len(sheet.rows) + 1):
        cells = sheet.rows[number - 1]
        if _is_empty(cells):
            continue
        entry = Entry(Instrument(id="", naam=None), number, sheet.name, hidden=number in sheet.hidden_rows)
        _RowReader(entry, taxonomy, problems).read(cells, used)
        instrument = entry.instrument
        if instrument.organisatie is None:
            instrument.organisatie = settings.organisatie
        base = slug(instrument.naam) if instrument.naam else f"rij-{number}"
        ids[base] = ids.get(base, 0) + 1
        instrument.id = base if ids[base] == 1 else f"{base}-{ids[base]}"
        instrument.bron = Bron(sheet.name, number)
        if entry.hidden:
            problems.append(problem("rij-verborgen", **entry.where()))
        entries.append(entry)
    return entries, problems


def _is_empty(cells: list[object]) -> bool:
    for value in cells:
        if value is None or value == "" or (isinstance(value, str) and not value.strip()):
            continue
        return False
    return True


def _column_problems(sheet: Sheet, layout: Layout):
    data_rows = sheet.rows[layout.header_row :]
    for column in layout.columns:
        where = {"blad": sheet.name, "rij": layout.header_row, "cel": f"{column.letter}{layout.header_row}"}
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
        self.pending: list[Problem] = []  # problems that need the name, known only after the row
        self.labels: dict[str, set[str]] = {"tegels": set(), "klantkenmerken": set(), "uitvoeringsvormen": set()}

    def read(self, cells: list[object], columns: list[Column]) -> None:
        raw: dict[str, tuple[object, Column]] = {}
        width = len(cells)
        for column in columns:
            value = cells[column.index - 1] if column.index <= width else ""
            if column.field:
                self.entry.columns[column.field.key] = column
                raw[column.field.key] = (value, column)
            elif value != "" and value is not None:
                self._mark(value, column)
        for key in TEXT_FIELDS:
            if key in raw:
                setattr(self.instrument, key, values.date_text(raw[key][0]) if raw[key][0] != "" else None)
        self._fill(raw)
        for group, found in self.labels.items():
            setattr(self.instrument, group, self.taxonomy.order(group, found))
        for key, texts in self.kept.items():
            current = getattr(self.instrument, key)
            setattr(self.instrument, key, "\n".join([*([current] if current else []), *texts]))
        self.problems.extend(p() for p in self.pending)

    def _later(self, code: str, key: str | None = None, column: Column | None = None, **params: object) -> None:
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
            self._keep("aanvullende_informatie", f"{column.name}: {text}")
            self._later("markering-onbekend", column=column, waarde=text)
            return
        if column.werkzaak:
            self.labels["klantkenmerken"].update(column.werkzaak.klantkenmerken)
        else:
            self.labels[column.group].add(column.label)

    def _fill(self, raw: dict[str, tuple[object, Column]]) -> None:
        for key, (value, column) in raw.items():
            if key in TEXT_KEYS:
                continue
            text = text_of(value)
            if not text and not isinstance(value, (int, float)):
                continue
            if key in ("tegels", "klantkenmerken", "uitvoeringsvormen", "werkzaak_kenmerken"):
                self._labels(key, text, column)
            elif key in LIST_FIELDS:
                setattr(self.instrument, key, values.split_list(text))
            elif key == "duur":
                unit = raw.get("duur_eenheid", ("", None))[0]
                self._duur(value, unit, column)
            elif key == "duur_eenheid" and text_of(raw.get("duur", ("",))[0]) == "":
                self._not_understood(text, column, "toelichting_duur")
            elif key == "intensiteit":
                self._number(
                    values.intensiteit(value), "intensiteit_uur_per_week", text, column, "toelichting_intensiteit"
                )
            elif key == "kosten":
                self._number(values.kosten(value), "kosten_euro", text, column, "toelichting_kosten")
            elif key == "groep_individueel":
                found = values.groep_individueel(text, self.taxonomy)
                if found is None:
                    self._not_understood(text, column, "aanvullende_informatie", prefix=True)
                else:
                    self.instrument.groep_individueel = found
            elif key == "contactpersonen":
                self._contacts(text, column)
            elif key == "locaties":
                self.instrument.locaties = [values.locatie(line, self.taxonomy)[0] for line in values.lines(text)]
            elif key == "aanvullende_inhoud":
                self._links(text, column)

    def _not_understood(self, text: str, column: Column, keep_in: str, prefix: bool = False) -> None:
        self._keep(keep_in, f"{column.name}: {text}" if prefix else text)
        label = self.taxonomy.field_by_key(keep_in).label
        self._later("waarde-niet-begrepen", column=column, waarde=text, bewaard=label)

    def _duur(self, value: object, unit: object, column: Column) -> None:
        parsed = values.duur(value, unit, self.taxonomy)
        if parsed is None:
            shown = " ".join(t for t in (text_of(value), text_of(unit)) if t)
            self._not_understood(shown, column, "toelichting_duur")
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
        for piece in _label_pieces(text, lambda t: self._resolve(group, t, werkzaak_first=key == "werkzaak_kenmerken")):
            resolved = self._resolve(group, piece, werkzaak_first=key == "werkzaak_kenmerken")
            if resolved:
                self.labels[group].update(resolved)
                continue
            self.entry.unreadable.add(key if key != "werkzaak_kenmerken" else group)
            hint = self.taxonomy.suggestion(group, piece)
            suggestie = f" Bedoelde u '{hint}'?" if hint else ""
            self._later(LABEL_GROUP_CODE[group], column=column, waarde=piece, suggestie=suggestie)

    def _resolve(self, group: str, text: str, werkzaak_first: bool = False) -> tuple[str, ...]:
        label = self.taxonomy.canonical(group, text)
        code = self.taxonomy.werkzaak_code(text) if group == "klantkenmerken" else None
        if werkzaak_first and code:
            return code.klantkenmerken
        if label:
            return (label,)
        return code.klantkenmerken if code else ()

    def _contacts(self, text: str, column: Column) -> None:
        for line in values.lines(text):
            parsed = values.contactpersoon(line)
            if parsed.bad_email:
                self._later("email-ongeldig", column=column, waarde=parsed.bad_email)
            if not parsed.soort_known:
                self._later("contact-soort-onbekend", column=column, waarde=line)
            self.instrument.contactpersonen.append(parsed.contact)

    def _links(self, text: str, column: Column) -> None:
        for line in values.lines(text):
            parsed = values.inhoud(line)
            if parsed.inhoud is None:
                self._not_understood(line, column, "aanvullende_informatie", prefix=True)
            elif not parsed.scheme_allowed:
                self._later("link-schema-ongeldig", column=column, waarde=parsed.inhoud.url)
            else:
                self.instrument.aanvullende_inhoud.append(parsed.inhoud)


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
