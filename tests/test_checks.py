"""Validation rules of the instrumentenformat, as whole flattened reports."""

from __future__ import annotations

from keuzehulp.pipeline import load
from tests.xlsx import LIST_HEADER, valid_row, write_matrix, write_xlsx


def report_of(tmp_path, rows, header=None, **kw):
    return load(write_matrix(tmp_path / "m.xlsx", rows, header=header, **kw)).report


def flat(report):
    return [(p.rij, p.code, p.ernst) for p in report.problemen]


def test_valid_matrix_has_no_problems(tmp_path):
    report = report_of(tmp_path, [valid_row("A"), valid_row("B")])
    assert (report.aantal_instrumenten, flat(report)) == (2, [])


def test_required_fields_empty(tmp_path):
    report = report_of(tmp_path, [valid_row(Doel=None, Aanbieder="  ", Uitvoeringsvorm="")])
    assert flat(report) == [
        (2, "verplicht-veld-leeg", "fout"),
        (2, "verplicht-veld-leeg", "fout"),
        (2, "verplicht-veld-leeg", "fout"),
    ]
    doel = next(p for p in report.problemen if p.kolom == "Doel")
    assert doel.to_dict() == {
        "ernst": "fout",
        "code": "verplicht-veld-leeg",
        "blad": "Instrumenten",
        "rij": 2,
        "kolom": "Doel",
        "cel": "E2",
        "melding": "Rij 2 (Re-integratie Plus): het verplichte veld Doel is leeg.",
    }


def test_missing_required_column(tmp_path):
    header = [h for h in LIST_HEADER if h != "Werkwijze"]
    report = report_of(tmp_path, [valid_row()], header=header)
    assert flat(report) == [(1, "kolom-ontbreekt", "fout")]
    assert report.problemen[0].kolom == "Werkwijze"


def test_same_name_twice_within_one_organisation(tmp_path):
    rows = [valid_row("Taalcafé"), valid_row("taalcafé"), valid_row("Taalcafé", Organisatie="Buurgemeente")]
    report = report_of(tmp_path, rows)
    assert flat(report) == [(3, "naam-dubbel", "fout")]
    assert "rij 2" in report.problemen[0].melding


def test_negative_numbers(tmp_path):
    row = valid_row(**{"Totale kosten": -100, "Intensiteit": "-2", "Totale duur": "-3 weken"})
    assert flat(report_of(tmp_path, [row])) == [(2, "waarde-negatief", "fout")] * 3


def test_link_schemes_and_email(tmp_path):
    row = valid_row(
        **{
            "Aanvullende inhoud": "Goed | https://x.example\nSlecht | javascript:alert(1)\ndata:text/html,x",
            "Contactpersonen": "intern; Jan; jan(at)gem.example",
        }
    )
    report = report_of(tmp_path, [row])
    assert flat(report) == [
        (2, "link-schema-ongeldig", "fout"),
        (2, "link-schema-ongeldig", "fout"),
        (2, "contact-onduidelijk", "waarschuwing"),  # "jan(at)gem.example" is a second name
    ]
    row = valid_row(Contactpersonen="extern; Els; els@@opstap")
    assert flat(report_of(tmp_path, [row])) == [(2, "email-ongeldig", "fout")]


def test_contact_without_soort_is_a_warning(tmp_path):
    row = valid_row(Contactpersonen="Els; els@opstap.example")
    assert flat(report_of(tmp_path, [row])) == [(2, "contact-soort-onbekend", "waarschuwing")]


def test_no_tegel_no_klantkenmerk_and_long_summary_are_warnings(tmp_path):
    row = valid_row(Tegels=None, Klantkenmerken=None, Samenvatting="x" * 501)
    report = report_of(tmp_path, [row, valid_row("Kort", Samenvatting="x" * 500)])
    assert flat(report) == [
        (2, "geen-tegel", "waarschuwing"),
        (2, "geen-klantkenmerk", "waarschuwing"),
        (2, "samenvatting-te-lang", "waarschuwing"),
    ]
    assert "501 tekens" in report.problemen[2].melding


def test_report_is_ordered_by_row_then_column(tmp_path):
    rows = [valid_row("A", Doel=None, Aanbieder=None), valid_row("B", Samenvatting=None)]
    report = report_of(tmp_path, rows)
    assert [p.cel for p in report.problemen] == ["B2", "E2", "D3"]


def test_summary_rows_under_the_table_are_skipped_with_a_waarschuwing(tmp_path):
    header = [*LIST_HEADER, "Totale kosten"]
    rows = [
        [*valid_row("A").values(), 100],
        [*valid_row("B").values(), 200],
        [None, None, "Totaal:", None, None, None, None, None, None, 300],
        [None, None, "Som", None, None, None, None, None, None, "€ 300"],
        ["Aantal", None, None, None, None, None, None, None, None, 2],
    ]
    loaded = load(write_xlsx(tmp_path / "m.xlsx", [header, *rows]))
    assert [i.naam for i in loaded.matrix.instrumenten] == ["A", "B"]
    assert flat(loaded.report) == [(r, "rij-totaal", "waarschuwing") for r in (4, 5, 6)]
    assert [p.cel for p in loaded.report.problemen] == ["C4", "C5", "A6"]
    assert "Rij 4 ('Totaal:')" in loaded.report.problemen[0].melding


def test_an_instrument_named_like_a_summary_word_is_kept(tmp_path):
    # Text besides the name: an instrument (even if oddly named), never skipped.
    loaded = load(write_matrix(tmp_path / "m.xlsx", [valid_row("A"), valid_row("Totaal")]))
    assert [i.naam for i in loaded.matrix.instrumenten] == ["A", "Totaal"]
    assert flat(loaded.report) == []


def test_header_without_instruments_is_a_fout(tmp_path):
    report = load(write_xlsx(tmp_path / "m.xlsx", [LIST_HEADER, [None] * len(LIST_HEADER)])).report
    assert flat(report) == [(1, "geen-instrumenten", "fout")]
    assert report.aantal_instrumenten == 0
