"""``keuzehulp init --from EXPORT.json``: an Eva export becomes a keuzematrix that builds to the same instruments.

The fixture ``tests/data/eva-export.json`` is written by hand from e-core's ``InstrumentResource`` (branch develop
2cebfec) and holds every nested shape it exports: organisation, implementation, group forms, locations with type
and structured address (street, postbus), contacts with type Intern/Extern, links, downloads, videos, registration
codes, ratings, tiles, target groups, client characteristics, provider, regions, townships and neighbourhoods.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner
from openpyxl import load_workbook

from keuzehulp import eva_import
from keuzehulp.cli import main
from keuzehulp.eva_import import import_eva, plain_text
from keuzehulp.gebieden import load_gebieden
from keuzehulp.pipeline import build, load
from keuzehulp.problems import KeuzehulpError

FIXTURE = Path(__file__).parent / "data" / "eva-export.json"
EXPORT = json.loads(FIXTURE.read_text(encoding="utf-8"))

# Eva's database spellings (e-core seeders) and enums, and the handreiking label / keuzematrix word each means.
EVA_KLANTKENMERKEN = {
    "Diplomeren, certificeren, en praktijkverklaring": "Diplomen, certificeren en praktijkverklaring",
    "Beroepskeuze, beroepsvoorkeur, en beroepsoriëntatie": "Beroepskeuze, beroepsvoorkeur en beroepsoriëntatie",
    "Willen en geloven in eigen kunnen": "Willen en geloof in eigen kunnen",
    "Zelfregie / zelfsturing": "Zelfregie/zelfsturing",
}
EVA_UNITS = {"Uur": "uren", "Dag(en)": "dagen", "We(e)k(en)": "weken", "Maand(en)": "maanden"}
EVA_LOCATIONS = {
    "Aanbieder": "bij de aanbieder",
    "Werkgever": "bij de werkgever",
    "Gemeente": "bij de gemeente",
    "Klant thuis": "bij de klant thuis",
    "Adres": "ander adres",
}


@pytest.fixture(scope="module")
def imported(tmp_path_factory) -> tuple[eva_import.EvaImport, Path, dict]:
    folder = tmp_path_factory.mktemp("eva")
    matrix = folder / "keuzematrix.xlsx"
    result = import_eva(FIXTURE, matrix)
    build(matrix, folder / "uitvoer")
    data = json.loads((folder / "uitvoer" / "instrumenten.json").read_text(encoding="utf-8"))
    return result, folder, {i["naam"]: i for i in data["instrumenten"]}


def _plain(text: str | None) -> str | None:
    return plain_text(text)[0]


def _address(address: dict | None) -> str | None:
    if not address:
        return None
    first = " ".join(filter(None, (address["straatnaam"], address["huisnummer"])))
    first = first or f"Postbus {address['postbusnummer']}"
    return f"{first}, {address['postcode']} {address['woonplaats']}"


@pytest.mark.parametrize("record", EXPORT[:2], ids=lambda r: r["name"])
def test_every_field_of_an_eva_instrument_arrives_in_instrumenten_json(imported, record):
    _, _, built = imported
    got = built[record["name"]]
    texts = {
        "samenvatting": "summary",
        "doel": "aim",
        "werkwijze": "method",
        "onderscheidende_aanpak": "distinctive_approach",
        "voorwaarden_deelname": "participation_conditions",
        "werkafspraken": "work_agreements",
        "samenwerkingspartners": "cooperation_partners",
        "toelichting_doelgroep": "target_group_description",
        "aanvullende_informatie": "additional_information",
        "aanmeldinstructies": "application_instructions",
        "toelichting_duur": "duration_description",
        "toelichting_intensiteit": "intensity_description",
        "toelichting_kosten": "costs_description",
    }
    for ours, eva in texts.items():
        assert got[ours] == _plain(record[eva]), ours
    assert got["organisatie"] == record["organisation"]["name"]
    assert got["aanbieder"] == record["provider"]["name"]
    assert got["uitvoeringsvormen"] == [record["implementation"]["name"]]
    assert got["tegels"] == [t["name"] for t in record["tiles"]]
    names = [EVA_KLANTKENMERKEN.get(c["name"], c["name"]) for c in record["client_characteristics"]]
    assert sorted(got["klantkenmerken"]) == sorted(names)
    unit = EVA_UNITS[record["total_duration_unit"]]
    assert got["duur"] == {"aantal": record["total_duration_value"], "eenheid": unit}
    assert got["intensiteit_uur_per_week"] == float(record["intensity_hours_per_week"])
    assert got["kosten_euro"] == float(record["total_costs"])
    assert sorted(got["groep_individueel"]) == sorted(f["name"].lower() for f in record["group_forms"])
    assert got["contactpersonen"] == [
        {"soort": c["type"]["name"].lower(), "naam": c["name"], "telefoon": c["phone"], "email": c["email"]}
        for c in record["contacts"]
    ]
    assert got["locaties"] == [
        {
            "naam": loc["name"],
            "type": EVA_LOCATIONS[loc["type"]["name"]],
            "adres": _address(loc["address"]),
            "beschrijving": loc["description"],
        }
        for loc in record["locations"]
    ]
    assert got["doelgroepen"] == [g["description"] for g in record["target_groups"]]
    assert got["registratiecodes"] == [
        f"{c['code']} ({c['label']})" if c["label"] else c["code"] for c in record["registration_codes"]
    ]
    areas = [a["name"] for a in record["available_regions"] + record["available_townships"]]
    areas += [f"{n['township']['name']}: {n['name']}" for n in record["available_neighbourhoods"]]
    assert got["beschikbare_gebieden"] == areas
    links = [("link", x["label"], x["url"]) for x in record["links"]]
    links += [("download", x["label"], x["url"]) for x in record["downloads"]]
    links += [("video", None, f"https://www.youtube.com/watch?v={x['video_identifier']}") for x in record["videos"]]
    assert [(x["soort"], x["titel"], x["url"]) for x in got["aanvullende_inhoud"]] == links


def test_eva_html_becomes_plain_text_with_paragraphs_and_list_items_on_their_own_line():
    assert plain_text("<ul><li>Een</li><li>Twee &amp; drie</li></ul>") == ("- Een\n- Twee & drie", True)
    assert plain_text("<p>Een</p><p>Twee<br>drie</p>") == ("Een\n\nTwee\ndrie", True)
    assert plain_text("Minder dan < 5 uur") == ("Minder dan < 5 uur", False)


def test_what_the_matrix_cannot_hold_is_kept_and_named_in_the_summary(imported):
    result, _, built = imported
    third = built["Sollicitatietraining Plus"]
    summary = "\n".join(result.summary())
    # Labels Eva knows and the matrix does not: kept where people see them, with their Eva key.
    assert "Eva tiles: Doorstroom" in third["aanvullende_informatie"]
    assert "Eva group_forms: Duo" in third["aanvullende_informatie"]
    assert "Eva videos: vimeo 76979871" in third["aanvullende_informatie"]
    assert "Eva total_duration: 5" in third["toelichting_duur"]
    assert third["uitvoeringsvormen"] == ["(Bij)scholing"]  # "Training", as Eva's own migration maps it
    assert third["tegels"] == ["Bemiddeling"]
    # A contact without Intern/Extern is intern, so a cliënt never sees it.
    assert third["contactpersonen"] == [
        {"soort": "intern", "naam": "Piet Pieters", "telefoon": "0345-111111", "email": None}
    ]
    # An instrument without organisation in Eva (landelijk) takes the one on Instellingen.
    assert third["organisatie"] == "Werkzaak Rivierenland"
    for named in ("Doorstroom", "Duo", "vimeo", "theme", "javascript:alert(1)", "niet actief", "2 ervaringen"):
        assert named in summary, named
    assert "1 instrument heeft in Eva geen organisatie" in summary


def test_internal_eva_data_is_kept_in_the_matrix_and_never_reaches_the_client_site(imported):
    _, folder, _ = imported
    sheet = load_workbook(folder / "keuzematrix.xlsx")["Instrumenten"]
    headers = {sheet.cell(2, c).value: c for c in range(1, sheet.max_column + 1)}
    kept = [sheet.cell(r, headers["Eva: niet overgenomen"]).value or "" for r in (3, 4, 5)]
    assert sheet.cell(3, headers["Eva-uuid"]).value == EXPORT[0]["uuid"]
    assert sheet.cell(3, headers["Geldig vanaf"]).value.date().isoformat() == "2024-01-01"
    assert "Contractmanager" in kept[0] and "0344-600000" in kept[0]  # contact label, provider's contact
    assert "import_mark: proef-2024" in kept[2] and "javascript:alert(1)" in kept[2] and "Zomer" in kept[2]
    site = "".join(p.read_text(encoding="utf-8") for p in (folder / "uitvoer" / "keuzehulp").rglob("*") if p.is_file())
    for secret in ("proef-2024", "Contractmanager", "0344-600000", "javascript:alert", "k.devries", EXPORT[0]["uuid"]):
        assert secret not in site, secret


def test_ratings_go_to_the_sheet_ervaringen_of_the_sjabloon(tmp_path):
    result = import_eva(FIXTURE, tmp_path / "m.xlsx")
    sheet = load_workbook(tmp_path / "m.xlsx")["Ervaringen"]
    rows = [row for row in sheet.iter_rows(min_row=2, values_only=True) if row[0] is not None]
    ratings = EXPORT[0]["ratings"]
    assert [r[0] for r in rows] == ["Werkfit Rivierenland"] * len(ratings)
    assert [r[2:9:2] for r in rows] == [
        (x["general_score"], x["result_score"], x["execution_score"], x["author"]) for x in ratings
    ]
    assert all(x["email"] not in str(rows) for x in ratings)  # who gave it, not their e-mail address
    assert not any("ervaring" in line for line in result.not_imported)


def test_a_location_or_contact_that_would_read_back_otherwise_is_named(tmp_path):
    record = {
        **EXPORT[1],
        "locations": [{"name": "Thuis", "type": {"key": "client", "name": "Klant thuis"}}],
        "contacts": [{"name": "Extern Bureau", "phone": "0344-1", "type": {"name": "Extern"}}],
    }
    export = tmp_path / "export.json"
    export.write_text(json.dumps([record]), encoding="utf-8")
    summary = "\n".join(import_eva(export, tmp_path / "m.xlsx").summary())
    assert "locatie 1 ('Thuis; bij de klant thuis') leest anders terug" in summary
    assert "contactpersoon 1 ('extern; Extern Bureau; 0344-1') leest anders terug" in summary


def test_an_eva_regio_named_like_a_gemeente_stays_the_regio(tmp_path):
    regios = [{"name": "Zwolle"}, {"name": "Groningen"}, {"name": "Rivierenland"}]
    export = tmp_path / "export.json"
    export.write_text(json.dumps([{**EXPORT[1], "available_regions": regios}]), encoding="utf-8")
    import_eva(export, tmp_path / "m.xlsx")
    instrument = load(tmp_path / "m.xlsx").matrix.instrumenten[0]
    assert instrument.beschikbare_gebieden == ["Regio Zwolle", "Regio Groningen", "Rivierenland"]
    assert [len(load_gebieden().covers(g)) for g in instrument.beschikbare_gebieden] == [13, 14, 8]


def test_text_that_looks_like_a_formula_is_stored_as_text(tmp_path):
    export = tmp_path / "export.json"
    export.write_text(json.dumps([{**EXPORT[1], "name": '=HYPERLINK("https://evil.example","x")'}]), encoding="utf-8")
    import_eva(export, tmp_path / "m.xlsx")
    sheet = load_workbook(tmp_path / "m.xlsx")["Instrumenten"]
    cell = next(c for c in sheet[3] if c.value and str(c.value).startswith("=HYPERLINK"))
    assert cell.data_type == "s"


MALFORMED = {
    "geen-json": ("[{", "geen geldige JSON"),
    "object": ('{"name": "x"}', "een object in plaats van een lijst"),
    "leeg": ("[]", "lijst van instrumenten is leeg"),
    "tekst-als-instrument": ('[{"name": "A"}, "B"]', "instrument 2: (het instrument zelf) is een tekst"),
    "zonder-naam": ('[{"name": "A"}, {"summary": "x"}]', "instrument 2: name ontbreekt"),
    "naam-lijst": ('[{"name": ["A"]}]', "instrument 1: name is een lijst, geen tekst"),
    "tegels-tekst": ('[{"name": "A", "tiles": "Werk fit"}]', "instrument 1 (A): tiles is een tekst, geen lijst"),
    "locatietype-tekst": (
        '[{"name": "A", "locations": [{"name": "L", "type": "Aanbieder"}]}]',
        "locations[0].type is een tekst, geen object",
    ),
    "kosten-woord": ('[{"name": "A", "total_costs": "veel"}]', "total_costs is een tekst ('veel'), geen getal"),
    "datum-woord": ('[{"name": "A", "publish_from": "morgen"}]', "publish_from is geen datum"),
    "contact-lijst": ('[{"name": "A", "contacts": [["Jan"]]}]', "contacts[0] is een lijst, geen object"),
}


@pytest.mark.parametrize("case", MALFORMED, ids=str)
def test_a_malformed_export_stops_with_a_dutch_message_naming_instrument_and_key(tmp_path, case):
    text, expected = MALFORMED[case]
    export, target = tmp_path / "export.json", tmp_path / "m.xlsx"
    export.write_text(text, encoding="utf-8")
    result = CliRunner().invoke(main, ["init", "--from", str(export), str(target)])
    assert result.exit_code == 1, result.output
    assert expected in result.output and "Traceback" not in result.output
    assert "Er is niets geschreven" in result.output
    assert not target.exists()


def test_init_from_an_export_refuses_to_overwrite_without_force(tmp_path):
    target = tmp_path / "m.xlsx"
    target.write_bytes(b"van iemand anders")
    runner = CliRunner()
    result = runner.invoke(main, ["init", "--from", str(FIXTURE), str(target)])
    assert result.exit_code == 1 and "--force" in result.output
    assert target.read_bytes() == b"van iemand anders"
    result = runner.invoke(main, ["init", "--from", str(FIXTURE), str(target), "--force"])
    assert result.exit_code == 0, result.output
    assert "3 instrumenten uit de Eva-export" in result.output
    sheet = load_workbook(target)["Instrumenten"]
    names = next(c for c in range(1, sheet.max_column + 1) if sheet.cell(2, c).value == "Naam instrument *")
    assert [sheet.cell(r, names).value for r in (3, 4, 5)] == [r["name"] for r in EXPORT]


def test_blad_has_no_meaning_for_an_export(tmp_path):
    result = CliRunner().invoke(main, ["init", "--from", str(FIXTURE), str(tmp_path / "m.xlsx"), "--blad", "X"])
    assert result.exit_code == 2 and "Eva-export" in result.output


def test_the_api_raises_keuzehulp_error_for_a_missing_export(tmp_path):
    with pytest.raises(KeuzehulpError) as caught:
        import_eva(tmp_path / "weg.json", tmp_path / "m.xlsx")
    assert caught.value.problem.code == "bestand-niet-gevonden"


def _paths(value: object, path: tuple = ()):
    """Yield the path of every value nested in ``value`` (keys and list positions), the whole first."""
    yield path
    items = value.items() if isinstance(value, dict) else enumerate(value) if isinstance(value, list) else ()
    for key, inner in items:
        yield from _paths(inner, (*path, key))


def _replaced(value: object, path: tuple, new: object) -> object:
    if not path:
        return new
    copy = dict(value) if isinstance(value, dict) else list(value)
    copy[path[0]] = _replaced(value[path[0]], path[1:], new)
    return copy


ODD_VALUES = (None, "", "tekst", -3, 2.5, True, [], {}, ["x"], [{}], {"name": ["x"]})


def test_any_value_of_any_shape_anywhere_gives_rows_or_a_message_naming_its_key_never_a_traceback(tmp_path):
    record = EXPORT[0]
    outcomes = {"rows": 0, "messages": 0}
    for path in list(_paths(record))[1:]:  # the record itself: see MALFORMED
        for odd in ODD_VALUES:
            try:
                eva_import.instrument_rows([_replaced(record, path, odd)], FIXTURE, tmp_path / "m.xlsx")
                outcomes["rows"] += 1
            except KeuzehulpError as caught:
                assert caught.problem.code == "eva-export-ongeldig"
                named = "name" if path[0] == "name" else str(path[0])
                assert named in caught.problem.melding, (path, odd, caught.problem.melding)
                outcomes["messages"] += 1
    assert outcomes["rows"] > 1000 and outcomes["messages"] > 100
