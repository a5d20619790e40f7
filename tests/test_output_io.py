"""A build that cannot write (full disk, no inodes, too long a path, read-only, no permission) ends in Dutch.

Each case runs the real command against a real file system condition: exit 1, a Dutch reason, no traceback,
nothing half-written and the previous output exactly as it was.
"""

from __future__ import annotations

import subprocess

import pytest

from keuzehulp.output import STAGING
from tests.conftest import require_tool
from tests.outputs import mounted, run_build, snapshot, tmpfs
from tests.xlsx import valid_row, write_matrix

NOTHING_WRITTEN = "Er is niets geschreven; eerdere uitvoer is ongewijzigd."


@pytest.fixture
def small(tmp_path):
    return write_matrix(tmp_path / "klein.xlsx", [valid_row("Vorige")])


@pytest.fixture
def large(tmp_path):
    return write_matrix(tmp_path / "groot.xlsx", [valid_row(f"Instrument {i}", Doel="Werk. " * 40) for i in range(150)])


def failed_in_dutch(done, *reason):
    assert done.returncode == 1, done.stderr
    assert "Traceback" not in done.stderr and "Error" not in done.stderr
    assert "uitvoer-mislukt" in done.stderr and NOTHING_WRITTEN in done.stderr
    for words in reason:
        assert words in done.stderr


def test_a_full_disk_leaves_the_previous_output(tmp_path, small, large):
    out = tmp_path / "schijf"
    with tmpfs(out, "200k"):
        assert run_build(small, out).returncode == 0
        before = snapshot(out)
        failed_in_dutch(run_build(large, out), "de schijf is vol")
        assert snapshot(out) == before


def test_no_free_inodes_leaves_the_previous_output(tmp_path, small):
    out = tmp_path / "schijf"
    with tmpfs(out, "4m", inodes=25):
        assert run_build(small, out).returncode == 0
        before = snapshot(out)
        failed_in_dutch(run_build(small, out), "geen vrije plaatsen (inodes)")
        assert snapshot(out) == before


def test_a_full_disk_under_a_mounted_site_folder_while_swapping_puts_the_old_files_back(tmp_path, small, large):
    out = tmp_path / "uit"
    assert run_build(small, out).returncode == 0
    old_site = snapshot(out / "keuzehulp")
    for path in (out / "keuzehulp").iterdir():
        path.unlink()
    with tmpfs(out / "keuzehulp", "120k"):
        assert run_build(small, out).returncode == 0
        before = snapshot(out)
        assert snapshot(out / "keuzehulp") == old_site
        failed_in_dutch(run_build(large, out), "de schijf is vol")
        assert snapshot(out) == before


def test_too_long_a_folder_name_is_explained(tmp_path, small):
    out = tmp_path / ("u" * 300)
    failed_in_dutch(run_build(small, out), "te lang")
    assert sorted(p.name for p in tmp_path.iterdir()) == ["klein.xlsx"]


def test_too_long_a_path_inside_the_output_folder_is_explained(tmp_path, small):
    deep, longest = tmp_path, 4095 - len(f"/{STAGING}/keuzehulp/toegankelijkheid.html") + 10
    while len(str(deep)) + 201 < longest:
        deep = deep / ("d" * 200)
    deep = deep / ("d" * (longest - len(str(deep)) - 1))
    deep.mkdir(parents=True)
    failed_in_dutch(run_build(small, deep), "te lang")
    assert list(deep.iterdir()) == []


def test_a_read_only_output_folder_is_explained(tmp_path, small):
    out = tmp_path / "uit"
    assert run_build(small, out).returncode == 0
    before = snapshot(out)
    with mounted(out, "--bind", str(out)):
        subprocess.run(["mount", "-o", "remount,bind,ro", str(out)], check=True)
        failed_in_dutch(run_build(small, out), "alleen-lezen")
    assert snapshot(out) == before


def test_no_permission_is_explained(tmp_path, small):
    chattr = require_tool("chattr")
    out = tmp_path / "uit"
    assert run_build(small, out).returncode == 0
    before = snapshot(out)
    if subprocess.run([chattr, "+i", str(out)], capture_output=True).returncode != 0:
        pytest.skip("this file system has no immutable flag")
    try:
        failed_in_dutch(run_build(small, out), "geen toestemming")
    finally:
        subprocess.run([chattr, "-i", str(out)], check=True)
    assert snapshot(out) == before
    assert not (out / STAGING).exists()
