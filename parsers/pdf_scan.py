"""Scanned PDFs (pages that are pictures): every page rendered and read by OCR."""
from __future__ import annotations

import os
from pathlib import Path

from parsers.model import Document
from parsers.ocr import pages_to_document, read_pdf_pages


def parse_pdf_scan(path: "str | os.PathLike", *, limits=None) -> Document:
    """A ``Document`` of kind "pdf-scan"; boxes in pixels of each page rendered at
    ``parsers.ocr.RENDER_DPI``. ``limits`` (parsers.limits.Limits) caps the page count."""
    max_pages = getattr(limits, "max_pages", None)
    return pages_to_document("pdf-scan", read_pdf_pages(path, max_pages=max_pages),
                             source_name=Path(path).name)
