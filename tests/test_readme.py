"""What the README promises, each guarded by a test: asserted here, or by the tests that PROMISES names.

PROMISES quotes each promise from the README (white space aside) and names the tests that guard it; a test below checks
that every quote is still in the README and that every named test exists, so neither can drift away unnoticed.
Every command and option is documented, the README's test command is what CI runs, and every link and path in the
README and docs/ leads to something that is there.
"""

from __future__ import annotations

import json
import re
import subprocess
import sys
from pathlib import Path

import click

from keuzehulp.cli import main
from keuzehulp.pipeline import DEFAULT_INPUT, DEFAULT_OUTPUT, check
from keuzehulp.problems import problem

ROOT = Path(__file__).resolve().parent.parent
README = ROOT / "README.md"
DOCS = [README, *sorted((ROOT / "docs").glob("*.md"))]

PROMISES = {
    "Niets gaat stilletjes verloren": [
        "tests/test_properties.py::test_no_traceback_and_no_cell_silently_lost",
        "tests/test_normalise.py::test_values_not_understood_are_kept_in_their_toelichting_and_reported",
    ],
    "welk blad, welke rij, welke kolom, welke cel": [
        "tests/test_cli.py::test_check_exit_1_with_fouten_naming_the_cell",
    ],
    "Alle opdrachten hebben `--help`": [
        "tests/test_cli.py::test_usage_errors_and_help_are_dutch",
        "tests/test_readme.py::test_every_command_and_option_is_documented",
    ],
    "Zonder invoerbestand gebruikt het programma `input/keuzematrix.xlsx`, zonder uitvoermap `output/`.": [
        "tests/test_readme.py::test_defaults_are_the_documented_ones",
    ],
    "`--strict`: waarschuwingen tellen als fouten": [
        "tests/test_cli.py::test_check_strict_makes_warnings_fatal",
        "tests/test_output.py::test_strict_refuses_warnings",
    ],
    "`-q`/`--quiet`: toon alleen de fouten": ["tests/test_progress.py::test_quiet_silences_everything_but_errors"],
    "`--annotate KOPIE.xlsx`: schrijf ook een kopie met elk probleem in zijn cel": [
        "tests/test_annotation.py::test_every_problem_is_marked_at_its_cell",
    ],
    "Alles wordt eerst in een tijdelijke map gemaakt en pas als alles gelukt is op zijn plaats gezet": [
        "tests/test_output.py::test_a_renderer_failing_halfway_leaves_the_previous_output_and_no_staging",
        "tests/test_concurrency.py::test_a_build_killed_before_any_file_system_step_leaves_a_complete_output_findable",
        "tests/test_concurrency.py::test_two_builds_at_once_end_with_one_complete_build",
    ],
    "Zijn er fouten, dan wordt er niets geschreven en blijft de vorige uitvoer staan.": [
        "tests/test_output.py::test_fouten_leave_the_previous_output_untouched",
        "tests/test_cli.py::test_build_with_fouten_writes_nothing",
    ],
    "Het invoerbestand wordt nooit veranderd.": ["tests/test_reader.py::test_input_file_is_never_changed"],
    "Dezelfde invoer geeft altijd precies dezelfde bestanden.": [
        "tests/test_reproducible.py::test_two_builds_are_byte_identical",
        "tests/test_output.py::test_same_input_gives_the_same_json_bytes",
    ],
    "Een volgende build vervangt of verwijdert alleen bestanden die in die lijst staan en sindsdien niet veranderd"
    " zijn.": [
        "tests/test_output_ownership.py::test_anything_keuzehulp_did_not_write_is_refused_and_kept",
        "tests/test_output_ownership.py::test_a_changed_file_is_not_replaced",
        "tests/test_output_ownership.py::test_input_stored_in_the_output_folder_is_never_replaced",
    ],
    "Alles wat `build` schrijft, is voor iedereen leesbaar (bestanden 0644, mappen 0755), ook met een strenge"
    " `umask`.": [
        "tests/test_output_ownership.py::test_everything_written_is_world_readable_under_a_strict_umask",
    ],
    "Is de uitvoermap een snelkoppeling (symlink), dan schrijft `build` in de map waar die naar wijst.": [
        "tests/test_output_ownership.py::test_a_symlinked_output_folder_is_followed",
    ],
    "wordt nooit verplaatst of leeggemaakt: de bestanden erin worden één voor één vervangen.": [
        "tests/test_output_ownership.py::test_a_mounted_output_folder_is_filled_in_place",
        "tests/test_output_ownership.py::test_a_mounted_keuzehulp_folder_is_filled_in_place_and_never_wiped",
    ],
    "Lukt schrijven niet (schijf vol, geen vrije inodes, pad te lang, alleen-lezen, geen toestemming), dan zegt"
    " `build` dat in het Nederlands": [
        "tests/test_output_io.py::test_a_full_disk_leaves_the_previous_output",
        "tests/test_output_io.py::test_no_free_inodes_leaves_the_previous_output",
        "tests/test_output_io.py::test_too_long_a_folder_name_is_explained",
        "tests/test_output_io.py::test_a_read_only_output_folder_is_explained",
        "tests/test_output_io.py::test_no_permission_is_explained",
    ],
    "Wordt `build` onderbroken (stroom weg, proces gestopt), dan vind je altijd een volledige uitvoer terug.": [
        "tests/test_concurrency.py::test_a_build_killed_before_any_file_system_step_leaves_a_complete_output_findable",
        "tests/test_concurrency.py::test_a_build_killed_from_outside_leaves_a_complete_output_findable",
    ],
    "`--templates MAP`: eigen jinja2-templates voor de website, in `MAP/keuzehulp/`; die gaan voor de meegeleverde": [
        "tests/test_render_html.py::test_a_template_folder_replaces_only_the_templates_it_holds",
        "tests/test_render_html.py::test_the_example_override_changes_the_footer_and_keeps_everything_else_bundled",
    ],
    "`--organisatie`, `--titel`, `--hoofdkleur`, `--accentkleur`: gaan voor wat op het blad `Instellingen` staat": [
        "tests/test_output.py::test_settings_overrides_from_build_options",
        "tests/test_render_html.py::test_build_writes_the_site_with_the_build_options",
    ],
    "een voortgangsbalk, maar alleen in een terminal": [
        "tests/test_progress.py::test_bar_only_on_a_terminal_and_only_after_a_moment",
        "tests/test_progress.py::test_output_to_a_pipe_stays_clean",
    ],
    "Datums in de gemaakte bestanden komen uit de keuzematrix (of uit `SOURCE_DATE_EPOCH`, als die is gezet), nooit van"
    " de klok.": ["tests/test_reproducible.py::test_xlsx_dates_come_from_the_keuzematrix_or_source_date_epoch"],
    "| 0 | klaar (waarschuwingen mogen) |": ["tests/test_cli.py::test_check_exit_0_with_warnings_and_a_summary"],
    "| 1 | de invoer heeft fouten of is onleesbaar; er is niets nieuws geschreven |": [
        "tests/test_cli.py::test_check_exit_1_with_fouten_naming_the_cell",
        "tests/test_cli.py::test_unreadable_input_is_exit_1_without_traceback",
        "tests/test_cli.py::test_build_with_fouten_writes_nothing",
    ],
    "| 2 | verkeerd gebruik (onbekende optie, verkeerde waarde) |": ["tests/test_cli.py::test_wrong_usage_is_exit_2"],
    "stopt hij met een melding (afsluitcode 1) en blijft het bestand zoals het was": [
        "tests/test_sjabloon.py::test_init_refuses_to_overwrite_without_force",
        "tests/test_annotation.py::test_input_is_never_changed_and_kopie_only_replaced_with_force",
        "tests/test_migration.py::test_refuses_to_overwrite_and_never_replaces_the_old_file",
    ],
    "Er gaat niets verloren: wat het programma niet begrijpt, staat letterlijk in de bijbehorende toelichting": [
        "tests/test_migration.py::test_example_round_trip_gives_the_same_json",
        "tests/test_migration.py::test_werkzaak_matrix_round_trip_gives_the_same_json",
    ],
    "Het oude bestand blijft altijd zoals het was.": [
        "tests/test_migration.py::test_refuses_to_overwrite_and_never_replaces_the_old_file",
    ],
    "Je eigen bestand wordt niet veranderd": [
        "tests/test_annotation.py::test_input_is_never_changed_and_kopie_only_replaced_with_force",
    ],
    "Wat in de kopie ontbreekt, staat bovenaan het blad Controle.": [
        "tests/test_annotation.py::test_what_the_copy_loses_is_said_on_the_controle_sheet",
    ],
    "Kosten, toelichting kosten, werkafspraken, interne contactpersonen en registratiecodes zijn intern en kunnen niet"
    " worden aangezet.": [
        "tests/test_render_html.py::test_internal_fields_appear_in_no_generated_file",
        "tests/test_audience.py::test_never_fields_are_absent_even_with_every_switch_on",
    ],
    "alleen `http`, `https`, `mailto` en `tel`": [
        "tests/test_render_html.py::test_only_http_https_mailto_and_tel_links_are_rendered",
        "tests/test_render_workbook.py::test_only_http_https_mailto_and_tel_become_links",
    ],
    "die zonder internet werkt en voldoet aan WCAG 2.1 AA": [
        "tests/test_html_browser.py::test_no_request_leaves_the_folder",
        "tests/test_html_browser.py::test_axe_finds_no_violations_in_any_state",
    ],
    "Ja is `x`, `ja`, `j`, `1`, `✓`, `✔` of WAAR": ["tests/test_normalise.py::test_marks_meaning_yes"],
    'Labels met een komma erin ("Diplomen, certificeren en praktijkverklaring") worden heel herkend.': [
        "tests/test_normalise.py::test_list_cells_split_on_semicolons_commas_and_lines_but_keep_labels_with_commas",
    ],
    "Lege rijen worden overgeslagen; verborgen rijen en kolommen tellen mee, met een waarschuwing.": [
        "tests/test_normalise.py::test_empty_rows_are_skipped_and_hidden_rows_read_with_a_warning",
        "tests/test_reader.py::test_hidden_columns_that_are_published_are_named_at_their_header",
    ],
    "Tegels, klantkenmerken en uitvoeringsvormen staan met hun Eva-label, in de volgorde van de taxonomie, zonder"
    " dubbele.": ["tests/test_normalise.py::test_labels_are_canonical_in_taxonomy_order"],
    "Alle codes staan in [`docs/problemen.md`](docs/problemen.md).": [
        "tests/test_cli.py::test_every_problem_code_is_documented",
    ],
    "Het JSON-rapport van `keuzehulp check --format json`": [
        "tests/test_cli.py::test_check_json_is_the_documented_report",
        "tests/test_readme.py::test_the_documented_json_report_is_what_check_writes",
    ],
    "bestand veilig openen: grootte, zip-bom, XML-declaraties, cellen ver weg": [
        "tests/test_reader.py::test_zip_bomb_part_is_refused",
        "tests/test_reader.py::test_xml_entity_bomb_is_refused",
        "tests/test_reader.py::test_far_away_cell_is_refused_before_allocating_the_sheet",
        "tests/test_hostile_files.py::test_hostile_file_is_refused_quickly_in_bounded_memory",
    ],
    "54 verzonnen instrumenten": ["tests/test_example.py::test_input_example_is_what_make_example_writes"],
    "Het voorbeeld staat als data in `scripts/voorbeeld.toml`": [
        "tests/test_example.py::test_input_example_is_what_make_example_writes",
    ],
    "Eén opdracht installeert het programma": ["tests/test_packaging.py::test_installed_wheel_builds_the_example"],
    "De tests zien alleen wat in die `.venv` is geïnstalleerd": [
        "tests/test_packaging.py::test_the_suite_sees_only_its_own_venv",
    ],
    "`.ci/run` draait precies deze opdracht, en daarna `ruff check` en `ruff format --check`.": [
        "tests/test_readme.py::test_ci_runs_the_readme_test_command_and_the_linters",
    ],
    "Tests die LibreOffice, Chromium of Java nodig hebben, worden lokaal overgeslagen als die ontbreken, maar falen"
    " in CI": [
        "tests/test_readme.py::test_ci_runs_the_readme_test_command_and_the_linters",
    ],
    "Meer over de werkmap staat in [`docs/werkmap.md`](docs/werkmap.md)": [
        "tests/test_readme.py::test_every_link_and_path_in_the_readme_and_docs_leads_somewhere",
    ],
    "Een instrument dat alleen naar een andere rij is verschoven, is geen wijziging.": [
        "tests/test_diff.py::test_what_the_golden_json_says",
    ],
    'het label "Nieuw". Is `OUD.xlsx` niet te lezen, dan stopt `build` met een melding (afsluitcode 1) en schrijft'
    " niets": [
        "tests/test_diff.py::test_the_nieuw_mark_is_visible_on_exactly_the_new_cards",
        "tests/test_diff.py::test_build_vorige_with_an_unreadable_old_version_writes_nothing",
    ],
    "Heeft een van de versies fouten, dan vergelijkt `diff` toch wat er te lezen is en zegt het bovenaan hoeveel"
    " fouten er zijn": ["tests/test_diff.py::test_fouten_in_a_version_do_not_stop_the_diff_and_are_said_at_the_top"],
    "1 als een van de bestanden niet te lezen is.": [
        "tests/test_diff.py::test_an_unreadable_version_is_exit_1_with_a_dutch_message",
    ],
}


def flat(text: str) -> str:
    return " ".join(text.split())


def readme() -> str:
    return README.read_text(encoding="utf-8")


def test_every_promise_is_quoted_from_the_readme():
    text = flat(readme())
    assert [promise for promise in PROMISES if flat(promise) not in text] == []


def test_every_named_test_exists():
    named = sorted({node for nodes in PROMISES.values() for node in nodes})
    files = sorted({node.split("::")[0] for node in named})
    collected = subprocess.run(
        [sys.executable, "-m", "pytest", "--collect-only", "-q", "-p", "no:cacheprovider", *files],
        capture_output=True,
        text=True,
        cwd=ROOT,
        check=False,
    ).stdout.splitlines()
    found = {line.split("[")[0] for line in collected if "::" in line}
    assert [node for node in named if node not in found] == []


def bash_block_after(text: str, words: str) -> str:
    """Return the first line of the first ```bash block after ``words``."""
    return text[text.index(words) :].split("```bash\n", 1)[1].split("\n", 1)[0]


def test_ci_runs_the_readme_test_command_and_the_linters():
    command = bash_block_after(readme(), "Eén opdracht installeert alles voor de tests")
    lines = [line for line in (ROOT / ".ci" / "run").read_text().splitlines() if not line.startswith("#")]
    assert "pytest" in command
    assert any(line == command or line.startswith(command + " || exit") for line in lines)
    assert "export KEUZEHULP_REQUIRE_TOOLS=1" in " ".join(lines)
    assert {".venv/bin/ruff check .", ".venv/bin/ruff format --check ."} <= set(lines)


def commands(group: click.Group, path: str = "keuzehulp"):
    yield path, group
    for name, command in getattr(group, "commands", {}).items():
        yield from commands(command, f"{path} {name}")


def test_every_command_and_option_is_documented():
    text = readme()
    missing = []
    for path, command in commands(main):
        if f"`{path}" not in text and f"{path} " not in text:
            missing.append(path)
        for param in command.params:
            if not isinstance(param, click.Option) or param.hidden:
                continue
            missing += [f"{path} {o}" for o in param.opts if not re.search(rf"(?<![\w-]){re.escape(o)}(?![\w-])", text)]
            if isinstance(param.type, click.Choice):
                missing += [f"{path} {o} {c}" for o in param.opts for c in param.type.choices if f"{o} {c}" not in text]
    assert missing == []


def test_defaults_are_the_documented_ones():
    text = flat(readme())
    default = {p.name: p.default for _, command in commands(main) for p in command.params}
    assert Path(default["invoer"]) == Path(DEFAULT_INPUT) and Path(default["uitvoer"]) == Path(DEFAULT_OUTPUT)
    assert f"gebruikt het programma `{DEFAULT_INPUT}`, zonder uitvoermap `{Path(DEFAULT_OUTPUT)}/`" in text


def test_the_documented_json_report_is_what_check_writes():
    text = readme()
    block = text[text.index("Het JSON-rapport van") :].split("```json\n", 1)[1].split("```", 1)[0]
    documented = json.loads(block)
    written = check(ROOT / DEFAULT_INPUT).to_dict()
    assert list(documented) == list(written)
    assert documented["aantal_instrumenten"] == written["aantal_instrumenten"]
    shown = documented["problemen"][0]
    naam = re.search(r"\((.+?)\)", shown["melding"]).group(1)
    where = {k: shown[k] for k in ("blad", "rij", "kolom", "cel")}
    assert problem(shown["code"], **where, naam=naam).to_dict() == shown


def tracked() -> list[Path]:
    names = subprocess.run(["git", "ls-files"], capture_output=True, text=True, cwd=ROOT, check=True).stdout
    return [ROOT / name for name in names.splitlines()]


def generated(path: Path) -> bool:
    """Return True for a path the project makes when it runs (ignored by git, such as output/)."""
    return subprocess.run(["git", "check-ignore", "-q", path], cwd=ROOT, check=False).returncode == 0


def anchors(doc: Path) -> set[str]:
    """Return the anchors of the headings of ``doc``, as GitHub makes them."""
    headings = re.findall(r"^#+\s+(.+)$", doc.read_text(encoding="utf-8"), re.M)
    return {re.sub(r"[^\w\- ]", "", h.lower()).replace(" ", "-") for h in headings}


def test_every_link_and_path_in_the_readme_and_docs_leads_somewhere():
    top = {p.relative_to(ROOT).parts[0] for p in tracked() if len(p.relative_to(ROOT).parts) > 1}
    broken = []
    for doc in DOCS:
        text = doc.read_text(encoding="utf-8")
        for target in re.findall(r"\]\(([^)\s]+)\)", text):
            if re.match(r"[a-z]+:", target):
                continue
            path, _, anchor = target.partition("#")
            linked = (doc.parent / path) if path else doc
            if not linked.exists() or (anchor and anchor not in anchors(linked)):
                broken.append(f"{doc.name}: ({target})")
        for name in re.findall(r"`([\w.-]+(?:/[\w.-]*)+)`", text):
            # A template is named as in the bundled templates folder, which is also where it lands in the output.
            places = (ROOT / name, ROOT / "keuzehulp" / "templates" / name)
            if name.split("/")[0] in top and not any(p.exists() for p in places) and not generated(ROOT / name):
                broken.append(f"{doc.name}: `{name}`")
    assert broken == []


def test_no_file_refers_to_a_document_that_is_not_in_the_repository():
    """Every Markdown document named in code, tests or docs is in the repository; no page number points into one."""
    files = tracked()
    names = {file.name for file in files}
    broken = []
    for file in files:
        try:
            text = file.read_text(encoding="utf-8")
        except (UnicodeDecodeError, IsADirectoryError):
            continue
        for name in re.findall(r"(?<![\w/.-])([\w./-]+\.md)\b", text):
            if not (ROOT / name).exists() and not (file.parent / name).exists() and name not in names:
                broken.append(f"{file.relative_to(ROOT)}: {name}")
        broken += [f"{file.relative_to(ROOT)}: {m}" for m in re.findall(r"(?i)\b(?:p\.|blz\.|pagina) ?\d+", text)]
    assert broken == []
