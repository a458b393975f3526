import io

import numpy as np
import pytest
from PIL import Image

from parsers.errors import CorruptFileError, ParseError, TooLargeError
from parsers.ocr import loading
from parsers.ocr.loading import bytes_to_bgr, image_frames, render_pdf_pages


def _png(img: Image.Image, **kw) -> bytes:
    buf = io.BytesIO()
    img.save(buf, "PNG", **kw)
    return buf.getvalue()


def test_decompression_bomb_is_refused_before_decoding():
    bomb = _png(Image.new("1", (12000, 12000), 1))  # 144 MP that compress to a few KB
    assert len(bomb) < 200_000
    with pytest.raises(TooLargeError) as e:
        list(image_frames(bomb))
    assert "像素过大" in e.value.message


@pytest.mark.parametrize("data", [b"\x89PNG\r\n\x1a\n" + b"\x00" * 40, b"GIF89a" + b"\x01" * 10, b"hello"])
def test_corrupt_image_is_a_parse_error_with_a_chinese_message(data):
    with pytest.raises(CorruptFileError) as e:
        list(image_frames(data))
    assert "损坏" in e.value.message


def test_truncated_jpeg_is_a_corrupt_file():
    buf = io.BytesIO()
    Image.new("RGB", (400, 300), "white").save(buf, "JPEG")
    with pytest.raises(ParseError):
        list(image_frames(buf.getvalue()[:300]))


def test_exif_orientation_is_honoured():
    img = Image.new("RGB", (300, 100), "white")
    img.paste((0, 0, 0), (0, 0, 30, 100))  # black band on the left
    exif = Image.Exif()
    exif[0x0112] = 6  # shown turned 90° clockwise
    buf = io.BytesIO()
    img.save(buf, "JPEG", exif=exif.tobytes())
    (bgr,) = list(image_frames(buf.getvalue()))
    assert bgr.shape[:2] == (300, 100)
    assert bgr[:30, :, :].mean() < 60  # the band is now at the top


def test_every_page_of_a_tiff_is_read():
    pages = [Image.new("RGB", (120, 80), c) for c in ("white", "black", "red")]
    buf = io.BytesIO()
    pages[0].save(buf, "TIFF", save_all=True, append_images=pages[1:])
    frames = list(image_frames(buf.getvalue()))
    assert len(frames) == 3
    assert frames[2][0, 0].tolist() == [0, 0, 255]  # BGR red


@pytest.mark.parametrize("mode", ["RGBA", "LA", "P", "L", "1", "CMYK", "I;16"])
def test_image_modes_become_bgr_with_transparency_on_white(mode):
    img = Image.new("RGBA", (40, 30), (0, 0, 0, 0)).convert(mode) if mode in ("RGBA", "LA") \
        else Image.new("RGB", (40, 30), "white").convert(mode)
    fmt = "TIFF" if mode in ("CMYK", "I;16") else "PNG"
    buf = io.BytesIO()
    img.save(buf, fmt)
    (bgr,) = list(image_frames(buf.getvalue()))
    assert bgr.shape == (30, 40, 3) and bgr.dtype == np.uint8
    assert bgr.mean() > 200


@pytest.mark.parametrize("fmt", ["BMP", "WEBP", "JPEG"])
def test_common_photo_formats_are_read(fmt):
    buf = io.BytesIO()
    Image.new("RGB", (64, 48), (10, 200, 30)).save(buf, fmt)
    (bgr,) = list(image_frames(buf.getvalue()))
    assert bgr.shape == (48, 64, 3)


def test_unreadable_picture_bytes_give_none():
    assert bytes_to_bgr(b"\x01\x02") is None


def _pdf(tmp_path, size_pt, pages=1):
    from reportlab.pdfgen import canvas

    path = tmp_path / "scan.pdf"
    c = canvas.Canvas(str(path), pagesize=size_pt)
    for _ in range(pages):
        c.rect(20, 20, 100, 50)
        c.showPage()
    c.save()
    return path


def test_pdf_pages_render_at_the_render_resolution(tmp_path):
    path = _pdf(tmp_path, (595.3, 841.9), pages=2)
    got = list(render_pdf_pages(path))
    assert [n for n, _ in got] == [1, 2]
    h, w = got[0][1].shape[:2]
    assert (w, h) == pytest.approx((595.3 / 72 * loading.RENDER_DPI, 841.9 / 72 * loading.RENDER_DPI), abs=2)


def test_absurd_pdf_page_size_is_refused(tmp_path):
    path = _pdf(tmp_path, (14400, 14400))  # 5 m square
    with pytest.raises(TooLargeError) as e:
        list(render_pdf_pages(path))
    assert "尺寸异常" in e.value.message


def test_too_many_pages_are_refused(tmp_path, monkeypatch):
    monkeypatch.setattr(loading, "MAX_PAGES", 2)
    path = _pdf(tmp_path, (200, 200), pages=3)
    with pytest.raises(TooLargeError):
        list(render_pdf_pages(path))


def test_corrupt_pdf_is_a_corrupt_file(tmp_path):
    path = tmp_path / "broken.pdf"
    path.write_bytes(b"%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n")
    with pytest.raises(CorruptFileError):
        list(render_pdf_pages(path))
