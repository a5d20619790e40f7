"""The taxonomy file holds exactly the labels of Eva's instrumentenformat 2023 and resolves what people type."""

import pytest

from keuzehulp.taxonomy import fold, load_taxonomy

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
