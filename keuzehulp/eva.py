"""From keuzematrix to Eva: the four import files of ``php artisan import:set NAAM`` and ``check --eva``.

What Eva needs was read from its public backend, waotaa/e-core (branch ``develop``):

- ``src/Commands/ImExport/ImportDataSet.php`` (``import:set {json-file-base}``) and
  ``src/Services/ImExport/AbstractEntityImportService.php`` read ``imports/NAAM-<entity>.json``, one JSON array per
  entity (environment, professional, instrument, provider); every one is iterated, so each file must exist.
- ``src/Services/ImExport/InstrumentFromArrayService.php`` needs ``uuid``, ``name`` and ``organisation`` (null makes
  an instrument national), iterates ``downloads``, ``links``, ``locations``, ``registration_codes``, ``videos`` and
  ``ratings`` without checks, links tiles, client characteristics, regions and townships by exact name (an unknown
  name is dropped in silence), reads one ``implementation{name}`` and runs no validation.
- ``ProviderFromArrayService.php`` (``uuid``, ``name``, ``organisation``), ``ContactFromArrayService.php`` (``name``,
  ``phone``, ``email``, ``type{name}``), ``OrganisationFromArrayService.php`` and ``LocalPartyFromArrayService.php``
  (``type``, ``localParty{slug, name, township{slug}}``), ``src/Models/Link.php`` (``label``, ``url``).
- ``src/Enums/DurationUnitEnum.php``, ``src/Enums/LocationEnum.php``: the enum names written here (whole numbers for
  a duration, ``src/Models/Instrument.php``); ``InstrumentHelper::isComplete`` (Eva hides an instrument without a
  tegel or klantkenmerk) and ``InstrumentValidation.php`` (summary at most 500 characters).

The codes and spellings come from ``keuzehulp/taxonomie/eva-2023.json``; docs/eva.md has the field mapping.
"""

from __future__ import annotations

import json
import os
import re
import tempfile
import uuid
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

from . import values
from .checks import SUMMARY_LIMIT
from .model import Duur, Ervaring, Instrument, Keuzematrix, Locatie, format_number
from .normalise import Entry, slug
from .problems import KeuzehulpError, Problem, Report, problem
from .taxonomy import Taxonomy

ENTITIES = ("environment", "professional", "instrument", "provider")
DEFAULT_BASE = "keuzehulp"
IMPORT_MARK = "keuzehulp"  # Eva's import_mark column: tells a file keuzehulp wrote from a foreign one
# Fixed, so that the same organisation and instrument always get the same uuid and a re-import updates.
NAMESPACE = uuid.uuid5(uuid.NAMESPACE_URL, "https://eva.vng.nl/keuzehulp")
TOWNSHIP_PREFIX = re.compile(r"(?i)^gemeente\s+")
POSTCODE = re.compile(r"\b([1-9]\d{3})\s?([A-Za-z]{2})\b")
STREET = re.compile(r"^(?P<straat>.*?\D)[\s,]*(?P<nummer>\d+(?:\s*[-/]?\s*[A-Za-z0-9]{1,4})?)$")
POST_BOX = re.compile(r"(?i)^(postbus|antwoordnummer)\s+(\d+)$")
YOUTUBE = re.compile(
    r"(?i)^https?://(?:www\.|m\.)?(?:youtube\.com/(?:watch\?(?:[^#]*&)?v=|embed/|shorts/|live/)|youtu\.be/)"
    r"([A-Za-z0-9_-]{11})(?![A-Za-z0-9_-])"
)
UUID_TEXT = re.compile(r"(?i)^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$")
# The lines export --eva writes where Eva has no field; init --from reads them back from a record marked IMPORT_MARK.
EXTRA_HEADING = "Uit de keuzematrix (Eva heeft er geen eigen veld voor):"
FORMS_LINE = re.compile(r"^Uitvoeringsvorm(?:en)?(?P<also> ook)?: (?P<labels>.+)$")
WERKZAAK_LINE = re.compile(r"^Werkzaak-kenmerken: (?P<codes>.+)$")
DURATION_LINE = re.compile(r"^Totale duur: (?P<duur>.+)\.$")
LIST_SEPARATOR = ", "
ADDRESS_LINE = "Adres: {}"  # an address without postcode, the first paragraph of a location's description
# check --eva turns these waarschuwingen of every check into fouten: for Eva they hide an instrument.
ESCALATED = {
    "geen-tegel": "eva-geen-tegel",
    "geen-klantkenmerk": "eva-geen-klantkenmerk",
    "samenvatting-te-lang": "eva-samenvatting-te-lang",
}


# ---------------------------------------------------------------------------------------------------------------
# check --eva


def eva_problems(entries: list[Entry], taxonomy: Taxonomy) -> Iterator[Problem]:
    """Yield what would make Eva drop or hide an instrument, or its data: each a fout."""
    seen: dict[str, int] = {}
    for entry in entries:
        instrument = entry.instrument
        if not instrument.tegels:
            yield problem("eva-geen-tegel", **entry.where("tegels"))
        if not instrument.klantkenmerken:
            yield problem("eva-geen-klantkenmerk", **entry.where("klantkenmerken"))
        if len(instrument.samenvatting or "") > SUMMARY_LIMIT:
            lengte = len(instrument.samenvatting or "")
            yield problem("eva-samenvatting-te-lang", lengte=lengte, **entry.where("samenvatting"))
        for group, soort in (("tegels", "de tegel"), ("klantkenmerken", "het klantkenmerk")):
            for label in getattr(instrument, group):
                term = taxonomy.term(group, label)
                if term is None or term.eva_code is None:
                    yield problem("eva-naam-onbekend", soort=soort, waarde=label, **entry.where(group))
        if instrument.eva_uuid:
            if not UUID_TEXT.match(instrument.eva_uuid):
                yield problem("eva-uuid-ongeldig", waarde=instrument.eva_uuid, **entry.where("eva_uuid"))
            elif (key := instrument.eva_uuid.lower()) in seen:
                yield problem(
                    "eva-uuid-dubbel", waarde=instrument.eva_uuid, andere=seen[key], **entry.where("eva_uuid")
                )
            else:
                seen[key] = entry.row


def with_eva_problems(report: Report, entries: list[Entry], taxonomy: Taxonomy) -> Report:
    """Return ``report`` with the problems of :func:`eva_problems`; each replaces its waarschuwing, if there is one."""
    problems = list(report.problemen)
    for found in eva_problems(entries, taxonomy):
        base = next((c for c, e in ESCALATED.items() if e == found.code), None)
        index = next((n for n, p in enumerate(problems) if p.code == base and p.rij == found.rij), None)
        if index is not None:
            problems[index] = found
            continue
        before = [n for n, p in enumerate(problems) if p.blad == found.blad and (p.rij or 0) <= (found.rij or 0)]
        problems.insert(before[-1] + 1 if before else 0, found)
    return Report(report.bestand, report.aantal_instrumenten, problems, report.namen)


# ---------------------------------------------------------------------------------------------------------------
# export --eva


@dataclass
class EvaExport:
    """The four import files as data, and what the Dutch report says about them."""

    files: dict[str, list[dict]]  # entity -> the JSON array of NAAM-<entity>.json
    notes: list[str] = field(default_factory=list)  # what Eva cannot hold, and where it went

    @property
    def instruments(self) -> list[dict]:
        return self.files["instrument"]

    @property
    def providers(self) -> list[dict]:
        return self.files["provider"]


def instrument_uuid(instrument: Instrument) -> str:
    """Return the instrument's uuid in Eva: the matrix's Eva-uuid, else a UUIDv5 of organisation and id."""
    if instrument.eva_uuid:
        return instrument.eva_uuid.lower()
    return generated_uuid(instrument.organisatie, instrument.id)


def generated_uuid(organisation: str | None, instrument_id: str) -> str:
    """Return the uuid export --eva makes for an instrument without Eva-uuid: the same for the same matrix row."""
    return str(uuid.uuid5(NAMESPACE, f"instrument\n{organisation or ''}\n{instrument_id}"))


def provider_uuid(organisation: str | None, name: str) -> str:
    """Return the uuid of provider ``name`` of ``organisation``: the same for every instrument it carries out."""
    return str(uuid.uuid5(NAMESPACE, f"aanbieder\n{organisation or ''}\n{name}"))


def organisation(name: str | None) -> dict | None:
    """Return Eva's organisation object for ``name``.

    "Gemeente Tiel" is a gemeente (LocalParty) whose township Eva looks up by slug and requires
    (``LocalPartyFromArrayService.php``); any other name, such as a regional werkbedrijf, is a Partnership, which Eva
    creates by slug without requiring anything (``PartnershipFromArrayService.php``); its gemeenten are linked in Eva.
    """
    if not name:
        return None
    if TOWNSHIP_PREFIX.match(name) and (township := TOWNSHIP_PREFIX.sub("", name).strip()):
        party = {"name": name, "slug": slug(name), "township": {"name": township, "slug": slug(township)}}
        return {"type": "LocalParty", "name": name, "localParty": party}
    return {"type": "Partnership", "name": name, "partnership": {"name": name, "slug": slug(name), "townships": []}}


def parse_address(text: str | None) -> dict | None:
    """Return Eva's address fields of "Stationsstraat 12, 4001 AB Tiel" (postcode "1234 AB"), or None without one."""
    match = POSTCODE.search(text or "")
    if text is None or not match:
        return None
    before = text[: match.start()].strip(" ,;")
    street = before.split(",")[-1].strip()
    address = {
        "straatnaam": None,
        "huisnummer": None,
        "postbusnummer": None,
        "antwoordnummer": None,
        "postcode": f"{match.group(1)} {match.group(2).upper()}",
        "woonplaats": text[match.end() :].strip(" ,;") or None,
    }
    if box := POST_BOX.match(street):
        address["postbusnummer" if box.group(1).lower() == "postbus" else "antwoordnummer"] = box.group(2)
    elif number := STREET.match(street):
        address["straatnaam"], address["huisnummer"] = number.group("straat").strip(" ,"), number.group("nummer")
    elif street:
        address["straatnaam"] = street
    return address


def youtube_id(url: str) -> str | None:
    """Return the video id of a YouTube link, or None for any other link."""
    match = YOUTUBE.match(url)
    return match.group(1) if match else None


def export(matrix: Keuzematrix, taxonomy: Taxonomy) -> EvaExport:
    """Return the four import files for ``matrix`` (which has no fouten under ``check --eva``)."""
    result = EvaExport({entity: [] for entity in ENTITIES})
    providers: dict[str, dict] = {}
    ratings: dict[str, list[Ervaring]] = {}
    for ervaring in matrix.ervaringen:
        ratings.setdefault(ervaring.instrument_id, []).append(ervaring)
    for instrument in matrix.instrumenten:
        data, notes = _instrument(instrument, taxonomy, ratings.get(instrument.id, []))
        provider = data["provider"]
        if provider is not None:
            providers.setdefault(provider["uuid"], provider)
        result.instruments.append(data)
        where = f"Rij {instrument.bron.rij} ({instrument.naam})"
        result.notes.extend(f"{where}: {note}" for note in notes)
    result.files["provider"] = list(providers.values())
    return result


def _instrument(instrument: Instrument, taxonomy: Taxonomy, ratings: Iterable[Ervaring] = ()) -> tuple[dict, list[str]]:
    """Return the instrument as InstrumentFromArrayService reads it, and notes on what moved elsewhere."""
    notes: list[str] = []
    extra: list[str] = []  # lines for additional_information
    implementation, forms_note = _implementation(instrument, taxonomy)
    if forms_note:
        extra.append(forms_note)
        notes.append(f"{forms_note[0].lower()}{forms_note[1:]}; dat staat in Aanvullende informatie")
    if instrument.werkzaak_kenmerken:
        line = werkzaak_line(instrument.werkzaak_kenmerken)
        extra.append(line)
        notes.append(f"{line[0].lower()}{line[1:]}; die staan in Aanvullende informatie")
    value, unit, duration_note = _duration(instrument, taxonomy)
    if duration_note and instrument.duur:
        notes.append(f"de duur {instrument.duur.tekst()} is geen heel getal; die staat in Toelichting duur")
    organisation_data = organisation(instrument.organisatie)
    data = {
        "uuid": instrument_uuid(instrument),
        "name": instrument.naam,
        "import_mark": IMPORT_MARK,
        "is_active": True,
        "publish_from": None,
        "publish_to": None,
        "organisation": organisation_data,
        "provider": _provider(instrument, organisation_data),
        "summary": instrument.samenvatting,
        "aim": instrument.doel,
        "method": instrument.werkwijze,
        "distinctive_approach": instrument.onderscheidende_aanpak,
        "target_group_description": instrument.toelichting_doelgroep,
        "participation_conditions": instrument.voorwaarden_deelname,
        "cooperation_partners": instrument.samenwerkingspartners,
        "additional_information": _joined(instrument.aanvullende_informatie, _block(extra)),
        "work_agreements": instrument.werkafspraken,
        "application_instructions": instrument.aanmeldinstructies,
        "intensity_hours_per_week": instrument.intensiteit_uur_per_week,
        "intensity_description": instrument.toelichting_intensiteit,
        "total_duration_value": value,
        "total_duration_unit": unit,
        "duration_description": _joined(duration_note, instrument.toelichting_duur),
        "total_costs": instrument.kosten_euro,
        "costs_description": instrument.toelichting_kosten,
        "implementation": implementation,
        "group_forms": [
            {"name": taxonomy.eva_group_forms[form], "custom": False} for form in instrument.groep_individueel
        ],
        "tiles": [_named(taxonomy, "tegels", label, with_key=True) for label in instrument.tegels],
        "client_characteristics": [_named(taxonomy, "klantkenmerken", label) for label in instrument.klantkenmerken],
        "target_groups": [_target_group(taxonomy, label) for label in instrument.doelgroepen],
        "contacts": [
            {"name": c.naam, "phone": c.telefoon, "email": c.email, "type": {"name": c.soort.capitalize()}}
            for c in instrument.contactpersonen
        ],
        "locations": [_location(place, taxonomy, notes) for place in instrument.locaties],
        "links": [
            {"label": item.titel or item.url, "url": item.url}
            for item in instrument.aanvullende_inhoud
            if youtube_id(item.url) is None
        ],
        "videos": [
            {"provider": "youtube", "video_identifier": video_id}
            for item in instrument.aanvullende_inhoud
            if (video_id := youtube_id(item.url))
        ],
        "downloads": [],
        "registration_codes": [{"code": code} for code in instrument.registratiecodes],
        "ratings": [_rating(ervaring) for ervaring in ratings],
        "available_regions": [],
        "available_townships": [{"name": name} for name in instrument.beschikbare_gebieden],
        "available_neighbourhoods": [],
    }
    return data, notes


def _rating(ervaring: Ervaring) -> dict:
    """Return an ervaring as Eva's rating (RatingResource): the three scores and explanations, and the date.

    Who gave it is not in the model (it stays on the sheet Ervaringen), so ``author`` is always null.
    """
    return {
        "author": None,
        "general_score": ervaring.algemeen,
        "general_explanation": ervaring.toelichting_algemeen,
        "result_score": ervaring.resultaat,
        "result_explanation": ervaring.toelichting_resultaat,
        "execution_score": ervaring.uitvoering,
        "execution_explanation": ervaring.toelichting_uitvoering,
        "created_at": f"{ervaring.datum}T00:00:00.000000Z" if ervaring.datum else None,
    }


def _implementation(instrument: Instrument, taxonomy: Taxonomy) -> tuple[dict | None, str | None]:
    """Return Eva's one implementation, and a line naming the uitvoeringsvormen Eva cannot hold."""
    known = [t for label in instrument.uitvoeringsvormen if (t := taxonomy.term("uitvoeringsvormen", label))]
    first = next((t for t in known if t.eva_code), None)  # Eva has no uitvoeringsvorm Bemiddeling
    rest = [t.label for t in known if t is not first]
    implementation = {"name": first.eva_name} if first else None
    return implementation, (forms_line(rest, also=first is not None) if rest else None)


def _duration(instrument: Instrument, taxonomy: Taxonomy) -> tuple[int | None, str | None, str | None]:
    """Return Eva's whole-number duration and unit; a fractional one goes to the description instead."""
    duur = instrument.duur
    if duur is None:
        return None, None, None
    if float(duur.aantal).is_integer():
        return int(duur.aantal), taxonomy.eva_units[duur.eenheid][1], None
    return None, None, duration_line(duur)


def _provider(instrument: Instrument, organisation_data: dict | None) -> dict | None:
    if not instrument.aanbieder:
        return None
    return {
        "uuid": provider_uuid(instrument.organisatie, instrument.aanbieder),
        "name": instrument.aanbieder,
        "import_mark": IMPORT_MARK,
        "organisation": organisation_data,
        "contacts": [],
    }


def _named(taxonomy: Taxonomy, group: str, label: str, with_key: bool = False) -> dict:
    term = taxonomy.term(group, label)
    assert term is not None, f"{label} is a canonical label of {group}"
    return {"name": term.eva_name, "key": term.eva_code} if with_key else {"name": term.eva_name}


def _target_group(taxonomy: Taxonomy, label: str) -> dict:
    term = taxonomy.term("doelgroepen", label)
    return {"description": term.eva_name, "custom": False} if term else {"description": label, "custom": True}


def _location(place: Locatie, taxonomy: Taxonomy, notes: list[str]) -> dict:
    key, name = taxonomy.eva_locations.get(place.type or "", (None, None))
    address = parse_address(place.adres)
    description = place.beschrijving
    if place.adres and address is None:
        description = _joined(ADDRESS_LINE.format(place.adres), description)
        notes.append(f"het adres '{place.adres}' heeft geen postcode; het staat in de beschrijving van de locatie")
    return {
        "name": place.naam or place.adres,
        "type": {"key": key, "name": name},
        "is_active": True,
        "description": description,
        "address": address,
    }


def _block(lines: list[str]) -> str | None:
    if not lines:
        return None
    return EXTRA_HEADING + "\n" + "\n".join(f"- {line}" for line in lines)


def forms_line(labels: list[str], also: bool) -> str:
    """Return the line naming uitvoeringsvormen Eva cannot hold; ``also`` when Eva's implementation has another."""
    word = "Uitvoeringsvorm" if len(labels) == 1 else "Uitvoeringsvormen"
    return f"{word}{' ook' if also else ''}: {LIST_SEPARATOR.join(labels)}"


def werkzaak_line(codes: list[str]) -> str:
    """Return the line naming the Werkzaak codes, which Eva has no field for."""
    return f"Werkzaak-kenmerken: {LIST_SEPARATOR.join(codes)}"


def duration_line(duur: Duur) -> str:
    """Return the line of a duration Eva cannot hold (not a whole number), to its last digit."""
    number = format_number(duur.aantal)
    if values.number(number) != duur.aantal:
        number = str(duur.aantal).replace(".", ",")
    return f"Totale duur: {number} {duur.tekst().split(' ', 1)[1]}."


def read_location_description(text: str | None) -> tuple[str | None, str | None]:
    """Return the address without postcode and the description that :func:`export` joined into ``text``."""
    first, _, rest = (text or "").partition("\n\n")
    prefix = ADDRESS_LINE.format("")
    if first.startswith(prefix) and first != prefix:
        return first[len(prefix) :], rest or None
    return None, text


@dataclass
class KeuzehulpLines:
    """What keuzehulp's own export put in Eva's texts, read back: the text without it, and the fields."""

    additional_information: str | None = None
    duration_description: str | None = None
    uitvoeringsvormen: list[str] = field(default_factory=list)
    werkzaak_kenmerken: list[str] = field(default_factory=list)
    duur: str | None = None  # "2,5 weken", as duration_line wrote it


def read_keuzehulp_lines(additional_information: str | None, duration_description: str | None) -> KeuzehulpLines:
    """Return the lines :func:`export` wrote into these two texts, and the texts as the matrix had them.

    Only the exact layout written here is read; a text that differs in any way is left as it is.
    """
    found = KeuzehulpLines(additional_information, duration_description)
    text = additional_information or ""
    at = text.rfind("\n\n" + EXTRA_HEADING)
    start = 0 if text.startswith(EXTRA_HEADING) else (at + 2 if at >= 0 else len(text))
    heading, *lines = text[start:].split("\n")
    matches = [(FORMS_LINE.match(line[2:]) or WERKZAAK_LINE.match(line[2:])) for line in lines if line[:2] == "- "]
    if heading == EXTRA_HEADING and lines and len(matches) == len(lines) and all(matches):
        for match in filter(None, matches):
            if "codes" in match.groupdict():
                found.werkzaak_kenmerken += match.group("codes").split(LIST_SEPARATOR)
            else:
                found.uitvoeringsvormen += match.group("labels").split(LIST_SEPARATOR)
        found.additional_information = text[: max(start - 2, 0)] or None
    first, _, rest = (duration_description or "").partition("\n\n")
    if duration := DURATION_LINE.match(first):
        found.duur, found.duration_description = duration.group("duur"), rest or None
    return found


def _joined(*texts: str | None) -> str | None:
    return "\n\n".join(t for t in texts if t) or None


# ---------------------------------------------------------------------------------------------------------------
# writing


def file_names(base: str) -> dict[str, str]:
    """Return entity -> file name for base ``base``: ``keuzehulp-instrument.json``, ..."""
    return {entity: f"{base}-{entity}.json" for entity in ENTITIES}


def file_text(records: list[dict]) -> str:
    """Return the JSON text of one import file: an array, stable key order, UTF-8, ending in a new line."""
    return json.dumps(records, ensure_ascii=False, indent=2) + "\n"


def written_by_keuzehulp(path: Path) -> bool:
    """Return True when ``path`` is an import file keuzehulp wrote: a JSON array of records marked as ours."""
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return False
    return isinstance(data, list) and all(isinstance(r, dict) and r.get("import_mark") == IMPORT_MARK for r in data)


def write(result: EvaExport, folder: Path, base: str = DEFAULT_BASE, force: bool = False) -> list[Path]:
    """Write the four files into ``folder`` all at once; refuse to replace a file keuzehulp did not write.

    All four are written in full beside their place first, then renamed into it; a failure before the renames
    leaves ``folder`` as it was.
    """
    names = file_names(base)
    targets = {entity: Path(folder) / name for entity, name in names.items()}
    foreign = [p.name for p in targets.values() if p.exists() and (p.is_dir() or not written_by_keuzehulp(p))]
    if (foreign and not force) or any(p.is_dir() for p in targets.values()):
        raise KeuzehulpError(problem("eva-bestanden-bestaan", map=folder, bestanden=", ".join(foreign)))
    staged: dict[Path, Path] = {}
    try:
        Path(folder).mkdir(parents=True, exist_ok=True)
        for entity, target in targets.items():
            handle, name = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".nieuw", dir=folder)
            staged[target] = Path(name)
            with os.fdopen(handle, "w", encoding="utf-8", newline="\n") as stream:
                stream.write(file_text(result.files[entity]))
            os.chmod(name, 0o644)
        for target, temporary in staged.items():
            os.replace(temporary, target)
    except OSError as exc:
        raise KeuzehulpError(problem("uitvoer-mislukt", reden=exc.strerror or str(exc))) from None
    finally:
        for temporary in staged.values():
            temporary.unlink(missing_ok=True)
    return list(targets.values())


def report_lines(result: EvaExport, paths: Iterable[Path], base: str) -> list[str]:
    """Return the Dutch report of an export: what was written, how to import it, and what moved where."""
    paths = list(paths)
    lines = [
        f"Export voor Eva: {len(result.instruments)} instrumenten en {len(result.providers)} aanbieders in "
        f"{paths[0].parent}/ ({', '.join(p.name for p in paths)}).",
        f"Zet de vier bestanden in Eva's map imports/ en importeer ze met: php artisan import:set {base}",
    ]
    if result.notes:
        lines.append("Wat Eva niet in een eigen veld kan bewaren, staat in een ander veld:")
        lines.extend(f"  {note}" for note in result.notes)
    townships = sorted({t["name"] for i in result.instruments for t in i["available_townships"]})
    if townships:
        lines.append(
            "Eva koppelt beschikbare gebieden alleen bij exact dezelfde naam als in Eva (onbekende namen vallen "
            f"weg): {', '.join(townships)}."
        )
    organisations = {i["organisation"]["name"]: i["organisation"] for i in result.instruments if i["organisation"]}
    for name, data in sorted(organisations.items()):
        if data["type"] == "LocalParty":
            township = data["localParty"]["township"]["slug"]
            lines.append(f"Organisatie {name}: een gemeente; Eva zoekt gemeente '{township}' en die moet bestaan.")
        else:
            lines.append(
                f"Organisatie {name}: geen gemeente, dus een samenwerkingsverband (Partnership) in Eva; "
                "koppel de gemeenten daarvan in Eva."
            )
    return lines
