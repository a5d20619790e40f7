"""One name, one meaning: a module-level constant is defined in one module only.

Two constants with the same name and different contents (TEXT_FIELDS in normalise and in render_html, GROUP_LABELS
in sjabloon and render_html) made readers take one for the other.
"""

from __future__ import annotations

import ast
from collections import defaultdict
from pathlib import Path

PACKAGE = Path(__file__).resolve().parent.parent / "keuzehulp"
# The same role in every renderer: the name of the file that renderer writes.
PROTOCOL = {"FILENAME"}


def constants(path: Path) -> set[str]:
    """Return the UPPER_CASE names a module assigns at its top level."""
    names = set()
    for node in ast.parse(path.read_text(encoding="utf-8")).body:
        targets = (
            node.targets if isinstance(node, ast.Assign) else [node.target] if isinstance(node, ast.AnnAssign) else []
        )
        for target in targets:
            for name in ast.walk(target):
                if isinstance(name, ast.Name) and name.id.isupper():
                    names.add(name.id)
    return names


def test_no_constant_name_is_defined_in_two_modules():
    where = defaultdict(list)
    for path in sorted(PACKAGE.rglob("*.py")):
        for name in constants(path) - PROTOCOL:
            where[name].append(str(path.relative_to(PACKAGE)))
    assert {name: files for name, files in where.items() if len(files) > 1} == {}
