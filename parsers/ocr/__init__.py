"""OCR of scanned and photographed returns into the document model.

Entry points used by the parsers:

- ``read_pdf_pages(path, page_numbers)`` / ``ocr_pdf_pages(path, page_numbers)``: PDF pages
  without a text layer, rendered at ``RENDER_DPI``;
- ``read_image_pages(path)``: every page of an image file;
- ``pages_to_document(kind, results)``: the pages' pieces as one ``Document``;
- ``parsers.ocr.seal.find_seals(picture)``: seals in a picture embedded in a native file.

The engine is chosen by ``OCR_ENGINE`` (see parsers.ocr.engines); boxes are pixels of the
page image the reviewer sees (the PDF page rendered at RENDER_DPI, or the image as shown,
EXIF orientation applied).
"""
from __future__ import annotations

import os
from typing import Optional

from parsers.model import Document, Item, Page, Seal
from parsers.ocr.engines import OcrEngine, OcrLine, get_engine
from parsers.ocr.loading import RENDER_DPI, image_frames, render_pdf_pages
from parsers.ocr.page import PageResult, read_page

__all__ = ["RENDER_DPI", "OcrEngine", "OcrLine", "PageResult", "get_engine", "ocr_pdf_pages",
           "pages_to_document", "read_image_pages", "read_pdf_pages", "TEMPLATE_MARK_PREFIX"]

#: QR payloads of the service's blank forms start with this (docs/ARCHITECTURE.md)
TEMPLATE_MARK_PREFIX = "WCR|"


def read_pdf_pages(path: "str | os.PathLike", page_numbers: Optional[list[int]] = None,
                   engine: Optional[OcrEngine] = None, max_pages: Optional[int] = None) -> list[PageResult]:
    engine = engine or get_engine()
    # a PDF page may be a photo of a sheet pasted whole: allow looking for its corners
    return [read_page(bgr, number, engine, photo=True)
            for number, bgr in render_pdf_pages(path, page_numbers, max_pages)]


def ocr_pdf_pages(path: "str | os.PathLike", page_numbers: list[int]
                  ) -> list[tuple[Page, list[Item], list[Seal], list[str]]]:
    """For a text PDF's pages that have no text layer: each page's Page, items in reading
    order, seals and warnings. (``read_pdf_pages`` also gives decoded QR payloads.)"""
    return [(r.page, r.items, r.seals, r.warnings) for r in read_pdf_pages(path, page_numbers)]


def read_image_pages(source: "str | os.PathLike | bytes", engine: Optional[OcrEngine] = None,
                     max_pages: Optional[int] = None) -> list[PageResult]:
    engine = engine or get_engine()
    return [read_page(bgr, i, engine, photo=True)
            for i, bgr in enumerate(image_frames(source, max_pages), start=1)]


def pages_to_document(kind: str, results: list[PageResult], source_name: Optional[str] = None) -> Document:
    doc = Document(kind=kind, source_name=source_name)
    for r in results:
        doc.pages.append(r.page)
        doc.items.extend(r.items)
        doc.seals.extend(r.seals)
        doc.warnings.extend(r.warnings)
    marks = [m for r in results for m in r.marks if m.startswith(TEMPLATE_MARK_PREFIX)]
    if marks:
        doc.properties["wcr_mark"] = marks[0]
    doc.stamped = bool(doc.seals)
    return doc
