"""The jinja2 environment for every rendered output: the organisation's templates first, the bundled ones after."""

from __future__ import annotations

from pathlib import Path

import jinja2


def bundled_templates() -> Path:
    """Return the folder of the bundled templates: inside the installed package, or the repository's ``templates/``."""
    packaged = Path(__file__).parent / "templates"
    return packaged if packaged.is_dir() else Path(__file__).parent.parent / "templates"


def environment(templates: str | Path | None = None) -> jinja2.Environment:
    """Return an environment that looks in ``templates`` (when given) before the bundled templates.

    Autoescaping is on for every template, whatever its extension: all text comes from a spreadsheet.
    """
    loaders: list[jinja2.BaseLoader] = []
    if templates is not None:
        loaders.append(jinja2.FileSystemLoader(str(templates)))
    loaders.append(jinja2.FileSystemLoader(str(bundled_templates())))
    return jinja2.Environment(
        loader=jinja2.ChoiceLoader(loaders),
        autoescape=True,
        trim_blocks=True,
        lstrip_blocks=True,
        keep_trailing_newline=True,
        undefined=jinja2.StrictUndefined,
    )
