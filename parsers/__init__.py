"""Every returned file becomes one ``parsers.model.Document``.

``parse_file(path)``: limits check → ``detect_kind`` from the content bytes → the parser that
``FORMATS`` names for that kind (imported only when needed) → ``doc.kind``/``source_name``.
Every refusal is a ``ParseError`` with a Chinese message; a third-party exception that
escapes a parser is wrapped into one (``raise … from e``).
"""
from __future__ import annotations

import importlib
import logging
import os
from typing import Callable

from parsers.errors import CorruptFileError, MissingDependencyError, ParseError
from parsers.model import Document

log = logging.getLogger(__name__)

#: kind → "module:function"; each function takes a path (and ``limits=``) and returns a Document
FORMATS: dict[str, str] = {
    "docx": "parsers.word:parse_docx",
    "doc": "parsers.libreoffice:parse_legacy_word",
    "wps": "parsers.libreoffice:parse_legacy_word",
    "xlsx": "parsers.excel:parse_xlsx",
    "xls": "parsers.libreoffice:parse_legacy_sheet",
    "et": "parsers.libreoffice:parse_legacy_sheet",
    "pdf-text": "parsers.pdf_text:parse_pdf_text",
    "pdf-scan": "parsers.pdf_scan:parse_pdf_scan",
    "image": "parsers.image:parse_image",
}

#: kinds whose parser is a zip container, checked for zip bombs before opening
ZIP_KINDS = frozenset({"docx", "xlsx"})


def parser_for(kind: str) -> Callable[..., Document]:
    target = FORMATS[kind]
    module_name, func_name = target.split(":")
    try:
        module = importlib.import_module(module_name)
    except ImportError as e:
        # only "this parser module (or what it needs) is not installed", not bugs inside it
        err = MissingDependencyError(
            f"服务器缺少读取此类文件（{kind}）所需的组件，请联系管理员安装后重试",
            detail=f"cannot import {module_name}: {e}")
        err.kind = kind  # type: ignore[attr-defined]
        raise err from e
    return getattr(module, func_name)


def parse_file(path: str | os.PathLike, *, limits=None) -> Document:
    from parsers.detect import detect_kind
    from parsers.limits import Limits, check_file_size, check_zip

    limits = limits or Limits.from_env()
    kind = None
    try:
        check_file_size(path, limits)
        kind = detect_kind(path)
        if kind in ZIP_KINDS:
            check_zip(path, limits)
        parse = parser_for(kind)
        doc = parse(path, limits=limits)
    except ParseError as e:
        if getattr(e, "kind", None) is None:
            e.kind = kind  # type: ignore[attr-defined]
        raise
    except ImportError as e:
        # a reader the parser needs is not installed: the server's fault, not the file's
        log.error("%s parser cannot import what it needs", kind, exc_info=True)
        err = MissingDependencyError(detail=f"{type(e).__name__}: {e}")
        err.kind = kind  # type: ignore[attr-defined]
        raise err from e
    except Exception as e:
        # python-docx, openpyxl, lxml, pdfminer, olefile … fail on damaged input with their own
        # exceptions; the clerk gets a readable error, the log keeps the traceback
        log.warning("%s parser failed on %s", kind, path, exc_info=True)
        err = CorruptFileError(detail=f"{type(e).__name__}: {e}")
        err.kind = kind  # type: ignore[attr-defined]
        raise err from e
    doc.kind = kind
    doc.source_name = os.path.basename(os.fspath(path))
    return doc


__all__ = ["FORMATS", "parse_file", "parser_for", "Document", "ParseError"]
