"""What changed between two versions (``keuzehulp diff``, ``build --vorige``): every kind of change, in three formats.

The two versions are real .xlsx files; the new one is the old one edited with openpyxl the way a beheergroep edits
it: a row inserted, a row deleted, a row cut and pasted lower, a name retyped, a name changed, cells changed.
The expected reports are golden files in ``tests/golden/diff/`` (``KEUZEHULP_UPDATE_GOLDEN=1`` rewrites them, to be
read and committed by hand).
"""

from __future__ import annotations

import json
import os
import subprocess
from pathlib import Path

import pytest
from openpyxl import load_workbook

from keuzehulp.cli import main
from keuzehulp.diff import RENAME_SHARE, compare, markdown_text
from keuzehulp.model import Instrument
from keuzehulp.pipeline import load
from tests.helpers import KEUZEHULP, keuzehulp_command, soffice_convert
from tests.xlsx import LIST_HEADER, valid_row, write_matrix

GOLDEN = Path(__file__).parent / "golden" / "diff"
HEADER = [*LIST_HEADER, "Totale duur", "Totale kosten", "Contactpersonen"]
OLD_ROWS = [
    valid_row("Re-integratie plus", Totale_duur="6 maanden"),
    valid_row("Taalcafé", Aanbieder="Bibliotheek", Samenvatting="Samen Nederlands praten.", Doel="Beter spreken."),
    valid_row(
        "Werkfit Coaching", Aanbieder="Werkfit BV", Doel="Klaar voor werk.", Werkwijze="Coaching op de werkvloer."
    ),
    valid_row(
        "Sollicitatietraining",
        Aanbieder="Opstap",
        Samenvatting="Training in solliciteren.",
        Doel="Een baan vinden.",
        Werkwijze="Zes groepslessen.",
        Uitvoeringsvorm="(Bij)scholing",
        Klantkenmerken="Sollicitatievaardigheden",
        Totale_duur="6 weken",
        Totale_kosten=450,
        Contactpersonen="extern; Sanne Bos; 010 123 4567",
    ),
    valid_row(
        "Budgetcoaching",
        Aanbieder="Schuldhulp Noord",
        Doel="Grip op geld.",
        Tegels="Werk fit",
        Totale_duur="3 maanden",
        Totale_kosten=1250,
        Contactpersonen="intern; Piet Jansen; 06 1234 5678\nextern; Ans de Vries; 010 765 4321",
    ),
    valid_row("Jobhunters", Aanbieder="Werkfit BV", Doel="Snel aan het werk.", Werkwijze="Vacatures zoeken."),
]
NEW_ROW = valid_row(
    "Digitale vaardigheden [basis]",
    Aanbieder="Bibliotheek",
    Samenvatting="Leren werken met computer en telefoon.",
    Doel="Zelf online zaken regelen.",
    Werkwijze="Les in kleine groepen.",
)


def column(sheet, header: str) -> int:
    return [c.value for c in sheet[1]].index(header) + 1


def row_of(sheet, naam: str) -> int:
    names = column(sheet, "Naam instrument")
    return next(r for r in range(2, sheet.max_row + 1) if sheet.cell(r, names).value == naam)


def edited(old: Path, new: Path) -> Path:
    """Return ``new``: ``old`` edited in openpyxl as a person does it, with every kind of change."""
    book = load_workbook(old)
    sheet = book["Instrumenten"]
    names = column(sheet, "Naam instrument")
    # Cut the row of Werkfit Coaching and paste it under the last row: a move, not a change.
    moved = row_of(sheet, "Werkfit Coaching")
    values = [c.value for c in sheet[moved]]
    for col, value in enumerate(values, start=1):
        sheet.cell(sheet.max_row + 1 if col == 1 else sheet.max_row, col, value)
    sheet.delete_rows(moved)
    sheet.delete_rows(row_of(sheet, "Taalcafé"))
    sheet.cell(row_of(sheet, "Re-integratie plus"), names, "Re-integratie Plus")  # same id, name retyped
    renamed = row_of(sheet, "Sollicitatietraining")
    sheet.cell(renamed, names, "Solliciteren met *succes* #2")
    sheet.cell(renamed, column(sheet, "Totale kosten"), 475)
    changed = row_of(sheet, "Budgetcoaching")
    sheet.cell(changed, column(sheet, "Doel"), "Grip op geld en\nminder schulden.")
    sheet.cell(changed, column(sheet, "Tegels"), "Werk fit; Opleiden")
    sheet.cell(changed, column(sheet, "Totale duur"), "12 weken")
    sheet.cell(changed, column(sheet, "Totale kosten"), 1250.5)
    sheet.cell(changed, column(sheet, "Contactpersonen"), "intern; Piet Jansen; 06 1234 5678")
    sheet.insert_rows(3)
    for col, header in enumerate(HEADER, start=1):
        sheet.cell(3, col, NEW_ROW.get(header))
    book.save(new)
    return new


@pytest.fixture
def versions(tmp_path, monkeypatch) -> tuple[str, str]:
    """The old and the new version, by the names a person types in the folder they work in."""
    monkeypatch.chdir(tmp_path)
    write_matrix(tmp_path / "oud.xlsx", OLD_ROWS, header=HEADER)
    edited(tmp_path / "oud.xlsx", tmp_path / "nieuw.xlsx")
    return "oud.xlsx", "nieuw.xlsx"


def golden(name: str, actual: str) -> str:
    path = GOLDEN / name
    if os.environ.get("KEUZEHULP_UPDATE_GOLDEN") == "1":
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(actual, encoding="utf-8")
    return path.read_text(encoding="utf-8")


@pytest.mark.parametrize("formaat, name", [("tekst", "wijzigingen.txt"), ("markdown", "wijzigingen.md")])
def test_every_kind_of_change_in_text_and_markdown(runner, versions, formaat, name):
    done = runner.invoke(main, ["diff", *versions, "--format", formaat])
    assert done.exit_code == 0, done.output
    assert done.output == golden(name, done.output)


def test_every_kind_of_change_in_json(runner, versions):
    done = runner.invoke(main, ["diff", *versions, "--format", "json"])
    assert done.exit_code == 0, done.output
    found = json.loads(done.output)
    assert found == json.loads(golden("wijzigingen.json", done.output))
    assert list(found) == ["oud", "nieuw", "toegevoegd", "verwijderd", "hernoemd", "gewijzigd"]
    assert {tuple(i) for i in found["toegevoegd"] + found["verwijderd"]} == {("id", "naam")}
    assert {tuple(i) for i in found["hernoemd"]} == {("id", "oud", "nieuw")}
    assert {tuple(i) for i in found["gewijzigd"]} == {("id", "naam", "velden")}
    assert {tuple(v) for i in found["gewijzigd"] for v in i["velden"]} == {("veld", "oud", "nieuw")}


def test_what_the_golden_json_says(versions):
    """The golden files are read by hand once; this says in words what they must hold."""
    found = json.loads(golden("wijzigingen.json", ""))
    assert [i["naam"] for i in found["toegevoegd"]] == ["Digitale vaardigheden [basis]"]
    # Same aanbieder as the new Digitale vaardigheden, but other content: removed, not renamed.
    assert [i["naam"] for i in found["verwijderd"]] == ["Taalcafé"]
    assert found["hernoemd"] == [
        {"id": "re-integratie-plus", "oud": "Re-integratie plus", "nieuw": "Re-integratie Plus"},
        {"id": "solliciteren-met-succes-2", "oud": "Sollicitatietraining", "nieuw": "Solliciteren met *succes* #2"},
    ]
    changed = {i["naam"]: {v["veld"]: (v["oud"], v["nieuw"]) for v in i["velden"]} for i in found["gewijzigd"]}
    assert changed == {
        "Solliciteren met *succes* #2": {"Totale kosten": ("€ 450", "€ 475")},
        "Budgetcoaching": {
            "Tegels": ("Werk fit", "Werk fit; Opleiden"),
            "Doel": ("Grip op geld.", "Grip op geld en\nminder schulden."),
            "Totale duur": ("3 maanden", "12 weken"),
            "Totale kosten": ("€ 1.250", "€ 1.250,50"),
            "Contactpersonen": (
                "intern: Piet Jansen, 06 1234 5678\nextern: Ans de Vries, 010 765 4321",
                "intern: Piet Jansen, 06 1234 5678",
            ),
        },
    }
    rows = [{i.id: i.bron.rij for i in load(v).matrix.instrumenten} for v in versions]
    assert rows[0]["werkfit-coaching"] != rows[1]["werkfit-coaching"]
    assert "Werkfit Coaching" not in json.dumps(found), "a moved row is no change"


def test_the_library_gives_what_the_command_prints(runner, versions):
    import keuzehulp

    changes = keuzehulp.diff_files(*versions)
    printed = json.loads(runner.invoke(main, ["diff", *versions, "--format", "json"]).output)
    assert changes.to_dict() == printed
    assert changes.summary() == "1 toegevoegd, 1 verwijderd, 2 hernoemd, 2 gewijzigd."


def test_the_same_file_twice_has_no_changes(runner, versions):
    done = runner.invoke(main, ["diff", versions[0], versions[0]])
    assert done.exit_code == 0
    assert "Geen verschillen" in done.output
    found = json.loads(runner.invoke(main, ["diff", versions[0], versions[0], "--format", "json"]).output)
    assert [found[k] for k in ("toegevoegd", "verwijderd", "hernoemd", "gewijzigd")] == [[], [], [], []]


@pytest.mark.parametrize("which", [0, 1])
def test_an_unreadable_version_is_exit_1_with_a_dutch_message(tmp_path, versions, which):
    (tmp_path / "kapot.xlsx").write_bytes(b"dit is geen spreadsheet")
    for broken in ("kapot.xlsx", "bestaat-niet.xlsx"):
        files = list(versions)
        files[which] = broken
        done = keuzehulp_command("diff", *files)
        assert done.returncode == 1
        assert broken in done.stderr and "Traceback" not in done.stderr + done.stdout
        assert done.stdout == ""


def test_fouten_in_a_version_do_not_stop_the_diff_and_are_said_at_the_top(runner, versions, tmp_path):
    write_matrix(tmp_path / "fout.xlsx", [*OLD_ROWS, valid_row("Zonder doel", Doel=None)], header=HEADER)
    done = runner.invoke(main, ["diff", versions[0], "fout.xlsx"])
    assert done.exit_code == 0
    lines = done.output.splitlines()
    assert lines[1] == (
        "Let op: fout.xlsx heeft 1 fout (zie keuzehulp check fout.xlsx); de vergelijking gaat over wat er wel te "
        "lezen was."
    )
    assert "Zonder doel (id zonder-doel)" in done.output
    markdown = runner.invoke(main, ["diff", versions[0], "fout.xlsx", "--format", "markdown"]).output
    assert markdown.splitlines()[4].startswith("> **Let op:** fout.xlsx heeft 1 fout")
    as_json = keuzehulp_command("diff", tmp_path / "oud.xlsx", tmp_path / "fout.xlsx", "--format", "json")
    assert as_json.returncode == 0 and json.loads(as_json.stdout)["toegevoegd"][0]["naam"] == "Zonder doel"
    assert "heeft 1 fout" in as_json.stderr


def test_terminal_output_has_no_control_characters(versions, tmp_path):
    from tests.test_cli import HOSTILE, UNSAFE_BYTES, as_stored

    hostile = valid_row(f"Naam {as_stored(HOSTILE)}", Doel=f"Doel\n{as_stored(HOSTILE)}")
    write_matrix(tmp_path / "vijandig.xlsx", [*OLD_ROWS, hostile], header=HEADER)
    for formaat in ("tekst", "markdown", "json"):
        done = subprocess.run(
            [*KEUZEHULP, "diff", "oud.xlsx", "vijandig.xlsx", "--format", formaat], capture_output=True, check=False
        )
        assert done.returncode == 0, done.stderr
        assert not UNSAFE_BYTES.search(done.stdout), formaat
        assert b"ROOD" in done.stdout and b"NAAM" in done.stdout, formaat


def test_markdown_escapes_what_would_become_markup_and_nothing_else():
    assert markdown_text("*vet* _schuin_ [link](x) #1 <b> a|b `code` ~~weg~~") == (
        "\\*vet\\* \\_schuin\\_ \\[link\\](x) \\#1 \\<b\\> a\\|b \\`code\\` \\~\\~weg\\~\\~"
    )
    assert markdown_text("1. eerste\n- tweede\n> derde\n===") == "1\\. eerste\n\\- tweede\n\\> derde\n\\==="
    assert markdown_text("&amp; &#38;") == "\\&amp; \\&\\#38;"
    assert markdown_text("Re-integratie: Werk & Inkomen (regio), 3. fase!") == (
        "Re-integratie: Werk & Inkomen (regio), 3. fase!"
    )


def instrument(naam: str, aanbieder: str = "Opstap", **values: object) -> Instrument:
    from keuzehulp.normalise import slug

    base = {"organisatie": "Gemeente", "samenvatting": "S", "doel": "D", "werkwijze": "W"}
    return Instrument(id=slug(naam), naam=naam, aanbieder=aanbieder, **(base | values))


def test_rename_rule_same_aanbieder_and_at_least_80_percent_of_filled_fields_equal():
    # Five filled fields (organisatie, aanbieder, samenvatting, doel, werkwijze): one may differ, two may not.
    assert RENAME_SHARE == 0.8
    old = [instrument("Oud een"), instrument("Oud twee")]
    new = [instrument("Nieuw een", doel="Ander doel"), instrument("Nieuw twee", doel="X", werkwijze="Y")]
    changes = compare(old, new, "oud", "nieuw")
    assert [(r.oud, r.nieuw) for r in changes.hernoemd] == [("Oud een", "Nieuw een")]
    assert [i.naam for i in changes.toegevoegd] == ["Nieuw twee"]
    assert [i.naam for i in changes.verwijderd] == ["Oud twee"]


def test_the_same_content_from_another_aanbieder_is_no_rename():
    changes = compare([instrument("Coaching")], [instrument("Coaching Noord", aanbieder="Noord")], "oud", "nieuw")
    assert changes.hernoemd == [] and len(changes.toegevoegd) == len(changes.verwijderd) == 1


def test_the_most_similar_pair_is_the_rename():
    old = [instrument("Oud", duur=None, werkafspraken="A", registratiecodes=["R1"])]
    near = instrument("Bijna", werkafspraken="A", registratiecodes=["R2"])
    same = instrument("Gelijk", werkafspraken="A", registratiecodes=["R1"])
    changes = compare(old, [near, same], "oud", "nieuw")
    assert [(r.oud, r.nieuw) for r in changes.hernoemd] == [("Oud", "Gelijk")]
    assert [i.naam for i in changes.toegevoegd] == ["Bijna"]


def test_build_vorige_with_an_unreadable_old_version_writes_nothing(versions, tmp_path):
    output = tmp_path / "uit"
    done = keuzehulp_command("build", versions[1], "-o", output, "--vorige", "bestaat-niet.xlsx")
    assert done.returncode == 1
    assert "vorige versie" in done.stderr and "bestaat-niet.xlsx" in done.stderr
    assert "Traceback" not in done.stderr
    assert not output.exists()


def test_build_vorige_compares_with_an_old_version_that_has_fouten_and_says_so(runner, versions, tmp_path):
    write_matrix(tmp_path / "fout.xlsx", [*OLD_ROWS, valid_row("Zonder doel", Doel=None)], header=HEADER)
    done = runner.invoke(main, ["build", versions[0], "-o", "uit", "--vorige", "fout.xlsx"])
    assert done.exit_code == 0, done.output
    assert "Let op: fout.xlsx heeft 1 fout" in done.stderr
    assert "Sinds fout.xlsx: 0 toegevoegd, 1 verwijderd, 0 hernoemd, 0 gewijzigd." in done.stdout
    rows = list(load_workbook(tmp_path / "uit" / "keuzehulp.xlsx")["Wijzigingen"].iter_rows(values_only=True))
    assert rows[2][0].startswith("Let op: fout.xlsx heeft 1 fout")
    assert rows[-1][:2] == ("Verwijderd", "Zonder doel")


def test_the_wijzigingen_sheet_of_an_unchanged_version_says_there_are_no_differences(runner, versions, tmp_path):
    assert runner.invoke(main, ["build", versions[0], "-o", "uit", "--vorige", versions[0]]).exit_code == 0
    rows = list(load_workbook(tmp_path / "uit" / "keuzehulp.xlsx")["Wijzigingen"].iter_rows(values_only=True))
    assert [row[1] for row in rows[4:8]] == [0, 0, 0, 0]
    assert rows[-2][:5] == ("Wijziging", "Instrument", "Veld", "Oud", "Nieuw")
    assert rows[-1][0] == "Geen verschillen: de instrumenten zijn in beide versies gelijk."
    site = (tmp_path / "uit" / "keuzehulp" / "index.html").read_text(encoding="utf-8")
    assert 'class="nieuw"' not in site


def test_build_without_vorige_has_no_wijzigingen_sheet_and_no_mark(runner, versions, tmp_path):
    assert runner.invoke(main, ["build", versions[1], "-o", "uit"]).exit_code == 0
    assert "Wijzigingen" not in load_workbook(tmp_path / "uit" / "keuzehulp.xlsx", read_only=True).sheetnames
    assert 'class="nieuw"' not in (tmp_path / "uit" / "keuzehulp" / "index.html").read_text(encoding="utf-8")


@pytest.fixture
def built(runner, versions, tmp_path) -> Path:
    done = runner.invoke(main, ["build", versions[1], "-o", "uit", "--vorige", versions[0]])
    assert done.exit_code == 0, done.output
    assert "Sinds oud.xlsx: 1 toegevoegd, 1 verwijderd, 2 hernoemd, 2 gewijzigd." in done.output
    return tmp_path / "uit"


def test_the_wijzigingen_sheet_as_libreoffice_reads_it(built, tmp_path, runner, versions):
    (converted,) = soffice_convert([built / "keuzehulp.xlsx"], "xlsx", tmp_path / "lo")
    book = load_workbook(converted, data_only=True)
    assert book.sheetnames[-1] == "Wijzigingen"
    rows = [[c for c in row] for row in book["Wijzigingen"].iter_rows(values_only=True)]
    assert rows[0][0] == "Wijzigingen sinds de vorige versie"
    assert rows[1][0].startswith("Vergeleken: oud.xlsx (vorige versie) met nieuw.xlsx (deze versie).")
    counts = {row[0]: row[1] for row in rows[3:8]}
    assert counts == {
        "Wijziging": "Aantal instrumenten",
        "Toegevoegd": 1,
        "Verwijderd": 1,
        "Hernoemd": 2,
        "Gewijzigd": 2,
    }
    header = rows.index(["Wijziging", "Instrument", "Veld", "Oud", "Nieuw"])
    table = [tuple(value or "" for value in row) for row in rows[header + 1 :]]
    diff_json = json.loads(runner.invoke(main, ["diff", *versions, "--format", "json"]).output)
    per_field = sum(len(i["velden"]) for i in diff_json["gewijzigd"])
    assert len(table) == 1 + 1 + 2 + per_field
    assert table[0] == ("Toegevoegd", "Digitale vaardigheden [basis]", "", "", "")
    assert table[1] == ("Verwijderd", "Taalcafé", "", "", "")
    assert ("Hernoemd", "Re-integratie Plus", "Naam instrument", "Re-integratie plus", "Re-integratie Plus") in table
    assert ("Gewijzigd", "Budgetcoaching", "Doel", "Grip op geld.", "Grip op geld en\nminder schulden.") in table
    assert ("Gewijzigd", "Budgetcoaching", "Totale kosten", "€ 1.250", "€ 1.250,50") in table


def test_a_formula_in_the_spreadsheet_stays_text_on_the_wijzigingen_sheet(runner, tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    write_matrix(tmp_path / "a.xlsx", [valid_row("Coaching")])
    write_matrix(tmp_path / "b.xlsx", [valid_row("Coaching", Doel='=HYPERLINK("http://x","klik")')])
    assert runner.invoke(main, ["build", "b.xlsx", "-o", "uit", "--vorige", "a.xlsx"]).exit_code == 0
    sheet = load_workbook(tmp_path / "uit" / "keuzehulp.xlsx")["Wijzigingen"]
    cells = [c for row in sheet.iter_rows() for c in row if isinstance(c.value, str) and c.value.startswith("=")]
    assert cells and all(c.data_type == "s" for c in cells)


@pytest.mark.chromium
def test_the_nieuw_mark_is_visible_on_exactly_the_new_cards(browser, built):
    from tests.test_html_browser import axe_violations

    page = browser.new_page()
    page.goto((built / "keuzehulp" / "index.html").as_uri())
    cards = page.locator("[data-instrument-id]")
    marked = {}
    for index in range(cards.count()):
        card = cards.nth(index)
        mark = card.locator(".nieuw")
        marked[card.get_attribute("data-instrument-id")] = mark.count() == 1 and mark.is_visible()
        if mark.count():
            assert mark.inner_text() == "Nieuw"
    assert {card for card, shown in marked.items() if shown} == {"digitale-vaardigheden-basis"}
    assert len(marked) == 6
    assert page.get_by_text("Nieuw", exact=True).count() == 1
    assert axe_violations(page) == []
    page.close()


def test_the_beheer_guide_uses_only_commands_and_options_that_exist():
    from tests.test_sjabloon import unknown_in_command

    guide = (Path(__file__).parent.parent / "docs" / "beheer.md").read_text(encoding="utf-8")
    commands = [line.strip() for line in guide.splitlines() if line.strip().startswith("keuzehulp ")]
    assert len(commands) >= 4
    assert [unknown for c in commands for unknown in unknown_in_command(c)] == []
    assert f"minstens {round(RENAME_SHARE * 100)} %** van de ingevulde velden gelijk" in " ".join(guide.split())


def test_the_fast_candidate_search_finds_every_rename_that_comparing_all_pairs_finds():
    """rename_pairs only compares instruments that share rare values; this checks it against all pairs."""
    import random

    from keuzehulp.diff import content, content_fields, rename_pairs, similarity
    from keuzehulp.taxonomy import load_taxonomy

    compared = content_fields(load_taxonomy())
    rng = random.Random(13)

    def random_instrument(number: int) -> Instrument:
        pick = lambda *options: rng.choice(options)  # noqa: E731
        return instrument(
            f"Instrument {number}",
            aanbieder=pick("A", "a", "B"),
            samenvatting=pick("S1", "S2"),
            doel=pick("D1", "D2", None),
            werkwijze=pick("W1", "W2"),
            tegels=pick([], ["Werk fit"], ["Werk fit", "Opleiden"]),
            kosten_euro=pick(None, 100.0, 100),
            werkafspraken=pick(None, "X"),
        )

    renames = 0
    for _ in range(30):
        removed = [random_instrument(n) for n in range(12)]
        added = [random_instrument(n) for n in range(12, 24)]
        pairs = []
        for new_position, new in enumerate(added):
            for old_position, old in enumerate(removed):
                share = similarity(content(old, compared), content(new, compared))
                if share >= RENAME_SHARE and old.aanbieder.casefold() == new.aanbieder.casefold():
                    pairs.append((-share, new_position, old_position))
        expected, used_new, used_old = [], set(), set()
        for _, new_position, old_position in sorted(pairs):
            if new_position not in used_new and old_position not in used_old:
                used_new.add(new_position)
                used_old.add(old_position)
                expected.append((added[new_position].id, removed[old_position].id))
        found = [(new_id, old.id) for new_id, old in rename_pairs(removed, added, compared)]
        assert found == expected
        renames += len(found)
    assert renames > 30, "the random instruments must give renames to compare"


def test_a_name_with_a_line_break_stays_on_its_line_in_text_and_markdown():
    from keuzehulp.diff import markdown_lines, text_lines

    changes = compare([], [instrument("Twee\nregels")], "oud.xlsx", "nieuw.xlsx")
    assert "  Twee regels (id twee-regels)" in text_lines(changes)
    assert "- Twee regels" in markdown_lines(changes)
