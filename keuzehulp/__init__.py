"""keuzehulp: from a keuzematrix spreadsheet to an Eva-normalised workbook, website and JSON.

The library API, the same steps as the ``keuzehulp`` command:

- :func:`load` reads, normalises and validates a keuzematrix; :func:`check` returns only its report;
- :func:`build` writes the workbook, the website and the JSON at once (raises :class:`BuildFailed` on fouten);
- for the beheergroep, :func:`write_template` writes an empty keuzematrix, :func:`migrate` copies an old one into
  that layout, :func:`annotate` writes a copy with every problem marked in its cell, and :func:`diff_files` says
  what changed between two versions.

Input that cannot be used at all raises :class:`KeuzehulpError`, whose ``problem`` says why in Dutch.
The modules behind these names are imported on first use, so ``import keuzehulp`` stays fast.
"""

import importlib

__version__ = "0.1.0"

# public name -> the module that defines it
_EXPORTS = {
    "load": "pipeline",
    "check": "pipeline",
    "build": "pipeline",
    "BuildFailed": "pipeline",
    "KeuzehulpError": "problems",
    "write_template": "sjabloon",
    "migrate": "migration",
    "annotate": "annotation",
    "import_eva": "eva_import",
    "diff_files": "diff",
}
__all__ = list(_EXPORTS)


def __getattr__(name: str) -> object:
    if name not in _EXPORTS:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(importlib.import_module(f".{_EXPORTS[name]}", __name__), name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return sorted([*globals(), *__all__])
