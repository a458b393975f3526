"""Scanned PDFs (pages that are pictures): every page rendered and read by OCR."""
from __future__ import annotations

import os
from pathlib import Path

from parsers.model import Document
from parsers.ocr import pages_to_document, read_pdf_pages


def parse_pdf_scan(path: "str | os.PathLike") -> Document:
    """A ``Document`` of kind "pdf-scan"; boxes in pixels of each page rendered at
    ``parsers.ocr.RENDER_DPI``."""
    return pages_to_document("pdf-scan", read_pdf_pages(path), source_name=Path(path).name)
