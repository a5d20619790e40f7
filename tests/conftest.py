"""Shared fixtures: the example keuzematrix, generated matrices, and the rule for external tools.

Tests that need LibreOffice or Chromium skip when the tool is missing on a developer's machine,
but fail when ``KEUZEHULP_REQUIRE_TOOLS=1`` (set by ``.ci/run``), so CI can never pass by skipping.
"""

from __future__ import annotations

import os
import shutil
from pathlib import Path
from typing import NoReturn

import pytest

from benchmarks.bench_html import CHROMIUM_ARGS
from keuzehulp.pipeline import Loaded, load

ROOT = Path(__file__).resolve().parent.parent
EXAMPLE = ROOT / "input" / "keuzematrix.xlsx"


def require_tool(*names: str) -> str:
    """Return the path of the first of ``names`` found; skip (locally) or fail (CI) when none is."""
    for name in names:
        found = shutil.which(name)
        if found:
            return found
    tool_missing(f"tool not installed: {' or '.join(names)}")


def tool_missing(message: str) -> NoReturn:
    """Skip the test (locally) or fail it (CI, ``KEUZEHULP_REQUIRE_TOOLS=1``): what it needs is not there."""
    if os.environ.get("KEUZEHULP_REQUIRE_TOOLS") == "1":
        pytest.fail(message)
    pytest.skip(message)


@pytest.fixture(scope="session")
def browser():
    """One headless Debian Chromium for the session (Playwright's own browser downloads do not work here)."""
    from playwright.sync_api import sync_playwright

    executable = require_tool("chromium")
    with sync_playwright() as playwright:
        launched = playwright.chromium.launch(executable_path=executable, args=CHROMIUM_ARGS)
        yield launched
        launched.close()


@pytest.fixture
def runner():
    """Runs the keuzehulp command in this process (click's test runner)."""
    from click.testing import CliRunner

    return CliRunner()


@pytest.fixture(scope="session")
def example_path() -> Path:
    return EXAMPLE


@pytest.fixture(scope="session")
def example() -> Loaded:
    """The example keuzematrix, loaded and validated."""
    return load(EXAMPLE)


@pytest.fixture(scope="session")
def matrix_1000_path(tmp_path_factory) -> Path:
    """A generated keuzematrix of 1,000 instruments (real .xlsx written by openpyxl)."""
    from benchmarks.generate import write_matrix

    return write_matrix(tmp_path_factory.mktemp("gen") / "matrix-1000.xlsx", 1000)


@pytest.fixture(scope="session")
def matrix_1000(matrix_1000_path) -> Loaded:
    return load(matrix_1000_path)
