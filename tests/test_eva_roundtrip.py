"""``export --eva`` and then ``init --from``: the matrix that comes back builds the same ``instrumenten.json``.

Eva has no field for a second uitvoeringsvorm, the uitvoeringsvorm Bemiddeling, Werkzaak codes, a duration that is
no whole number or an address without postcode; the export writes them as lines of text (keuzehulp/eva.py) and the
import reads exactly those lines back from a record marked ``import_mark: keuzehulp``. Two keys are ignored:

- ``bron``: the row of the instrument; the sjabloon that ``init --from`` fills has its own header rows.
- ``id``: made from the name; equal here, but an identifier, not information the round trip has to carry.
"""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path
from typing import Any

import pytest
from openpyxl import load_workbook

from keuzehulp.ervaringen import COLUMNS
from keuzehulp.eva import export, write
from keuzehulp.eva_import import import_eva
from keuzehulp.pipeline import build, load
from keuzehulp.taxonomy import load_taxonomy
from tests.xlsx import valid_row, write_matrix

EXAMPLE = Path(__file__).parent.parent / "input" / "keuzematrix.xlsx"
IGNORED = ("bron", "id")
TAXONOMY = load_taxonomy()
EVA_UUID = "0F8FAD5B-D9CB-469F-A165-70867728950E"

HARD_CASES = [
    valid_row("Alleen bemiddeling", Uitvoeringsvorm="Bemiddeling"),
    valid_row(
        "Twee vormen",
        Uitvoeringsvorm="Coaching; Onderzoek",
        **{"Aanvullende informatie": "Eigen tekst.\n\nUit de keuzematrix: een tweede alinea."},
    ),
    valid_row(
        "Werkzaak",
        Uitvoeringsvorm="Bemiddeling; Coaching; Onderzoek",
        **{"Werkzaak-kenmerken": "5.2; Fijne motoriek, fijn werk kunnen doen en handelingstempo; 1.3.4"},
    ),
    valid_row("Halve weken", **{"Totale duur": "2,5 weken", "Toelichting duur": "Verlengen kan."}),
    valid_row("Een derde maand", **{"Totale duur": 1 / 3, "Eenheid duur": "maanden"}),
    valid_row(
        "Met uuid",
        **{
            "Eva-uuid": EVA_UUID,
            "Locatie(s) uitvoering": "Werkplein; bij de gemeente; Stationsstraat 12a, 4001AB Tiel; Balie\n"
            "Huisbezoek; bij de klant thuis; in overleg; bel eerst; dan langs\n"
            "bij de klant thuis; bij de klant thuis; Adres van de klant\n"
            "Online; ander adres; Online; via een link",
            "Contactpersonen": "extern; Anna de Vries; 06-12345678; anna@example.nl\nintern; Bert; bert@example.nl",
            "Doelgroepen": f"{TAXONOMY.doelgroepen[0].label}\nEigen doelgroep zonder code",
            "Beschikbare gebieden": "Tiel\nCulemborg",
            "Aanvullende inhoud": "Film | https://youtu.be/dQw4w9WgXcQ\nFolder | https://x.example/f.pdf",
            "Totale kosten": 1250.5,
            "Toelichting kosten": "Per traject.",
            "Intensiteit": 6,
            "Groep/individueel": "beide",
        },
    ),
]
ERVARINGEN: list[list[Any]] = [
    ["Met uuid", dt.datetime(2026, 3, 1), 4, "Goed", 3, "", 5, "Snel", "Petra"],
    ["Met uuid", None, 1, "Niets", 2, "Traag", 1, "", "Karel"],
    ["Halve weken", "2026-05-10", 5, "Top", 5, "", 5, "", "Joke"],
]


def round_trip(matrix: Path, folder: Path) -> tuple[list[dict], list[dict]]:
    """Return the instruments of ``matrix`` and of the matrix that export --eva and init --from make of it."""
    loaded = load(matrix)
    assert loaded.matrix is not None, loaded.report.problemen
    write(export(loaded.matrix, TAXONOMY), folder / "eva")
    back = folder / "terug.xlsx"
    import_eva(folder / "eva" / "keuzehulp-instrument.json", back)
    assert not [p for p in load(back).report.problemen if p.ernst == "fout"]
    build(matrix, folder / "orig")
    build(back, folder / "terug")
    return instruments(folder / "orig"), instruments(folder / "terug")


def instruments(folder: Path) -> list[dict]:
    return json.loads((folder / "instrumenten.json").read_text(encoding="utf-8"))["instrumenten"]


def differences(before: list[dict], after: list[dict]) -> list[tuple[str, str, Any, Any]]:
    """Return (instrument, key, before, after) for every key that differs, apart from the ignored ones."""
    assert [i["id"] for i in before] == [i["id"] for i in after]
    return [
        (old["id"], key, old.get(key), new.get(key))
        for old, new in zip(before, after, strict=True)
        for key in sorted(set(old) | set(new))
        if key not in IGNORED and old.get(key) != new.get(key)
    ]


def test_the_example_comes_back_field_for_field(tmp_path):
    before, after = round_trip(EXAMPLE, tmp_path)
    assert len(before) == 54
    assert differences(before, after) == []


@pytest.fixture(scope="module")
def hard_folder(tmp_path_factory) -> Path:
    return tmp_path_factory.mktemp("hard")


@pytest.fixture(scope="module")
def hard_cases(hard_folder) -> tuple[list[dict], list[dict]]:
    sheets = {"Ervaringen": [list(COLUMNS), *ERVARINGEN]}
    return round_trip(write_matrix(hard_folder / "m.xlsx", HARD_CASES, extra_sheets=sheets), hard_folder)


def test_ervaringen_come_back_without_who_gave_them(hard_cases, hard_folder):
    """Who gave an ervaring is internal and never goes to Eva; everything else of the ervaring comes back."""
    sheet = load_workbook(hard_folder / "terug.xlsx")["Ervaringen"]
    rows = [r for r in sheet.iter_rows(values_only=True) if r[0] in {e[0] for e in ERVARINGEN}]
    header = list(COLUMNS)
    assert sorted((r[0], *r[2:8]) for r in rows) == sorted((e[0], *(v or None for v in e[2:8])) for e in ERVARINGEN)
    assert [r[header.index("Door")] for r in rows] == [None] * len(ERVARINGEN)


def test_what_eva_has_no_field_for_comes_back_field_for_field_apart_from_what_eva_loses(hard_cases):
    """Only what Eva itself loses or respells differs (docs/eva.md, "Heen en terug"), exactly so."""
    before, after = hard_cases
    found = {(name, key): (old, new) for name, key, old, new in differences(before, after)}
    assert set(found) == {("met-uuid", "eva_uuid"), ("met-uuid", "locaties"), ("met-uuid", "aanvullende_inhoud")}
    # Eva keeps a uuid in small letters.
    assert found["met-uuid", "eva_uuid"] == (EVA_UUID, EVA_UUID.lower())
    # Eva's address has a postcode field: "4001AB" comes back as "4001 AB"; the rest of every location is equal.
    old, new = found["met-uuid", "locaties"]
    assert [{**place, "adres": place["adres"].replace("4001AB", "4001 AB")} for place in old] == new
    # Eva keeps a video as provider and video id, after the links: no title, its own spelling of the link.
    old, new = found["met-uuid", "aanvullende_inhoud"]
    assert old == [
        {"soort": "video", "titel": "Film", "url": "https://youtu.be/dQw4w9WgXcQ"},
        {"soort": "download", "titel": "Folder", "url": "https://x.example/f.pdf"},
    ]
    assert new == [old[1], {"soort": "video", "titel": None, "url": "https://www.youtube.com/watch?v=dQw4w9WgXcQ"}]


def test_the_hard_cases_are_really_in_the_matrix(hard_cases):
    """Guards the test above: each hard case reached instrumenten.json, so its round trip was really tried."""
    before, _ = hard_cases
    by_name = {i["naam"]: i for i in before}
    assert by_name["Alleen bemiddeling"]["uitvoeringsvormen"] == ["Bemiddeling"]
    assert by_name["Twee vormen"]["uitvoeringsvormen"] == ["Coaching", "Onderzoek"]
    assert by_name["Werkzaak"]["werkzaak_kenmerken"]
    assert by_name["Halve weken"]["duur"]["aantal"] == 2.5
    assert by_name["Een derde maand"]["duur"]["aantal"] == pytest.approx(1 / 3, abs=1e-12)
    assert by_name["Met uuid"]["eva_uuid"].lower() == EVA_UUID.lower()
    assert by_name["Met uuid"]["ervaringen"]["aantal"] == 2
    assert len(by_name["Met uuid"]["locaties"]) == 4


def test_only_keuzehulps_own_export_has_its_lines_read_back(hard_folder, hard_cases):
    """The same lines in an export Eva wrote (no import_mark keuzehulp) are the municipality's text: they stay text."""
    records = json.loads((hard_folder / "eva" / "keuzehulp-instrument.json").read_text(encoding="utf-8"))
    foreign = [{**record, "import_mark": None} for record in records if record["name"] == "Alleen bemiddeling"]
    (hard_folder / "vreemd.json").write_text(json.dumps(foreign), encoding="utf-8")
    import_eva(hard_folder / "vreemd.json", hard_folder / "vreemd.xlsx")
    (instrument,) = load(hard_folder / "vreemd.xlsx").matrix.instrumenten  # type: ignore[union-attr]
    assert instrument.uitvoeringsvormen == []
    assert instrument.aanvullende_informatie == foreign[0]["additional_information"]
    assert "Uitvoeringsvorm: Bemiddeling" in instrument.aanvullende_informatie
