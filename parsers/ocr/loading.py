"""Getting page images in, within limits: rendered PDF pages (pypdfium2, at RENDER_DPI) and
image files (Pillow: EXIF orientation honoured, every TIFF page), as BGR arrays. Oversized,
corrupt and encrypted inputs become ParseError subclasses with messages for the clerk."""
from __future__ import annotations

import io
import os
import warnings
from typing import Iterator, Optional

import numpy as np

from parsers.errors import CorruptFileError, EncryptedFileError, TooLargeError

#: the render resolution of PDF pages; the contract's boxes are pixels at this resolution
RENDER_DPI = 200
#: largest page image accepted (pixels); a 600 dpi A3 scan is ~70 MP
MAX_IMAGE_PIXELS = 80_000_000
#: largest PDF page side accepted, in inches (A0's long side is 46.8 in)
MAX_PAGE_INCHES = 50
#: most pages read from one scanned file
MAX_PAGES = 60


def _check_pixels(w: int, h: int, what: str) -> None:
    if w <= 0 or h <= 0:
        raise CorruptFileError(f"{what}尺寸异常（{w}×{h}），无法读取")
    if w * h > MAX_IMAGE_PIXELS:
        raise TooLargeError(
            f"{what}像素过大（{w}×{h}），超出处理上限，请缩小图片或以 300dpi 以下重新扫描后上传")


def _pil_to_bgr(im) -> np.ndarray:
    from PIL import Image

    if im.mode in ("RGBA", "LA") or (im.mode == "P" and "transparency" in im.info):
        im = im.convert("RGBA")
        bg = Image.new("RGBA", im.size, (255, 255, 255, 255))
        im = Image.alpha_composite(bg, im)
    if im.mode in ("I;16", "I;16B", "I;16L", "I"):
        a = np.asarray(im, dtype=np.float64)
        top = a.max() or 1.0
        im = Image.fromarray((a * (255.0 / top)).astype(np.uint8))
    rgb = np.asarray(im.convert("RGB"))
    return np.ascontiguousarray(rgb[:, :, ::-1])


def image_frames(source: "str | os.PathLike | bytes", max_pages: Optional[int] = None) -> Iterator[np.ndarray]:
    """Each page of an image file as BGR, turned as its EXIF orientation says."""
    from PIL import Image, ImageOps, ImageSequence, UnidentifiedImageError

    fp = io.BytesIO(source) if isinstance(source, (bytes, bytearray)) else source
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", Image.DecompressionBombWarning)
        try:
            im = Image.open(fp)
        except Image.DecompressionBombError as e:
            raise TooLargeError("图片像素过大，超出处理上限，请缩小图片后上传", detail=str(e)) from e
        except (UnidentifiedImageError, OSError, ValueError, SyntaxError) as e:
            raise CorruptFileError("图片文件已损坏或格式无法识别，请重新拍照或扫描后上传", detail=str(e)) from e
        with im:
            n = getattr(im, "n_frames", 1)
            cap = min(MAX_PAGES, max_pages or MAX_PAGES)
            if n > cap:
                raise TooLargeError(f"图片共 {n} 页，超过上限 {cap} 页，请拆分后上传")
            for i, frame in enumerate(ImageSequence.Iterator(im)):
                _check_pixels(frame.width, frame.height, f"第{i + 1}页图片")
                try:
                    frame.load()
                    upright = ImageOps.exif_transpose(frame)
                    yield _pil_to_bgr(upright)
                except Image.DecompressionBombError as e:
                    raise TooLargeError("图片像素过大，超出处理上限，请缩小图片后上传", detail=str(e)) from e
                except (OSError, ValueError, SyntaxError, EOFError) as e:
                    raise CorruptFileError("图片文件已损坏或不完整，无法读取，请重新拍照或扫描后上传",
                                           detail=str(e)) from e


def bytes_to_bgr(data: bytes) -> Optional[np.ndarray]:
    """The first page of an encoded picture, or None when it cannot be read (a picture in a
    document that is not a photo of anything: EMF, a broken file …)."""
    try:
        return next(image_frames(data), None)
    except (CorruptFileError, TooLargeError):
        return None


def open_pdf(path: "str | os.PathLike"):
    import pypdfium2 as pdfium

    try:
        return pdfium.PdfDocument(str(path))
    except pdfium.PdfiumError as e:
        from parsers.detect import pdf_declares_encryption

        msg = str(e).lower()
        if ("password" in msg or "security" in msg) and pdf_declares_encryption(path):
            raise EncryptedFileError(detail=str(e)) from e
        raise CorruptFileError("PDF 文件已损坏或不完整，无法打开，请重新导出或扫描后上传", detail=str(e)) from e


def pdf_page_count(path: "str | os.PathLike") -> int:
    pdf = open_pdf(path)
    try:
        return len(pdf)
    finally:
        pdf.close()


def render_pdf_pages(path: "str | os.PathLike", page_numbers: Optional[list[int]] = None,
                     max_pages: Optional[int] = None) -> Iterator[tuple[int, np.ndarray]]:
    """(1-based page number, BGR image at RENDER_DPI) for the pages asked (all by default)."""
    pdf = open_pdf(path)
    try:
        n = len(pdf)
        numbers = list(range(1, n + 1)) if page_numbers is None else list(page_numbers)
        cap = min(MAX_PAGES, max_pages or MAX_PAGES)
        if len(numbers) > cap:
            raise TooLargeError(f"PDF 共 {len(numbers)} 页需要识别，超过上限 {cap} 页，请拆分后上传")
        for number in numbers:
            if not 1 <= number <= n:
                raise ValueError(f"page {number} out of 1..{n}")
            page = pdf[number - 1]
            try:
                w_pt, h_pt = page.get_size()
                if max(w_pt, h_pt) / 72 > MAX_PAGE_INCHES:
                    raise TooLargeError(f"PDF 第{number}页尺寸异常（{w_pt / 72 * 2.54:.0f}×{h_pt / 72 * 2.54:.0f} 厘米），超出处理上限")
                scale = RENDER_DPI / 72
                _check_pixels(int(w_pt * scale), int(h_pt * scale), f"PDF 第{number}页")
                bgr = _pil_to_bgr(page.render(scale=scale).to_pil())
            except TooLargeError:
                raise
            except Exception as e:  # pdfium errors on a broken page
                raise CorruptFileError(f"PDF 第{number}页已损坏，无法显示", detail=repr(e)) from e
            finally:
                page.close()
            yield number, bgr
    finally:
        pdf.close()
