"""The Instellingen sheet: only a clear yes shows a field to cliënten; anything unclear hides it, with a warning."""

from __future__ import annotations

import pytest

from keuzehulp.pipeline import build, load
from tests.xlsx import valid_row, write_matrix


def _load_with_switch(tmp_path, value: object):
    settings = [["Instelling", "Waarde"], ["Toon aan cliënt: Doel", value]]
    return load(write_matrix(tmp_path / "m.xlsx", [valid_row()], extra_sheets={"Instellingen": settings}))


@pytest.mark.parametrize("value", ["ja", "Ja", "JA.", "x", "j", "1", 1, True, "✓", "yes"])
def test_a_clear_yes_shows_the_field(tmp_path, value):
    loaded = _load_with_switch(tmp_path, value)
    assert loaded.matrix.instellingen.client_velden == {"doel": True}
    assert loaded.report.problemen == []


@pytest.mark.parametrize("value", ["nee", "Nee.", "NEE", "n", "0", 0, "false", False, "onwaar", "-"])
def test_a_clear_no_hides_the_field_silently(tmp_path, value):
    loaded = _load_with_switch(tmp_path, value)
    assert loaded.matrix.instellingen.client_velden == {"doel": False}
    assert loaded.report.problemen == []


@pytest.mark.parametrize("value", ["uit", "aan?", "nee, liever niet", "ja, maar kort", "misschien", "2", None, "  "])
def test_anything_unclear_hides_the_field_with_a_warning_that_says_so(tmp_path, value):
    loaded = _load_with_switch(tmp_path, value)
    assert loaded.matrix.instellingen.client_velden == {"doel": False}
    assert [(p.blad, p.rij, p.cel, p.code, p.ernst) for p in loaded.report.problemen] == [
        ("Instellingen", 2, "B2", "instelling-ongeldig", "waarschuwing")
    ]
    assert "niet aan cliënten getoond" in loaded.report.problemen[0].melding


def test_an_unclear_switch_keeps_the_field_off_the_client_site(tmp_path):
    settings = [["Toon aan cliënt: Doel", "uit"], ["Toon aan cliënt: Werkwijze", "ja"]]
    row = valid_row(Doel="Een doel dat verborgen blijft.", Werkwijze="Een werkwijze die zichtbaar is.")
    path = write_matrix(tmp_path / "m.xlsx", [row], extra_sheets={"Instellingen": settings})
    build(path, tmp_path / "uit")
    site = "".join(f.read_text(encoding="utf-8") for f in (tmp_path / "uit" / "keuzehulp").rglob("*") if f.is_file())
    assert "Een werkwijze die zichtbaar is." in site
    assert "Een doel dat verborgen blijft." not in site
