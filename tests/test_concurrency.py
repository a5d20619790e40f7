"""Two builds at once end in one complete build; a build killed at any moment leaves a complete output findable.

"Findable" is what the README promises a person: the output folder holds the complete previous or the complete new
build, or (while files are being swapped) ``uitvoer.oud/`` holds the complete previous one and ``uitvoer.nieuw/``
the complete new one. The next build finishes the job and leaves exactly the new output.
"""

from __future__ import annotations

import json
import os
import shutil
import signal
import subprocess
import time

from keuzehulp.cli import main
from keuzehulp.output import PREVIOUS, STAGING
from tests.helpers import BUILD
from tests.outputs import snapshot
from tests.xlsx import valid_row, write_matrix

# The file system calls that change what a person sees in the output folder: a kill can come before any of them.
KILL_POINTS = ("mkdir", "rmdir", "link", "unlink", "rename", "replace")


def names_in(folder):
    data = json.loads((folder / "instrumenten.json").read_text(encoding="utf-8"))
    return [i["naam"] for i in data["instrumenten"]]


def complete_output_findable(out, old, new) -> bool:
    """Return whether a person finds the complete old or new output (see the module docstring)."""
    if snapshot(out, skip=(STAGING, PREVIOUS)) in (old, new):
        return True
    return snapshot(out / PREVIOUS) == old and snapshot(out / STAGING) == new


def build_in_child(source, out, kill_before_call=None) -> int:
    """Run ``keuzehulp build`` in a forked process; SIGKILL it just before file system call number N (from 0)."""
    pid = os.fork()
    if pid == 0:  # the child: never returns into pytest
        code = 70
        try:
            if kill_before_call is not None:
                _arm_kill(kill_before_call)
            main(["build", str(source), "-o", str(out), "-q"])
        except SystemExit as done:
            code = done.code if isinstance(done.code, int) else 1
        finally:
            os._exit(code)
    return os.waitstatus_to_exitcode(os.waitpid(pid, 0)[1])


def _arm_kill(limit: int) -> None:
    calls = 0

    def counted(function):
        def call(*args, **kwargs):
            nonlocal calls
            if calls == limit:
                os.kill(os.getpid(), signal.SIGKILL)
            calls += 1
            return function(*args, **kwargs)

        return call

    for name in KILL_POINTS:
        setattr(os, name, counted(getattr(os, name)))


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
    assert not (out / STAGING).exists() and not (out / PREVIOUS).exists()


def test_a_build_killed_before_any_file_system_step_leaves_a_complete_output_findable(tmp_path):
    old_source = write_matrix(tmp_path / "oud.xlsx", [valid_row("Vorige")])
    new_source = write_matrix(tmp_path / "nieuw.xlsx", [valid_row(f"Nieuw {i}") for i in range(5)])
    references = {}
    for name, source in (("oud", old_source), ("nieuw", new_source)):
        assert build_in_child(source, tmp_path / f"ref-{name}") == 0
        references[name] = snapshot(tmp_path / f"ref-{name}")
    step = 0
    while True:
        out = tmp_path / f"uit-{step}"
        shutil.copytree(tmp_path / "ref-oud", out)
        code = build_in_child(new_source, out, kill_before_call=step)
        if code == 0:
            break
        assert code == -signal.SIGKILL, f"step {step}: exit {code}"
        assert complete_output_findable(out, references["oud"], references["nieuw"]), f"killed before step {step}"
        assert build_in_child(new_source, out) == 0, f"the next build after a kill before step {step}"
        assert snapshot(out) == references["nieuw"]
        shutil.rmtree(out)
        step += 1
    assert snapshot(out) == references["nieuw"]
    assert step > 20, "too few kill points: the injection did not reach the swap"


def test_a_build_killed_from_outside_leaves_a_complete_output_findable(tmp_path, matrix_1000_path):
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
        assert complete_output_findable(out, before, complete_new)
        subprocess.run([*BUILD, str(small), "-o", str(out)], check=True, capture_output=True)
        assert snapshot(out) == before
    assert killed, "no build was still running when killed: the test proved nothing"
