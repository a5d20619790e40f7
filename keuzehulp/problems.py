"""Problems are data: one type, a stable kebab-case code, a severity, a place and a Dutch message.

Every step (reader, normaliser, checks) reports through :class:`Problem`; the codes and their
message templates live in :data:`CODES` and are documented in ``docs/problemen.md``.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass, field

from .model import counted

FOUT = "fout"
WAARSCHUWING = "waarschuwing"


@dataclass(frozen=True)
class Code:
    ernst: str
    template: str
    uitleg: str


# code -> severity, message template (str.format with the problem's params) and a line for the docs.
CODES: dict[str, Code] = {
    "bestand-niet-gevonden": Code(FOUT, "Het bestand {bestand} bestaat niet.", "Het invoerbestand is er niet."),
    "bestand-leeg": Code(FOUT, "Het bestand {bestand} is leeg (0 bytes).", "Het bestand heeft geen inhoud."),
    "bestand-onleesbaar": Code(
        FOUT,
        "Het bestand {bestand} is geen leesbaar Excel-bestand (.xlsx of .xlsm): {reden}.",
        "Geen spreadsheet, of een beschadigd bestand.",
    ),
    "bestand-beveiligd": Code(
        FOUT,
        "Het bestand {bestand} is beveiligd met een wachtwoord of is een oud .xls-bestand. "
        "Haal de beveiliging weg of sla het op als .xlsx.",
        "Versleuteld bestand of oud binair formaat.",
    ),
    "bestand-te-groot": Code(
        FOUT,
        "Het bestand {bestand} is te groot om veilig te lezen: {reden}.",
        "Een blad dat uitpakt tot meer dan de grens, of een onmogelijk groot bereik (mogelijk een zip-bom).",
    ),
    "xml-onveilig": Code(
        FOUT,
        "Het bestand {bestand} bevat een XML-constructie die niet wordt toegestaan ({onderdeel}).",
        "DOCTYPE- of ENTITY-declaraties (XML-aanval) in het bestand.",
    ),
    "blad-niet-gevonden": Code(
        FOUT,
        "Het blad {blad_gevraagd} bestaat niet. Bladen in dit bestand: {bladen}.",
        "De optie --blad noemt een blad dat er niet is.",
    ),
    "geen-kopregel": Code(
        FOUT,
        "Geen blad met herkenbare kolomkoppen gevonden (zoals Naam instrument, Aanbieder, Doel). Bladen: {bladen}.",
        "Het programma vindt de kopregel met kolomnamen niet.",
    ),
    "kolom-ontbreekt": Code(
        FOUT,
        "De verplichte kolom {kolom} ontbreekt in de kopregel (rij {rij}).",
        "Een verplicht veld van het instrumentenformat heeft geen kolom.",
    ),
    "kolom-onbekend": Code(
        WAARSCHUWING,
        "Kolom {letter} ({kolom}) is onbekend; de waarden in deze kolom worden niet gebruikt.",
        "Een kolomkop die het programma niet kent; de inhoud wordt niet gebruikt.",
    ),
    "kolom-zonder-kop": Code(
        WAARSCHUWING,
        "Kolom {letter} heeft geen kop maar wel waarden; die worden niet gebruikt.",
        "Waarden in een kolom zonder kolomkop.",
    ),
    "kolom-dubbel": Code(
        WAARSCHUWING,
        "Kolom {letter} ({kolom}) komt al eerder voor (kolom {eerder}); {gevolg}.",
        "Twee kolommen voor hetzelfde veld of kenmerk.",
    ),
    "rij-verborgen": Code(
        WAARSCHUWING,
        "Rij {rij} ({naam}) is verborgen in Excel, maar wordt wel meegenomen.",
        "Een verborgen rij telt gewoon mee; controleer of dat de bedoeling is.",
    ),
    "verplicht-veld-leeg": Code(
        FOUT, "Rij {rij} ({naam}): het verplichte veld {kolom} is leeg.", "Een verplicht veld is niet ingevuld."
    ),
    "tegel-onbekend": Code(
        FOUT, "Rij {rij} ({naam}): de tegel '{waarde}' bestaat niet in Eva.{suggestie}", "Onbekende tegel."
    ),
    "klantkenmerk-onbekend": Code(
        FOUT,
        "Rij {rij} ({naam}): het klantkenmerk '{waarde}' bestaat niet in Eva of Werkzaak.{suggestie}",
        "Onbekend klantkenmerk (ook geen Werkzaak-code of -naam).",
    ),
    "uitvoeringsvorm-onbekend": Code(
        FOUT,
        "Rij {rij} ({naam}): de uitvoeringsvorm '{waarde}' bestaat niet in Eva.{suggestie}",
        "Onbekende uitvoeringsvorm.",
    ),
    "markering-onbekend": Code(
        WAARSCHUWING,
        "Rij {rij} ({naam}): '{waarde}' in kolom {kolom} is geen ja of nee (gebruik x of laat leeg); "
        "telt als nee en staat bij Aanvullende informatie.",
        "Een markering die niet als ja (x, ja, 1, ✓) of nee (leeg, nee, 0, -) te lezen is.",
    ),
    "naam-dubbel": Code(
        FOUT,
        "Rij {rij} ({naam}): deze naam staat al in rij {eerder} voor dezelfde organisatie.",
        "Dezelfde instrumentnaam twee keer binnen één organisatie.",
    ),
    "waarde-negatief": Code(
        FOUT, "Rij {rij} ({naam}): {kolom} is negatief ({waarde}).", "Negatieve kosten, duur of intensiteit."
    ),
    "waarde-niet-begrepen": Code(
        WAARSCHUWING,
        "Rij {rij} ({naam}): '{waarde}' in {kolom} is niet begrepen; de tekst staat bij {bewaard}.",
        "Een waarde die het programma niet kan lezen; ze wordt letterlijk bewaard in de toelichting.",
    ),
    "link-schema-ongeldig": Code(
        FOUT,
        "Rij {rij} ({naam}): de link '{waarde}' in {kolom} is niet toegestaan; alleen http, https, mailto en tel.",
        "Een link met een ander schema dan http, https, mailto of tel (bijvoorbeeld javascript:).",
    ),
    "email-ongeldig": Code(
        FOUT, "Rij {rij} ({naam}): '{waarde}' in {kolom} is geen geldig e-mailadres.", "Een onjuist e-mailadres."
    ),
    "contact-soort-onbekend": Code(
        WAARSCHUWING,
        "Rij {rij} ({naam}): bij contactpersoon '{waarde}' staat niet intern of extern; "
        "telt als intern en wordt dus niet aan cliënten getoond.",
        "Een contactpersoon zonder 'intern' of 'extern'.",
    ),
    "geen-tegel": Code(
        WAARSCHUWING,
        "Rij {rij} ({naam}): er is geen tegel gekozen; Eva vraagt er minstens één.",
        "Het instrument heeft geen tegel van het werklandschap.",
    ),
    "geen-klantkenmerk": Code(
        WAARSCHUWING,
        "Rij {rij} ({naam}): er is geen klantkenmerk gekozen; Eva vraagt er minstens één.",
        "Het instrument heeft geen klantkenmerk.",
    ),
    "samenvatting-te-lang": Code(
        WAARSCHUWING,
        "Rij {rij} ({naam}): de samenvatting is {lengte} tekens; Eva staat er 500 toe.",
        "Samenvatting langer dan 500 tekens.",
    ),
    "instelling-onbekend": Code(
        WAARSCHUWING,
        "Blad {blad}, rij {rij}: de instelling '{waarde}' is onbekend en wordt niet gebruikt.",
        "Een regel op het blad Instellingen die het programma niet kent.",
    ),
    "instelling-ongeldig": Code(
        WAARSCHUWING,
        "Blad {blad}, rij {rij}: '{waarde}' is geen geldige waarde voor {kolom}; {gevolg}.",
        "Een instelling met een onbruikbare waarde (bijvoorbeeld een kleur die geen #RRGGBB is).",
    ),
    "uitvoer-map-bezet": Code(
        FOUT,
        "De uitvoermap {map} bevat andere bestanden dan die van keuzehulp ({bestanden}); kies een lege of eigen map.",
        "De uitvoermap bevat bestanden die keuzehulp niet zelf schreef; ze worden niet overschreven.",
    ),
    "uitvoer-mislukt": Code(
        FOUT, "De uitvoer kon niet worden geschreven: {reden}.", "Schrijven naar de uitvoermap lukte niet."
    ),
    "bestand-bestaat": Code(
        FOUT,
        "Het bestand {bestand} bestaat al en is niet veranderd. Kies een andere naam, "
        "of gebruik --force als je het wilt vervangen.",
        "init of check --annotate zou een bestaand bestand overschrijven; dat gebeurt alleen met --force.",
    ),
    "uitvoer-is-invoer": Code(
        FOUT,
        "{bestand} is ook het bestand dat gelezen wordt; kies een andere naam om naar te schrijven.",
        "Het nieuwe bestand zou het invoerbestand vervangen; dat gebeurt nooit, ook niet met --force.",
    ),
    "template-fout": Code(
        FOUT,
        "Het template {bestand} (regel {regel}) kan niet worden gebruikt: {reden}. Er is niets geschreven.",
        "Een eigen template (--templates) heeft een fout: onjuiste jinja2-opmaak, een onbekende naam, "
        "of het noemt een template dat niet bestaat.",
    ),
    "contact-onduidelijk": Code(
        WAARSCHUWING,
        "Rij {rij} ({naam}): contactpersoon '{waarde}' in {kolom} is niet duidelijk ({reden}). "
        "Zet één persoon per regel, zo: extern; Naam; telefoon; e-mail. "
        "De regel telt als intern en wordt dus niet aan cliënten getoond.",
        "Een regel bij Contactpersonen die meer dan één persoon kan bevatten (twee namen, telefoonnummers, "
        "e-mailadressen of soorten); die telt als intern.",
    ),
    "locatietype-onbekend": Code(
        WAARSCHUWING,
        "Rij {rij} ({naam}): '{waarde}' in {kolom} is geen bekend soort locatie ({typen}); "
        "de tekst staat bij de beschrijving van de locatie.",
        "Een soort locatie die het programma niet kent; de tekst wordt bewaard in de beschrijving van de locatie.",
    ),
    "label-omgezet": Code(
        WAARSCHUWING,
        "Rij {rij} ({naam}): '{waarde}' in {kolom} is gelezen als {label}, zoals Eva het omzet. "
        "Schrijf liever {label}.",
        "Een label dat gemeenten zelf in Eva typten (zoals Training) en dat Eva omzet naar een eigen label.",
    ),
    "label-dubbelzinnig": Code(
        WAARSCHUWING,
        "Rij {rij} ({naam}): '{waarde}' in {kolom} kan in Eva {labels} zijn en is niet overgenomen; kies zelf. "
        "De tekst staat bij Aanvullende informatie.",
        "Een label dat Eva op twee manieren omzet; het wordt niet overgenomen, maar bewaard.",
    ),
    "blad-verborgen": Code(
        WAARSCHUWING,
        "Het blad {blad} is verborgen in Excel, maar wordt wel gebruikt: {reden}.",
        "Een verborgen blad wordt gelezen: alleen als het met --blad is gekozen, als geen zichtbaar blad herkenbare "
        "kolomkoppen heeft, of als het het blad Instellingen is.",
    ),
    "kolom-verborgen": Code(
        WAARSCHUWING,
        "Kolom {letter} ({kolom}) is verborgen in Excel, maar wordt wel gebruikt.",
        "Een verborgen kolom telt gewoon mee; controleer of dat de bedoeling is.",
    ),
    "kolom-gelezen-als": Code(
        WAARSCHUWING,
        "Kolom {letter} ({kolom}) is gelezen als {soort} '{label}'; verbeter de kop als dat niet klopt.",
        "Een kolomkop die bijna gelijk is aan een tegel, klantkenmerk of uitvoeringsvorm (bijvoorbeeld een tikfout).",
    ),
    "kolom-markeringen-onbekend": Code(
        FOUT,
        "Kolom {letter}{kop} heeft markeringen, maar geen kop die een tegel, klantkenmerk of uitvoeringsvorm is."
        "{suggestie} Verbeter de kop of haal de kolom weg.",
        "Markeringen (x, ja) onder een kop die het programma niet kent, of zonder kop; ze zouden anders verloren gaan.",
    ),
    "cel-zonder-waarde": Code(
        WAARSCHUWING,
        "Rij {rij} ({naam}): in {kolom} staat {wat} in plaats van een waarde; de cel telt als leeg. {hoe}",
        "Een foutwaarde (#N/A, #DIV/0!) of een formule die nooit is berekend, in een kolom die niet verplicht is.",
    ),
    "verplichte-cel-zonder-waarde": Code(
        FOUT,
        "Rij {rij} ({naam}): in het verplichte veld {kolom} staat {wat} in plaats van een waarde. {hoe}",
        "Een foutwaarde of een formule die nooit is berekend, in een verplicht veld.",
    ),
    "rij-totaal": Code(
        WAARSCHUWING,
        "Rij {rij} ('{waarde}') is een totaalregel en wordt overgeslagen.",
        "Een regel zoals Totaal of Som met alleen getallen; dat is geen instrument.",
    ),
    "geen-instrumenten": Code(
        FOUT,
        "Het blad {blad} heeft een kopregel (rij {rij}), maar er staan geen instrumenten onder.",
        "Een keuzematrix zonder instrumenten; er valt niets te maken.",
    ),
    "uitvoer-bestand-veranderd": Code(
        FOUT,
        "Het bestand {bestand} is veranderd sinds keuzehulp het schreef; het wordt niet vervangen. "
        "Bewaar het ergens anders (of verwijder het) en bouw opnieuw.",
        "Iemand heeft een bestand in de uitvoermap veranderd; build vervangt het niet.",
    ),
    "uitvoer-bestand-open": Code(
        FOUT,
        "Het bestand {bestand} is open in {programma}{door} (slotbestand {slotbestand}); het wordt niet vervangen. "
        "Sluit het en bouw opnieuw. Is het nergens meer open, verwijder dan het slotbestand.",
        "Een bestand in de uitvoermap is open in Excel of LibreOffice (er staat een slotbestand naast).",
    ),
    "uitvoer-onvolledig": Code(
        FOUT,
        "Het vervangen van de uitvoer is halverwege mislukt: {reden}. De vorige uitvoer staat volledig in {oud}, "
        "de nieuwe in {nieuw}. Los het probleem op en bouw opnieuw; dan ruimt keuzehulp beide mappen op.",
        "Het vervangen lukte niet en ook terugzetten niet; de oude en de nieuwe uitvoer staan elk in een eigen map.",
    ),
    "datum-onbekend": Code(
        WAARSCHUWING,
        "Blad {blad}, rij {rij} ({naam}): '{waarde}' in {kolom} is geen datum die keuzehulp kan lezen; de cel telt "
        "niet mee. Schrijf bijvoorbeeld 1-10-2026 of 2026-10-01.",
        "Een cel in een datumkolom (Laatst gecontroleerd, Geldig vanaf, Geldig tot, Datum bij Ervaringen) die geen "
        "datum is.",
    ),
    "controle-ontbreekt": Code(
        WAARSCHUWING,
        "Rij {rij} ({naam}): het instrument is nog nooit gecontroleerd; vul {kolom} in na de controle.",
        "Laatst gecontroleerd is leeg, terwijl de keuzematrix die kolom heeft.",
    ),
    "controle-verlopen": Code(
        WAARSCHUWING,
        "Rij {rij} ({naam}): de laatste controle was op {datum}; na {maanden} maanden was op {vervaldatum} een "
        "nieuwe controle nodig. Kijk na of de teksten en links nog kloppen en vul de nieuwe datum in.",
        "De laatste controle is langer geleden dan Controleren na (maanden) op het blad Instellingen.",
    ),
    "geldigheid-verloopt": Code(
        WAARSCHUWING,
        "Rij {rij} ({naam}): het instrument is geldig tot en met {datum} en gaat daarna van de website voor cliënten.",
        "Geldig tot valt binnen een maand na de peildatum: een aankondiging, geen fout.",
    ),
    "instrument-verlopen": Code(
        WAARSCHUWING,
        "Rij {rij} ({naam}): het instrument was geldig tot en met {datum}; het is verlopen en staat niet op de "
        "website voor cliënten.",
        "Geldig tot ligt voor de peildatum; de werkmap toont het instrument als verlopen.",
    ),
    "instrument-nog-niet-geldig": Code(
        WAARSCHUWING,
        "Rij {rij} ({naam}): het instrument is pas geldig vanaf {datum}; tot dan staat het niet op de website "
        "voor cliënten.",
        "Geldig vanaf ligt na de peildatum; de werkmap toont het instrument als nog niet geldig.",
    ),
    "ervaringen-kolom-ontbreekt": Code(
        FOUT,
        "Blad {blad}: de kolom {kolom} ontbreekt; de ervaringen op dit blad kunnen niet worden gelezen.",
        "Het blad Ervaringen heeft geen kopregel met Instrument, Algemeen, Resultaat en Uitvoering.",
    ),
    "ervaring-instrument-onbekend": Code(
        FOUT,
        "Blad {blad}, rij {rij}: '{waarde}' is geen naam of id van een instrument in de keuzematrix.",
        "Een ervaring bij een instrument dat er niet is (of een lege cel Instrument).",
    ),
    "ervaring-score-ongeldig": Code(
        FOUT,
        "Blad {blad}, rij {rij}: {kolom} is '{waarde}'; een score is een heel getal van 1 tot en met 5.",
        "Een score (Algemeen, Resultaat, Uitvoering) die leeg is of geen heel getal van 1 tot en met 5.",
    ),
    "ervaring-toelichting-ontbreekt": Code(
        FOUT,
        "Blad {blad}, rij {rij}: bij de score {score} voor Algemeen hoort een Toelichting algemeen; die is leeg.",
        "Zoals in Eva: bij een algemene score van 1 of 5 is de toelichting algemeen verplicht.",
    ),
    "doelgroep-onbekend": Code(
        WAARSCHUWING,
        "Rij {rij} ({naam}): de doelgroep '{waarde}' staat niet in de lijst van Eva; hij blijft zoals getypt.",
        "Een doelgroep die niet bij Eva's doelgroepen (ED01-ED14) hoort; Eva maakt er een eigen doelgroep van.",
    ),
    "doelgroep-algemeen": Code(
        WAARSCHUWING,
        "Rij {rij} ({naam}): de doelgroep '{waarde}' betekent 'voor iedereen'; laat Doelgroepen dan leeg.",
        "Algemeen, Iedereen of Alle als doelgroep: dat is geen doelgroep en wordt weggelaten.",
    ),
    "eva-geen-tegel": Code(
        FOUT,
        "Rij {rij} ({naam}): geen tegel. Eva bewaart het instrument wel, maar toont het niet.",
        "Met --eva: Eva toont een instrument zonder tegel niet (InstrumentHelper::isComplete).",
    ),
    "eva-geen-klantkenmerk": Code(
        FOUT,
        "Rij {rij} ({naam}): geen klantkenmerk. Eva bewaart het instrument wel, maar toont het niet.",
        "Met --eva: Eva toont een instrument zonder klantkenmerk niet (InstrumentHelper::isComplete).",
    ),
    "eva-samenvatting-te-lang": Code(
        FOUT,
        "Rij {rij} ({naam}): de samenvatting heeft {lengte} tekens; Eva staat er hoogstens 500 toe.",
        "Met --eva: een samenvatting van meer dan 500 tekens (InstrumentValidation.php).",
    ),
    "eva-naam-onbekend": Code(
        FOUT,
        "Rij {rij} ({naam}): Eva kent {soort} '{waarde}' niet en laat die bij het importeren stilletjes weg.",
        "Met --eva: een tegel, klantkenmerk of ander label dat Eva bij naam koppelt maar niet kent.",
    ),
    "eva-uuid-ongeldig": Code(
        FOUT,
        "Rij {rij} ({naam}): '{waarde}' in de kolom Eva-uuid is geen uuid "
        "(zoals 123e4567-e89b-12d3-a456-426614174000).",
        "Met --eva: een Eva-uuid die geen uuid is; Eva zou het instrument niet terugvinden.",
    ),
    "eva-uuid-dubbel": Code(
        FOUT,
        "Rij {rij} ({naam}): de Eva-uuid '{waarde}' staat ook bij rij {andere}; Eva zou de twee samenvoegen.",
        "Met --eva: twee instrumenten met dezelfde Eva-uuid.",
    ),
    "eva-bestanden-bestaan": Code(
        FOUT,
        "In {map} staan al bestanden die keuzehulp niet schreef: {bestanden}. Kies een andere map of --basis, "
        "of vervang ze met --force.",
        "export --eva overschrijft geen bestanden die keuzehulp niet zelf schreef (tenzij met --force).",
    ),
    "eva-export-onleesbaar": Code(
        FOUT,
        "Het bestand {bestand} is geen Eva-export van export:instruments: {reden}. Er is niets geschreven.",
        "init --from kreeg een .json-bestand dat geen lijst (JSON-array) van Eva-instrumenten is.",
    ),
    "eva-export-ongeldig": Code(
        FOUT,
        "Eva-export {bestand}, instrument {nummer}{naam}: {sleutel} {reden}. Er is niets geschreven.",
        "Een instrument in een Eva-export heeft een veld van de verkeerde soort (bijvoorbeeld tekst waar een lijst "
        "hoort) of geen naam.",
    ),
    "gebied-onbekend": Code(
        WAARSCHUWING,
        "Rij {rij} ({naam}): '{waarde}' in {kolom} is geen gemeente (CBS {jaar}), arbeidsmarktregio of "
        "'Gemeente: wijk'.{suggestie}",
        "Een beschikbaar gebied dat geen Nederlandse gemeente (CBS), arbeidsmarktregio of wijk van een gemeente "
        "(Gemeente: wijk) is; met --per-gebied telt het voor geen enkele gemeente.",
    ),
    "thema-ongeldig": Code(
        FOUT,
        "Het thema {bestand} (build --thema of Thema op het blad Instellingen) kan niet worden gebruikt: {reden}. "
        "Er is niets geschreven.",
        "Het NL Design System-thema haalt iets van buiten op, heeft geen themaklasse, of de kleuren zijn niet goed "
        "leesbaar (minder dan 4,5 : 1).",
    ),
    "logo-ongeldig": Code(
        FOUT,
        "Het logo '{waarde}' kan niet worden gebruikt: {reden}.",
        "Het logo op Instellingen is geen png, jpg of svg, is groter dan 500 kB, of is een svg met een script, "
        "foreignObject, een gebeurtenis (onclick) of een verwijzing naar buiten.",
    ),
}


@dataclass(frozen=True)
class Problem:
    """One finding, with where it is and a Dutch message."""

    ernst: str
    code: str
    melding: str
    blad: str | None = None
    rij: int | None = None
    kolom: str | None = None
    cel: str | None = None

    def to_dict(self) -> dict:
        """Return the problem as in the JSON report (keys in the documented order)."""
        d = asdict(self)
        return {k: d[k] for k in ("ernst", "code", "blad", "rij", "kolom", "cel", "melding")}

    @property
    def is_error(self) -> bool:
        return self.ernst == FOUT


def problem(
    code: str,
    *,
    blad: str | None = None,
    rij: int | None = None,
    kolom: str | None = None,
    cel: str | None = None,
    **params: object,
) -> Problem:
    """Return the problem ``code`` with its message rendered from the template and ``params``."""
    spec = CODES[code]
    values = {"blad": blad, "rij": rij, "kolom": kolom, "cel": cel, **params}
    return Problem(spec.ernst, code, spec.template.format(**values), blad, rij, kolom, cel)


@dataclass
class Report:
    """The outcome of reading and validating one keuzematrix."""

    bestand: str
    aantal_instrumenten: int = 0
    problemen: list[Problem] = field(default_factory=list)
    namen: dict[int, str] = field(default_factory=dict)  # row -> instrument name, for the text report

    @property
    def fouten(self) -> list[Problem]:
        return [p for p in self.problemen if p.ernst == FOUT]

    @property
    def waarschuwingen(self) -> list[Problem]:
        return [p for p in self.problemen if p.ernst == WAARSCHUWING]

    def failed(self, strict: bool = False) -> bool:
        """Return True when the report has fouten (or, with ``strict``, any problem)."""
        return bool(self.fouten or (strict and self.problemen))

    def summary(self) -> str:
        """Return the counted line that ends every report, e.g. "54 instrumenten, 1 fout, 0 waarschuwingen."."""
        return (
            f"{counted(self.aantal_instrumenten, 'instrument', 'instrumenten')}, "
            f"{counted(len(self.fouten), 'fout', 'fouten')}, "
            f"{counted(len(self.waarschuwingen), 'waarschuwing', 'waarschuwingen')}."
        )

    def to_dict(self) -> dict:
        """Return the report as the JSON of ``keuzehulp check --format json``."""
        return {
            "bestand": self.bestand,
            "aantal_instrumenten": self.aantal_instrumenten,
            "problemen": [p.to_dict() for p in self.problemen],
        }


class KeuzehulpError(Exception):
    """Input that cannot be used at all; carries the problem that says why."""

    def __init__(self, found: Problem):
        super().__init__(found.melding)
        self.problem = found

    def __reduce__(self):
        return type(self), (self.problem,)  # pickled whole: a forked process of the build sends it to the parent
