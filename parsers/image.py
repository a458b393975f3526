"""Images (JPEG, PNG, TIFF with all its pages, BMP, WebP): scans and phone photos of a
return, read by OCR. EXIF orientation is honoured: boxes are pixels of the image as shown."""
from __future__ import annotations

import os
from pathlib import Path

from parsers.model import Document
from parsers.ocr import pages_to_document, read_image_pages


def parse_image(path: "str | os.PathLike") -> Document:
    """A ``Document`` of kind "image", one page per image frame."""
    return pages_to_document("image", read_image_pages(path), source_name=Path(path).name)
