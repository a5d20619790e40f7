"""The jinja2 environment for every rendered output: the organisation's templates first, the bundled ones after.

A name with the prefix ``standaard:`` always means the bundled template, so an organisation's page can
``{% extends "standaard:keuzehulp/index.html" %}`` and replace one block instead of copying the whole page.
A mistake in a template ends the build with a Dutch message naming the template's file and line.
"""

from __future__ import annotations

from pathlib import Path
from types import TracebackType

import jinja2

from .problems import KeuzehulpError, Problem, problem

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
    return _Environment(
        loader=jinja2.ChoiceLoader(loaders),
        autoescape=True,
        trim_blocks=True,
        lstrip_blocks=True,
        keep_trailing_newline=True,
        undefined=jinja2.StrictUndefined,
    )


class _Environment(jinja2.Environment):
    """An environment whose template mistakes (when compiling or rendering) raise :class:`KeuzehulpError`."""

    def handle_exception(self, source: str | None = None):
        try:
            super().handle_exception(source)
        except jinja2.TemplateError as exc:
            raise KeuzehulpError(template_problem(exc)) from None


def template_problem(exc: jinja2.TemplateError) -> Problem:
    """Return the problem a template mistake causes, naming the template file and line in Dutch.

    Call it on an exception that jinja has already rewritten: then its traceback runs through the template lines.
    """
    if isinstance(exc, jinja2.TemplateSyntaxError):
        where: tuple[str | None, int | None] = (exc.filename or exc.name, exc.lineno)
        reden = f"de jinja2-opmaak klopt niet (jinja2: {exc.message})"
    else:
        where = _template_line(exc.__traceback__)
        if isinstance(exc, jinja2.TemplateNotFound):
            reden = f"het template {exc.name} bestaat niet"
        elif isinstance(exc, jinja2.UndefinedError):
            reden = f"het noemt iets dat niet bestaat (jinja2: {exc.message})"
        else:
            reden = f"jinja2 meldt: {exc.message}"
    bestand, regel = where
    return problem("template-fout", bestand=bestand or "(onbekend)", regel=regel or "?", reden=reden)


def _template_line(trace: TracebackType | None) -> tuple[str | None, int | None]:
    """Return the file and line of the innermost template frame; jinja marks those with ``__jinja_exception__``."""
    found: tuple[str | None, int | None] = (None, None)
    while trace is not None:
        if "__jinja_exception__" in trace.tb_frame.f_globals:
            found = (trace.tb_frame.f_code.co_filename, trace.tb_lineno)
        trace = trace.tb_next
    return found
