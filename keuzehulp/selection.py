"""The advised search, step 1: select on tegels and klantkenmerken.

OR within a group, AND across groups; best fit first (number of selected labels the instrument has),
ties in keuzematrix order; nothing selected gives every instrument. The workbook formulas and the
website script implement the same rule; tests compare both with this function.
"""

from __future__ import annotations

from collections.abc import Iterable

from .model import Instrument


def fit(instrument: Instrument, tegels: Iterable[str] = (), klantkenmerken: Iterable[str] = ()) -> int | None:
    """Return how many selected labels ``instrument`` has, or None when it does not match the selection."""
    tegels, klantkenmerken = set(tegels), set(klantkenmerken)
    tegel_hits = len(tegels.intersection(instrument.tegels))
    kenmerk_hits = len(klantkenmerken.intersection(instrument.klantkenmerken))
    if (tegels and not tegel_hits) or (klantkenmerken and not kenmerk_hits):
        return None
    return tegel_hits + kenmerk_hits


def select(
    instruments: list[Instrument], tegels: Iterable[str] = (), klantkenmerken: Iterable[str] = ()
) -> list[tuple[Instrument, int]]:
    """Return the matching instruments with their fit, best fit first, ties in keuzematrix order."""
    tegels, klantkenmerken = list(tegels), list(klantkenmerken)
    scored = [(i, fit(i, tegels, klantkenmerken)) for i in instruments]
    matching = [
        (position, instrument, score) for position, (instrument, score) in enumerate(scored) if score is not None
    ]
    matching.sort(key=lambda item: (-item[2], item[0]))
    return [(instrument, score) for _, instrument, score in matching]
