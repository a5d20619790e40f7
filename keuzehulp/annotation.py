"""``keuzehulp check --annotate KOPIE``: a copy of the keuzematrix with every problem marked where it is.

Each problem's cell gets a fill (red for a fout, amber for a waarschuwing) and a note with the Dutch message;
a first sheet ``Controle`` lists all problems with a link to their place. The input file is only read. The copy
is made with openpyxl, which does not keep everything a spreadsheet can hold (images, shapes, some newer Excel
extensions); what the copy lacks compared with the original is listed on the ``Controle`` sheet.
"""

from __future__ import annotations

import datetime as dt
import io
import re
import warnings
import zipfile
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

from openpyxl import load_workbook
from openpyxl.cell.cell import MergedCell
from openpyxl.comments import Comment
from openpyxl.styles import Alignment, Font, PatternFill
from openpyxl.workbook import Workbook
from openpyxl.worksheet.hyperlink import Hyperlink
from openpyxl.worksheet.worksheet import Worksheet

from .defaults import HOOFDKLEUR, excel_colour
from .model import counted
from .pipeline import load
from .problems import FOUT, KeuzehulpError, Problem, Report, problem
from .values import ALLOWED_SCHEMES
from .xlsxfile import ensure_new, put, save, workbook_bytes

CONTROL_SHEET = "Controle"
CHARTS = "grafieken"
FILL = {FOUT: "FFC7CE", "waarschuwing": "FFE699"}  # light red, amber
ERNST_TEXT = {FOUT: "Fout", "waarschuwing": "Waarschuwing"}
CONTROL_HEADERS = ("Nr", "Ernst", "Code", "Blad", "Rij", "Kolom", "Cel", "Melding")
CONTROL_WIDTHS = (6, 14, 26, 18, 7, 26, 22, 100)
# Problems that mean the file itself cannot be opened: then there is nothing to copy.
UNREADABLE = {
    "bestand-niet-gevonden",
    "bestand-leeg",
    "bestand-onleesbaar",
    "bestand-beveiligd",
    "bestand-te-groot",
    "xml-onveilig",
}
# Parts of an .xlsx that openpyxl may not carry over, and how a beheergroep member calls them.
PARTS = (
    (re.compile(r"xl/media/"), "afbeeldingen"),
    (re.compile(r"xl/charts/chart"), CHARTS),
    (re.compile(r"xl/drawings/drawing\d+\.xml$"), "tekeningen (vormen, tekstvakken, afbeeldingen of grafieken)"),
    (re.compile(r"xl/vbaProject\.bin$"), "macro's"),
    (re.compile(r"xl/embeddings/"), "ingesloten objecten"),
    (re.compile(r"xl/(activeX|ctrlProps)/"), "knoppen en andere besturingselementen"),
    (re.compile(r"xl/(slicers|slicerCaches|timelines|timelineCaches)/"), "slicers en tijdlijnen"),
    (re.compile(r"xl/threadedComments/"), "opmerkingen met antwoorden (de gewone notities blijven)"),
    (re.compile(r"xl/pivotTables/"), "draaitabellen"),
)
_SHEET_PART = re.compile(r"xl/worksheets/sheet\d+\.xml$")
EXTENSIONS = (
    "uitbreidingen van nieuwere Excel-versies (bijvoorbeeld keuzelijsten die naar een ander blad verwijzen, "
    "sparklines of sommige voorwaardelijke opmaak)"
)


@dataclass
class Annotated:
    """The outcome of ``check --annotate``: the report, the copy (None when none could be made) and notices."""

    report: Report
    kopie: Path | None
    notices: list[str] = field(default_factory=list)

    def summary(self) -> list[str]:
        """Return what was written, in Dutch."""
        if self.kopie is None:
            return ["Er is geen kopie gemaakt: het bestand kon niet worden geopend."]
        if not self.report.problemen:
            lines = [f"Geen problemen gevonden. De kopie staat in {self.kopie} (met een leeg blad {CONTROL_SHEET})."]
        else:
            marked = counted(len(self.report.problemen), "gemarkeerd probleem", "gemarkeerde problemen")
            lines = [
                f"De kopie met {marked} staat in {self.kopie}; "
                f"het blad {CONTROL_SHEET} heeft een link naar elk probleem."
            ]
        lines.extend(f"Let op: {notice}" for notice in self.notices)
        return lines


def annotate(
    invoer: str | Path,
    kopie: str | Path,
    force: bool = False,
    blad: str | None = None,
    peildatum: dt.date | None = None,
) -> Annotated:
    """Check ``invoer`` (on ``peildatum``) and write ``kopie``: the input with every problem marked; never the input."""
    invoer, kopie = Path(invoer), Path(kopie)
    ensure_new(kopie, force, invoer=invoer)
    report = load(invoer, blad, peildatum=peildatum).report
    if any(p.code in UNREADABLE for p in report.problemen):
        return Annotated(report, None)
    workbook = _open(invoer)
    notices = _losses(invoer, workbook)
    if CONTROL_SHEET in workbook.sheetnames:
        del workbook[CONTROL_SHEET]
        notices.append(f"het blad {CONTROL_SHEET} dat al in het bestand stond, is vervangen door een nieuw.")
    notices.extend(_drop_unsafe_links(workbook))
    _mark(workbook, report.problemen)
    _write_control_sheet(workbook, report, notices)
    save(workbook, kopie, force=force, invoer=invoer)
    return Annotated(report, kopie, notices)


def _open(invoer: Path) -> Workbook:
    try:
        with warnings.catch_warnings():
            # openpyxl warns about parts it drops; the Controle sheet says that in Dutch instead.
            warnings.simplefilter("ignore")
            return load_workbook(invoer, rich_text=True)
    except Exception as exc:  # openpyxl raises many types for files it cannot handle
        reden = str(exc).splitlines()[0][:200] if str(exc) else type(exc).__name__
        raise KeuzehulpError(problem("bestand-onleesbaar", bestand=invoer, reden=reden)) from None


def _part_counts(names: list[str]) -> dict[str, int]:
    counts: dict[str, int] = {}
    for pattern, what in PARTS:
        counts[what] = counts.get(what, 0) + sum(1 for n in names if pattern.match(n))
    return counts


def _sheets_with_extensions(archive: zipfile.ZipFile) -> int:
    return sum(1 for n in archive.namelist() if _SHEET_PART.match(n) and b"<extLst" in archive.read(n))


def _losses(invoer: Path, workbook: Workbook) -> list[str]:
    """Return what the original holds that a copy saved by openpyxl does not, as Dutch sentences."""
    with zipfile.ZipFile(invoer) as original, zipfile.ZipFile(io.BytesIO(workbook_bytes(workbook))) as copy:
        before, after = _part_counts(original.namelist()), _part_counts(copy.namelist())
        extensions_before, extensions_after = _sheets_with_extensions(original), _sheets_with_extensions(copy)
    notices = []
    for what, count in before.items():
        if count and not after[what]:
            notices.append(f"het origineel bevat {what}; die ontbreken in deze kopie.")
        elif count > after[what]:
            notices.append(f"het origineel bevat {what}; een deel daarvan ontbreekt in deze kopie.")
        elif count and what == CHARTS:
            notices.append(
                f"het origineel bevat {what}; die zijn in deze kopie opnieuw opgebouwd en kunnen er anders uitzien."
            )
    if extensions_before > extensions_after:
        notices.append(f"het origineel bevat {EXTENSIONS}; die ontbreken in deze kopie.")
    if notices:
        notices.append("het origineel is niet veranderd: verbeter de problemen bij voorkeur daar.")
    return notices


def _drop_unsafe_links(workbook: Workbook) -> Iterator[str]:
    """Remove links to other places than http, https, mailto, tel or a cell of the workbook; say which."""
    for sheet in workbook.worksheets:
        for row in sheet.iter_rows():
            for cell in row:
                link = cell.hyperlink
                if link is None or not link.target or link.target.startswith("#"):
                    continue
                scheme = link.target.split(":", 1)[0].lower() if ":" in link.target else ""
                if scheme not in ALLOWED_SCHEMES:
                    cell.hyperlink = None
                    where = f"{sheet.title}!{cell.coordinate}"
                    yield f"de link in {where} is weggelaten (alleen http, https, mailto en tel blijven staan)."


def _anchor(sheet: Worksheet, coordinate: str) -> str:
    """Return the cell that holds what is shown at ``coordinate``: the first cell of a merged range."""
    if isinstance(sheet[coordinate], MergedCell):
        for merged in sheet.merged_cells.ranges:
            if coordinate in merged:
                return merged.start_cell.coordinate
    return coordinate


def _place(workbook: Workbook, found: Problem) -> tuple[Worksheet | None, str | None]:
    """Return the sheet and cell a problem is marked at: its cell, else the row's first cell, else none."""
    if found.blad not in workbook.sheetnames:
        return None, None
    sheet = workbook[found.blad]
    if found.cel:
        return sheet, _anchor(sheet, found.cel)
    if found.rij:
        return sheet, _anchor(sheet, f"A{found.rij}")
    return sheet, None


def _mark(workbook: Workbook, problems: list[Problem]) -> None:
    marks: dict[tuple[str, str], list[Problem]] = {}
    for found in problems:
        sheet, coordinate = _place(workbook, found)
        if sheet is not None and coordinate is not None:
            marks.setdefault((sheet.title, coordinate), []).append(found)
    for (title, coordinate), here in marks.items():
        cell = workbook[title][coordinate]
        worst = FOUT if any(p.is_error for p in here) else "waarschuwing"
        cell.fill = PatternFill("solid", fgColor=FILL[worst])
        text = "\n\n".join(f"{ERNST_TEXT[p.ernst]}: {p.melding}" for p in here)
        if cell.comment is not None and cell.comment.text:
            text = f"{cell.comment.text}\n\n{text}"
        note = Comment(text, "keuzehulp")
        note.width, note.height = 360, min(400, 40 + 18 * (len(text) // 45 + text.count("\n")))
        cell.comment = note


def _location(found: Problem, workbook: Workbook) -> tuple[str, str | None]:
    """Return how the Controle sheet names a problem's place, and the internal link to it (or None)."""
    sheet, _ = _place(workbook, found)
    if sheet is None:
        return "(hele bestand)", None
    quoted = "'" + sheet.title.replace("'", "''") + "'"
    if found.cel:
        return f"{sheet.title}!{found.cel}", f"{quoted}!{found.cel}"
    if found.rij:
        return f"{sheet.title}, rij {found.rij}", f"{quoted}!A{found.rij}"
    return sheet.title, f"{quoted}!A1"


def _write_control_sheet(workbook: Workbook, report: Report, notices: list[str]) -> None:
    sheet = workbook.create_sheet(CONTROL_SHEET, 0)
    for other in workbook.worksheets:
        other.sheet_view.tabSelected = False
    sheet.sheet_view.tabSelected = True
    workbook.active = 0
    put(sheet["A1"], f"Controle van {Path(report.bestand).name}").font = Font(bold=True, size=14)
    counts = report.summary()
    put(sheet["A2"], counts if report.problemen else f"{counts} Geen problemen gevonden.")
    put(
        sheet["A3"],
        "Rood is een fout, oranje een waarschuwing; de melding staat in de notitie bij de cel. Klik in de kolom "
        "Cel om naar de plek te gaan. Het oorspronkelijke bestand is niet veranderd.",
    )
    row = 4
    for notice in notices:
        put(sheet.cell(row=row, column=1), f"Let op: {notice}").font = Font(bold=True, color="9C0006")
        row += 1
    header_row = row + 1
    for index, (title, width) in enumerate(zip(CONTROL_HEADERS, CONTROL_WIDTHS, strict=True), start=1):
        cell = put(sheet.cell(row=header_row, column=index), title)
        cell.font = Font(bold=True, color="FFFFFF")
        cell.fill = PatternFill("solid", fgColor=excel_colour(HOOFDKLEUR))
        sheet.column_dimensions[cell.column_letter].width = width
    for number, found in enumerate(report.problemen, start=1):
        _write_problem_row(sheet, workbook, header_row + number, number, found)
    last = header_row + max(1, len(report.problemen))
    sheet.freeze_panes = f"A{header_row + 1}"
    sheet.auto_filter.ref = f"A{header_row}:H{last}"
    sheet.page_setup.orientation = "landscape"
    sheet.page_setup.fitToWidth, sheet.page_setup.fitToHeight = 1, 0
    sheet.sheet_properties.pageSetUpPr.fitToPage = True


def _write_problem_row(sheet: Worksheet, workbook: Workbook, row: int, number: int, found: Problem) -> None:
    shown, link = _location(found, workbook)
    values = (number, ERNST_TEXT[found.ernst], found.code, found.blad, found.rij, found.kolom, shown, found.melding)
    for index, value in enumerate(values, start=1):
        cell = put(sheet.cell(row=row, column=index), value)
        cell.alignment = Alignment(wrap_text=index == len(values), vertical="top")
    sheet.cell(row=row, column=2).fill = PatternFill("solid", fgColor=FILL[found.ernst])
    if link:
        target = sheet.cell(row=row, column=7)
        target.hyperlink = Hyperlink(ref=target.coordinate, location=link, display=shown)
        target.font = Font(color="0563C1", underline="single")
