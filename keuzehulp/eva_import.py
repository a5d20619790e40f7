"""``keuzehulp init --from EXPORT.json``: an Eva export into a filled keuzematrix in the sjabloon layout.

Eva (VNG's instrumentengids) exports its instruments with ``php artisan export:instruments``: a JSON array of
``InstrumentResource`` (waotaa/e-core, branch develop 2cebfec, 2024-03-27: ``src/Commands/ImExport/
ExportInstruments.php``, ``src/Services/Instrument/InstrumentExportService.php``, ``src/ElasticResources/
InstrumentResource.php`` and the resources it nests: Location, Address, Contact, Link, Download, Video,
RegistrationCode, Rating, Tile, TargetGroup, ClientCharacteristic, GroupForm, Implementation, Provider,
Organisation, Region, Township, Neighbourhood). Every field is mapped back to its column; what has no column is
kept (a label Eva knows but keuzehulp does not, in Aanvullende informatie or the matching toelichting with its Eva
key; data that is not the cliënt's business, in columns at the end that keuzehulp does not publish) and named in
the Dutch summary. A malformed export stops with a message naming the instrument and the key, never a traceback.
"""

from __future__ import annotations

import datetime as dt
import json
import re
from collections import Counter
from dataclasses import dataclass, field
from html.parser import HTMLParser
from pathlib import Path

from . import values
from .eva import IMPORT_MARK, generated_uuid, read_keuzehulp_lines, read_location_description
from .fields import LABELS
from .gebieden import load_gebieden
from .model import Contactpersoon, Instellingen, Locatie, counted
from .normalise import slug
from .problems import KeuzehulpError, problem
from .sjabloon import (
    DEFAULT_TEMPLATE,
    EMPTY_ROWS,
    FIRST_ROW,
    INSTRUMENT_SHEET,
    TEMPLATE_DATE,
    template_columns,
    template_workbook,
    write_row,
)
from .taxonomy import Taxonomy, fold, load_taxonomy
from .xlsxfile import ensure_new, put, save

# Eva's enums, name and key, back to what the keuzematrix writes: the reverse of the taxonomy's Eva tables
# (src/Enums/DurationUnitEnum.php, LocationEnum.php), which the export uses too.
_TAXONOMY = load_taxonomy()
DURATION_UNITS = {name: unit for unit, (_, name) in _TAXONOMY.eva_units.items()}
DURATION_KEYS = {key: unit for unit, (key, _) in _TAXONOMY.eva_units.items()}
LOCATION_TYPES = {name: kind for kind, (_, name) in _TAXONOMY.eva_locations.items()}
LOCATION_KEYS = {key: kind for kind, (key, _) in _TAXONOMY.eva_locations.items()}
CONTACT_TYPES = {"Intern": "intern", "Extern": "extern", "internal": "intern", "external": "extern"}
GROUP_FORMS = {"individueel": "individueel", "groep": "groep"}  # folded Eva name -> keuzematrix word
VIDEO_URLS = {"youtube": "https://www.youtube.com/watch?v={}"}  # src/Enums/VideoProviderEnum.php

# InstrumentResource's text fields and the keuzematrix field each fills.
TEXT_FIELDS = {
    "summary": "samenvatting",
    "aim": "doel",
    "method": "werkwijze",
    "distinctive_approach": "onderscheidende_aanpak",
    "participation_conditions": "voorwaarden_deelname",
    "work_agreements": "werkafspraken",
    "cooperation_partners": "samenwerkingspartners",
    "target_group_description": "toelichting_doelgroep",
    "additional_information": "aanvullende_informatie",
    "application_instructions": "aanmeldinstructies",
    "duration_description": "toelichting_duur",
    "intensity_description": "toelichting_intensiteit",
    "costs_description": "toelichting_kosten",
}
# Keys InstrumentResource computes from others (or from the database) on export: nothing to keep.
DERIVED = frozenset(
    (
        "slug",
        "created_at",
        "updated_at",
        "published",
        "complete",
        "is_national",
        "is_regional",
        "is_local",
        "reach",
        "total_duration_unit_key",
        "total_duration_hours",
        "total_costs_whole_number",
        "rating",
        "tiles_count",
        "target_groups_count",
        "client_characteristics_count",
        "available_areas",
        "available_areas_all",
        "available_areas_specified",
    )
)
# Columns at the end of the new matrix; a column of the sjabloon with the same header is used instead.
UUID_HEADER = "Eva-uuid"
FROM_HEADER, TO_HEADER = "Geldig vanaf", "Geldig tot"
KEPT_HEADER = "Eva: niet overgenomen"
EXTRA_HEADERS = (UUID_HEADER, FROM_HEADER, TO_HEADER, KEPT_HEADER)
# The optional sheet of reviews (interface: Ervaringen) and its columns, in Eva's RatingResource terms.
RATINGS_SHEET = "Ervaringen"
RATING_COLUMNS = {
    "Instrument": None,
    "Datum": "created_at",
    "Algemeen": "general_score",
    "Toelichting algemeen": "general_explanation",
    "Resultaat": "result_score",
    "Toelichting resultaat": "result_explanation",
    "Uitvoering": "execution_score",
    "Toelichting uitvoering": "execution_explanation",
    "Door": "author",
}
_PARAGRAPH = "\x00"  # a paragraph break, told apart from the line break of other blocks until the end
_TAG = re.compile(r"<[A-Za-z/!][^>]*>")
_BLOCKS = frozenset(("p", "div", "br", "li", "ul", "ol", "tr", "h1", "h2", "h3", "h4", "h5", "h6", "blockquote"))


class _Invalid(Exception):
    """A value of the export has the wrong shape; carries the key path and what is wrong, in Dutch."""

    def __init__(self, key: str, reden: str):
        super().__init__(key)
        self.key, self.reden = key, reden


@dataclass
class EvaImport:
    """What ``init --from EXPORT.json`` read and wrote; :meth:`summary` says it in Dutch."""

    export: Path
    pad: Path
    instruments: int
    kept: list[str] = field(default_factory=list)  # values moved to another cell, with where they went
    not_imported: list[str] = field(default_factory=list)
    html_fields: int = 0
    organisation: str | None = None
    without_organisation: int = 0

    def summary(self) -> list[str]:
        """Return what was done, in Dutch, one line per fact."""
        lines = [
            f"{counted(self.instruments, 'instrument', 'instrumenten')} uit de Eva-export {self.export} overgezet "
            f"naar {self.pad}, in de indeling van het sjabloon."
        ]
        if self.organisation:
            lines.append(f"Organisatie op het blad Instellingen: {self.organisation}.")
        if self.without_organisation:
            lines.append(
                f"{counted(self.without_organisation, 'instrument heeft', 'instrumenten hebben')} in Eva geen "
                "organisatie (landelijk); de kolom Organisatie is leeg en neemt die van het blad Instellingen."
            )
        if self.html_fields:
            lines.append(
                f"{counted(self.html_fields, 'tekst was', 'teksten waren')} in Eva opgemaakt (HTML); "
                "die staan nu als gewone tekst in de matrix."
            )
        lines.extend(self.kept)
        lines.extend(f"Niet overgenomen: {line}" for line in self.not_imported)
        lines.append(
            f"Wat Eva wel en de matrix niet kent, staat intern in de kolommen {', '.join(EXTRA_HEADERS)} achteraan."
        )
        lines.append(f"Controleer het resultaat met: keuzehulp check {self.pad}")
        return lines


def import_eva(export_path: str | Path, pad: str | Path = DEFAULT_TEMPLATE, force: bool = False) -> EvaImport:
    """Write the instruments of the Eva export at ``export_path`` into a keuzematrix at ``pad``.

    Raise KeuzehulpError (nothing written) when the file is no Eva export or an instrument has the wrong shape.
    """
    export_path, pad = Path(export_path), Path(pad)
    ensure_new(pad, force, invoer=export_path)
    rows, result = instrument_rows(_records(export_path), export_path, pad)
    save(_workbook(rows, load_taxonomy(), result), pad, force=force, invoer=export_path)
    return result


def instrument_rows(records: list, export_path: Path, pad: Path) -> tuple[list[_Row], EvaImport]:
    """Return the keuzematrix rows of the Eva instruments ``records`` and what the import did with them.

    Raise KeuzehulpError (``eva-export-ongeldig``, naming the instrument and key) for a value of the wrong shape.
    """
    taxonomy = load_taxonomy()
    result = EvaImport(export_path, pad, len(records))
    rows = []
    for number, record in enumerate(records, start=1):
        try:
            rows.append(_Row.of(record, taxonomy, result, number))
        except _Invalid as exc:
            naam = record.get("name") if isinstance(record, dict) and isinstance(record.get("name"), str) else None
            raise KeuzehulpError(
                problem(
                    "eva-export-ongeldig",
                    bestand=export_path,
                    nummer=number,
                    naam=f" ({naam})" if naam else "",
                    sleutel=exc.key,
                    reden=exc.reden,
                )
            ) from None
    organisations = Counter(r.organisation for r in rows if r.organisation)
    result.organisation = organisations.most_common(1)[0][0] if organisations else None
    result.without_organisation = sum(1 for r in rows if not r.organisation)
    return rows, result


def _records(export_path: Path) -> list[dict]:
    """Return the instruments of the export file; raise KeuzehulpError when it is no JSON array."""
    if not export_path.is_file():
        raise KeuzehulpError(problem("bestand-niet-gevonden", bestand=export_path))
    try:
        data = json.loads(export_path.read_text(encoding="utf-8-sig"))
    except (UnicodeDecodeError, ValueError, RecursionError) as exc:
        reden = f"geen geldige JSON ({exc.__class__.__name__}: {str(exc)[:120]})"
        raise KeuzehulpError(problem("eva-export-onleesbaar", bestand=export_path, reden=reden)) from None
    except OSError as exc:
        raise KeuzehulpError(problem("eva-export-onleesbaar", bestand=export_path, reden=exc.strerror)) from None
    if not isinstance(data, list):
        reden = f"het bestand bevat {_kind_of(data)} in plaats van een lijst (JSON-array) van instrumenten"
        raise KeuzehulpError(problem("eva-export-onleesbaar", bestand=export_path, reden=reden))
    if not data:
        reden = "de lijst van instrumenten is leeg"
        raise KeuzehulpError(problem("eva-export-onleesbaar", bestand=export_path, reden=reden))
    return data


def _kind_of(value: object) -> str:
    kinds = {dict: "een object", list: "een lijst", str: "een tekst", bool: "ja/nee", type(None): "null"}
    return kinds.get(type(value), "een getal")


# Typed access to the export: each returns the value or raises _Invalid naming the key path.


def _object(data: object, key: str) -> dict:
    if not isinstance(data, dict):
        raise _Invalid(key, f"is {_kind_of(data)}, geen object")
    return data


def _get_object(data: dict, key: str, path: str) -> dict | None:
    value = data.get(key)
    return None if value is None else _object(value, f"{path}{key}")


def _get_list(data: dict, key: str, path: str = "") -> list[dict]:
    value = data.get(key)
    if value is None:
        return []
    if not isinstance(value, list):
        raise _Invalid(f"{path}{key}", f"is {_kind_of(value)}, geen lijst")
    return [_object(item, f"{path}{key}[{i}]") for i, item in enumerate(value)]


def _get_text(data: dict, key: str, path: str = "") -> str | None:
    value = data.get(key)
    if value is None:
        return None
    if isinstance(value, str):
        return value.strip() or None
    if isinstance(value, (int, float)) and not isinstance(value, bool):
        return str(value)
    raise _Invalid(f"{path}{key}", f"is {_kind_of(value)}, geen tekst")


def _get_number(data: dict, key: str, path: str = "") -> float | int | None:
    value = data.get(key)
    if value is None or value == "":
        return None
    if isinstance(value, bool):
        raise _Invalid(f"{path}{key}", "is ja/nee, geen getal")
    if isinstance(value, (int, float)):
        return value
    if isinstance(value, str) and (parsed := values.number(value)) is not None:
        return int(parsed) if parsed.is_integer() else parsed  # Laravel writes decimals as strings: "1250.00"
    raise _Invalid(f"{path}{key}", f"is {_kind_of(value)} ('{str(value)[:40]}'), geen getal")


class _PlainText(HTMLParser):
    """Eva keeps its texts as HTML (e-core src/Casts/CleanedHtml.php); the matrix holds plain text."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []

    def handle_starttag(self, tag: str, attrs: list) -> None:
        if tag in _BLOCKS:
            self.parts.append(_PARAGRAPH if tag == "p" else "\n")
        if tag == "li":
            self.parts.append("- ")

    def handle_endtag(self, tag: str) -> None:
        if tag in _BLOCKS:
            self.parts.append(_PARAGRAPH if tag == "p" else "\n")

    def handle_data(self, data: str) -> None:
        self.parts.append(data)

    def text(self) -> str:
        lines = [" ".join(line.split()) for line in "".join(self.parts).splitlines()]
        text = re.sub(r"\n+", "\n", "\n".join(line for line in lines if line))
        text = re.sub(rf"\n?{_PARAGRAPH}[{_PARAGRAPH}\n]*", "\n\n", text)
        return text.strip()


def plain_text(text: str | None) -> tuple[str | None, bool]:
    """Return ``text`` without HTML markup (paragraphs and list items on their own line) and whether it had any."""
    if text is None or not _TAG.search(text):
        return text, False
    parser = _PlainText()
    parser.feed(text)
    parser.close()
    return parser.text() or None, True


@dataclass
class _Row:
    """One Eva instrument as the cells of a keuzematrix row."""

    values: dict[str, object] = field(default_factory=dict)  # field key -> cell value
    labels: dict[str, list[str]] = field(default_factory=dict)  # group -> canonical labels
    extra: dict[str, object] = field(default_factory=dict)  # extra column header -> value
    kept: list[str] = field(default_factory=list)  # "key: value" lines for the internal column
    ratings: list[dict] = field(default_factory=list)
    organisation: str | None = None
    name: str = ""
    own: bool = False  # written by keuzehulp's own export --eva (import_mark keuzehulp)

    @classmethod
    def of(cls, record: object, taxonomy: Taxonomy, result: EvaImport, number: int) -> _Row:
        data = _object(record, "(het instrument zelf)")
        name = _get_text(data, "name")
        if name is None:
            raise _Invalid("name", "ontbreekt of is leeg; Eva geeft elk instrument een naam")
        row = cls(name=name)
        row._fill(data, taxonomy, result, f"Instrument {number} ({name})")
        return row

    def _note(self, key: str, line: str) -> None:
        """Append ``line`` to the text of field ``key`` (a toelichting or Aanvullende informatie)."""
        current = self.values.get(key)
        self.values[key] = f"{current}\n{line}" if current else line

    def _keep_visible(
        self, result: EvaImport, where: str, key: str, value: str, target: str = "aanvullende_informatie"
    ) -> None:
        self._note(target, f"Eva {key}: {value}")
        label = load_taxonomy().field_by_key(target).label
        result.kept.append(f"{where}: '{value}' ({key}) kent de matrix niet; het staat bij {label}.")

    def _keep_internal(self, result: EvaImport, where: str, key: str, value: object, why: str) -> None:
        shown = value if isinstance(value, str) else json.dumps(value, ensure_ascii=False, sort_keys=True)
        self.kept.append(f"{key}: {shown}")
        result.not_imported.append(f"{where}: {key} ({why}); intern bewaard in de kolom {KEPT_HEADER}.")

    def _fill(self, data: dict, taxonomy: Taxonomy, result: EvaImport, where: str) -> None:
        self.values["naam"] = self.name
        used = {"name", "uuid", "publish_from", "publish_to", "publish", "import_mark", "ratings", *DERIVED}
        self.extra[UUID_HEADER] = _get_text(data, "uuid")
        for key, header in (("publish_from", FROM_HEADER), ("publish_to", TO_HEADER)):
            self.extra[header] = _date(data, key)
        if data.get("publish") is False:
            self._keep_internal(result, where, "publish", False, "in Eva niet gepubliceerd")
        if mark := _get_text(data, "import_mark"):
            self.kept.append(f"import_mark: {mark}")
        texts = {key: _get_text(data, key) for key in TEXT_FIELDS}
        self.own = mark == IMPORT_MARK
        if self.own:
            texts.update(self._own_lines(texts, taxonomy, result, where))
        for key, target in TEXT_FIELDS.items():
            text, was_html = plain_text(texts[key])
            result.html_fields += was_html
            if text is not None:
                self._note(target, text)
            used.add(key)
        self.ratings = _get_list(data, "ratings")
        handlers = (
            ("organisation", self._organisation),
            ("owner", self._owner),
            ("provider", self._provider),
            ("implementation", self._implementation),
            ("tiles", self._tiles),
            ("client_characteristics", self._client_characteristics),
            ("target_groups", self._target_groups),
            ("group_forms", self._group_forms),
            ("total_duration_value", self._duration),
            ("total_duration_unit", None),
            ("intensity_hours_per_week", self._intensity),
            ("total_costs", self._costs),
            ("contacts", self._contacts),
            ("locations", self._locations),
            ("registration_codes", self._registration_codes),
            ("links", self._links),
            ("downloads", None),
            ("videos", None),
            ("available_regions", self._areas),
            ("available_townships", None),
            ("available_neighbourhoods", None),
        )
        for key, handler in handlers:
            used.add(key)
            if handler is not None:
                handler(data, taxonomy, result, where)
        if self.own and self.extra[UUID_HEADER] == generated_uuid(self.organisation, slug(self.name)):
            self.extra[UUID_HEADER] = None  # made by the export from organisation and name: it makes it again
        for key in sorted(set(data) - used):
            if data[key] not in (None, "", [], {}):
                self._keep_internal(result, where, key, data[key], "onbekend veld")

    def _own_lines(
        self, texts: dict[str, str | None], taxonomy: Taxonomy, result: EvaImport, where: str
    ) -> dict[str, str | None]:
        """Restore the fields keuzehulp's own export wrote as lines of text; return the texts without those lines."""
        own = read_keuzehulp_lines(texts["additional_information"], texts["duration_description"])
        for label in own.uitvoeringsvormen:
            self._label(taxonomy, result, where, "uitvoeringsvormen", "additional_information", label)
        if own.werkzaak_kenmerken:
            self.values["werkzaak_kenmerken"] = "; ".join(own.werkzaak_kenmerken)
        if own.duur:
            self.values["duur"] = own.duur
        return {"additional_information": own.additional_information, "duration_description": own.duration_description}

    def _organisation(self, data: dict, taxonomy: Taxonomy, result: EvaImport, where: str) -> None:
        organisation = _get_object(data, "organisation", "")
        if organisation is not None:
            self.organisation = _get_text(organisation, "name", "organisation.")
            self.values["organisatie"] = self.organisation

    def _owner(self, data: dict, taxonomy: Taxonomy, result: EvaImport, where: str) -> None:
        owner = _get_object(data, "owner", "")  # older exports: the owner instead of the organisation
        if owner is not None and self.organisation is None:
            self.organisation = _get_text(owner, "name", "owner.")
            self.values["organisatie"] = self.organisation

    def _provider(self, data: dict, taxonomy: Taxonomy, result: EvaImport, where: str) -> None:
        provider = _get_object(data, "provider", "")
        if provider is None:
            return
        self.values["aanbieder"] = _get_text(provider, "name", "provider.")
        details = {k: provider[k] for k in ("uuid", "address", "contact") if provider.get(k) not in (None, "", {})}
        if details:
            self.kept.append(f"provider: {json.dumps(details, ensure_ascii=False, sort_keys=True)}")

    def _implementation(self, data: dict, taxonomy: Taxonomy, result: EvaImport, where: str) -> None:
        implementation = _get_object(data, "implementation", "")
        if implementation is None:
            return
        name = _get_text(implementation, "name", "implementation.")
        if name:
            self._label(taxonomy, result, where, "uitvoeringsvormen", "implementation", name)

    def _label(self, taxonomy: Taxonomy, result: EvaImport, where: str, group: str, key: str, name: str) -> None:
        migrated = taxonomy.migration(group, name) if group == "uitvoeringsvormen" else ()
        label = taxonomy.canonical(group, name) or (migrated[0] if len(migrated) == 1 else None)
        if label:
            self.labels.setdefault(group, []).append(label)
            if not taxonomy.canonical(group, name):
                result.kept.append(f"{where}: '{name}' ({key}) is gelezen als {label}, zoals Eva het omzet.")
        else:
            self._keep_visible(result, where, key, name)

    def _tiles(self, data: dict, taxonomy: Taxonomy, result: EvaImport, where: str) -> None:
        for i, tile in enumerate(_get_list(data, "tiles")):
            if name := _get_text(tile, "name", f"tiles[{i}]."):
                self._label(taxonomy, result, where, "tegels", "tiles", name)

    def _client_characteristics(self, data: dict, taxonomy: Taxonomy, result: EvaImport, where: str) -> None:
        for i, item in enumerate(_get_list(data, "client_characteristics")):
            if name := _get_text(item, "name", f"client_characteristics[{i}]."):
                self._label(taxonomy, result, where, "klantkenmerken", "client_characteristics", name)

    def _target_groups(self, data: dict, taxonomy: Taxonomy, result: EvaImport, where: str) -> None:
        groups = [
            text
            for i, item in enumerate(_get_list(data, "target_groups"))
            if (text := _get_text(item, "description", f"target_groups[{i}]."))
        ]
        self._items(result, where, "doelgroepen", groups)

    def _items(self, result: EvaImport, where: str, key: str, items: list[str]) -> None:
        if not items:
            return
        self.values[key] = "\n".join(items)
        split = [item for item in items if values.split_list(item) != [item]]
        if split:
            names = ", ".join(f"'{item}'" for item in split)
            result.kept.append(f"{where}: {names} in {key} bevat een komma of puntkomma en telt dus als meer dan één.")

    def _group_forms(self, data: dict, taxonomy: Taxonomy, result: EvaImport, where: str) -> None:
        forms = []
        for i, form in enumerate(_get_list(data, "group_forms")):
            name = _get_text(form, "name", f"group_forms[{i}].")
            if name and fold(name) in GROUP_FORMS:
                forms.append(GROUP_FORMS[fold(name)])
            elif name:
                self._keep_visible(result, where, "group_forms", name)
        kinds = set(forms)
        self.values["groep_individueel"] = "beide" if len(kinds) == 2 else (forms[0] if forms else None)

    def _duration(self, data: dict, taxonomy: Taxonomy, result: EvaImport, where: str) -> None:
        amount = _get_number(data, "total_duration_value")
        unit_name = _get_text(data, "total_duration_unit")
        unit_key = _get_text(data, "total_duration_unit_key")
        unit = DURATION_UNITS.get(unit_name or "") or DURATION_KEYS.get(unit_key or "")
        if amount is not None and unit:
            self.values["duur"], self.values["duur_eenheid"] = amount, unit
        elif amount is not None or unit_name:
            shown = " ".join(str(v) for v in (amount, unit_name) if v is not None)
            self._keep_visible(result, where, "total_duration", shown, "toelichting_duur")

    def _intensity(self, data: dict, taxonomy: Taxonomy, result: EvaImport, where: str) -> None:
        self.values["intensiteit"] = _get_number(data, "intensity_hours_per_week")

    def _costs(self, data: dict, taxonomy: Taxonomy, result: EvaImport, where: str) -> None:
        self.values["kosten"] = _get_number(data, "total_costs")

    def _contacts(self, data: dict, taxonomy: Taxonomy, result: EvaImport, where: str) -> None:
        lines = []
        for i, contact in enumerate(_get_list(data, "contacts")):
            path = f"contacts[{i}]."
            kind = _get_object(contact, "type", path) or {}
            type_name = _get_text(kind, "name", f"{path}type.") or _get_text(kind, "key", f"{path}type.")
            soort = CONTACT_TYPES.get(type_name or "")
            parts = [_one_line(_get_text(contact, k, path)) for k in ("name", "phone", "email")]
            if soort is None:
                soort = "intern"  # when in doubt, internal: never shown to cliënten
                result.kept.append(
                    f"{where}: contactpersoon {i + 1} heeft in Eva geen type Intern of Extern "
                    f"('{type_name or ''}'); hij staat als intern."
                )
            if label := _get_text(contact, "label", path):
                self.kept.append(f"contacts[{i}].label: {label}")
            line = "; ".join([soort, *(p for p in parts if p)])
            if values.contactpersoon(line, taxonomy).contact != Contactpersoon(soort, *parts):
                result.kept.append(
                    f"{where}: contactpersoon {i + 1} ('{line}') leest anders terug dan Eva hem heeft; kijk hem na."
                )
            lines.append(line)
        self.values["contactpersonen"] = "\n".join(lines) or None

    def _locations(self, data: dict, taxonomy: Taxonomy, result: EvaImport, where: str) -> None:
        lines = []
        for i, location in enumerate(_get_list(data, "locations")):
            path = f"locations[{i}]."
            if location.get("is_active") is False:
                self._keep_internal(result, where, f"locations[{i}]", location, "locatie is in Eva niet actief")
                continue
            kind = _get_object(location, "type", path) or {}
            type_name = _get_text(kind, "name", f"{path}type.")
            type_key = _get_text(kind, "key", f"{path}type.")
            loc_type = LOCATION_TYPES.get(type_name or "") or LOCATION_KEYS.get(type_key or "")
            address = _address(_get_object(location, "address", path), f"{path}address.")
            description = _get_text(location, "description", path)
            name = _one_line(_get_text(location, "name", path))
            if self.own:  # keuzehulp's export: a description may hold the address, and may keep its ';'
                if address is None:
                    address, description = read_location_description(description)
                elif name == address:
                    name = None  # Eva needs a name and the export gave the postal address; nobody names a place so
                description = " ".join((description or "").split()) or None
            else:
                description = _one_line(description)
            if loc_type is None and (type_name or type_key):
                description = "; ".join(t for t in (f"Eva type: {type_name or type_key}", description) if t)
                result.kept.append(
                    f"{where}: het locatietype '{type_name or type_key}' kent de matrix niet; "
                    "het staat bij de beschrijving van de locatie."
                )
            line = "; ".join(p for p in (name, loc_type, address, description) if p)
            if self.own and name == address and values.locatie(line, taxonomy).locatie.naam is None:
                line, name = "; ".join(p for p in (loc_type, address, description) if p), None  # "bij de klant thuis"
            if values.locatie(line, taxonomy).locatie != Locatie(name, loc_type, address, description):
                result.kept.append(
                    f"{where}: locatie {i + 1} ('{line}') leest anders terug dan Eva haar heeft; kijk haar na."
                )
            lines.append(line)
        self.values["locaties"] = "\n".join(lines) or None

    def _registration_codes(self, data: dict, taxonomy: Taxonomy, result: EvaImport, where: str) -> None:
        codes = []
        for i, item in enumerate(_get_list(data, "registration_codes")):
            code = _get_text(item, "code", f"registration_codes[{i}].")
            label = _get_text(item, "label", f"registration_codes[{i}].")
            text = code or label
            if code and label and label != code:
                text = f"{code} ({label})"
            if text:
                codes.append(text)
        self._items(result, where, "registratiecodes", codes)

    def _links(self, data: dict, taxonomy: Taxonomy, result: EvaImport, where: str) -> None:
        lines = []
        entries = [("links", item, _get_text(item, "label", f"links[{i}].")) for i, item in _indexed(data, "links")]
        entries += [
            ("downloads", item, _get_text(item, "label", f"downloads[{i}].") or _get_text(item, "filename", ""))
            for i, item in _indexed(data, "downloads")
        ]
        for i, item in _indexed(data, "videos"):
            provider = _get_text(item, "provider", f"videos[{i}].") or ""
            identifier = _get_text(item, "video_identifier", f"videos[{i}].")
            template = VIDEO_URLS.get(provider.casefold())
            if template and identifier:
                entries.append(("videos", {"url": template.format(identifier)}, None))
            elif identifier:
                self._keep_visible(result, where, "videos", f"{provider} {identifier}")
        for key, item, title in entries:
            url = _get_text(item, "url", f"{key}.")
            if not url:
                continue
            shown = _one_line(title)
            line = f"{shown.replace('|', '/')} | {url}" if shown else url
            parsed = values.inhoud(line)
            if parsed.inhoud is None or not parsed.scheme_allowed or parsed.inhoud.url != url:
                self._keep_internal(result, where, key, item, f"'{url}' is geen veilige link")
                continue
            lines.append(line)
        self.values["aanvullende_inhoud"] = "\n".join(lines) or None

    def _areas(self, data: dict, taxonomy: Taxonomy, result: EvaImport, where: str) -> None:
        gebieden = load_gebieden()
        areas = []
        for i, item in _indexed(data, "available_regions"):
            if name := _get_text(item, "name", f"available_regions[{i}]."):
                # Eva's regio "Zwolle" or "Groningen" would read as the gemeente of that name
                areas.append(f"Regio {name}" if gebieden.gemeente(name) else name)
        key = "available_townships"
        areas += [name for i, item in _indexed(data, key) if (name := _get_text(item, "name", f"{key}[{i}]."))]
        for i, item in _indexed(data, "available_neighbourhoods"):
            path = f"available_neighbourhoods[{i}]."
            name = _get_text(item, "name", path)
            township = _get_object(item, "township", path)
            town = _get_text(township, "name", f"{path}township.") if township else None
            if name:
                areas.append(f"{town}: {name}" if town else name)
        self._items(result, where, "beschikbare_gebieden", areas)


def _indexed(data: dict, key: str) -> list[tuple[int, dict]]:
    return list(enumerate(_get_list(data, key)))


def _one_line(text: str | None) -> str | None:
    """Return ``text`` on one line without the separators of a list cell, for a part of a contact or location."""
    if text is None:
        return None
    return " ".join(text.replace(";", ",").split()) or None


def _address(address: dict | None, path: str) -> str | None:
    """Return Eva's structured address (AddressResource) as one line: "Straat 1, 1234 AB Plaats"."""
    if address is None:
        return None
    street = " ".join(t for t in (_get_text(address, "straatnaam", path), _get_text(address, "huisnummer", path)) if t)
    postbus = _get_text(address, "postbusnummer", path)
    antwoord = _get_text(address, "antwoordnummer", path)
    first = street or (postbus and f"Postbus {postbus}") or (antwoord and f"Antwoordnummer {antwoord}")
    place = " ".join(t for t in (_get_text(address, "postcode", path), _get_text(address, "woonplaats", path)) if t)
    return _one_line(", ".join(t for t in (first, place) if t))


def _date(data: dict, key: str) -> dt.date | None:
    text = _get_text(data, key)
    if text is None:
        return None
    found = _as_date(text)
    if found is None:
        raise _Invalid(key, f"is geen datum ('{text[:40]}')")
    return found


def _as_date(text: str) -> dt.date | None:
    """Return the date a Laravel timestamp ("2024-03-01T09:00:00.000000Z") starts with, or None."""
    try:
        return dt.date.fromisoformat(text[:10])
    except ValueError:
        return None


def _workbook(rows: list[_Row], taxonomy: Taxonomy, result: EvaImport):
    """Return the sjabloon filled with ``rows``; the extra columns are only added when the sjabloon lacks them."""
    own = {c.header.rstrip(" *") for c in template_columns(taxonomy)}
    extra = [h for h in EXTRA_HEADERS if h not in own]
    workbook = template_workbook(
        Instellingen(organisatie=result.organisation),
        rows=max(EMPTY_ROWS, len(rows)),
        extra=extra,
        taxonomy=taxonomy,
        datum=TEMPLATE_DATE,
    )
    columns = template_columns(taxonomy, extra)
    by_header = {c.header.rstrip(" *"): c for c in columns}
    sheet = workbook[INSTRUMENT_SHEET]
    for number, row in enumerate(rows, start=FIRST_ROW):
        cells: dict[int, object] = {}
        for column in columns:
            if column.is_mark:
                cells[column.index] = "x" if column.label in row.labels.get(column.list_group or "", ()) else None
            elif column.key == "organisatie" and row.organisation == result.organisation:
                cells[column.index] = None  # Instellingen gives it, so a new organisation name is typed once
            elif column.field and column.key and (column.kind != LABELS or column.key in row.values):
                cells[column.index] = row.values.get(column.key)
        for header, value in {**row.extra, KEPT_HEADER: "\n".join(row.kept) or None}.items():
            cells[by_header[header].index] = value
        write_row(sheet, columns, number, cells)
    _write_ratings(workbook, rows, result)
    return workbook


def _write_ratings(workbook, rows: list[_Row], result: EvaImport) -> None:
    """Write Eva's ratings on the sheet Ervaringen when the sjabloon has it; otherwise say they were not imported."""
    count = sum(len(r.ratings) for r in rows)
    if not count:
        return
    if RATINGS_SHEET not in workbook.sheetnames:
        result.not_imported.append(
            f"{counted(count, 'ervaring (rating)', 'ervaringen (ratings)')} uit Eva: het sjabloon heeft geen blad "
            f"{RATINGS_SHEET}."
        )
        return
    sheet = workbook[RATINGS_SHEET]
    header_row = next(
        (r for r in range(1, 6) if any(sheet.cell(r, c).value == "Instrument" for c in range(1, 20))), None
    )
    if header_row is None:
        lost = counted(count, "ervaring", "ervaringen")
        result.not_imported.append(f"{lost}: het blad {RATINGS_SHEET} heeft geen kop.")
        return
    positions = {sheet.cell(header_row, c).value: c for c in range(1, sheet.max_column + 1)}
    target = header_row + 1
    for row in rows:
        for rating in row.ratings:
            for header, key in RATING_COLUMNS.items():
                if header not in positions:
                    continue
                value = row.name if key is None else rating.get(key)
                if key == "created_at" and isinstance(value, str):
                    value = _as_date(value) or value
                if value is not None and not isinstance(value, (str, int, float, dt.date)):
                    value = json.dumps(value, ensure_ascii=False)
                put(sheet.cell(target, positions[header]), value)
            target += 1
    result.kept.append(f"{counted(count, 'ervaring', 'ervaringen')} uit Eva staan op het blad {RATINGS_SHEET}.")
