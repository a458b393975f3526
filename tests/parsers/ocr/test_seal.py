import io

import numpy as np
import pytest
from PIL import Image, ImageDraw

from parsers.ocr.prepare import red_to_grey
from parsers.ocr.seal import find_seals, find_seals_in_bgr, red_mask, remove_red
from tests.parsers.ocr.conftest import to_bgr
from tests.parsers.ocr.synth import SEAL_RED, a4_return, draw_seal, font


def _sheet(seal_text: str | None = "淄博市卫生健康委员会", *, center=(300, 260), radius=120, color=SEAL_RED):
    img = Image.new("RGB", (640, 520), "white")
    d = ImageDraw.Draw(img)
    d.text((40, 40), "填报单位：（盖章）", fill=0, font=font(26))
    d.text((180, 250), "1234人次", fill=0, font=font(30))
    if seal_text is not None:
        draw_seal(img, center, radius, seal_text, color=color)
    return img


@pytest.mark.parametrize("radius", [60, 120])
def test_seal_is_found_where_it_was_stamped(radius):
    seals = find_seals_in_bgr(to_bgr(_sheet(radius=radius)))
    assert len(seals) == 1
    x0, y0, x1, y1 = seals[0].bbox
    assert (x0 + x1) / 2 == pytest.approx(300, abs=8)
    assert (y0 + y1) / 2 == pytest.approx(260, abs=8)
    assert x1 - x0 == pytest.approx(2 * radius, rel=0.1)


def test_no_seal_on_a_page_without_one():
    assert find_seals_in_bgr(to_bgr(_sheet(None))) == []


def test_red_letterhead_text_is_not_a_seal():
    img = Image.new("RGB", (900, 300), "white")
    ImageDraw.Draw(img).text((60, 60), "淄博市教育局文件", fill=SEAL_RED, font=font(90))
    ImageDraw.Draw(img).line([(40, 220), (860, 220)], fill=SEAL_RED, width=5)
    assert find_seals_in_bgr(to_bgr(img)) == []


def test_removing_red_keeps_black_print_under_the_seal():
    bgr = to_bgr(_sheet())
    grey = remove_red(red_to_grey(bgr), red_mask(bgr))
    ring = grey[260 - 118:260 - 112, 290:310]  # a stretch of the ring, no print under it
    assert ring.min() > 200
    digits = grey[250:290, 180:320]  # "1234人次" under the seal's star and ring
    assert (digits < 80).sum() > 150


def test_find_seals_accepts_encoded_picture_bytes_and_reads_nothing_from_junk():
    buf = io.BytesIO()
    _sheet().save(buf, "PNG")
    assert len(find_seals(buf.getvalue(), read_text=False)) == 1
    assert find_seals(b"not a picture", read_text=False) == []


@pytest.mark.slow
@pytest.mark.parametrize("text", ["淄博市卫生健康委员会", "淄博市妇女联合会"])
def test_seal_ring_text_is_read(rapid, text):
    seals = find_seals_in_bgr(to_bgr(_sheet(text)), engine=rapid)
    assert seals[0].text == text
    assert seals[0].confidence >= 0.8


@pytest.mark.slow
def test_seal_ring_text_is_read_when_the_seal_is_stamped_askew(rapid):
    img = _sheet("淄博市教育局")
    turned = img.rotate(35, center=(300, 260), fillcolor="white")  # the seal only, at 35°
    seals = find_seals_in_bgr(to_bgr(turned), engine=rapid)
    assert seals[0].text == "淄博市教育局"


def _grey_scan(img: Image.Image) -> np.ndarray:
    return to_bgr(img.convert("L").convert("RGB"))


def test_seal_on_a_black_and_white_scan_is_found_by_ring_and_star():
    page = a4_return(3, scale=0.5, rows=6)
    seals = find_seals_in_bgr(_grey_scan(page.image))
    assert len(seals) == 1
    x0, y0, x1, y1 = seals[0].bbox
    cx, cy = page.seal_center
    assert (x0 + x1) / 2 == pytest.approx(cx, abs=8) and (y0 + y1) / 2 == pytest.approx(cy, abs=8)


@pytest.mark.parametrize("drawing", ["circle", "table"])
def test_a_black_and_white_page_without_a_seal_has_none(drawing):
    page = a4_return(4, scale=0.5, rows=6, seal=False)
    d = ImageDraw.Draw(page.image)
    if drawing == "circle":  # a ring around text but no star: a drawn circle, not a seal
        d.ellipse([500, 700, 660, 860], outline=0, width=4)
        d.text((540, 760), "附件", fill=0, font=font(30))
    assert find_seals_in_bgr(_grey_scan(page.image)) == []


def _jpeg(img: Image.Image, quality: int) -> Image.Image:
    buf = io.BytesIO()
    img.save(buf, "JPEG", quality=quality)  # 4:2:0: colour kept at half resolution
    return Image.open(io.BytesIO(buf.getvalue())).convert("RGB")


@pytest.mark.slow
def test_a_small_seal_in_a_blurred_jpeg_photo_is_still_read(rapid):
    """A phone photo sent over chat: the seal 160 px across, blurred, JPEG. Its colour is
    too blurred to read (渔美效术); its brightness is not."""
    from PIL import ImageFilter

    img = _sheet("淄博市科学技术协会", radius=80).filter(ImageFilter.GaussianBlur(1.5))
    seals = find_seals_in_bgr(to_bgr(_jpeg(img, 50)), engine=rapid)
    assert "科学技术协会" in seals[0].text


@pytest.mark.slow
def test_the_ring_of_a_seal_on_a_black_and_white_scan_is_read(rapid):
    page = a4_return(3, scale=0.8, rows=6, unit="淄博市妇女联合会")
    seals = find_seals_in_bgr(_grey_scan(page.image), engine=rapid)
    assert len(seals) == 1 and "妇女联合会" in seals[0].text


def test_a_seal_stamped_half_off_the_sheet_is_still_a_seal():
    img = _sheet(center=(560, 260), radius=120)  # the sheet is 640 wide: 40 px of it is off
    seals = find_seals_in_bgr(to_bgr(img))
    assert len(seals) == 1
    x0, y0, x1, y1 = seals[0].bbox
    assert (y0 + y1) / 2 == pytest.approx(260, abs=10) and x1 == 640


def test_a_red_arc_at_the_sheets_edge_that_is_no_ring_is_not_a_seal():
    img = Image.new("RGB", (640, 520), "white")
    ImageDraw.Draw(img).rectangle([600, 100, 639, 400], fill=SEAL_RED)  # a red binding strip
    assert find_seals_in_bgr(to_bgr(img)) == []


def test_a_faintly_inked_seal_on_a_black_and_white_scan_is_found():
    """The seal's red became a pale grey in the scan; the black print stayed black."""
    page = a4_return(3, scale=0.5, rows=6, seal=False)
    draw_seal(page.image, (560, 900), 90, "淄博市人民检察院", color=(175, 175, 175), alpha=1.0)
    seals = find_seals_in_bgr(_grey_scan(page.image))
    assert len(seals) == 1
    x0, y0, x1, y1 = seals[0].bbox
    assert (x0 + x1) / 2 == pytest.approx(560, abs=8) and (y0 + y1) / 2 == pytest.approx(900, abs=8)
