"""Same input, same bytes: every generated file, the xlsx zip timestamps and document properties included."""

from __future__ import annotations

import os
import subprocess
import time
import zipfile

from tests.helpers import BUILD


def build_files(source, out, **env):
    subprocess.run([*BUILD, str(source), "-o", str(out)], check=True, capture_output=True, env={**os.environ, **env})
    return {str(p.relative_to(out)): p.read_bytes() for p in sorted(out.rglob("*")) if p.is_file()}


def test_two_builds_are_byte_identical(tmp_path, example_path, monkeypatch):
    monkeypatch.delenv("SOURCE_DATE_EPOCH", raising=False)
    first = build_files(example_path, tmp_path / "een")
    time.sleep(1.1)  # a timestamp from the clock would now differ
    second = build_files(example_path, tmp_path / "twee")
    assert sorted(first) == sorted(second)
    assert {"instrumenten.json", "keuzehulp.xlsx", "keuzehulp/index.html"} <= set(first)
    assert [name for name in first if first[name] != second[name]] == []


def zip_times(path):
    with zipfile.ZipFile(path) as archive:
        return {info.date_time for info in archive.infolist()}


def test_xlsx_dates_come_from_the_keuzematrix_or_source_date_epoch(tmp_path, example_path, monkeypatch):
    monkeypatch.delenv("SOURCE_DATE_EPOCH", raising=False)
    build_files(example_path, tmp_path / "datum")
    with zipfile.ZipFile(tmp_path / "datum" / "keuzehulp.xlsx") as archive:
        assert b"2026-10-01T00:00:00Z" in archive.read("docProps/core.xml")
    epoch = build_files(example_path, tmp_path / "epoch", SOURCE_DATE_EPOCH="1700000000")
    again = build_files(example_path, tmp_path / "epoch2", SOURCE_DATE_EPOCH="1700000000")
    assert epoch == again
    with zipfile.ZipFile(tmp_path / "epoch" / "keuzehulp.xlsx") as archive:
        assert b"2023-11-14T22:13:20Z" in archive.read("docProps/core.xml")
    # The zip entries carry XlsxWriter's one fixed time (Excel's own convention), whatever the clock says.
    assert len(zip_times(tmp_path / "epoch" / "keuzehulp.xlsx") | zip_times(tmp_path / "datum" / "keuzehulp.xlsx")) == 1
