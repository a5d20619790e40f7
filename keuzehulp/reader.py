"""Read stage: open a keuzematrix ``.xlsx``/``.xlsm`` safely and return its sheets as plain rows.

Cell values come from python-calamine (fast, in Rust); what only the XML tells (hidden rows and
columns, merged ranges, error values, formulas without a stored result) comes from one streaming scan
of the sheet part, which matches tags by their local name so Strict OOXML files read like ordinary
ones. Every member is read to its end once (so a damaged one is found before anything is used), every
XML part is checked for DOCTYPE/ENTITY declarations, and sizes are bounded, so hostile files end in a
:class:`~keuzehulp.problems.KeuzehulpError` instead of a traceback or an exhausted machine.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import html
import posixpath
import re
import struct
import threading
import zipfile
import zlib
from dataclasses import dataclass, field
from pathlib import Path
from typing import IO, Any, TypeVar

from defusedxml import ElementTree as SafeET

from .problems import KeuzehulpError, problem

MAX_TOTAL_UNCOMPRESSED = 1024 * 1024 * 1024  # declared size of all parts together
MAX_PART_RATIO = 200  # uncompressed / compressed, for parts above MIN_RATIO_CHECK
MIN_RATIO_CHECK = 10 * 1024 * 1024
MAX_CELLS = 5_000_000  # used area (last row x last column) of a sheet; 50,000 rows of 100 columns
OLE_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"

# Errors of reading a damaged archive member: a bad CRC, a broken deflate stream, a short member, a member
# flagged as encrypted (RuntimeError).
ARCHIVE_ERRORS = (
    zipfile.BadZipFile,
    zlib.error,
    struct.error,
    OSError,
    EOFError,
    NotImplementedError,
    ValueError,
    RuntimeError,
)
HIDDEN_STATES = frozenset({"hidden", "veryHidden"})
WORKSHEETS = "xl/worksheets/"  # where worksheet parts usually are: their used area is measured while checking

_ROW_TAG = re.compile(rb"<(?:\w+:)?row\b([^>]*)>")
_ROW_NUMBER = re.compile(rb'\br="(\d+)"')
_HIDDEN = re.compile(rb'\bhidden="(?:1|true)"')
_COL_TAG = re.compile(rb"<(?:\w+:)?col\b([^>]*)>")
_COL_RANGE = re.compile(rb'\bmin="(\d+)"[^>]*?\bmax="(\d+)"|\bmax="(\d+)"[^>]*?\bmin="(\d+)"')
_CELL_REF = re.compile(rb'\br="([A-Z]+)(\d+)"')
_ERROR_CELL = re.compile(rb'<(?:\w+:)?c\b([^>]*\bt="e"[^>]*)>(.*?)</(?:\w+:)?c>', re.S)
_VALUE = re.compile(rb"<(?:\w+:)?v>([^<]*)<")
# A formula cell and what follows its formula: a value, an empty value, or the end of the cell.
_FORMULA_CELL = re.compile(
    rb"<(?:\w+:)?c\b([^>]*)>\s*<(?:\w+:)?f\b[^>]*?(?:/>|>([^<]*)</(?:\w+:)?f>)\s*"
    rb"(?:<(?:\w+:)?v>([^<]*)</(?:\w+:)?v>|<(?:\w+:)?v\s*/>|(?=</(?:\w+:)?c>))"
)
_TYPE_STR = re.compile(rb'\bt="str"')
# Cell references have letters in r="...", row numbers have none; the literal-space forms are the fast
# common case, the any-white-space forms catch files that separate attributes otherwise.
_CELL_COLUMN = re.compile(rb' r="([A-Z]+)\d')
_CELL_COLUMN_ANY_SPACE = re.compile(rb'\sr="([A-Z]+)\d')
_ROW_REF = re.compile(rb' r="(\d+)"')
_ROW_REF_ANY_SPACE = re.compile(rb'\sr="(\d+)"')
_MERGE = re.compile(rb'<(?:\w+:)?mergeCell\b[^>]*\bref="([A-Z]+)(\d+):([A-Z]+)(\d+)"')
_DECLARATION = re.compile(rb"<!(?:DOCTYPE|ENTITY)", re.IGNORECASE)


@dataclass(frozen=True)
class UnreadCell:
    """A cell whose value the file does not hold: an error value, or a formula that was never calculated."""

    error: str | None  # "#DIV/0!", or None for a formula without a stored result
    formula: str = ""  # "=SUM(B2:B9)"; "=" for a cell that shares the formula of another


@dataclass
class Sheet:
    """One worksheet as plain values: ``rows[0][0]`` is cell A1."""

    name: str
    rows: list[list[object]]
    hidden_rows: set[int] = field(default_factory=set)  # 1-based row numbers
    merged: list[tuple[int, int, int, int]] = field(default_factory=list)  # min_row, min_col, max_row, max_col
    hidden_columns: list[tuple[int, int]] = field(default_factory=list)  # 1-based first, last column
    hidden_sheet: bool = False
    # (row, col) -> what the cell holds instead of a value: an error value ("#N/A") or a formula without a result
    unread: dict[tuple[int, int], UnreadCell] = field(default_factory=dict)

    def column_hidden(self, col: int) -> bool:
        """Return True when 1-based column ``col`` is hidden."""
        return any(first <= col <= last for first, last in self.hidden_columns)

    def value(self, row: int, col: int) -> object:
        """Return the value at 1-based ``row`` and ``col``, or "" outside the data."""
        if row - 1 < len(self.rows):
            cells = self.rows[row - 1]
            if col - 1 < len(cells):
                return cells[col - 1]
        return ""


@dataclass
class Workbook:
    """An opened, checked keuzematrix file."""

    path: Path
    sha256: str
    sheet_names: list[str]
    modified: dt.datetime | None
    _parts: dict[str, str]  # sheet name -> zip part name
    _areas: dict[str, _Area]  # zip part name -> used area, measured when the members were checked
    _calamine: Any  # python_calamine.CalamineWorkbook, opened on first use
    hidden_sheets: frozenset[str] = frozenset()

    def is_hidden(self, name: str) -> bool:
        """Return True when sheet ``name`` is hidden (or very hidden) in Excel."""
        return name in self.hidden_sheets

    def sheet(self, name: str) -> Sheet:
        """Return the sheet ``name``: its values and what only the XML tells (hidden parts, merges, unread cells)."""
        # The used area comes first: calamine allocates all of it at once, so one cell at XFD1048576 would make it
        # allocate hundreds of gigabytes (and abort the process).
        part = self._parts.get(name)
        area = self._areas.get(part or "") or _scan_sheet_xml(self.path, name, part, _Area())
        if area.max_row * area.max_col > MAX_CELLS:
            reden = f"blad {name} loopt tot rij {area.max_row} en kolom {column_letter(area.max_col)}"
            raise KeuzehulpError(problem("bestand-te-groot", bestand=self.path, reden=reden))
        # calamine lets go of the GIL while it reads, so the rest of the scan runs meanwhile on another core.
        reading = _Reading(self._calamine, name)
        try:
            scan = _scan_sheet_xml(self.path, name, part, _Scan())
        finally:
            rows = reading.rows()
        if isinstance(rows, BaseException):
            _reraise_interrupts(rows)
            raise KeuzehulpError(problem("bestand-onleesbaar", bestand=self.path, reden=_short(rows))) from None
        return Sheet(name, rows, scan.hidden, scan.merged, scan.hidden_columns, self.is_hidden(name), scan.unread)


class _Reading:
    """calamine reading one sheet in a thread of its own."""

    def __init__(self, calamine: Any, name: str):
        self._result: list[list[object]] | BaseException = []
        self._thread = threading.Thread(target=self._read, args=(calamine, name), daemon=True)
        self._thread.start()

    def _read(self, calamine: Any, name: str) -> None:
        try:
            self._result = calamine.get_sheet_by_name(name).to_python(skip_empty_area=False)
        except BaseException as exc:  # calamine raises several types (a Rust panic too) for corrupt sheets
            self._result = exc

    def rows(self) -> list[list[object]] | BaseException:
        """Return the rows, or what calamine raised; wait for them first."""
        self._thread.join()
        return self._result


def column_letter(index: int) -> str:
    """Return the spreadsheet letter of 1-based column ``index`` (1 -> A, 28 -> AB)."""
    letters = ""
    while index:
        index, rest = divmod(index - 1, 26)
        letters = chr(65 + rest) + letters
    return letters


def column_index(letters: bytes | str) -> int:
    """Return the 1-based index of column ``letters``."""
    index = 0
    for ch in letters.decode() if isinstance(letters, bytes) else letters:
        index = index * 26 + ord(ch) - 64
    return index


def open_workbook(path: str | Path) -> Workbook:
    """Open ``path`` after checking that it is a sound, safe .xlsx/.xlsm; raise KeuzehulpError if not."""
    path = Path(path)
    if not path.is_file():
        raise KeuzehulpError(problem("bestand-niet-gevonden", bestand=path))
    content = path.read_bytes()
    if not content:
        raise KeuzehulpError(problem("bestand-leeg", bestand=path))
    if content.startswith(OLE_MAGIC):
        raise KeuzehulpError(problem("bestand-beveiligd", bestand=path))
    try:
        archive = zipfile.ZipFile(path)
    except ARCHIVE_ERRORS:
        raise KeuzehulpError(problem("bestand-onleesbaar", bestand=path, reden="het is geen zip-archief")) from None
    with archive:
        _check_sizes(archive, path)
        areas = _check_members(archive, path)
        parts, states = _sheet_parts(archive, path)
        modified = _modified_date(archive)
    try:
        from python_calamine import CalamineWorkbook

        calamine = CalamineWorkbook.from_path(str(path))
        names = list(calamine.sheet_names)
    except BaseException as exc:  # calamine raises several types (a Rust panic too) for corrupt files
        _reraise_interrupts(exc)
        raise KeuzehulpError(problem("bestand-onleesbaar", bestand=path, reden=_short(exc))) from None
    return Workbook(
        path=path,
        sha256=hashlib.sha256(content).hexdigest(),
        sheet_names=names,
        modified=modified,
        _parts=parts,
        _areas=areas,
        _calamine=calamine,
        hidden_sheets=frozenset(n for n in names if states.get(n) in HIDDEN_STATES),
    )


def _reraise_interrupts(exc: BaseException) -> None:
    if isinstance(exc, (KeyboardInterrupt, SystemExit)):
        raise exc


def _short(exc: BaseException) -> str:
    return str(exc).splitlines()[0][:200] if str(exc) else type(exc).__name__


def _check_sizes(archive: zipfile.ZipFile, path: Path) -> None:
    total = 0
    for info in archive.infolist():
        total += info.file_size
        ratio = info.file_size / max(info.compress_size, 1)
        if info.file_size > MIN_RATIO_CHECK and ratio > MAX_PART_RATIO:
            reden = f"onderdeel {info.filename} pakt {ratio:.0f} keer zo groot uit"
            raise KeuzehulpError(problem("bestand-te-groot", bestand=path, reden=reden))
    if total > MAX_TOTAL_UNCOMPRESSED:
        reden = f"uitgepakt {total // 1024 // 1024} MB"
        raise KeuzehulpError(problem("bestand-te-groot", bestand=path, reden=reden))
    if "[Content_Types].xml" not in archive.namelist():
        raise KeuzehulpError(problem("bestand-onleesbaar", bestand=path, reden="het is geen Office-document"))


def _check_members(archive: zipfile.ZipFile, path: Path) -> dict[str, _Area]:
    """Read every member to its end, so a damaged one (its checksum is checked at the end) is found now; return the
    used area of each part that looks like a worksheet, measured on the way.

    A DOCTYPE must come before the root element, so the head of each XML part is enough for that check.
    """
    areas = {}
    for info in archive.infolist():
        try:
            with archive.open(info) as part:
                head = part.read(4096)
                if info.filename.startswith(WORKSHEETS) and info.filename.endswith(".xml"):
                    areas[info.filename] = area = _Area()
                    _feed_rows(part, area, head)
                while part.read(1 << 20):
                    pass
        except ARCHIVE_ERRORS as exc:
            reden = f"onderdeel {info.filename} is beschadigd ({_short(exc)})"
            raise KeuzehulpError(problem("bestand-onleesbaar", bestand=path, reden=reden)) from None
        if info.filename.endswith((".xml", ".rels", ".vml")) and _DECLARATION.search(head):
            raise KeuzehulpError(problem("xml-onveilig", bestand=path, onderdeel=info.filename))
    return areas


def _parse(archive: zipfile.ZipFile, name: str, path: Path):
    try:
        return SafeET.fromstring(archive.read(name))
    except KeyError:
        return None
    except Exception as exc:  # defusedxml raises its own types for forbidden constructs
        raise KeuzehulpError(problem("bestand-onleesbaar", bestand=path, reden=_short(exc))) from None


def _local(name: str) -> str:
    """Return an XML tag or attribute name without its namespace: transitional and Strict files differ only there."""
    return name.rsplit("}", 1)[-1]


def _sheet_parts(archive: zipfile.ZipFile, path: Path) -> tuple[dict[str, str], dict[str, str]]:
    """Return sheet name -> zip part, and sheet name -> state (visible, hidden, veryHidden)."""
    workbook = _parse(archive, "xl/workbook.xml", path)
    if workbook is None:
        raise KeuzehulpError(problem("bestand-onleesbaar", bestand=path, reden="er is geen werkmap in het bestand"))
    rels = _parse(archive, "xl/_rels/workbook.xml.rels", path)
    targets = {}
    for rel in rels.iter() if rels is not None else ():
        if _local(rel.tag) == "Relationship":
            target = rel.get("Target", "")
            target = target.lstrip("/") if target.startswith("/") else posixpath.normpath(f"xl/{target}")
            targets[rel.get("Id")] = target
    parts, states = {}, {}
    for sheet in workbook.iter():
        if _local(sheet.tag) != "sheet":
            continue
        rel_id = next((v for k, v in sheet.attrib.items() if k.startswith("{") and _local(k) == "id"), None)
        parts[sheet.get("name")] = targets.get(rel_id, "")
        states[sheet.get("name")] = sheet.get("state", "visible")
    return parts, states


def _modified_date(archive: zipfile.ZipFile) -> dt.datetime | None:
    try:
        core = SafeET.fromstring(archive.read("docProps/core.xml"))
    except Exception:  # properties are optional and only informative
        return None
    for tag in ("{http://purl.org/dc/terms/}modified", "{http://purl.org/dc/terms/}created"):
        element = core.find(tag)
        if element is not None and element.text:
            try:
                return dt.datetime.fromisoformat(element.text.strip().replace("Z", "+00:00"))
            except ValueError:
                continue
    return None


@dataclass
class _Area:
    """The used area of a sheet: its last row and last column with a cell."""

    max_row: int = 0
    max_col: int = 0

    def feed(self, data: bytes) -> None:
        odd_spacing = b'\tr="' in data or b'\nr="' in data or b'\rr="' in data
        rows = (_ROW_REF_ANY_SPACE if odd_spacing else _ROW_REF).findall(data)
        if rows:
            self.max_row = max(self.max_row, max(map(int, rows)))
        for letters in set((_CELL_COLUMN_ANY_SPACE if odd_spacing else _CELL_COLUMN).findall(data)):
            self.max_col = max(self.max_col, column_index(letters))


@dataclass
class _Scan:
    """What only the XML of a sheet tells: hidden rows and columns, merged ranges and unread cells."""

    hidden: set[int] = field(default_factory=set)
    merged: list[tuple[int, int, int, int]] = field(default_factory=list)
    hidden_columns: list[tuple[int, int]] = field(default_factory=list)
    unread: dict[tuple[int, int], UnreadCell] = field(default_factory=dict)

    def feed(self, data: bytes) -> None:
        hidden = b"hidden" in data
        if hidden:
            for attrs in _ROW_TAG.findall(data):
                if _HIDDEN.search(attrs) and (number := _ROW_NUMBER.search(attrs)):
                    self.hidden.add(int(number.group(1)))
        if b"mergeCell" in data:
            for c1, r1, c2, r2 in _MERGE.findall(data):
                self.merged.append((int(r1), column_index(c1), int(r2), column_index(c2)))
        if hidden:
            for attrs in _COL_TAG.findall(data):
                if _HIDDEN.search(attrs) and (bounds := _COL_RANGE.search(attrs)):
                    low, high = (bounds.group(1), bounds.group(2)) if bounds.group(1) else bounds.group(4, 3)
                    self.hidden_columns.append((int(low), int(high)))
        if b't="e"' in data:
            for attrs, inner in _ERROR_CELL.findall(data):
                value = _VALUE.search(inner)
                self._unread(attrs, UnreadCell(value.group(1).decode(errors="replace") if value else "#N/A"))
        if b"<f" in data or b":f>" in data or b":f " in data:
            for attrs, formula, value in _FORMULA_CELL.findall(data):
                if not value and not _TYPE_STR.search(attrs) and b't="e"' not in attrs:
                    self._unread(attrs, UnreadCell(None, f"={html.unescape(formula.decode(errors='replace'))}"))

    def _unread(self, attrs: bytes, cell: UnreadCell) -> None:
        if ref := _CELL_REF.search(attrs):
            self.unread[(int(ref.group(2)), column_index(ref.group(1)))] = cell


_Found = TypeVar("_Found", _Area, _Scan)


def _feed_rows(stream: IO[bytes], scan: _Area | _Scan, start: bytes = b"") -> None:
    """Feed ``start`` and the rest of ``stream`` to ``scan`` a megabyte at a time, cut after whole rows."""
    tail = start
    while chunk := stream.read(1 << 20):
        data = tail + chunk
        # Cut after the last complete row, so no cell is split between two pieces.
        cut = max(data.rfind(b"</row>") + 6, data.rfind(b":row>") + 5)
        if cut < 6:
            cut = data.rfind(b"<")
        scan.feed(data[:cut] if cut > 0 else data)
        tail = data[cut:] if cut > 0 else b""
    scan.feed(tail)


def _scan_sheet_xml(path: Path, name: str, part: str | None, scan: _Found) -> _Found:
    """Return ``scan`` fed with the XML of one sheet, a piece at a time (whole rows).

    A sheet whose part cannot be found is refused: without the scan there is no bound on what calamine allocates.
    """
    try:
        with zipfile.ZipFile(path) as archive, archive.open(part or "") as stream:
            _feed_rows(stream, scan)
    except KeyError:
        reden = f"het blad {name} ontbreekt in het bestand"
        raise KeuzehulpError(problem("bestand-onleesbaar", bestand=path, reden=reden)) from None
    except ARCHIVE_ERRORS as exc:
        reden = f"het blad {name} is beschadigd ({_short(exc)})"
        raise KeuzehulpError(problem("bestand-onleesbaar", bestand=path, reden=reden)) from None
    return scan
