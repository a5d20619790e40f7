"""Two builds at once end in one complete build; a build killed halfway leaves the previous output intact."""

from __future__ import annotations

import hashlib
import json
import os
import signal
import subprocess
import time

from tests.helpers import BUILD
from tests.xlsx import valid_row, write_matrix


def names_in(folder):
    data = json.loads((folder / "instrumenten.json").read_text(encoding="utf-8"))
    return [i["naam"] for i in data["instrumenten"]]


def snapshot(folder):
    """Return each file's path and SHA-256 (digests keep a failing comparison readable)."""
    return {
        str(p.relative_to(folder)): hashlib.sha256(p.read_bytes()).hexdigest()
        for p in sorted(folder.rglob("*"))
        if p.is_file()
    }


def test_two_builds_at_once_end_with_one_complete_build(tmp_path):
    a = write_matrix(tmp_path / "a.xlsx", [valid_row(f"A{i}") for i in range(30)])
    b = write_matrix(tmp_path / "b.xlsx", [valid_row(f"B{i}") for i in range(30)])
    out = tmp_path / "uit"
    for _ in range(3):
        runs = [subprocess.Popen([*BUILD, str(src), "-o", str(out)], stdout=subprocess.PIPE) for src in (a, b)]
        assert [r.wait(timeout=120) for r in runs] == [0, 0]
        names = names_in(out)
        assert names in ([f"A{i}" for i in range(30)], [f"B{i}" for i in range(30)])
        source = a if names[0].startswith("A") else b
        reference = tmp_path / "ref"
        subprocess.run([*BUILD, str(source), "-o", str(reference)], check=True, capture_output=True)
        assert snapshot(out) == snapshot(reference), "the output mixes files of two builds"
    assert not [p for p in tmp_path.iterdir() if ".nieuw-" in p.name]


def test_build_killed_halfway_leaves_previous_output_intact(tmp_path, matrix_1000_path):
    out = tmp_path / "uit"
    small = write_matrix(tmp_path / "klein.xlsx", [valid_row("Vorige")])
    subprocess.run([*BUILD, str(small), "-o", str(out)], check=True, capture_output=True)
    before = snapshot(out)
    subprocess.run([*BUILD, str(matrix_1000_path), "-o", str(tmp_path / "groot")], check=True, capture_output=True)
    complete_new = snapshot(tmp_path / "groot")
    killed = 0
    for delay in (0.3, 0.8, 1.5):
        run = subprocess.Popen([*BUILD, str(matrix_1000_path), "-o", str(out)], stdout=subprocess.DEVNULL)
        time.sleep(delay)
        if run.poll() is None:
            os.kill(run.pid, signal.SIGKILL)
        run.wait()
        killed += run.returncode == -signal.SIGKILL
        # Killed before the swap: the previous output; killed after it (or finished): the complete new one.
        assert snapshot(out) in (before, complete_new)
        if snapshot(out) == complete_new:
            subprocess.run([*BUILD, str(small), "-o", str(out)], check=True, capture_output=True)
        assert snapshot(out) == before
    assert killed, "no build was still running when killed: the test proved nothing"
    subprocess.run([*BUILD, str(small), "-o", str(out)], check=True, capture_output=True)
    assert not [p for p in tmp_path.iterdir() if ".nieuw-" in p.name], "abandoned staging folders are cleaned up"
