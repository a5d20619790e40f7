"""Beschikbare gebieden: the CBS gemeenten and arbeidsmarktregio's, the check, and ``build --per-gebied``."""

from __future__ import annotations

import json
import re
from html.parser import HTMLParser
from pathlib import Path

import pytest
from click.testing import CliRunner

from keuzehulp.cli import main
from keuzehulp.gebieden import DATA_FILE, load_gebieden
from keuzehulp.pipeline import BuildFailed, build, check
from tests.xlsx import valid_row, write_matrix

DATA = json.loads((Path(__file__).parents[1] / "keuzehulp" / "taxonomie" / DATA_FILE).read_text(encoding="utf-8"))


def test_the_data_file_holds_the_342_gemeenten_of_2025_with_their_cbs_codes_source_and_date():
    assert DATA["peildatum"] == "2025-01-01" and "CBS" in DATA["bron"]
    names = [g["naam"] for g in DATA["gemeenten"]]
    codes = [g["code"] for g in DATA["gemeenten"]]
    assert len(names) == len(set(names)) == 342
    assert len(set(codes)) == 342 and all(re.fullmatch(r"GM\d{4}", c) for c in codes)
    assert {"Amsterdam": "GM0363", "'s-Gravenhage": "GM0518", "Tiel": "GM0281"}.items() <= dict(
        zip(names, codes, strict=True)
    ).items()


def test_the_35_arbeidsmarktregios_together_hold_every_gemeente_exactly_once():
    regios = DATA["arbeidsmarktregios"]
    assert len(regios) == len({r["naam"] for r in regios}) == 35
    members = [g for r in regios for g in r["gemeenten"]]
    assert sorted(members) == sorted(g["naam"] for g in DATA["gemeenten"])
    assert set(DATA["varianten"].values()) <= set(members)


@pytest.mark.parametrize(
    ("gebied", "covers"),
    [
        ("Tiel", ("Tiel",)),
        ("tiel", ("Tiel",)),
        ("Tiel: Tiel-West", ("Tiel",)),
        ("Den Haag", ("'s-Gravenhage",)),
        ("Sudwest-Fryslan", ("Súdwest-Fryslân",)),
        ("Groningen", ("Groningen",)),  # the gemeente; the regio of the same name needs "Regio"
        ("Nergens", ()),
        ("Nergens: Centrum", ()),
        ("Rivierenland: Centrum", ()),  # a wijk belongs to a gemeente, not to a regio
    ],
)
def test_a_gebied_covers_a_gemeente_its_wijk_or_nothing(gebied, covers):
    assert load_gebieden().covers(gebied) == covers


@pytest.mark.parametrize("regio", ["Rivierenland", "Regio Rivierenland", "Arbeidsmarktregio Rivierenland"])
def test_an_arbeidsmarktregio_covers_its_gemeenten(regio):
    expected = next(r["gemeenten"] for r in DATA["arbeidsmarktregios"] if r["naam"] == "Rivierenland")
    assert load_gebieden().covers(regio) == tuple(expected)


def test_regio_before_a_name_that_is_also_a_gemeente_means_the_regio():
    expected = next(r["gemeenten"] for r in DATA["arbeidsmarktregios"] if r["naam"] == "Groningen")
    assert load_gebieden().covers("Regio Groningen") == tuple(expected) and len(expected) > 1


def test_an_unknown_gebied_is_a_waarschuwing_at_its_cell_with_a_suggestion(tmp_path):
    gebieden = "Tiel; Tiel: Tiel-West; Rivierenland; Tieel; Culemborgg: Centrum; Xyzzy"
    matrix = write_matrix(tmp_path / "m.xlsx", [valid_row(**{"Beschikbare gebieden": gebieden})])
    report = check(matrix)
    found = [p for p in report.problemen if p.code == "gebied-onbekend"]
    assert [p.ernst for p in found] == ["waarschuwing"] * 3
    assert {p.cel for p in found} == {"J2"} and {p.kolom for p in found} == {"Beschikbare gebieden"}
    messages = [p.melding for p in found]
    assert "'Tieel'" in messages[0] and "Bedoelde u 'Tiel'?" in messages[0]
    assert "'Culemborgg: Centrum'" in messages[1] and "Bedoelde u 'Culemborg'?" in messages[1]
    assert "'Xyzzy'" in messages[2] and "Bedoelde u" not in messages[2]
    assert not report.fouten


# An oracle written apart from keuzehulp.gebieden: which instruments of instrumenten.json a gemeente offers.
def _offered(instrument: dict, gemeente: str) -> bool:
    if not instrument["beschikbare_gebieden"]:
        return True
    regios = {r["naam"]: r["gemeenten"] for r in DATA["arbeidsmarktregios"]}
    for gebied in instrument["beschikbare_gebieden"]:
        town = gebied.split(":")[0].strip()
        if town == gemeente or gemeente in regios.get(gebied.removeprefix("Regio ").strip(), ()):
            return True
    return False


PER_GEBIED = [
    valid_row("Overal"),
    valid_row("Alleen Tiel", **{"Beschikbare gebieden": "Tiel"}),
    valid_row("Tiel-West", **{"Beschikbare gebieden": "Tiel: Tiel-West"}),
    valid_row("Regio", **{"Beschikbare gebieden": "Regio Rivierenland"}),
    valid_row("Den Bosch en Culemborg", **{"Beschikbare gebieden": "'s-Hertogenbosch; Culemborg"}),
    valid_row("Onbekend", **{"Beschikbare gebieden": "Lindenhoven"}),
]


class _Links(HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.links: list[str] = []
        self.lang: str | None = None

    def handle_starttag(self, tag: str, attrs: list) -> None:
        if tag == "a":
            self.links.append(dict(attrs)["href"])
        if tag == "html":
            self.lang = dict(attrs).get("lang")


@pytest.fixture(scope="module")
def per_gebied(tmp_path_factory) -> Path:
    folder = tmp_path_factory.mktemp("gebied")
    matrix = write_matrix(folder / "m.xlsx", PER_GEBIED)
    result = CliRunner().invoke(main, ["build", str(matrix), "-o", str(folder / "uit"), "--per-gebied", "-q"])
    assert result.exit_code == 0, result.output
    return folder / "uit"


def test_per_gebied_writes_one_build_per_named_gemeente_with_the_instruments_offered_there(per_gebied):
    whole = json.loads((per_gebied / "instrumenten.json").read_text(encoding="utf-8"))["instrumenten"]
    rivierenland = next(r["gemeenten"] for r in DATA["arbeidsmarktregios"] if r["naam"] == "Rivierenland")
    named = {"'s-Hertogenbosch", *rivierenland}
    folders = {p.name for p in (per_gebied / "gebied").iterdir() if p.is_dir()}
    assert folders == {re.sub(r"[^a-z0-9]+", "-", n.lower()).strip("-") for n in named}
    for gemeente in named:
        folder = per_gebied / "gebied" / re.sub(r"[^a-z0-9]+", "-", gemeente.lower()).strip("-")
        local = json.loads((folder / "instrumenten.json").read_text(encoding="utf-8"))["instrumenten"]
        assert [i["id"] for i in local] == [i["id"] for i in whole if _offered(i, gemeente)], gemeente
        assert (folder / "keuzehulp.xlsx").stat().st_size > 0
        assert gemeente in (folder / "keuzehulp" / "index.html").read_text(encoding="utf-8").replace("&#39;", "'")
    counts = {g: sum(_offered(i, g) for i in whole) for g in named}
    assert counts["Tiel"] == 4 and counts["Culemborg"] == 3 and counts["'s-Hertogenbosch"] == 2


def test_the_index_page_is_dutch_escaped_and_every_link_resolves(per_gebied):
    page = (per_gebied / "gebied" / "index.html").read_text(encoding="utf-8")
    parser = _Links()
    parser.feed(page)
    assert parser.lang == "nl" and "<h1>" in page
    assert len(parser.links) == 2 * 9  # site and workbook of each gemeente
    for link in parser.links:
        assert (per_gebied / "gebied" / link).is_file(), link
    assert "&#x27;s-Hertogenbosch" in page and "'s-Hertogenbosch" not in page


def test_a_build_without_per_gebied_replaces_the_gebied_folder_of_the_last_one_at_once(tmp_path, per_gebied):
    matrix = write_matrix(tmp_path / "m.xlsx", PER_GEBIED)
    build(matrix, tmp_path / "uit", per_gebied=True)
    assert (tmp_path / "uit" / "gebied" / "tiel").is_dir()
    build(matrix, tmp_path / "uit")  # the folder is keuzehulp's own: no refusal, and no stale gemeenten left
    assert not (tmp_path / "uit" / "gebied").exists()


def test_a_failed_per_gebied_build_leaves_the_earlier_output_as_it_was(tmp_path):
    matrix = write_matrix(tmp_path / "m.xlsx", PER_GEBIED)
    build(matrix, tmp_path / "uit", per_gebied=True)
    before = sorted(p.relative_to(tmp_path) for p in (tmp_path / "uit").rglob("*"))
    broken = write_matrix(tmp_path / "kapot.xlsx", [valid_row(Doel=None, **{"Beschikbare gebieden": "Buren"})])
    with pytest.raises(BuildFailed):
        build(broken, tmp_path / "uit", per_gebied=True)
    assert sorted(p.relative_to(tmp_path) for p in (tmp_path / "uit").rglob("*")) == before


@pytest.mark.chromium
def test_the_index_page_passes_axe_and_its_links_open_each_gemeentes_keuzehulp(browser, per_gebied):
    from axe_playwright_python.sync_playwright import Axe

    page = browser.new_page()
    page.goto((per_gebied / "gebied" / "index.html").as_uri())
    results = Axe().run(page, options={"runOnly": {"type": "tag", "values": ["wcag2a", "wcag2aa", "wcag21aa"]}})
    assert [v["id"] for v in results.response["violations"]] == []
    page.get_by_role("link", name="Tiel", exact=True).click()
    page.wait_for_load_state()
    assert page.url.endswith("/gebied/tiel/keuzehulp/index.html")
    assert "Tiel" in page.title()
    page.close()
