"""Writing .xlsx files for the beheergroep safely: text stays text, files appear whole, and nothing is overwritten
unless asked.

Used by ``init`` (template and migration) and ``check --annotate``.
"""

from __future__ import annotations

import contextlib
import io
import os
import tempfile
import zipfile
from pathlib import Path

from openpyxl.cell.cell import ILLEGAL_CHARACTERS_RE, Cell
from openpyxl.workbook import Workbook
from openpyxl.writer.excel import ExcelWriter

from .problems import KeuzehulpError, problem

ZIP_TIME = (1980, 1, 1, 0, 0, 0)
# Per font size in points: characters of text that fit in one unit of column width, and the height of a line.
# Not every spreadsheet program sizes rows with wrapped text when it opens a file, so keuzehulp sets heights itself.
CHARS_PER_WIDTH = {10: 1.15, 11: 1.0}
LINE_HEIGHT = {10: 13.0, 11: 15.0}
MAX_ROW_HEIGHT = 409.0  # Excel's maximum, in points


def put(cell: Cell, value: object) -> Cell:
    """Write ``value`` into ``cell``; a string is always stored as text, never as a formula."""
    if isinstance(value, str):
        # Control characters cannot be stored in the file format at all; they carry no meaning in a cell.
        value = ILLEGAL_CHARACTERS_RE.sub("", value)
    cell.value = value
    if isinstance(value, str) and value:
        cell.data_type = "s"
    return cell


def chars_per_line(width: float, font_size: int = 11) -> int:
    """Return how many characters of ``font_size`` text fit on one line of a column ``width`` wide."""
    return max(1, int(width * CHARS_PER_WIDTH[font_size]))


def text_lines(value: object, width: float, font_size: int = 11) -> int:
    """Return about how many lines ``value`` takes, wrapped in a column ``width`` wide, in ``font_size`` text."""
    if not isinstance(value, str):
        return 1
    per_line = chars_per_line(width, font_size)
    return sum(-(-len(part) // per_line) or 1 for part in value.split("\n"))


def row_height(lines: int, font_size: int = 11) -> float:
    """Return the height in points of a row that shows ``lines`` lines of ``font_size`` text."""
    return min(MAX_ROW_HEIGHT, LINE_HEIGHT[font_size] * lines + 2)


def same_file(a: Path, b: Path) -> bool:
    """Return True when ``a`` and ``b`` name the same file (also through links or another spelling)."""
    try:
        return a.exists() and b.exists() and os.path.samefile(a, b)
    except OSError:
        return False


def ensure_new(pad: Path, force: bool, invoer: Path | None = None) -> None:
    """Raise KeuzehulpError when ``pad`` may not be written: it is the input, or exists without ``force``."""
    pad = Path(pad)
    if invoer is not None and (same_file(pad, Path(invoer)) or pad.absolute() == Path(invoer).absolute()):
        raise KeuzehulpError(problem("uitvoer-is-invoer", bestand=pad))
    if pad.is_dir():
        raise KeuzehulpError(problem("uitvoer-mislukt", reden=f"{pad} is een map, geen bestand"))
    if pad.exists() and not force:
        raise KeuzehulpError(problem("bestand-bestaat", bestand=pad))


def workbook_bytes(workbook: Workbook) -> bytes:
    """Return the .xlsx bytes of ``workbook``: the same workbook always gives the same bytes.

    openpyxl's ``Workbook.save`` stamps the modified date with the clock and the zip entries carry the time of
    writing; here the document properties are left as set, and the entries get one fixed time.
    """
    raw = io.BytesIO()
    with zipfile.ZipFile(raw, "w", zipfile.ZIP_DEFLATED) as archive:
        ExcelWriter(workbook, archive).save()
    fixed = io.BytesIO()
    with zipfile.ZipFile(raw) as source, zipfile.ZipFile(fixed, "w", zipfile.ZIP_DEFLATED) as target:
        for info in source.infolist():
            entry = zipfile.ZipInfo(info.filename, date_time=ZIP_TIME)
            entry.compress_type = zipfile.ZIP_DEFLATED
            entry.external_attr = 0o644 << 16
            target.writestr(entry, source.read(info))
    return fixed.getvalue()


def save(workbook: Workbook, pad: Path, force: bool = False, invoer: Path | None = None) -> Path:
    """Write ``workbook`` to ``pad`` in one step; refuse to replace an existing file unless ``force``."""
    pad = Path(pad)
    ensure_new(pad, force, invoer)
    data = workbook_bytes(workbook)
    try:
        pad.parent.mkdir(parents=True, exist_ok=True)
        handle, temporary = tempfile.mkstemp(prefix=f".{pad.name}.", suffix=".tmp", dir=pad.parent)
        with os.fdopen(handle, "wb") as stream:
            stream.write(data)
        os.chmod(temporary, 0o644)
        _move_into_place(Path(temporary), pad, force)
    except KeuzehulpError:
        raise
    except OSError as exc:
        raise KeuzehulpError(problem("uitvoer-mislukt", reden=f"{pad}: {exc.strerror or exc}")) from None
    return pad


def _move_into_place(temporary: Path, pad: Path, force: bool) -> None:
    try:
        if force:
            os.replace(temporary, pad)
            return
        try:
            # link() fails when the name exists, so a file that appeared meanwhile is not overwritten either.
            os.link(temporary, pad)
        except FileExistsError:
            raise KeuzehulpError(problem("bestand-bestaat", bestand=pad)) from None
        except OSError:
            if pad.exists():
                raise KeuzehulpError(problem("bestand-bestaat", bestand=pad)) from None
            os.replace(temporary, pad)
    finally:
        with contextlib.suppress(FileNotFoundError):
            temporary.unlink()
