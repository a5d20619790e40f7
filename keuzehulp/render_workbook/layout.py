"""Where things are in the workbook: the columns and data rows of Instrumenten, the choices on Zoeken, the names."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field

from xlsxwriter.utility import xl_col_to_name, xl_rowcol_to_cell

from ..fields import CONTENT_GROUP, PRACTICAL_GROUP
from ..model import Keuzematrix
from ..taxonomy import load_taxonomy
from .columns import FieldColumn, group_columns
from .cycle import cycle_columns

SELECTED = "ja"  # a chosen label on Zoeken, and a mark in the tegel and klantkenmerk columns of Instrumenten
CHOSEN_NAME = "gekozen_instrument"
FIT_HEADER = "Past bij Zoeken"  # Instrumenten: the column after the name, "ja" when the instrument fits Zoeken
# Zoeken (0-based): the header row of the results (also the heading row of the tegels), the hidden column
# with the position of each result, the rank, and the column headed by the name column's header, the names below.
Z_HEADER = 3
Z_POSITION_COL = 2
Z_RANK_COL = 3
Z_RESULT_COL = 4
# The column of "Past op", after Treffers and the samenvatting: Nr. to Samenvatting is what prints on A4 portrait.
Z_MATCHED_COL = Z_RESULT_COL + 3
# Instrumenten and Berekening: data rows start at the same row, 0-based as in XlsxWriter (row 3 in Excel), so
# row r describes the same instrument on both.
FIRST_DATA_ROW0 = 2
# Berekening: the first column of the weights in row 1.
B_WEIGHTS = 9
# Berekening: the column listing the gebieden for the dropdown on Zoeken.
B_AREAS = 3
# Zoeken: the fields shown beside each result, the first (Samenvatting) before the matched labels, the others
# after them: its short heading there, the key of its Instrumenten column and the name of its range (prefixed,
# because a bare "duur" is a function name in Dutch Excel).
RESULT_FIELDS = (
    ("Samenvatting", "samenvatting", "kolom_samenvatting"),
    ("Doelgroep", "doelgroepen", "kolom_doelgroep"),
    ("Duur", "duur", "kolom_duur"),
    ("Uren per week", "intensiteit", "kolom_uren"),
    ("Groep/individueel", "groep_individueel", "kolom_groep"),
    ("Kosten", "kosten", "kolom_kosten"),
)
RESULT_CARDS = "Resultaatkaarten"  # the sheet with one card per result row of Zoeken


@dataclass(frozen=True)
class PracticalFilter:
    """A praktisch filter of Zoeken: its label in column A, its cell's name and the key of the column it tests.

    A filter on a list column (a ``FieldColumn`` with a ``separator``) holds one value and matches when the
    instrument's cell lists it between separators; a filter on a number column matches a number in the cell that is
    at most ``scale`` x the filter (the duur is kept in days, the filter asks for weeks).
    """

    label: str
    name: str
    key: str
    scale: int = 1


PRACTICAL_FILTERS = (
    PracticalFilter("Uitvoeringsvorm", "filter_vorm", "uitvoeringsvormen"),
    PracticalFilter("Groep of individueel", "filter_groep", "groep_individueel"),
    PracticalFilter("Maximale duur (weken)", "filter_duur", "duur_in_dagen", scale=7),
    PracticalFilter("Maximaal uren per week", "filter_uren", "intensiteit"),
    PracticalFilter("Gebied", "filter_gebied", "beschikbare_gebieden"),
    PracticalFilter("Maximale kosten (euro)", "filter_kosten", "kosten"),
)


@dataclass(frozen=True)
class InstrumentTable:
    """The Instrumenten table: its columns (name, fit, a mark per label, then the fields) and its data rows.

    Berekening has one row per instrument on the same rows, so the ranges the formulas use come from here too.
    Not to be confused with ``header.Layout``, the layout of the keuzematrix's input sheet.
    """

    tegels: tuple[str, ...]
    klantkenmerken: tuple[str, ...]
    practical: tuple[FieldColumn, ...]
    content: tuple[FieldColumn, ...]
    headers: Mapping[str, str] = field(hash=False)  # the workbook header of every field that has a column, by key
    count: int
    areas: tuple[str, ...] = ()  # the beschikbare gebieden of all instruments, for the dropdown on Zoeken

    first_mark = 2

    @property
    def first_kenmerk(self) -> int:
        return self.first_mark + len(self.tegels)

    @property
    def first_practical(self) -> int:
        return self.first_kenmerk + len(self.klantkenmerken)

    @property
    def first_content(self) -> int:
        return self.first_practical + len(self.practical)

    @property
    def last_col(self) -> int:
        return self.first_content + len(self.content) - 1

    @property
    def last_row(self) -> int:
        """The 0-based last data row of Instrumenten and Berekening (one empty row when there are none)."""
        return FIRST_DATA_ROW0 + max(self.count, 1) - 1

    @property
    def key_base(self) -> int:
        """The base of the sort key: key = fit x base + (base - position), unique and positive."""
        return self.count + 1

    @property
    def labels(self) -> tuple[str, ...]:
        """The tegels, then the klantkenmerken: the mark columns of Instrumenten, in order."""
        return (*self.tegels, *self.klantkenmerken)

    @property
    def fields(self) -> tuple[FieldColumn, ...]:
        """The columns after the marks, in order."""
        return (*self.practical, *self.content)

    def header(self, key: str) -> str:
        """Return the Instrumenten header of the field ``key``, whether or not this table has its column."""
        return self.headers[key]

    def column(self, key: str) -> FieldColumn:
        """Return the column after the marks with ``key``: a field's key, or that of a column that is no field."""
        return next(c for c in self.fields if c.key == key)

    def column_of(self, key: str) -> int:
        """Return the 0-based Instrumenten column of :meth:`column` ``key``."""
        return self.first_practical + self.fields.index(self.column(key))

    def data_range(self, sheet: str, col: int) -> str:
        """Return the absolute range of column ``col`` over all data rows of ``sheet``."""
        first = xl_rowcol_to_cell(FIRST_DATA_ROW0, col, True, True)
        last = xl_rowcol_to_cell(self.last_row, col, True, True)
        return f"{sheet}!{first}:{last}"


def instrument_table(matrix: Keuzematrix) -> InstrumentTable:
    """Return the Instrumenten table of the workbook for ``matrix``."""
    taxonomy = load_taxonomy(matrix.taxonomie)
    return InstrumentTable(
        tegels=taxonomy.labels("tegels"),
        klantkenmerken=taxonomy.labels("klantkenmerken"),
        practical=group_columns(taxonomy.fields, PRACTICAL_GROUP),
        content=(*group_columns(taxonomy.fields, CONTENT_GROUP), *cycle_columns(matrix)),
        headers={f.key: f.workbook.header for f in taxonomy.fields if f.workbook},
        count=len(matrix.instrumenten),
        areas=tuple(
            sorted({a for i in matrix.instrumenten for a in i.beschikbare_gebieden}, key=lambda a: (a.casefold(), a))
        ),
    )


def choice_rows(table: InstrumentTable) -> tuple[range, range]:
    """Return the 0-based rows of Zoeken holding the tegels and the klantkenmerken (a heading row above each)."""
    tegels = range(Z_HEADER + 1, Z_HEADER + 1 + len(table.tegels))
    kenmerken = range(tegels.stop + 2, tegels.stop + 2 + len(table.klantkenmerken))
    return tegels, kenmerken


def filter_rows(table: InstrumentTable) -> range:
    """Return the 0-based rows of Zoeken holding the praktische filters (a heading row above them)."""
    first = choice_rows(table)[1].stop + 2
    return range(first, first + len(PRACTICAL_FILTERS))


def defined_names(table: InstrumentTable) -> dict[str, str]:
    """Return the workbook-level names the formulas use, with what they refer to."""
    areas, areas_or_one = xl_col_to_name(B_AREAS), table.areas or ("",)
    weights_first = xl_col_to_name(B_WEIGHTS)
    weights_last = xl_col_to_name(B_WEIGHTS + len(table.labels) - 1)
    return {
        CHOSEN_NAME: "=Instrumentkaart!$B$2",
        "namen": "=" + table.data_range("Instrumenten", 0),
        "sleutels": "=" + table.data_range("Berekening", 1),
        "weging": f"=Berekening!${weights_first}$1:${weights_last}$1",
        "tegels_gekozen": "=Berekening!$B$1",
        "klantkenmerken_gekozen": "=Berekening!$D$1",
        "aantal_passend": "=Berekening!$F$1",
        "kaart_positie": "=Berekening!$H$1",
        "lijst_gebieden": f"=Berekening!${areas}${FIRST_DATA_ROW0 + 1}:${areas}${FIRST_DATA_ROW0 + len(areas_or_one)}",
        **{name: "=" + table.data_range("Instrumenten", table.column_of(key)) for _, key, name in RESULT_FIELDS},
        **{f.name: f"=Zoeken!$B${row + 1}" for f, row in zip(PRACTICAL_FILTERS, filter_rows(table), strict=True)},
    }
