"""Helpers the tests share: the keuzehulp command in its own process, and one way to run real LibreOffice."""

from __future__ import annotations

import shutil
import subprocess
import sys
import uuid
from pathlib import Path

from pypdf import PdfReader

from tests.conftest import require_tool

KEUZEHULP = (sys.executable, "-m", "keuzehulp")
BUILD = (*KEUZEHULP, "build")

# LibreOffice recalculates an .xlsx on load only when told to; written into the fresh profile when asked for.
RECALCULATE_ALWAYS = """<?xml version="1.0" encoding="UTF-8"?>
<oor:items xmlns:oor="http://openoffice.org/2001/registry" xmlns:xs="http://www.w3.org/2001/XMLSchema"
 xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">
<item oor:path="/org.openoffice.Office.Calc/Formula/Load"><prop oor:name="OOXMLRecalcMode" oor:op="fuse">
<value>0</value></prop></item>
</oor:items>
"""


def keuzehulp_command(*args: object) -> subprocess.CompletedProcess:
    """Run the keuzehulp command as a user does, in a separate process, and return what it did."""
    return subprocess.run([*KEUZEHULP, *map(str, args)], capture_output=True, text=True, check=False, timeout=300)


def soffice_convert(files: list[Path], target: str, folder: Path, recalculate: bool = False) -> list[Path]:
    """Convert ``files`` to ``target`` (pdf, xlsx, ...) with headless LibreOffice in one run; return the outputs.

    Each run uses a fresh profile, so parallel or earlier runs cannot interfere; with ``recalculate`` the profile
    makes LibreOffice recalculate every formula on load. soffice exits 0 even when it could not load a file, so
    the outputs themselves are the evidence: the call fails when one is missing.
    """
    soffice = require_tool("soffice", "libreoffice")
    profile = Path("/tmp") / f"lo-keuzehulp-{uuid.uuid4().hex}"
    (profile / "user").mkdir(parents=True)
    if recalculate:
        (profile / "user" / "registrymodifications.xcu").write_text(RECALCULATE_ALWAYS, encoding="utf-8")
    folder.mkdir(parents=True, exist_ok=True)
    command = [soffice, f"-env:UserInstallation=file://{profile}", "--headless", "--convert-to", target]
    try:
        done = subprocess.run(
            [*command, "--outdir", str(folder), *map(str, files)], capture_output=True, text=True, timeout=600
        )
    finally:
        shutil.rmtree(profile, ignore_errors=True)
    outputs = [folder / f"{file.stem}.{target}" for file in files]
    missing = [p.name for p in outputs if not p.is_file()]
    assert not missing, f"LibreOffice made no {missing}: {done.stdout} {done.stderr}"
    return outputs


def pdf_of(workbook: Path, folder: Path) -> PdfReader:
    """Return the PDF LibreOffice makes of ``workbook``; fail when it made none or one without pages."""
    (pdf,) = soffice_convert([workbook], "pdf", folder)
    reader = PdfReader(pdf)
    assert len(reader.pages) > 0
    return reader


def pdf_text(reader: PdfReader) -> str:
    """Return the text of all pages."""
    return "\n".join(page.extract_text() or "" for page in reader.pages)
