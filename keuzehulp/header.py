"""Find the header row of the instrument sheet and say what each column holds.

A column is either a field of the instrumentenformat ("Doel", "Totale duur"), a mark column for one
taxonomy term (wide form: "Werk fit" with an ``x`` per row), a Werkzaak kenmerk mark column
("1.3 Basisvaardigheden"), or unknown. Group labels in the row above the header (often merged:
"Tegels", "Uitvoeringsvorm") decide between labels that exist in two groups, such as "Bemiddeling".
"""

from __future__ import annotations

import difflib
import re
from dataclasses import dataclass

from .reader import Sheet, column_letter
from .taxonomy import GROUPS, Field, Taxonomy, WerkzaakCode, fold

HEADER_SEARCH_ROWS = 30
MIN_RECOGNISED = 3
REQUIRED_MARK = " *"  # after the name of a required column in the sjabloon
# A mark column header this close to one taxonomy label (difflib ratio of the folded texts) is read as that
# label: "Maatschapelijk fit" is Maatschappelijk fit. Text fields are never matched loosely.
CLOSE_LABEL_CUTOFF = 0.85
CLOSE_LABEL_MARGIN = 0.05  # the closest label must beat the next one by this much, else it is a guess
MIN_CLOSE_LENGTH = 5
_PREFIX = re.compile(r"^\s*([^:]+?)\s*(?::|\s-\s)\s*(.+)$")


@dataclass
class Column:
    """One column of the instrument sheet and its meaning."""

    index: int  # 1-based
    header: str  # as written in the sheet, trimmed
    field: Field | None = None
    group: str | None = None  # tegels / klantkenmerken / uitvoeringsvormen for a mark column
    label: str | None = None  # canonical label of a mark column
    werkzaak: WerkzaakCode | None = None
    duplicate_of: Column | None = None
    close_match: bool = False  # the label was read from a header that is close to it, not equal

    @property
    def letter(self) -> str:
        return column_letter(self.index)

    @property
    def name(self) -> str:
        """Return how a message names this column: its header without the required mark, or its letter."""
        return clean_header(self.header) or self.letter

    @property
    def known(self) -> bool:
        return self.field is not None or self.label is not None or self.werkzaak is not None


@dataclass
class Layout:
    """Where the instruments are in a sheet."""

    header_row: int
    columns: list[Column]

    def by_key(self, key: str) -> Column | None:
        """Return the first column of field ``key``."""
        return next((c for c in self.columns if c.field and c.field.key == key and not c.duplicate_of), None)


def clean_header(header: str) -> str:
    """Return ``header`` as a message shows it: without the mark of a required column ("Doel *" -> "Doel")."""
    return header.rstrip().removesuffix(REQUIRED_MARK.strip()).rstrip()


def text_of(value: object) -> str:
    """Return a cell value as trimmed text ("" for empty)."""
    if type(value) is str:
        return value.strip()
    if value is None:
        return ""
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return str(value).strip()


def find_layout(sheet: Sheet, taxonomy: Taxonomy) -> Layout | None:
    """Return the layout of ``sheet``: its header row (the first with most known headers) and columns."""
    best_row, best_score = 0, 0
    for number, cells in enumerate(sheet.rows[:HEADER_SEARCH_ROWS], start=1):
        score = sum(1 for value in cells if _recognised(text_of(value), taxonomy))
        if score > best_score:
            best_row, best_score = number, score
    if best_score < MIN_RECOGNISED:
        return None
    groups = _group_labels(sheet, best_row - 1, taxonomy) if best_row > 1 else {}
    width = max((len(r) for r in sheet.rows[best_row - 1 : best_row]), default=0)
    columns = [
        classify(index, text_of(sheet.value(best_row, index)), groups.get(index), taxonomy)
        for index in range(1, width + 1)
    ]
    _mark_duplicates(columns, taxonomy)
    return Layout(best_row, columns)


def _recognised(text: str, taxonomy: Taxonomy) -> bool:
    if not text:
        return False
    if taxonomy.field(text) or taxonomy.werkzaak_code(text):
        return True
    return any(taxonomy.canonical(group, _strip_prefix(text)[1]) for group in GROUPS)


def _strip_prefix(text: str) -> tuple[str | None, str]:
    match = _PREFIX.match(text)
    return (match.group(1), match.group(2)) if match else (None, text)


def group_of_heading(text: str, taxonomy: Taxonomy) -> str | None:
    """Return the group (tegels, klantkenmerken, uitvoeringsvormen, overig) a heading names, or None."""
    key = fold(text)
    if not key:
        return None
    if key in taxonomy.group_headings:
        return taxonomy.group_headings[key]
    for needle, group in (
        ("tegel", "tegels"),
        ("klantkenmerk", "klantkenmerken"),
        ("uitvoeringsvorm", "uitvoeringsvormen"),
    ):
        if needle in key:
            return group
    return "overig"


def _group_labels(sheet: Sheet, row: int, taxonomy: Taxonomy) -> dict[int, str | None]:
    """Return the group of each column from the row above the header (merged or filled forward)."""
    cells = sheet.rows[row - 1] if row - 1 < len(sheet.rows) else []
    groups: dict[int, str | None] = {}
    current: str | None = None
    for index, value in enumerate(cells, start=1):
        text = text_of(value)
        if text:
            current = group_of_heading(text, taxonomy)
        groups[index] = current
    for min_row, min_col, max_row, max_col in sheet.merged:
        if min_row <= row <= max_row:
            group = group_of_heading(text_of(sheet.value(min_row, min_col)), taxonomy)
            for index in range(min_col, max_col + 1):
                groups[index] = group
    return groups


def classify(index: int, header: str, group: str | None, taxonomy: Taxonomy) -> Column:
    """Return the column at ``index`` with what its ``header`` (under group heading ``group``) means."""
    column = Column(index, header)
    if not header:
        return column
    prefix, rest = _strip_prefix(header)
    prefix_group = group_of_heading(prefix, taxonomy) if prefix else None
    if prefix_group in GROUPS:
        group, header = prefix_group, rest
    if group in GROUPS:
        label = taxonomy.canonical(group, header)
        if label:
            column.group, column.label = group, label
            return column
        if group == "klantkenmerken" and (code := taxonomy.werkzaak_code(header)):
            column.werkzaak = code
            return column
    column.field = taxonomy.field(header)
    if column.field:
        return column
    for candidate in GROUPS:
        label = taxonomy.canonical(candidate, header)
        if label:
            column.group, column.label = candidate, label
            return column
    column.werkzaak = taxonomy.werkzaak_code(header)
    if column.werkzaak is None and (close := close_label(header, group, taxonomy)):
        column.group, column.label = close
        column.close_match = True
    return column


def close_label(header: str, group: str | None, taxonomy: Taxonomy) -> tuple[str, str] | None:
    """Return the (group, label) of the taxonomy that ``header`` nearly spells, or None if none or several do.

    Only labels of ``group`` count when the column stands under a group heading of the taxonomy.
    """
    key = fold(header)
    if len(key) < MIN_CLOSE_LENGTH:
        return None
    matcher = difflib.SequenceMatcher(b=key)
    scores: dict[tuple[str, str], float] = {}
    for candidate in [group] if group in GROUPS else GROUPS:
        for term in taxonomy.terms(candidate):
            for name in (term.label, *term.variants):
                matcher.set_seq1(fold(name))
                if matcher.real_quick_ratio() >= CLOSE_LABEL_CUTOFF and matcher.ratio() >= CLOSE_LABEL_CUTOFF:
                    found = (candidate, term.label)
                    scores[found] = max(scores.get(found, 0.0), matcher.ratio())
    ranked = sorted(scores.items(), key=lambda item: -item[1])
    if not ranked or (len(ranked) > 1 and ranked[0][1] - ranked[1][1] < CLOSE_LABEL_MARGIN):
        return None
    return ranked[0][0]


def _mark_duplicates(columns: list[Column], taxonomy: Taxonomy) -> None:
    seen: dict[tuple, Column] = {}
    for column in columns:
        if column.field:
            key: tuple = ("field", column.field.key)
        elif column.label:
            key = (column.group, column.label)
        else:
            continue
        if key in seen:
            first = seen[key]
            # Without a group heading, a second "Bemiddeling" is the uitvoeringsvorm (tegels come first in Eva).
            if column.group == "tegels" and first.group == "tegels":
                other = "uitvoeringsvormen"
                label = taxonomy.canonical(other, _strip_prefix(column.header)[1])
                if label and (other, label) not in seen:
                    column.group, column.label = other, label
                    seen[(other, label)] = column
                    continue
            column.duplicate_of = first
        else:
            seen[key] = column
