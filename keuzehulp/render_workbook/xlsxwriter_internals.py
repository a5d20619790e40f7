"""The one module that touches XlsxWriter's internals: a worksheet class that writes faster, with the same bytes.

XlsxWriter is pinned below 4 in pyproject.toml because of this module: it overrides the private methods
``Worksheet._prepare_formula``, ``_write_cell`` and ``add_table``'s constant_memory refusal, reads ``row_info``,
``col_info``, ``fh`` and ``previous_row``, and calls the undecorated writers ``_write_string``, ``_write_number``
and ``_write_formula``. A new major version may change any of these; the byte-identity of the workbook before and
after such a change is what to check (docs/werkmap.md, "Snelheid").
"""

from __future__ import annotations

import re

from xlsxwriter.format import Format
from xlsxwriter.utility import xl_rowcol_to_cell_fast
from xlsxwriter.worksheet import Worksheet

XML_UNSAFE = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")


# What XlsxWriter rewrites in an inline string beyond escaping &, < and >: control characters (as _xHHHH_), the
# non-characters U+FFFE and U+FFFF, literal "_xHHHH_" (escaped again), and a rich string "<r>...</r>".
_NEEDS_CARE = re.compile("[\x00-\x08\x0b-\x1f\ufffe\uffff]|_x[0-9a-fA-F]{4}_|^<r>")
_ERROR_CODES = frozenset(("#DIV/0!", "#N/A", "#NAME?", "#NULL!", "#NUM!", "#REF!", "#VALUE!"))


def _escaped(text: str) -> str:
    """Escape XML data as XlsxWriter's _escape_data does (double quotes and newlines stay as they are)."""
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


class StreamingWorksheet(Worksheet):
    """A worksheet that writes formulas as given, plain cells directly, and a table in constant_memory mode.

    The overrides exist for speed; docs/werkmap.md has the measurements.
    """

    # The undecorated writers, for the loops that run per cell: row and col are numbers, so XlsxWriter's
    # A1-notation check is not needed.
    write_string_fast = Worksheet._write_string
    write_number_fast = Worksheet._write_number

    def _prepare_formula(self, formula: str, expand_future_functions: bool = False) -> str:
        # XlsxWriter runs each formula through some thirty regular expressions that prefix functions newer
        # than Excel 2010. The workbook uses none (a test checks), and skipping them makes a formula cell
        # several times cheaper to write.
        return formula.removeprefix("{").removeprefix("=").removesuffix("}")

    def _write_cell(self, row: int, col: int, cell: tuple) -> None:
        # XlsxWriter writes each cell through several regular expressions and per-attribute escaping. Plain
        # strings, numbers and formulas are written here directly, with the same bytes; anything that needs
        # XlsxWriter's care (control characters, "_xHHHH_", rich strings, other cell types) is left to it.
        kind = type(cell).__name__
        if kind == "String":
            text = cell.string
            if not self.constant_memory or _NEEDS_CARE.search(text):
                super()._write_cell(row, col, cell)
                return
            space = ' xml:space="preserve"' if text[:1].isspace() or text[-1:].isspace() else ""
            self.fh.write(
                f'<c r="{xl_rowcol_to_cell_fast(row, col)}"{self._style_of(row, col, cell.format)} t="inlineStr">'
                f"<is><t{space}>{_escaped(text)}</t></is></c>"
            )
        elif kind == "Number" and type(cell.number) in (int, float):
            self.fh.write(
                f'<c r="{xl_rowcol_to_cell_fast(row, col)}"{self._style_of(row, col, cell.format)}>'
                f"<v>{cell.number:.16G}</v></c>"
            )
        elif kind == "Formula" and type(cell.value) in (str, int, float):
            value, value_type = cell.value, ""
            if type(value) is str:
                value_type = "" if value == "" else ' t="e"' if value in _ERROR_CODES else ' t="str"'
                value = _escaped(value)
            self.fh.write(
                f'<c r="{xl_rowcol_to_cell_fast(row, col)}"{self._style_of(row, col, cell.format)}{value_type}>'
                f"<f>{_escaped(cell.formula)}</f><v>{value}</v></c>"
            )
        else:
            super()._write_cell(row, col, cell)

    def _style_of(self, row: int, col: int, cell_format: Format | None) -> str:
        """Return the s attribute of a cell as XlsxWriter's _write_cell chooses it: cell, row, then column format."""
        if cell_format:
            return f' s="{cell_format._get_xf_index()}"'
        info = self.row_info.get(row)
        if info is not None and info.row_format:
            return f' s="{info.row_format._get_xf_index()}"'
        column = self.col_info.get(col)
        if column is not None and column.column_format is not None:
            return f' s="{column.column_format._get_xf_index()}"'
        return ""

    def add_table(self, first_row: int, first_col: int, last_row: int, last_col: int, options: dict) -> int:
        """Add a table, also in constant_memory mode (which XlsxWriter refuses).

        XlsxWriter's add_table writes the header cells through the shared-string table, which constant_memory
        mode does not read. Called before any row below the header is written, the table is added as in normal
        mode and the header cells are then written again as constant_memory strings.
        """
        streaming = self.constant_memory
        if streaming and first_row < self.previous_row:
            raise ValueError("add the table before writing the rows below its header")
        self.constant_memory = False
        try:
            result = super().add_table(first_row, first_col, last_row, last_col, options)
        finally:
            self.constant_memory = streaming
        for col, column in enumerate(options["columns"], start=first_col):
            self.write_string(first_row, col, column["header"], column.get("header_format"))
        return result


def write_cached_formula(
    sheet: StreamingWorksheet, row: int, col: int, formula: str, value: object, style: Format | None = None
) -> None:
    """Write ``formula`` with ``value`` as its cached result (control characters removed, as XML requires)."""
    if isinstance(value, str) and not value.isprintable():
        value = XML_UNSAFE.sub("", value)
    sheet._write_formula(row, col, formula, style, value)  # the undecorated writer: row and col are numbers
