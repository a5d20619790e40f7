"""The taxonomy file holds exactly the labels of Eva's instrumentenformat 2023 and resolves what people type."""

import json

import pytest

from keuzehulp.taxonomy import TAXONOMY_DIR, fold, load_taxonomy

TEGELS = [
    "Melding",
    "Diagnostiek",
    "Oriëntatie",
    "Maatschappelijk fit",
    "Werk fit",
    "Opleiden",
    "Bemiddeling",
    "Plaatsing",
    "Nazorg",
]
KLANTKENMERKEN = [
    "Psychosociale aandachtspunten",
    "Lichamelijke aandachtspunten",
    "Praktische aandachtspunten",
    "Basisvaardigheden",
    "Sociale- en culturele vaardigheden",
    "Basis werknemersvaardigheden",
    "Toekomstige werknemersvaardigheden",
    "Sollicitatievaardigheden",
    "Diplomen, certificeren en praktijkverklaring",
    "Werkervaring",
    "Beroepskeuze, beroepsvoorkeur en beroepsoriëntatie",
    "Willen en geloof in eigen kunnen",
    "Zelfregie/zelfsturing",
    "Sociale steun en netwerk",
]
UITVOERINGSVORMEN = [
    "(Bij)scholing",
    "(Vrijwilligers)werk",
    "Bemiddeling",
    "Coaching",
    "Leerwerktraject",
    "Materiele ondersteuning",
    "Onderzoek",
    "Opleiding",
    "Subsidie/Voucher",
    "Tolken/Vertalen",
    "Verwijzing",
    "Vragenlijst",
]
# The theoretical kenmerken of the Werkzaak keuzehulp and the Eva klantkenmerken each stands for.
WERKZAAK = {
    "1.1": ["Sociale- en culturele vaardigheden", "Basis werknemersvaardigheden"],
    "1.2": ["Diplomen, certificeren en praktijkverklaring"],
    "1.3": ["Basisvaardigheden"],
    "1.3.4": ["Basisvaardigheden"],
    "1.4": ["Zelfregie/zelfsturing"],
    "1.5": ["Zelfregie/zelfsturing"],
    "1.6": ["Werkervaring"],
    "1.7": ["Zelfregie/zelfsturing"],
    "2.1": ["Sociale steun en netwerk"],
    "2.2": ["Sociale steun en netwerk"],
    "3.1": ["Psychosociale aandachtspunten"],
    "3.1.5": ["Psychosociale aandachtspunten"],
    "3.2": ["Lichamelijke aandachtspunten"],
    "3.2.3": ["Lichamelijke aandachtspunten"],
    "3.3": ["Praktische aandachtspunten"],
    "3.4": ["Lichamelijke aandachtspunten", "Praktische aandachtspunten"],
    "4.1": ["Sollicitatievaardigheden"],
    "4.2": ["Beroepskeuze, beroepsvoorkeur en beroepsoriëntatie"],
    "4.3": ["Sollicitatievaardigheden"],
    "5.1": ["Willen en geloof in eigen kunnen"],
    "5.2": ["Willen en geloof in eigen kunnen"],
    "5.3": ["Willen en geloof in eigen kunnen"],
}


@pytest.fixture(scope="module")
def tax():
    return load_taxonomy()


def test_labels_are_exactly_those_of_eva_2023(tax):
    assert tax.version == "eva-2023"
    assert list(tax.labels("tegels")) == TEGELS
    assert list(tax.labels("klantkenmerken")) == KLANTKENMERKEN
    assert list(tax.labels("uitvoeringsvormen")) == UITVOERINGSVORMEN


@pytest.mark.parametrize(("code", "expected"), WERKZAAK.items())
def test_werkzaak_codes_map_to_eva_klantkenmerken(tax, code, expected):
    assert list(tax.werkzaak_code(code).klantkenmerken) == expected


def test_werkzaak_kenmerk_by_name_or_code_and_name(tax):
    assert tax.werkzaak_code("Emotieregulatie").code == "1.5"
    assert tax.werkzaak_code("3.1.2 Coping").klantkenmerken == ("Psychosociale aandachtspunten",)
    assert tax.werkzaak_code("9.9") is None


@pytest.mark.parametrize(
    ("group", "typed", "label"),
    [
        ("tegels", "werkfit", "Werk fit"),
        ("tegels", "Orientatie", "Oriëntatie"),
        ("tegels", "  MAATSCHAPPELIJK FIT ", "Maatschappelijk fit"),
        ("tegels", "Bemiddelingen", "Bemiddeling"),
        ("tegels", "Oriënteren", "Oriëntatie"),
        ("klantkenmerken", "Sociale en culturele vaardigheden", "Sociale- en culturele vaardigheden"),
        ("klantkenmerken", "zelfregie / zelfsturing", "Zelfregie/zelfsturing"),
        ("uitvoeringsvormen", "Materiële ondersteuning", "Materiele ondersteuning"),
        ("uitvoeringsvormen", "bijscholing", "(Bij)scholing"),
    ],
)
def test_labels_match_ignoring_case_accents_spaces_and_punctuation(tax, group, typed, label):
    assert tax.canonical(group, typed) == label


def test_unknown_label_gets_a_close_suggestion(tax):
    assert tax.canonical("tegels", "Werk fitt") is None
    assert tax.suggestion("tegels", "Werk fitt") == "Werk fit"
    assert tax.suggestion("tegels", "Zwemmen") is None


@pytest.mark.parametrize(
    ("header", "key"),
    [
        ("Aanmeldingsinstructies", "aanmeldinstructies"),
        ("Naam", "naam"),
        ("Instrument", "naam"),
        ("  naam instrument * ", "naam"),
        ("DOEL*", "doel"),
        ("Locatie(s) uitvoering", "locaties"),
    ],
)
def test_headers_match_with_variants_and_trailing_star(tax, header, key):
    assert tax.field(header).key == key


def test_fold_removes_case_accents_and_punctuation():
    assert fold("Beroepsoriëntatie, (Bij)scholing!") == "beroepsorientatiebijscholing"


def test_every_term_has_descriptions_for_professionals_and_clients(tax):
    for group in ("tegels", "klantkenmerken"):
        for term in tax.terms(group):
            assert term.description and term.client_label and term.client_explanation, term.label


def _data() -> dict:
    return json.loads((TAXONOMY_DIR / "eva-2023.json").read_text(encoding="utf-8"))


def test_eva_database_spellings_resolve_silently_to_the_handreiking_label(tax):
    spelled = {t["label"]: t["eva_label"] for t in _data()["klantkenmerken"] if "eva_label" in t}
    assert spelled == {
        "Diplomen, certificeren en praktijkverklaring": "Diplomeren, certificeren, en praktijkverklaring",
        "Beroepskeuze, beroepsvoorkeur en beroepsoriëntatie": "Beroepskeuze, beroepsvoorkeur, en beroepsoriëntatie",
        "Willen en geloof in eigen kunnen": "Willen en geloven in eigen kunnen",
        "Zelfregie/zelfsturing": "Zelfregie / zelfsturing",
    }
    for label, eva in spelled.items():
        assert tax.canonical("klantkenmerken", eva) == label


def test_eva_migrations_in_use_map_to_the_eva_label_and_others_do_not(tax):
    rows = _data()["eva_omzettingen"]["uitvoeringsvormen"]
    targets: dict[str, set[str]] = {}
    for row in rows:
        if row["status"] == "actief":
            targets.setdefault(row["label"], set()).add(tax.canonical("uitvoeringsvormen", row["eva_label"]))
    assert targets["Opleidingstrajecten (perceel 5 Open House)"] == {"Opleiding", "Subsidie/Voucher"}
    for label, labels in targets.items():
        silently = tax.canonical("uitvoeringsvormen", label)
        if len(labels) > 1:
            assert silently is None and set(tax.migration("uitvoeringsvormen", label)) == labels
        elif silently:  # a variant we already read (Scholing, Vrijwilligerswerk) stays silent
            assert {silently} == labels and tax.migration("uitvoeringsvormen", label) == ()
        else:
            assert set(tax.migration("uitvoeringsvormen", label)) == labels, label
    commented = [row["label"] for row in rows if row["status"] == "uitgecommentarieerd"]
    assert commented and all(tax.migration("uitvoeringsvormen", label) == () for label in commented)


def test_bemiddeling_stays_an_uitvoeringsvorm_although_eva_has_none(tax):
    assert tax.canonical("uitvoeringsvormen", "Bemiddeling") == "Bemiddeling"


@pytest.mark.parametrize(
    ("typed", "canonical"),
    [
        ("bij aanbieder", "bij de aanbieder"),
        ("Aanbieder", "bij de aanbieder"),
        ("bij de aanbieder", "bij de aanbieder"),
        ("Werkgever", "bij de werkgever"),
        ("bij de werkgever", "bij de werkgever"),
        ("Gemeente", "bij de gemeente"),
        ("Klant thuis", "bij de klant thuis"),
        ("bij de klant thuis", "bij de klant thuis"),
        ("thuis", "bij de klant thuis"),
        ("Adres", "ander adres"),
        ("ander adres", "ander adres"),
        ("Kerkstraat 1", None),
    ],
)
def test_location_types_as_people_and_eva_write_them(tax, typed, canonical):
    assert tax.location_type(typed) == canonical


@pytest.mark.parametrize(
    ("typed", "soort"), [("intern", "intern"), ("Externe", "extern"), ("EXTERN:", "extern"), ("extern contact", None)]
)
def test_contact_types(tax, typed, soort):
    assert tax.contact_type(typed) == soort
