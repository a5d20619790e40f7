"""Open a workbook in real LibreOffice (headless) by converting it to PDF, and read the PDF back."""

from __future__ import annotations

import shutil
import subprocess
import uuid
from pathlib import Path

from pypdf import PdfReader

from tests.conftest import require_tool


def pdf_of(workbook: Path, folder: Path) -> PdfReader:
    """Return the PDF LibreOffice makes of ``workbook``; fail when it made none or one without pages.

    soffice exits 0 even when it could not load the file, so the PDF itself is the evidence. Each call uses a
    fresh profile, so parallel or earlier runs cannot interfere.
    """
    reader = PdfReader(converted(workbook, folder, "pdf"))
    assert len(reader.pages) > 0
    return reader


def pdf_text(reader: PdfReader) -> str:
    """Return the text of all pages."""
    return "\n".join(page.extract_text() or "" for page in reader.pages)


def converted(source: Path, folder: Path, to: str = "xlsx") -> Path:
    """Return ``source`` saved by real LibreOffice as ``to`` (it calculates formulas and stores their results)."""
    soffice = require_tool("soffice", "libreoffice")
    folder.mkdir(parents=True, exist_ok=True)
    profile = Path("/tmp") / f"lo-keuzehulp-{uuid.uuid4().hex}"
    command = [soffice, f"-env:UserInstallation=file://{profile}", "--headless", "--convert-to", to]
    try:
        subprocess.run([*command, "--outdir", str(folder), str(source)], check=False, capture_output=True, timeout=300)
    finally:
        shutil.rmtree(profile, ignore_errors=True)
    result = folder / f"{source.stem}.{to}"
    assert result.is_file(), f"LibreOffice made no {to} of {source.name}"
    return result
