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
import sys

__version__ = "0.1.0"

# public name -> the module that defines it
_EXPORTS = {
    "load": "pipeline",
    "check": "pipeline",
    "build": "pipeline",
    "BuildFailed": "pipeline",
    "KeuzehulpError": "problems",
    "write_template": "sjabloon",
    "migrate": "migrate",
    "annotate": "annotate",
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


_Module = type(sys)  # types.ModuleType, without importing types


class _Package(_Module):
    """The package, keeping ``migrate`` and ``annotate`` the functions when their same-named modules are imported.

    Importing a submodule sets it as an attribute of its package; without this, ``keuzehulp.migrate`` would be the
    function or the module depending on what happened to be imported first.
    """

    def __setattr__(self, name: str, value: object) -> None:
        if name in _EXPORTS and isinstance(value, _Module):
            return
        super().__setattr__(name, value)


sys.modules[__name__].__class__ = _Package
