"""Helpers shared by the native-format parsers (Word, Excel, text PDF): document properties
of OOXML containers, seal detection on embedded pictures, and joining a table that was cut
in two (by a page, or by a clerk) back into one."""
from __future__ import annotations

import dataclasses
import logging
import re
import zipfile
from typing import Optional
from xml.etree import ElementTree as ET

from parsers.model import Document, Seal, Table

log = logging.getLogger(__name__)

# --- document properties ------------------------------------------------------------------------

_CORE_KEYS = {
    "title": "title", "subject": "subject", "creator": "author", "keywords": "keywords",
    "description": "comments", "lastModifiedBy": "last_modified_by", "created": "created",
    "modified": "modified", "category": "category",
}


def _local(tag: str) -> str:
    return tag.rsplit("}", 1)[-1]


def read_ooxml_properties(path) -> dict[str, str]:
    """Core (docProps/core.xml), application name (docProps/app.xml) and custom properties
    (docProps/custom.xml, e.g. the template mark ``wcr_mark``) of a .docx/.xlsx, as text."""
    props: dict[str, str] = {}
    with zipfile.ZipFile(path) as zf:
        names = set(zf.namelist())

        def xml(name: str) -> Optional[ET.Element]:
            if name not in names:
                return None
            try:
                return ET.fromstring(zf.read(name))
            except ET.ParseError:
                log.info("unreadable %s in %s", name, path)
                return None

        core = xml("docProps/core.xml")
        if core is not None:
            for el in core:
                key = _CORE_KEYS.get(_local(el.tag))
                if key and el.text and el.text.strip():
                    props[key] = el.text.strip()
        app = xml("docProps/app.xml")
        if app is not None:
            for el in app:
                if _local(el.tag) == "Application" and el.text:
                    props["application"] = el.text.strip()
        custom = xml("docProps/custom.xml")
        if custom is not None:
            for prop in custom:
                name = prop.get("name")
                if not name:
                    continue
                value = "".join(prop.itertext()).strip()
                props[name] = value
    return props


# --- the template mark as a QR code --------------------------------------------------------

#: payloads of the service's template mark start with this (see docs/ARCHITECTURE.md)
TEMPLATE_MARK_PREFIX = "WCR|"


def decode_template_mark(image) -> Optional[str]:
    """The template mark in a QR code on a picture (PIL image or encoded bytes), if any."""
    import io

    try:
        import zxingcpp
        from PIL import Image
    except ImportError:
        return None
    try:
        if isinstance(image, (bytes, bytearray)):
            image = Image.open(io.BytesIO(image))
            image.load()
        found = zxingcpp.read_barcodes(image.convert("L"), formats=zxingcpp.BarcodeFormat.QRCode)
    except Exception:  # an undecodable picture carries no mark
        log.debug("QR decoding failed", exc_info=True)
        return None
    for result in found:
        if result.text.startswith(TEMPLATE_MARK_PREFIX):
            return result.text
    return None


def mark_from_pictures(doc: Document) -> None:
    """A Word/Excel return whose custom property was lost (content pasted into a new file)
    may still carry the printed QR code as a picture."""
    if doc.properties.get("wcr_mark"):
        return
    for pic in doc.pictures:
        if pic.media_type.lower() not in RASTER_TYPES:
            continue
        try:
            image = picture_on_white(pic.data)
        except Exception:  # a damaged picture carries no readable mark; the text still counts
            log.info("cannot open picture %s", pic.name, exc_info=True)
            continue
        mark = decode_template_mark(image)
        if mark:
            doc.properties["wcr_mark"] = mark
            return


# --- seals on embedded pictures -----------------------------------------------------------------

#: picture types an image decoder can read (EMF/WMF vector pictures are skipped)
RASTER_TYPES = ("image/png", "image/jpeg", "image/jpg", "image/gif", "image/bmp", "image/tiff",
                "image/webp")


def load_seal_finder():
    """The OCR engineer's ``find_seals(image_bytes) -> list[Seal]``, or None when that part
    of the system is not installed (then a native file's seal status stays unknown)."""
    try:
        from parsers.ocr.seal import find_seals
    except ImportError as e:
        log.info("seal detection unavailable: %s", e)
        return None
    return find_seals


#: a picture smaller than this (pixels, longer side) is a pasted seal or logo, not a page
SMALL_PICTURE_PX = 1500
#: larger pictures are scaled down to this before looking for seals or codes
LARGE_PICTURE_PX = 3000


def picture_on_white(data: bytes) -> bytes:
    """The picture as it shows on a white page: transparency flattened onto white, and a
    small picture (a pasted seal, often nothing but the seal) centred on a white margin as
    wide as itself, so a seal finder made for pages sees a seal-sized object on paper."""
    import io

    from PIL import Image

    with Image.open(io.BytesIO(data)) as im:
        im.load()
        if im.mode in ("RGBA", "LA", "P", "PA"):
            im = im.convert("RGBA")
            flat = Image.new("RGB", im.size, (255, 255, 255))
            flat.paste(im, mask=im.getchannel("A"))
        else:
            flat = im.convert("RGB")
    if max(flat.size) > LARGE_PICTURE_PX:  # a pasted scan: a seal on it is still large
        flat.thumbnail((LARGE_PICTURE_PX, LARGE_PICTURE_PX))
    w, h = flat.size
    if max(w, h) < SMALL_PICTURE_PX:
        canvas = Image.new("RGB", (w * 2, h * 2), (255, 255, 255))
        canvas.paste(flat, (w // 2, h // 2))
        flat = canvas
    buf = io.BytesIO()
    flat.save(buf, format="PNG")
    return buf.getvalue()


def detect_seals_in_pictures(doc: Document) -> None:
    """Sets ``doc.stamped``/``doc.seals`` from the pictures embedded in a Word/Excel file:
    None without pictures (nothing could show a seal) or without a seal finder."""
    doc.stamped = None
    if not doc.pictures:
        return
    find_seals = load_seal_finder()
    if find_seals is None:
        return
    seals: list[Seal] = []
    checked = 0
    for pic in doc.pictures:
        if pic.media_type.lower() not in RASTER_TYPES:
            continue
        try:
            found = find_seals(picture_on_white(pic.data))
        except Exception:  # a bad picture must not lose the rest of the document
            log.warning("seal detection failed on picture %s", pic.name, exc_info=True)
            doc.warnings.append(f"嵌入图片“{pic.name or '未命名'}”无法检查公章，请人工核对")
            continue
        checked += 1
        for s in found:
            seals.append(dataclasses.replace(s, page=pic.page, bbox=pic.bbox))
    if checked:
        doc.seals.extend(seals)
        doc.stamped = bool(seals)


# --- tables cut in two ----------------------------------------------------------------------------

_WS = re.compile(r"\s+")
#: a caption a clerk types above the rest of a table on the next page: 续表, （续上表）, 接上表 …
CONTINUATION_MARK = re.compile(r"^[\s（(【\[]*(续表|续上表|接上表|上接表|表格续)[\s\d一二三四五六七八九十]*[)）】\]]?[\s:：]*$")


def is_continuation_mark(text: str) -> bool:
    return bool(CONTINUATION_MARK.match(text or ""))


def _norm(text: str) -> str:
    return _WS.sub("", text)


def header_row_count(table: Table) -> int:
    """Rows that make up the header block: row 0 plus the rows its vertically merged
    cells reach down into (a two-row header with merged 序号/项目 cells is two rows)."""
    h = 1
    for c in table.cells:
        if c.row == 0:
            h = max(h, c.row_span)
    return min(h, table.n_rows)


def _row_texts(table: Table, rows: range) -> list[list[str]]:
    grid = table.text_grid()
    return [[_norm(t) for t in grid[r]] for r in rows if r < len(grid)]


def repeated_header_rows(first: Table, second: Table) -> int:
    """How many leading rows of ``second`` repeat the header block of ``first`` (0 if none).
    A header must hold at least two non-empty cells to count as repeated."""
    h = header_row_count(first)
    if second.n_rows <= h or first.n_cols != second.n_cols:
        return 0
    head = _row_texts(first, range(h))
    if sum(1 for row in head for t in set(row) if t) < 2:
        return 0
    return h if _row_texts(second, range(h)) == head else 0


def append_table(first: Table, second: Table, drop_rows: int = 0) -> None:
    """Appends ``second``'s rows below ``first`` (in place), leaving out its first
    ``drop_rows`` rows (a repeated header). Cells keep the page they were found on."""
    if first.n_cols != second.n_cols:
        raise ValueError("cannot join tables with different column counts")
    for c in first.cells:
        if c.page is None:
            c.page = first.page
    offset = first.n_rows - drop_rows
    for c in second.cells:
        end = c.row + c.row_span
        if end <= drop_rows:
            continue
        start = max(c.row, drop_rows)
        c.row_span = end - start
        c.row = start + offset
        if c.page is None:
            c.page = second.page
        first.cells.append(c)
    first.n_rows += second.n_rows - drop_rows
    if all(c.page == first.page for c in first.cells):
        for c in first.cells:
            c.page = None
