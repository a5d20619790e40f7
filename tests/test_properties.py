"""Property: whatever a keuzematrix holds, reading it never crashes and no non-empty cell is silently lost.

Every non-empty cell below the header ends up in the instrument (verbatim, or understood into a structured
field or a label) or is named by a reported problem (its own cell, or its column).
"""

from __future__ import annotations

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from keuzehulp.header import text_of
from keuzehulp.pipeline import load
from keuzehulp.reader import column_letter
from keuzehulp.taxonomy import load_taxonomy
from tests.xlsx import write_xlsx

TAX = load_taxonomy()
FIELD_HEADERS = [f.label for f in TAX.fields] + ["Aanmeldingsinstructies *", "Naam", "Kosten"]
MARK_HEADERS = [*TAX.labels("tegels"), *TAX.labels("klantkenmerken"), "1.3.4 Digitale vaardigheden", "Coaching"]
STRUCTURED = {
    "duur": "duur",
    "duur_eenheid": "duur",
    "intensiteit": "intensiteit_uur_per_week",
    "kosten": "kosten_euro",
    "groep_individueel": "groep_individueel",
    "contactpersonen": "contactpersonen",
    "locaties": "locaties",
    "aanvullende_inhoud": "aanvullende_inhoud",
    "tegels": "tegels",
    "klantkenmerken": "klantkenmerken",
    "werkzaak_kenmerken": "klantkenmerken",
    "uitvoeringsvormen": "uitvoeringsvormen",
    "doelgroepen": "doelgroepen",
    "registratiecodes": "registratiecodes",
    "beschikbare_gebieden": "beschikbare_gebieden",
}
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


def accounted_for(loaded, headers: list[object], column: int, row: int, cell_value: object) -> bool:
    letter = column_letter(column)
    for found in loaded.report.problemen:
        if found.cel == f"{letter}{row}":
            return True
        if found.cel and found.code.startswith("kolom-") and found.cel == f"{letter}1":
            return True
    instrument = next(i for i in loaded.matrix.instrumenten if i.bron.rij == row)
    data = instrument.to_dict()
    text = text_of(cell_value) if not isinstance(cell_value, bool) else ""
    if text and any(text in found for found in strings_in(data)):
        return True
    field = TAX.field(text_of(headers[column - 1]))
    if field and field.key in STRUCTURED and data[STRUCTURED[field.key]] not in (None, []):
        return True
    mark = cell_value is True or cell_value is False or text.casefold() in TAX.marks_yes | TAX.marks_no
    return mark


def strings_in(data: object) -> list[str]:
    if isinstance(data, dict):
        return [s for v in data.values() for s in strings_in(v)]
    if isinstance(data, list):
        return [s for v in data for s in strings_in(v)]
    return [data] if isinstance(data, str) else []


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(rows=matrices())
def test_no_traceback_and_no_cell_silently_lost(tmp_path_factory, rows):
    path = write_xlsx(tmp_path_factory.mktemp("prop") / "m.xlsx", rows)
    loaded = load(path)
    assert loaded.matrix is not None, loaded.report.problemen
    by_row = {i.bron.rij for i in loaded.matrix.instrumenten}
    for row_number, cells in enumerate(rows[1:], start=2):
        if all(text_of(c) == "" for c in cells if not isinstance(c, bool)) and not any(
            isinstance(c, bool) for c in cells
        ):
            assert row_number not in by_row
            continue
        for column, cell_value in enumerate(cells, start=1):
            if cell_value is None or (not isinstance(cell_value, bool) and text_of(cell_value) == ""):
                continue
            assert accounted_for(loaded, rows[0], column, row_number, cell_value), (column, row_number, cell_value)


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
