"""The library API in keuzehulp/__init__.py: every public name is there, documented, and imported only on use."""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

import pytest

import keuzehulp
import keuzehulp.annotation
import keuzehulp.migration
from tests.xlsx import valid_row, write_matrix

ROOT = Path(__file__).resolve().parent.parent


def test_every_public_name_exists_has_a_docstring_and_is_in_the_readme():
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    section = readme.split("## Als bibliotheek", 1)[1].split("\n## ", 1)[0]
    documented = set(re.findall(r"^\| `(\w+)", section, flags=re.MULTILINE))
    assert documented == set(keuzehulp.__all__)
    for name in keuzehulp.__all__:
        assert (getattr(keuzehulp, name).__doc__ or "").strip(), name
    assert set(keuzehulp.__all__) <= set(dir(keuzehulp))


def test_migrate_and_annotate_are_the_functions_and_their_modules_have_other_names():
    # the modules were imported above; they must not replace the functions of the same meaning
    assert keuzehulp.migrate is keuzehulp.migration.migrate
    assert keuzehulp.annotate is keuzehulp.annotation.annotate
    from keuzehulp import annotate, migrate

    assert callable(migrate) and callable(annotate)


def test_importing_the_package_loads_none_of_the_modules_behind_it():
    code = "import sys, keuzehulp; print(sorted(m for m in sys.modules if m.split('.')[0] in {0!r}))"
    heavy = {"keuzehulp", "openpyxl", "xlsxwriter", "python_calamine", "jinja2", "click", "defusedxml"}
    result = subprocess.run([sys.executable, "-c", code.format(heavy)], capture_output=True, text=True, check=True)
    assert result.stdout.split() == ["['keuzehulp']"]


def test_build_through_the_api_raises_build_failed_and_writes_nothing(tmp_path):
    bad = write_matrix(tmp_path / "fout.xlsx", [valid_row("A", Doel=None)])
    with pytest.raises(keuzehulp.BuildFailed) as failed:
        keuzehulp.build(bad, tmp_path / "uit")
    assert failed.value.report.summary() == "1 instrument, 1 fout, 0 waarschuwingen."
    assert not (tmp_path / "uit").exists()
