"""The organisation's default settings and the colour rule: written once, in keuzehulp.defaults."""

from __future__ import annotations

import re
from dataclasses import replace
from pathlib import Path

import pytest

from keuzehulp import defaults
from keuzehulp.model import Instellingen

ROOT = Path(__file__).parent.parent
# What may not be written again outside keuzehulp/defaults.py: the default values and the colour pattern.
KNOWLEDGE = re.compile(
    "|".join(
        re.escape(text)
        for text in (
            defaults.TITEL,
            defaults.HOOFDKLEUR.removeprefix("#"),
            defaults.ACCENTKLEUR.removeprefix("#"),
            "[0-9A-Fa-f]{6}",
        )
    ),
    re.IGNORECASE,
)
SOURCES = {".py", ".sh", ".html", ".css", ".js", ".svg", ".json"}


@pytest.mark.parametrize("text", ["#1F4E79", "#c55a11", "#000000"])
def test_a_colour_is_hash_and_six_hex_digits(text):
    assert defaults.is_colour(text)


@pytest.mark.parametrize("text", ["1F4E79", "#1F4E7", "#1F4E799", "#GGGGGG", "blauw", "#1F4E79\n", "", None, 0x1F4E79])
def test_anything_else_is_not_a_colour(text):
    assert not defaults.is_colour(text)
    assert defaults.colour_or(text, defaults.HOOFDKLEUR) == defaults.HOOFDKLEUR


def test_settings_start_from_the_defaults():
    settings = Instellingen()
    assert (settings.titel, settings.hoofdkleur, settings.accentkleur) == (
        defaults.TITEL,
        defaults.HOOFDKLEUR,
        defaults.ACCENTKLEUR,
    )


def test_defaults_are_written_nowhere_else():
    places = [p for folder in ("keuzehulp", "scripts", "templates") for p in (ROOT / folder).rglob("*.*")]
    found = {
        str(path.relative_to(ROOT))
        for path in places
        if path.suffix in SOURCES and path.name != "defaults.py" and KNOWLEDGE.search(path.read_text(encoding="utf-8"))
    }
    assert found == set()


def test_a_copy_by_replace_does_not_share_the_switches():
    original = Instellingen(client_velden={"doel": False})
    copy = replace(original, titel="Wat past bij jou?")
    copy.client_velden["doel"] = True
    assert original.client_velden == {"doel": False} and original.titel == defaults.TITEL


def test_overridden_replaces_only_what_is_given():
    settings = Instellingen(organisatie="Gemeente A", client_velden={"doel": False})
    changed = settings.overridden(organisatie=None, titel="Wat past bij jou?", hoofdkleur="#FFFF00")
    assert (changed.organisatie, changed.titel, changed.hoofdkleur) == ("Gemeente A", "Wat past bij jou?", "#FFFF00")
    assert changed.client_velden == {"doel": False} and settings.titel == defaults.TITEL
