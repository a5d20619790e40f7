"""`build` replaces only what keuzehulp wrote: anything else in the output folder, at any depth, makes it refuse.

Every test runs the real command on real files, and checks that a refused build changed nothing at all.
"""

from __future__ import annotations

import json
import os
import shutil
import stat

import pytest

from keuzehulp.output import MANIFEST, PREVIOUS, STAGING
from tests.outputs import bind, run_build, snapshot, tmpfs
from tests.xlsx import valid_row, write_matrix


@pytest.fixture
def sources(tmp_path):
    """Two valid keuzematrices: the one built first, and the next version."""
    return (
        write_matrix(tmp_path / "eerste.xlsx", [valid_row("Eerste")]),
        write_matrix(tmp_path / "tweede.xlsx", [valid_row("Tweede"), valid_row("Derde")]),
    )


@pytest.fixture
def built(tmp_path, sources):
    """An output folder with a complete first build in it."""
    out = tmp_path / "uit"
    assert run_build(sources[0], out).returncode == 0
    return out


def names_in(out):
    return [i["naam"] for i in json.loads((out / "instrumenten.json").read_text(encoding="utf-8"))["instrumenten"]]


def refused(done, out, before, *words):
    """Assert the build ended with a Dutch refusal naming ``words``, without traceback, and changed nothing."""
    assert done.returncode == 1, done.stderr
    assert "Traceback" not in done.stderr
    assert "Er is niets geschreven" in done.stderr
    for word in words:
        assert word in done.stderr
    assert snapshot(out) == before


def add_file(rel, text="van iemand anders"):
    def add(out):
        (out / rel).parent.mkdir(parents=True, exist_ok=True)
        (out / rel).write_text(text, encoding="utf-8")

    return add


def folder_instead_of(rel):
    def add(out):
        (out / rel).unlink()
        (out / rel).mkdir()
        (out / rel / "notities.txt").write_text("belangrijk", encoding="utf-8")

    return add


def empty_folder(rel):
    return lambda out: (out / rel).mkdir()


def symlink(rel, target):
    return lambda out: (out / rel).symlink_to(target)


FOREIGN = {
    "file at the top": (add_file("notulen.docx"), "notulen.docx"),
    "file inside keuzehulp/": (add_file("keuzehulp/logo.png"), "keuzehulp/logo.png"),
    "hidden file inside keuzehulp/": (add_file("keuzehulp/.htaccess"), "keuzehulp/.htaccess"),
    "file two levels down": (add_file("keuzehulp/img/kaart.svg"), "keuzehulp/img/"),
    "empty folder of someone else": (empty_folder("keuzehulp/beelden"), "keuzehulp/beelden/"),
    "folder where the workbook belongs": (folder_instead_of("keuzehulp.xlsx"), "keuzehulp.xlsx/"),
    "folder where a site file belongs": (folder_instead_of("keuzehulp/index.html"), "keuzehulp/index.html/"),
    "symlink to a file elsewhere": (symlink("keuzehulp/extra.html", "/etc/hostname"), "keuzehulp/extra.html"),
    "file named like a staging folder": (add_file(f"{STAGING}x"), f"{STAGING}x"),
}


@pytest.mark.parametrize("case", FOREIGN, ids=list(FOREIGN))
def test_anything_keuzehulp_did_not_write_is_refused_and_kept(built, sources, case):
    make, named = FOREIGN[case]
    make(built)
    before = snapshot(built)
    refused(run_build(sources[1], built), built, before, "uitvoer-map-bezet", named)


def test_a_changed_file_is_not_replaced(built, sources):
    (built / "keuzehulp" / "keuzehulp.css").write_text("/* eigen huisstijl */", encoding="utf-8")
    before = snapshot(built)
    refused(run_build(sources[1], built), built, before, "uitvoer-bestand-veranderd", "keuzehulp.css")


def test_input_stored_in_the_output_folder_is_never_replaced(built, sources):
    inside = built / "keuzematrix.xlsx"
    shutil.copyfile(sources[1], inside)
    before = snapshot(built)
    refused(run_build(inside, built), built, before, "uitvoer-is-invoer")


def test_a_complete_build_replaces_the_previous_one_and_keeps_a_manifest(built, sources):
    assert run_build(sources[1], built).returncode == 0
    assert names_in(built) == ["Tweede", "Derde"]
    manifest = json.loads((built / MANIFEST).read_text(encoding="utf-8"))["bestanden"]
    assert set(manifest) == {rel for rel, kind in snapshot(built).items() if kind != "/"} - {MANIFEST}
    assert not (built / STAGING).exists() and not (built / PREVIOUS).exists()


LEGACY = ["keuzehulp.xlsx", "instrumenten.json", "keuzehulp/index.html", "keuzehulp/keuzehulp.css"]


def test_output_of_a_version_without_manifest_is_replaced(tmp_path, sources):
    out = tmp_path / "uit"
    for rel in LEGACY:
        add_file(rel, "oude versie")(out)
    assert run_build(sources[1], out).returncode == 0
    assert names_in(out) == ["Tweede", "Derde"]
    assert (out / MANIFEST).is_file()


def test_output_of_a_version_without_manifest_with_other_files_is_refused(tmp_path, sources):
    out = tmp_path / "uit"
    for rel in [*LEGACY, "keuzehulp/logo.png"]:
        add_file(rel, "oude versie")(out)
    before = snapshot(out)
    refused(run_build(sources[1], out), out, before, "keuzehulp/logo.png")


EXCEL_OWNER = bytes([10]) + b"Jan Jansen" + b" " * 43 + bytes([10, 0]) + "Jan Jansen".encode("utf-16-le")
LOCKS = {
    "LibreOffice": (".~lock.keuzehulp.xlsx#", b"Jan Jansen,jan,werkplek-12,30.11.2026 10:15,file:///home/jan;"),
    "LibreOffice without a name": (".~lock.keuzehulp.xlsx#", b",jan,werkplek-12,30.11.2026 10:15,file:///x;"),
    "Excel": ("~$keuzehulp.xlsx", EXCEL_OWNER),
}


@pytest.mark.parametrize("case", LOCKS, ids=list(LOCKS))
def test_a_workbook_open_in_an_office_program_is_not_replaced(built, sources, case):
    name, content = LOCKS[case]
    (built / name).write_bytes(content)
    before = snapshot(built)
    program = case.split()[0]
    who = "jan" if "without" in case else "Jan Jansen"
    done = run_build(sources[1], built)
    refused(done, built, before, "uitvoer-bestand-open", "keuzehulp.xlsx", f"open in {program} door {who}", name)


def test_a_symlinked_output_folder_is_followed(tmp_path, sources):
    target = tmp_path / "echte-map"
    target.mkdir()
    link = tmp_path / "uit"
    link.symlink_to(target)
    for source in sources:
        assert run_build(source, link).returncode == 0
    assert link.is_symlink() and os.readlink(link) == str(target)
    assert names_in(target) == ["Tweede", "Derde"]
    assert sorted(p.name for p in tmp_path.iterdir()) == ["echte-map", "eerste.xlsx", "tweede.xlsx", "uit"]


def test_a_symlink_to_a_folder_that_does_not_exist_yet_is_followed(tmp_path, sources):
    link = tmp_path / "uit"
    link.symlink_to(tmp_path / "nog-niet")
    assert run_build(sources[0], link).returncode == 0
    assert link.is_symlink() and names_in(tmp_path / "nog-niet") == ["Eerste"]


def test_a_mounted_output_folder_is_filled_in_place(tmp_path, sources):
    volume = tmp_path / "volume"
    out = tmp_path / "uit"
    with bind(volume, out):
        for source in sources:
            done = run_build(source, out)
            assert done.returncode == 0, done.stderr
        inside = snapshot(out)
        (out / "notulen.docx").write_text("van iemand anders", encoding="utf-8")
        before = snapshot(out)
        refused(run_build(sources[0], out), out, before, "notulen.docx")
    assert snapshot(volume) == before and "keuzehulp/index.html" in inside
    assert names_in(volume) == ["Tweede", "Derde"]


@pytest.mark.parametrize("mount", ["bind", "tmpfs"])
def test_a_mounted_keuzehulp_folder_is_filled_in_place_and_never_wiped(tmp_path, sources, mount):
    out = tmp_path / "uit"
    site = tmp_path / "website"
    reference = tmp_path / "referentie"
    assert run_build(sources[1], reference).returncode == 0
    site.mkdir()
    with bind(site, out / "keuzehulp") if mount == "bind" else tmpfs(out / "keuzehulp", "2m"):
        for source in sources:
            done = run_build(source, out)
            assert done.returncode == 0, done.stderr
        assert snapshot(out) == snapshot(reference)
        (out / "keuzehulp" / "logo.png").write_bytes(b"\x89PNG")
        before = snapshot(out)
        refused(run_build(sources[0], out), out, before, "keuzehulp/logo.png")
        (out / "keuzehulp" / "logo.png").unlink()
        assert run_build(sources[0], out).returncode == 0
        mounted_site = snapshot(out / "keuzehulp")
    assert sorted(os.listdir(out / "keuzehulp")) == []
    if mount == "bind":
        assert snapshot(site) == mounted_site


def test_everything_written_is_world_readable_under_a_strict_umask(tmp_path, sources):
    out = tmp_path / "nieuw" / "uit"
    for source in sources:
        done = run_build(source, out, umask=0o077)
        assert done.returncode == 0, done.stderr
    written = [tmp_path / "nieuw", *(tmp_path / "nieuw").rglob("*")]
    wrong = {
        path.relative_to(tmp_path).as_posix(): oct(stat.S_IMODE(path.stat().st_mode))
        for path in written
        if stat.S_IMODE(path.stat().st_mode) != (0o755 if path.is_dir() else 0o644)
    }
    assert not wrong, "not world-readable (files 0644, folders 0755)"
    assert len(written) == 12
