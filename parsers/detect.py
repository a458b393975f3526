"""What a file really is, from its content bytes (never its name).

``detect_kind(path)`` returns one of ``docx xlsx doc wps xls et pdf-text pdf-scan image`` or
raises a ``ParseError``: empty, encrypted, corrupt, unsupported. Each raised error carries
``err.kind`` when the kind is known, so the service can still say what the file was.
"""
from __future__ import annotations

import os
import re
import struct
import zipfile
from typing import Optional

from parsers.errors import (CorruptFileError, EmptyFileError, EncryptedFileError, ParseError,
                            UnsupportedFormatError)

OLE_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
ZIP_MAGICS = (b"PK\x03\x04", b"PK\x05\x06", b"PK\x07\x08")

#: strings that only Kingsoft WPS Office writes into a binary file (property names, app name)
KINGSOFT_MARKS = ("KSOProductBuildVer", "KSOTemplateDocerSaveRecord", "KSORubyTextXml", "Kingsoft",
                  "WPS Office", "WPS 文字", "WPS表格", "WPS 表格", "WPS文字")

IMAGE_MAGICS: tuple[tuple[bytes, int], ...] = (
    (b"\xff\xd8\xff", 0),           # JPEG
    (b"\x89PNG\r\n\x1a\n", 0),      # PNG
    (b"II*\x00", 0), (b"MM\x00*", 0),  # TIFF
    (b"BM", 0),                     # BMP
)

#: a page counts as a scan, not text, when it has fewer visible characters than this and an
#: image covers at least half of it (scanner apps stamp a few words of watermark text)
SCAN_MAX_CHARS = 30
SCAN_MIN_IMAGE_COVER = 0.5


def _raise(err: ParseError, kind: Optional[str]) -> None:
    err.kind = kind  # type: ignore[attr-defined]
    raise err


def detect_kind(path: str | os.PathLike) -> str:
    try:
        with open(path, "rb") as f:
            head = f.read(4096)
    except OSError as e:
        raise CorruptFileError(detail=str(e)) from e
    if not head:
        raise EmptyFileError()
    if head.startswith(ZIP_MAGICS):
        return _detect_zip(path, head)
    if head.startswith(OLE_MAGIC):
        return _detect_ole(path)
    if b"%PDF-" in head[:1024]:
        return _detect_pdf(path)
    if head.startswith(b"{\\rtf"):
        return "doc"  # Word's "save as .doc" in RTF; LibreOffice reads it like a .doc
    markup = office_markup(head)
    if markup is not None:
        return "doc" if markup.startswith("word") else "xls"
    for magic, offset in IMAGE_MAGICS:
        if head[offset:offset + len(magic)] == magic:
            return "image"
    if head[:4] == b"RIFF" and head[8:12] == b"WEBP":
        return "image"
    if head[4:12] in (b"ftypheic", b"ftypheix", b"ftypmif1", b"ftypheif"):
        _raise(UnsupportedFormatError("暂不支持苹果手机的 HEIC 照片，请在手机上导出为 JPG 后上传"), None)
    if head[:4] == b"Rar!" or head[:6] == b"7z\xbc\xaf\x27\x1c":
        _raise(UnsupportedFormatError("这是一个压缩包，请解压后分别上传其中的文件"), None)
    _raise(UnsupportedFormatError(detail=f"magic {head[:8]!r}"), None)
    raise AssertionError("unreachable")


# --- Office files that are really markup ----------------------------------------------------

def _text_head(head: bytes) -> str:
    for encoding in ("utf-8", "gb18030", "utf-16"):
        try:
            return head.decode(encoding).lower()
        except UnicodeDecodeError:
            continue
    return head.decode("latin-1").lower()


def office_markup(head: bytes) -> Optional[str]:
    """Word/Excel documents saved as markup, which reporting systems and old Office versions
    still produce under a .doc/.xls name: ``word-html``, ``sheet-html`` (Office HTML),
    ``word-xml``, ``sheet-xml`` (Office 2003 XML); None for anything else."""
    text = _text_head(head.lstrip(b"\xef\xbb\xbf"))
    stripped = text.lstrip()
    if stripped.startswith("<?xml"):
        if "progid=\"excel.sheet\"" in text or "urn:schemas-microsoft-com:office:spreadsheet" in text:
            return "sheet-xml"
        if "progid=\"word.document\"" in text or "schemas.microsoft.com/office/word/2003/wordml" in text:
            return "word-xml"
        return None
    if stripped.startswith(("<html", "<!doctype html")) or "<html" in text[:512]:
        if "urn:schemas-microsoft-com:office:excel" in text:
            return "sheet-html"
        if "urn:schemas-microsoft-com:office:word" in text:
            return "word-html"
    return None


# --- zip (OOXML) -----------------------------------------------------------------------------

def _main_part_from_rels(zf: zipfile.ZipFile) -> Optional[str]:
    try:
        rels = zf.read("_rels/.rels").decode("utf-8", "replace")
    except KeyError:
        return None
    for m in re.finditer(r"<Relationship\b[^>]*>", rels):
        tag = m.group(0)
        if "/officeDocument\"" in tag or "/officeDocument'" in tag:
            t = re.search(r"Target=[\"']([^\"']+)", tag)
            if t:
                return t.group(1).lstrip("/")
    return None


def _detect_zip(path, head: bytes) -> str:
    try:
        with zipfile.ZipFile(path) as zf:
            names = set(zf.namelist())
            main = _main_part_from_rels(zf) or ""
    except (zipfile.BadZipFile, OSError, EOFError) as e:
        # a truncated container: the local headers at its start still tell what it was
        kind = "docx" if b"word/" in head else "xlsx" if b"xl/" in head else None
        _raise(CorruptFileError(detail=f"bad zip: {e}"), kind)
    if main.startswith("word/") or "word/document.xml" in names:
        return "docx"
    if main.startswith("xl/") and main.endswith(".bin"):
        _raise(UnsupportedFormatError("暂不支持 Excel 二进制工作簿（.xlsb），请另存为 .xlsx 后上传"), None)
    if main.startswith("xl/") or "xl/workbook.xml" in names:
        return "xlsx"
    if main.startswith("ppt/"):
        _raise(UnsupportedFormatError("暂不支持演示文稿（PPT），请另存为 Word 或 PDF 后上传"), None)
    if any(n.lower().endswith((".docx", ".xlsx", ".doc", ".xls", ".pdf", ".jpg", ".png")) for n in names):
        _raise(UnsupportedFormatError("这是一个压缩包，请解压后分别上传其中的文件"), None)
    _raise(UnsupportedFormatError(detail="zip without a Word or Excel main part"), None)
    raise AssertionError("unreachable")


# --- OLE2 (legacy binary Office, encrypted OOXML) ----------------------------------------------

def _is_kingsoft(ole) -> bool:
    for entry in ole.listdir(streams=True, storages=True):
        joined = "/".join(entry).lower()
        if "kso" in joined or "wps" in joined or "kingsoft" in joined:
            return True
    for name in ("\x05DocumentSummaryInformation", "\x05SummaryInformation"):
        if not ole.exists(name):
            continue
        try:
            data = ole.openstream(name).read(256 * 1024)
        except OSError:
            continue
        for mark in KINGSOFT_MARKS:
            if mark.encode("utf-16-le") in data or mark.encode("utf-8") in data \
                    or (mark.isascii() is False and mark.encode("gbk", "ignore") in data):
                return True
    return False


def _word_encrypted(ole) -> bool:
    """FIB base: wIdent(2) nFib(2) unused(2) lid(2) pnNext(2) then flags; bit 8 = fEncrypted."""
    data = ole.openstream("WordDocument").read(32)
    if len(data) < 12:
        return False
    (flags,) = struct.unpack_from("<H", data, 0x0A)
    return bool(flags & 0x0100)


def _workbook_encrypted(ole, stream: str) -> bool:
    """A FILEPASS record (0x002F) in the workbook globals (before the first EOF)."""
    data = ole.openstream(stream).read(64 * 1024)
    pos = 0
    while pos + 4 <= len(data):
        rtype, size = struct.unpack_from("<HH", data, pos)
        if rtype == 0x002F:
            return True
        if rtype == 0x000A:  # EOF of the globals substream
            return False
        pos += 4 + size
    return False


def _detect_ole(path) -> str:
    import olefile

    try:
        ole = olefile.OleFileIO(str(path))
    except Exception as e:  # olefile raises OSError and its own errors for damaged files
        _raise(CorruptFileError(detail=f"ole: {e}"), None)
    try:
        if ole.exists("EncryptedPackage") or ole.exists("EncryptionInfo"):
            _raise(EncryptedFileError("文件设有打开密码，无法读取，请去掉密码后重新保存，提供未加密的文件"), None)
        kingsoft = _is_kingsoft(ole)
        if ole.exists("WordDocument"):
            kind = "wps" if kingsoft else "doc"
            if _word_encrypted(ole):
                _raise(EncryptedFileError("Word 文件设有打开密码，请去掉密码后重新保存，提供未加密的文件"), kind)
            return kind
        for stream in ("Workbook", "Book"):
            if ole.exists(stream):
                kind = "et" if kingsoft else "xls"
                if _workbook_encrypted(ole, stream):
                    _raise(EncryptedFileError("Excel 文件设有打开密码，请去掉密码后重新保存，提供未加密的文件"), kind)
                return kind
        if ole.exists("PowerPoint Document"):
            _raise(UnsupportedFormatError("暂不支持演示文稿（PPT），请另存为 Word 或 PDF 后上传"), None)
        _raise(UnsupportedFormatError(detail=f"OLE streams {ole.listdir()[:10]}"), None)
    finally:
        ole.close()
    raise AssertionError("unreachable")


# --- PDF -----------------------------------------------------------------------------------------

#: a page whose characters are mostly unmapped glyphs (a font without a Unicode map) has
#: no usable text layer either: it is read by OCR
MAX_UNREADABLE_SHARE = 0.5


def is_unreadable_char(ch: str) -> bool:
    """A glyph the PDF gives no Unicode for: pdfminer's "(cid:N)", control characters,
    U+FFFD, or the private use area."""
    if ch.startswith("(cid:"):
        return True
    if len(ch) != 1:
        return False
    code = ord(ch)
    return (code < 0x20 and ch not in "\t\n\r") or code == 0xFFFD or 0xE000 <= code <= 0xF8FF


def pdf_page_is_scan(n_chars: int, image_cover: float, unreadable_share: float = 0.0) -> bool:
    """The one rule for "this page has no usable text layer" (shared with the PDF parser)."""
    return (n_chars == 0 or unreadable_share > MAX_UNREADABLE_SHARE
            or (n_chars < SCAN_MAX_CHARS and image_cover >= SCAN_MIN_IMAGE_COVER))


def _pdfium_page_stats(page) -> tuple[int, float, float]:
    import pypdfium2.raw as pdfium_c

    textpage = page.get_textpage()
    try:
        text = textpage.get_text_range()
    finally:
        textpage.close()
    visible = [ch for ch in text if not ch.isspace() or is_unreadable_char(ch)]
    n_chars = len(visible)
    unreadable = sum(1 for ch in visible if is_unreadable_char(ch)) / max(n_chars, 1)
    if n_chars >= SCAN_MAX_CHARS:
        return n_chars, 0.0, unreadable
    w, h = page.get_size()
    cover = 0.0
    for obj in page.get_objects(filter=[pdfium_c.FPDF_PAGEOBJ_IMAGE], max_depth=2):
        bounds = obj.get_bounds if hasattr(obj, "get_bounds") else obj.get_pos  # pypdfium2 5 / 4
        left, bottom, right, top = bounds()
        cover = max(cover, max(0.0, right - left) * max(0.0, top - bottom) / max(w * h, 1.0))
    return n_chars, cover, unreadable


def pdf_declares_encryption(path) -> bool:
    """Does the file carry an /Encrypt entry? PDFium's error code is process-wide and stays
    "password" after an encrypted file, so a later broken PDF would be blamed on a password."""
    with open(path, "rb") as f:
        return b"/Encrypt" in f.read()


def _detect_pdf(path) -> str:
    import pypdfium2 as pdfium

    try:
        pdf = pdfium.PdfDocument(str(path))
    except pdfium.PdfiumError as e:
        msg = str(e).lower()
        if ("password" in msg or "security" in msg) and pdf_declares_encryption(path):
            _raise(EncryptedFileError("PDF 文件设有打开密码，请提供未加密的文件"), None)
        _raise(CorruptFileError(detail=f"pdfium: {e}"), None)
    try:
        for i in range(len(pdf)):
            page = pdf[i]
            try:
                n_chars, cover, unreadable = _pdfium_page_stats(page)
            finally:
                page.close()
            if not pdf_page_is_scan(n_chars, cover, unreadable):
                return "pdf-text"
        return "pdf-scan"
    finally:
        pdf.close()
