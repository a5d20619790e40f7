"""Ervaringen: professionals' scores of instruments (Eva's ratings), from the optional sheet ``Ervaringen``.

One row per ervaring: the instrument (name or id), a date, three scores from 1 to 5 (algemeen, resultaat,
uitvoering) each with a toelichting, and who gave it. Validation follows Eva's RatingValidation: a score
outside 1-5 is a fout, and so is a missing toelichting algemeen when the general score is 1 or 5. Who gave
an ervaring stays in the keuzematrix: it is never read into the model, so no output can show it. Ervaringen are
for professionals: they are never part of the cliënt site (see :mod:`keuzehulp.audience`).
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from decimal import ROUND_HALF_UP, Decimal
from typing import Any

from . import values
from .freshness import dutch_date
from .header import HEADER_SEARCH_ROWS, text_of
from .model import Ervaring, ErvaringenSamenvatting, Instrument
from .normalise import Entry, slug
from .problems import Problem, problem
from .reader import Sheet, Workbook, column_letter
from .taxonomy import fold

SHEET = "Ervaringen"
INSTRUMENT, DATUM, DOOR = "Instrument", "Datum", "Door"
SCORES = ("Algemeen", "Resultaat", "Uitvoering")
# The columns in the order of the sjabloon: Instrument, Datum, then each score with its toelichting, then Door.
COLUMNS = (INSTRUMENT, DATUM, *(name for score in SCORES for name in (score, f"Toelichting {score.lower()}")), DOOR)
REQUIRED = (INSTRUMENT, *SCORES)
EXPLAINED_SCORES = (1, 5)  # general scores that need a toelichting (Eva's RatingValidation)
LOWEST, HIGHEST = 1, 5
MIN_FOR_RANKING = 3  # Overzicht ranks only instruments with at least this many ervaringen
RECENT_EXPLANATIONS = 3


def is_ervaringen_sheet(name: str) -> bool:
    """Return True when sheet ``name`` is the sheet Ervaringen (in any case or spacing)."""
    return fold(name) == fold(SHEET)


def find_sheet(workbook: Workbook) -> Sheet | None:
    """Return the sheet Ervaringen of ``workbook`` (a visible one before a hidden one), or None."""
    names = sorted((n for n in workbook.sheet_names if is_ervaringen_sheet(n)), key=workbook.is_hidden)
    return workbook.sheet(names[0]) if names else None


@dataclass(frozen=True)
class _Header:
    row: int  # 1-based
    columns: dict[str, int]  # column name of COLUMNS -> 1-based column


def read_ervaringen(sheet: Sheet, entries: Sequence[Entry]) -> tuple[list[Ervaring], list[Problem]]:
    """Return the valid ervaringen on ``sheet`` and the problems of the others.

    A row with a fout is not counted. An instrument is named by its name (case and spacing do not matter) or id.
    """
    header = _find_header(sheet)
    if header is None:
        if any(text_of(v) for row in sheet.rows for v in row):
            return [], [problem("ervaringen-kolom-ontbreekt", blad=sheet.name, kolom=INSTRUMENT)]
        return [], []
    missing = [name for name in REQUIRED if name not in header.columns]
    problems = [problem("ervaringen-kolom-ontbreekt", blad=sheet.name, rij=header.row, kolom=name) for name in missing]
    problems += _unknown_columns(sheet, header)
    if missing:
        return [], problems
    instruments = _instrument_index(entries)
    found: list[Ervaring] = []
    for number in range(header.row + 1, len(sheet.rows) + 1):
        cells = {name: sheet.value(number, col) for name, col in header.columns.items()}
        if not any(text_of(v) for v in cells.values()):
            continue
        row_problems = list(_row_problems(sheet.name, number, cells, header, instruments))
        if number in sheet.hidden_rows:
            row_problems.append(problem("rij-verborgen", blad=sheet.name, rij=number, naam=text_of(cells[INSTRUMENT])))
        problems += row_problems
        if not any(p.is_error for p in row_problems):
            found.append(_ervaring(number, cells, instruments))
    return found, problems


def _find_header(sheet: Sheet) -> _Header | None:
    for number, cells in enumerate(sheet.rows[:HEADER_SEARCH_ROWS], start=1):
        names = {fold(text_of(v)): col for col, v in enumerate(cells, start=1) if text_of(v)}
        if fold(INSTRUMENT) in names:
            return _Header(number, {name: names[fold(name)] for name in COLUMNS if fold(name) in names})
    return None


def _unknown_columns(sheet: Sheet, header: _Header) -> Iterator[Problem]:
    known = set(header.columns.values())
    for col, value in enumerate(sheet.rows[header.row - 1], start=1):
        if text_of(value) and col not in known:
            letter = column_letter(col)
            where: dict[str, Any] = {"blad": sheet.name, "rij": header.row, "cel": f"{letter}{header.row}"}
            yield problem("kolom-onbekend", kolom=text_of(value), letter=letter, **where)


def _instrument_index(entries: Sequence[Entry]) -> dict[str, Instrument]:
    """Return the instruments by id and by folded name; an id wins over a name that looks like it."""
    index: dict[str, Instrument] = {}
    for entry in entries:
        if entry.instrument.naam:
            index.setdefault(fold(entry.instrument.naam), entry.instrument)
    for entry in entries:
        index[entry.instrument.id] = entry.instrument
    return index


def _lookup(text: str, instruments: dict[str, Instrument]) -> Instrument | None:
    return instruments.get(text) or instruments.get(fold(text)) or instruments.get(slug(text))


def _row_problems(
    blad: str, number: int, cells: dict[str, object], header: _Header, instruments: dict[str, Instrument]
) -> Iterator[Problem]:
    def where(name: str) -> dict:
        return {"blad": blad, "rij": number, "kolom": name, "cel": f"{column_letter(header.columns[name])}{number}"}

    named = text_of(cells[INSTRUMENT])
    instrument = _lookup(named, instruments) if named else None
    if instrument is None:
        yield problem("ervaring-instrument-onbekend", waarde=named, **where(INSTRUMENT))
    for name in SCORES:
        if score(cells[name]) is None:
            yield problem("ervaring-score-ongeldig", waarde=text_of(cells[name]), **where(name))
    general = score(cells[SCORES[0]])
    explanation = f"Toelichting {SCORES[0].lower()}"
    if general in EXPLAINED_SCORES and not text_of(cells.get(explanation)):
        at = {"blad": blad, "rij": number, "kolom": explanation}
        yield problem(
            "ervaring-toelichting-ontbreekt",
            score=general,
            **(where(explanation) if explanation in header.columns else at),
        )
    datum = cells.get(DATUM)
    if text_of(datum) and values.date(datum) is None:
        naam = instrument.naam if instrument else named
        yield problem("datum-onbekend", waarde=text_of(datum), naam=naam, **where(DATUM))


def score(value: object) -> int | None:
    """Return a score from 1 to 5 ("4", 4, 4.0), or None for anything else."""
    if isinstance(value, bool):
        return None
    number: float | None
    if isinstance(value, (int, float)):
        number = float(value)
    else:
        number = values.number(text_of(value)) if text_of(value) else None
    if number is None or not number.is_integer() or not LOWEST <= number <= HIGHEST:
        return None
    return int(number)


def _ervaring(number: int, cells: dict[str, object], instruments: dict[str, Instrument]) -> Ervaring:
    """Return the ervaring of a row without fouten: its instrument is known and its three scores are valid."""
    algemeen, resultaat, uitvoering = (score(cells[name]) for name in SCORES)
    instrument = _lookup(text_of(cells[INSTRUMENT]), instruments)
    assert instrument is not None and algemeen and resultaat and uitvoering, "a row with fouten is not counted"
    day = values.date(cells.get(DATUM))
    notes = [text_of(cells.get(f"Toelichting {name.lower()}")) or None for name in SCORES]
    return Ervaring(
        instrument_id=instrument.id,
        datum=day.isoformat() if day else None,
        algemeen=algemeen,
        resultaat=resultaat,
        uitvoering=uitvoering,
        toelichting_algemeen=notes[0],
        toelichting_resultaat=notes[1],
        toelichting_uitvoering=notes[2],
        rij=number,
    )


def average(scores: Sequence[int]) -> float:
    """Return the average of ``scores`` to one decimal, halves rounded up (4.25 -> 4.3), as people round."""
    mean = Decimal(sum(scores)) / Decimal(len(scores))
    return float(mean.quantize(Decimal("0.1"), rounding=ROUND_HALF_UP))


def summary(ervaringen: Sequence[Ervaring]) -> ErvaringenSamenvatting:
    """Return the count, the three averages and the latest date of one instrument's ``ervaringen``."""
    dates = [e.datum for e in ervaringen if e.datum]
    return ErvaringenSamenvatting(
        aantal=len(ervaringen),
        algemeen=average([e.algemeen for e in ervaringen]),
        resultaat=average([e.resultaat for e in ervaringen]),
        uitvoering=average([e.uitvoering for e in ervaringen]),
        laatste=max(dates) if dates else None,
    )


def attach(instruments: Sequence[Instrument], ervaringen: Sequence[Ervaring]) -> None:
    """Give each instrument the summary of its ervaringen (None when it has none)."""
    by_instrument: dict[str, list[Ervaring]] = {}
    for ervaring in ervaringen:
        by_instrument.setdefault(ervaring.instrument_id, []).append(ervaring)
    for instrument in instruments:
        own = by_instrument.get(instrument.id)
        instrument.ervaringen = summary(own) if own else None


def recent_explanations(
    ervaringen: Sequence[Ervaring], instrument_id: str, limit: int = RECENT_EXPLANATIONS
) -> list[str]:
    """Return the ``limit`` most recent toelichtingen of an instrument, newest first: "1-10-2026, algemeen 5: ..."."""
    own = [e for e in ervaringen if e.instrument_id == instrument_id]
    own.sort(key=lambda e: (e.datum or "", e.rij), reverse=True)
    lines = []
    for e in own:
        when = f"{dutch_date(values.date(e.datum))}, " if e.datum else ""
        for name, given, note in (
            ("algemeen", e.algemeen, e.toelichting_algemeen),
            ("resultaat", e.resultaat, e.toelichting_resultaat),
            ("uitvoering", e.uitvoering, e.toelichting_uitvoering),
        ):
            if note:
                lines.append(f"{when}{name} {given}: {note}")
    return lines[:limit]


def ranked(instruments: Sequence[Instrument], minimum: int = MIN_FOR_RANKING) -> list[Instrument]:
    """Return the instruments with at least ``minimum`` ervaringen, best general average first (ties by name)."""
    rated = [(i, i.ervaringen) for i in instruments if i.ervaringen and i.ervaringen.aantal >= minimum]
    rated.sort(key=lambda pair: (-pair[1].algemeen, -pair[1].aantal, (pair[0].naam or "").casefold()))
    return [instrument for instrument, _ in rated]
