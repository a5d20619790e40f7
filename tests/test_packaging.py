"""A non-editable install works: the wheel carries the taxonomy and the templates, and `keuzehulp build` runs."""

from __future__ import annotations

import json
import subprocess
import sys
import venv
import zipfile
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent


@pytest.fixture(scope="module")
def wheel(tmp_path_factory) -> Path:
    folder = tmp_path_factory.mktemp("wheel")
    subprocess.run(
        [sys.executable, "-m", "pip", "wheel", "--quiet", "--no-deps", "-w", str(folder), str(ROOT)],
        check=True,
        capture_output=True,
    )
    return next(folder.glob("keuzehulp-*.whl"))


def test_wheel_carries_taxonomy_and_templates(wheel):
    names = zipfile.ZipFile(wheel).namelist()
    assert "keuzehulp/taxonomie/eva-2023.json" in names
    bundled = sorted(n for n in names if n.startswith("keuzehulp/templates/"))
    expected = sorted(
        "keuzehulp/templates/" + str(p.relative_to(ROOT / "keuzehulp" / "templates"))
        for p in (ROOT / "keuzehulp" / "templates").rglob("*")
        if p.is_file()
    )
    assert bundled == expected and bundled


def test_installed_wheel_builds_the_example(wheel, tmp_path):
    env = tmp_path / "venv"
    venv.create(env, system_site_packages=True, with_pip=True)
    python = env / "bin" / "python"
    subprocess.run(
        [python, "-m", "pip", "install", "--quiet", "--no-deps", str(wheel)], check=True, capture_output=True
    )
    out = tmp_path / "uit"
    result = subprocess.run(
        [env / "bin" / "keuzehulp", "build", str(ROOT / "input" / "keuzematrix.xlsx"), "-o", str(out)],
        capture_output=True,
        text=True,
        cwd=tmp_path,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    where = subprocess.run(
        [python, "-c", "import keuzehulp; print(keuzehulp.__file__)"], capture_output=True, text=True, cwd=tmp_path
    ).stdout
    assert str(env) in where, "the installed wheel, not the source tree, was used"
    data = json.loads((out / "instrumenten.json").read_text(encoding="utf-8"))
    assert len(data["instrumenten"]) == 54
