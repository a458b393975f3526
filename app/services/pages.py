"""Page images for the review screen, rendered once and cached beside the original.

* PDFs are rendered page by page with poppler's ``pdftoppm``;
* Word/WPS/Excel files are converted to PDF with LibreOffice once (cached), then rendered;
* images are shown upright (EXIF orientation applied) as PNG.

Evidence boxes are returned as percentages of the page (left, top, width, height), so the
highlight is right at any zoom. A box is in the units of its page as extraction saw it: PDF
points for text PDFs, pixels of the rendering at ``SCAN_DPI`` for scanned PDFs, image pixels
for photos (see parsers/model.py). Word/Excel values carry no box; ``evidence_boxes`` finds
their evidence text on the LibreOffice PDF (``parsers.locate``), once, cached as JSON beside
it."""
from __future__ import annotations

import fcntl
import json
import logging
import os
import re
import shutil
import subprocess
import tempfile
from contextlib import contextmanager
from pathlib import Path
from typing import Optional

from app.models import Document
from app.services import ServiceError
from app.storage import get_storage

log = logging.getLogger(__name__)

DISPLAY_DPI = 110
#: the resolution the OCR parsers render scanned PDF pages at (bbox pixels of that rendering)
SCAN_DPI = 200
CONVERT_KINDS = {"docx", "doc", "wps", "xlsx", "xls", "et"}
_EXT = {"docx": "docx", "doc": "doc", "wps": "wps", "xlsx": "xlsx", "xls": "xls", "et": "et"}


def _scan_dpi() -> int:
    """The parsers' render resolution, if they publish one; else our constant."""
    try:
        from parsers.ocr import RENDER_DPI  # type: ignore[attr-defined]

        return int(RENDER_DPI)
    except Exception:
        return SCAN_DPI


@contextmanager
def _locked(path: Path):
    with open(path, "a+") as f:
        fcntl.flock(f, fcntl.LOCK_EX)
        try:
            yield
        finally:
            fcntl.flock(f, fcntl.LOCK_UN)


def needs_conversion(doc: Document) -> bool:
    """Word/Excel files are shown through a LibreOffice PDF made on first view."""
    return doc.kind in CONVERT_KINDS


def _pdf_for(doc: Document) -> Optional[Path]:
    """The PDF to render for this document (the original, or its LibreOffice conversion)."""
    storage = get_storage()
    src = storage.local_path(doc.storage_key)
    if doc.kind in ("pdf-text", "pdf-scan"):
        return src
    if doc.kind not in CONVERT_KINDS:
        return None
    cache = storage.cache_dir(doc.storage_key)
    out = cache / "converted.pdf"
    if out.exists():
        return out
    # one conversion at a time, with one kept LibreOffice profile (its first start is slow)
    profile = cache.parent / "libreoffice-profile"
    with _locked(cache.parent / ".libreoffice.lock"):
        if out.exists():
            return out
        if not shutil.which("soffice"):
            raise ServiceError("服务器未安装 LibreOffice，无法显示 Word/Excel 原件页面，请下载原件查看")
        with tempfile.TemporaryDirectory(prefix="wcr-lo-") as tmp:
            tmp_path = Path(tmp)
            named = tmp_path / f"source.{_EXT[doc.kind]}"
            shutil.copyfile(src, named)
            cmd = ["soffice", f"-env:UserInstallation={profile.as_uri()}", "--headless",
                   "--norestore", "--nolockcheck", "--convert-to", "pdf", "--outdir", str(tmp_path),
                   str(named)]
            try:
                subprocess.run(cmd, check=True, timeout=180, capture_output=True)
            except (subprocess.SubprocessError, OSError) as e:
                log.warning("LibreOffice conversion of document %s failed: %s", doc.id, e)
                raise ServiceError("原件转换为页面图像失败，请下载原件查看") from e
            produced = tmp_path / "source.pdf"
            if not produced.exists():
                raise ServiceError("原件转换为页面图像失败，请下载原件查看")
            shutil.move(str(produced), out)
    return out


def _pdf_page_sizes(pdf: Path) -> list[tuple[float, float]]:
    """(width, height) in points of every page, rotation applied."""
    try:
        out = subprocess.run(["pdfinfo", "-f", "1", "-l", "9999", str(pdf)], check=True,
                             capture_output=True, timeout=60, text=True).stdout
    except (subprocess.SubprocessError, OSError) as e:
        raise ServiceError("无法读取 PDF 页面信息，请下载原件查看") from e
    sizes = []
    rots = {int(m.group(1)): int(m.group(2))
            for m in re.finditer(r"Page\s+(\d+) rot:\s+(\d+)", out)}
    for m in re.finditer(r"Page\s+(\d+) size:\s+([\d.]+) x ([\d.]+)", out):
        w, h = float(m.group(2)), float(m.group(3))
        if rots.get(int(m.group(1)), 0) % 180 == 90:
            w, h = h, w
        sizes.append((w, h))
    return sizes


def _image_frames(doc: Document) -> int:
    from PIL import Image

    with Image.open(get_storage().local_path(doc.storage_key)) as img:
        return getattr(img, "n_frames", 1)


def _image_upright(doc: Document, page: int = 1):
    """Page ``page`` of an image file (a TIFF may hold several), EXIF orientation applied."""
    from PIL import Image, ImageOps

    with Image.open(get_storage().local_path(doc.storage_key)) as img:
        img.seek(page - 1)
        return ImageOps.exif_transpose(img).copy()


def page_sizes(doc: Document) -> list[tuple[float, float]]:
    """Each page's size in the units extraction's boxes use."""
    storage = get_storage()
    cache = storage.cache_dir(doc.storage_key)
    marker = cache / "sizes.txt"
    if marker.exists():
        return [tuple(map(float, line.split())) for line in marker.read_text().split("\n") if line]
    if doc.kind == "image":
        try:
            sizes = [tuple(float(x) for x in _image_upright(doc, n).size)
                     for n in range(1, _image_frames(doc) + 1)]
        except Exception as e:
            raise ServiceError("无法显示该图片，请下载原件查看") from e
    else:
        pdf = _pdf_for(doc)
        if pdf is None:
            return []
        sizes = _pdf_page_sizes(pdf)
        if doc.kind == "pdf-scan":
            k = _scan_dpi() / 72
            sizes = [(w * k, h * k) for w, h in sizes]
    marker.write_text("\n".join(f"{w} {h}" for w, h in sizes))
    return sizes


def page_count(doc: Document) -> int:
    return len(page_sizes(doc))


def page_png(doc: Document, page: int) -> Path:
    """A PNG of page ``page`` (1-based), rendered once."""
    n = page_count(doc)
    if not 1 <= page <= n:
        raise ServiceError("没有这一页", 404)
    cache = get_storage().cache_dir(doc.storage_key)
    out = cache / f"page-{page}.png"
    if out.exists():
        return out
    with _locked(cache / f".page-{page}.lock"):
        if out.exists():
            return out
        if doc.kind == "image":
            img = _image_upright(doc, page)
            img.thumbnail((2000, 2000))
            tmp = cache / f".page-{page}.tmp.png"
            img.convert("RGB").save(tmp, "PNG")
            os.replace(tmp, out)
            return out
        pdf = _pdf_for(doc)
        prefix = cache / f".render-{page}"
        try:
            subprocess.run(["pdftoppm", "-r", str(DISPLAY_DPI), "-f", str(page), "-l", str(page),
                            "-png", "-singlefile", str(pdf), str(prefix)],
                           check=True, capture_output=True, timeout=120)
        except (subprocess.SubprocessError, OSError) as e:
            raise ServiceError("页面图像生成失败，请下载原件查看") from e
        os.replace(f"{prefix}.png", out)
    return out


def box_percent(doc: Document, page: Optional[int], bbox: Optional[list]) -> Optional[list[float]]:
    """[left, top, width, height] in percent of the page, or None when not locatable."""
    if not (page and bbox) or doc.kind in CONVERT_KINDS:
        return None  # flow formats have no positions (parsers give bbox=None)
    try:
        sizes = page_sizes(doc)
    except ServiceError:
        return None
    if not 1 <= page <= len(sizes):
        return None
    w, h = sizes[page - 1]
    x0, top, x1, bottom = bbox
    return [round(100 * x0 / w, 2), round(100 * top / h, 2),
            round(100 * (x1 - x0) / w, 2), round(100 * (bottom - top) / h, 2)]


def _percent(size: tuple[float, float], bbox) -> list[float]:
    w, h = size
    x0, top, x1, bottom = bbox
    return [round(100 * x0 / w, 2), round(100 * top / h, 2),
            round(100 * (x1 - x0) / w, 2), round(100 * (bottom - top) / h, 2)]


#: words of a total row: a return's figure for the city is its table's total, so a bare figure
#: that stands in several cells is looked for first in a row labelled like this
TOTAL_ROW_WORDS = "全市合计总计"


def _context(doc: Document, indicator_id: str) -> str:
    """Text expected beside a value's evidence: the indicator's names, the department, a
    total row's label (parsers.locate weighs the row label and column header against it)."""
    from app.catalog import get_catalog

    try:
        ind = get_catalog().indicator(indicator_id)
        names = [ind.name, *ind.aliases]
    except KeyError:
        names = []
    return " ".join([*names, doc.unit or "", TOTAL_ROW_WORDS])


def evidence_boxes(doc: Document) -> dict[str, dict]:
    """For a Word/Excel return, ``{indicator id: {"page": n, "box": [left, top, width,
    height]}}`` (percent of the page, as ``box_percent``) of each value whose evidence text
    was found on the converted PDF; {} for other kinds. Converts the file if not done yet.
    The located boxes (PDF points) are cached in ``evidence.json`` beside ``converted.pdf``,
    keyed by evidence text and context, so a re-extraction with new texts locates again."""
    if doc.kind not in CONVERT_KINDS:
        return {}
    values = [v for v in doc.values if (v.text or "").strip()]
    if not values:
        return {}
    pdf = _pdf_for(doc)
    cache = pdf.parent / "evidence.json"
    queries = [(v.text, _context(doc, v.indicator_id)) for v in values]
    keys = [f"{t}\x1f{c}" for t, c in queries]
    with _locked(pdf.parent / ".evidence.lock"):
        try:
            located = json.loads(cache.read_text("utf-8")) if cache.exists() else {}
        except ValueError:
            located = {}
        if any(k not in located for k in keys):
            from parsers.errors import ParseError
            from parsers.locate import locate
            try:
                found = locate(pdf, queries)
            except ParseError as e:
                log.warning("evidence of document %s not located: %s", doc.id, e)
                return {}
            located = {k: (list(hit) if hit else None) for k, hit in zip(keys, found)}
            tmp = cache.with_suffix(".tmp")
            tmp.write_text(json.dumps(located, ensure_ascii=False), "utf-8")
            os.replace(tmp, cache)
    try:
        sizes = page_sizes(doc)
    except ServiceError:
        return {}
    out = {}
    for v, k in zip(values, keys):
        hit = located.get(k)
        if hit and 1 <= hit[0] <= len(sizes):
            out[v.indicator_id] = {"page": hit[0], "box": _percent(sizes[hit[0] - 1], hit[1])}
    return out
