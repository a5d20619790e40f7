"""From keuzematrix to Eva (issue 12): codes, doelgroepen, Werkzaak codes, ``check --eva`` and ``export --eva``.

The contract tests read Eva's names from ``tests/data/eva/ecore-labels.csv`` (copied from e-core's seeders and
enums, with their source files), not from keuzehulp's own taxonomy, so a wrong spelling in the taxonomy fails here.
The shapes come from waotaa/e-core: src/Services/ImExport/InstrumentFromArrayService.php and its siblings.
"""

from __future__ import annotations

import csv
import dataclasses
import json
import os
import uuid
from pathlib import Path

import pytest
from openpyxl import load_workbook

from keuzehulp.cli import main
from keuzehulp.eva import ENTITIES, eva_problems, export, organisation, parse_address, with_eva_problems, youtube_id
from keuzehulp.migration import migrate
from keuzehulp.pipeline import build, load
from keuzehulp.render_html import target_group_sentence
from keuzehulp.taxonomy import load_taxonomy
from tests.conftest import EXAMPLE, ROOT
from tests.helpers import keuzehulp_command
from tests.test_ervaringen import RATERS, VALID, _matrix
from tests.xlsx import valid_row, write_matrix

DATA = ROOT / "tests" / "data" / "eva"
GOLDEN = ROOT / "tests" / "golden" / "eva"
TAXONOMY = load_taxonomy()


def eva_names(soort: str) -> dict[str, str]:
    """Return Eva's name -> code (or enum key) of one kind of ecore-labels.csv."""
    with open(DATA / "ecore-labels.csv", encoding="utf-8") as handle:
        return {row["label"]: row["code_of_sleutel"] for row in csv.DictReader(handle) if row["soort"] == soort}


def migrations(soort: str) -> list[tuple[str, str]]:
    """Return (label typed in production, Eva label) of the active rows of ecore-label-migrations.csv."""
    with open(DATA / "ecore-label-migrations.csv", encoding="utf-8") as handle:
        rows = csv.DictReader(handle)
        return [(r["label_in_productie_(custom)"], r["eva_label"]) for r in rows if r["soort"] == soort]


def exported(runner, matrix: Path, folder: Path, *options: str) -> dict[str, list]:
    result = runner.invoke(main, ["export", "--eva", str(matrix), "-o", str(folder), *options])
    assert result.exit_code == 0, result.output
    return {e: json.loads((folder / f"keuzehulp-{e}.json").read_text(encoding="utf-8")) for e in ENTITIES}


def matrix(tmp_path: Path, *rows: dict, name: str = "m.xlsx") -> Path:
    return write_matrix(tmp_path / name, list(rows))


# --- golden: the example, byte for byte ------------------------------------------------------------------------


def test_export_of_the_example_is_the_golden_files_byte_for_byte(tmp_path):
    """The four files of the example; after an intended change: KEUZEHULP_GOLDEN=schrijf rewrites tests/golden/eva."""
    done = keuzehulp_command("export", "--eva", EXAMPLE, "-o", tmp_path, "-q")
    assert done.returncode == 0, done.stderr
    for entity in ENTITIES:
        name = f"keuzehulp-{entity}.json"
        if os.environ.get("KEUZEHULP_GOLDEN") == "schrijf":
            (GOLDEN / name).write_bytes((tmp_path / name).read_bytes())
        assert (tmp_path / name).read_bytes() == (GOLDEN / name).read_bytes(), name
    assert sorted(p.name for p in tmp_path.iterdir()) == sorted(f"keuzehulp-{e}.json" for e in ENTITIES)


def test_a_second_export_gives_the_same_bytes_and_replaces_its_own_files(runner, tmp_path):
    first = exported(runner, EXAMPLE, tmp_path)
    again = exported(runner, EXAMPLE, tmp_path)
    assert first == again


# --- contract: what e-core reads -------------------------------------------------------------------------------

ITERATED = ("downloads", "links", "locations", "registration_codes", "videos", "ratings")


@pytest.fixture(scope="module")
def example_files(tmp_path_factory) -> dict[str, list]:
    from click.testing import CliRunner

    return exported(CliRunner(), EXAMPLE, tmp_path_factory.mktemp("eva"))


def test_every_file_is_a_json_array_and_the_two_keuzehulp_does_not_keep_are_empty(example_files):
    assert all(isinstance(records, list) for records in example_files.values())
    assert example_files["environment"] == [] and example_files["professional"] == []
    assert len(example_files["instrument"]) == 54


def test_instruments_have_the_keys_import_set_needs_and_arrays_where_eva_iterates(example_files):
    uuids = set()
    for record in example_files["instrument"]:
        assert record["name"] and "organisation" in record
        assert str(uuid.UUID(record["uuid"])) == record["uuid"]
        uuids.add(record["uuid"])
        assert all(isinstance(record[key], list) for key in ITERATED), record["name"]
        assert len(record["summary"]) <= 500
    assert len(uuids) == len(example_files["instrument"])


def test_names_eva_links_by_name_are_exactly_eva_names(example_files):
    tiles, kks, forms = eva_names("tegel"), eva_names("klantkenmerk"), eva_names("groepsvorm")
    implementations, target_groups = eva_names("uitvoeringsvorm"), eva_names("doelgroep")
    seen_kk = set()
    for record in example_files["instrument"]:
        assert all(tiles[t["name"]] == t["key"] for t in record["tiles"])
        assert all(c["name"] in kks for c in record["client_characteristics"])
        seen_kk |= {c["name"] for c in record["client_characteristics"]}
        assert all(f["name"] in forms and f["custom"] is False for f in record["group_forms"])
        assert record["implementation"] is None or record["implementation"]["name"] in implementations
        assert all(g["description"] in target_groups for g in record["target_groups"] if not g["custom"])
    # The four klantkenmerken the handreiking spells differently reach Eva in Eva's spelling.
    assert {"Zelfregie / zelfsturing", "Willen en geloven in eigen kunnen"} <= seen_kk


def test_enums_are_eva_enum_names_and_durations_whole_numbers(example_files):
    units, location_types = eva_names("duureenheid"), eva_names("locatietype")
    contact_types = set(eva_names("contacttype"))
    for record in example_files["instrument"]:
        assert record["total_duration_unit"] is None or record["total_duration_unit"] in units
        assert record["total_duration_value"] is None or type(record["total_duration_value"]) is int
        assert (record["total_duration_value"] is None) == (record["total_duration_unit"] is None)
        for place in record["locations"]:
            kind = place["type"]
            assert kind == {"key": None, "name": None} or location_types[kind["name"]] == kind["key"]
        for contact in record["contacts"]:
            assert set(contact) >= {"name", "phone", "email"} and contact["type"]["name"] in contact_types
        assert all(v["provider"] == "youtube" and len(v["video_identifier"]) == 11 for v in record["videos"])


def test_providers_are_entities_with_uuid_name_and_organisation(example_files):
    providers = example_files["provider"]
    assert len({p["uuid"] for p in providers}) == len(providers) == len({p["name"] for p in providers})
    by_uuid = {p["uuid"]: p for p in providers}
    for record in example_files["instrument"]:
        provider = record["provider"]
        assert by_uuid[provider["uuid"]] == provider
        assert set(provider) >= {"uuid", "name", "organisation"}
    for record in example_files["instrument"]:
        assert_organisation_shape(record["organisation"])


def assert_organisation_shape(organisation: dict) -> None:
    """OrganisationFromArrayService switches on ``type`` and reads the party under its own key."""
    party = organisation[{"LocalParty": "localParty", "Partnership": "partnership"}[organisation["type"]]]
    assert party["slug"] and party["name"] == organisation["name"]
    if organisation["type"] == "LocalParty":
        assert party["township"]["slug"]  # LocalPartyFromArrayService: firstOrFail on this slug
    else:
        assert isinstance(party["townships"], list)  # PartnershipFromArrayService iterates it


@pytest.mark.parametrize(
    ("name", "kind", "township"),
    [
        ("Gemeente Tiel", "LocalParty", "tiel"),
        ("gemeente 's-Hertogenbosch", "LocalParty", "s-hertogenbosch"),
        ("Werkbedrijf Lindenhoven", "Partnership", None),
        ("Gemeente", "Partnership", None),
    ],
)
def test_a_gemeente_is_a_local_party_and_any_other_organisation_a_partnership(name, kind, township):
    data = organisation(name)
    assert_organisation_shape(data)
    assert data["type"] == kind
    assert township is None or data["localParty"]["township"]["slug"] == township


# --- what Eva cannot hold, and where it goes -------------------------------------------------------------------


def test_what_eva_cannot_hold_is_placed_where_eva_keeps_it_and_reported(runner, tmp_path):
    row = valid_row(
        "Werkstart",
        Uitvoeringsvorm="Bemiddeling; Coaching; Onderzoek",
        Klantkenmerken="1.3.4; 3.1 Persoonlijk, sociaal en/of verstandelijk",
        **{"Totale duur": "2,5 maanden", "Toelichting duur": "Verlengen kan."},
        **{"Aanvullende inhoud": "Film | https://youtu.be/dQw4w9WgXcQ\nFolder | https://x.example/f.pdf"},
        **{
            "Locatie(s) uitvoering": "Werkplein; bij de gemeente; Stationsstraat 12a, 4001AB Tiel; Balie\n"
            "Huisbezoek; bij de klant thuis; in overleg; -"
        },
    )
    folder = tmp_path / "eva"
    result = runner.invoke(main, ["export", "--eva", str(matrix(tmp_path, row)), "-o", str(folder)])
    assert result.exit_code == 0, result.output
    (record,) = json.loads((folder / "keuzehulp-instrument.json").read_text(encoding="utf-8"))
    assert record["implementation"] == {"name": "Coaching"}
    assert "Uitvoeringsvormen ook: Bemiddeling, Onderzoek" in record["additional_information"]
    assert "Werkzaak-kenmerken: 1.3.4, 3.1" in record["additional_information"]
    assert (record["total_duration_value"], record["total_duration_unit"]) == (None, None)
    assert record["duration_description"] == "Totale duur: 2,5 maanden.\n\nVerlengen kan."
    assert record["videos"] == [{"provider": "youtube", "video_identifier": "dQw4w9WgXcQ"}]
    assert record["links"] == [{"label": "Folder", "url": "https://x.example/f.pdf"}]
    werkplein, thuis = record["locations"]
    assert werkplein["address"]["postcode"] == "4001 AB" and werkplein["type"] == {
        "key": "township",
        "name": "Gemeente",
    }
    assert thuis["address"] is None and thuis["description"].startswith("Adres: in overleg")
    for said in (
        "Rij 2 (Werkstart): uitvoeringsvormen ook",
        "werkzaak-kenmerken: 1.3.4, 3.1",
        "2,5 maanden",
        "in overleg",
    ):
        assert said in result.output


def test_bemiddeling_alone_gives_eva_no_implementation_and_is_kept_in_aanvullende_informatie(runner, tmp_path):
    row = valid_row(Uitvoeringsvorm="Bemiddeling", **{"Aanvullende informatie": "Eigen tekst."})
    files = exported(runner, matrix(tmp_path, row), tmp_path / "eva")
    (record,) = files["instrument"]
    assert record["implementation"] is None
    assert record["additional_information"] == (
        "Eigen tekst.\n\nUit de keuzematrix (Eva heeft er geen eigen veld voor):\n- Uitvoeringsvorm: Bemiddeling"
    )


@pytest.mark.parametrize(
    ("text", "address"),
    [
        ("Stationsstraat 12, 4001 AB Tiel", ("Stationsstraat", "12", None, None, "4001 AB", "Tiel")),
        ("Werkplein, Markt 1a, 4001ab  Tiel", ("Markt", "1a", None, None, "4001 AB", "Tiel")),
        (
            "Van der Duyn van Maasdamweg 100-2 1234 XY 's-Hertogenbosch",
            ("Van der Duyn van Maasdamweg", "100-2", None, None, "1234 XY", "'s-Hertogenbosch"),
        ),
        ("Postbus 123, 4000 AA Tiel", (None, None, "123", None, "4000 AA", "Tiel")),
        ("Antwoordnummer 55, 4000 VB Tiel", (None, None, None, "55", "4000 VB", "Tiel")),
    ],
)
def test_addresses_are_parsed_into_eva_address_fields(text, address):
    keys = ("straatnaam", "huisnummer", "postbusnummer", "antwoordnummer", "postcode", "woonplaats")
    assert parse_address(text) == dict(zip(keys, address, strict=True))


@pytest.mark.parametrize("text", ["bij de klant thuis", "Markt 1, Tiel", "0123 AB Tiel", "", None])
def test_an_address_without_a_dutch_postcode_is_not_an_eva_address(text):
    assert parse_address(text) is None


@pytest.mark.parametrize(
    ("url", "video"),
    [
        ("https://www.youtube.com/watch?v=dQw4w9WgXcQ", "dQw4w9WgXcQ"),
        ("https://youtube.com/watch?feature=share&v=dQw4w9WgXcQ", "dQw4w9WgXcQ"),
        ("https://youtu.be/dQw4w9WgXcQ?t=10", "dQw4w9WgXcQ"),
        ("https://www.youtube.com/embed/dQw4w9WgXcQ", "dQw4w9WgXcQ"),
        ("https://m.youtube.com/shorts/dQw4w9WgXcQ", "dQw4w9WgXcQ"),
        ("https://vimeo.com/12345678", None),
        ("https://www.youtube.com/@gemeente", None),
        ("https://notyoutube.com/watch?v=dQw4w9WgXcQ", None),
    ],
)
def test_youtube_links_become_videos_and_other_links_stay_links(url, video):
    assert youtube_id(url) == video


def test_uuids_are_stable_and_an_eva_uuid_column_wins(runner, tmp_path):
    given = "123E4567-E89B-12D3-A456-426614174000"
    rows = (valid_row("Een"), valid_row("Twee", **{"Eva-uuid": given}))
    first = exported(runner, matrix(tmp_path, *rows), tmp_path / "a")
    moved = exported(runner, matrix(tmp_path, *reversed(rows), name="n.xlsx"), tmp_path / "b")
    uuids = {r["name"]: r["uuid"] for r in first["instrument"]}
    assert uuids == {r["name"]: r["uuid"] for r in moved["instrument"]}
    assert uuids["Twee"] == given.lower() and uuid.UUID(uuids["Een"]).version == 5


# --- check --eva ------------------------------------------------------------------------------------------------


def test_check_eva_reports_what_eva_would_hide_or_drop_as_fouten(runner, tmp_path):
    rows = (
        valid_row("Zonder tegel", Tegels=None),
        valid_row("Zonder kenmerk", Klantkenmerken=None),
        valid_row("Lang", Samenvatting="x" * 501),
        valid_row("Foute uuid", **{"Eva-uuid": "abc"}),
        valid_row("Uuid een", **{"Eva-uuid": "123e4567-e89b-12d3-a456-426614174000"}),
        valid_row("Uuid twee", **{"Eva-uuid": "123e4567-e89b-12d3-a456-426614174000"}),
    )
    path = matrix(tmp_path, *rows)
    plain = runner.invoke(main, ["check", str(path), "--format", "json"])
    eva = runner.invoke(main, ["check", str(path), "--eva", "--format", "json"])
    assert plain.exit_code == 0 and eva.exit_code == 1
    found = {(p["rij"], p["code"], p["ernst"], p["cel"]) for p in json.loads(eva.output)["problemen"]}
    assert {(r, c) for r, c, *_ in found} == {
        (2, "eva-geen-tegel"),
        (3, "eva-geen-klantkenmerk"),
        (4, "eva-samenvatting-te-lang"),
        (5, "eva-uuid-ongeldig"),
        (7, "eva-uuid-dubbel"),
    }
    assert {ernst for _, _, ernst, _ in found} == {"fout"}
    plain_codes = {p["code"] for p in json.loads(plain.output)["problemen"]}
    assert plain_codes == {"geen-tegel", "geen-klantkenmerk", "samenvatting-te-lang"}


def test_check_eva_keeps_the_report_in_row_order_with_settings_last(tmp_path):
    rows = [valid_row("A"), valid_row("B", Tegels="Werkfitt"), valid_row("C", Klantkenmerken=None)]
    settings = {"Instellingen": [["Instelling", "Waarde"], ["Onbekende regel", "x"]]}
    loaded = load(write_matrix(tmp_path / "m.xlsx", rows, extra_sheets=settings))
    report = with_eva_problems(loaded.report, loaded.entries, TAXONOMY)
    found = [(p.blad, p.rij, p.code) for p in report.problemen]
    assert found == [
        ("Instrumenten", 3, "tegel-onbekend"),
        ("Instrumenten", 3, "eva-geen-tegel"),
        ("Instrumenten", 4, "eva-geen-klantkenmerk"),
        ("Instellingen", 2, "instelling-onbekend"),
    ]


def test_export_never_runs_when_check_eva_has_fouten(runner, tmp_path):
    folder = tmp_path / "eva"
    result = runner.invoke(main, ["export", "--eva", str(matrix(tmp_path, valid_row(Tegels=None))), "-o", str(folder)])
    assert result.exit_code == 1
    assert "eva-geen-tegel" in result.output and "niets geschreven" in result.output
    assert not folder.exists()


def test_a_label_without_an_eva_name_is_a_fout_because_eva_would_drop_it(tmp_path):
    """Eva links tegels and klantkenmerken by exact name; a term the taxonomy cannot name in Eva would be lost."""
    werk_fit = next(t for t in TAXONOMY.tegels if t.label == "Werk fit")
    tegels = tuple(dataclasses.replace(t, eva_code=None) if t is werk_fit else t for t in TAXONOMY.tegels)
    indexes = {"_index": {}, "_werkzaak_index": {}, "_field_index": {}}  # fresh: never touch the cached taxonomy
    without = dataclasses.replace(TAXONOMY, tegels=tegels, **indexes)
    loaded = load(matrix(tmp_path, valid_row("A", Tegels="Werk fit; Opleiden"), valid_row("B", Tegels="Opleiden")))
    found = [(p.rij, p.code, p.cel) for p in eva_problems(loaded.entries, without)]
    assert found == [(2, "eva-naam-onbekend", "H2")]
    assert list(eva_problems(loaded.entries, TAXONOMY)) == []


def test_an_unreadable_matrix_exports_nothing(runner, tmp_path):
    result = runner.invoke(main, ["export", "--eva", str(tmp_path / "weg.xlsx"), "-o", str(tmp_path / "eva")])
    assert result.exit_code == 1 and "bestand-niet-gevonden" in result.output
    assert not (tmp_path / "eva").exists()


# --- the files in the target folder ------------------------------------------------------------------------------


def test_foreign_files_are_never_overwritten_without_force(runner, tmp_path):
    folder = tmp_path / "eva"
    folder.mkdir()
    foreign = folder / "keuzehulp-provider.json"
    foreign.write_text('[{"uuid": "x", "name": "van iemand anders"}]', encoding="utf-8")
    path = matrix(tmp_path, valid_row())
    refused = runner.invoke(main, ["export", "--eva", str(path), "-o", str(folder)])
    assert refused.exit_code == 1 and "keuzehulp-provider.json" in refused.output
    assert sorted(p.name for p in folder.iterdir()) == ["keuzehulp-provider.json"]
    assert "van iemand anders" in foreign.read_text(encoding="utf-8")
    forced = runner.invoke(main, ["export", "--eva", str(path), "-o", str(folder), "--force"])
    assert forced.exit_code == 0 and "van iemand anders" not in foreign.read_text(encoding="utf-8")


def test_basis_names_the_files_and_must_be_a_plain_name(runner, tmp_path):
    path = matrix(tmp_path, valid_row())
    done = runner.invoke(main, ["export", "--eva", str(path), "-o", str(tmp_path / "e"), "--basis", "tiel_2026"])
    assert done.exit_code == 0 and "php artisan import:set tiel_2026" in done.output
    assert sorted(p.name for p in (tmp_path / "e").iterdir()) == sorted(f"tiel_2026-{e}.json" for e in ENTITIES)
    for bad in ("../x", "a b", "", "-x"):
        assert (
            runner.invoke(main, ["export", "--eva", str(path), "-o", str(tmp_path / "f"), "--basis", bad]).exit_code
            == 2
        )
    assert runner.invoke(main, ["export", str(path), "-o", str(tmp_path / "g")]).exit_code == 2
    assert not (tmp_path / "f").exists() and not (tmp_path / "g").exists()


# --- codes in instrumenten.json ---------------------------------------------------------------------------------


def test_instrumenten_json_carries_eva_codes_beside_the_handreiking_labels(example):
    fields = (
        ("tegels", "tegel_codes", "tegel"),
        ("klantkenmerken", "klantkenmerk_codes", "klantkenmerk"),
        ("uitvoeringsvormen", "uitvoeringsvorm_codes", "uitvoeringsvorm"),
    )
    for instrument in example.matrix.instrumenten:
        data = instrument.to_dict()
        for group, key, soort in fields:
            codes = eva_names(soort)
            eva = [TAXONOMY.term(group, label).eva_name for label in data[group]]
            assert data[key] == [codes[name] for name in eva if name in codes], (instrument.naam, key)
        codes = eva_names("doelgroep")
        assert data["doelgroep_codes"] == [codes[name] for name in data["doelgroepen"] if name in codes]
    assert any(i.doelgroep_codes for i in example.matrix.instrumenten)


def test_every_term_of_eva_has_its_code_and_only_bemiddeling_as_uitvoeringsvorm_has_none():
    for group, soort in (("tegels", "tegel"), ("klantkenmerken", "klantkenmerk"), ("doelgroepen", "doelgroep")):
        assert {t.eva_name: t.eva_code for t in TAXONOMY.terms(group)} == eva_names(soort)
    vormen = {t.eva_name: t.eva_code for t in TAXONOMY.terms("uitvoeringsvormen")}
    assert vormen.pop("Bemiddeling") is None
    assert vormen == eva_names("uitvoeringsvorm")
    assert {name for _, name in TAXONOMY.eva_units.values()} == set(eva_names("duureenheid"))
    assert dict(TAXONOMY.eva_locations.values()) == {k: n for n, k in eva_names("locatietype").items()}


# --- doelgroepen ------------------------------------------------------------------------------------------------


@pytest.mark.parametrize(("typed", "eva"), migrations("doelgroep"))
def test_every_doelgroep_eva_migrated_in_production_is_recognised(typed, eva):
    assert TAXONOMY.doelgroep(typed).label == eva


@pytest.mark.parametrize("typed", ["50+", "NUG", "Laaggeletterdheid", "ZZP'er", "Doelgroepenregister", "nug-ers"])
def test_production_variants_of_doelgroepen_are_recognised(typed):
    assert TAXONOMY.doelgroep(typed) is not None


def test_doelgroepen_are_written_as_eva_describes_them_unknown_kept_algemeen_dropped(tmp_path):
    path = matrix(tmp_path, valid_row(Doelgroepen="50+; Alleenstaande ouders; NUG; Algemeen; 50 plus"))
    loaded = load(path)
    (instrument,) = loaded.matrix.instrumenten
    assert instrument.doelgroepen == ["50-plussers", "Alleenstaande ouders", "NUG-ers"]
    assert instrument.doelgroep_codes == ["ED02", "ED13"]
    problems = [(p.code, p.ernst, p.cel) for p in loaded.report.problemen]
    assert problems == [("doelgroep-onbekend", "waarschuwing", "J2"), ("doelgroep-algemeen", "waarschuwing", "J2")]


def test_each_eva_doelgroep_has_a_plain_phrase_for_the_client_site():
    for term in TAXONOMY.doelgroepen:
        phrase = term.client_phrase
        assert phrase.startswith("voor ") and len(phrase.split()) <= 14 and "(" not in phrase, term.label
    assert target_group_sentence(TAXONOMY, ["50-plussers"]) == "Voor wie 50 of ouder is."
    assert target_group_sentence(TAXONOMY, ["NUG-ers", "Alleenstaande ouders", "WW'ers"]) == (
        "Voor wie geen uitkering heeft, voor alleenstaande ouders en voor WW'ers."
    )


def test_the_client_site_names_doelgroepen_in_plain_words(tmp_path):
    path = matrix(tmp_path, valid_row(Doelgroepen="50+; Laaggeletterdheid"))
    build(path, tmp_path / "uit")
    page = (tmp_path / "uit" / "keuzehulp" / "index.html").read_text(encoding="utf-8")
    assert "Voor wie 50 of ouder is en voor wie moeite heeft met lezen en schrijven." in page


# --- Werkzaak codes kept ----------------------------------------------------------------------------------------

# The sub-codes as the Werkzaak factsheet names them (seeds/003: "Overzicht van theoretische kenmerken").
FACTSHEET_NAMES = {
    "1.3.1": "Nederlands lezen en schrijven",
    "1.3.2": "Nederlands kunnen verstaan en spreken",
    "1.3.3": "rekenen",
    "1.3.4": "digitale vaardigheden",
    "3.1.1": "Algemene mentale functies",
    "3.1.2": "Coping",
    "3.1.3": "Tussenmenselijke interacties en relaties",
    "3.1.4": "Zelfredzaamheid",
    "3.1.5": "Angst en traumaverwerking",
    "3.1.6": "Structuur in het dagelijks leven",
    "3.2.1": "Beperkingen in structurele, frequente of langdurige belastbaarheid",
    "3.2.2": "Zicht en horen",
    "3.2.3": "Fijne motoriek, fijn werk kunnen doen en handelingstempo",
}


@pytest.mark.parametrize(("code", "name"), FACTSHEET_NAMES.items())
def test_the_factsheet_names_without_their_code_are_understood(code, name):
    assert TAXONOMY.werkzaak_code(name).code == code
    assert TAXONOMY.werkzaak_code(f"{code}. {name}").code == code


def test_werkzaak_codes_are_kept_in_the_json_the_workbook_and_the_migrated_template(tmp_path):
    row = valid_row(
        Klantkenmerken=None,
        **{"Werkzaak-kenmerken": "5.2; Fijne motoriek, fijn werk kunnen doen en handelingstempo; 1.3.4"},
    )
    header_marks = {"3.1.4 Zelfredzaamheid": "x"}
    path = write_matrix(tmp_path / "w.xlsx", [{**row, **header_marks}])
    loaded = load(path)
    (instrument,) = loaded.matrix.instrumenten
    assert loaded.report.problemen == []
    assert instrument.werkzaak_kenmerken == ["1.3.4", "3.1.4", "3.2.3", "5.2"]
    assert instrument.klantkenmerken == [
        "Psychosociale aandachtspunten",
        "Lichamelijke aandachtspunten",
        "Basisvaardigheden",
        "Willen en geloof in eigen kunnen",
    ]
    build(path, tmp_path / "uit")
    data = json.loads((tmp_path / "uit" / "instrumenten.json").read_text(encoding="utf-8"))
    assert data["instrumenten"][0]["werkzaak_kenmerken"] == ["1.3.4", "3.1.4", "3.2.3", "5.2"]
    sheet = load_workbook(tmp_path / "uit" / "keuzehulp.xlsx", read_only=True)["Instrumenten"]
    cells = [c for r in sheet.iter_rows(values_only=True) for c in r]
    assert "Werkzaak-kenmerken" in cells and "1.3.4; 3.1.4; 3.2.3; 5.2" in cells
    migrated = tmp_path / "nieuw.xlsx"
    migrate(path, migrated)
    again = load(migrated)
    assert again.report.problemen == []
    assert again.matrix.instrumenten[0].werkzaak_kenmerken == instrument.werkzaak_kenmerken
    assert again.matrix.instrumenten[0].klantkenmerken == instrument.klantkenmerken


def test_verstandelijk_is_a_doelgroep_not_a_klantkenmerk():
    assert TAXONOMY.doelgroep("Verstandelijk").eva_code == "ED03"
    assert TAXONOMY.werkzaak_code("Verstandelijk") is None
    assert TAXONOMY.werkzaak_code("3.1.4").klantkenmerken == ("Psychosociale aandachtspunten",)


def test_the_template_has_the_werkzaak_column_and_explains_it_and_eva_doelgroepen(tmp_path):
    from keuzehulp.sjabloon import write_template

    workbook = load_workbook(write_template(tmp_path / "leeg.xlsx"), read_only=True)
    headers = [c for r in workbook["Instrumenten"].iter_rows(min_row=2, max_row=2, values_only=True) for c in r]
    assert "Werkzaak-kenmerken" in headers
    explained = {r[0]: r[1] for r in workbook["Uitleg"].iter_rows(values_only=True) if r and r[0]}
    assert "1.3.4" in explained["Werkzaak-kenmerken"]
    assert all(term.label in explained["Doelgroepen van Eva"] for term in TAXONOMY.doelgroepen)


def test_ervaringen_go_to_eva_as_ratings_without_who_gave_them(tmp_path):
    loaded = load(_matrix(tmp_path / "m.xlsx", VALID))
    result = export(loaded.matrix, load_taxonomy())
    ratings = {record["name"]: record["ratings"] for record in result.instruments}
    assert [len(ratings[name]) for name in ("Re-integratie Plus", "Taalmaatje", "Werkfit Traject")] == [5, 3, 0]
    first = ratings["Taalmaatje"][0]
    assert (first["general_score"], first["result_score"], first["execution_score"]) == (1, 2, 2)
    assert first["general_explanation"] == "Coach was vaak afwezig"
    assert first["created_at"] == "2026-02-01T00:00:00.000000Z"
    assert {r["author"] for rs in ratings.values() for r in rs} == {None}
    text = json.dumps(result.instruments, ensure_ascii=False)
    assert not [name for name in RATERS if name in text]
