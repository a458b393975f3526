import numpy as np
import pytest

from parsers.ocr.prepare import prepare_page, red_to_grey, text_line_crops
from parsers.ocr.table import find_grids
from tests.parsers.ocr.conftest import to_bgr
from tests.parsers.ocr.synth import a4_return, photo, rotate_page

pytestmark = pytest.mark.slow


@pytest.fixture(scope="module")
def page():
    return a4_return(7, scale=0.6, rows=4)


@pytest.mark.parametrize("turned, turns_back", [(0, 0), (90, 3), (180, 2), (270, 1)])
def test_page_is_turned_upright(rapid, page, turned, turns_back):
    prepared = prepare_page(to_bgr(rotate_page(page.image, turned)), 1, rapid)
    assert prepared.quarter_turns == turns_back
    assert prepared.skew == 0
    assert ("已转正" in " ".join(prepared.warnings)) == bool(turned)


@pytest.mark.parametrize("skew", [3.0, -2.0])
def test_skewed_page_is_levelled_and_the_reviewer_told(rapid, page, skew):
    prepared = prepare_page(to_bgr(rotate_page(page.image, skew)), 2, rapid)
    assert prepared.quarter_turns == 0
    assert prepared.skew == pytest.approx(-skew, abs=0.2)
    assert f"第2页倾斜{abs(skew):.1f}°，已校正" in prepared.warnings
    assert prepared.rotation == pytest.approx((-skew) % 360, abs=0.2)


def _table_corners_on_page(prepared):
    grid = find_grids(red_to_grey(prepared.image))[0][0]
    return prepared.box_to_page(grid.bbox)


@pytest.mark.parametrize("turned", [90, 183])
def test_boxes_found_on_the_working_image_map_back_to_the_page(rapid, page, turned):
    shown = rotate_page(page.image, turned)  # what the reviewer sees
    prepared = prepare_page(to_bgr(shown), 1, rapid)
    x0, y0, x1, y1 = _table_corners_on_page(prepared)
    # where the table's corners ended up on the turned page
    t = page.table
    w, h = page.image.size
    a = np.radians(turned)
    W, H = shown.size
    corners = np.array([[t.xs[0], t.ys[0]], [t.xs[-1], t.ys[0]], [t.xs[-1], t.ys[-1]], [t.xs[0], t.ys[-1]]], float)
    c = corners - [w / 2, h / 2]
    rot = np.stack([c[:, 0] * np.cos(a) + c[:, 1] * np.sin(a),
                    -c[:, 0] * np.sin(a) + c[:, 1] * np.cos(a)], axis=1) + [W / 2, H / 2]
    expect = (rot[:, 0].min(), rot[:, 1].min(), rot[:, 0].max(), rot[:, 1].max())
    assert (x0, y0, x1, y1) == pytest.approx(expect, abs=6)


def test_photo_is_flattened_and_its_boxes_map_into_the_photo(rapid, page):
    shot, corners = photo(page.image, seed=2)
    prepared = prepare_page(to_bgr(shot), 1, rapid, photo=True)
    assert prepared.flattened
    x0, y0, x1, y1 = _table_corners_on_page(prepared)
    sheet_x = corners[:, 0].min(), corners[:, 0].max()
    sheet_y = corners[:, 1].min(), corners[:, 1].max()
    assert sheet_x[0] < x0 < x1 < sheet_x[1] and sheet_y[0] < y0 < y1 < sheet_y[1]
    assert prepared.page_size == shot.size


def test_a_blank_page_stays_as_it_is(rapid):
    blank = np.full((600, 420, 3), 255, np.uint8)
    prepared = prepare_page(blank, 1, rapid)
    assert (prepared.quarter_turns, prepared.skew, prepared.warnings) == (0, 0, [])
    assert text_line_crops(blank[:, :, 2]) == []


def _narrow_column_table() -> "Image.Image":
    """A landscape table of ten narrow columns whose cells wrap after five characters, and
    no long line of text: turned sideways, its columns still read as single characters."""
    from PIL import Image, ImageDraw

    from tests.parsers.ocr.synth import font

    img = Image.new("RGB", (1500, 1000), "white")
    d = ImageDraw.Draw(img)
    f = font(26)
    words = ["巾帼促就业计划", "家庭教育指导服务行动", "培训家政从业人员", "女性就业专场招聘活动",
             "单身青年联谊活动", "儿童友好共建联盟", "新型婚育文化培育行动"]
    xs = [60 + 130 * k for k in range(11)]
    ys = [80 + 110 * k for k in range(8)]
    for x in xs:
        d.line([(x, ys[0]), (x, ys[-1])], fill="black", width=2)
    for y in ys:
        d.line([(xs[0], y), (xs[-1], y)], fill="black", width=2)
    for r in range(7):
        for c in range(10):
            w = words[(r + c) % len(words)]
            for k in range(0, len(w), 5):
                d.text((xs[c] + 8, ys[r] + 8 + 34 * (k // 5)), w[k:k + 5], font=f, fill="black")
    return img


@pytest.mark.parametrize("turned, turns_back", [(90, 3), (270, 1)])
def test_a_sideways_table_of_narrow_wrapped_columns_is_turned_upright(rapid, turned, turns_back):
    """Each column of a sideways table reads as a string of single characters (培员女聘…),
    well enough to pass for upright text: only the other axis reads whole words."""
    from tests.parsers.ocr.synth import rotate_page

    prepared = prepare_page(to_bgr(rotate_page(_narrow_column_table(), turned)), 1, rapid)
    assert prepared.quarter_turns == turns_back
