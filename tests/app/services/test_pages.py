"""Page images for the review screen and where an evidence box sits on them."""
import io

import pytest

from app.models import Document, db
from app.services import pages
from app.storage import get_storage


def _pdf(width_pt=595, height_pt=842, n=2) -> bytes:
    from reportlab.pdfgen import canvas

    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=(width_pt, height_pt))
    for i in range(n):
        c.drawString(72, 72, f"page {i + 1}")
        c.showPage()
    c.save()
    return buf.getvalue()


def _stored(kind, data):
    key = get_storage().put(data)
    doc = Document(sha256=key.rsplit("/", 1)[1], filename=f"x.{kind}", storage_key=key,
                   size=len(data), kind=kind, status="done")
    db.session.add(doc)
    db.session.commit()
    return doc


def test_pdf_pages_render_to_png_once(app):
    doc = _stored("pdf-text", _pdf())
    assert pages.page_count(doc) == 2
    png = pages.page_png(doc, 2)
    assert png.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
    assert pages.page_png(doc, 2) == png and png.stat().st_mtime == pages.page_png(doc, 2).stat().st_mtime


def test_asking_for_a_page_beyond_the_last_is_refused(app):
    from app.services import ServiceError
    doc = _stored("pdf-text", _pdf(n=1))
    with pytest.raises(ServiceError, match="没有这一页"):
        pages.page_png(doc, 2)


@pytest.mark.parametrize("kind,bbox,expected", [
    # text PDF: boxes in points of a 600 × 800 pt page
    ("pdf-text", [60, 80, 120, 160], [10.0, 10.0, 10.0, 10.0]),
    # scanned PDF: boxes in pixels of the page rendered at the parsers' 200 dpi
    ("pdf-scan", [0, 0, 600 * 200 / 72 / 2, 800 * 200 / 72 / 4], [0.0, 0.0, 50.0, 25.0]),
])
def test_evidence_box_is_placed_in_percent_of_the_page(app, kind, bbox, expected):
    doc = _stored(kind, _pdf(600, 800, n=1))
    assert pages.box_percent(doc, 1, bbox) == pytest.approx(expected, abs=0.01)


def test_photo_box_is_in_pixels_of_the_upright_image(app):
    from PIL import Image
    buf = io.BytesIO()
    Image.new("RGB", (400, 200), "white").save(buf, "JPEG")
    doc = _stored("image", buf.getvalue())
    assert pages.box_percent(doc, 1, [100, 50, 200, 100]) == [25.0, 25.0, 25.0, 25.0]
    assert pages.page_png(doc, 1).read_bytes()[:4] == b"\x89PNG"


def test_flow_formats_have_no_box(app):
    doc = _stored("docx", b"PK not really")
    assert pages.box_percent(doc, 1, [1, 2, 3, 4]) is None


@pytest.mark.slow
def test_word_return_is_converted_to_pdf_once_for_its_page_images(app):
    from docx import Document as Docx
    d = Docx()
    d.add_paragraph("市教育局 截至3月底进展情况")
    buf = io.BytesIO()
    d.save(buf)
    doc = _stored("docx", buf.getvalue())
    assert pages.page_count(doc) == 1
    converted = get_storage().cache_dir(doc.storage_key) / "converted.pdf"
    first = converted.stat().st_mtime_ns
    assert pages.page_png(doc, 1).read_bytes()[:4] == b"\x89PNG"
    assert converted.stat().st_mtime_ns == first


def test_every_page_of_a_multipage_tiff_is_shown(app):
    from PIL import Image
    buf = io.BytesIO()
    first, second = Image.new("RGB", (300, 200), "white"), Image.new("RGB", (200, 300), "white")
    first.save(buf, "TIFF", save_all=True, append_images=[second])
    doc = _stored("image", buf.getvalue())
    assert pages.page_count(doc) == 2
    assert pages.box_percent(doc, 2, [0, 0, 100, 150]) == [0.0, 0.0, 50.0, 50.0]
    with Image.open(pages.page_png(doc, 2)) as png:
        assert png.size == (200, 300)
