"""Write stage: the output folder holds only what keuzehulp wrote, and is replaced file by file with a way back.

Ownership: every build writes :data:`MANIFEST` into the output folder, listing each file it wrote (relative path and
SHA-256). A later build replaces or removes only files listed there that still have that content. Anything else at
any depth (a file, a folder where a file belongs, a symlink, a changed file, a lock file of an open workbook) makes
the build refuse before it writes anything. A folder without manifest (from a version before manifests) may hold
only :data:`LEGACY_FILES`.

Interruption: the new build is completed in :data:`STAGING` inside the output folder (with its own manifest, last),
then the current files are linked or copied into :data:`PREVIOUS` (manifest last). Only then are the files put in
place one by one, each by an atomic rename. So at every moment a complete build can be found: in the output folder
itself or, during the swap, the old one in ``uitvoer.oud/`` and the new one in ``uitvoer.nieuw/``. The next build
finishes an interrupted swap first. The output folder itself is never renamed, so a mount point or a symlinked
folder (followed to its target) works like any folder; a mount point inside it is filled file by file.
"""

from __future__ import annotations

import contextlib
import errno
import hashlib
import json
import os
import shutil
import stat
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path

from .problems import KeuzehulpError, problem

MANIFEST = ".keuzehulp-manifest.json"
STAGING = "uitvoer.nieuw"
PREVIOUS = "uitvoer.oud"
TEMPORARY_SUFFIX = ".keuzehulp-tijdelijk"
# What keuzehulp wrote before it kept a manifest: these may be replaced in a folder without one.
LEGACY_FILES = frozenset(
    {
        "keuzehulp.xlsx",
        "instrumenten.json",
        "keuzehulp/index.html",
        "keuzehulp/toegankelijkheid.html",
        "keuzehulp/keuzehulp.css",
        "keuzehulp/keuzehulp.js",
        "keuzehulp/favicon.svg",
    }
)
FILE_MODE, FOLDER_MODE = 0o644, 0o755
# Lock files an office program leaves beside a file it has open: (program, prefix, suffix).
LOCK_FILES = (("LibreOffice", ".~lock.", "#"), ("Excel", "~$", ""))
# errno -> what went wrong, in Dutch (an OSError's own text is English).
IO_REASONS = {
    errno.ENOSPC: "de schijf is vol",
    errno.EDQUOT: "de schijfruimte die je mag gebruiken (quota) is op",
    errno.ENAMETOOLONG: "het pad of een naam erin is te lang voor het bestandssysteem",
    errno.EROFS: "de schijf of map is alleen-lezen",
    errno.EACCES: "je hebt geen toestemming om hier te schrijven",
    errno.EPERM: "je hebt geen toestemming om hier te schrijven",
    errno.EIO: "de schijf gaf een lees- of schrijffout",
    errno.EBUSY: "het bestand of de map is in gebruik",
    errno.EMFILE: "er zijn te veel bestanden tegelijk open",
    errno.ENFILE: "er zijn te veel bestanden tegelijk open",
    errno.ENOTDIR: "een deel van het pad is een bestand in plaats van een map",
    errno.ELOOP: "het pad bevat te veel snelkoppelingen (symlinks) achter elkaar",
    errno.ENOENT: "een map in het pad bestaat niet (meer)",
    errno.EEXIST: "er staat al iets met die naam dat niet weg kan",
    errno.EXDEV: "het bestand kan niet naar een ander bestandssysteem worden verplaatst",
}
NO_INODES = "er kunnen geen bestanden meer bij: het bestandssysteem heeft geen vrije plaatsen (inodes) meer"
SHOWN_PATH = 160  # characters of a path shown in a message; an over-long path is shortened in the middle


@dataclass(frozen=True)
class Owned:
    """A file in the output folder that keuzehulp wrote: its content hash and how it looked when checked."""

    sha256: str
    identity: tuple[int, int, int]  # inode, size, modification time: changed means someone wrote it since


# Per staging folder of a running build: its files that were made durable and hashed ahead (see seal_ahead).
_SEALED_AHEAD: dict[Path, dict[str, Owned]] = {}


def seal_ahead(folder: Path, names: Sequence[str]) -> dict[str, Owned]:
    """Make the files and folders ``names`` in ``folder`` world-readable and durable now; return each file's hash.

    A renderer that is done before the others seals its own files this way, so that the swap does not have to;
    :func:`add_sealed` gives the result to the build.
    """
    sealed = {}
    for name in names:
        info = (folder / name).lstat()
        for rel, found in [(name, info), *(_walk(folder / name, skip=set(), prefix=name + "/"))]:
            if stat.S_ISDIR(found.st_mode):
                os.chmod(folder / rel, FOLDER_MODE)
            elif stat.S_ISREG(found.st_mode):
                sealed[rel] = _sealed_file(folder / rel)
    return sealed


def add_sealed(folder: Path, sealed: dict[str, Owned]) -> None:
    """Let the build whose staging folder holds ``folder`` use the hashes of files sealed ahead in ``folder``."""
    for staging, known in _SEALED_AHEAD.items():
        if folder == staging or staging in folder.parents:
            prefix = "" if folder == staging else folder.relative_to(staging).as_posix() + "/"
            known.update({prefix + rel: owned for rel, owned in sealed.items()})


def _sealed_file(path: Path) -> Owned:
    os.chmod(path, FILE_MODE)
    with open(path, "rb") as handle:
        os.fsync(handle.fileno())
        return Owned(hashlib.file_digest(handle, "sha256").hexdigest(), _identity(os.fstat(handle.fileno())))


@contextlib.contextmanager
def atomic_folder(target: Path, invoer: Path | None = None) -> Iterator[Path]:
    """Yield an empty staging folder; on success its files replace keuzehulp's files in ``target``.

    Refuses (KeuzehulpError, nothing changed) when ``target`` holds anything keuzehulp did not write, a workbook
    is open, or ``invoer`` lies inside it; turns every I/O failure into a Dutch message with the old output intact.
    """
    folder = Path(os.path.realpath(target))
    created: list[Path] = []
    try:
        with _dutch_io_errors(folder):
            _make_folder(folder, created)
            with _locked(folder):
                if invoer is not None and _inside(Path(os.path.realpath(invoer)), folder):
                    raise KeuzehulpError(problem("uitvoer-is-invoer", bestand=invoer))
                owned = _recover_and_check(folder)
                staging = _fresh(folder / STAGING)
                _SEALED_AHEAD[staging] = {}
                try:
                    yield staging
                    new = _seal(staging, _SEALED_AHEAD[staging])
                    _swap(folder, owned, new)
                except BaseException as failure:
                    _explain(failure, folder)
                    if not _complete(folder / PREVIOUS):  # else both stay: the swap could not be undone
                        _discard(folder / STAGING)
                    raise
                finally:
                    _SEALED_AHEAD.pop(staging, None)
    except BaseException:
        for made in reversed(created):
            with contextlib.suppress(OSError):
                made.rmdir()
        raise


def _inside(path: Path, folder: Path) -> bool:
    return path == folder or folder in path.parents


def _make_folder(folder: Path, created: list[Path]) -> None:
    """Create ``folder`` (and missing parents) world-readable, adding each folder made to ``created``."""
    if folder.exists() and not folder.is_dir():
        raise KeuzehulpError(problem("uitvoer-mislukt", reden=f"{_shown(folder)} is een bestand, geen map"))
    for made in [p for p in (folder, *folder.parents) if not p.exists()][::-1]:
        try:
            made.mkdir()
        except FileExistsError:  # another build made it a moment ago
            continue
        created.append(made)
        os.chmod(made, FOLDER_MODE)


@contextlib.contextmanager
def _locked(folder: Path) -> Iterator[None]:
    """Hold an exclusive lock on ``folder`` so two builds into it run one after the other (no lock file left)."""
    try:
        import fcntl
    except ImportError:  # not on POSIX: no lock, each file is still replaced in one step
        yield
        return
    handle = os.open(folder, os.O_RDONLY)
    try:
        with contextlib.suppress(OSError):  # a file system without locks (some network shares): go on without
            fcntl.flock(handle, fcntl.LOCK_EX)
        yield
    finally:
        os.close(handle)


def _recover_and_check(folder: Path) -> dict[str, Owned]:
    """Return keuzehulp's files in ``folder`` after finishing an interrupted swap; refuse anything else."""
    old, new = _manifest(folder / PREVIOUS), _manifest(folder / STAGING)
    allowed = _allowed(folder)
    if old is not None and new is not None:  # a swap was interrupted: both builds' files are keuzehulp's
        for rel, digest in [*old.items(), *new.items()]:
            expected = allowed.setdefault(rel, set())
            if expected is not None:
                expected.add(digest)
    owned = _check(folder, allowed)
    if old is not None and new is not None:
        for name, manifest in ((PREVIOUS, old), (STAGING, new)):
            _check(folder / name, {rel: {digest} for rel, digest in manifest.items()}, skip=False)
        try:
            _install(folder / STAGING, folder, new, old)
        except OSError as exc:
            raise _incomplete(folder, exc) from None
        owned = _check(folder, {rel: {digest} for rel, digest in new.items()})
    _discard(folder / PREVIOUS)
    _discard(folder / STAGING)
    return owned


def _allowed(folder: Path) -> dict[str, set[str] | None]:
    """Return the files keuzehulp may replace in ``folder`` and their expected hashes (None: any content)."""
    manifest = _manifest(folder)
    if manifest is None:
        return {rel: None for rel in LEGACY_FILES}
    return {rel: {digest} for rel, digest in manifest.items()}


def _manifest(folder: Path) -> dict[str, str] | None:
    """Return the files listed in ``folder``'s manifest, or None when there is none (an incomplete staging folder)."""
    try:
        return dict(json.loads((folder / MANIFEST).read_text(encoding="utf-8"))["bestanden"])
    except FileNotFoundError:
        return None
    except (ValueError, KeyError, TypeError):  # not a manifest keuzehulp wrote
        raise KeuzehulpError(problem("uitvoer-map-bezet", map=folder, bestanden=MANIFEST)) from None


def _complete(folder: Path) -> bool:
    return (folder / MANIFEST).is_file()


def _check(folder: Path, allowed: dict[str, set[str] | None], skip: bool = True) -> dict[str, Owned]:
    """Return the files in ``folder`` that keuzehulp wrote; refuse lock files, foreign and changed entries."""
    entries = list(_walk(folder, skip={STAGING, PREVIOUS, MANIFEST} if skip else {MANIFEST}))
    for rel, _ in entries:
        _refuse_lock_file(folder, rel)
    folders = {parent for rel in allowed for parent in _parents(rel)}
    foreign = [
        rel + ("/" if stat.S_ISDIR(info.st_mode) else "")
        for rel, info in entries
        if not (stat.S_ISDIR(info.st_mode) and rel in folders) and not (stat.S_ISREG(info.st_mode) and rel in allowed)
    ]
    if foreign:
        raise KeuzehulpError(problem("uitvoer-map-bezet", map=folder, bestanden=", ".join(foreign[:5])))
    owned = {}
    for rel, info in entries:
        if stat.S_ISREG(info.st_mode):
            digest = _sha256(folder / rel)
            expected = allowed[rel]
            if expected is not None and digest not in expected:
                raise KeuzehulpError(problem("uitvoer-bestand-veranderd", bestand=folder / rel))
            owned[rel] = Owned(digest, _identity(info))
    return owned


def _walk(folder: Path, skip: set[str], prefix: str = "") -> Iterator[tuple[str, os.stat_result]]:
    """Yield every entry below ``folder`` (relative POSIX path, lstat), not following symlinks; leftovers removed."""
    if not folder.is_dir():
        return
    with os.scandir(folder) as scan:
        entries = sorted(scan, key=lambda e: e.name)
    for entry in entries:
        if not prefix and entry.name in skip:
            continue
        if entry.name.endswith(TEMPORARY_SUFFIX) and entry.is_file(follow_symlinks=False):
            os.unlink(entry.path)  # a file being put in place when a build was killed: a copy, never the only one
            continue
        info = entry.stat(follow_symlinks=False)
        yield prefix + entry.name, info
        if stat.S_ISDIR(info.st_mode):
            yield from _walk(Path(entry.path), skip, prefix + entry.name + "/")


def _parents(rel: str) -> list[str]:
    parts = rel.split("/")
    return ["/".join(parts[:n]) for n in range(1, len(parts))]


def _refuse_lock_file(folder: Path, rel: str) -> None:
    """Refuse when ``rel`` is an office program's lock file: someone has that file open."""
    name = rel.rsplit("/", 1)[-1]
    for program, prefix, suffix in LOCK_FILES:
        if name.startswith(prefix) and name.endswith(suffix) and len(name) > len(prefix) + len(suffix):
            opened = rel[: len(rel) - len(name)] + name[len(prefix) : len(name) - len(suffix)]
            who = _lock_owner(folder / rel, program)
            raise KeuzehulpError(
                problem(
                    "uitvoer-bestand-open",
                    bestand=folder / opened,
                    programma=program,
                    slotbestand=folder / rel,
                    door=f" door {who}" if who else "",
                )
            )


def _lock_owner(path: Path, program: str) -> str:
    """Return who holds the lock, as the lock file names them (printable text only), or ''."""
    try:
        data = path.read_bytes()[:512]
    except OSError:
        return ""
    if program == "LibreOffice":  # "Full Name,login,host,date,profile;"
        fields = data.decode("utf-8", "replace").split(",")
        name = fields[0].strip() or (fields[1].strip() if len(fields) > 1 else "")
    else:  # Excel's owner file: one length byte, then the user name
        name = data[1 : 1 + data[0]].decode("cp1252", "replace") if data else ""
    return "".join(ch for ch in name if ch.isprintable())[:80].strip()


def _sha256(path: Path) -> str:
    with open(path, "rb") as handle:
        return hashlib.file_digest(handle, "sha256").hexdigest()


def _identity(info: os.stat_result) -> tuple[int, int, int]:
    return (info.st_ino, info.st_size, info.st_mtime_ns)


def _fresh(folder: Path) -> Path:
    shutil.rmtree(folder, ignore_errors=True)
    folder.mkdir()
    os.chmod(folder, FOLDER_MODE)
    return folder


def _seal(staging: Path, ahead: dict[str, Owned]) -> dict[str, str]:
    """Make the staging folder world-readable and durable, write its manifest (last) and return the files in it.

    A file in ``ahead`` that has not changed since it was sealed there is not read again.
    """
    files = {}
    for rel, info in _walk(staging, skip=set()):
        path = staging / rel
        if stat.S_ISDIR(info.st_mode):
            os.chmod(path, FOLDER_MODE)
            continue
        sealed = ahead.get(rel)
        if sealed is None or sealed.identity != _identity(info):
            sealed = _sealed_file(path)
        files[rel] = sealed.sha256
    _write_manifest(staging, files)
    return files


def _write_manifest(folder: Path, files: dict[str, str]) -> None:
    """Write ``folder``'s manifest in one step; its presence marks the folder complete."""
    text = json.dumps({"bestanden": dict(sorted(files.items()))}, ensure_ascii=False, indent=1) + "\n"
    temporary = folder / (MANIFEST + TEMPORARY_SUFFIX)
    with open(temporary, "w", encoding="utf-8", newline="\n") as handle:
        handle.write(text)
        handle.flush()
        os.fsync(handle.fileno())
    os.chmod(temporary, FILE_MODE)
    os.replace(temporary, folder / MANIFEST)


def _swap(folder: Path, owned: dict[str, Owned], new: dict[str, str]) -> None:
    """Keep the current files in PREVIOUS, put the new ones in place, and go back to the old ones on failure."""
    previous = _fresh(folder / PREVIOUS)
    old = {rel: found.sha256 for rel, found in owned.items()}
    had_manifest = (folder / MANIFEST).is_file()
    try:
        for rel, found in owned.items():
            if _identity((folder / rel).stat()) != found.identity:
                raise KeuzehulpError(problem("uitvoer-bestand-veranderd", bestand=folder / rel))
            _place(folder / rel, previous / rel)
        _write_manifest(previous, old)
    except BaseException:
        _discard(previous)
        raise
    try:
        _install(folder / STAGING, folder, new, old)
    except BaseException as failure:
        _explain(failure, folder)
        try:
            _install(previous, folder, old, new, manifest=had_manifest)
        except OSError:
            raise _incomplete(folder, failure) from None
        _discard(previous)
        raise
    _discard(previous)
    _discard(folder / STAGING)


def _incomplete(folder: Path, failure: BaseException) -> KeuzehulpError:
    """Return the refusal that says the swap stopped halfway, and where the complete old and new builds are."""
    cause = _os_error(failure)
    reason = _reason(cause, folder) if cause else "onderbroken"
    return KeuzehulpError(problem("uitvoer-onvolledig", reden=reason, oud=folder / PREVIOUS, nieuw=folder / STAGING))


def _install(
    source: Path, folder: Path, files: dict[str, str], replaced: dict[str, str], manifest: bool = True
) -> None:
    """Remove the files only ``replaced`` had (first: that frees room), then put ``files`` in place, manifest last.

    Without ``manifest`` (going back to a folder that had none) the folder's manifest is removed instead.
    """
    for rel in sorted(set(replaced) - set(files)):
        (folder / rel).unlink(missing_ok=True)
        for parent in reversed(_parents(rel)):
            with contextlib.suppress(OSError):  # not empty, or a mount point: it stays
                (folder / parent).rmdir()
    for rel in sorted(files, key=lambda rel: rel.endswith("index.html")):  # the page after what it loads
        if replaced.get(rel) != files[rel]:  # the same content need not move (and needs no room)
            _place(source / rel, folder / rel)
    if manifest:
        _place(source / MANIFEST, folder / MANIFEST)
    else:
        (folder / MANIFEST).unlink(missing_ok=True)
    for parent in {parent for rel in files for parent in _parents(rel)}:
        with contextlib.suppress(OSError):  # a folder an older build made under a strict umask
            os.chmod(folder / parent, FOLDER_MODE)


def _place(source: Path, target: Path) -> None:
    """Replace ``target`` by (a hard link to, or else a copy of) ``source`` in one rename.

    When there is no room for both, ``target`` goes first: the caller keeps a copy of it (in PREVIOUS or STAGING).
    """
    for parent in reversed([target.parent, *target.parent.parents]):
        if not parent.is_dir():
            parent.mkdir()
            os.chmod(parent, FOLDER_MODE)
    temporary = target.with_name(target.name + TEMPORARY_SUFFIX)
    temporary.unlink(missing_ok=True)
    try:
        try:
            _link_or_copy(source, temporary)
        except OSError as full:
            if full.errno not in (errno.ENOSPC, errno.EDQUOT) or not target.is_file():
                raise
            temporary.unlink(missing_ok=True)
            target.unlink()
            _link_or_copy(source, temporary)
        os.replace(temporary, target)
    except BaseException as failure:
        _explain(failure, target.parent)
        with contextlib.suppress(OSError):
            temporary.unlink(missing_ok=True)
        raise


def _link_or_copy(source: Path, target: Path) -> None:
    try:
        os.link(source, target)
    except OSError:  # another file system (a mount point), or one without hard links
        shutil.copyfile(source, target)
        os.chmod(target, FILE_MODE)
        with open(target, "rb") as handle:
            os.fsync(handle.fileno())


def _discard(folder: Path) -> None:
    """Remove a staging folder: its manifest first, so an interrupted removal leaves it marked incomplete."""
    with contextlib.suppress(OSError):  # what stays is marked incomplete and removed by the next build
        (folder / MANIFEST).unlink(missing_ok=True)
    shutil.rmtree(folder, ignore_errors=True)


@contextlib.contextmanager
def _dutch_io_errors(folder: Path) -> Iterator[None]:
    """Turn an OSError (also one wrapped by a library, e.g. xlsxwriter) into a Dutch ``uitvoer-mislukt``."""
    try:
        yield
    except KeuzehulpError:
        raise
    except Exception as exc:
        found = _os_error(exc)
        if found is None:
            raise
        raise KeuzehulpError(problem("uitvoer-mislukt", reden=_reason(found, folder))) from None


def _os_error(exc: BaseException) -> OSError | None:
    """Return the OSError that caused ``exc`` (itself, its cause or context, or its first argument)."""
    seen = 0
    current: BaseException | None = exc
    while current is not None and seen < 10:
        if isinstance(current, OSError) and current.errno is not None:
            return current
        if current.args and isinstance(current.args[0], OSError):
            return _os_error(current.args[0])
        current = current.__cause__ or current.__context__
        seen += 1
    return None


def _explain(failure: BaseException, where: Path) -> None:
    """Note the Dutch reason on the OSError behind ``failure`` now, while the disk still looks as it did then."""
    found = _os_error(failure)
    if found is not None and not hasattr(found, "reden"):
        setattr(found, "reden", _reason(found, where))  # noqa: B010 (an attribute OSError does not declare)


def _reason(exc: OSError, where: Path) -> str:
    """Return a Dutch reason for ``exc``, naming the path it concerns (else ``where``, the folder written to)."""
    if hasattr(exc, "reden"):
        return str(getattr(exc, "reden"))  # noqa: B009
    path = Path(os.fsdecode(exc.filename)) if exc.filename else where
    code = exc.errno or 0
    reason = IO_REASONS.get(code, f"systeemfout {errno.errorcode.get(code, code)}")
    if exc.errno == errno.ENOSPC and _no_free_inodes(path):
        reason = NO_INODES
    return f"{reason} ({_shown(path)})"


def _no_free_inodes(path: Path) -> bool:
    for candidate in (path, *path.parents):
        with contextlib.suppress(OSError):
            found = os.statvfs(candidate)
            return found.f_files > 0 and found.f_ffree == 0
    return False


def _shown(path: str | os.PathLike[str]) -> str:
    text = "".join(ch if ch.isprintable() else "?" for ch in os.fsdecode(path))
    if len(text) <= SHOWN_PATH:
        return text
    half = SHOWN_PATH // 2
    return f"{text[:half]}…{text[-half:]}"
