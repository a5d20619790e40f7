"""How the workbook looks: cell formats in the organisation's colours, print setup and row heights."""

from __future__ import annotations

import xlsxwriter

from ..defaults import ACCENTKLEUR, HOOFDKLEUR, colour_or
from ..model import Keuzematrix
from .xlsxwriter_internals import StreamingWorksheet

EURO = '"€" #,##0.00;-"€" #,##0.00;"gratis"'  # zero reads "gratis", never "€ 0.00"
TITLE_HEIGHT = 24  # points


class Styles:
    """The cell formats of the workbook, in the organisation's colours."""

    def __init__(self, workbook: xlsxwriter.Workbook, matrix: Keuzematrix):
        main = colour_or(matrix.instellingen.hoofdkleur, HOOFDKLEUR)
        accent = colour_or(matrix.instellingen.accentkleur, ACCENTKLEUR)
        add = workbook.add_format
        base = {"font_name": "Calibri", "font_size": 10, "valign": "top"}
        line = {"bottom": 1, "bottom_color": "#D9D9D9"}
        heading = {**base, "bold": True, "font_color": "#FFFFFF", "bg_color": main, "text_wrap": True}
        self.title = add({**base, "bold": True, "font_size": 16, "font_color": main})
        self.intro = add({**base, "text_wrap": True})
        self.note = add({**base, "italic": True, "font_color": "#595959"})
        self.section = add(
            {**base, "bold": True, "font_size": 12, "font_color": accent, "bottom": 2, "valign": "bottom"}
        )
        self.heading = add(heading)
        self.heading_center = add({**heading, "align": "center"})
        self.heading_vertical = add({**heading, "rotation": 90, "align": "center", "valign": "bottom"})
        self.group = add({**base, "bold": True, "font_color": main, "bg_color": "#DDEBF7", **line})
        self.label = add({**base, "text_wrap": True, **line})
        self.label_bold = add({**base, "bold": True, "text_wrap": True, **line})
        self.choice = add({**base, "align": "center", "bold": True, "bg_color": "#FFF2CC", "border": 1})
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
        self.input = add({**base, "bold": True, "font_size": 12, "bg_color": "#FFF2CC", "border": 1})
        self.input.set_border_color("#BF9000")
        self.card_label = add({**base, "bold": True, "text_wrap": True, **line})
        self.card_value = add({**base, "text_wrap": True, **line})
        self.card_euro = add({**base, "num_format": EURO, "align": "left", **line})
        self.card_number = add({**base, "align": "left", **line})
        self.status = add({**base, "bold": True, "font_size": 12, "font_color": main, "text_wrap": True})
        self.warning = add({"bold": True, "font_color": "#9C0006", "bg_color": "#FFC7CE"})
        self.heat_colours = ("#F4B183", "#FFFFFF", "#5B9BD5")
        self.by_kind = {
            "text": self.text,
            "wrap": self.wrap,
            "number": self.number,
            "euro": self.euro,
            "link": self.wrap,
        }


def print_setup(sheet: StreamingWorksheet, landscape: bool, pages_high: int = 0) -> None:
    sheet.set_paper(9)
    if landscape:
        sheet.set_landscape()
    else:
        sheet.set_portrait()
    sheet.fit_to_pages(1, pages_high)
    sheet.set_margins(left=0.4, right=0.4, top=0.5, bottom=0.6)
    sheet.set_footer("&L&8&A&R&8pagina &P van &N")


def chars_per_line(width: float) -> int:
    """Return about how many characters of 10-point text fit on one line of a column ``width`` wide."""
    return max(1, int(width * 1.15))


def wrapped_lines(text: str, chars: int) -> int:
    """Return about how many lines ``text`` takes when wrapped at ``chars`` characters."""
    return sum(len(part) // chars + 1 for part in text.split("\n"))


def row_height(lines: int) -> float:
    """Return the height in points of a row showing ``lines`` lines of 10-point text."""
    return 13.0 * lines + 2.0
