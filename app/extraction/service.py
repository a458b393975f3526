"""Extraction as a service function: file in, ExtractionResult out. The CLI, the background
worker and the consolidation all call ``extract_file``; none of them parse on their own."""
from __future__ import annotations

import logging
import os
from typing import Optional

from app.catalog import Catalog, get_catalog
from app.extraction.result import ExtractionResult
from parsers import parse_file
from parsers.errors import ParseError
from parsers.sandbox import isolation_enabled, parse_file_isolated

log = logging.getLogger(__name__)

UNEXPECTED_ERROR = "读取文件时发生意外错误，已记录。请检查文件能否正常打开，或另存为新文件后重新上传"


def extract_file(path: str | os.PathLike, *, catalog: Optional[Catalog] = None,
                 display_name: Optional[str] = None,
                 isolate: Optional[bool] = None) -> ExtractionResult:
    """Parse one file and interpret it against the catalog. Never raises for bad input:
    an unreadable file gives ``ok=False`` with a plain Chinese message.

    ``isolate``: parse in a child process with a time and memory limit
    (``parsers.sandbox``); None follows the environment (``PARSERS_ISOLATE``). The web
    service isolates by default; the CLI parses in its own process."""
    from app.extraction.interpret import interpret_document

    catalog = catalog or get_catalog()
    name = display_name if display_name is not None else str(path)
    try:
        if isolate is None:
            isolate = isolation_enabled()
        doc = parse_file_isolated(path) if isolate else parse_file(path)
    except ParseError as e:
        log.info("cannot read %s: %s", name, e)
        return ExtractionResult.failure(name, e.message, kind=getattr(e, "kind", None) or "unknown")
    except Exception:  # a parser bug must not surface as a traceback or stop a batch
        log.exception("unexpected error parsing %s", name)
        return ExtractionResult.failure(name, UNEXPECTED_ERROR)
    try:
        return interpret_document(doc, catalog, file_name=name)
    except Exception:
        log.exception("unexpected error interpreting %s", name)
        return ExtractionResult.failure(name, UNEXPECTED_ERROR, kind=doc.kind)
