"""End to end: a small scanned return as a PDF and as a phone photo, read into the model."""
import re

import pytest
import qrcode
from PIL import Image, ImageDraw

from parsers.image import parse_image
from parsers.model import Table
from parsers.ocr import ocr_pdf_pages
from parsers.pdf_scan import parse_pdf_scan
from tests.parsers.ocr.synth import a4_return, draw_table, photo, rotate_page, to_jpeg

pytestmark = pytest.mark.slow

MARK = "WCR|1|2024Q2|市教育局|2024-1"
SCALE = 0.6  # the page is 120 dpi: small enough to be quick, big enough to read


@pytest.fixture(scope="module")
def page():
    p = a4_return(11, scale=SCALE, rows=4, unit="淄博市教育局")
    qr = qrcode.make(MARK).get_image().convert("RGB").resize((130, 130))
    p.image.paste(qr, (p.image.width - 160, 20))
    return p


@pytest.fixture(scope="module")
def scanned_pdf(page, tmp_path_factory):
    path = tmp_path_factory.mktemp("scan") / "return.pdf"
    blank = Image.new("RGB", page.image.size, "white")
    rotate_page(page.image, 2.5).resize(page.image.size).save(
        path, "PDF", resolution=200 * SCALE, save_all=True, append_images=[blank])
    return path


@pytest.fixture(scope="module")
def doc(scanned_pdf):
    return parse_pdf_scan(scanned_pdf)


def _table(doc) -> Table:
    return next(doc.tables())


def test_scanned_pdf_reads_the_table_cell_by_cell(doc, page):
    grid = _table(doc).text_grid()
    assert grid[0] == ["序号", "项目", "指标", "完成情况", "备注"]
    assert [row[3] for row in grid[1:]] == page.figures
    assert grid[1][1] == grid[2][1] != ""  # the merged 项目 cell covers two rows


def test_scanned_pdf_cells_carry_boxes_in_page_pixels_and_confidence(doc, page):
    t = _table(doc)
    assert all(c.from_ocr and c.bbox is not None and 0 <= c.confidence <= 1 for c in t.cells)
    merged = t.cell_at(1, 1)
    assert merged.row_span == 2
    w, h = doc.pages[0].width, doc.pages[0].height
    assert all(0 <= c.bbox[0] < c.bbox[2] <= w and 0 <= c.bbox[1] < c.bbox[3] <= h for c in t.cells)


def test_scanned_pdf_pages_record_size_rotation_and_a_warning(doc):
    p1, p2 = doc.pages
    assert (p1.unit, p1.from_ocr) == ("px", True)
    assert p1.width == pytest.approx(1654 * SCALE / SCALE * 200 / 200, rel=0.02)  # A4 at 200 dpi
    assert p1.rotation == pytest.approx(357.5, abs=0.3)
    assert any(re.fullmatch(r"第1页倾斜2\.[4-6]°，已校正", w) for w in doc.warnings)
    assert "第2页未识别到文字，请核对原件" in doc.warnings


def test_scanned_pdf_finds_the_seal_and_its_ring_text(doc):
    assert doc.stamped is True
    assert [s.text for s in doc.seals] == ["淄博市教育局"]
    assert any(b.role == "seal" and b.text == "淄博市教育局" for b in doc.blocks())


def test_scanned_pdf_reads_lines_outside_the_table_with_the_title(doc, page):
    texts = [b.text for b in doc.blocks() if b.role != "seal"]
    assert any("淄博市教育局" in t for t in texts)
    assert any("2024年3月31日" in t for t in texts)
    titles = [b.text for b in doc.blocks() if b.role == "title"]
    assert titles == [page.title]


def test_scanned_pdf_decodes_the_template_mark(doc):
    assert doc.properties["wcr_mark"] == MARK
    assert doc.kind == "pdf-scan"
    assert "WCR" not in doc.plain_text()


def test_ocr_pdf_pages_reads_only_the_pages_asked(scanned_pdf):
    ((page, items, seals, warnings),) = ocr_pdf_pages(scanned_pdf, [2])
    assert page.number == 2 and page.unit == "px"
    assert (items, seals) == ([], [])
    assert warnings == ["第2页未识别到文字，请核对原件"]


def test_phone_photo_is_flattened_and_read(page, tmp_path):
    shot, _ = photo(page.image, seed=5)
    path = tmp_path / "photo.jpg"
    shot.save(path, "JPEG", quality=85)
    doc = parse_image(path)
    assert doc.kind == "image" and doc.stamped is True
    assert (doc.pages[0].width, doc.pages[0].height) == shot.size
    grid = _table(doc).text_grid()
    assert [row[3] for row in grid[1:]] == page.figures
    assert any("透视" in w for w in doc.warnings)


def test_unstamped_image_is_not_stamped(tmp_path):
    img = Image.new("RGB", (700, 260), "white")
    draw_table(ImageDraw.Draw(img), 30, 30, [300, 300], [60, 60],
               [["指标", "完成情况"], ["家庭教育骨干", "56人"]], size=26)
    path = tmp_path / "scan.png"
    to_jpeg(img, 90).save(path)
    doc = parse_image(path)
    assert doc.stamped is False and doc.seals == []
    assert next(doc.tables()).text_grid() == [["指标", "完成情况"], ["家庭教育骨干", "56人"]]
    assert "wcr_mark" not in doc.properties


def test_parse_file_dispatches_a_scan_to_the_ocr_parser(tmp_path):
    from parsers import parse_file
    from parsers.limits import Limits

    img = Image.new("RGB", (700, 200), "white")
    draw_table(ImageDraw.Draw(img), 30, 30, [300, 300], [60, 60],
               [["指标", "完成情况"], ["托育机构", "12家"]], size=26)
    path = tmp_path / "small.pdf"
    img.save(path, "PDF", resolution=200)
    doc = parse_file(path, limits=Limits(max_pages=5))
    assert doc.kind == "pdf-scan" and doc.stamped is False
    assert next(doc.tables()).text_grid()[1] == ["托育机构", "12家"]


def test_page_limit_of_the_settings_is_kept(scanned_pdf):
    from parsers.errors import TooLargeError
    from parsers.limits import Limits

    with pytest.raises(TooLargeError):
        parse_pdf_scan(scanned_pdf, limits=Limits(max_pages=1))


def test_close_up_photo_in_perspective_keeps_its_grid(page, tmp_path):
    """The sheet fills the frame (no corners to flatten by) and is keystoned: slanted rulings
    must still make one grid, not extra columns or merged rows."""
    import cv2
    import numpy as np

    a = np.asarray(page.image)
    h, w = a.shape[:2]
    m = cv2.getPerspectiveTransform(np.float32([[0, 0], [w, 0], [w, h], [0, h]]),
                                    np.float32([[-12, -6], [w + 36, 24], [w - 6, h + 12], [18, h - 24]]))
    shot = cv2.warpPerspective(a, m, (w, h), borderValue=(255, 255, 255))
    path = tmp_path / "close-up.jpg"
    Image.fromarray(shot).save(path, "JPEG", quality=85)
    t = next(parse_image(path).tables())
    assert (t.n_rows, t.n_cols) == (5, 5)
    assert [row[3] for row in t.text_grid()[1:]] == page.figures
