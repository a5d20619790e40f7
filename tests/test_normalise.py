"""Reading what people really type: layouts, marks, labels, values; nothing silently dropped."""

from __future__ import annotations

import pytest

from keuzehulp.pipeline import load
from tests.xlsx import LIST_HEADER, valid_row, write_matrix, write_xlsx


def flat(report):
    return [(p.rij, p.code) for p in report.problemen]


def only(loaded):
    assert len(loaded.matrix.instrumenten) == 1
    return loaded.matrix.instrumenten[0]


def test_title_rows_and_two_row_merged_header(tmp_path):
    rows = [
        ["Keuzematrix re-integratie 2026"],
        [],
        ["Instrument", None, None, None, None, None, "Tegels", None, "Uitvoeringsvorm", None, "Klantkenmerken"],
        [*LIST_HEADER[:6], "Werk fit", "Bemiddeling", "Coaching", "Bemiddeling", "Werkervaring"],
        ["Gem", "Aanb", "Werkstart", "S", "D", "W", "x", "x", "", "x", "ja"],
    ]
    path = write_xlsx(tmp_path / "m.xlsx", rows, merges=["A3:F3", "G3:H3", "I3:J3"])
    loaded = load(path)
    instrument = only(loaded)
    assert flat(loaded.report) == []
    assert instrument.tegels == ["Werk fit", "Bemiddeling"]
    assert instrument.uitvoeringsvormen == ["Bemiddeling"]
    assert instrument.klantkenmerken == ["Werkervaring"]
    assert instrument.bron.rij == 5 and instrument.bron.blad == "Instrumenten"


def test_group_labels_without_merge_fill_forward(tmp_path):
    rows = [
        [None] * 6 + ["Uitvoeringsvorm", None, "Tegels", None, "Klantkenmerken"],
        [*LIST_HEADER[:6], "Bemiddeling", "Coaching", "Bemiddeling", "Nazorg", "Werkervaring"],
        ["Gem", "Aanb", "Werkstart", "S", "D", "W", "x", "", "x", "", "x"],
    ]
    instrument = only(load(write_xlsx(tmp_path / "m.xlsx", rows)))
    assert (instrument.uitvoeringsvormen, instrument.tegels) == (["Bemiddeling"], ["Bemiddeling"])


def test_without_group_labels_second_bemiddeling_is_the_uitvoeringsvorm(tmp_path):
    rows = [
        [*LIST_HEADER[:6], "Bemiddeling", "Bemiddeling", "Coaching", "Werkervaring"],
        ["Gem", "Aanb", "Werkstart", "S", "D", "W", "", "x", "x", "x"],
    ]
    instrument = only(load(write_xlsx(tmp_path / "m.xlsx", rows)))
    assert (instrument.tegels, instrument.uitvoeringsvormen) == ([], ["Bemiddeling", "Coaching"])


def test_prefixed_headers_name_their_group(tmp_path):
    rows = [
        [*LIST_HEADER[:6], "Tegel: Bemiddeling", "Uitvoeringsvorm - Coaching", "Klantkenmerk: werkervaring"],
        ["Gem", "Aanb", "Werkstart", "S", "D", "W", "x", "x", "x"],
    ]
    instrument = only(load(write_xlsx(tmp_path / "m.xlsx", rows)))
    assert (instrument.tegels, instrument.uitvoeringsvormen, instrument.klantkenmerken) == (
        ["Bemiddeling"],
        ["Coaching"],
        ["Werkervaring"],
    )


@pytest.mark.parametrize("mark", ["x", "X", "ja", "Ja", "j", "J", "1", 1, "✓", "✔", True, " x "])
def test_marks_meaning_yes(tmp_path, mark):
    rows = [[*LIST_HEADER[:8], "Werkervaring"], ["G", "A", "N", "S", "D", "W", "Coaching", "Nazorg", mark]]
    assert only(load(write_xlsx(tmp_path / "m.xlsx", rows))).klantkenmerken == ["Werkervaring"]


@pytest.mark.parametrize("mark", ["nee", "Nee", "0", 0, "-", False, "", None])
def test_marks_meaning_no(tmp_path, mark):
    rows = [[*LIST_HEADER[:8], "Werkervaring"], ["G", "A", "N", "S", "D", "W", "Coaching", "Nazorg", mark]]
    loaded = load(write_xlsx(tmp_path / "m.xlsx", rows))
    assert only(loaded).klantkenmerken == []
    assert flat(loaded.report) == [(2, "geen-klantkenmerk")]


def test_other_mark_is_a_warning_and_kept(tmp_path):
    rows = [[*LIST_HEADER[:8], "Werkervaring"], ["G", "A", "N", "S", "D", "W", "Coaching", "Nazorg", "misschien"]]
    loaded = load(write_xlsx(tmp_path / "m.xlsx", rows))
    assert flat(loaded.report) == [(2, "geen-klantkenmerk"), (2, "markering-onbekend")]
    assert only(loaded).aanvullende_informatie == "Werkervaring: misschien"
    assert loaded.report.problemen[1].cel == "I2"


def test_list_cells_split_on_semicolons_commas_and_lines_but_keep_labels_with_commas(tmp_path):
    row = valid_row(
        Tegels="Werk fit, Opleiden\nNazorg",
        Klantkenmerken="Diplomen, certificeren en praktijkverklaring, Beroepskeuze, beroepsvoorkeur en "
        "beroepsoriëntatie; Zelfregie/zelfsturing",
        Uitvoeringsvorm="Subsidie/Voucher; Coaching, Coaching",
    )
    instrument = only(load(write_matrix(tmp_path / "m.xlsx", [row])))
    assert instrument.tegels == ["Werk fit", "Opleiden", "Nazorg"]
    assert instrument.klantkenmerken == [
        "Diplomen, certificeren en praktijkverklaring",
        "Beroepskeuze, beroepsvoorkeur en beroepsoriëntatie",
        "Zelfregie/zelfsturing",
    ]
    assert instrument.uitvoeringsvormen == ["Coaching", "Subsidie/Voucher"]


def test_labels_are_canonical_in_taxonomy_order(tmp_path):
    row = valid_row(Tegels="nazorg; orientatie; WERKFIT; Werk fit")
    assert only(load(write_matrix(tmp_path / "m.xlsx", [row]))).tegels == ["Oriëntatie", "Werk fit", "Nazorg"]


def test_werkzaak_kenmerken_by_code_name_or_both(tmp_path):
    row = valid_row(Klantkenmerken="1.3.4; Emotieregulatie, 3.4 Leefstijl en verslaving; 5.2")
    instrument = only(load(write_matrix(tmp_path / "m.xlsx", [row])))
    assert instrument.klantkenmerken == [
        "Lichamelijke aandachtspunten",
        "Praktische aandachtspunten",
        "Basisvaardigheden",
        "Willen en geloof in eigen kunnen",
        "Zelfregie/zelfsturing",
    ]


def test_werkzaak_kenmerken_as_mark_columns(tmp_path):
    rows = [
        [*LIST_HEADER[:8], "1.1 Sociale en werknemersvaardigheden", "3.2.1 Belastbaarheid", "Zelfinzicht"],
        ["G", "A", "N", "S", "D", "W", "Coaching", "Nazorg", "x", "", "x"],
    ]
    instrument = only(load(write_xlsx(tmp_path / "m.xlsx", rows)))
    assert instrument.klantkenmerken == [
        "Sociale- en culturele vaardigheden",
        "Basis werknemersvaardigheden",
        "Zelfregie/zelfsturing",
    ]


def test_unknown_labels_are_fouten_with_a_suggestion(tmp_path):
    row = valid_row(Tegels="Werk fitt", Klantkenmerken="Zwemles", Uitvoeringsvorm="Coachen")
    loaded = load(write_matrix(tmp_path / "m.xlsx", [row]))
    assert flat(loaded.report) == [
        (2, "uitvoeringsvorm-onbekend"),
        (2, "tegel-onbekend"),
        (2, "klantkenmerk-onbekend"),
    ]
    tegel = loaded.report.problemen[1]
    assert (tegel.ernst, tegel.cel, tegel.kolom) == ("fout", "H2", "Tegels")
    assert "Bedoelde u 'Werk fit'?" in tegel.melding


def test_praktische_kenmerken_are_understood(tmp_path):
    row = valid_row(
        **{
            "Totale duur": "6 mnd",
            "Intensiteit": "8 uur per week",
            "Totale kosten": "€ 1.250,-",
            "Groep/individueel": "beide",
            "Contactpersonen": "intern; Jan Jansen; 0488-123456; jan@gem.example\nextern; Els; els@opstap.example",
            "Locatie(s) uitvoering": "Werkplein; bij de gemeente; Markt 1, Dorp",
            "Doelgroepen": "Jongeren; Statushouders",
            "Registratiecodes": "RI-01",
            "Beschikbare gebieden": "Dorp, Stad",
            "Aanvullende inhoud": "Folder | https://x.example/f.pdf",
        }
    )
    loaded = load(write_matrix(tmp_path / "m.xlsx", [row]))
    assert flat(loaded.report) == []
    data = only(loaded).to_dict()
    assert data["duur"] == {"aantal": 6, "eenheid": "maanden"}
    assert (data["intensiteit_uur_per_week"], data["kosten_euro"]) == (8.0, 1250.0)
    assert data["groep_individueel"] == ["groep", "individueel"]
    assert data["contactpersonen"] == [
        {"soort": "intern", "naam": "Jan Jansen", "telefoon": "0488-123456", "email": "jan@gem.example"},
        {"soort": "extern", "naam": "Els", "telefoon": None, "email": "els@opstap.example"},
    ]
    assert data["locaties"] == [
        {"naam": "Werkplein", "type": "bij de gemeente", "adres": "Markt 1, Dorp", "beschrijving": None}
    ]
    assert (data["doelgroepen"], data["registratiecodes"], data["beschikbare_gebieden"]) == (
        ["Jongeren", "Statushouders"],
        ["RI-01"],
        ["Dorp", "Stad"],
    )
    assert data["aanvullende_inhoud"] == [{"soort": "download", "titel": "Folder", "url": "https://x.example/f.pdf"}]


def test_duur_as_number_with_a_unit_column(tmp_path):
    row = valid_row(**{"Totale duur": 12, "Eenheid duur": "weken"})
    instrument = only(load(write_matrix(tmp_path / "m.xlsx", [row])))
    assert (instrument.duur.aantal, instrument.duur.eenheid) == (12, "weken")


@pytest.mark.parametrize("duur", ["", None])
def test_a_unit_without_a_number_is_kept_in_toelichting_duur(tmp_path, duur):
    row = valid_row(**{"Totale duur": duur, "Eenheid duur": "weken"})
    loaded = load(write_matrix(tmp_path / "m.xlsx", [row]))
    assert (only(loaded).duur, only(loaded).toelichting_duur) == (None, "weken")
    assert flat(loaded.report) == [(2, "waarde-niet-begrepen")]


def test_values_not_understood_are_kept_in_their_toelichting_and_reported(tmp_path):
    row = valid_row(
        **{
            "Totale duur": "een half jaar",
            "Toelichting duur": "Flexibel.",
            "Intensiteit": "4 tot 8 uur",
            "Totale kosten": "op aanvraag",
            "Groep/individueel": "soms",
            "Aanvullende inhoud": "Folder bij de balie",
        }
    )
    loaded = load(write_matrix(tmp_path / "m.xlsx", [row]))
    instrument = only(loaded)
    assert flat(loaded.report) == [(2, "waarde-niet-begrepen")] * 5
    assert instrument.duur is None and instrument.toelichting_duur == "Flexibel.\neen half jaar"
    assert (instrument.intensiteit_uur_per_week, instrument.toelichting_intensiteit) == (None, "4 tot 8 uur")
    assert (instrument.kosten_euro, instrument.toelichting_kosten) == (None, "op aanvraag")
    assert instrument.groep_individueel == []
    assert instrument.aanvullende_informatie == "Groep/individueel: soms\nAanvullende inhoud: Folder bij de balie"


def test_text_is_kept_exactly_trimmed_and_absent_text_is_null(tmp_path):
    row = valid_row(Samenvatting="  Eerste regel\n  tweede regel  ", Werkafspraken="   ", Doel=2026)
    instrument = only(load(write_matrix(tmp_path / "m.xlsx", [row])))
    assert instrument.samenvatting == "Eerste regel\n  tweede regel"
    assert instrument.werkafspraken is None
    assert instrument.doel == "2026"
    assert instrument.doelgroepen == [] and instrument.locaties == []


def test_empty_rows_are_skipped_and_hidden_rows_read_with_a_warning(tmp_path):
    rows = [LIST_HEADER, list(valid_row("Een").values()), [], [None, "  "], list(valid_row("Twee").values())]
    loaded = load(write_xlsx(tmp_path / "m.xlsx", rows, hidden_rows=[5]))
    assert [(i.naam, i.bron.rij) for i in loaded.matrix.instrumenten] == [("Een", 2), ("Twee", 5)]
    assert flat(loaded.report) == [(5, "rij-verborgen")]


def test_unknown_and_headerless_columns_are_reported_by_name(tmp_path):
    rows = [[*LIST_HEADER, "Budgetcode", None], [*valid_row().values(), "BC-1", "los"]]
    loaded = load(write_xlsx(tmp_path / "m.xlsx", rows))
    assert flat(loaded.report) == [(1, "kolom-onbekend"), (1, "kolom-zonder-kop")]
    unknown = loaded.report.problemen[0]
    assert (unknown.kolom, unknown.cel) == ("Budgetcode", "J1")
    assert "Budgetcode" in unknown.melding and "niet gebruikt" in unknown.melding


def test_duplicate_field_column_is_reported(tmp_path):
    rows = [[*LIST_HEADER, "Doel"], [*valid_row().values(), "Tweede doel"]]
    loaded = load(write_xlsx(tmp_path / "m.xlsx", rows))
    assert flat(loaded.report) == [(1, "kolom-dubbel")]
    assert only(loaded).doel == "Werk vinden."


def test_ids_are_slugs_unique_in_row_order(tmp_path):
    rows = [
        valid_row("Re-integratie Plus"),
        valid_row("Re-integratie Plus", Organisatie="Andere gemeente"),
        valid_row("Één café"),
    ]
    loaded = load(write_matrix(tmp_path / "m.xlsx", rows))
    assert [i.id for i in loaded.matrix.instrumenten] == ["re-integratie-plus", "re-integratie-plus-2", "een-cafe"]


def test_sheet_is_found_after_other_sheets_or_named(tmp_path):
    path = tmp_path / "m.xlsx"
    write_xlsx(
        path,
        [["Over deze matrix"], ["Lees eerst dit."]],
        sheet="Voorblad",
        extra_sheets={"Aanbod": [LIST_HEADER, list(valid_row().values())]},
    )
    assert load(path).matrix.bron.blad == "Aanbod"
    assert load(path, blad="aanbod").report.aantal_instrumenten == 1
    missing = load(path, blad="Bestaat niet").report.problemen
    assert [(p.code, p.ernst) for p in missing] == [("blad-niet-gevonden", "fout")]
    assert "Voorblad, Aanbod" in missing[0].melding


def test_no_recognisable_header(tmp_path):
    loaded = load(write_xlsx(tmp_path / "m.xlsx", [["a", "b"], [1, 2]]))
    assert flat(loaded.report) == [(None, "geen-kopregel")] and loaded.matrix is None


def test_settings_sheet_gives_the_organisation_default(tmp_path):
    header = [h for h in LIST_HEADER if h != "Organisatie"]
    row = {k: v for k, v in valid_row().items() if k != "Organisatie"}
    settings = [
        ["Instelling", "Waarde"],
        ["Organisatie", "Werkbedrijf Lindenhoven"],
        ["Hoofdkleur", "blauw"],
        ["Kleurtje", "x"],
    ]
    path = write_matrix(tmp_path / "m.xlsx", [row], header=header, extra_sheets={"Instellingen": settings})
    loaded = load(path)
    assert only(loaded).organisatie == "Werkbedrijf Lindenhoven"
    assert [(p.blad, p.rij, p.code) for p in loaded.report.problemen] == [
        ("Instellingen", 3, "instelling-ongeldig"),
        ("Instellingen", 4, "instelling-onbekend"),
    ]
