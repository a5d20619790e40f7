"""The field registry: one record per field of the instrumentenformat, read from the taxonomy data file.

Per field: its key, header label and variants, whether it is required, its kind (which parser reads a cell),
the :class:`~keuzehulp.model.Instrument` attribute it fills, who may see it, its help text and width in the
sjabloon, and its column in the professional workbook. Reading (normalise), migrating, the sjabloon, the
settings and the cliënt view all take this knowledge from here, so that it is written down once.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Any

# Kinds: how a cell of a field is read.
TEXT = "tekst"
LABELS = "labels"  # taxonomy labels: tegels, klantkenmerken, uitvoeringsvormen, Werkzaak kenmerken
ITEMS = "opsomming"  # a list separated by ; or new lines
DURATION = "duur"
DURATION_UNIT = "duureenheid"
HOURS = "uren"
EUROS = "euro"
GROUP = "groep_individueel"
CONTACTS = "contactpersonen"
LOCATIONS = "locaties"
LINKS = "links"
KINDS = (TEXT, LABELS, ITEMS, DURATION, DURATION_UNIT, HOURS, EUROS, GROUP, CONTACTS, LOCATIONS, LINKS)

# Who sees a field on the cliënt site: always, shown unless switched off, hidden unless switched on, never.
ALWAYS, SHOWN, HIDDEN, NEVER = "altijd", "ja", "nee", "nooit"
VISIBILITIES = (ALWAYS, SHOWN, HIDDEN, NEVER)

# Where a value that is not understood is kept when a field has no toelichting of its own.
GENERAL_NOTE = "aanvullende_informatie"

# The groups of columns on the workbook's sheet Instrumenten, in sheet order: the name, the praktische kenmerken,
# the other fields, and the beheer columns that are there only when the keuzematrix fills them.
NAME_GROUP, PRACTICAL_GROUP, CONTENT_GROUP, MANAGEMENT_GROUP = "instrument", "praktisch", "inhoud", "beheer"
WORKBOOK_GROUPS = (NAME_GROUP, PRACTICAL_GROUP, CONTENT_GROUP, MANAGEMENT_GROUP)
# How a workbook column's cells are formatted: one line, wrapped, a number, an amount, wrapped with a hyperlink.
CELL_KINDS = ("text", "wrap", "number", "euro", "link")
NUMBER_KINDS = ("number", "euro")  # cell kinds that hold a number: always one line


@dataclass(frozen=True)
class ClientPart:
    """One entry of what a cliënt may see: a field, a part of one, or an attribute that has no column."""

    key: str  # key in the cliënt view and in Instellingen.client_velden
    label: str | None  # its name after "Toon aan cliënt: " on the Instellingen sheet
    client: str  # one of VISIBILITIES
    attribute: str  # the Instrument attribute it shows
    contact_kind: str | None = None  # only the contactpersonen of this soort

    @property
    def switchable(self) -> bool:
        """Return True when the organisation may switch this part on or off."""
        return self.client in (SHOWN, HIDDEN)

    def shown(self, switches: Mapping[str, bool]) -> bool:
        """Return True when a cliënt sees this part under ``switches``; a never-part stays hidden whatever they say."""
        if not self.switchable:
            return self.client == ALWAYS
        return switches.get(self.key, self.client == SHOWN)

    def value(self, data: Mapping[str, Any]) -> Any:
        """Return this part of an instrument's JSON object ``data``."""
        if self.contact_kind is None:
            return data[self.attribute]
        return [c for c in data[self.attribute] if c["soort"] == self.contact_kind]


@dataclass(frozen=True)
class WorkbookColumn:
    """The column of a field on the workbook's sheet Instrumenten."""

    header: str
    width: float
    group: str  # one of WORKBOOK_GROUPS
    position: int  # its place in the group, from 1
    kind: str  # one of CELL_KINDS


@dataclass(frozen=True)
class Field:
    """One column of the instrumentenformat."""

    key: str
    label: str
    required: bool
    client: str  # one of VISIBILITIES; a field with ``parts`` is shown through them
    variants: tuple[str, ...] = ()
    list_group: str | None = None
    kind: str = TEXT
    attribute: str = ""  # the Instrument attribute it fills; its key unless the data file says otherwise
    note: str | None = None  # the toelichting field that keeps what was not understood
    help: str = ""
    template_width: float | None = None
    workbook: WorkbookColumn | None = None
    parts: tuple[ClientPart, ...] = ()
    eva_list: str | None = None  # a list of Eva's that items of this field are recognised in (doelgroepen)

    @property
    def keep_in(self) -> str:
        """Return the field that keeps a value of this field that is not understood."""
        return self.note or GENERAL_NOTE

    @property
    def client_parts(self) -> tuple[ClientPart, ...]:
        """Return what of this field a cliënt may see: its parts, or the field as a whole."""
        return self.parts or (ClientPart(self.attribute, self.label, self.client, self.attribute),)


def field_from_data(entry: Mapping[str, Any]) -> Field:
    """Return the field an entry of ``velden`` in the taxonomy data file describes."""
    workbook = entry.get("werkmap")
    return Field(
        key=entry["sleutel"],
        label=entry["label"],
        required=entry["verplicht"],
        client=entry.get("client", NEVER),  # when in doubt, internal
        variants=tuple(entry["varianten"]),
        list_group=entry.get("lijst"),
        kind=entry["soort"],
        attribute=entry.get("attribuut", entry["sleutel"]),
        note=entry.get("toelichting"),
        help=entry.get("hulp", ""),
        template_width=entry.get("sjabloonbreedte"),
        workbook=(
            WorkbookColumn(workbook["kop"], workbook["breedte"], workbook["groep"], workbook["plaats"], workbook["cel"])
            if workbook
            else None
        ),
        parts=tuple(
            ClientPart(p["sleutel"], p["label"], p.get("client", NEVER), entry["sleutel"], p.get("contactsoort"))
            for p in entry.get("delen", ())
        ),
        eva_list=entry.get("eva_lijst"),
    )


def client_parts(fields: Sequence[Field], derived: Sequence[Mapping[str, Any]]) -> tuple[ClientPart, ...]:
    """Return every entry a cliënt view can have, in format order: the fields' parts, then ``derived`` attributes.

    Fields that fill the same attribute (Totale duur and Eenheid duur) give one entry, named by the first.
    """
    parts: dict[str, ClientPart] = {}
    for f in fields:
        for part in f.client_parts:
            parts.setdefault(part.key, part)
    for entry in derived:
        key = entry["sleutel"]
        parts.setdefault(key, ClientPart(key, None, entry.get("client", NEVER), key))
    return tuple(parts.values())


def workbook_columns(fields: Sequence[Field], group: str) -> tuple[tuple[Field, WorkbookColumn], ...]:
    """Return (field, its workbook column) for the fields of ``fields`` with a column in ``group``, in column order."""
    found = [(f, column) for f in fields if (column := f.workbook) and column.group == group]
    return tuple(sorted(found, key=lambda pair: pair[1].position))
