"""Who sees which field (docs/website.md, "Wat cliënten zien, en wat nooit").

The professional workbook shows everything. The cliënt site shows what :func:`client_fields` allows:
the organisation may switch optional fields on or off, but the internal fields stay out whatever
the settings say.
"""

from __future__ import annotations

from .model import Instellingen, Instrument

# Instrument attribute -> (name of its switch on the Instellingen sheet, shown to cliënten by default)
CLIENT_SWITCHES: dict[str, tuple[str, bool]] = {
    "aanbieder": ("Aanbieder", True),
    "samenvatting": ("Samenvatting", True),
    "doel": ("Doel", True),
    "werkwijze": ("Werkwijze", True),
    "uitvoeringsvormen": ("Uitvoeringsvorm", True),
    "onderscheidende_aanpak": ("Onderscheidende aanpak", True),
    "voorwaarden_deelname": ("Voorwaarden deelname", True),
    "samenwerkingspartners": ("Samenwerkingspartners", True),
    "toelichting_doelgroep": ("Toelichting doelgroep", True),
    "aanvullende_informatie": ("Aanvullende informatie", True),
    "duur": ("Totale duur", True),
    "toelichting_duur": ("Toelichting duur", True),
    "intensiteit_uur_per_week": ("Intensiteit", True),
    "toelichting_intensiteit": ("Toelichting intensiteit", True),
    "groep_individueel": ("Groep/individueel", True),
    "locaties": ("Locatie(s) uitvoering", True),
    "doelgroepen": ("Doelgroepen", True),
    "beschikbare_gebieden": ("Beschikbare gebieden", True),
    "aanvullende_inhoud": ("Aanvullende inhoud", True),
    "aanmeldinstructies": ("Aanmeldinstructies", False),
    "externe_contactpersonen": ("Externe contactpersonen", False),
}

# Always shown: what identifies an instrument and the basiskenmerken the filters work on.
ALWAYS_FOR_CLIENT = ("id", "naam", "tegels", "klantkenmerken")

# Never shown to cliënten, and not switchable (docs/website.md: the "nooit" row).
NEVER_FOR_CLIENT = (
    "kosten_euro",
    "toelichting_kosten",
    "werkafspraken",
    "interne_contactpersonen",
    "registratiecodes",
    "organisatie",
    "bron",
)


def client_fields(settings: Instellingen) -> list[str]:
    """Return the instrument fields a cliënt may see under ``settings``, in a stable order."""
    shown = [key for key, (_, default) in CLIENT_SWITCHES.items() if settings.client_velden.get(key, default)]
    return [*ALWAYS_FOR_CLIENT, *shown]


def client_view(instrument: Instrument, settings: Instellingen) -> dict:
    """Return only what a cliënt may see of ``instrument``: internal fields are absent, not hidden."""
    data = instrument.to_dict()
    view = {}
    for key in client_fields(settings):
        if key == "externe_contactpersonen":
            view[key] = [c for c in data["contactpersonen"] if c["soort"] == "extern"]
        else:
            view[key] = data[key]
    return view
