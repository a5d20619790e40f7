"""The package as a user gets it: the wheel carries what it needs, declares every dependency it imports, and
`keuzehulp build` runs from it in a fresh venv that holds nothing but the wheel and what it declares.

The suite itself runs in a venv that sees only the stdlib and its own packages, so a package someone installed by
hand on the machine cannot make a test pass.
"""

from __future__ import annotations

import ast
import base64
import hashlib
import importlib.metadata as metadata
import json
import os
import re
import subprocess
import sys
import sysconfig
import venv
import zipfile
from pathlib import Path

import pytest
from packaging.requirements import Requirement

ROOT = Path(__file__).resolve().parent.parent
NOT_IN_A_WHEEL = {"INSTALLER", "REQUESTED", "RECORD", "direct_url.json"}


@pytest.fixture(scope="module")
def wheel(tmp_path_factory) -> Path:
    folder = tmp_path_factory.mktemp("wheel")
    subprocess.run(
        [sys.executable, "-m", "pip", "wheel", "--quiet", "--no-deps", "-w", str(folder), str(ROOT)],
        check=True,
        capture_output=True,
    )
    return next(folder.glob("keuzehulp-*.whl"))


def for_a_plain_install(texts) -> list[Requirement]:
    """Return the requirements among ``texts`` that apply to an install without extras on this Python."""
    requirements = [Requirement(text) for text in texts]
    return [r for r in requirements if r.marker is None or r.marker.evaluate({"extra": ""})]


def declared(wheel: Path) -> list[Requirement]:
    """Return the dependencies the wheel declares for a plain install."""
    with zipfile.ZipFile(wheel) as archive:
        name = next(n for n in archive.namelist() if n.endswith(".dist-info/METADATA"))
        lines = archive.read(name).decode().splitlines()
    return for_a_plain_install(line.split(":", 1)[1] for line in lines if line.startswith("Requires-Dist:"))


def closure(requirements: list[Requirement]) -> list[metadata.Distribution]:
    """Return the installed distributions that ``requirements`` need, with what those need in turn."""
    found: dict[str, metadata.Distribution] = {}
    todo = list(requirements)
    while todo:
        requirement = todo.pop()
        dist = metadata.distribution(requirement.name)
        key = dist.metadata["Name"].lower()
        if key not in found:
            found[key] = dist
            todo.extend(for_a_plain_install(dist.requires or []))
    return list(found.values())


def repacked(dist: metadata.Distribution, folder: Path) -> Path:
    """Return a wheel of the installed ``dist``, packed from its own files, so installing needs no index."""
    tags = [line.split(":", 1)[1].strip() for line in dist.read_text("WHEEL").splitlines() if line.startswith("Tag:")]
    parts = [list(dict.fromkeys(tag.split("-")[i] for tag in tags)) for i in range(3)]
    name = re.sub(r"[-_.]+", "_", dist.metadata["Name"])
    target = folder / f"{name}-{dist.version}-{'-'.join('.'.join(p) for p in parts)}.whl"
    files = [
        f
        for f in dist.files
        if not str(f).startswith("..") and "__pycache__" not in f.parts and f.name not in NOT_IN_A_WHEEL
    ]
    record_name = next(f"{f.parts[0]}/RECORD" for f in files if f.parts[0].endswith(".dist-info"))
    record = []
    with zipfile.ZipFile(target, "w") as archive:
        for file in files:
            data = Path(dist.locate_file(file)).read_bytes()
            archive.writestr(str(file), data)
            digest = base64.urlsafe_b64encode(hashlib.sha256(data).digest()).rstrip(b"=").decode()
            record.append(f"{file},sha256={digest},{len(data)}")
        archive.writestr(record_name, "\n".join([*record, f"{record_name},,"]) + "\n")
    return target


def isolated_env() -> dict[str, str]:
    """Return this environment without what would let a subprocess see packages outside its venv."""
    env = {k: v for k, v in os.environ.items() if k not in ("PYTHONPATH", "PYTHONHOME", "PYTHONSTARTUP")}
    return {**env, "PYTHONNOUSERSITE": "1"}


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


def test_every_imported_package_is_a_declared_dependency(wheel):
    imported = set()
    for source in (ROOT / "keuzehulp").rglob("*.py"):
        for node in ast.walk(ast.parse(source.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Import):
                imported.update(alias.name.split(".")[0] for alias in node.names)
            elif isinstance(node, ast.ImportFrom) and node.level == 0 and node.module:
                imported.add(node.module.split(".")[0])
    third_party = imported - set(sys.stdlib_module_names) - {"keuzehulp"}
    providers = metadata.packages_distributions()
    needed = {name.lower() for module in third_party for name in providers.get(module, [module])}
    assert needed and needed <= {r.name.lower() for r in declared(wheel)}


def test_installed_wheel_builds_the_example(wheel, tmp_path):
    house = tmp_path / "house"
    house.mkdir()
    for dist in closure(declared(wheel)):
        repacked(dist, house)
    env = tmp_path / "venv"
    venv.create(env, system_site_packages=False, with_pip=True)
    python = env / "bin" / "python"
    installed = subprocess.run(
        [python, "-m", "pip", "install", "--quiet", "--no-index", "--find-links", house, wheel],
        capture_output=True,
        text=True,
        env=isolated_env(),
        check=False,
    )
    assert installed.returncode == 0, installed.stderr
    pip_check = subprocess.run([python, "-m", "pip", "check"], capture_output=True, text=True, env=isolated_env())
    assert pip_check.returncode == 0, pip_check.stdout
    out = tmp_path / "uit"
    result = subprocess.run(
        [env / "bin" / "keuzehulp", "build", str(ROOT / "input" / "keuzematrix.xlsx"), "-o", str(out)],
        capture_output=True,
        text=True,
        cwd=tmp_path,
        env=isolated_env(),
        check=False,
    )
    assert result.returncode == 0, result.stderr
    where = subprocess.run(
        [python, "-c", "import keuzehulp; print(keuzehulp.__file__)"],
        capture_output=True,
        text=True,
        cwd=tmp_path,
        env=isolated_env(),
    ).stdout
    assert str(env) in where, "the installed wheel, not the source tree, was used"
    data = json.loads((out / "instrumenten.json").read_text(encoding="utf-8"))
    assert len(data["instrumenten"]) == 54


def test_the_suite_sees_only_its_own_venv():
    base = sysconfig.get_paths(vars={"base": sys.base_prefix, "platbase": sys.base_exec_prefix})
    stdlib = [Path(base["stdlib"]), Path(base["platstdlib"])]
    outside_site = {Path(base["purelib"]), Path(base["platlib"])}
    allowed = [Path(sys.prefix), ROOT]

    def visible(entry: str) -> bool:
        if entry == "":  # the folder pytest was started from, as `python -m` puts it first
            return True
        path = Path(entry).resolve()
        if any(path.is_relative_to(p) for p in allowed):
            return True
        return any(path.is_relative_to(p) for p in stdlib) and not any(path.is_relative_to(s) for s in outside_site)

    assert sys.prefix != sys.base_prefix, "run the tests in the venv of the README's test command"
    assert [entry for entry in sys.path if not visible(entry) and Path(entry).exists()] == []
    loaded = [m.__file__ for m in list(sys.modules.values()) if getattr(m, "__file__", None)]
    assert [f for f in loaded if not visible(f)] == []
