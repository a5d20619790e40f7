"""The advised search: step 1 on tegels and klantkenmerken, step 2 on praktische kenmerken.

Step 1: OR within a group, AND across groups; best fit first (number of selected labels the instrument has),
ties in keuzematrix order; nothing selected gives every instrument. Step 2: each praktisch filter that is set
must hold; an empty filter means "any", and an instrument that lacks the value a set filter asks about does not
fit it (as on the website). Zoeken in the workbook shows the first ``RESULT_LIMIT`` results. The workbook
formulas and the website script implement the same rule; tests compare both with this module.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from .model import Instrument

RESULT_LIMIT = 100  # the results Zoeken lists; it says how many more fit
DAYS_PER_WEEK = 7


@dataclass(frozen=True)
class Praktisch:
    """The praktische filters of Zoeken; None means "any"."""

    uitvoeringsvorm: str | None = None
    groep_individueel: str | None = None
    max_duur_weken: float | None = None
    max_uren_per_week: float | None = None
    gebied: str | None = None
    max_kosten: float | None = None

    def allows(self, instrument: Instrument) -> bool:
        """Return whether ``instrument`` passes every filter that is set."""
        duur = instrument.duur.in_dagen() if instrument.duur else None
        return (
            _has(self.uitvoeringsvorm, instrument.uitvoeringsvormen)
            and _has(self.groep_individueel, instrument.groep_individueel)
            and _at_most(duur, None if self.max_duur_weken is None else self.max_duur_weken * DAYS_PER_WEEK)
            and _at_most(instrument.intensiteit_uur_per_week, self.max_uren_per_week)
            and _has(self.gebied, instrument.beschikbare_gebieden)
            and _at_most(instrument.kosten_euro, self.max_kosten)
        )


ANY = Praktisch()


def _has(wanted: str | None, values: list[str]) -> bool:
    return wanted is None or wanted in values


def _at_most(value: float | None, limit: float | None) -> bool:
    return limit is None or (value is not None and value <= limit)


def fit(instrument: Instrument, tegels: Iterable[str] = (), klantkenmerken: Iterable[str] = ()) -> int | None:
    """Return how many selected labels ``instrument`` has, or None when it does not match the selection."""
    tegels, klantkenmerken = set(tegels), set(klantkenmerken)
    tegel_hits = len(tegels.intersection(instrument.tegels))
    kenmerk_hits = len(klantkenmerken.intersection(instrument.klantkenmerken))
    if (tegels and not tegel_hits) or (klantkenmerken and not kenmerk_hits):
        return None
    return tegel_hits + kenmerk_hits


def matched_labels(instrument: Instrument, tegels: Iterable[str] = (), klantkenmerken: Iterable[str] = ()) -> list[str]:
    """Return the selected labels ``instrument`` has: the selected tegels, then klantkenmerken, in given order."""
    return [t for t in tegels if t in instrument.tegels] + [k for k in klantkenmerken if k in instrument.klantkenmerken]


def select(
    instruments: list[Instrument],
    tegels: Iterable[str] = (),
    klantkenmerken: Iterable[str] = (),
    praktisch: Praktisch = ANY,
) -> list[tuple[Instrument, int]]:
    """Return the matching instruments with their fit, best fit first, ties in keuzematrix order."""
    tegels, klantkenmerken = list(tegels), list(klantkenmerken)
    scored = [(i, fit(i, tegels, klantkenmerken) if praktisch.allows(i) else None) for i in instruments]
    matching = [
        (position, instrument, score) for position, (instrument, score) in enumerate(scored) if score is not None
    ]
    matching.sort(key=lambda item: (-item[2], item[0]))
    return [(instrument, score) for _, instrument, score in matching]


def shown(results: list[tuple[Instrument, int]]) -> list[tuple[Instrument, int]]:
    """Return the results Zoeken lists: the best ``RESULT_LIMIT``."""
    return results[:RESULT_LIMIT]
