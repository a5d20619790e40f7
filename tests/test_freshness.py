"""Freshness per instrument: overdue and missing checks, what expires soon, and instruments outside their validity.

The keuzematrices are typed the way a beheergroep does: a real date cell, "1-3-2026", "2026-10-20", an Excel serial
number, a word that is no date. Every answer is asked on a fixed peildatum.
"""

from __future__ import annotations

import datetime as dt
import json
import zipfile
from pathlib import Path

import pytest
from openpyxl import load_workbook

from keuzehulp import values
from keuzehulp.cli import main
from keuzehulp.freshness import add_months, reference_date
from keuzehulp.pipeline import check
from tests.xlsx import filled_sjabloon, valid_row, write_matrix

PEILDATUM = "2026-10-01"
EXPIRED, FUTURE = "Verlopen Pilot Zuid", "Toekomstproject Noord"


def _matrix(path: Path, settings: list[list[object]] | None = None) -> Path:
    """Row 2 overdue and expired, 3 fresh and expiring, 4 never checked, 5 not yet valid, 6 no date, 7 serial date."""
    rows = [
        valid_row(EXPIRED, Laatst_gecontroleerd=dt.datetime(2025, 1, 15), Eigenaar="Anna", Geldig_tot="1-3-2026"),
        valid_row("Vers Traject", Laatst_gecontroleerd="2026-09-01", Eigenaar="Anna", Geldig_tot="2026-10-20"),
        valid_row("Nooit Bekeken", Eigenaar="Bram"),
        valid_row(FUTURE, Laatst_gecontroleerd="1-9-2026", Geldig_vanaf="1-1-2027"),
        valid_row("Raar Gedateerd", Laatst_gecontroleerd="gisteren"),
        valid_row("Serieel Gedateerd", Laatst_gecontroleerd=46266),  # 2026-09-01, a date cell without its format
    ]
    extra = {"Instellingen": settings} if settings else None
    return write_matrix(path, rows, extra_sheets=extra)


def _codes(report) -> dict[int, set[str]]:
    found: dict[int, set[str]] = {}
    for p in report.problemen:
        found.setdefault(p.rij, set()).add(p.code)
    return found


def test_check_reports_overdue_missing_expiring_expired_and_not_yet_valid_on_the_peildatum(tmp_path):
    report = check(_matrix(tmp_path / "m.xlsx"), peildatum=dt.date(2026, 10, 1))
    assert _codes(report) == {
        2: {"controle-verlopen", "instrument-verlopen"},
        3: {"geldigheid-verloopt"},
        4: {"controle-ontbreekt"},
        5: {"instrument-nog-niet-geldig"},
        6: {"datum-onbekend"},
    }
    assert not report.fouten
    overdue = next(p for p in report.problemen if p.code == "controle-verlopen")
    assert (overdue.blad, overdue.kolom, overdue.cel) == ("Instrumenten", "Laatst gecontroleerd", "J2")
    assert "15-1-2025" in overdue.melding and "15-7-2025" in overdue.melding


def test_the_peildatum_moves_the_answers_and_geldig_tot_is_the_last_valid_day(tmp_path):
    path = _matrix(tmp_path / "m.xlsx")
    on_last_day = _codes(check(path, peildatum=dt.date(2026, 3, 1)))
    assert "geldigheid-verloopt" in on_last_day[2] and "instrument-verlopen" not in on_last_day[2]
    assert "instrument-verlopen" in _codes(check(path, peildatum=dt.date(2026, 3, 2)))[2]
    # Checked on 1-9-2026, due after six months: on 1-3-2027 not yet, on 2-3-2027 overdue.
    assert "controle-verlopen" not in _codes(check(path, peildatum=dt.date(2027, 3, 1)))[3]
    assert "controle-verlopen" in _codes(check(path, peildatum=dt.date(2027, 3, 2)))[3]


def test_check_json_carries_the_freshness_codes_and_source_date_epoch_is_the_default(runner, tmp_path, monkeypatch):
    path = _matrix(tmp_path / "m.xlsx")
    given = runner.invoke(main, ["check", str(path), "--format", "json", "--peildatum", PEILDATUM])
    epoch = int(dt.datetime(2026, 10, 1, 12, tzinfo=dt.UTC).timestamp())
    monkeypatch.setenv("SOURCE_DATE_EPOCH", str(epoch))
    from_epoch = runner.invoke(main, ["check", str(path), "--format", "json"])
    assert given.exit_code == from_epoch.exit_code == 0
    assert json.loads(given.stdout) == json.loads(from_epoch.stdout)
    codes = {p["code"] for p in json.loads(given.stdout)["problemen"]}
    assert {"controle-verlopen", "controle-ontbreekt", "geldigheid-verloopt", "instrument-verlopen"} <= codes


def test_reference_date_prefers_the_option_then_source_date_epoch_then_today(monkeypatch):
    monkeypatch.setenv("SOURCE_DATE_EPOCH", str(int(dt.datetime(2030, 5, 6, tzinfo=dt.UTC).timestamp())))
    assert reference_date(dt.date(2026, 1, 2)) == dt.date(2026, 1, 2)
    assert reference_date() == dt.date(2030, 5, 6)
    monkeypatch.delenv("SOURCE_DATE_EPOCH")
    assert reference_date() == dt.date.today()


@pytest.mark.parametrize("wrong", ["1-10-2026", "2026-13-01", "morgen", "20261001"])
def test_a_peildatum_not_written_as_jjjj_mm_dd_is_wrong_usage(runner, tmp_path, wrong):
    path = _matrix(tmp_path / "m.xlsx")
    out = tmp_path / "o"
    for arguments in (["check", str(path)], ["build", str(path), "-o", str(out)]):
        result = runner.invoke(main, [*arguments, "--peildatum", wrong])
        assert result.exit_code == 2 and "JJJJ-MM-DD" in result.output
    assert not out.exists()


def test_an_empty_laatst_gecontroleerd_everywhere_means_checking_has_not_started(tmp_path):
    path = write_matrix(tmp_path / "m.xlsx", [valid_row("A", Laatst_gecontroleerd=None), valid_row("B")])
    assert not check(path, peildatum=dt.date(2026, 10, 1)).problemen


def test_controleren_na_maanden_on_instellingen_sets_when_a_check_is_due(tmp_path):
    three = [["Instelling", "Waarde"], ["Controleren na (maanden)", 3]]
    codes = _codes(check(_matrix(tmp_path / "m.xlsx", three), peildatum=dt.date(2026, 12, 2)))
    assert "controle-verlopen" in codes[3]  # 1-9-2026 + 3 months = 1-12-2026
    wrong = [["Instelling", "Waarde"], ["Controleren na (maanden)", "zes"]]
    report = check(_matrix(tmp_path / "w.xlsx", wrong), peildatum=dt.date(2026, 12, 2))
    setting = [p for p in report.problemen if p.blad == "Instellingen"]
    assert [(p.code, p.cel) for p in setting] == [("instelling-ongeldig", "B2")]
    assert "controle-verlopen" not in _codes(report)[3]  # the default of 6 months stays


@pytest.mark.parametrize(
    "typed, day",
    [
        (dt.datetime(2026, 10, 1, 0, 0), dt.date(2026, 10, 1)),
        ("1-10-2026", dt.date(2026, 10, 1)),
        ("01-10-2026", dt.date(2026, 10, 1)),
        ("1/10/2026", dt.date(2026, 10, 1)),
        ("2026-10-01", dt.date(2026, 10, 1)),
        (46296, dt.date(2026, 10, 1)),
        ("46296", dt.date(2026, 10, 1)),
        ("gisteren", None),
        ("1-10-2026 of later", None),
        ("", None),
        (None, None),
    ],
)
def test_dates_as_people_type_them(typed, day):
    assert values.date(typed) == day


def test_add_months_keeps_the_day_or_takes_the_last_of_a_shorter_month():
    assert add_months(dt.date(2026, 1, 15), 6) == dt.date(2026, 7, 15)
    assert add_months(dt.date(2025, 8, 31), 6) == dt.date(2026, 2, 28)
    assert add_months(dt.date(2027, 8, 31), 6) == dt.date(2028, 2, 29)
    assert add_months(dt.date(2026, 11, 30), 3) == dt.date(2027, 2, 28)


def _site_text(folder: Path) -> str:
    return "\n".join(p.read_text(encoding="utf-8", errors="replace") for p in folder.rglob("*") if p.is_file())


def test_build_leaves_instruments_outside_their_validity_off_the_site_and_marks_them_in_the_workbook(tmp_path, runner):
    out = tmp_path / "out"
    result = runner.invoke(main, ["build", str(_matrix(tmp_path / "m.xlsx")), "-o", str(out), "--peildatum", PEILDATUM])
    assert result.exit_code == 0, result.output
    site = _site_text(out / "keuzehulp")
    assert "Vers Traject" in site and "Nooit Bekeken" in site
    assert EXPIRED not in site and FUTURE not in site
    assert "Anna" not in site and "Bram" not in site  # eigenaren are internal
    assert "2026-10-20" not in site and "20-10-2026" not in site  # and so are the dates of the cycle
    data = json.loads((out / "instrumenten.json").read_text(encoding="utf-8"))
    assert [i["naam"] for i in data["instrumenten"]][:4] == [EXPIRED, "Vers Traject", "Nooit Bekeken", FUTURE]
    assert data["instrumenten"][0]["geldig_tot"] == "1-3-2026"
    assert data["instrumenten"][0]["laatst_gecontroleerd"] == "2025-01-15"

    book = load_workbook(out / "keuzehulp.xlsx")
    table = book["Instrumenten"]
    headers = [c.value for c in table[2]]
    status = {row[0]: row[headers.index("Status")] for row in table.iter_rows(min_row=3, values_only=True)}
    assert status[EXPIRED] == "verlopen" and status[FUTURE] == "nog niet geldig" and status["Vers Traject"] == "geldig"
    overview = {row[0]: row[1] for row in book["Overzicht"].iter_rows(values_only=True) if row[0]}
    assert overview["Verlopen: niet op de website voor cliënten"] == 1
    assert overview["Nog niet geldig: niet op de website voor cliënten"] == 1
    assert overview["Nooit gecontroleerd"] == 2  # Nooit Bekeken, and Raar Gedateerd whose date cannot be read
    assert overview["Verloopt binnen een maand"] == 1
    assert overview["Controle nodig (laatste controle langer dan 6 maanden geleden)"] == 1
    per_owner = _rows_under(book["Overzicht"], "Eigenaar")
    assert per_owner["Anna"] == (2, 1, 0, 1) and per_owner["Bram"] == (1, 0, 1, 0)


def _rows_under(sheet, heading: str) -> dict[str, tuple]:
    rows = list(sheet.iter_rows(values_only=True))
    start = next(i for i, row in enumerate(rows) if row[0] == heading)
    found = {}
    for row in rows[start + 1 :]:
        if not row[0]:
            break
        found[row[0]] = tuple(row[1:5])
    return found


def test_the_same_peildatum_gives_the_same_bytes(tmp_path, runner):
    path = _matrix(tmp_path / "m.xlsx")
    outputs = []
    for name in ("a", "b"):
        out = tmp_path / name
        assert runner.invoke(main, ["build", str(path), "-o", str(out), "--peildatum", PEILDATUM]).exit_code == 0
        outputs.append(out)
    for part in ("instrumenten.json", "keuzehulp/index.html"):
        assert (outputs[0] / part).read_bytes() == (outputs[1] / part).read_bytes()
    with (
        zipfile.ZipFile(outputs[0] / "keuzehulp.xlsx") as first,
        zipfile.ZipFile(outputs[1] / "keuzehulp.xlsx") as second,
    ):
        assert {n: first.read(n) for n in first.namelist()} == {n: second.read(n) for n in second.namelist()}


def test_the_sjabloon_has_the_freshness_columns_and_setting(tmp_path, runner):
    path = tmp_path / "sjabloon.xlsx"
    assert runner.invoke(main, ["init", str(path)]).exit_code == 0
    book = load_workbook(path)
    headers = [c.value for c in book["Instrumenten"][2]]
    for header in ("Laatst gecontroleerd", "Gecontroleerd door", "Eigenaar", "Geldig vanaf", "Geldig tot"):
        assert header in headers
    settings = {row[0]: row[1] for row in book["Instellingen"].iter_rows(values_only=True)}
    assert settings["Controleren na (maanden)"] == 6


def test_a_filled_in_sjabloon_reports_freshness(tmp_path):
    typed = {"Laatst gecontroleerd": dt.datetime(2026, 1, 10), "Geldig tot": "1-2-2026"}
    report = check(filled_sjabloon(tmp_path / "m.xlsx", typed), peildatum=dt.date(2026, 10, 1))
    assert {p.code for p in report.problemen} == {"controle-verlopen", "instrument-verlopen"}
