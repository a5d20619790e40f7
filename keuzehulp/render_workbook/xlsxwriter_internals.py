"""The one module that touches XlsxWriter's internals: a worksheet class that writes faster, with the same bytes.

XlsxWriter is pinned below 4 in pyproject.toml because of this module. It overrides the private methods
``Worksheet._prepare_formula``, ``_write_single_row``, ``_write_optimized_sheet_data`` (a byte copy),
``add_table``'s constant_memory refusal and ``Workbook._store_workbook`` (for the compression level), and adds
``write_cells`` (a whole row at once). It reads ``table``, ``row_info``, ``col_info``, ``tables``, ``fh``,
``previous_row`` and the row data file, and calls the undecorated writers ``_write_string``, ``_write_number``,
``_write_formula``, ``_write_row``, ``_write_cell`` and ``_check_dimensions`` and the helpers ``_utf16_len`` and
``_utf16_truncate``. A new major version may change any of these: tests/test_render_workbook_internals.py compares
what this class writes with what XlsxWriter itself writes, and the sheets must stay byte-identical
(docs/werkmap.md, "Snelheid")."""

from __future__ import annotations

import functools
import math
import os
import re
import shutil
import zipfile
import zlib
from collections.abc import Iterable
from concurrent.futures import Future, ThreadPoolExecutor
from typing import Any, BinaryIO, NamedTuple

import xlsxwriter
from xlsxwriter import workbook as xlsxwriter_workbook
from xlsxwriter.format import Format
from xlsxwriter.utility import _utf16_len, _utf16_truncate, xl_col_to_name, xl_range
from xlsxwriter.worksheet import CellFormulaTuple, CellNumberTuple, CellStringTuple, Worksheet

XML_UNSAFE = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")


# What XlsxWriter rewrites in an inline string beyond escaping &, < and >: control characters (as _xHHHH_), the
# non-characters U+FFFE and U+FFFF, literal "_xHHHH_" (escaped again), and a rich string "<r>...</r>".
_NEEDS_CARE = re.compile("[\x00-\x08\x0b-\x1f\ufffe\uffff]|_x[0-9a-fA-F]{4}_|^<r>")
# zlib level 1 instead of XlsxWriter's default 6: the workbook of 10,000 instruments is written 0.23 s faster and is
# 40 % larger (docs/performance.md).
COMPRESS_LEVEL = 1
DEFLATE_THREADS = 2
MAX_STRING = 32767  # the most UTF-16 units a cell holds
SHORT = 40  # characters: a text this short is written from a cache of the XML of its (format, text) ...
SHORT_CACHE = 4096  # ... of at most this many entries
_ERROR_CODES = frozenset(("#DIV/0!", "#N/A", "#NAME?", "#NULL!", "#NUM!", "#REF!", "#VALUE!"))


class CachedFormula(NamedTuple):
    """A formula with the value a spreadsheet program shows before it recalculates (see write_cached_formula)."""

    formula: str
    value: object


class Link(NamedTuple):
    """A hyperlink cell: the text shown and the address it opens (see Worksheet.write_url)."""

    url: str
    text: str


CellValue = str | int | float | CachedFormula | Link
RowCell = tuple[int, CellValue, Format | None]  # column, value, format


def _escaped(text: str) -> str:
    """Escape XML data as XlsxWriter's _escape_data does (double quotes and newlines stay as they are)."""
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


class StreamingWorksheet(Worksheet):
    """A worksheet that writes formulas as given, whole rows at once, and a table in constant_memory mode.

    The overrides exist for speed; docs/werkmap.md has the measurements.
    """

    # Attributes of XlsxWriter's Worksheet (untyped) that the overrides read.
    previous_row: int
    constant_memory: bool
    ignore_write_string: bool
    default_url_format: Format
    dim_rowmin: int | None
    row_data_fh: Any
    row_data_fh_closed: bool
    row_data_filename: str

    def __init__(self) -> None:
        super().__init__()
        self._style_attributes: dict[Format, str] = {}
        self._written_row = -1  # the row write_cells wrote; XlsxWriter still sees it as the buffered row
        self._short_strings: dict[tuple[str, str], str | None] = {}  # (style, text) -> the cell's XML after its ref

    def write_cells(self, row: int, cells: Iterable[RowCell]) -> None:
        """Write row ``row`` at once: ``cells`` as (column, value, format) in column order, with the bytes that
        write_string, write_number and write_cached_formula would give (constant_memory mode).

        Cells already buffered in the row (a hyperlink written just before) are written with them. Nothing may be
        written to the row afterwards. Kept flat: it runs for every cell of the large sheets.
        """
        if row > self.previous_row:
            self._write_single_row(row)
        elif row < self.previous_row or row == self._written_row:
            raise ValueError(f"row {row + 1} has already been written")
        buffered = self.table.get(row)
        if buffered:
            merged = {col: self._as_cell(value, cell_format) for col, value, cell_format in cells}
            merged.update(buffered)
            pending: Iterable[tuple[int, Any, Format | None]] = ((c, merged[c], None) for c in sorted(merged))
        else:
            pending = cells
        info = self.row_info.get(row)
        row_format = info.row_format if info is not None else None
        number = str(row + 1)
        parts: list[str] = []
        first = last = -1
        short, styles = self._short_strings, self._style_attributes
        for col, value, cell_format in pending:
            if col <= last:
                raise ValueError(f"cells of row {number} are not in column order")
            if first < 0:
                first = col
                self._write_row(row, None, info)
            last = col
            ref = f"{_column_letters(col)}{number}"
            kind = type(value)
            if kind is Link:
                if not self._hyperlink(row, col, value, cell_format):
                    continue  # a link XlsxWriter refuses gets no cell either
                value, kind, cell_format = value.text, str, cell_format or self.default_url_format
            if kind is str:
                style = styles.get(cell_format) if cell_format is not None else None
                if style is None:
                    style = self._style_of(col, cell_format, row_format)
                if len(value) <= SHORT:  # marks and labels: the same few texts in many cells
                    tail = short.get((style, value))
                    if tail is None:
                        tail = _string_tail(style, value)
                        if len(short) < SHORT_CACHE:
                            short[style, value] = tail
                    xml = None if tail is None else f'<c r="{ref}"{tail}'
                else:
                    if len(value) > MAX_STRING // 2 and _utf16_len(value) > MAX_STRING:
                        value = _utf16_truncate(value, MAX_STRING)  # as XlsxWriter's write_string does
                    tail = _string_tail(style, value)
                    xml = None if tail is None else f'<c r="{ref}"{tail}'
            elif kind is int or kind is float:
                xml = _number_xml(ref, self._style_of(col, cell_format, row_format), value)
            elif kind is CachedFormula:
                formula, cached = value
                if formula.startswith("{"):
                    raise ValueError("write_cells writes no array formulas")
                formula = self._prepare_formula(formula)
                if isinstance(cached, str) and not cached.isprintable():
                    cached = XML_UNSAFE.sub("", cached)
                xml = _formula_xml(ref, self._style_of(col, cell_format, row_format), formula, cached)
            elif buffered:  # merged with the buffered cells: XlsxWriter's own tuples, the format inside
                xml = self._cell_xml(ref, self._style_of(col, value.format, row_format), value)
            else:
                raise TypeError(f"write_cells cannot write a {kind.__name__} (cell {ref})")
            if xml is None:
                self.fh.write("".join(parts))
                parts.clear()
                super()._write_cell(row, col, self._as_cell(value, cell_format))
            else:
                parts.append(xml)
        if first < 0:
            return
        if self._check_dimensions(row, first) or self._check_dimensions(row, last):
            raise ValueError(f"row {number} lies outside the sheet")
        parts.append("</row>")
        self.fh.write("".join(parts))
        self.table.clear()
        self._written_row = row

    def _write_optimized_sheet_data(self) -> None:
        # XlsxWriter copies the rows back from their file through text (decoded and encoded again) 64 KB at a
        # time; the bytes are the same copied as they are.
        target = getattr(self.fh, "buffer", None)
        if self.dim_rowmin is None or target is None:
            super()._write_optimized_sheet_data()
            return
        self._xml_start_tag("sheetData")
        self.row_data_fh.close()
        self.row_data_fh_closed = True
        self.fh.flush()
        with open(self.row_data_filename, "rb") as rows:
            shutil.copyfileobj(rows, target, 1 << 20)
        os.unlink(self.row_data_filename)
        self._xml_end_tag("sheetData")

    def _hyperlink(self, row: int, col: int, link: Link, cell_format: Format | None) -> bool:
        """Add the hyperlink of ``link`` as write_url does, without its text cell; return False when refused."""
        ignoring = self.ignore_write_string
        self.ignore_write_string = True
        try:
            return self._write_url(row, col, link.url, cell_format, link.text) == 0
        finally:
            self.ignore_write_string = ignoring

    def _as_cell(self, value: Any, cell_format: Format | None) -> Any:
        """Return ``value`` as the tuple XlsxWriter buffers for it."""
        kind = type(value)
        if kind is str:
            return CellStringTuple(value, cell_format)
        if kind is int or kind is float:
            return CellNumberTuple(value, cell_format)
        if kind is CachedFormula:
            return CellFormulaTuple(self._prepare_formula(value.formula), cell_format, value.value)
        return value

    def _write_formula(
        self, row: int, col: int, formula: str, cell_format: Format | None = None, value: object = 0
    ) -> int:
        # XlsxWriter first searches each formula for dynamic array functions, with a regular expression. The
        # workbook uses none (a test checks), so a plain formula is stored here directly, as XlsxWriter stores it.
        if not formula or formula.startswith("{"):
            return super()._write_formula(row, col, formula, cell_format, value)
        if self._check_dimensions(row, col):
            return -1
        if self.constant_memory and row > self.previous_row:
            self._write_single_row(row)
        self.table[row][col] = CellFormulaTuple(self._prepare_formula(formula), cell_format, value)
        return 0

    def _prepare_formula(self, formula: str, expand_future_functions: bool = False) -> str:
        # XlsxWriter runs each formula through some thirty regular expressions that prefix functions newer
        # than Excel 2010. The workbook uses none (a test checks), and skipping them makes a formula cell
        # several times cheaper to write.
        return formula.removeprefix("{").removeprefix("=").removesuffix("}")

    def _write_single_row(self, current_row_num: int = 0) -> None:
        # XlsxWriter writes the buffered row (constant_memory mode) cell by cell, each cell through several
        # regular expressions and with one file write per attribute. Here the plain strings, numbers and
        # formulas of a row become one string with the same bytes (the same format choice: cell, row, then
        # column), written at once; a cell that needs XlsxWriter's care (control characters, "_xHHHH_", rich
        # strings, other cell types) and rows without cells are still left to XlsxWriter.
        row = self.previous_row
        cells = self.table.get(row)
        if row == self._written_row:  # write_cells wrote it already
            if cells:
                raise ValueError(f"row {row + 1} was written with write_cells; a cell came after it")
            self.previous_row = current_row_num
            return
        if not cells:
            super()._write_single_row(current_row_num)
            return
        self.previous_row = current_row_num
        info = self.row_info.get(row)
        self._write_row(row, None, info)
        row_format = info.row_format if info is not None else None
        number = str(row + 1)
        parts: list[str] = []
        for col in sorted(cells):
            cell = cells[col]
            xml = self._cell_xml(f"{_column_letters(col)}{number}", self._style_of(col, cell.format, row_format), cell)
            if xml is None:
                self.fh.write("".join(parts))
                parts.clear()
                super()._write_cell(row, col, cell)
            else:
                parts.append(xml)
        parts.append("</row>")
        self.fh.write("".join(parts))
        self.table.clear()

    @staticmethod
    def _cell_xml(ref: str, style: str, cell: Any) -> str | None:
        """Return the XML of a plain string, number or formula cell as XlsxWriter writes it, else None."""
        kind = type(cell).__name__
        if kind == "String":
            return _string_xml(ref, style, cell.string)
        if kind == "Number":
            return _number_xml(ref, style, cell.number)
        if kind == "Formula":
            return _formula_xml(ref, style, cell.formula, cell.value)
        return None

    def _style_of(self, col: int, cell_format: Format | None, row_format: Format | None) -> str:
        """Return the s attribute of a cell as XlsxWriter's _write_cell chooses it: cell, row, then column format."""
        chosen = cell_format or row_format
        if chosen is None:
            column = self.col_info.get(col)
            chosen = column.column_format if column is not None else None
            if chosen is None:
                return ""
        style = self._style_attributes.get(chosen)
        if style is None:  # a format's index, once given, does not change
            style = self._style_attributes[chosen] = f' s="{chosen._get_xf_index()}"'
        return style

    def add_table(self, first_row: int, first_col: int, last_row: int, last_col: int, options: dict) -> int:
        """Add a table, also in constant_memory mode (which XlsxWriter refuses), without an object per cell.

        XlsxWriter's add_table writes the header cells through the shared-string table, which constant_memory
        mode does not read, and notes every cell of the range in ``table_cells`` to refuse overlapping merges
        and tables later (2.6 million entries at 50,000 instruments, freed only by the garbage collector).
        Here, called before any row below the header is written, the table is added as in normal mode over its
        header and first data row, its ranges are then widened to ``last_row``, and the header cells are written
        again as constant_memory strings. Only a header, names and a style are supported: no data, formulas or
        total row, whose cells XlsxWriter would write over the narrow range.
        """
        streaming = self.constant_memory
        if streaming and first_row < self.previous_row:
            raise ValueError("add the table before writing the rows below its header")
        if set(options) - {"name", "style", "columns"} or any(
            set(c) - {"header", "header_format"} for c in options["columns"]
        ):
            raise ValueError("only a table with a header, a name and a style is supported")
        self.constant_memory = False
        try:
            result = super().add_table(first_row, first_col, min(last_row, first_row + 1), last_col, options)
        finally:
            self.constant_memory = streaming
        if result == 0:
            table = self.tables[-1]
            table["range"] = table["a_range"] = table["autofilter"] = xl_range(first_row, first_col, last_row, last_col)
        for col, column in enumerate(options["columns"], start=first_col):
            self.write_string(first_row, col, column["header"], column.get("header_format"))
        return result


def _string_xml(ref: str, style: str, text: str) -> str | None:
    """Return the XML XlsxWriter writes for an inline string, or None when the text needs XlsxWriter's care."""
    if len(text) > MAX_STRING // 2:  # XlsxWriter truncates beyond MAX_STRING UTF-16 units
        return None
    tail = _string_tail(style, text)
    return None if tail is None else f'<c r="{ref}"{tail}'


def _string_tail(style: str, text: str) -> str | None:
    """Return the XML of an inline string cell after its reference, or None when the text needs XlsxWriter's care."""
    # isprintable() and "in" are cheaper than the search, and one of them holds whenever the search matches.
    if (not text.isprintable() or "_x" in text or text.startswith("<r>")) and _NEEDS_CARE.search(text):
        return None
    space = ' xml:space="preserve"' if text[:1].isspace() or text[-1:].isspace() else ""
    return f'{style} t="inlineStr"><is><t{space}>{_escaped(text)}</t></is></c>'


def _number_xml(ref: str, style: str, number: object) -> str | None:
    """Return the XML XlsxWriter writes for a finite number, else None."""
    if type(number) not in (int, float) or not math.isfinite(number):  # type: ignore[arg-type]
        return None
    return f'<c r="{ref}"{style}><v>{number:.16G}</v></c>'


def _formula_xml(ref: str, style: str, formula: str, value: object) -> str | None:
    """Return the XML XlsxWriter writes for a formula with a string, number or truth value, else None."""
    if type(value) not in (str, int, float, bool):
        return None
    value_type = ""
    if type(value) is bool:
        value_type, value = ' t="b"', int(value)
    elif type(value) is str:
        value_type = "" if value == "" else ' t="e"' if value in _ERROR_CODES else ' t="str"'
        value = _escaped(value)
    return f'<c r="{ref}"{style}{value_type}><f>{_escaped(formula)}</f><v>{value}</v></c>'


class StreamingWorkbook(xlsxwriter.Workbook):
    """A workbook that compresses its parts at ``COMPRESS_LEVEL``, two at a time."""

    def _store_workbook(self) -> None:
        # XlsxWriter opens its zip file with the module's ZipFile and no level; it is swapped for the time of the
        # one call that writes the file.
        original = xlsxwriter_workbook.ZipFile
        xlsxwriter_workbook.ZipFile = functools.partial(ThreadedZipFile, compresslevel=COMPRESS_LEVEL)
        try:
            super()._store_workbook()
        finally:
            xlsxwriter_workbook.ZipFile = original


class ThreadedZipFile(zipfile.ZipFile):
    """A zip file for writing whose ``write`` deflates each file in a thread (zlib lets go of the GIL) and whose
    ``close`` puts them in, in order: the bytes of ZipFile.write at the same level, in less time on two cores.

    Only ``write`` of regular files and ``close`` are supported (what XlsxWriter's packaging calls).
    """

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self._pool = ThreadPoolExecutor(max_workers=DEFLATE_THREADS)
        self._pending: list[tuple[zipfile.ZipInfo, Future[tuple[bytes, int, int]]]] = []

    def write(self, filename: Any, arcname: Any = None, compress_type: Any = None, compresslevel: Any = None) -> None:
        if compress_type not in (None, zipfile.ZIP_DEFLATED) or self.compression != zipfile.ZIP_DEFLATED:
            raise ValueError("ThreadedZipFile only deflates")
        private: Any = self  # ZipFile's own attributes that ZipFile.write reads, untyped
        zinfo = zipfile.ZipInfo.from_file(filename, arcname, strict_timestamps=private._strict_timestamps)
        source = open(filename, "rb")  # noqa: SIM115 - closed by the thread; the caller may remove the file now
        level = private.compresslevel if compresslevel is None else compresslevel
        self._pending.append((zinfo, self._pool.submit(_deflated, source, level)))

    def close(self) -> None:
        try:
            for zinfo, deflating in self._pending:
                self._put(zinfo, *deflating.result())
        finally:
            self._pool.shutdown(cancel_futures=True)
            self._pending.clear()
            super().close()

    def _put(self, zinfo: zipfile.ZipInfo, data: bytes, crc: int, size: int) -> None:
        # What ZipFile.write does through _open_to_write and _ZipWriteFile.close, with the data deflated already.
        zinfo.compress_type = zipfile.ZIP_DEFLATED
        zinfo.flag_bits = 0x00
        if not zinfo.external_attr:
            zinfo.external_attr = 0o600 << 16
        private: Any = self  # ZipFile's own attributes and methods that ZipFile.write uses, untyped
        zip64 = zinfo.file_size * 1.05 > zipfile.ZIP64_LIMIT
        if zip64 and not private._allowZip64:
            raise zipfile.LargeZipFile("Filesize would require ZIP64 extensions")
        private.fp.seek(private.start_dir)
        zinfo.header_offset = private.fp.tell()
        private._writecheck(zinfo)
        private._didModify = True
        zinfo.CRC, zinfo.compress_size, zinfo.file_size = crc, len(data), size
        private.fp.write(zinfo.FileHeader(zip64))
        private.fp.write(data)
        private.start_dir = private.fp.tell()
        self.filelist.append(zinfo)
        self.NameToInfo[zinfo.filename] = zinfo


def _deflated(source: BinaryIO, level: int) -> tuple[bytes, int, int]:
    """Return the raw deflate stream of ``source`` (which it closes), its CRC-32 and its size."""
    compressor = zlib.compressobj(level, zlib.DEFLATED, -15)
    parts, crc, size = [], 0, 0
    with source:
        while chunk := source.read(1 << 20):
            crc, size = zlib.crc32(chunk, crc), size + len(chunk)
            parts.append(compressor.compress(chunk))
    parts.append(compressor.flush())
    return b"".join(parts), crc, size


@functools.cache
def _column_letters(col: int) -> str:
    return xl_col_to_name(col)


def write_cached_formula(
    sheet: StreamingWorksheet, row: int, col: int, formula: str, value: object, style: Format | None = None
) -> None:
    """Write ``formula`` with ``value`` as its cached result (control characters removed, as XML requires)."""
    if isinstance(value, str) and not value.isprintable():
        value = XML_UNSAFE.sub("", value)
    sheet._write_formula(row, col, formula, style, value)  # the undecorated writer: row and col are numbers
