"""Who sees which field (docs/website.md, "Wat cliënten zien, en wat nooit").

The professional workbook shows everything. The cliënt site shows what :func:`client_fields` allows. Who may
see what is written once, per field, in the taxonomy data file (see :mod:`keuzehulp.fields`): the organisation
may switch optional fields on or off, but the internal fields stay out whatever the settings say.
"""

from __future__ import annotations

from functools import cache

from .fields import SHOWN, ClientPart
from .freshness import published
from .model import Instellingen, Instrument, Keuzematrix
from .taxonomy import load_taxonomy

CLIENT_PARTS: tuple[ClientPart, ...] = load_taxonomy().client_parts
# key -> (name of its switch on the Instellingen sheet, shown to cliënten by default)
CLIENT_SWITCHES: dict[str, tuple[str, bool]] = {
    p.key: (p.label or p.key, p.client == SHOWN) for p in CLIENT_PARTS if p.switchable
}


def client_parts(settings: Instellingen) -> tuple[ClientPart, ...]:
    """Return the parts of an instrument a cliënt may see under ``settings``, in a stable order."""
    return _shown_parts(tuple(settings.client_velden.items()))


@cache
def _shown_parts(switches: tuple[tuple[str, bool], ...]) -> tuple[ClientPart, ...]:
    # Cached: the cliënt view of every instrument asks again, with the same switches.
    given = dict(switches)
    return tuple(part for part in CLIENT_PARTS if part.shown(given))


def client_fields(settings: Instellingen) -> list[str]:
    """Return the keys of what a cliënt may see of an instrument under ``settings``, in a stable order."""
    return [part.key for part in client_parts(settings)]


def client_instruments(matrix: Keuzematrix) -> list[Instrument]:
    """Return the instruments a cliënt may see: those valid on the peildatum (not expired, not before Geldig vanaf)."""
    return published(matrix.instrumenten, matrix.peildatum)


def client_view(instrument: Instrument, settings: Instellingen) -> dict:
    """Return only what a cliënt may see of ``instrument``: internal fields are absent, not hidden."""
    data = instrument.to_dict()
    # data[...] for a whole field: this runs for every instrument, and most parts are whole fields.
    return {p.key: data[p.attribute] if p.contact_kind is None else p.value(data) for p in client_parts(settings)}
