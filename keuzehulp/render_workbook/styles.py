"""How the workbook looks: cell formats in the organisation's colours, print setup and sheet protection.

Row heights follow the one rule of :mod:`keuzehulp.xlsxfile` (``text_lines`` and ``row_height``).
"""

from __future__ import annotations

import xlsxwriter

from ..defaults import ACCENTKLEUR, HOOFDKLEUR, colour_or
from ..model import Keuzematrix
from .xlsxwriter_internals import StreamingWorksheet

EURO = '"€" #,##0.00;-"€" #,##0.00;"gratis"'  # zero reads "gratis", never "€ 0.00"
TITLE_HEIGHT = 24  # points
FONT_SIZE = 10  # points: the text of every sheet, on screen and in print
# Label and value column of the sheets printed on A4 portrait (cards, print sheet, Begin hier, Toelichting), in
# characters. LibreOffice without Calibri's metrics measures a character of width as 7.2 points (Excel: about 5.3),
# so these 82 characters fit on the page at 90 %: 10-point text prints at 9 points or more in both.
PORTRAIT_WIDTHS = (22, 60)
# The Overzicht colour of a combination without instruments, and the word its explanation uses for it.
EMPTY_COLOUR, EMPTY_COLOUR_WORD = "#F4B183", "oranje"
# Label headers are written bottom to top; a row this many font sizes high per character of the longest word
# keeps every word whole, also in DejaVu Sans, the wider font LibreOffice shows instead of Calibri on Linux.
ROTATED_CHAR_WIDTH = 0.62
HEADER_FONT_SIZE = 9  # points: the label headers written bottom to top
MARK_COLUMN_WIDTH = 5  # characters: a mark column on Instrumenten, wide enough for three lines of a label header
INTERN_COLOUR = "#C00000"  # the heading of the Intern block: fields a cliënt never sees
# What a user may still do on a protected sheet: select cells and resize rows and columns, nothing that changes
# a formula. No password, so a member of the beheergroep can lift the protection on purpose.
ALLOWED_WHEN_PROTECTED = {"format_columns": True, "format_rows": True}


class Styles:
    """The cell formats of the workbook, in the organisation's colours."""

    def __init__(self, workbook: xlsxwriter.Workbook, matrix: Keuzematrix):
        main = colour_or(matrix.instellingen.hoofdkleur, HOOFDKLEUR)
        accent = colour_or(matrix.instellingen.accentkleur, ACCENTKLEUR)
        add = workbook.add_format
        base = {"font_name": "Calibri", "font_size": FONT_SIZE, "valign": "top"}
        line = {"bottom": 1, "bottom_color": "#D9D9D9"}
        heading = {**base, "bold": True, "font_color": "#FFFFFF", "bg_color": main, "text_wrap": True}
        self.title = add({**base, "bold": True, "font_size": 16, "font_color": main})
        self.intro = add({**base, "text_wrap": True})
        self.note = add({**base, "italic": True, "font_color": "#595959"})
        self.note_wrap = add({**base, "italic": True, "font_color": "#595959", "text_wrap": True})
        self.section = add(
            {**base, "bold": True, "font_size": 12, "font_color": accent, "bottom": 2, "valign": "bottom"}
        )
        self.heading = add(heading)
        self.heading_center = add({**heading, "align": "center"})
        self.heading_vertical = add(
            {**heading, "font_size": HEADER_FONT_SIZE, "rotation": 90, "align": "center", "valign": "bottom"}
        )
        self.group = add({**base, "bold": True, "font_color": main, "bg_color": "#DDEBF7", **line})
        self.label = add({**base, "text_wrap": True, **line})
        self.label_bold = add({**base, "bold": True, "text_wrap": True, **line})
        # Input cells are the only unlocked cells of a protected sheet.
        self.choice = add(
            {**base, "align": "center", "bold": True, "bg_color": "#FFF2CC", "border": 1, "locked": False}
        )
        self.choice.set_border_color("#BF9000")
        self.chosen = add({"bg_color": "#C6EFCE", "font_color": "#006100", "bold": True})
        self.text = add(base)
        self.wrap = add({**base, "text_wrap": True})
        self.name = add({**base, "bold": True, "text_wrap": True})
        self.link = add({**base, "font_color": "#0563C1", "underline": 1})
        self.link_wrap = add({**base, "font_color": "#0563C1", "underline": 1, "text_wrap": True})
        self.mark = add({**base, "align": "center", "bold": True, "font_color": "#006100"})
        self.fits = add({**base, "align": "center"})
        self.number = add({**base, "num_format": "General"})
        self.euro = add({**base, "num_format": EURO})
        self.count = add({**base, "align": "center", "border": 1, "border_color": "#D9D9D9"})
        self.total = add({**base, "bold": True, "align": "center", "border": 1, "border_color": "#D9D9D9"})
        self.input = add({**base, "bold": True, "font_size": 12, "bg_color": "#FFF2CC", "border": 1, "locked": False})
        self.input.set_border_color("#BF9000")
        self.card_label = add({**base, "bold": True, "text_wrap": True, **line})
        self.card_value = add({**base, "text_wrap": True, **line})
        self.card_euro = add({**base, "num_format": EURO, "align": "left", **line})
        self.card_number = add({**base, "align": "left", **line})
        intern = {**base, "text_wrap": True, "bg_color": "#FCE4D6", **line}
        self.intern_section = add(
            {**base, "bold": True, "font_size": 12, "font_color": "#FFFFFF", "bg_color": INTERN_COLOUR}
        )
        self.intern_label = add({**intern, "bold": True})
        self.intern_value = add(intern)
        self.intern_euro = add({**intern, "num_format": EURO, "align": "left"})
        self.intern_number = add({**intern, "align": "left"})
        self.status = add({**base, "bold": True, "font_size": 12, "font_color": main, "text_wrap": True})
        self.warning = add({"bold": True, "font_color": "#9C0006", "bg_color": "#FFC7CE"})
        self.heat_colours = (EMPTY_COLOUR, "#FFFFFF", "#5B9BD5")
        self.by_kind = {
            "text": self.text,
            "wrap": self.wrap,
            "number": self.number,
            "euro": self.euro,
            "link": self.wrap,
        }


def print_setup(sheet: StreamingWorksheet, landscape: bool, pages_high: int = 0) -> None:
    """Set A4 in ``landscape`` or portrait, fit to one page wide (and ``pages_high`` high, 0: as many as needed)."""
    sheet.set_paper(9)
    if landscape:
        sheet.set_landscape()
    else:
        sheet.set_portrait()
    sheet.fit_to_pages(1, pages_high)
    sheet.set_margins(left=0.4, right=0.4, top=0.5, bottom=0.6)
    sheet.set_footer("&L&10&A&R&10pagina &P van &N")


def rotated_height(labels: tuple[str, ...]) -> float:
    """Return the height in points of a row of label headers written bottom to top, no word broken in two."""
    longest = max((len(word) for label in labels for word in label.split()), default=1)
    return round(longest * HEADER_FONT_SIZE * ROTATED_CHAR_WIDTH + 10)


def protect(sheet: StreamingWorksheet) -> None:
    """Protect ``sheet`` without a password: only its unlocked (input) cells can be changed."""
    sheet.protect("", ALLOWED_WHEN_PROTECTED)
