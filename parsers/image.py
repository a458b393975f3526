"""Images (JPEG, PNG, TIFF with all its pages, BMP, WebP): scans and phone photos of a
return, read by OCR. EXIF orientation is honoured: boxes are pixels of the image as shown."""
from __future__ import annotations

import os
from pathlib import Path

from parsers.model import Document
from parsers.ocr import pages_to_document, read_image_pages


def parse_image(path: "str | os.PathLike", *, limits=None) -> Document:
    """A ``Document`` of kind "image", one page per image frame. ``limits``
    (parsers.limits.Limits) caps the page count."""
    max_pages = getattr(limits, "max_pages", None)
    return pages_to_document("image", read_image_pages(path, max_pages=max_pages),
                             source_name=Path(path).name)
