"""Properties: whatever a keuzematrix holds, reading it never crashes and no non-empty cell is silently lost.

Every non-empty cell below the header is found at the field that its column feeds (verbatim in a text field,
understood into the structured field or label, or kept verbatim in the field's toelichting), or a reported problem
names its cell, or names its column as one whose values are not used. Finding the text anywhere else in the
instrument does not count. ``check`` and ``build`` agree on whether a matrix has fouten.
"""

from __future__ import annotations

import dataclasses
import re

from hypothesis import HealthCheck, assume, example, given, settings
from hypothesis import strategies as st

from keuzehulp import values
from keuzehulp.fields import TEXT
from keuzehulp.header import text_of
from keuzehulp.pipeline import load_raw
from keuzehulp.reader import column_letter
from keuzehulp.taxonomy import load_taxonomy
from tests.xlsx import write_xlsx

TAX = load_taxonomy()
TEXT_KEYS = {f.key for f in TAX.fields if f.kind == TEXT}
FIELD_HEADERS = [f.label for f in TAX.fields] + ["Aanmeldingsinstructies *", "Naam", "Kosten"]
MARK_HEADERS = [*TAX.labels("tegels"), *TAX.labels("klantkenmerken"), "1.3.4 Digitale vaardigheden", "Coaching"]
GROUPS = ("tegels", "klantkenmerken", "uitvoeringsvormen")
# Number fields: their parser, the field of the understood number, and where a value not understood is kept.
NUMBERS = {
    "intensiteit": (values.intensiteit, "intensiteit_uur_per_week", "toelichting_intensiteit"),
    "kosten": (values.kosten, "kosten_euro", "toelichting_kosten"),
}
# Header-cell problems that say the values of the column are not used.
UNUSED_COLUMN = ("kolom-onbekend", "kolom-zonder-kop", "kolom-markeringen-onbekend")
MARKS = ["x", "ja", "✓", "1", "nee", "-", "0", "", "misschien", True, False]
TYPED = [
    "3 maanden",
    "6 mnd",
    "1 jaar",
    "half jaar",
    "€ 1.250,-",
    "gratis",
    "op aanvraag",
    "8 uur per week",
    "beide",
    "soms",
    "Werk fit; Orientatie",
    "Diplomen, certificeren en praktijkverklaring, 5.2",
    "Zwemmen",
    "intern; Jan; 0488-123456; jan@x.example",
    "Els; els@@x",
    "Folder | https://x.example/a.pdf",
    "javascript:alert(1)",
    "=1+1",
    "Coaching",
    -3,
    12,
    2.5,
]
cell_text = st.text(alphabet=st.characters(codec="utf-8", exclude_categories=("Cs", "Cc")), max_size=30)
value = st.one_of(st.sampled_from(TYPED), st.sampled_from(MARKS), cell_text, st.integers(-10, 10_000))
header = st.one_of(st.sampled_from(FIELD_HEADERS), st.sampled_from(MARK_HEADERS), cell_text)


@st.composite
def matrices(draw):
    headers = draw(st.lists(header, min_size=3, max_size=12))
    headers[:3] = ["Naam instrument", "Doel", "Aanbieder"]
    rows = draw(st.lists(st.lists(value, min_size=len(headers), max_size=len(headers)), min_size=1, max_size=5))
    return [headers, *rows]


def named_by_problem(problems, letter: str, row: int, key: str | None) -> bool:
    """Return True when a problem names the cell, or says its column's values are not used."""
    for found in problems:
        if found.cel == f"{letter}{row}":
            return True
        unused = found.code in UNUSED_COLUMN or (found.code == "kolom-dubbel" and key is not None)
        if unused and found.cel == f"{letter}1":
            return True
    return False


def kept_verbatim(data: dict, key: str, text: str) -> bool:
    return text in (data[key] or "")


def labels_of(group: str, piece: str) -> tuple[str, ...]:
    """Return the labels one piece of a list cell or one mark column's header means, where it means one."""
    label = TAX.canonical(group, piece)
    code = TAX.werkzaak_code(piece) if group == "klantkenmerken" else None
    return (label,) if label else code.klantkenmerken if code else ()


def at_its_field(data: dict, key: str, cell: object, name: str) -> bool:
    """Return True when ``cell`` (in the column of field ``key``, headed ``name``) is found at that field."""
    text = text_of(cell)
    if key in TEXT_KEYS:  # text fields keep the cell as it is
        return data[key] == text or (data[key] or "").startswith(text + "\n")
    if key in ("duur", "duur_eenheid"):
        return data["duur"] is not None or kept_verbatim(data, "toelichting_duur", text)
    if key in NUMBERS:
        parse, target, keep_in = NUMBERS[key]
        understood = parse(cell)
        return kept_verbatim(data, keep_in, text) if understood is None else data[target] == understood
    if key == "groep_individueel":
        understood = values.groep_individueel(text, TAX)
        if understood is None:
            return kept_verbatim(data, "aanvullende_informatie", f"{name}: {text}")
        return data["groep_individueel"] == understood
    if key in ("doelgroepen", "registratiecodes", "beschikbare_gebieden"):
        return data[key] == values.split_list(text)
    if key == "contactpersonen":
        return all(
            dataclasses.asdict(values.contactpersoon(line, TAX).contact) in data[key] for line in values.lines(text)
        )
    if key == "locaties":
        return all(dataclasses.asdict(values.locatie(line, TAX).locatie) in data[key] for line in values.lines(text))
    if key == "aanvullende_inhoud":
        return all(
            dataclasses.asdict(values.inhoud(line).inhoud) in data[key]
            if values.inhoud(line).inhoud
            else kept_verbatim(data, "aanvullende_informatie", f"{name}: {line}")
            for line in values.lines(text)
        )
    if key in (*GROUPS, "werkzaak_kenmerken"):
        group = "klantkenmerken" if key == "werkzaak_kenmerken" else key
        if not re.sub(r"[\s;,]+", "", text):
            return True  # nothing but separators: an empty list, as in a list field
        whole = [labels_of(group, piece) for piece in re.split(r"\s*[\r\n;]+\s*", text) if piece]
        return bool(data[group]) and all(set(labels) <= set(data[group]) for labels in whole)
    return False  # a field that normalise does not read would lose its cells


def marked(data: dict, header_text: str, cell: object) -> bool:
    """Return True when a mark ``cell`` under a tegel, klantkenmerk or uitvoeringsvorm column was understood."""
    text = text_of(cell).casefold()
    if cell is False or (cell is not True and text in TAX.marks_no):
        return True
    if cell is not True and text not in TAX.marks_yes:
        return False  # neither yes nor no: only a problem at the cell accounts for it
    return any(labels and set(labels) <= set(data[g]) for g in GROUPS if (labels := labels_of(g, header_text)))


def accounted_for(loaded, headers: list[object], cells: list[object], column: int, row: int) -> bool:
    """Return True when the cell at ``column`` of ``row`` is named by a problem or found at the field it feeds."""
    cell = cells[column - 1]
    header_text = text_of(headers[column - 1])
    field = TAX.field(header_text)
    if named_by_problem(loaded.report.problemen, column_letter(column), row, field and field.key):
        return True
    data = next(i for i in loaded.matrix.instrumenten if i.bron.rij == row).to_dict()
    if field:
        return at_its_field(data, field.key, cell, header_text)
    return marked(data, header_text, cell)


def is_empty(cell: object) -> bool:
    return cell is None or (not isinstance(cell, bool) and text_of(cell) == "")


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(rows=matrices())
@example(rows=[["Naam instrument", "Doel", "Aanbieder", "Eenheid duur", "Totale duur"], ["a", "b", "c", "6 mnd", ""]])
@example(rows=[["Naam instrument", "Doel", "Aanbieder", "Tegels"], ["a", "b", "c", ","]])
def test_no_traceback_and_no_cell_silently_lost(tmp_path_factory, rows):
    path = write_xlsx(tmp_path_factory.mktemp("prop") / "m.xlsx", rows)
    loaded, raw = load_raw(path)
    assert loaded.matrix is not None, loaded.report.problemen
    assume(raw.layout.header_row == 1)  # else a data row with more known labels became the header, row 1 a title
    by_row = {i.bron.rij for i in loaded.matrix.instrumenten}
    for row_number, cells in enumerate(rows[1:], start=2):
        if all(is_empty(c) for c in cells):
            assert row_number not in by_row
            continue
        for column, cell in enumerate(cells, start=1):
            if not is_empty(cell):
                assert accounted_for(loaded, rows[0], cells, column, row_number), (column, row_number, cell)


@settings(max_examples=30, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(rows=matrices())
def test_check_and_build_agree(tmp_path_factory, rows):
    from keuzehulp import pipeline
    from keuzehulp.pipeline import BuildFailed, build, check

    folder = tmp_path_factory.mktemp("agree")
    path = write_xlsx(folder / "m.xlsx", rows)
    report = check(path)
    try:
        build(path, folder / "uit", renderers=[pipeline.JSON])
        built = True
    except BuildFailed as failed:
        built = False
        assert failed.report.to_dict() == report.to_dict()
    assert built == (not report.fouten)
    assert (folder / "uit").exists() == built
