"""The ``keuzehulp`` command: a thin click layer over :mod:`keuzehulp.pipeline`."""

from __future__ import annotations

import json
import sys
import unicodedata
from pathlib import Path

import click

from . import __version__, cli_nl
from .defaults import COLOUR_FORMAT, is_colour
from .model import counted
from .pipeline import BUILD_STAGES, CHECK_STAGES, DEFAULT_INPUT, DEFAULT_OUTPUT, BuildFailed
from .problems import FOUT, Problem, Report
from .progress import Progress, Silent
from .settings import is_settings_sheet

cli_nl.install()

INVOER = click.argument("invoer", type=click.Path(path_type=Path, dir_okay=False), default=DEFAULT_INPUT)
BLAD = click.option(
    "--blad", metavar="NAAM", help="Naam van het blad met instrumenten (standaard: het eerste herkenbare)."
)
STRICT = click.option("--strict", is_flag=True, help="Waarschuwingen tellen als fouten.")
QUIET = click.option(
    "-q", "--quiet", is_flag=True, help="Toon alleen fouten; geen voortgang, waarschuwingen of samenvatting."
)
XLSX_PATH = click.Path(path_type=Path, dir_okay=False)
NOTHING_WRITTEN = "Er is niets geschreven; eerdere uitvoer is ongewijzigd."


@click.group(
    context_settings={"help_option_names": ["-h", "--help"]},
    options_metavar="[OPTIES]",
    subcommand_metavar="OPDRACHT [ARGUMENTEN]...",
)
@click.version_option(__version__, prog_name="keuzehulp", message="%(prog)s %(version)s")
def main() -> None:
    """Keuzehulp: van keuzematrix (Excel) naar werkmap, website en JSON volgens Eva."""


@main.command(options_metavar="[OPTIES]")
@INVOER
@BLAD
@STRICT
@click.option(
    "--format",
    "formaat",
    type=click.Choice(["tekst", "json"]),
    default="tekst",
    show_default=True,
    help="Rapport als leesbare tekst of als JSON op stdout.",
)
@click.option(
    "--annotate",
    "kopie",
    type=XLSX_PATH,
    metavar="KOPIE.xlsx",
    help="Schrijf ook een kopie van INVOER met elk probleem gemarkeerd in zijn cel en een blad Controle.",
)
@click.option("--force", is_flag=True, help="Vervang KOPIE.xlsx als die al bestaat (alleen met --annotate).")
@QUIET
def check(
    invoer: Path, blad: str | None, strict: bool, formaat: str, kopie: Path | None, force: bool, quiet: bool
) -> None:
    """Lees en controleer de keuzematrix INVOER (standaard input/keuzematrix.xlsx).

    Het rapport noemt per probleem het blad, de rij, de kolom en de cel. Met --annotate komt er een kopie bij
    waarin elk probleem in de cel zelf staat; INVOER blijft altijd ongewijzigd.
    Afsluitcode 0: geen fouten (waarschuwingen mogen); 1: fouten of onleesbaar bestand.
    """
    from .pipeline import check as run_check
    from .problems import KeuzehulpError

    if force and kopie is None:
        raise click.UsageError("--force hoort bij --annotate: het vervangt alleen een bestaande KOPIE.xlsx.")
    annotated = None
    if kopie is not None:
        from .annotation import annotate

        try:
            annotated = annotate(invoer, kopie, force=force, blad=blad)
        except KeuzehulpError as exc:
            raise click.ClickException(terminal_safe(exc.problem.melding)) from None
        report = annotated.report
    else:
        progress = Silent() if quiet else Progress(CHECK_STAGES)
        report = run_check(invoer, blad, progress=progress)
        progress.finish()
    if formaat == "json":
        click.echo(json_safe(json.dumps(report.to_dict(), ensure_ascii=False, indent=2)))
    elif quiet:
        for found in report.fouten if not strict else report.problemen:
            click.echo(format_problem(found))
    else:
        click.echo(format_report(report))
    if annotated is not None and not quiet:
        for line in annotated.summary():
            click.echo(terminal_safe(line), err=formaat == "json")
    if report.failed(strict):
        sys.exit(1)


@main.command(options_metavar="[OPTIES]")
@click.argument("pad", type=XLSX_PATH, default=DEFAULT_INPUT)
@click.option("--force", is_flag=True, help="Vervang PAD als het al bestaat.")
@click.option(
    "--from",
    "oud",
    type=click.Path(path_type=Path, dir_okay=False),
    metavar="OUD.xlsx",
    help="Zet een bestaande keuzematrix over naar het sjabloon, met de labels van Eva.",
)
@BLAD
def init(pad: Path, force: bool, oud: Path | None, blad: str | None) -> None:
    """Schrijf een lege keuzematrix (sjabloon) naar PAD (standaard input/keuzematrix.xlsx).

    Het sjabloon heeft keuzelijsten, hulpteksten bij elke kolom, een blad Instellingen en een blad Uitleg.
    Met --from OUD.xlsx komt de inhoud van een bestaande keuzematrix erin. Een bestaand PAD wordt alleen
    vervangen met --force.
    """
    from .problems import KeuzehulpError

    if blad is not None and oud is None:
        raise click.UsageError("--blad hoort bij --from: het kiest het blad in OUD.xlsx.")
    try:
        if oud is None:
            from .sjabloon import write_template

            write_template(pad, force=force)
            click.echo(
                f"Lege keuzematrix geschreven naar {pad}. Vul die in en controleer hem met: keuzehulp check {pad}"
            )
            return
        from .migration import migrate

        migration = migrate(oud, pad, force=force, blad=blad)
    except KeuzehulpError as exc:
        raise click.ClickException(terminal_safe(exc.problem.melding)) from None
    for line in migration.summary():
        click.echo(terminal_safe(line))


@main.command(options_metavar="[OPTIES]")
@INVOER
@click.option(
    "-o",
    "--uitvoer",
    type=click.Path(path_type=Path, file_okay=False),
    default=DEFAULT_OUTPUT,
    show_default=True,
    help="Map voor keuzehulp.xlsx, keuzehulp/ en instrumenten.json.",
)
@BLAD
@STRICT
@click.option(
    "--templates",
    type=click.Path(path_type=Path, exists=True, file_okay=False),
    callback=lambda _context, _param, folder: _templates_folder(folder),
    help="Map met eigen jinja2-templates (in een submap keuzehulp/); die gaan voor de meegeleverde.",
)
@click.option("--organisatie", help="Naam van de organisatie (gaat voor het blad Instellingen).")
@click.option("--titel", help="Titel van de keuzehulp voor cliënten.")
@click.option("--hoofdkleur", metavar=COLOUR_FORMAT, help="Hoofdkleur van de website.")
@click.option("--accentkleur", metavar=COLOUR_FORMAT, help="Accentkleur van de website.")
@click.option(
    "--thema",
    type=click.Path(path_type=Path, exists=True, dir_okay=False),
    help="Tokens-CSS van een NL Design System-thema (zoals dist/index.css); gaat voor Thema op Instellingen.",
)
@QUIET
def build(
    invoer: Path,
    uitvoer: Path,
    blad: str | None,
    strict: bool,
    templates: Path | None,
    organisatie: str | None,
    titel: str | None,
    hoofdkleur: str | None,
    accentkleur: str | None,
    thema: Path | None,
    quiet: bool,
) -> None:
    """Controleer INVOER en schrijf de werkmap, de website en de JSON naar UITVOER.

    Alles wordt eerst in een tijdelijke map gemaakt en pas bij succes op zijn plaats gezet.
    Bij fouten wordt niets geschreven en blijft eerdere uitvoer staan (afsluitcode 1).
    """
    from .pipeline import build as run_build
    from .problems import KeuzehulpError

    for name, colour in (("--hoofdkleur", hoofdkleur), ("--accentkleur", accentkleur)):
        if colour is not None and not is_colour(colour):
            raise click.BadParameter(f"'{colour}' is geen kleur in de vorm {COLOUR_FORMAT}.", param_hint=name)
    overrides = {"organisatie": organisatie, "titel": titel, "hoofdkleur": hoofdkleur, "accentkleur": accentkleur}
    overrides["thema"] = str(thema.resolve()) if thema else None
    progress = Silent() if quiet else Progress(BUILD_STAGES)
    try:
        loaded = run_build(
            invoer, uitvoer, blad=blad, templates=templates, strict=strict, instellingen=overrides, progress=progress
        )
    except BuildFailed as failed:
        progress.finish()
        click.echo(format_report(failed.report), err=True)
        click.echo(NOTHING_WRITTEN, err=True)
        sys.exit(1)
    except KeuzehulpError as exc:
        progress.finish()
        click.echo(f"Fout: {terminal_safe(exc.problem.melding)} [{exc.problem.code}]", err=True)
        if exc.problem.code != "uitvoer-onvolledig":  # that message says itself where both outputs are
            click.echo(NOTHING_WRITTEN, err=True)
        sys.exit(1)
    progress.finish()
    if quiet:
        return
    report = loaded.report
    for found in report.waarschuwingen:
        click.echo(format_problem(found), err=True)
    warnings = counted(len(report.waarschuwingen), "waarschuwing", "waarschuwingen")
    click.echo(
        f"Klaar: {report.aantal_instrumenten} instrumenten geschreven naar {uitvoer}/ "
        f"(keuzehulp.xlsx, keuzehulp/index.html, instrumenten.json); {warnings}."
    )


def _templates_folder(folder: Path | None) -> Path | None:
    """Return ``folder`` when it holds a ``keuzehulp/`` subfolder; templates anywhere else would be ignored."""
    if folder is None or (folder / "keuzehulp").is_dir():
        return folder
    if folder.name == "keuzehulp":
        message = f"'{folder}' is de submap keuzehulp/ zelf; geef de map erboven: --templates {folder.parent}"
    else:
        message = (
            f"in de map '{folder}' staat geen submap keuzehulp/, dus geen template dat keuzehulp zou gebruiken. "
            f"Zet uw templates in {folder / 'keuzehulp'}/ (bijvoorbeeld {folder / 'keuzehulp' / '_footer.html'})"
        )
    raise click.BadParameter(f"{message}.", param_hint="'--templates'")


def terminal_safe(text: str) -> str:
    """Return ``text`` with every control, format and line-separator character shown as an escape.

    Spreadsheet text is untrusted: an ESC sequence, a carriage return, a C1 control or a bidi override
    (U+202E) could otherwise rewrite what the terminal shows. They appear as ``\\x1b``, ``\\r``, ``\\u202e``.
    """
    if text.isprintable():
        return text
    return "".join(c if _harmless(c) else c.encode("unicode_escape").decode("ascii") for c in text)


def json_safe(document: str) -> str:
    """Return the JSON ``document`` with the characters :func:`terminal_safe` escapes written as ``\\u`` escapes.

    json.dumps already escapes the C0 controls; the others (DEL, C1, bidi) can only stand inside strings,
    so escaping them keeps the same JSON value.
    """
    if document.isascii():
        return document
    return "".join(c if c < "\x7f" or _harmless(c) else json.dumps(c)[1:-1] for c in document)


def _harmless(c: str) -> bool:
    return c.isprintable() or unicodedata.category(c) == "Zs"


def format_problem(found: Problem) -> str:
    """Return one report line: severity, cell (``Instrumenten!F7``) and message, safe for a terminal."""
    where = f"{found.blad}!{found.cel}" if found.blad and found.cel else (found.blad or "bestand")
    ernst = "FOUT" if found.ernst == FOUT else "let op"
    return f"  {ernst:<6} {terminal_safe(where):<18} {terminal_safe(found.melding)} [{found.code}]"


def format_report(report: Report) -> str:
    """Return the Dutch text report, grouped by instrument (row), settings apart, with a summary line."""
    lines = [f"Controle van {terminal_safe(report.bestand)}"]
    groups: dict[str, list[Problem]] = {}
    for found in report.problemen:
        groups.setdefault(_group_title(report, found), []).append(found)
    for title, problems in groups.items():
        lines.extend(["", title, *(format_problem(p) for p in problems)])
    lines.append("")
    summary = report.summary()
    lines.append(summary if report.problemen else f"{summary} Alles in orde.")
    return "\n".join(lines)


def _group_title(report: Report, found: Problem) -> str:
    if found.blad is None:
        return "Algemeen"
    if is_settings_sheet(found.blad):
        return "Instellingen"
    if found.rij is None:
        return terminal_safe(f"Blad {found.blad}")
    if found.rij in report.namen:
        return terminal_safe(f"Rij {found.rij}: {report.namen[found.rij]}")
    return terminal_safe(f"Blad {found.blad}, rij {found.rij}")
