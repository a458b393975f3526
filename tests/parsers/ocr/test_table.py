import numpy as np
import pytest
from PIL import Image, ImageDraw

from parsers.ocr.table import GridSettings, find_grids
from tests.parsers.ocr.synth import draw_table, font


def _grey(img: Image.Image) -> np.ndarray:
    return np.asarray(img.convert("L")).copy()


def _table_3x4(merges=((1, 0, 2, 1),)):
    img = Image.new("RGB", (640, 330), "white")
    rows = [["项目", "指标", "完成情况", "备注"],
            ["实事一", "新改扩建中小学", "4所", ""],
            ["", "幼儿园", "10所", "已完成"]]
    truth = draw_table(ImageDraw.Draw(img), 30, 40, [120, 200, 140, 100], [70, 70, 70], rows,
                       size=22, merges=merges)
    return img, truth


def test_grid_of_a_3x4_table_recovers_lines_and_the_merged_cell():
    img, truth = _table_3x4()
    grids, _ = find_grids(_grey(img))
    assert len(grids) == 1
    g = grids[0]
    assert (g.n_rows, g.n_cols) == (3, 4)
    assert np.abs(np.array(g.xs) - truth.xs).max() <= 3
    assert np.abs(np.array(g.ys) - truth.ys).max() <= 3
    spans = {(c.row, c.col): (c.row_span, c.col_span) for c in g.cells}
    assert spans[(1, 0)] == (2, 1)
    assert (2, 0) not in spans
    assert len(g.cells) == 11


def test_grid_recovers_a_merged_header_spanning_columns():
    img, _ = _table_3x4(merges=((0, 2, 1, 2),))
    g = find_grids(_grey(img))[0][0]
    spans = {(c.row, c.col): (c.row_span, c.col_span) for c in g.cells}
    assert spans[(0, 2)] == (1, 2)
    assert spans[(1, 2)] == (1, 1)


def test_cell_boxes_sit_on_the_drawn_rulings():
    img, truth = _table_3x4()
    g = find_grids(_grey(img))[0][0]
    merged = next(c for c in g.cells if c.row_span == 2)
    assert merged.bbox == pytest.approx((truth.xs[0], truth.ys[1], truth.xs[1], truth.ys[3]), abs=3)


def test_text_strokes_are_not_taken_for_column_lines():
    img = Image.new("RGB", (700, 260), "white")
    d = ImageDraw.Draw(img)
    draw_table(d, 20, 20, [660], [110, 110], [["川川川 卅卅卅 丨丨丨 1111 IIII"], ["培训家政从业人员 5000人次"]], size=44)
    g = find_grids(_grey(img))[0][0]
    assert (g.n_rows, g.n_cols) == (2, 1)


def test_table_without_outer_side_rulings_keeps_its_outer_columns():
    img = Image.new("RGB", (600, 300), "white")
    d = ImageDraw.Draw(img)
    xs, ys = [40, 200, 380, 560], [40, 110, 180, 250]
    for y in ys:
        d.line([(xs[0], y), (xs[-1], y)], fill=0, width=2)
    for x in xs[1:-1]:  # inner column lines only, as some offices print
        d.line([(x, ys[0]), (x, ys[-1])], fill=0, width=2)
    g = find_grids(_grey(img))[0][0]
    assert g.n_cols == 3 and g.n_rows == 3
    assert g.xs[0] == pytest.approx(40, abs=3) and g.xs[-1] == pytest.approx(560, abs=3)


def test_a_page_of_plain_text_has_no_grid():
    img = Image.new("RGB", (800, 400), "white")
    d = ImageDraw.Draw(img)
    for i, line in enumerate(["截至3月底，全市新改扩建中小学2所，幼儿园5所。",
                              "下步打算：加快推进项目建设，确保年底前全部完成。"]):
        d.text((40, 60 + 60 * i), line, fill=0, font=font(28))
    d.line([(40, 300), (760, 300)], fill=0, width=2)  # a signature rule is not a table
    assert find_grids(_grey(img))[0] == []


def test_grid_settings_name_the_bad_key():
    with pytest.raises(ValueError, match="min_slot"):
        GridSettings(min_slot=0)
    with pytest.raises(ValueError, match="wall_cover"):
        GridSettings(wall_cover=1.5)


def test_a_seal_on_a_black_and_white_scan_does_not_bend_the_grid():
    from parsers.ocr.seal import find_seals_in_bgr
    from tests.parsers.ocr.conftest import to_bgr
    from tests.parsers.ocr.synth import a4_return

    page = a4_return(33, scale=0.6, rows=6)
    grey_page = page.image.convert("L")
    seals = find_seals_in_bgr(to_bgr(grey_page.convert("RGB")))
    assert len(seals) == 1
    grids, _ = find_grids(_grey(grey_page), exclude=[s.bbox for s in seals])
    g = grids[0]
    assert np.abs(np.array(g.xs) - page.table.xs).max() <= 3
    assert np.abs(np.array(g.ys) - page.table.ys).max() <= 3
    assert [(c.row, c.col, c.row_span) for c in g.cells if c.row_span > 1] == [(1, 1, 2)]


def test_a_scanners_dark_edges_and_a_framed_paragraph_are_not_tables():
    """A letter scanned with a dark band down the left edge and the sheet's edge along the
    bottom, and a paragraph in a box: neither is a table, so the text is read as lines."""
    img = Image.new("RGB", (1100, 1500), "white")
    d = ImageDraw.Draw(img)
    d.rectangle([0, 0, 14, 1499], fill=(40, 40, 40))  # the lid's shadow
    d.line([(0, 1494), (1099, 1494)], fill=(60, 60, 60), width=4)  # the sheet's edge
    d.text((300, 120), "市商务局2024年第一季度工作进展情况", font=font(44), fill=0)
    for k in range(6):
        d.text((120, 300 + 60 * k), "截至3月底，全市共组织开展家政服务员培训班9期，培训210余人次。",
               font=font(28), fill=0)
    d.rectangle([100, 800, 1000, 1000], outline=0, width=3)  # a framed note
    d.text((130, 870), "注：以上数据截至2024年3月31日。", font=font(28), fill=0)
    grids, _ = find_grids(_grey(img))
    assert grids == []
