"""Write stage: render into a temporary folder, then swap it into place in one step.

Readers of the output folder see the old build or the new one, never a mix: the new folder is
completed beside the old one and exchanged with it atomically (``renameat2`` with
``RENAME_EXCHANGE`` on Linux; two renames under a lock elsewhere). A build that fails or is killed
leaves the previous output as it was.
"""

from __future__ import annotations

import contextlib
import ctypes
import ctypes.util
import os
import shutil
import tempfile
from collections.abc import Iterator
from pathlib import Path

from .gebieden import GEBIED_FOLDER
from .problems import KeuzehulpError, problem

OWN_ENTRIES = {"keuzehulp.xlsx", "keuzehulp", "instrumenten.json", GEBIED_FOLDER}
_RENAME_EXCHANGE = 2
_AT_FDCWD = -100


def foreign_entries(folder: Path) -> list[str]:
    """Return the names in ``folder`` that keuzehulp did not write (an output folder must hold none)."""
    if not folder.is_dir():
        return []
    return sorted(p.name for p in folder.iterdir() if p.name not in OWN_ENTRIES)


@contextlib.contextmanager
def atomic_folder(target: Path) -> Iterator[Path]:
    """Yield a fresh folder beside ``target``; on success it replaces ``target`` as a whole."""
    target = Path(target).absolute()
    if target.exists() and not target.is_dir():
        raise KeuzehulpError(problem("uitvoer-mislukt", reden=f"{target} is een bestand, geen map"))
    if foreign := foreign_entries(target):
        raise KeuzehulpError(problem("uitvoer-map-bezet", map=target, bestanden=", ".join(foreign[:5])))
    try:
        target.parent.mkdir(parents=True, exist_ok=True)
        _remove_abandoned_staging(target)
        staging = Path(tempfile.mkdtemp(prefix=f".{target.name}.nieuw-{os.getpid()}-", dir=target.parent))
    except OSError as exc:
        raise KeuzehulpError(problem("uitvoer-mislukt", reden=exc.strerror or str(exc))) from None
    try:
        yield staging
        os.chmod(staging, 0o755)
        _swap_into_place(staging, target)
    finally:
        shutil.rmtree(staging, ignore_errors=True)


def _remove_abandoned_staging(target: Path) -> None:
    """Remove staging folders of builds that were killed (their process is gone); running builds keep theirs."""
    for folder in target.parent.glob(f".{target.name}.nieuw-*"):
        pid = folder.name.removeprefix(f".{target.name}.nieuw-").split("-", 1)[0]
        if pid.isdigit() and not _running(int(pid)):
            shutil.rmtree(folder, ignore_errors=True)


def _running(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return True


def _swap_into_place(staging: Path, target: Path) -> None:
    with _lock(target):
        if target.exists() and _exchange(staging, target):
            return  # staging now holds the old build; the caller removes it
        if target.exists():
            old = target.with_name(f".{target.name}.oud-{os.getpid()}")
            os.rename(target, old)
            os.rename(staging, target)
            shutil.rmtree(old, ignore_errors=True)
        else:
            os.rename(staging, target)


def _exchange(a: Path, b: Path) -> bool:
    libc_name = ctypes.util.find_library("c")
    if not libc_name:
        return False
    libc = ctypes.CDLL(libc_name, use_errno=True)
    renameat2 = getattr(libc, "renameat2", None)
    if renameat2 is None:
        return False
    result = renameat2(_AT_FDCWD, os.fsencode(a), _AT_FDCWD, os.fsencode(b), _RENAME_EXCHANGE)
    return result == 0


@contextlib.contextmanager
def _lock(target: Path) -> Iterator[None]:
    """Hold an exclusive lock on the folder that holds ``target`` (no lock file is left behind)."""
    try:
        import fcntl
    except ImportError:  # not on POSIX: the swap is still two renames
        yield
        return
    handle = os.open(target.parent, os.O_RDONLY)
    try:
        fcntl.flock(handle, fcntl.LOCK_EX)
        yield
    finally:
        os.close(handle)
