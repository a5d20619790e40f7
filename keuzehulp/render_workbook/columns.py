"""The columns of the Instrumenten sheet after the marks, and how a field's value becomes a cell.

Which fields are columns, in which group and order, with which header, width and cell kind, is in the field
registry (``keuzehulp.fields``, the ``werkmap`` of each field in the taxonomy data file); here are only the
formatters a field needs beyond its kind and the columns that are no field of the format.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from operator import attrgetter

from .. import freshness, values
from ..fields import (
    CONTACTS,
    DURATION,
    GROUP,
    ITEMS,
    LABELS,
    LINKS,
    LOCATIONS,
    NAME_GROUP,
    Field,
    WorkbookColumn,
    workbook_columns,
)
from ..model import Instrument
from ..taxonomy import load_taxonomy
from ..values import is_safe_url

MAX_URL = 2079  # the longest address Excel accepts in a hyperlink
CellValue = str | float | None


@dataclass(frozen=True)
class FieldColumn:
    """One column of the Instrumenten sheet after the marks, showing a field: its key, header, width, value, kind
    and, for a list, the separator between its items.

    Named apart from ``header.Column`` (a column of the input sheet), ``sjabloon.TemplateColumn`` and
    ``migrate.ExtraColumn``.
    """

    key: str  # the field's key; a column that is no field has a key of its own ("duur_in_dagen")
    header: str
    width: float
    value: Callable[[Instrument], CellValue]
    kind: str  # one of keuzehulp.fields.CELL_KINDS
    separator: str | None = None  # what a list column joins its items with; a filter on Zoeken looks between them


def joined(items: list[str], separator: str) -> str | None:
    return separator.join(items) or None


def contacts_text(instrument: Instrument, soort: str | None = None) -> str | None:
    """Return the contactpersonen as lines "intern: naam, telefoon, e-mail"; only those of ``soort`` if given.

    With ``soort`` the lines leave it out: "naam, telefoon, e-mail".
    """
    lines = []
    for contact in instrument.contactpersonen:
        if soort is not None and contact.soort != soort:
            continue
        details = ", ".join(part for part in (contact.naam, contact.telefoon, contact.email) if part)
        if soort is None:
            lines.append(f"{contact.soort}: {details}" if details else contact.soort)
        elif details:
            lines.append(details)
    return joined(lines, "\n")


def locations_text(instrument: Instrument) -> str | None:
    """Return the locaties as lines "naam (type), adres. beschrijving"."""
    lines = []
    for place in instrument.locaties:
        line = place.naam or ""
        if place.type:
            line = f"{line} ({place.type})" if line else place.type
        if place.adres:
            line = f"{line}, {place.adres}" if line else place.adres
        if place.beschrijving:
            line = f"{line}. {place.beschrijving}" if line else place.beschrijving
        lines.append(line)
    return joined([line for line in lines if line], "\n")


def content_text(instrument: Instrument) -> str | None:
    """Return the aanvullende inhoud as lines "titel: adres"."""
    lines = [f"{item.titel}: {item.url}" if item.titel else item.url for item in instrument.aanvullende_inhoud]
    return joined(lines, "\n")


def safe_url(url: str | None) -> str | None:
    """Return ``url`` when it may become a hyperlink (http, https, mailto), scheme in lower case; else None."""
    if url and len(url) <= MAX_URL and is_safe_url(url):
        scheme, rest = url.split(":", 1)
        # XlsxWriter knows mailto: only in lower case and cannot link tel: at all; the cell text keeps the address.
        return None if scheme.lower() == "tel" else f"{scheme.lower()}:{rest}"
    return None


def _shown_date(attribute: str) -> Callable[[Instrument], str | None]:
    """Return the value of a date field as the workbook shows it: a readable date as 1-10-2026, else as typed."""

    def value(instrument: Instrument) -> str | None:
        text = getattr(instrument, attribute)
        day = values.date(text)
        return freshness.dutch_date(day) if day else text

    return value


# What the cell of a list field joins its items with, by kind; the uitvoeringsvormen have their own. Filters on
# Zoeken and Overzicht look for a value between these, so they take them from the column (``FieldColumn.separator``).
SEPARATORS = {LABELS: "; ", ITEMS: "; ", GROUP: " en "}
OWN_SEPARATORS = {"uitvoeringsvormen": ", "}
# The fields whose cell is not what their kind makes of it: the beheer dates are written the Dutch way.
OWN_VALUES: dict[str, Callable[[Instrument], CellValue]] = {key: _shown_date(key) for key in freshness.DATE_FIELDS}
# Columns that are no field of the format, defined here only, each after the column of the field it is derived from.
DERIVED_COLUMNS: dict[str, tuple[FieldColumn, ...]] = {
    "duur": (
        FieldColumn(
            "duur_in_dagen", "Duur in dagen", 9, lambda i: round(i.duur.in_dagen(), 2) if i.duur else None, "number"
        ),
    ),
}


def separator_of(f: Field) -> str | None:
    """Return what the Instrumenten cell of field ``f`` joins its items with, or None when it is no list."""
    return OWN_SEPARATORS.get(f.key, SEPARATORS.get(f.kind))


def cell_value(f: Field) -> Callable[[Instrument], CellValue]:
    """Return what a cell of field ``f`` on Instrumenten shows of an instrument: by the field's kind, unless it has
    its own formatter in ``OWN_VALUES``. Lists are joined, a duur is written out, other kinds are shown as they are.
    """
    if f.key in OWN_VALUES:
        return OWN_VALUES[f.key]
    get = attrgetter(f.attribute)
    if (between := separator_of(f)) is not None:
        return lambda i: joined(get(i), between)
    if f.kind == DURATION:
        return lambda i: duur.tekst() if (duur := get(i)) else None
    whole = {CONTACTS: contacts_text, LOCATIONS: locations_text, LINKS: content_text}
    return whole.get(f.kind, get)


def field_column(f: Field, column: WorkbookColumn) -> FieldColumn:
    """Return the Instrumenten column of field ``f``, whose registry ``column`` it is."""
    return FieldColumn(f.key, column.header, column.width, cell_value(f), column.kind, separator_of(f))


def group_columns(fields: Sequence[Field], group: str) -> tuple[FieldColumn, ...]:
    """Return the Instrumenten columns of ``group`` (see ``keuzehulp.fields.WORKBOOK_GROUPS``): each field's column,
    followed by the columns derived from it."""
    found: list[FieldColumn] = []
    for f, column in workbook_columns(fields, group):
        found += (field_column(f, column), *DERIVED_COLUMNS.get(f.key, ()))
    return tuple(found)


def name_width() -> float:
    """Return the width of the first column of Instrumenten, the name: the only field of its group."""
    ((_, name),) = workbook_columns(load_taxonomy().fields, NAME_GROUP)
    return name.width
