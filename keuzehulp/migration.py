"""``keuzehulp init --from OUD``: write an existing keuzematrix into the template layout, with Eva labels.

The instruments are read exactly as ``check`` and ``build`` read them, then written back column by column so
that building from the new file gives the same ``instrumenten.json`` (apart from ``bron``). Nothing is dropped:
values that were not understood are already kept in the matching toelichting by the normaliser; columns the
reader does not use, and label cells holding unknown labels, are copied verbatim to extra columns at the end.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

from . import values
from .fields import CONTACTS, DURATION, DURATION_UNIT, EUROS, GROUP, HOURS, ITEMS, LINKS, LOCATIONS, TEXT, Field
from .header import Column, Layout, group_of_heading, text_of
from .model import Instellingen, Instrument, counted
from .normalise import Entry
from .pipeline import load_raw
from .problems import KeuzehulpError, Report
from .reader import Sheet, Workbook
from .settings import SETTINGS_SHEET, is_settings_sheet
from .sjabloon import (
    DEFAULT_TEMPLATE,
    EMPTY_ROWS,
    EXPLANATION_SHEET,
    FIRST_ROW,
    INSTRUMENT_SHEET,
    REQUIRED_MARK,
    TEMPLATE_DATE,
    TemplateColumn,
    template_columns,
    template_workbook,
    write_row,
)
from .taxonomy import GROUPS, Taxonomy, fold, load_taxonomy
from .xlsxfile import ensure_new, put, save

# Kinds of field whose cell is copied as it was: reading it never moves text into another field, so a verbatim copy
# reads back the same, and it keeps what the model leaves out (an invalid e-mail address stays visible to fix).
VERBATIM_KINDS = (CONTACTS, LOCATIONS, ITEMS)
NOT_UNDERSTOOD_CODES = ("waarde-niet-begrepen", "markering-onbekend")


@dataclass
class ExtraColumn:
    """A column of the old matrix that is kept, verbatim, at the end of the new one."""

    source: Column
    header: str
    rows: set[int] | None = None  # old rows whose value is kept; None: every row


@dataclass
class Migration:
    """What ``init --from`` read and wrote; :meth:`summary` says it in Dutch."""

    oud: Path
    pad: Path
    report: Report
    blad: str
    header_row: int
    instruments: int
    renamed: list[tuple[str, str]] = field(default_factory=list)
    converted: list[str] = field(default_factory=list)
    extra: list[str] = field(default_factory=list)
    unknown_label_rows: list[int] = field(default_factory=list)
    settings_found: bool = False
    settings_kept_rows: list[int] = field(default_factory=list)
    skipped_rows: list[tuple[int, str]] = field(default_factory=list)
    skipped_sheets: list[str] = field(default_factory=list)

    @property
    def not_understood(self) -> int:
        return sum(1 for p in self.report.problemen if p.code in NOT_UNDERSTOOD_CODES)

    def summary(self) -> list[str]:
        """Return what was done, in Dutch, one line per fact."""
        lines = [
            f"{counted(self.instruments, 'instrument', 'instrumenten')} overgezet van {self.oud} (blad {self.blad}, "
            f"kopregel in rij {self.header_row}) naar {self.pad}, in de indeling van het sjabloon."
        ]
        if self.renamed:
            pairs = ", ".join(f"'{old}' → '{new}'" for old, new in self.renamed)
            lines.append(f"Kolommen met de naam van Eva: {pairs}.")
        lines.extend(self.converted)
        if self.not_understood:
            lines.append(
                f"{counted(self.not_understood, 'niet begrepen waarde staat', 'niet begrepen waarden staan')} nu "
                "letterlijk in de bijbehorende toelichting of bij Aanvullende informatie."
            )
        if self.extra:
            names = ", ".join(f"'{h}'" for h in self.extra)
            lines.append(f"Achteraan bewaard, precies zoals ze waren: {names}.")
        if self.unknown_label_rows:
            rows = ", ".join(str(r) for r in self.unknown_label_rows)
            lines.append(
                f"Onbekende tegels, klantkenmerken of uitvoeringsvormen (oude rij {rows}) staan achteraan in hun "
                "oorspronkelijke kolom, zodat je ze kunt verbeteren."
            )
        if self.settings_found:
            lines.append("De instellingen zijn overgenomen op het blad Instellingen.")
        else:
            lines.append("De oude matrix had geen blad Instellingen; vul dat blad in het nieuwe bestand aan.")
        if self.settings_kept_rows:
            rows = ", ".join(str(r) for r in self.settings_kept_rows)
            lines.append(
                f"Onbekende of onbruikbare instellingen (oude rij {rows}) staan onderaan het blad Instellingen."
            )
        for row, text in self.skipped_rows:
            lines.append(f"Niet overgenomen: rij {row} boven de kopregel ('{_short(text)}').")
        if self.skipped_sheets:
            names = ", ".join(f"'{n}'" for n in self.skipped_sheets)
            lines.append(f"Niet overgenomen: de bladen {names}.")
        fouten = len(self.report.fouten)
        if fouten:
            errors = counted(fouten, "fout", "fouten")
            lines.append(f"Let op: de oude matrix heeft {errors}; die staan ook in het nieuwe bestand.")
        lines.append(f"Controleer het resultaat met: keuzehulp check {self.pad}")
        return lines


def init_from(oud: str | Path, pad: str | Path = DEFAULT_TEMPLATE, force: bool = False, blad: str | None = None):
    """Fill a new keuzematrix at ``pad`` from ``oud``: an Eva export (``.json``) or an old keuzematrix."""
    if Path(oud).suffix.casefold() == ".json":
        from .eva_import import import_eva

        return import_eva(oud, pad, force=force)
    return migrate(oud, pad, force=force, blad=blad)


def migrate(
    oud: str | Path, pad: str | Path = DEFAULT_TEMPLATE, force: bool = False, blad: str | None = None
) -> Migration:
    """Write the keuzematrix ``oud`` into the template layout at ``pad``; raise KeuzehulpError if it cannot."""
    oud, pad = Path(oud), Path(pad)
    ensure_new(pad, force, invoer=oud)
    taxonomy = load_taxonomy()
    source = _read(oud, blad, taxonomy)
    new = _new_workbook(source, taxonomy)
    migration = _described(source, oud, pad, taxonomy)
    migration.settings_found, migration.settings_kept_rows = _keep_settings(source.workbook, source.report, new)
    save(new, pad, force=force, invoer=oud)
    return migration


@dataclass
class _Source:
    """The old matrix: as the pipeline read it, and as raw rows for what the model does not hold."""

    report: Report
    settings: Instellingen
    entries: list[Entry]
    workbook: Workbook
    sheet: Sheet
    layout: Layout
    extra: list[ExtraColumn]


def _read(oud: Path, blad: str | None, taxonomy: Taxonomy) -> _Source:
    loaded, raw = load_raw(oud, blad, taxonomy=taxonomy)
    if loaded.matrix is None or loaded.entries is None or raw is None:
        raise KeuzehulpError(loaded.report.problemen[0])
    extra = _extra_columns(raw.layout, loaded.entries, raw.sheet)
    return _Source(
        loaded.report, loaded.matrix.instellingen, loaded.entries, raw.workbook, raw.sheet, raw.layout, extra
    )


def _new_workbook(source: _Source, taxonomy: Taxonomy):
    """Return the template filled with the instruments of ``source``, row by row in the old order."""
    headers = [e.header for e in source.extra]
    new = template_workbook(
        source.settings,
        rows=max(EMPTY_ROWS, len(source.entries)),
        extra=headers,
        taxonomy=taxonomy,
        datum=_datum(source.workbook),
    )
    columns = template_columns(taxonomy, headers)
    target = new[INSTRUMENT_SHEET]
    for number, entry in enumerate(source.entries, start=FIRST_ROW):
        row = source.sheet.rows[entry.row - 1]
        cells = _template_values(entry, row, columns)
        cells.update(_extra_values(source.extra, columns, entry.row, row))
        write_row(target, columns, number, cells)
        if entry.hidden:
            target.row_dimensions[number].hidden = True
    return new


def _described(source: _Source, oud: Path, pad: Path, taxonomy: Taxonomy) -> Migration:
    """Return what the migration of ``source`` does, for the summary."""
    sheet, layout = source.sheet, source.layout
    return Migration(
        oud=oud,
        pad=pad,
        report=source.report,
        blad=sheet.name,
        header_row=layout.header_row,
        instruments=len(source.entries),
        renamed=_renamed(layout),
        converted=list(_converted(layout)),
        extra=[e.header for e in source.extra if e.rows is None],
        unknown_label_rows=sorted({r for e in source.extra if e.rows is not None for r in e.rows}),
        skipped_rows=_title_rows(sheet, layout, taxonomy),
        skipped_sheets=[
            n
            for n in source.workbook.sheet_names
            if n not in (sheet.name, EXPLANATION_SHEET) and not is_settings_sheet(n)
        ],
    )


def _short(text: str, limit: int = 60) -> str:
    return text if len(text) <= limit else text[: limit - 1] + "…"


def _datum(workbook: Workbook) -> dt.datetime:
    """Return the date the new file carries: the old file's, so the matrix keeps its date."""
    if workbook.modified is None:
        return TEMPLATE_DATE
    return workbook.modified.replace(tzinfo=None)


def _extra_columns(layout: Layout, entries: list[Entry], sheet: Sheet) -> list[ExtraColumn]:
    """Return the old columns to keep at the end: unknown, unused duplicates, and label cells with unknown labels."""
    extra: list[ExtraColumn] = []
    for column in layout.columns:
        if column.field and column.field.list_group and not column.duplicate_of:
            group = "klantkenmerken" if column.field.list_group == "werkzaak" else column.field.list_group
            rows = {e.row for e in entries if group in e.unreadable}
            if rows:
                extra.append(ExtraColumn(column, column.header, rows))
        elif (column.field and column.duplicate_of) or (column.header and not column.known):
            extra.append(ExtraColumn(column, column.header))
        elif not column.known and _has_values(sheet, column, layout.header_row):
            extra.append(ExtraColumn(column, f"Zonder kop, oude kolom {column.letter}"))
    return extra


def _has_values(sheet: Sheet, column: Column, header_row: int) -> bool:
    return any(text_of(sheet.value(r, column.index)) for r in range(header_row + 1, len(sheet.rows) + 1))


def _renamed(layout: Layout) -> list[tuple[str, str]]:
    """Return (old header, new header) for each used column whose name changes."""
    pairs: list[tuple[str, str]] = []
    for column in layout.columns:
        if column.duplicate_of:
            continue
        if column.field and not column.field.list_group:
            new = column.field.label + (REQUIRED_MARK if column.field.required else "")
        elif column.label:
            new = column.label
        else:
            continue
        if fold(column.header) != fold(new):
            pairs.append((column.header, new))
    return pairs


def _converted(layout: Layout) -> Iterator[str]:
    werkzaak_marks = [c.header for c in layout.columns if c.werkzaak and not c.field]
    for column in layout.columns:
        if column.duplicate_of or not (column.field and column.field.list_group):
            continue
        if column.field.list_group == "werkzaak":
            yield (
                f"De Werkzaak-kenmerken in kolom '{column.header}' zijn omgezet naar de klantkenmerken van Eva "
                "(een x per klantkenmerk); de codes staan in de kolom Werkzaak-kenmerken."
            )
        else:
            group = column.field.list_group
            yield f"De lijst in kolom '{column.header}' staat nu als een x in de kolommen van de {group}."
    if werkzaak_marks:
        names = ", ".join(f"'{h}'" for h in werkzaak_marks)
        yield (
            f"De Werkzaak-kolommen {names} zijn omgezet naar de klantkenmerken van Eva; "
            "de codes staan in de kolom Werkzaak-kenmerken."
        )


def _title_rows(sheet: Sheet, layout: Layout, taxonomy: Taxonomy) -> list[tuple[int, str]]:
    """Return the rows above the header that hold text but are not a row of group labels."""
    rows = []
    for number in range(1, layout.header_row):
        texts = [text_of(v) for v in sheet.rows[number - 1] if text_of(v)]
        if texts and not (number == layout.header_row - 1 and _is_group_row(texts, taxonomy)):
            rows.append((number, " | ".join(texts)))
    return rows


def _is_group_row(texts: list[str], taxonomy: Taxonomy) -> bool:
    return any(group_of_heading(t, taxonomy) in GROUPS or fold(t) in taxonomy.group_headings for t in texts)


def _template_values(entry: Entry, row: list[object], columns: list[TemplateColumn]) -> dict[int, object]:
    """Return the cells of the new row for ``entry``: marks, model values and verbatim copies."""
    instrument = entry.instrument
    cells: dict[int, object] = {}
    for column in columns:
        if column.is_mark:
            cells[column.index] = "x" if column.label in getattr(instrument, column.list_group or "") else None
        elif column.field:
            cells[column.index] = _field_value(column.field, entry, row)
    return cells


def _raw(entry: Entry, row: list[object], key: str) -> object:
    column = entry.columns.get(key)
    if column is None or column.index > len(row):
        return None
    value = row[column.index - 1]
    return None if value == "" else value


def _field_value(f: Field, entry: Entry, row: list[object]) -> object:
    instrument = entry.instrument
    if f.key == "organisatie":
        # An empty cell took the organisation of the settings; leave it empty so that it still does.
        return instrument.organisatie if text_of(_raw(entry, row, f.key)) else None
    if f.kind in (TEXT, HOURS, EUROS):
        return getattr(instrument, f.attribute)
    if f.kind in VERBATIM_KINDS:
        return _raw(entry, row, f.key)
    return _computed(f, instrument, entry, row)


def _computed(f: Field, instrument: Instrument, entry: Entry, row: list[object]) -> object:
    if f.kind == DURATION:
        return instrument.duur.aantal if instrument.duur else None
    if f.kind == DURATION_UNIT:
        return instrument.duur.eenheid if instrument.duur else None
    if f.kind == GROUP:
        return {1: instrument.groep_individueel[0] if instrument.groep_individueel else None, 2: "beide"}.get(
            len(instrument.groep_individueel)
        )
    if f.list_group == "werkzaak":
        return "; ".join(instrument.werkzaak_kenmerken) or None
    if f.kind == LINKS:
        # Lines without a link are already kept in Aanvullende informatie; the links (also refused ones) stay here.
        text = text_of(_raw(entry, row, f.key))
        kept = [line for line in values.lines(text) if values.inhoud(line).inhoud is not None]
        return "\n".join(kept) or None
    return None


def _extra_values(extra: list[ExtraColumn], columns: list[TemplateColumn], old_row: int, row: list[object]) -> dict:
    first = len(columns) - len(extra)
    cells: dict[int, object] = {}
    for offset, column in enumerate(extra):
        if column.rows is not None and old_row not in column.rows:
            continue
        index = column.source.index
        value = row[index - 1] if index <= len(row) else None
        cells[columns[first + offset].index] = None if value == "" else value
    return cells


def _keep_settings(workbook: Workbook, report: Report, new) -> tuple[bool, list[int]]:
    """Copy the settings rows that were not used (unknown or invalid) below the new settings; return what was seen."""
    name = next((n for n in workbook.sheet_names if is_settings_sheet(n)), None)
    if name is None:
        return False, []
    rows = sorted({p.rij for p in report.problemen if p.blad == name and p.rij and p.code.startswith("instelling-")})
    if not rows:
        return True, []
    old = workbook.sheet(name)
    target = new[SETTINGS_SHEET]
    start = target.max_row + 2
    put(target.cell(row=start, column=3), "Overgenomen uit de oude matrix; keuzehulp gebruikt deze regels niet.")
    for offset, number in enumerate(rows, start=1):
        cells = old.rows[number - 1]
        for index, value in enumerate(cells[:3], start=1):
            if value not in ("", None):
                put(target.cell(row=start + offset, column=index), value)
    return True, rows
