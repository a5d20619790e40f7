"""Matching column headers: text fields only by name or listed variant, mark columns also when nearly spelled."""

from __future__ import annotations

import json

import pytest
from click.testing import CliRunner

from keuzehulp.cli import main
from keuzehulp.header import classify, clean_header
from keuzehulp.pipeline import load
from keuzehulp.taxonomy import GROUPS, fold, load_taxonomy
from tests.xlsx import LIST_HEADER, valid_row, write_matrix, write_xlsx

TAXONOMY = load_taxonomy()
CLIENT_FIELDS = [f for f in TAXONOMY.fields if f.client != "nooit"]
# Headers beheergroepen use for their own notes; none of them is a field cliënten see.
NOTE_HEADERS = ["Opmerkingen", "Opmerking", "Interne opmerkingen", "Opmerkingen beheergroep", "Notities", "Memo"]


def near_misspellings(name: str) -> list[str]:
    """Return headers one edit away from ``name``, and ``name`` with words around it."""
    key = name.rstrip("*").strip()
    edits = [key[:i] + key[i + 1 :] for i in range(len(key))]  # one letter dropped
    edits += [key[:i] + key[i] + key[i:] for i in range(len(key))]  # one letter doubled
    return [*edits, f"{key} (intern)", f"Interne {key.lower()}", f"{key} beheergroep", f"Oud: {key}"]


@pytest.mark.parametrize("header", NOTE_HEADERS)
def test_note_headers_are_no_client_field(header):
    column = classify(1, header, None, TAXONOMY)
    assert column.field is None and column.label is None


@pytest.mark.parametrize("field", CLIENT_FIELDS, ids=lambda f: f.key)
def test_client_field_only_matches_its_name_or_a_listed_variant(field):
    names = {fold(n) for n in (field.label, *field.variants)}
    for header in {h for name in (field.label, *field.variants) for h in near_misspellings(name)}:
        column = classify(1, header, None, TAXONOMY)
        if column.field is not None and column.field.client != "nooit":
            assert fold(header) in {fold(n) for n in (column.field.label, *column.field.variants)}, header
        if column.field == field:
            assert fold(header) in names, header


def test_opmerkingen_column_is_reported_and_never_shown_to_clients(tmp_path):
    header = [*LIST_HEADER, "Opmerkingen"]
    path = write_matrix(tmp_path / "m.xlsx", [valid_row(Opmerkingen="Aanbieder reageert traag")], header=header)
    loaded = load(path)
    assert [(p.rij, p.code, p.kolom) for p in loaded.report.problemen] == [(1, "kolom-onbekend", "Opmerkingen")]
    assert loaded.matrix.instrumenten[0].aanvullende_informatie is None


@pytest.mark.parametrize("group", GROUPS)
def test_every_label_typed_one_letter_off_is_read_as_that_label(tmp_path, group):
    for term in TAXONOMY.terms(group):
        key = term.label
        typo = key[:3] + key[4:] if len(fold(key)) >= 7 else None  # one letter dropped
        if typo is None or TAXONOMY.canonical(group, typo):
            continue
        column = classify(1, typo, group, TAXONOMY)
        assert (column.group, column.label, column.close_match) == (group, term.label, True), typo


def test_tegel_with_a_typo_keeps_its_marks_and_says_how_it_was_read(tmp_path):
    fields = ["Organisatie", "Aanbieder", "Naam instrument", "Samenvatting", "Doel", "Werkwijze"]
    values = ["Gemeente", "Opstap", "Taalmaatje", "Samen Nederlands oefenen.", "Beter praten.", "Wekelijks."]
    rows = [
        [*fields, "Coaching", "Werk fit", "Maatschapelijk fit", "Basisvaardigheden"],
        [*values, "x", None, "x", "x"],
    ]
    loaded = load(write_xlsx(tmp_path / "m.xlsx", rows))
    assert [(p.rij, p.code, p.cel) for p in loaded.report.problemen] == [(1, "kolom-gelezen-als", "I1")]
    assert "Maatschapelijk fit" in loaded.report.problemen[0].melding
    assert "Maatschappelijk fit" in loaded.report.problemen[0].melding
    assert loaded.matrix.instrumenten[0].tegels == ["Maatschappelijk fit"]


def test_mark_column_under_a_header_that_matches_nothing_is_a_fout(tmp_path):
    rows = [
        [*LIST_HEADER, "Schuldhulp", "Actief sinds", None, "Werk fitt"],
        [*valid_row().values(), "x", "2024", "ja", "x"],
        [*valid_row("Tweede").values(), None, "2025", "nee", None],
    ]
    path = write_xlsx(tmp_path / "m.xlsx", rows)
    report = load(path).report
    # Mark columns without a usable header stop the build; a column with other values is only reported as unknown.
    assert [(p.cel, p.code, p.ernst) for p in report.problemen] == [
        ("J1", "kolom-markeringen-onbekend", "fout"),
        ("K1", "kolom-onbekend", "waarschuwing"),
        ("L1", "kolom-markeringen-onbekend", "fout"),
        ("M1", "kolom-gelezen-als", "waarschuwing"),
    ]
    assert report.problemen[2].melding.startswith("Kolom L heeft markeringen, maar geen kop")
    result = CliRunner().invoke(main, ["build", str(path), "-o", str(tmp_path / "uit")])
    assert result.exit_code == 1 and "Kolom J (Schuldhulp) heeft markeringen" in result.output
    assert not (tmp_path / "uit").exists()


def test_header_close_to_two_labels_is_not_guessed():
    # "Bemiddelling" is as close to the tegel as to the uitvoeringsvorm Bemiddeling; a group heading decides.
    assert classify(1, "Bemiddelling", None, TAXONOMY).label is None
    assert classify(1, "Bemiddelling", "uitvoeringsvormen", TAXONOMY).label == "Bemiddeling"


@pytest.mark.parametrize("header", ["Doel *", "Doel*", "Doel  *", "Doel"])
def test_required_mark_is_not_part_of_the_column_name(header):
    assert clean_header(header) == "Doel"
    assert classify(5, header, None, TAXONOMY).name == "Doel"


def test_no_message_or_json_shows_the_required_mark(tmp_path):
    header = [f"{h} *" for h in LIST_HEADER]
    row = dict(zip(header, valid_row(Doel=None, Tegels="Werkfitt").values(), strict=True))
    path = write_matrix(tmp_path / "m.xlsx", [row], header=header)
    result = CliRunner().invoke(main, ["check", str(path), "--format", "json"])
    problems = json.loads(result.stdout)["problemen"]
    assert [(p["cel"], p["kolom"]) for p in problems] == [("E2", "Doel"), ("H2", "Tegels")]
    assert "*" not in result.stdout
