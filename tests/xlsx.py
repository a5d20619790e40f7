"""Helpers that write real .xlsx keuzematrices with openpyxl, the way a beheergroep would."""

from __future__ import annotations

import re
import zipfile
from collections.abc import Callable, Iterable, Sequence
from pathlib import Path

from openpyxl import Workbook

LIST_HEADER = [
    "Organisatie",
    "Aanbieder",
    "Naam instrument",
    "Samenvatting",
    "Doel",
    "Werkwijze",
    "Uitvoeringsvorm",
    "Tegels",
    "Klantkenmerken",
]


def valid_row(naam: str = "Re-integratie Plus", **overrides: object) -> dict[str, object]:
    """Return a complete, valid instrument in list form, keyed by header; ``overrides`` replace values."""
    row: dict[str, object] = {
        "Organisatie": "Gemeente Voorbeeld",
        "Aanbieder": "Stichting Opstap",
        "Naam instrument": naam,
        "Samenvatting": "Korte samenvatting.",
        "Doel": "Werk vinden.",
        "Werkwijze": "Wekelijkse gesprekken.",
        "Uitvoeringsvorm": "Coaching",
        "Tegels": "Werk fit",
        "Klantkenmerken": "Basisvaardigheden",
    }
    row.update({k.replace("_", " "): v for k, v in overrides.items()})
    return row


def write_xlsx(
    path: Path,
    rows: Sequence[Sequence[object]],
    sheet: str = "Instrumenten",
    merges: Iterable[str] = (),
    hidden_rows: Iterable[int] = (),
    extra_sheets: dict[str, Sequence[Sequence[object]]] | None = None,
) -> Path:
    """Write ``rows`` (row 1 first) to a real .xlsx at ``path`` and return it."""
    workbook = Workbook()
    worksheet = workbook.active
    worksheet.title = sheet
    _append_as_typed(worksheet, rows)
    for cell_range in merges:
        worksheet.merge_cells(cell_range)
    for number in hidden_rows:
        worksheet.row_dimensions[number].hidden = True
    for name, sheet_rows in (extra_sheets or {}).items():
        _append_as_typed(workbook.create_sheet(name), sheet_rows)
    workbook.save(path)
    return path


def _append_as_typed(worksheet, rows: Sequence[Sequence[object]]) -> None:
    # A person typing "=1+1" with a leading apostrophe gets text; openpyxl would store a formula without a value.
    for values in rows:
        worksheet.append(list(values))
        for cell in worksheet[worksheet.max_row]:
            if isinstance(cell.value, str) and cell.value.startswith("="):
                cell.data_type = "s"


def write_matrix(
    path: Path, instruments: Sequence[dict[str, object]], header: Sequence[str] | None = None, **kw
) -> Path:
    """Write instruments (dicts keyed by header) under one header row."""
    header = list(header or dict.fromkeys(k for i in instruments for k in i) or LIST_HEADER)
    return write_xlsx(path, [header, *[[i.get(h) for h in header] for i in instruments]], **kw)


def rewrite_part(source: Path, target: Path, part: str, change: Callable[[bytes], bytes]) -> Path:
    """Copy the .xlsx ``source`` to ``target`` with zip member ``part`` changed by ``change``."""
    with zipfile.ZipFile(source) as zin, zipfile.ZipFile(target, "w", zipfile.ZIP_DEFLATED) as zout:
        for info in zin.infolist():
            data = zin.read(info)
            zout.writestr(info, change(data) if info.filename == part else data)
    return target


def set_dimension(data: bytes, ref: str) -> bytes:
    return re.sub(rb'<dimension ref="[^"]+"\s*/>', f'<dimension ref="{ref}"/>'.encode(), data)


# One instrument as a person types it into the sjabloon of `keuzehulp init`, keyed by the sjabloon's headers.
SJABLOON_INSTRUMENT = {
    "Organisatie *": "Gemeente Voorbeeld",
    "Aanbieder *": "Stichting Opstap",
    "Naam instrument *": "Opstap",
    "Samenvatting *": "Kort.",
    "Doel *": "Werk vinden.",
    "Werkwijze *": "Gesprekken.",
    "Coaching": "x",
    "Werk fit": "x",
    "Basisvaardigheden": "x",
}


def filled_sjabloon(path: Path, extra: dict[str, object] | None = None, ervaring: Sequence[object] = ()) -> Path:
    """Write the sjabloon to ``path`` with one instrument in row 3 (``extra`` adds cells) and ``ervaring`` in row 2."""
    from openpyxl import load_workbook

    from keuzehulp.sjabloon import write_template

    write_template(path)
    book = load_workbook(path)
    sheet = book["Instrumenten"]
    headers = {c.value: c.column for c in sheet[2] if c.value}
    for header, value in {**SJABLOON_INSTRUMENT, **(extra or {})}.items():
        sheet.cell(row=3, column=headers[header], value=value)
    for col, value in enumerate(ervaring, start=1):
        book["Ervaringen"].cell(row=2, column=col, value=value)
    book.save(path)
    return path
