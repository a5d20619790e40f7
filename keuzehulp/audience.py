"""Who sees which field (domain.md, "What each audience sees").

The professional workbook shows everything. The cliënt site shows what :func:`client_fields` allows. Who may
see what is written once, per field, in the taxonomy data file (see :mod:`keuzehulp.fields`): the organisation
may switch optional fields on or off, but the internal fields stay out whatever the settings say.
"""

from __future__ import annotations

from .fields import SHOWN, ClientPart
from .model import Instellingen, Instrument
from .taxonomy import load_taxonomy

CLIENT_PARTS: tuple[ClientPart, ...] = load_taxonomy().client_parts
# key -> (name of its switch on the Instellingen sheet, shown to cliënten by default)
CLIENT_SWITCHES: dict[str, tuple[str, bool]] = {
    p.key: (p.label or p.key, p.client == SHOWN) for p in CLIENT_PARTS if p.switchable
}


def client_parts(settings: Instellingen) -> list[ClientPart]:
    """Return the parts of an instrument a cliënt may see under ``settings``, in a stable order."""
    return [part for part in CLIENT_PARTS if part.shown(settings.client_velden)]


def client_fields(settings: Instellingen) -> list[str]:
    """Return the keys of what a cliënt may see of an instrument under ``settings``, in a stable order."""
    return [part.key for part in client_parts(settings)]


def client_view(instrument: Instrument, settings: Instellingen) -> dict:
    """Return only what a cliënt may see of ``instrument``: internal fields are absent, not hidden."""
    data = instrument.to_dict()
    return {part.key: part.value(data) for part in client_parts(settings)}
