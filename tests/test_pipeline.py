"""build() runs its renderers, the first here and the others in a forked child, and swaps in all or nothing."""

from __future__ import annotations

import dataclasses
import os
import time

import pytest

from keuzehulp import pipeline
from keuzehulp.output import MANIFEST
from keuzehulp.pipeline import BUILD_STAGES, JSON, RENDERERS, BuildFailed, Renderer, build
from keuzehulp.problems import KeuzehulpError, problem
from tests.xlsx import valid_row, write_matrix


def snapshot(folder):
    return {str(p.relative_to(folder)): p.read_bytes() for p in sorted(folder.rglob("*")) if p.is_file()}


def no_staging_left(folder):
    return not [p for p in folder.iterdir() if ".nieuw-" in p.name]


@pytest.fixture
def previous(tmp_path):
    """An output folder holding a complete earlier build (JSON only), and its bytes."""
    out = tmp_path / "uit"
    build(write_matrix(tmp_path / "a.xlsx", [valid_row("Eerste")]), out, renderers=[JSON])
    return out, snapshot(out)


def pid_writer(tmp_path, name):
    """Return a renderer function that records the id of the process it ran in, then does nothing else."""

    def record(matrix, folder, templates):
        (tmp_path / name).write_text(str(os.getpid()))

    return record


def test_a_failing_renderer_in_the_child_reports_its_dutch_error_and_leaves_the_previous_output(tmp_path, previous):
    out, before = previous

    def disk_full(matrix, folder, templates):
        (tmp_path / "kind.pid").write_text(str(os.getpid()))
        (folder / "half.json").write_text("{")
        raise KeuzehulpError(problem("uitvoer-mislukt", reden="de schijf is vol"))

    renderers = [Renderer("kapot", disk_full), Renderer("laatste", pid_writer(tmp_path, "ouder.pid"))]
    with pytest.raises(KeuzehulpError) as failed:
        build(write_matrix(tmp_path / "b.xlsx", [valid_row("Tweede")]), out, renderers=renderers)
    assert failed.value.problem == problem("uitvoer-mislukt", reden="de schijf is vol")
    assert "de schijf is vol" in str(failed.value)
    assert (tmp_path / "ouder.pid").read_text() == str(os.getpid())
    assert (tmp_path / "kind.pid").read_text() != str(os.getpid()), "the failing renderer did not run in a child"
    assert snapshot(out) == before
    assert no_staging_left(tmp_path)


def test_an_unexpected_error_in_the_child_is_raised_with_its_traceback(tmp_path, previous):
    out, before = previous

    def broken(matrix, folder, templates):
        raise ValueError("kapotte sjabloon")

    with pytest.raises(ValueError, match="kapotte sjabloon") as failed:
        build(write_matrix(tmp_path / "b.xlsx", [valid_row()]), out, renderers=[Renderer("kapot", broken), JSON])
    assert any("in broken" in note for note in failed.value.__notes__), "the child's traceback is kept as a note"
    assert snapshot(out) == before


def test_a_child_that_dies_without_an_error_fails_the_build(tmp_path, previous):
    out, before = previous

    def vanish(matrix, folder, templates):
        os._exit(3)

    with pytest.raises(RuntimeError, match="status"):
        build(write_matrix(tmp_path / "b.xlsx", [valid_row()]), out, renderers=[Renderer("weg", vanish), JSON])
    assert snapshot(out) == before
    assert no_staging_left(tmp_path)


def test_a_failing_parent_renderer_stops_the_child_before_the_staging_folder_goes(tmp_path, previous):
    out, before = previous

    def slow(matrix, folder, templates):
        (tmp_path / "kind.tmp").write_text(str(os.getpid()))
        (tmp_path / "kind.tmp").rename(tmp_path / "kind.pid")  # whole, as it may be killed any moment now
        time.sleep(30)
        (folder / "te-laat.txt").write_text("te laat")

    def broken(matrix, folder, templates):
        while not (tmp_path / "kind.pid").exists():
            time.sleep(0.01)
        raise OSError("schijf weg")

    started = time.monotonic()
    with pytest.raises(OSError, match="schijf weg"):
        build(
            write_matrix(tmp_path / "b.xlsx", [valid_row()]),
            out,
            renderers=[Renderer("traag", slow), Renderer("kapot", broken)],
        )
    assert time.monotonic() - started < 20, "the parent waited for the child instead of stopping it"
    child = int((tmp_path / "kind.pid").read_text())
    with pytest.raises(ProcessLookupError):
        os.kill(child, 0)
    assert snapshot(out) == before
    assert no_staging_left(tmp_path)


def test_renderers_in_a_child_write_the_same_bytes_as_one_at_a_time(tmp_path, example_path, monkeypatch):
    monkeypatch.setenv("SOURCE_DATE_EPOCH", "1700000000")
    build(example_path, tmp_path / "samen")
    alone = {}
    for renderer in RENDERERS:
        build(example_path, tmp_path / renderer.stage, renderers=[renderer])
        alone.update(snapshot(tmp_path / renderer.stage))
    assert {"instrumenten.json", "keuzehulp.xlsx", "keuzehulp/index.html"} <= set(alone)
    together = snapshot(tmp_path / "samen")
    assert together.pop(MANIFEST) and alone.pop(MANIFEST)  # each lists the files of its own build
    assert together == alone


def test_stages_are_reported_in_the_order_of_the_progress_bar(tmp_path):
    class Recorder:
        def __init__(self):
            self.stages = []

        def stage(self, name):
            self.stages.append(name)

    recorder = Recorder()
    build(write_matrix(tmp_path / "a.xlsx", [valid_row()]), tmp_path / "uit", progress=recorder)
    assert recorder.stages == list(BUILD_STAGES)
    assert [r.stage for r in RENDERERS] == list(BUILD_STAGES[2:-1])


def test_an_unknown_setting_is_a_programming_error(tmp_path):
    with pytest.raises(TypeError, match="kleur"):
        build(write_matrix(tmp_path / "a.xlsx", [valid_row()]), tmp_path / "uit", instellingen={"kleur": "#000000"})
    assert not (tmp_path / "uit").exists()


def test_none_keeps_the_setting_of_the_keuzematrix(tmp_path):
    source = write_matrix(tmp_path / "a.xlsx", [valid_row()])
    own = build(source, tmp_path / "een", renderers=[JSON]).matrix.instellingen
    loaded = build(
        source, tmp_path / "twee", instellingen={"titel": "Werkwijzer", "organisatie": None}, renderers=[JSON]
    )
    assert loaded.matrix.instellingen.titel == "Werkwijzer"
    assert loaded.matrix.instellingen.organisatie == own.organisatie


def test_a_single_renderer_runs_in_this_process(tmp_path):
    build(
        write_matrix(tmp_path / "a.xlsx", [valid_row()]),
        tmp_path / "uit",
        renderers=[Renderer("een", pid_writer(tmp_path, "pid"))],
    )
    assert (tmp_path / "pid").read_text() == str(os.getpid())
    assert pipeline.RENDERERS[-1] is pipeline.WORKBOOK, "the longest renderer runs in the parent"


def test_a_large_matrix_is_rendered_in_this_process_to_spare_memory(tmp_path, monkeypatch):
    monkeypatch.setattr(pipeline, "PARALLEL_LIMIT", 1)
    renderers = [Renderer("eerste", pid_writer(tmp_path, "pid")), JSON]
    build(write_matrix(tmp_path / "a.xlsx", [valid_row("A"), valid_row("B")]), tmp_path / "uit", renderers=renderers)
    assert (tmp_path / "pid").read_text() == str(os.getpid())
    assert (tmp_path / "uit" / "instrumenten.json").exists()


def test_a_small_matrix_renders_its_other_outputs_in_a_child(tmp_path):
    renderers = [Renderer("eerste", pid_writer(tmp_path, "pid")), JSON]
    build(write_matrix(tmp_path / "a.xlsx", [valid_row("A")]), tmp_path / "uit", renderers=renderers)
    assert (tmp_path / "pid").read_text() != str(os.getpid())


def _rows_with_problems(count: int) -> list[dict[str, object]]:
    """Instruments of which every seventh has an unknown tegel and every fifth an unclear contact."""
    rows = []
    for n in range(count):
        extra: dict[str, object] = {"Tegels": "Werk fitt"} if n % 7 == 0 else {}
        if n % 5 == 0:
            extra["Contactpersonen"] = f"intern; Naam {n}; Andere Naam; 06-{n:08d}"
        rows.append(valid_row(f"Instrument {n % 40}", **extra))  # names repeat: ids need every row
    return rows


def test_a_large_sheet_is_read_in_two_processes_as_in_one(tmp_path, monkeypatch):
    source = write_matrix(tmp_path / "groot.xlsx", _rows_with_problems(120))
    readers = tmp_path / "lezers"
    read_rows = pipeline.read_rows

    def recording(*args):
        with open(readers, "a") as handle:
            handle.write(f"{os.getpid()}\n")
        return read_rows(*args)

    monkeypatch.setattr(pipeline, "read_rows", recording)
    monkeypatch.setattr(pipeline, "PARALLEL_ROWS", 10**9)
    one = pipeline.load(source)
    monkeypatch.setattr(pipeline, "PARALLEL_ROWS", 2)
    two = pipeline.load(source)
    pids = readers.read_text().split()
    assert len(pids) == 3 and len(set(pids)) == 2, "one reading here, then one here and one in a child"
    assert [dataclasses.asdict(i) for i in two.matrix.instrumenten] == [
        dataclasses.asdict(i) for i in one.matrix.instrumenten
    ]
    assert two.report.problemen == one.report.problemen
    codes = {p.code for p in one.report.problemen}
    assert {"tegel-onbekend", "contact-onduidelijk"} <= codes, "problems in both parts are compared"


def test_an_error_in_the_child_reading_rows_is_raised_here_with_its_traceback(tmp_path, monkeypatch):
    source = write_matrix(tmp_path / "groot.xlsx", _rows_with_problems(20))
    read_rows = pipeline.read_rows

    def failing_after_the_first_rows(sheet, layout, taxonomy, settings, numbers):
        if numbers.start > 10:
            raise ValueError("kapot in het kind")
        return read_rows(sheet, layout, taxonomy, settings, numbers)

    monkeypatch.setattr(pipeline, "read_rows", failing_after_the_first_rows)
    monkeypatch.setattr(pipeline, "PARALLEL_ROWS", 2)
    with pytest.raises(ValueError, match="kapot in het kind") as raised:
        pipeline.load(source)
    assert any("failing_after_the_first_rows" in note for note in raised.value.__notes__)


@pytest.mark.parametrize("beside", [True, False])
def test_a_build_fails_with_the_report_of_check_also_when_its_checks_run_beside_the_rendering(
    tmp_path, previous, beside, monkeypatch
):
    if not beside:
        monkeypatch.setattr(pipeline, "PARALLEL_LIMIT", 0)
    rows = [valid_row("Eerste"), valid_row("Tweede", Doel=None), valid_row("Eerste", Tegels="Werk fitt")]
    source = write_matrix(tmp_path / "fout.xlsx", rows)
    out = tmp_path / "uit"
    before = snapshot(out)
    with pytest.raises(BuildFailed) as failed:
        build(source, out)
    report = pipeline.check(source)
    assert failed.value.report.problemen == report.problemen
    assert {"verplicht-veld-leeg", "naam-dubbel", "tegel-onbekend"} <= {p.code for p in report.problemen}
    assert snapshot(out) == before
    assert no_staging_left(tmp_path)


def test_a_build_reports_what_check_reports(tmp_path):
    rows = [
        valid_row("Eerste", **{"Beschikbare gebieden": "Marsstad"}),
        valid_row("Tweede", Contactpersonen="Jan; Piet; 06-12345678", **{"Laatst gecontroleerd": "2020-01-01"}),
        valid_row("Derde", Doelgroepen="Marsmannetjes"),
    ]
    source = write_matrix(tmp_path / "waarschuwingen.xlsx", rows)
    report = pipeline.check(source)
    assert not report.fouten
    # Found while reading (contact, doelgroep) and by the checks of the complete model (gebied, controle), mixed.
    assert {"contact-onduidelijk", "doelgroep-onbekend", "gebied-onbekend", "controle-verlopen"} <= {
        p.code for p in report.problemen
    }
    assert build(source, tmp_path / "uit").report.problemen == report.problemen
