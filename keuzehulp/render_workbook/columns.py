"""The columns of the Instrumenten sheet after the marks: which fields, their headers, widths and kinds."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from ..model import Instrument
from ..values import is_safe_url

MAX_URL = 2079  # the longest address Excel accepts in a hyperlink


@dataclass(frozen=True)
class FieldColumn:
    """One column of the Instrumenten sheet after the marks, showing a field: its header, width, value and kind.

    Named apart from ``header.Column`` (a column of the input sheet), ``sjabloon.TemplateColumn`` and
    ``migrate.ExtraColumn``.
    """

    header: str
    width: float
    value: Callable[[Instrument], str | float | None]
    kind: str = "wrap"  # text (one line), wrap, number, euro, link


def joined(items: list[str], separator: str = "; ") -> str | None:
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


def practical_columns() -> tuple[FieldColumn, ...]:
    """Return the praktische kenmerken columns of Instrumenten, in the order of issue 3."""
    return (
        FieldColumn("Uitvoeringsvorm", 20, lambda i: joined(i.uitvoeringsvormen, ", ")),
        FieldColumn("Groep/individueel", 13, lambda i: joined(i.groep_individueel, " en "), "text"),
        FieldColumn("Duur", 11, lambda i: i.duur.tekst() if i.duur else None, "text"),
        FieldColumn("Duur in dagen", 9, lambda i: round(i.duur.in_dagen(), 2) if i.duur else None, "number"),
        FieldColumn("Intensiteit (uur per week)", 11, lambda i: i.intensiteit_uur_per_week, "number"),
        FieldColumn("Totale kosten", 12, lambda i: i.kosten_euro, "euro"),
        FieldColumn("Aanbieder", 22, lambda i: i.aanbieder),
        FieldColumn("Locatie(s) uitvoering", 45, locations_text),
        FieldColumn("Doelgroepen", 20, lambda i: joined(i.doelgroepen)),
        FieldColumn("Beschikbare gebieden", 20, lambda i: joined(i.beschikbare_gebieden)),
        FieldColumn("Voorwaarden deelname", 32, lambda i: i.voorwaarden_deelname),
        FieldColumn("Aanmeldinstructies", 32, lambda i: i.aanmeldinstructies),
        FieldColumn("Contactpersonen", 34, contacts_text),
    )


def content_columns() -> tuple[FieldColumn, ...]:
    """Return the remaining fields, so that the table (and the Instrumentkaart) holds every field."""
    return (
        FieldColumn("Samenvatting", 45, lambda i: i.samenvatting),
        FieldColumn("Doel", 35, lambda i: i.doel),
        FieldColumn("Werkwijze", 45, lambda i: i.werkwijze),
        FieldColumn("Onderscheidende aanpak", 32, lambda i: i.onderscheidende_aanpak),
        FieldColumn("Samenwerkingspartners", 25, lambda i: i.samenwerkingspartners),
        FieldColumn("Toelichting doelgroep", 30, lambda i: i.toelichting_doelgroep),
        FieldColumn("Aanvullende informatie", 30, lambda i: i.aanvullende_informatie),
        FieldColumn("Toelichting duur", 25, lambda i: i.toelichting_duur),
        FieldColumn("Toelichting intensiteit", 25, lambda i: i.toelichting_intensiteit),
        FieldColumn("Toelichting kosten", 25, lambda i: i.toelichting_kosten),
        FieldColumn("Werkafspraken", 32, lambda i: i.werkafspraken),
        FieldColumn("Registratiecodes", 16, lambda i: joined(i.registratiecodes)),
        FieldColumn("Aanvullende inhoud", 40, content_text, "link"),
        FieldColumn("Organisatie", 22, lambda i: i.organisatie),
        FieldColumn("Werkzaak-kenmerken", 16, lambda i: joined(i.werkzaak_kenmerken), "text"),
    )
