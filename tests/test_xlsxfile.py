"""Row heights for wrapped text: one estimate for every sheet keuzehulp writes."""

from __future__ import annotations

from keuzehulp.xlsxfile import MAX_ROW_HEIGHT, row_height, text_lines


def test_text_takes_a_line_per_column_width_and_per_line_break():
    assert text_lines("a" * 30, 30) == 1
    assert text_lines("a" * 31, 30) == 2
    assert text_lines("kort\n\nkort", 30) == 3
    assert text_lines(None, 30) == text_lines(12.5, 30) == text_lines("", 30) == 1


def test_smaller_text_fits_more_on_a_line():
    text = "a" * 34
    assert text_lines(text, 30, font_size=11) == 2
    assert text_lines(text, 30, font_size=10) == 1


def test_a_row_grows_with_its_lines_up_to_the_maximum_excel_allows():
    assert row_height(1) < row_height(2) < row_height(3)
    assert row_height(1, font_size=10) < row_height(1, font_size=11)
    assert row_height(10_000) == MAX_ROW_HEIGHT
