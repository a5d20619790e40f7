"""Freshness per instrument: when it was last checked, whether a check is due, and whether it is valid today.

Eva keeps an instrument fresh with a reminder six months after its last save and hides it the day after its
``publish_to``; keuzehulp does the same with the columns Laatst gecontroleerd, Geldig vanaf and Geldig tot and
the setting ``Controleren na (maanden)``. Every answer depends on a reference date, the peildatum: the option
``--peildatum``, else ``SOURCE_DATE_EPOCH`` (so that builds stay reproducible), else today; ``check`` and
``build`` take it by the same rule, so they agree.
"""

from __future__ import annotations

import calendar
import datetime as dt
import os
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field

from . import values
from .model import Instellingen, Instrument
from .normalise import Entry
from .problems import Problem, problem

CHECKED, CHECKED_BY, OWNER, VALID_FROM, VALID_UNTIL = (
    "laatst_gecontroleerd",
    "gecontroleerd_door",
    "eigenaar",
    "geldig_vanaf",
    "geldig_tot",
)
DATE_FIELDS = (CHECKED, VALID_FROM, VALID_UNTIL)
EXPIRING_DAYS = 31  # "what expires within a month"
# The validity of an instrument on the peildatum, as the workbook shows it.
GELDIG, VERLOPEN, NOG_NIET_GELDIG = "geldig", "verlopen", "nog niet geldig"
NO_OWNER = "(geen eigenaar)"


def reference_date(peildatum: dt.date | None = None) -> dt.date:
    """Return the peildatum: ``peildatum`` when given, else the day of ``SOURCE_DATE_EPOCH`` (UTC), else today."""
    if peildatum is not None:
        return peildatum
    epoch = os.environ.get("SOURCE_DATE_EPOCH", "").strip()
    if epoch.isdigit():
        return dt.datetime.fromtimestamp(int(epoch), tz=dt.UTC).date()
    return dt.date.today()


def dutch_date(day: dt.date | None) -> str:
    """Return ``day`` as Dutch people write it: 1-10-2026 ("onbekend" for no date)."""
    return f"{day.day}-{day.month}-{day.year}" if day else "onbekend"


def add_months(day: dt.date, months: int) -> dt.date:
    """Return the same day ``months`` later; the 31st becomes the last day of a shorter month."""
    month_index = day.month - 1 + months
    year, month = day.year + month_index // 12, month_index % 12 + 1
    return day.replace(year=year, month=month, day=min(day.day, calendar.monthrange(year, month)[1]))


def validity(instrument: Instrument, peildatum: dt.date) -> str:
    """Return GELDIG, VERLOPEN (after Geldig tot) or NOG_NIET_GELDIG (before Geldig vanaf) on ``peildatum``.

    A date that cannot be read does not count: it is reported (``datum-onbekend``), the instrument stays valid.
    """
    until = values.date(instrument.geldig_tot)
    if until is not None and peildatum > until:
        return VERLOPEN
    start = values.date(instrument.geldig_vanaf)
    if start is not None and peildatum < start:
        return NOG_NIET_GELDIG
    return GELDIG


def published(instruments: Iterable[Instrument], peildatum: dt.date | None) -> list[Instrument]:
    """Return the instruments that are valid on ``peildatum`` (all of them without one): those a cliënt may see."""
    if peildatum is None:
        return list(instruments)
    return [i for i in instruments if validity(i, peildatum) == GELDIG]


def check_due(instrument: Instrument, months: int) -> dt.date | None:
    """Return the day the next check is due (last check plus ``months``), or None when never checked."""
    checked = values.date(instrument.laatst_gecontroleerd)
    return add_months(checked, months) if checked else None


def expiring(instrument: Instrument, peildatum: dt.date) -> bool:
    """Return True when the instrument is valid now and its Geldig tot lies within a month of ``peildatum``."""
    until = values.date(instrument.geldig_tot)
    return until is not None and peildatum <= until <= peildatum + dt.timedelta(days=EXPIRING_DAYS)


@dataclass
class OwnerCounts:
    """The freshness of one eigenaar's instruments."""

    instrumenten: int = 0
    te_controleren: int = 0
    nooit_gecontroleerd: int = 0
    verloopt_binnenkort: int = 0


@dataclass
class Freshness:
    """The freshness of the whole keuzematrix on one peildatum, as Overzicht shows it."""

    peildatum: dt.date
    te_controleren: list[Instrument] = field(default_factory=list)
    nooit_gecontroleerd: list[Instrument] = field(default_factory=list)
    verloopt_binnenkort: list[Instrument] = field(default_factory=list)
    verlopen: list[Instrument] = field(default_factory=list)
    nog_niet_geldig: list[Instrument] = field(default_factory=list)
    per_eigenaar: dict[str, OwnerCounts] = field(default_factory=dict)


def freshness(instruments: Iterable[Instrument], settings: Instellingen, peildatum: dt.date) -> Freshness:
    """Return which instruments are due for a check, never checked, expiring, expired or not yet valid."""
    found = Freshness(peildatum)
    for instrument in instruments:
        owner = found.per_eigenaar.setdefault(instrument.eigenaar or NO_OWNER, OwnerCounts())
        owner.instrumenten += 1
        due = check_due(instrument, settings.controleren_na_maanden)
        if due is None:
            found.nooit_gecontroleerd.append(instrument)
            owner.nooit_gecontroleerd += 1
        elif due < peildatum:
            found.te_controleren.append(instrument)
            owner.te_controleren += 1
        state = validity(instrument, peildatum)
        if state == VERLOPEN:
            found.verlopen.append(instrument)
        elif state == NOG_NIET_GELDIG:
            found.nog_niet_geldig.append(instrument)
        elif expiring(instrument, peildatum):
            found.verloopt_binnenkort.append(instrument)
            owner.verloopt_binnenkort += 1
    found.per_eigenaar = dict(sorted(found.per_eigenaar.items(), key=lambda item: (item[0] == NO_OWNER, item[0])))
    return found


def freshness_problems(entries: list[Entry], settings: Instellingen, peildatum: dt.date) -> Iterator[Problem]:
    """Yield the freshness problems of each instrument on ``peildatum``.

    Only a keuzematrix in which some instrument has a Laatst gecontroleerd has taken up checking; before that (an
    empty column of the sjabloon) no instrument is reported as never checked. Its other dates are used anyway.
    """
    months = settings.controleren_na_maanden
    checking = any(entry.instrument.laatst_gecontroleerd for entry in entries)
    for entry in entries:
        instrument = entry.instrument
        yield from _unreadable_dates(entry)
        due = check_due(instrument, months)
        if due is None and checking and not instrument.laatst_gecontroleerd:
            yield problem("controle-ontbreekt", **entry.where(CHECKED))
        elif due is not None and due < peildatum:
            checked = values.date(instrument.laatst_gecontroleerd)
            yield problem(
                "controle-verlopen",
                datum=dutch_date(checked),
                maanden=months,
                vervaldatum=dutch_date(due),
                **entry.where(CHECKED),
            )
        state = validity(instrument, peildatum)
        if state == VERLOPEN:
            yield problem("instrument-verlopen", datum=_date_text(instrument.geldig_tot), **entry.where(VALID_UNTIL))
        elif state == NOG_NIET_GELDIG:
            yield problem(
                "instrument-nog-niet-geldig", datum=_date_text(instrument.geldig_vanaf), **entry.where(VALID_FROM)
            )
        elif expiring(instrument, peildatum):
            yield problem("geldigheid-verloopt", datum=_date_text(instrument.geldig_tot), **entry.where(VALID_UNTIL))


def _unreadable_dates(entry: Entry) -> Iterator[Problem]:
    for key in DATE_FIELDS:
        text = getattr(entry.instrument, key)
        if text and values.date(text) is None:
            yield problem("datum-onbekend", waarde=text, **entry.where(key))


def _date_text(text: str | None) -> str:
    day = values.date(text)
    return dutch_date(day) if day else ""
