"""Progress on a terminal only; --quiet silences everything but errors; output to a pipe stays clean."""

from __future__ import annotations

import io
import os
import pty
import subprocess

from click.testing import CliRunner

from keuzehulp.cli import main
from keuzehulp.progress import Progress
from tests.helpers import BUILD
from tests.xlsx import valid_row, write_matrix


class Terminal(io.StringIO):
    def isatty(self) -> bool:
        return True


def test_bar_only_on_a_terminal_and_only_after_a_moment():
    pipe, terminal = io.StringIO(), Terminal()
    for stream in (pipe, terminal):
        progress = Progress(["lezen", "controleren"], stream=stream, delay=0)
        progress.stage("lezen")
        progress.stage("controleren")
        progress.finish()
    assert pipe.getvalue() == ""
    assert "2/2 controleren" in terminal.getvalue() and terminal.getvalue().endswith("\r\033[K")
    quick = Terminal()
    progress = Progress(["lezen"], stream=quick, delay=60)
    progress.stage("lezen")
    progress.finish()
    assert quick.getvalue() == ""


def test_build_shows_progress_on_a_terminal(tmp_path, matrix_1000_path):
    primary, secondary = pty.openpty()
    run = subprocess.Popen(
        [*BUILD, str(matrix_1000_path), "-o", str(tmp_path / "uit")], stderr=secondary, stdout=subprocess.PIPE
    )
    os.close(secondary)
    shown = b""
    while True:
        try:
            chunk = os.read(primary, 4096)
        except OSError:
            break
        if not chunk:
            break
        shown += chunk
    assert run.wait(timeout=120) == 0
    text = shown.decode()
    assert "█" in text and "/6 " in text, text
    assert "Klaar: 1000 instrumenten" in run.stdout.read().decode()


def test_output_to_a_pipe_stays_clean(tmp_path):
    source = write_matrix(tmp_path / "m.xlsx", [valid_row()])
    result = subprocess.run([*BUILD, str(source), "-o", str(tmp_path / "uit")], capture_output=True, text=True)
    assert result.returncode == 0 and result.stderr == ""
    assert result.stdout.startswith("Klaar: 1 instrument")


def test_quiet_silences_everything_but_errors(tmp_path):
    runner = CliRunner()
    warned = write_matrix(tmp_path / "w.xlsx", [valid_row(Tegels=None)])
    result = runner.invoke(main, ["build", str(warned), "-o", str(tmp_path / "uit"), "--quiet"])
    assert (result.exit_code, result.stdout, result.stderr) == (0, "", "")
    result = runner.invoke(main, ["check", str(warned), "-q"])
    assert (result.exit_code, result.stdout) == (0, "")
    broken = write_matrix(tmp_path / "f.xlsx", [valid_row(Doel=None)])
    result = runner.invoke(main, ["check", str(broken), "-q"])
    assert result.exit_code == 1 and result.stdout.count("\n") == 1 and "verplicht-veld-leeg" in result.stdout
    result = runner.invoke(main, ["build", str(broken), "-o", str(tmp_path / "uit"), "-q"])
    assert result.exit_code == 1 and "verplicht-veld-leeg" in result.stderr
