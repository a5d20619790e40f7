"""Writing: a failed or refused build leaves the previous output as it was; a failed swap says where both are."""

from __future__ import annotations

import dataclasses
import errno
import hashlib
import json
import os

import pytest

from keuzehulp import output, pipeline
from keuzehulp.output import PREVIOUS, STAGING
from keuzehulp.pipeline import BuildFailed, build
from keuzehulp.problems import KeuzehulpError
from tests.xlsx import valid_row, write_matrix


def snapshot(folder):
    return {str(p.relative_to(folder)): p.read_bytes() for p in sorted(folder.rglob("*")) if p.is_file()}


@pytest.fixture
def only_json():
    """Build only instrumenten.json, so these tests are about the write mechanism, not the renderers."""
    return [pipeline.JSON]


def test_build_replaces_the_previous_output(tmp_path, only_json):
    out = tmp_path / "uit"
    build(write_matrix(tmp_path / "a.xlsx", [valid_row("Eerste")]), out, renderers=only_json)
    build(write_matrix(tmp_path / "b.xlsx", [valid_row("Tweede")]), out, renderers=only_json)
    data = json.loads((out / "instrumenten.json").read_text(encoding="utf-8"))
    assert [i["naam"] for i in data["instrumenten"]] == ["Tweede"]
    assert [p.name for p in tmp_path.iterdir() if p.name.startswith(".")] == [], "nothing written beside the folder"
    assert sorted(p.name for p in out.iterdir()) == [".keuzehulp-manifest.json", "instrumenten.json"]


def test_fouten_leave_the_previous_output_untouched(tmp_path, only_json):
    out = tmp_path / "uit"
    build(write_matrix(tmp_path / "a.xlsx", [valid_row("Eerste")]), out, renderers=only_json)
    before = snapshot(out)
    with pytest.raises(BuildFailed) as failed:
        build(write_matrix(tmp_path / "b.xlsx", [valid_row("Tweede", Doel=None)]), out, renderers=only_json)
    assert [p.code for p in failed.value.report.fouten] == ["verplicht-veld-leeg"]
    assert snapshot(out) == before


def test_a_renderer_failing_halfway_leaves_the_previous_output_and_no_staging(tmp_path, only_json):
    out = tmp_path / "uit"
    build(write_matrix(tmp_path / "a.xlsx", [valid_row("Eerste")]), out, renderers=only_json)
    before = snapshot(out)

    def explode(matrix, folder, templates):
        (folder / "half.txt").write_text("half af")
        raise RuntimeError("stroom uitgevallen")

    with pytest.raises(RuntimeError):
        build(
            write_matrix(tmp_path / "b.xlsx", [valid_row("Tweede")]), out, renderers=[pipeline.Renderer("x", explode)]
        )
    assert snapshot(out) == before
    assert not (out / STAGING).exists()


def test_strict_refuses_warnings(tmp_path, only_json):
    with pytest.raises(BuildFailed):
        build(
            write_matrix(tmp_path / "a.xlsx", [valid_row(Tegels=None)]),
            tmp_path / "uit",
            strict=True,
            renderers=only_json,
        )
    assert not (tmp_path / "uit").exists()


def test_folder_with_other_files_is_refused(tmp_path, only_json):
    out = tmp_path / "uit"
    out.mkdir()
    (out / "notulen.docx").write_text("belangrijk")
    with pytest.raises(KeuzehulpError) as refused:
        build(write_matrix(tmp_path / "a.xlsx", [valid_row()]), out, renderers=only_json)
    assert refused.value.problem.code == "uitvoer-map-bezet"
    assert (out / "notulen.docx").read_text() == "belangrijk"


def test_same_input_gives_the_same_json_bytes(tmp_path, only_json):
    source = write_matrix(tmp_path / "a.xlsx", [valid_row("A"), valid_row("B", **{"Totale kosten": "€ 1.250,-"})])
    build(source, tmp_path / "een", renderers=only_json)
    build(source, tmp_path / "twee", renderers=only_json)
    assert (tmp_path / "een" / "instrumenten.json").read_bytes() == (
        tmp_path / "twee" / "instrumenten.json"
    ).read_bytes()


def test_settings_overrides_from_build_options(tmp_path, only_json):
    loaded = build(
        write_matrix(tmp_path / "a.xlsx", [valid_row()]),
        tmp_path / "uit",
        instellingen={"titel": "Werkwijzer", "organisatie": None},
        renderers=only_json,
    )
    assert loaded.matrix.instellingen.titel == "Werkwijzer"


def test_a_file_system_without_hard_links_gets_copies(tmp_path, monkeypatch, only_json):
    def refuse_link(*_):
        raise OSError(errno.EPERM, "Operation not permitted")

    monkeypatch.setattr(os, "link", refuse_link)
    out = tmp_path / "uit"
    build(write_matrix(tmp_path / "a.xlsx", [valid_row("Eerste")]), out)
    build(write_matrix(tmp_path / "b.xlsx", [valid_row("Tweede")]), out)
    data = json.loads((out / "instrumenten.json").read_text(encoding="utf-8"))
    assert [i["naam"] for i in data["instrumenten"]] == ["Tweede"]
    assert not (out / STAGING).exists()


def test_a_swap_that_can_neither_finish_nor_go_back_says_where_both_builds_are(tmp_path, monkeypatch, only_json):
    out = tmp_path / "uit"
    build(write_matrix(tmp_path / "a.xlsx", [valid_row("Eerste")]), out)
    before = snapshot(out)
    real_install, real_replace, swapping = output._install, os.replace, []

    def install(*args, **kwargs):
        swapping.append(True)
        return real_install(*args, **kwargs)

    def broken_disk(source, target):
        if swapping:
            raise OSError(errno.EIO, "Input/output error", str(target))
        return real_replace(source, target)

    monkeypatch.setattr(output, "_install", install)
    monkeypatch.setattr(os, "replace", broken_disk)
    with pytest.raises(KeuzehulpError) as failed:
        build(write_matrix(tmp_path / "b.xlsx", [valid_row("Tweede")]), out)
    assert failed.value.problem.code == "uitvoer-onvolledig"
    assert "lees- of schrijffout" in failed.value.problem.melding
    assert str(out / PREVIOUS) in failed.value.problem.melding and str(out / STAGING) in failed.value.problem.melding
    assert snapshot(out / PREVIOUS) == before
    monkeypatch.setattr(os, "replace", real_replace)
    build(write_matrix(tmp_path / "b.xlsx", [valid_row("Tweede")]), out)
    data = json.loads((out / "instrumenten.json").read_text(encoding="utf-8"))
    assert [i["naam"] for i in data["instrumenten"]] == ["Tweede"]
    assert not (out / STAGING).exists() and not (out / PREVIOUS).exists()


def manifest(folder) -> dict[str, str]:
    return json.loads((folder / output.MANIFEST).read_text(encoding="utf-8"))["bestanden"]


def test_a_file_sealed_ahead_is_not_read_again_unless_it_changed_since(tmp_path):
    out = tmp_path / "uit"
    with output.atomic_folder(out) as staging:
        for name in ("vast", "later-veranderd", "niet-vooraf"):
            (staging / name).write_text(name)
        sealed = output.seal_ahead(staging, ["vast", "later-veranderd"])
        assert sealed["vast"].sha256 == hashlib.sha256(b"vast").hexdigest()
        # A hash that only this record holds: in the manifest, it shows the file was not read again.
        output.add_sealed(staging, {**sealed, "vast": dataclasses.replace(sealed["vast"], sha256="ahead")})
        with open(staging / "later-veranderd", "a") as handle:
            handle.write(" en meer")
    assert manifest(out) == {
        "vast": "ahead",
        "later-veranderd": hashlib.sha256(b"later-veranderd en meer").hexdigest(),
        "niet-vooraf": hashlib.sha256(b"niet-vooraf").hexdigest(),
    }


def test_the_manifest_holds_the_hash_of_every_file_also_of_those_sealed_in_the_child(tmp_path, example_path):
    out = tmp_path / "uit"
    build(example_path, out)
    files = {p.relative_to(out).as_posix(): p for p in out.rglob("*") if p.is_file() and p.name != output.MANIFEST}
    assert {"instrumenten.json", "keuzehulp.xlsx", "keuzehulp/index.html"} <= set(files)
    assert manifest(out) == {rel: hashlib.sha256(p.read_bytes()).hexdigest() for rel, p in files.items()}
    assert {oct(p.stat().st_mode & 0o777) for p in files.values()} == {oct(output.FILE_MODE)}
