"""The ``keuzehulp`` command: a thin click layer over :mod:`keuzehulp.pipeline`."""

from __future__ import annotations

import datetime as dt
import json
import re
import sys
import unicodedata
from pathlib import Path

import click

from . import __version__, cli_nl
from .defaults import COLOUR_FORMAT, is_colour
from .ervaringen import is_ervaringen_sheet
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


def _peildatum(_context: click.Context, _param: click.Parameter, text: str | None) -> dt.date | None:
    """Return the date of ``--peildatum JJJJ-MM-DD``; anything else is wrong usage."""
    if text is None:
        return None
    try:
        day = dt.date.fromisoformat(text)
    except ValueError:
        day = None
    if day is None or len(text) != len("2026-10-01"):
        raise click.BadParameter(f"'{text}' is geen datum in de vorm JJJJ-MM-DD, zoals 2026-10-01.")
    return day


PEILDATUM = click.option(
    "--peildatum",
    metavar="JJJJ-MM-DD",
    callback=_peildatum,
    help="De datum waarop de versheid wordt bekeken: welke controles te laat zijn en welke instrumenten "
    "(nog) geldig zijn (standaard: SOURCE_DATE_EPOCH, anders vandaag).",
)


EVA = click.option("--eva", is_flag=True, help="Meld ook als fout wat Eva zou weglaten of verbergen.")


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
@PEILDATUM
@EVA
@QUIET
def check(
    invoer: Path,
    blad: str | None,
    strict: bool,
    formaat: str,
    kopie: Path | None,
    force: bool,
    peildatum: dt.date | None,
    eva: bool,
    quiet: bool,
) -> None:
    """Lees en controleer de keuzematrix INVOER (standaard input/keuzematrix.xlsx).

    Het rapport noemt per probleem het blad, de rij, de kolom en de cel. Met --annotate komt er een kopie bij
    waarin elk probleem in de cel zelf staat; INVOER blijft altijd ongewijzigd.
    Met --eva zijn ook fouten wat Eva zou weglaten of verbergen (zie docs/eva.md).
    Afsluitcode 0: geen fouten (waarschuwingen mogen); 1: fouten of onleesbaar bestand.
    """
    from .pipeline import check as run_check
    from .problems import KeuzehulpError

    if force and kopie is None:
        raise click.UsageError("--force hoort bij --annotate: het vervangt alleen een bestaande KOPIE.xlsx.")
    if eva and kopie is not None:
        raise click.UsageError("--eva en --annotate gaan (nog) niet samen; controleer eerst met --eva.")
    annotated = None
    if kopie is not None:
        from .annotation import annotate

        try:
            annotated = annotate(invoer, kopie, force=force, blad=blad, peildatum=peildatum)
        except KeuzehulpError as exc:
            raise click.ClickException(terminal_safe(exc.problem.melding)) from None
        report = annotated.report
    elif eva:
        report = _eva_loaded(invoer, blad, quiet, peildatum)[0]
    else:
        progress = Silent() if quiet else Progress(CHECK_STAGES)
        report = run_check(invoer, blad, progress=progress, peildatum=peildatum)
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
    metavar="OUD.xlsx|EXPORT.json",
    help="Zet een bestaande keuzematrix, of een Eva-export (JSON van export:instruments), over naar het sjabloon.",
)
@BLAD
def init(pad: Path, force: bool, oud: Path | None, blad: str | None) -> None:
    """Schrijf een lege keuzematrix (sjabloon) naar PAD (standaard input/keuzematrix.xlsx).

    Het sjabloon heeft keuzelijsten, hulpteksten bij elke kolom, een blad Instellingen en een blad Uitleg.
    Met --from OUD.xlsx komt de inhoud van een bestaande keuzematrix erin, met --from EXPORT.json die van een
    Eva-export. Een bestaand PAD wordt alleen vervangen met --force.
    """
    from .problems import KeuzehulpError

    if blad is not None and oud is None:
        raise click.UsageError("--blad hoort bij --from: het kiest het blad in OUD.xlsx.")
    if blad is not None and oud is not None and oud.suffix.casefold() == ".json":
        raise click.UsageError("--blad hoort bij een keuzematrix (.xlsx); een Eva-export (.json) heeft geen bladen.")
    try:
        if oud is None:
            from .sjabloon import write_template

            write_template(pad, force=force)
            click.echo(
                f"Lege keuzematrix geschreven naar {pad}. Vul die in en controleer hem met: keuzehulp check {pad}"
            )
            return
        from .migration import init_from

        migration = init_from(oud, pad, force=force, blad=blad)
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
@PEILDATUM
@click.option(
    "--per-gebied",
    is_flag=True,
    help="Schrijf ook per gemeente uit Beschikbare gebieden een eigen keuzehulp en werkmap in UITVOER/gebied/.",
)
@click.option(
    "--vorige",
    type=XLSX_PATH,
    metavar="OUD.xlsx",
    help="De vorige versie van de keuzematrix: de werkmap krijgt een blad Wijzigingen, de website een label Nieuw.",
)
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
    peildatum: dt.date | None,
    per_gebied: bool,
    vorige: Path | None,
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
            invoer,
            uitvoer,
            blad=blad,
            templates=templates,
            strict=strict,
            instellingen=overrides,
            progress=progress,
            peildatum=peildatum,
            per_gebied=per_gebied,
            vorige=vorige,
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
    if per_gebied:
        click.echo(f"Per gemeente: {uitvoer}/gebied/index.html")
    changes = loaded.matrix.wijzigingen if loaded.matrix else None
    if changes is not None:
        for note in changes.notes():
            click.echo(terminal_safe(f"Let op: {note}"), err=True)
        click.echo(terminal_safe(f"Sinds {changes.oud}: {changes.summary()} Zie het blad Wijzigingen in de werkmap."))


@main.command(options_metavar="[OPTIES]")
@INVOER
@click.option("--eva", "eva", is_flag=True, help="Schrijf de vier importbestanden voor Eva (php artisan import:set).")
@click.option(
    "-o",
    "--uitvoer",
    "doelmap",
    type=click.Path(path_type=Path, file_okay=False),
    required=True,
    metavar="MAP",
    help="Map voor de vier bestanden NAAM-environment.json, -professional, -instrument en -provider.",
)
@click.option(
    "--basis",
    default="keuzehulp",
    show_default=True,
    metavar="NAAM",
    callback=lambda _context, _param, value: _base_name(value),
    help="Begin van de bestandsnamen; importeer in Eva met php artisan import:set NAAM.",
)
@click.option("--force", is_flag=True, help="Vervang ook bestanden met die namen die keuzehulp niet schreef.")
@BLAD
@QUIET
def export(invoer: Path, eva: bool, doelmap: Path, basis: str, force: bool, blad: str | None, quiet: bool) -> None:
    """Zet de keuzematrix INVOER over naar een ander systeem; nu: Eva (--eva).

    Eerst volgt de controle van check --eva; met fouten wordt niets geschreven (afsluitcode 1). Een bestand
    dat keuzehulp eerder schreef wordt vervangen, een ander alleen met --force. Zie docs/eva.md.
    """
    from . import eva as eva_export
    from .problems import KeuzehulpError

    if not eva:
        raise click.UsageError("Kies naar welk systeem: --eva (het enige dat er nu is).")
    report, loaded, taxonomy = _eva_loaded(invoer, blad, quiet)
    if report.failed() or loaded.matrix is None:
        click.echo(format_report(report), err=True)
        click.echo("Er is niets geschreven: los eerst de fouten op (keuzehulp check --eva).", err=True)
        sys.exit(1)
    result = eva_export.export(loaded.matrix, taxonomy)
    try:
        paths = eva_export.write(result, doelmap, basis, force=force)
    except KeuzehulpError as exc:
        raise click.ClickException(terminal_safe(exc.problem.melding)) from None
    if not quiet:
        for found in report.waarschuwingen:
            click.echo(format_problem(found), err=True)
        for line in eva_export.report_lines(result, paths, basis):
            click.echo(terminal_safe(line))


def _eva_loaded(invoer: Path, blad: str | None, quiet: bool, peildatum: dt.date | None = None):
    """Return the report of check --eva for ``invoer``, the loaded matrix and the taxonomy."""
    from .eva import with_eva_problems
    from .pipeline import load
    from .taxonomy import load_taxonomy

    taxonomy = load_taxonomy()
    progress = Silent() if quiet else Progress(CHECK_STAGES)
    loaded = load(invoer, blad, taxonomy=taxonomy, progress=progress, peildatum=peildatum)
    progress.finish()
    report = loaded.report
    if loaded.entries is not None:
        report = with_eva_problems(report, loaded.entries, taxonomy)
    return report, loaded, taxonomy


def _base_name(value: str) -> str:
    """Return ``value`` when it can start a file name (letters, digits, - and _), else stop with a usage error."""
    if re.fullmatch(r"[A-Za-z0-9][A-Za-z0-9_-]{0,63}", value):
        return value
    raise click.BadParameter(
        f"'{terminal_safe(value)}' kan geen begin van een bestandsnaam zijn: gebruik letters, cijfers, - en _.",
        param_hint="'--basis'",
    )


@main.command(options_metavar="[OPTIES]")
@click.argument("oud", type=XLSX_PATH, metavar="OUD.xlsx")
@click.argument("nieuw", type=XLSX_PATH, metavar="NIEUW.xlsx")
@click.option(
    "--format",
    "formaat",
    type=click.Choice(["tekst", "json", "markdown"]),
    default="tekst",
    show_default=True,
    help="Als leesbare tekst, als JSON, of als Markdown om in een mail te plakken.",
)
def diff(oud: Path, nieuw: Path, formaat: str) -> None:
    """Laat zien wat er tussen twee versies van de keuzematrix is veranderd.

    Per instrument: toegevoegd, verwijderd, hernoemd of gewijzigd (per veld oud en nieuw). Een verschoven rij is
    geen wijziging. Fouten in een versie houden de vergelijking niet tegen; ze staan bovenaan.
    Afsluitcode 0: vergeleken; 1: een van de bestanden is niet te lezen.
    """
    from .diff import diff_files, json_text, markdown_lines, text_lines
    from .problems import KeuzehulpError

    try:
        changes = diff_files(oud, nieuw)
    except KeuzehulpError as exc:
        raise click.ClickException(terminal_safe(exc.problem.melding)) from None
    if formaat == "json":
        for note in changes.notes():
            click.echo(terminal_safe(f"Let op: {note}"), err=True)
        click.echo(json_safe(json_text(changes)))
        return
    lines = markdown_lines(changes) if formaat == "markdown" else text_lines(changes)
    click.echo("\n".join(terminal_safe(line) for line in lines))


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
    if is_ervaringen_sheet(found.blad):
        return terminal_safe(f"Blad {found.blad}")
    if found.rij is None:
        return terminal_safe(f"Blad {found.blad}")
    if found.rij in report.namen:
        return terminal_safe(f"Rij {found.rij}: {report.namen[found.rij]}")
    return terminal_safe(f"Blad {found.blad}, rij {found.rij}")
