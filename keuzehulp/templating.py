"""The jinja2 environment for every rendered output: the organisation's templates first, the bundled ones after.

A name with the prefix ``standaard:`` always means the bundled template, so an organisation's page can
``{% extends "standaard:keuzehulp/index.html" %}`` and replace one block instead of copying the whole page.
"""

from __future__ import annotations

from pathlib import Path

import jinja2

BUNDLED = Path(__file__).parent / "templates"
BUNDLED_PREFIX = "standaard"


def environment(templates: str | Path | None = None) -> jinja2.Environment:
    """Return an environment that looks in ``templates`` (when given) before the bundled templates.

    Autoescaping is on for every template, whatever its extension: all text comes from a spreadsheet.
    """
    bundled = jinja2.FileSystemLoader(str(BUNDLED))
    loaders: list[jinja2.BaseLoader] = [jinja2.PrefixLoader({BUNDLED_PREFIX: bundled}, delimiter=":")]
    if templates is not None:
        loaders.append(jinja2.FileSystemLoader(str(templates)))
    loaders.append(bundled)
    return jinja2.Environment(
        loader=jinja2.ChoiceLoader(loaders),
        autoescape=True,
        trim_blocks=True,
        lstrip_blocks=True,
        keep_trailing_newline=True,
        undefined=jinja2.StrictUndefined,
    )
