import builtins

import numpy as np
import pytest
from PIL import Image, ImageDraw

from parsers.errors import MissingDependencyError
from parsers.ocr import engines
from parsers.ocr.engines import OcrEngine, OcrLine, get_engine, join_lines, reading_order
from parsers.ocr.page import read_cells
from parsers.ocr.table import find_grids
from tests.parsers.ocr.synth import draw_table


def test_default_engine_is_rapidocr(monkeypatch):
    monkeypatch.delenv("OCR_ENGINE", raising=False)
    assert engines.engine_name() == "rapidocr"


def test_ocr_engine_env_chooses_the_engine(monkeypatch):
    monkeypatch.setenv("OCR_ENGINE", "Tesseract")
    assert engines.engine_name() == "tesseract"


def test_unknown_engine_is_refused_with_the_choices(monkeypatch):
    monkeypatch.setenv("OCR_ENGINE", "abbyy")
    with pytest.raises(MissingDependencyError, match="rapidocr"):
        get_engine()


def test_missing_engine_package_says_what_to_install(monkeypatch):
    real_import = builtins.__import__

    def no_rapidocr(name, *args, **kwargs):
        if name == "rapidocr":
            raise ImportError("No module named 'rapidocr'")
        return real_import(name, *args, **kwargs)

    monkeypatch.setattr(builtins, "__import__", no_rapidocr)
    with pytest.raises(MissingDependencyError, match="pip install rapidocr"):
        engines.RapidOcrEngine()


def test_missing_tesseract_program_says_what_to_install(monkeypatch):
    import pytesseract

    monkeypatch.setattr(pytesseract.pytesseract, "tesseract_cmd", "/nonexistent/tesseract")
    with pytest.raises(MissingDependencyError, match="apt-get install tesseract-ocr"):
        engines.TesseractEngine()


def test_engine_interface_is_abstract():
    with pytest.raises(TypeError):
        OcrEngine()  # type: ignore[abstract]


def test_reading_order_reads_rows_left_to_right():
    lines = [OcrLine("乙", (200, 12, 260, 40), 1), OcrLine("丙", (10, 60, 60, 90), 1),
             OcrLine("甲", (10, 10, 60, 42), 1)]
    assert [l.text for l in reading_order(lines)] == ["甲", "乙", "丙"]


def test_join_lines_wraps_chinese_without_spaces_and_keeps_words_apart():
    assert join_lines([OcrLine("截至3月底，全市", (0, 0, 1, 1), 1), OcrLine("培训2000人次", (0, 2, 1, 3), 1)]) \
        == "截至3月底，全市培训2000人次"
    assert join_lines([OcrLine("HPV", (0, 0, 1, 1), 1), OcrLine("vaccine", (0, 2, 1, 3), 1)]) == "HPV vaccine"


ROWS = [["指标", "完成情况", "完成率"],
        ["培训家政从业人员", "5236人次", "104.7%"],
        ["两癌筛查", "90%", ""],
        ["托育机构", "12家", "120%"]]


def _small_table() -> np.ndarray:
    img = Image.new("RGB", (620, 260), "white")
    draw_table(ImageDraw.Draw(img), 20, 20, [260, 170, 140], [55] * 4, ROWS, size=24)
    return np.asarray(img.convert("L")).copy()


@pytest.mark.slow
@pytest.mark.parametrize("name", ["rapidocr", "tesseract"])
def test_both_engines_read_a_small_table_cell_by_cell(name):
    grey = _small_table()
    grid = find_grids(grey)[0][0]
    rulings = np.zeros_like(grey)
    got = read_cells(grey, rulings, [c.bbox for c in grid.cells], 24.0, get_engine(name))
    texts = {(c.row, c.col): t for c, (t, _) in zip(grid.cells, got)}
    assert texts[(3, 2)] == "120%" and texts[(1, 1)] == "5236人次" and texts[(2, 2)] == ""
    wrong = sum(texts[(r, c)] != ROWS[r][c] for r in range(4) for c in range(3))
    assert wrong <= (0 if name == "rapidocr" else 2)
    blank_conf = dict(((c.row, c.col), conf) for c, (_, conf) in zip(grid.cells, got))[(2, 2)]
    assert blank_conf == 1.0
