"""Helpers for tests of the output folder: the real build command, snapshots, and real mounts.

Mounting needs root; a developer without it gets a skip, CI (``KEUZEHULP_REQUIRE_TOOLS=1``) a failure, as with
``require_tool`` in conftest.
"""

from __future__ import annotations

import contextlib
import hashlib
import os
import subprocess
from collections.abc import Iterator
from pathlib import Path

from keuzehulp.output import TEMPORARY_SUFFIX
from tests.conftest import tool_missing
from tests.helpers import BUILD


def run_build(source: Path, out: Path, umask: int | None = None) -> subprocess.CompletedProcess:
    """Run ``keuzehulp build SOURCE -o OUT -q`` as a separate process (with ``umask`` when given)."""
    before = (lambda: os.umask(umask)) if umask is not None else None
    return subprocess.run(
        [*BUILD, str(source), "-o", str(out), "-q"], capture_output=True, text=True, preexec_fn=before, timeout=300
    )


def snapshot(folder: Path, skip: tuple[str, ...] = ()) -> dict[str, str]:
    """Return every entry below ``folder``: a file's SHA-256, a folder as '/', a symlink as '-> target'."""
    found = {}
    for path in sorted(folder.rglob("*")):
        rel = path.relative_to(folder).as_posix()
        if rel.split("/")[0] in skip or path.name.endswith(TEMPORARY_SUFFIX):
            continue
        if path.is_symlink():
            found[rel] = f"-> {os.readlink(path)}"
        elif path.is_dir():
            found[rel] = "/"
        else:
            found[rel] = hashlib.sha256(path.read_bytes()).hexdigest()
    return found


@contextlib.contextmanager
def mounted(target: Path, *how: str) -> Iterator[Path]:
    """Mount (``mount *how target``) for the duration of the block; always unmounted afterwards."""
    target.mkdir(parents=True, exist_ok=True)
    try:
        done = subprocess.run(["mount", *how, str(target)], capture_output=True, text=True)
    except FileNotFoundError:
        tool_missing("mount is not installed")
    if done.returncode != 0:
        tool_missing(f"cannot mount here ({' '.join(how)}): {done.stderr.strip()}")
    try:
        yield target
    finally:
        subprocess.run(["umount", str(target)], check=True)


def tmpfs(target: Path, size: str, inodes: int = 1000) -> contextlib.AbstractContextManager[Path]:
    """Mount a small real tmpfs at ``target`` (``size`` like '200k', ``inodes`` files and folders at most)."""
    return mounted(target, "-t", "tmpfs", "-o", f"size={size},nr_inodes={inodes}", "tmpfs")


def bind(source: Path, target: Path) -> contextlib.AbstractContextManager[Path]:
    """Bind-mount the folder ``source`` at ``target``."""
    source.mkdir(parents=True, exist_ok=True)
    return mounted(target, "--bind", str(source))
