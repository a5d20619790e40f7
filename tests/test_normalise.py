"""Reading what people really type: layouts, marks, labels, values; nothing silently dropped."""

from __future__ import annotations

import dataclasses
import re
from hashlib import sha256

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from keuzehulp.model import Bron, Instrument
from keuzehulp.normalise import assign_ids
from keuzehulp.pipeline import build, load
from tests.test_taxonomy import UITVOERINGSVORMEN
from tests.test_values import UNCLEAR_CONTACTS
from tests.xlsx import LIST_HEADER, valid_row, write_matrix, write_xlsx


def flat(report):
    return [(p.rij, p.code) for p in report.problemen]


def only_all(loaded):
    return loaded.matrix.instrumenten


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
            "Beschikbare gebieden": "Tiel, Buren",
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
        ["Jongeren tot 27 jaar", "Statushouders"],  # Eva's description (issue 12)
        ["RI-01"],
        ["Tiel", "Buren"],
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


def test_ids_are_slugs_and_a_shared_slug_gets_a_hash_of_the_name_as_typed(tmp_path):
    rows = [
        valid_row("Coaching 2"),
        valid_row("Coaching!"),
        valid_row("Coaching"),
        valid_row("Coaching", Organisatie="Andere gemeente"),
        valid_row("Één café"),
    ]
    ids = [i.id for i in only_all(load(write_matrix(tmp_path / "m.xlsx", rows)))]
    # "Coaching" of Andere gemeente sorts first and keeps the plain slug; the others hash organisation and name.
    assert ids == [
        "coaching-2",
        "coaching--" + sha256(b"Gemeente Voorbeeld\nCoaching!").hexdigest()[:6],
        "coaching--" + sha256(b"Gemeente Voorbeeld\nCoaching").hexdigest()[:6],
        "coaching",
        "een-cafe",
    ]
    assert len(set(ids)) == len(ids)


def test_ids_stay_the_same_when_rows_move(tmp_path):
    rows = [valid_row("Coaching!"), valid_row("Coaching"), valid_row("Coaching 2"), valid_row("coaching")]
    rows[3]["Organisatie"] = "Andere gemeente"
    before = {i.naam + i.organisatie: i.id for i in only_all(load(write_matrix(tmp_path / "a.xlsx", rows)))}
    after = {i.naam + i.organisatie: i.id for i in only_all(load(write_matrix(tmp_path / "b.xlsx", rows[::-1])))}
    assert before == after and len(set(before.values())) == 4


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


NAMES = st.one_of(
    st.text(max_size=12),
    st.sampled_from(["Coaching", "Coaching!", "Coaching 2", "coaching", "COACHING", "Coaching--1", "Rij 3", "!!!"]),
    st.none(),
)
INSTRUMENTS = st.lists(st.tuples(NAMES, st.sampled_from(["Gemeente A", "Gemeente B", None])), max_size=12)


def _instruments(pairs: list[tuple[str | None, str | None]]) -> list[Instrument]:
    return [Instrument(id="", naam=n, organisatie=o, bron=Bron("Instrumenten", r)) for r, (n, o) in enumerate(pairs, 2)]


@settings(max_examples=300, deadline=None)
@given(INSTRUMENTS, st.randoms(use_true_random=False))
def test_ids_are_unique_whatever_the_names_and_do_not_depend_on_row_order(pairs, random):
    instruments = _instruments(pairs)
    assign_ids(instruments)
    ids = [i.id for i in instruments]
    assert len(set(ids)) == len(ids)
    assert all(re.fullmatch(r"[a-z0-9]+(?:--?[a-z0-9]+)*", i) for i in ids)
    moved = instruments[:]
    random.shuffle(moved)
    for number, instrument in enumerate(moved, 2):
        instrument.bron = Bron("Instrumenten", number)
    assign_ids(moved)
    # Only nameless rows ("rij-N") and exact duplicates (a naam-dubbel fout) may depend on their place.
    named = [(i.naam, i.organisatie) for i in instruments]
    stable = [i for i in instruments if i.naam and named.count((i.naam, i.organisatie)) == 1]
    assert [i.id for i in stable] == [ids[instruments.index(i)] for i in stable]


def test_unclear_contact_is_a_warning_at_its_cell_and_counts_as_intern(tmp_path):
    row = valid_row(Contactpersonen="extern; Els; 0611111111\nextern; Piet; 0622222222; intern; Jan; 0633333333")
    loaded = load(write_matrix(tmp_path / "m.xlsx", [row]))
    assert flat(loaded.report) == [(2, "contact-onduidelijk")]
    found = loaded.report.problemen[0]
    assert (found.ernst, found.cel, found.kolom) == ("waarschuwing", "J2", "Contactpersonen")
    assert "meer dan één keer intern of extern" in found.melding and "telt als intern" in found.melding
    assert [(c.soort, c.naam) for c in only(loaded).contactpersonen] == [
        ("extern", "Els"),
        ("intern", "extern; Piet; 0622222222; intern; Jan; 0633333333"),
    ]


def test_location_types_are_understood_and_an_unknown_type_is_kept_in_the_beschrijving(tmp_path):
    row = valid_row(**{"Locatie(s) uitvoering": "Werkplaats; bij aanbieder; Kerkstraat 1\nPlein; buiten; Markt 1"})
    loaded = load(write_matrix(tmp_path / "m.xlsx", [row]))
    assert flat(loaded.report) == [(2, "locatietype-onbekend")]
    assert loaded.report.problemen[0].cel == "J2" and "'buiten'" in loaded.report.problemen[0].melding
    assert [dataclasses.asdict(loc) for loc in only(loaded).locaties] == [
        {"naam": "Werkplaats", "type": "bij de aanbieder", "adres": "Kerkstraat 1", "beschrijving": None},
        {"naam": "Plein", "type": None, "adres": "Markt 1", "beschrijving": "buiten"},
    ]


def test_eva_database_spellings_and_the_handreiking_word_orienteren_are_read_silently(tmp_path):
    row = valid_row(
        Tegels="Oriënteren",
        Klantkenmerken="Diplomeren, certificeren, en praktijkverklaring; Willen en geloven in eigen kunnen\n"
        "Zelfregie / zelfsturing; Beroepskeuze, beroepsvoorkeur, en beroepsoriëntatie",
        Uitvoeringsvorm="(Bij)Scholing; Tolken/vertalen; Materiele ondersteuning",
    )
    loaded = load(write_matrix(tmp_path / "m.xlsx", [row]))
    instrument = only(loaded)
    assert flat(loaded.report) == []
    assert instrument.tegels == ["Oriëntatie"]
    assert instrument.klantkenmerken == [
        "Diplomen, certificeren en praktijkverklaring",
        "Beroepskeuze, beroepsvoorkeur en beroepsoriëntatie",
        "Willen en geloof in eigen kunnen",
        "Zelfregie/zelfsturing",
    ]
    assert instrument.uitvoeringsvormen == ["(Bij)scholing", "Materiele ondersteuning", "Tolken/Vertalen"]


@pytest.mark.parametrize(
    ("typed", "label"),
    [
        ("Training", "(Bij)scholing"),
        ("Workshop", "(Bij)scholing"),
        ("E-Learning", "(Bij)scholing"),
        ("Werkleertraject", "Leerwerktraject"),
        ("Dagbesteding", "(Vrijwilligers)werk"),
        ("Vouchers", "Subsidie/Voucher"),
        ("Sociale kaart", "Verwijzing"),
        ("Oriëntatie, onderzoek en diagnose", "Onderzoek"),
    ],
)
def test_labels_eva_migrates_are_read_as_the_eva_label_with_a_warning(tmp_path, typed, label):
    loaded = load(write_matrix(tmp_path / "m.xlsx", [valid_row(Uitvoeringsvorm=f"{typed}; Bemiddeling")]))
    assert flat(loaded.report) == [(2, "label-omgezet")]
    assert f"'{typed}' in Uitvoeringsvorm is gelezen als {label}" in loaded.report.problemen[0].melding
    assert only(loaded).uitvoeringsvormen == sorted({label, "Bemiddeling"}, key=UITVOERINGSVORMEN.index)


def test_a_label_eva_migrates_two_ways_is_kept_not_mapped(tmp_path):
    typed = "Opleidingstrajecten (perceel 5 Open House)"
    loaded = load(write_matrix(tmp_path / "m.xlsx", [valid_row(Uitvoeringsvorm=f"Coaching; {typed}")]))
    assert flat(loaded.report) == [(2, "label-dubbelzinnig")]
    assert "Opleiding of Subsidie/Voucher" in loaded.report.problemen[0].melding
    assert only(loaded).uitvoeringsvormen == ["Coaching"]
    assert only(loaded).aanvullende_informatie == f"Uitvoeringsvorm: {typed}"


def test_no_part_of_an_unclear_contact_reaches_any_file_of_the_client_site(tmp_path):
    visible = "extern; Klaas Zichtbaar; 0699999999; klaas@opstap.example"
    rows = [valid_row(f"Instrument {n}", Contactpersonen=line) for n, (line, _) in enumerate(UNCLEAR_CONTACTS)]
    rows.append(valid_row("Zichtbaar", Contactpersonen=visible))
    settings = [["Toon aan cliënt: Externe contactpersonen", "ja"]]
    path = write_matrix(tmp_path / "m.xlsx", rows, extra_sheets={"Instellingen": settings})
    loaded = build(path, tmp_path / "uit")
    assert {code for _, code in flat(loaded.report)} == {"contact-onduidelijk"}
    site = "".join(f.read_text(encoding="utf-8") for f in (tmp_path / "uit" / "keuzehulp").rglob("*") if f.is_file())
    assert "Klaas Zichtbaar" in site and "klaas@opstap.example" in site and "0699999999" in site
    for internal in ("Jurre", "jurre@gem.example", "0622222222", "Piet", "0611111111", "piet@opstap.example"):
        assert internal not in site, internal
