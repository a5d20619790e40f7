"""The library API: read -> normalise -> check -> model -> render. The CLI is a thin layer over this."""

from __future__ import annotations

import contextlib
import dataclasses
import datetime as dt
import gc
import os
import signal
import sys
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from .checks import (
    Context,
    missing_column_problems,
    missing_required_columns,
    run_checks,
    sheet_problems,
    summary_row_problems,
    summary_rows,
    without_rows,
)
from .ervaringen import attach, find_sheet, is_ervaringen_sheet, read_ervaringen
from .freshness import freshness_problems, reference_date
from .header import Layout, find_layout
from .model import Bronbestand, Instellingen, Keuzematrix
from .normalise import Entry, normalise, read_rows, slug
from .output import Owned, add_sealed, atomic_folder, seal_ahead
from .problems import KeuzehulpError, Problem, Report, problem
from .progress import Progress, Silent
from .reader import Sheet, Workbook, column_index, column_letter, open_workbook
from .settings import SETTINGS_SHEET, is_settings_sheet, read_settings
from .taxonomy import DEFAULT_VERSION, Taxonomy, fold, load_taxonomy

DEFAULT_INPUT = Path("input/keuzematrix.xlsx")
DEFAULT_OUTPUT = Path("output")
STAGE_READ, STAGE_CHECK, STAGE_WRITE = "lezen", "controleren", "op zijn plaats zetten"


@dataclass(frozen=True)
class Renderer:
    """One output of a build: the progress stage it runs in and the function that writes it into a folder.

    The function (matrix, folder, templates) may return the names of the files and folders it made in ``folder``;
    a renderer in the forked child then also makes them durable and hashes them there (else the swap does).
    """

    stage: str
    write: Callable[[Keuzematrix, Path, Path | None], Sequence[str] | None]


# Each renderer imports its module on call, so that `check` does not pay for jinja2 and XlsxWriter.
def _write_workbook(matrix: Keuzematrix, folder: Path, templates: Path | None) -> Sequence[str]:
    from .render_workbook import FILENAME, write

    write(matrix, folder)
    return (FILENAME,)


def _write_json(matrix: Keuzematrix, folder: Path, templates: Path | None) -> Sequence[str]:
    from .render_json import FILENAME, write

    write(matrix, folder)
    return (FILENAME,)


def _write_site(matrix: Keuzematrix, folder: Path, templates: Path | None) -> Sequence[str]:
    from .render_html import FOLDER, write

    write(matrix, folder, templates)
    return (FOLDER,)


WORKBOOK = Renderer("werkmap maken", _write_workbook)
JSON = Renderer("instrumenten.json maken", _write_json)
SITE = Renderer("website maken", _write_site)
# The last renderer (the longest) runs in this process; where the platform can fork, the others run meanwhile in a
# child. One after the other, the workbook goes last: its writer leaves garbage that no later stage should sit on.
# The site goes before the JSON: the child seals the site's many bytes while it writes the JSON.
RENDERERS = (SITE, JSON, WORKBOOK)
# Above this many instruments the renderers run one after the other: the child copies every page of the model
# it reads, which at 50,000 instruments cost 400 MiB more memory for a few seconds less (docs/performance.md).
PARALLEL_LIMIT = 20_000
# From this many rows a sheet is read in two processes; this process reads PARENT_SHARE of them (docs/performance.md).
PARALLEL_ROWS = 2_000
PARENT_SHARE = 0.6
CHECK_STAGES = (STAGE_READ, STAGE_CHECK)
BUILD_STAGES = (STAGE_READ, STAGE_CHECK, *(r.stage for r in RENDERERS), STAGE_WRITE)


@dataclass
class Loaded:
    """A read and validated keuzematrix: the model (None when unreadable), its report and entries."""

    report: Report
    matrix: Keuzematrix | None = None
    entries: list[Entry] | None = None


@dataclass
class _LaterChecks:
    """The checks of a complete model that only add problems: a build runs them beside the rendering.

    ``before`` and ``after`` are the problems found before and after them, so the report is ordered as if they ran
    in :func:`load`.
    """

    context: Context
    settings: Instellingen
    peildatum: dt.date
    before: list[Problem]
    after: list[Problem]

    def problems(self) -> list[Problem]:
        """Return the problems these checks find."""
        entries = self.context.entries
        return [*run_checks(self.context), *freshness_problems(entries, self.settings, self.peildatum)]

    def complete(self, report: Report, found: list[Problem]) -> Report:
        """Return ``report`` with the problems ``found`` by these checks in their place."""
        report.problemen = _ordered([*self.before, *found, *self.after])
        return report


class BuildFailed(Exception):
    """The input has fouten (or warnings under ``strict``): nothing was written."""

    def __init__(self, report: Report):
        super().__init__(f"{len(report.fouten)} fouten")
        self.report = report


@contextlib.contextmanager
def _without_cyclic_gc() -> Iterator[None]:
    """Pause the cyclic garbage collector while the model is built and rendered.

    The model is millions of long-lived objects without cycles; each full collection walks all of them
    again, which cost more than half of the JSON and HTML stages at 10,000 instruments. Reference
    counting still frees everything as usual.
    """
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_enabled:
            gc.enable()


def load(
    invoer: str | Path = DEFAULT_INPUT,
    blad: str | None = None,
    taxonomy: Taxonomy | None = None,
    progress: Progress | Silent | None = None,
    peildatum: dt.date | None = None,
) -> Loaded:
    """Read, normalise and validate the keuzematrix at ``invoer``; never raises for bad input.

    ``peildatum`` is the reference date of freshness (see :func:`keuzehulp.freshness.reference_date`).
    """
    with _without_cyclic_gc():
        return _load(invoer, blad, taxonomy, progress, peildatum)[0]


@dataclass
class Raw:
    """The opened file, the instrument sheet's plain rows and its layout, for tools that copy cells as they are."""

    workbook: Workbook
    sheet: Sheet
    layout: Layout


def load_raw(
    invoer: str | Path, blad: str | None = None, taxonomy: Taxonomy | None = None
) -> tuple[Loaded, Raw | None]:
    """Like :func:`load`, and also return the raw sheet it read (None when the file could not be read)."""
    with _without_cyclic_gc():
        return _load(invoer, blad, taxonomy, None)


def _load(
    invoer: str | Path,
    blad: str | None,
    taxonomy: Taxonomy | None,
    progress: Progress | Silent | None,
    peildatum: dt.date | None = None,
    later: list[_LaterChecks] | None = None,
) -> tuple[Loaded, Raw | None]:
    # With ``later``, the checks of the complete model are not run but added to it, and the report lacks them.
    taxonomy = taxonomy or load_taxonomy(DEFAULT_VERSION)
    progress = progress or Silent()
    report = Report(bestand=str(invoer))
    progress.stage(STAGE_READ)
    try:
        workbook = open_workbook(invoer)
        settings_sheet = _settings_sheet(workbook)
        settings, settings_problems = read_settings(settings_sheet, taxonomy, Path(invoer).parent)
        sheet, layout = _instrument_sheet(workbook, blad, taxonomy)
        ervaringen_sheet = find_sheet(workbook)
    except KeuzehulpError as exc:
        report.problemen.append(exc.problem)
        return Loaded(report), None
    progress.stage(STAGE_CHECK)
    totals = summary_rows(sheet, layout)
    sheet = without_rows(sheet, set(totals))
    entries, problems = normalise(sheet, layout, taxonomy, settings, _rows_in_two_processes)
    found_in_sheet = sheet_problems(sheet, layout, entries, taxonomy)
    missing = missing_required_columns(layout, taxonomy, has_default_org=bool(settings.organisatie))
    unread = {f"{column_letter(col)}{row}" for row, col in sheet.unread}
    context = Context(entries, taxonomy, {f.key for f in missing}, unread)
    peildatum = reference_date(peildatum)
    ervaringen, ervaringen_problems = read_ervaringen(ervaringen_sheet, entries) if ervaringen_sheet else ([], [])
    attach([e.instrument for e in entries], ervaringen)
    before = [
        *_hidden_sheet_problems(settings_sheet, sheet, blad, ervaringen_sheet),
        *settings_problems,
        *missing_column_problems(missing, layout, sheet.name),
        *summary_row_problems(totals, sheet),
        *_without_replaced(problems, found_in_sheet),
        *found_in_sheet,
    ]
    checks = _LaterChecks(context, settings, peildatum, before, ervaringen_problems)
    if later is None:
        checks.complete(report, checks.problems())
    else:
        later.append(checks)
        report.problemen = _ordered([*before, *ervaringen_problems])
    report.aantal_instrumenten = len(entries)
    report.namen = {e.row: e.instrument.naam or "zonder naam" for e in entries}
    if settings.datum is None and workbook.modified is not None:
        settings.datum = workbook.modified.date().isoformat()
    matrix = Keuzematrix(
        instrumenten=[e.instrument for e in entries],
        instellingen=settings,
        bron=Bronbestand(Path(invoer).name, workbook.sha256, sheet.name),
        taxonomie=taxonomy.version,
        peildatum=peildatum,
        ervaringen=ervaringen,
    )
    return Loaded(report, matrix, entries), Raw(workbook, sheet, layout)


def check(
    invoer: str | Path = DEFAULT_INPUT,
    blad: str | None = None,
    progress: Progress | Silent | None = None,
    peildatum: dt.date | None = None,
) -> Report:
    """Return the validation report of the keuzematrix at ``invoer`` on ``peildatum``."""
    return load(invoer, blad, progress=progress, peildatum=peildatum).report


def build(
    invoer: str | Path = DEFAULT_INPUT,
    uitvoer: str | Path = DEFAULT_OUTPUT,
    blad: str | None = None,
    templates: str | Path | None = None,
    strict: bool = False,
    instellingen: dict[str, str | None] | None = None,
    progress: Progress | Silent | None = None,
    renderers: Sequence[Renderer] = RENDERERS,
    peildatum: dt.date | None = None,
    per_gebied: bool = False,
    vorige: str | Path | None = None,
) -> Loaded:
    """Validate ``invoer`` and write the outputs of ``renderers`` into ``uitvoer`` at once; raise BuildFailed on fouten.

    ``instellingen`` overrides settings of the keuzematrix (organisatie, titel, hoofdkleur, ...); a value of
    None keeps the keuzematrix's own, and a key that is not a setting raises TypeError. The returned
    :class:`Loaded` has no entries: they only serve messages, and releasing them before rendering keeps a
    sixth of the model out of memory while the outputs are written. ``peildatum``
    decides, as for :func:`check`, which instruments are valid and so on the cliënt site.
    With ``per_gebied`` the output also holds a build per gemeente the matrix names (see :mod:`keuzehulp.gebieden`).
    ``vorige`` is the previous version: the outputs then show what changed (KeuzehulpError, nothing written,
    when it is unreadable).
    """
    progress = progress or Silent()
    with _without_cyclic_gc():
        later: list[_LaterChecks] = []
        loaded = _load(invoer, blad, None, progress, peildatum, later)[0]
        if loaded.matrix is None:
            raise BuildFailed(loaded.report)
        checks: _LaterChecks | None = later.pop()
        if checks is not None and (not _render_beside(loaded.matrix, renderers) or loaded.report.failed(strict)):
            checks.complete(loaded.report, checks.problems())  # else they run in the child, beside the rendering
            checks = None  # and the entries it holds are let go before rendering
            if loaded.report.failed(strict):
                raise BuildFailed(loaded.report)
        loaded.matrix.instellingen = loaded.matrix.instellingen.overridden(**(instellingen or {}))
        if vorige is not None:
            from .diff import changes_since

            loaded.matrix.wijzigingen = changes_since(vorige, loaded)
        loaded.entries = None
        with atomic_folder(Path(uitvoer), invoer=Path(invoer)) as staging:
            found = _render(
                loaded.matrix,
                staging,
                Path(templates) if templates is not None else None,
                renderers,
                progress,
                checks,
            )
            if checks is not None and checks.complete(loaded.report, found).failed(strict):
                raise BuildFailed(loaded.report)  # nothing is put in place: the staging folder goes
            if per_gebied:
                _write_per_gebied(loaded.matrix, staging, Path(templates) if templates is not None else None, renderers)
            progress.stage(STAGE_WRITE)
    return loaded


def _render_beside(matrix: Keuzematrix, renderers: Sequence[Renderer]) -> bool:
    """Return True when :func:`_render` runs all but the last of ``renderers`` in a forked child."""
    return len(renderers) > 1 and _can_fork() and len(matrix.instrumenten) <= PARALLEL_LIMIT


def _render(
    matrix: Keuzematrix,
    folder: Path,
    templates: Path | None,
    renderers: Sequence[Renderer] = RENDERERS,
    progress: Progress | Silent | None = None,
    checks: _LaterChecks | None = None,
) -> list[Problem]:
    """Write the output of each of ``renderers`` into ``folder``; raise the exception of one that failed.

    Where :func:`_render_beside` says so, the last renderer runs in this process while a child runs the others
    (on two cores the workbook and the site are written at the same time), and first ``checks``: their problems
    are returned. Stages are reported in order.
    """
    progress = progress or Silent()
    *rest, last = renderers
    if not _render_beside(matrix, renderers):
        for renderer in renderers:
            progress.stage(renderer.stage)
            renderer.write(matrix, folder, templates)
        return checks.problems() if checks else []
    for renderer in rest:
        progress.stage(renderer.stage)

    def others() -> tuple[list[Problem], dict[str, Owned]]:
        from concurrent.futures import ThreadPoolExecutor

        found = checks.problems() if checks else []
        # The swap's fsync and hashing of each output happen here, in a thread (both let go of the GIL) while the
        # next renderer writes, and all of it while this process writes the workbook.
        with ThreadPoolExecutor(max_workers=1) as sealing:
            sealed = [
                sealing.submit(seal_ahead, folder, renderer.write(matrix, folder, templates) or ()) for renderer in rest
            ]
            return found, {rel: owned for done in sealed for rel, owned in done.result().items()}

    child = _forked(others)
    progress.stage(last.stage)
    try:
        last.write(matrix, folder, templates)
    except BaseException:
        child.cancel()
        raise
    found, sealed = child.join()
    add_sealed(folder, sealed)
    return found


def _rows_in_two_processes(
    sheet: Sheet, layout: Layout, taxonomy: Taxonomy, settings: Instellingen, numbers: range
) -> tuple[list[Entry], list[Problem]]:
    """Read the rows ``numbers`` as :func:`~keuzehulp.normalise.read_rows` does; a large sheet in two processes.

    A forked child reads the last part and sends its instruments back pickled; this process reads the first part,
    the larger one, because unpickling them here takes time too.
    """
    if not PARALLEL_ROWS <= len(numbers) <= PARALLEL_LIMIT or not _can_fork():
        return read_rows(sheet, layout, taxonomy, settings, numbers)
    cut = round(len(numbers) * PARENT_SHARE)
    child = _forked(lambda: read_rows(sheet, layout, taxonomy, settings, numbers[cut:]))
    try:
        entries, problems = read_rows(sheet, layout, taxonomy, settings, numbers[:cut])
    except BaseException:
        child.cancel()
        raise
    more_entries, more_problems = child.join()
    return entries + more_entries, problems + more_problems


def _can_fork() -> bool:
    return sys.platform.startswith("linux") and hasattr(os, "fork")


class _Child:
    """A forked child running one piece of work; :meth:`join` re-raises in the parent what it raised."""

    def __init__(self, pid: int, pipe: int):
        self.pid = pid
        self.pipe = pipe

    def join(self) -> Any:
        """Wait for the child and return what its work returned; raise the exception it raised (or a RuntimeError
        when it died without one)."""
        import pickle

        with os.fdopen(self.pipe, "rb") as pipe:
            payload = pipe.read()
        _, status = os.waitpid(self.pid, 0)
        if payload[:1] == _RAISED:
            raise pickle.loads(payload[1:])
        if status != 0 or payload[:1] != _RETURNED:
            raise RuntimeError(f"the forked process {self.pid} ended with status {status}")
        return pickle.loads(payload[1:])

    def cancel(self) -> None:
        """Stop the child and wait for it (the parent failed: the staging folder is about to be removed)."""
        with contextlib.suppress(ProcessLookupError):
            os.kill(self.pid, signal.SIGKILL)
        os.close(self.pipe)
        os.waitpid(self.pid, 0)


_RETURNED, _RAISED = b"R", b"E"  # what the payload a child sends back starts with


def _forked(work: Callable[[], object]) -> _Child:
    """Start ``work`` in a forked child that dies with this process; return the handle to join it (and get what
    ``work`` returned)."""
    parent = os.getpid()
    sys.stdout.flush()
    sys.stderr.flush()
    read, write = os.pipe()
    pid = os.fork()
    if pid:
        os.close(write)
        return _Child(pid, read)
    os.close(read)
    status = 1
    try:
        import pickle

        _die_with_parent(parent)
        payload = _RETURNED + pickle.dumps(work(), protocol=pickle.HIGHEST_PROTOCOL)
        status = 0
    except BaseException as exc:  # everything reaches the parent, which raises it as if it ran there
        import traceback

        exc.add_note("".join(traceback.format_exception(exc)).rstrip() + "\n(in a forked process of the build)")
        payload = _RAISED + _pickled(exc)
    with contextlib.suppress(OSError), os.fdopen(write, "wb") as pipe:
        pipe.write(payload)
    # Files are closed by their renderers; skipping interpreter clean-up keeps the parent's buffers unflushed here.
    os._exit(status)


def _pickled(exc: BaseException) -> bytes:
    """Return ``exc`` pickled; one that does not survive the round trip goes as a RuntimeError with its text."""
    import pickle

    try:
        payload = pickle.dumps(exc)
        pickle.loads(payload)
        return payload
    except Exception:
        return pickle.dumps(RuntimeError(f"{type(exc).__name__}: {exc}"))


def _die_with_parent(parent: int) -> None:
    """Have the kernel kill this child when the parent dies, so a killed build leaves no writer behind."""
    import ctypes

    pr_set_pdeathsig = 1
    ctypes.CDLL(None, use_errno=True).prctl(pr_set_pdeathsig, signal.SIGKILL)
    if os.getppid() != parent:
        os._exit(1)


def _write_per_gebied(
    matrix: Keuzematrix, staging: Path, templates: Path | None, renderers: Sequence[Renderer] = RENDERERS
) -> None:
    """Write ``gebied/<gemeente-slug>/`` (the same outputs, for the instruments available there) and an index."""
    from .gebieden import GEBIED_FOLDER, per_gemeente, write_index

    entries = []
    for gemeente, instruments in per_gemeente(matrix.instrumenten):
        titel = f"{matrix.instellingen.titel} – {gemeente}"
        local = dataclasses.replace(
            matrix, instrumenten=instruments, instellingen=matrix.instellingen.overridden(titel=titel)
        )
        folder = slug(gemeente)
        (staging / GEBIED_FOLDER / folder).mkdir(parents=True)
        _render(local, staging / GEBIED_FOLDER / folder, templates, renderers)
        entries.append((gemeente, folder, len(instruments)))
    write_index(staging / GEBIED_FOLDER, matrix.instellingen.titel, matrix.instellingen.hoofdkleur, entries)


def _settings_sheet(workbook: Workbook) -> Sheet | None:
    names = sorted((n for n in workbook.sheet_names if is_settings_sheet(n)), key=workbook.is_hidden)
    return workbook.sheet(names[0]) if names else None


def _hidden_sheet_problems(
    settings: Sheet | None, instruments: Sheet, blad: str | None, ervaringen: Sheet | None = None
) -> list[Problem]:
    """Return a waarschuwing for each hidden sheet whose content is used."""
    found = []
    if settings is not None and settings.hidden_sheet:
        found.append(problem("blad-verborgen", blad=settings.name, reden="de instellingen erop gelden"))
    if ervaringen is not None and ervaringen.hidden_sheet:
        found.append(problem("blad-verborgen", blad=ervaringen.name, reden="de ervaringen erop tellen mee"))
    if instruments.hidden_sheet:
        reden = "het is gekozen met --blad" if blad is not None else "geen zichtbaar blad heeft herkenbare kolomkoppen"
        found.append(problem("blad-verborgen", blad=instruments.name, reden=reden))
    return found


def _without_replaced(problems: list[Problem], replacing: list[Problem]) -> list[Problem]:
    """Return ``problems`` without the waarschuwingen about columns that ``replacing`` reports as a fout."""
    cells = {p.cel for p in replacing if p.code == "kolom-markeringen-onbekend"}
    return [p for p in problems if not (p.code in ("kolom-onbekend", "kolom-zonder-kop") and p.cel in cells)]


def _instrument_sheet(workbook: Workbook, blad: str | None, taxonomy: Taxonomy):
    if blad is not None:
        name = next((n for n in workbook.sheet_names if n == blad), None)
        name = name or next((n for n in workbook.sheet_names if fold(n) == fold(blad)), None)
        if name is None:
            raise KeuzehulpError(
                problem("blad-niet-gevonden", blad_gevraagd=blad, bladen=", ".join(workbook.sheet_names))
            )
        sheet = workbook.sheet(name)
        layout = find_layout(sheet, taxonomy)
        if layout is None:
            raise KeuzehulpError(problem("geen-kopregel", blad=name, bladen=name))
        return sheet, layout
    # A hidden sheet is only read when no visible one has a header: what people see is what is published.
    for name in sorted(workbook.sheet_names, key=workbook.is_hidden):
        if is_settings_sheet(name) or is_ervaringen_sheet(name):
            continue
        sheet = workbook.sheet(name)
        layout = find_layout(sheet, taxonomy)
        if layout is not None:
            return sheet, layout
    shown = ", ".join(n for n in workbook.sheet_names if not is_settings_sheet(n)) or "geen"
    raise KeuzehulpError(problem("geen-kopregel", bladen=shown))


def _ordered(problems: list[Problem]) -> list[Problem]:
    """Return problems by sheet (settings last), row and column, keeping discovery order for ties."""

    def position(p: Problem) -> tuple:
        letters = "".join(ch for ch in (p.cel or "") if ch.isalpha())
        ervaringen = p.blad is not None and is_ervaringen_sheet(p.blad)
        return (p.blad == SETTINGS_SHEET, ervaringen, p.rij or 0, column_index(letters) if letters else 0)

    return sorted(problems, key=position)
