import numpy as np
import pytest
from PIL import Image, ImageDraw

from parsers.ocr.engines import OcrEngine, OcrLine
from parsers.ocr.page import DISAGREEMENT_CONFIDENCE, check_separator, ink_bands, read_cells
from parsers.ocr.table import find_grids
from tests.parsers.ocr.synth import draw_table, font


class SecondReadingEngine(OcrEngine):
    """Reads '1234' at the first pass over a page's cells and ``second`` at any later one."""

    def __init__(self, second: str):
        self.second, self.passes = second, 0

    def recognize_lines(self, image):
        return [OcrLine(self.recognize_line(image)[0], (0, 0, image.shape[1], image.shape[0]), 0.99)]

    def recognize_line(self, image):
        return ("1234" if self.passes <= 1 else self.second), 0.99

    def recognize_many(self, images, *, single_line):
        self.passes += 1
        return super().recognize_many(images, single_line=single_line)


def _one_cell():
    img = Image.new("L", (300, 100), 255)
    draw_table(ImageDraw.Draw(img), 10, 10, [280], [60], [["1234"]], size=26)
    grey = np.asarray(img).copy()
    return grey, (10, 10, 290, 70)  # the one cell, on its rulings


def test_a_figure_read_differently_twice_drops_below_the_review_line():
    grey, box = _one_cell()
    ((text, conf),) = read_cells(grey, np.zeros_like(grey), [box], 26.0, SecondReadingEngine("1284"))
    assert text == "1234" and conf == DISAGREEMENT_CONFIDENCE


def test_a_figure_read_the_same_twice_keeps_its_confidence():
    grey, box = _one_cell()
    ((text, conf),) = read_cells(grey, np.zeros_like(grey), [box], 26.0, SecondReadingEngine("１２３４"))
    assert text == "1234" and conf == 0.99


def test_ink_bands_split_the_page_at_blank_gaps():
    grey = np.full((400, 300), 255, np.uint8)
    grey[50:80, 20:200] = 0
    grey[90:110, 20:200] = 0  # same paragraph: gap smaller than a line
    grey[250:280, 20:200] = 0
    bands = ink_bands(grey, glyph=25.0)
    assert len(bands) == 2
    assert bands[0][0] <= 50 and bands[0][1] >= 110 and bands[1][0] <= 250 <= 280 <= bands[1][1]


@pytest.mark.slow
def test_a_narrative_cell_of_several_lines_is_read_as_one_text(rapid):
    lines = ["截至3月底，全市新改扩建中小学2所，", "幼儿园5所，完成年度任务的50%。"]
    img = Image.new("L", (640, 220), 255)
    d = ImageDraw.Draw(img)
    draw_table(d, 10, 10, [160, 460], [180], [["进展情况", ""]], size=24)
    for k, line in enumerate(lines):
        d.text((185, 50 + 44 * k), line, fill=0, font=font(24))
    grey = np.asarray(img).copy()
    cells = find_grids(grey)[0][0].cells
    got = read_cells(grey, np.zeros_like(grey), [c.bbox for c in cells], 24.0, rapid)
    assert got[0][0] == "进展情况"
    assert got[1][0] == "".join(lines)


def _line(text: str, size: int) -> np.ndarray:
    img = Image.new("L", (size * (len(text) + 2), size * 2), 255)
    ImageDraw.Draw(img).text((size // 2, size // 3), text, fill=0, font=font(size))
    return np.asarray(img).copy()


@pytest.mark.parametrize("drawn, read, size", [
    ("2,039", "2.039", 30), ("1,234人次", "1.234人次", 24), ("83.7%", "83,7%", 30), ("12.5万元", "12,5万元", 40)])
def test_a_misread_separator_is_put_right_from_its_glyph(drawn, read, size):
    assert check_separator(read, _line(drawn, size)) == (drawn, True)


@pytest.mark.parametrize("text", ["2,039", "102%", "5000", "3,120人"])
def test_a_separator_read_right_stays(text):
    assert check_separator(text, _line(text, 30)) == (text, True)


def test_a_thousands_like_separator_too_small_to_see_is_ambiguous():
    assert check_separator("2.039", _line("2,039", 11)) == ("2.039", False)
    assert check_separator("83.7%", _line("83.7%", 11)) == ("83.7%", True)  # not thousands-like


def test_ink_box_keeps_the_faint_strokes_of_a_character_and_a_lone_horizontal_stroke():
    """A photographed "2" whose bowl is dark and whose diagonal and foot are faint is boxed
    whole; 一 (one thin stroke) is ink, a speck is not."""
    from parsers.ocr.page import ink_box

    crop = np.full((40, 80), 250, np.uint8)
    crop[8:20, 10:22] = 90     # the dark bowl
    crop[20:32, 4:12] = 180    # the faint diagonal, joined to it
    crop[30:33, 4:24] = 180    # the faint foot
    crop[36:38, 70:72] = 60    # a speck
    assert ink_box(crop, 6) == (4, 8, 24, 33)
    one = np.full((30, 60), 250, np.uint8)
    one[14:17, 10:40] = 80
    assert ink_box(one, 6) == (10, 14, 40, 17)
