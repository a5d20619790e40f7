"""Validate stage: small checks over the normalised entries, each a generator of problems."""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from typing import Any

from .header import Column, Layout, text_of
from .normalise import Entry
from .problems import Problem, problem
from .reader import Sheet, UnreadCell, column_letter
from .taxonomy import GROUPS, Field, Taxonomy, fold

SUMMARY_LIMIT = 500
# Words people put in the name cell of a row they add under the table to count or sum the others.
SUMMARY_WORDS = frozenset(
    fold(w) for w in ("Totaal", "Totalen", "Subtotaal", "Eindtotaal", "Som", "Gemiddelde", "Aantal", "Total", "Sum")
)
_NUMBER_TEXT = re.compile(r"^[€%\s\d.,+-]*\d[€%\s\d.,+-]*$")
GROUP_WORDS = {"tegels": "tegel", "klantkenmerken": "klantkenmerk", "uitvoeringsvormen": "uitvoeringsvorm"}


@dataclass
class Context:
    """What the checks look at: the entries, the taxonomy, and the required fields without a column."""

    entries: list[Entry]
    taxonomy: Taxonomy
    missing_columns: set[str] = field(default_factory=set)
    unread_cells: set[str] = field(default_factory=set)  # cells already reported as holding no value


Check = Callable[[Context], Iterator[Problem]]


def missing_required_columns(layout: Layout, taxonomy: Taxonomy, has_default_org: bool) -> list[Field]:
    """Return the required fields without a column (Organisatie may come from the settings instead)."""
    wide_forms = {c.group for c in layout.columns if c.label}
    return [
        f
        for f in taxonomy.fields
        if f.required
        and not layout.by_key(f.key)
        and not (f.key == "organisatie" and has_default_org)
        and not (f.list_group and f.list_group in wide_forms)
    ]


def missing_column_problems(fields: list[Field], layout: Layout, sheet: str) -> list[Problem]:
    """Return a fout for each required field in ``fields`` that has no column."""
    return [problem("kolom-ontbreekt", blad=sheet, rij=layout.header_row, kolom=f.label) for f in fields]


def required_fields(context: Context) -> Iterator[Problem]:
    required = [f for f in context.taxonomy.fields if f.required and f.key not in context.missing_columns]
    for entry in context.entries:
        for f in required:
            if f.list_group in entry.unreadable:
                continue  # already reported as an unknown label
            if not getattr(entry.instrument, f.attribute):
                where = entry.where(f.key)
                if where["cel"] in context.unread_cells:
                    continue
                where["kolom"] = where["kolom"] or f.label
                yield problem("verplicht-veld-leeg", **where)


def unique_names(context: Context) -> Iterator[Problem]:
    seen: dict[tuple[str, str], int] = {}
    for entry in context.entries:
        instrument = entry.instrument
        if not instrument.naam:
            continue
        key = ((instrument.organisatie or "").casefold(), instrument.naam.casefold())
        if key in seen:
            yield problem("naam-dubbel", eerder=seen[key], **entry.where("naam"))
        else:
            seen[key] = entry.row


def basiskenmerken_present(context: Context) -> Iterator[Problem]:
    for entry in context.entries:
        if not entry.instrument.tegels and "tegels" not in entry.unreadable:
            yield problem("geen-tegel", **_row_only(entry))
        if not entry.instrument.klantkenmerken and "klantkenmerken" not in entry.unreadable:
            yield problem("geen-klantkenmerk", **_row_only(entry))


def summary_length(context: Context) -> Iterator[Problem]:
    for entry in context.entries:
        text = entry.instrument.samenvatting or ""
        if len(text) > SUMMARY_LIMIT:
            yield problem("samenvatting-te-lang", lengte=len(text), **entry.where("samenvatting"))


def summary_rows(sheet: Sheet, layout: Layout) -> dict[int, tuple[int, str]]:
    """Return row number -> (column, word) of the rows below the header that total the others ("Totaal:", numbers).

    Such a row has a summary word in its name cell (or, with the name cell empty, in its first filled cell)
    and nothing but numbers in its other cells, so it can never be an instrument.
    """
    name = layout.by_key("naam")
    found: dict[int, tuple[int, str]] = {}
    for number, cells in enumerate(sheet.rows[layout.header_row :], start=layout.header_row + 1):
        at = _word_cell(cells, name)
        word = cells[at - 1] if at else None
        if at is None or not isinstance(word, str) or fold(word) not in SUMMARY_WORDS:
            continue
        if all(_is_number(v) for i, v in enumerate(cells, start=1) if i != at and text_of(v)):
            found[number] = (at, word.strip())
    return found


def _word_cell(cells: list[object], name: Column | None) -> int | None:
    """Return the column where a summary row has its word: the name cell, or the first filled one if that is empty."""
    if name is not None and name.index <= len(cells) and text_of(cells[name.index - 1]):
        return name.index
    return next((i for i, v in enumerate(cells, start=1) if text_of(v)), None)


def _is_number(value: object) -> bool:
    return isinstance(value, (int, float)) or bool(_NUMBER_TEXT.match(str(value)))


def without_rows(sheet: Sheet, rows: set[int]) -> Sheet:
    """Return ``sheet`` with ``rows`` emptied, so the rows after them keep their numbers."""
    if not rows:
        return sheet
    kept = [[] if number in rows else cells for number, cells in enumerate(sheet.rows, start=1)]
    unread = {cell: v for cell, v in sheet.unread.items() if cell[0] not in rows}
    return dataclasses.replace(sheet, rows=kept, unread=unread)


def summary_row_problems(rows: dict[int, tuple[int, str]], sheet: Sheet) -> list[Problem]:
    """Return a waarschuwing for each skipped summary row, at the cell with its word."""
    return [
        problem("rij-totaal", blad=sheet.name, rij=row, cel=f"{column_letter(col)}{row}", waarde=word)
        for row, (col, word) in rows.items()
    ]


def sheet_problems(sheet: Sheet, layout: Layout, entries: list[Entry], taxonomy: Taxonomy) -> list[Problem]:
    """Return what the sheet itself hides or holds instead of values: hidden columns in use, unknown mark
    columns, cells with an error value or a formula without a result, and a sheet without instruments."""
    names = {e.row: e.instrument.naam or "zonder naam" for e in entries}
    found = [*_column_findings(sheet, layout, taxonomy), *_unread_cell_problems(sheet, layout, names)]
    if not entries:
        found.append(problem("geen-instrumenten", blad=sheet.name, rij=layout.header_row))
    return found


def _used(column: Column) -> bool:
    return (column.known and not column.duplicate_of) or bool(column.duplicate_of and column.label)


def _column_findings(sheet: Sheet, layout: Layout, taxonomy: Taxonomy) -> Iterator[Problem]:
    for column in layout.columns:
        where: dict[str, Any] = {
            "blad": sheet.name,
            "rij": layout.header_row,
            "kolom": column.name,
            "cel": f"{column.letter}{layout.header_row}",
            "letter": column.letter,
        }
        if _used(column) and sheet.column_hidden(column.index) and _has_values(sheet, layout, column):
            yield problem("kolom-verborgen", **where)
        if column.close_match and column.group:
            yield problem("kolom-gelezen-als", soort=GROUP_WORDS[column.group], label=column.label, **where)
        elif not column.known and _holds_marks(sheet, layout, column, taxonomy):
            hints = {h for g in GROUPS if column.header and (h := taxonomy.suggestion(g, column.header))}
            suggestie = f" Bedoelde u '{hints.pop()}'?" if len(hints) == 1 else ""
            kop = f" ({column.name})" if column.header else ""
            yield problem("kolom-markeringen-onbekend", suggestie=suggestie, kop=kop, **where)


def _values(sheet: Sheet, layout: Layout, column: Column) -> Iterator[object]:
    for cells in sheet.rows[layout.header_row :]:
        if column.index <= len(cells) and (value := cells[column.index - 1]) not in ("", None):
            yield value


def _has_values(sheet: Sheet, layout: Layout, column: Column) -> bool:
    return any(text_of(v) for v in _values(sheet, layout, column))


def _holds_marks(sheet: Sheet, layout: Layout, column: Column, taxonomy: Taxonomy) -> bool:
    """Return True when every filled cell of ``column`` is a mark (x, ja, nee) and at least one says yes."""
    texts = [v if isinstance(v, bool) else text_of(v).casefold() for v in _values(sheet, layout, column)]
    texts = [t for t in texts if t != ""]
    marks_yes = [t for t in texts if t is True or t in taxonomy.marks_yes]
    return bool(marks_yes) and all(t is False or t in taxonomy.marks_no or t in marks_yes for t in texts)


def _unread_cell_problems(sheet: Sheet, layout: Layout, names: dict[int, str]) -> Iterator[Problem]:
    columns = {c.index: c for c in layout.columns if _used(c)}
    for (row, col), cell in sorted(sheet.unread.items()):
        column = columns.get(col)
        if row <= layout.header_row or column is None:
            continue
        required = bool(column.field and column.field.required)
        yield problem(
            "verplichte-cel-zonder-waarde" if required else "cel-zonder-waarde",
            blad=sheet.name,
            rij=row,
            kolom=column.name,
            cel=f"{column.letter}{row}",
            naam=names.get(row, "zonder naam"),
            wat=_what(cell),
            hoe=_how(cell),
        )


def _what(cell: UnreadCell) -> str:
    if cell.error:
        return f"de foutwaarde {cell.error}"
    shown = f" ({cell.formula})" if cell.formula != "=" else ""
    return f"een formule zonder berekende waarde{shown}"


def _how(cell: UnreadCell) -> str:
    if cell.error:
        return "Verbeter de formule of typ de waarde zelf in."
    return "Open het bestand in Excel of LibreOffice en sla het op (dan wordt de waarde berekend), of typ de waarde in."


def _row_only(entry: Entry) -> dict:
    return {**entry.where(), "kolom": None, "cel": None}


def known_gebieden(context: Context) -> Iterator[Problem]:
    """Warn about each Beschikbaar gebied that is no gemeente, arbeidsmarktregio or wijk of a gemeente."""
    from .gebieden import load_gebieden

    gebieden = load_gebieden()
    hints: dict[str, str] = {}
    known: dict[str, bool] = {}  # a matrix names the same few gebieden again and again
    for entry in context.entries:
        for gebied in entry.instrument.beschikbare_gebieden:
            if gebied not in known:
                known[gebied] = bool(gebieden.covers(gebied))
            if known[gebied]:
                continue
            if gebied not in hints:
                hint = gebieden.suggestion(gebied)
                hints[gebied] = f" Bedoelde u '{hint}'?" if hint else ""
            where = entry.where("beschikbare_gebieden")
            yield problem("gebied-onbekend", waarde=gebied, jaar=gebieden.jaar, suggestie=hints[gebied], **where)


CHECKS: tuple[Check, ...] = (required_fields, unique_names, basiskenmerken_present, summary_length, known_gebieden)


def run_checks(context: Context) -> list[Problem]:
    """Return the problems of every check, in check order."""
    return [found for check in CHECKS for found in check(context)]
