"""Text PDF → Document (pdfplumber).

Per page: ruled tables (the lines strategy), unruled tables where the words clearly form
columns (the text strategy, kept only when it yields a real multi-column grid), each with
a grid whose spans come from the cells' geometry; words outside tables grouped into lines
and paragraphs. A table continued on the next page (same columns, header maybe repeated)
becomes one Table with a page per cell. Pages without a text layer go to OCR; images on
text pages, and red rings drawn as vectors (an electronic seal), are handed to the seal
finder.

Boxes: ``(x0, top, x1, bottom)`` in PDF points, origin top-left (see parsers.model).
The steps are small functions: ``words → lines → paragraphs``, ``cell boxes → grid``.
"""
from __future__ import annotations

import logging
import os
import re
import statistics
from dataclasses import dataclass, field
from typing import Iterable, Optional, Sequence

from parsers.model import BBox, Cell, Document, Item, Page, Seal, Table, TextBlock
from parsers.native import decode_template_mark

log = logging.getLogger(__name__)

RULED = {"vertical_strategy": "lines", "horizontal_strategy": "lines",
         "snap_tolerance": 3, "join_tolerance": 3, "intersection_tolerance": 3}
UNRULED = {"vertical_strategy": "text", "horizontal_strategy": "text",
           "min_words_vertical": 3, "min_words_horizontal": 2, "text_x_tolerance": 3}

#: pixels per point when pages are rendered for seal detection
SEAL_RENDER_SCALE = 2.0
#: images smaller than this (points, either side) cannot be a seal
MIN_SEAL_IMAGE_PT = 40


# --- geometry ------------------------------------------------------------------------------

def _center_in(word: dict, box: BBox) -> bool:
    cx = (word["x0"] + word["x1"]) / 2
    cy = (word["top"] + word["bottom"]) / 2
    return box[0] - 1 <= cx <= box[2] + 1 and box[1] - 1 <= cy <= box[3] + 1


def _union(boxes: Iterable[BBox]) -> BBox:
    boxes = list(boxes)
    return (min(b[0] for b in boxes), min(b[1] for b in boxes),
            max(b[2] for b in boxes), max(b[3] for b in boxes))


def _cluster(values: Iterable[float], tol: float) -> list[float]:
    """Sorted representative coordinates: values closer than ``tol`` merge."""
    out: list[float] = []
    for v in sorted(values):
        if out and v - out[-1] <= tol:
            continue
        out.append(v)
    return out


def _index(coords: Sequence[float], v: float) -> int:
    return min(range(len(coords)), key=lambda i: abs(coords[i] - v))


# --- words → lines → paragraphs -----------------------------------------------------------

#: the start of a numbered item: 1. 1、 （1） (一) 一、 ① 二是 第三
_ENUMERATOR = re.compile(r"^\s*(\d{1,2}\s*(?:[.．](?!\d)|[、)）])|[（(]\s*[\d一二三四五六七八九十]{1,3}\s*[)）]|"
                         r"[一二三四五六七八九十]{1,3}\s*[、．.是]|[①-⑳]|第[一二三四五六七八九十]+[，、是])")
#: punctuation that Chinese typesetting never puts at the start of a line
_NO_LINE_START = set("”’」』）》〉】〕，。、；：！？…—%％)]}")
_ASCII_WORD = re.compile(r"[A-Za-z0-9%.,:;)\]]$")
_ASCII_START = re.compile(r"^[A-Za-z0-9(\[]")


@dataclass
class Line:
    words: list[dict] = field(default_factory=list)

    @property
    def x0(self) -> float:
        return min(w["x0"] for w in self.words)

    @property
    def x1(self) -> float:
        return max(w["x1"] for w in self.words)

    @property
    def top(self) -> float:
        return min(w["top"] for w in self.words)

    @property
    def bottom(self) -> float:
        return max(w["bottom"] for w in self.words)

    @property
    def size(self) -> float:
        return statistics.median(w.get("size") or (w["bottom"] - w["top"]) for w in self.words)

    @property
    def bbox(self) -> BBox:
        return (self.x0, self.top, self.x1, self.bottom)

    #: set by the page: the line is in larger type than the page's body text (a title)
    is_large: bool = False

    @property
    def text(self) -> str:
        parts: list[str] = []
        prev = None
        for w in sorted(self.words, key=lambda w: w["x0"]):
            if prev is not None:
                gap = w["x0"] - prev["x1"]
                size = w.get("size") or (w["bottom"] - w["top"])
                ascii_pair = _ASCII_WORD.search(prev["text"]) and _ASCII_START.search(w["text"])
                if w.get("space_before") or gap > 0.6 * size or (ascii_pair and gap > 0.15 * size):
                    parts.append(" ")
            parts.append(w["text"])
            prev = w
        return "".join(parts)


def words_to_lines(words: Iterable[dict]) -> list[Line]:
    """Words whose vertical extents overlap by half their height share a line."""
    lines: list[Line] = []
    for w in sorted(words, key=lambda w: (w["top"], w["x0"])):
        h = max(w["bottom"] - w["top"], 0.1)
        for line in reversed(lines[-3:]):
            overlap = min(line.bottom, w["bottom"]) - max(line.top, w["top"])
            if overlap >= 0.5 * min(h, line.bottom - line.top):
                line.words.append(w)
                break
        else:
            lines.append(Line([w]))
    lines.sort(key=lambda l: (l.top, l.x0))
    return lines


def _join(a: str, b: str) -> str:
    if a and b and a[-1].isascii() and a[-1].isalnum() and b[0].isascii() and b[0].isalnum():
        return a + " " + b
    return a + b


def _first_token_width(line: Line) -> float:
    """Width of what would have had to fit at the end of the previous line: one character
    for CJK text, the first word for Latin text and numbers."""
    first = min(line.words, key=lambda w: w["x0"])
    size = first.get("size") or (first["bottom"] - first["top"])
    text = first["text"]
    if text and not text[0].isascii():
        # a closing mark may not start a line: it travels with the character before it
        n = 1
        while n < len(text) and text[n] in _NO_LINE_START:
            n += 1
        return size * n
    return first["x1"] - first["x0"]


def lines_to_paragraphs(lines: list[Line], right: float, left: Optional[float]) -> list[list[Line]]:
    """Consecutive lines are one paragraph when the previous one was wrapped (the first
    token of the next would not have fit on it before ``right``), they sit close, and the
    next one is not indented (a Chinese paragraph starts with a two-character indent; no
    indent rule when ``left`` is None, as in centred table cells).
    Large-type lines (a title over two lines) join when they sit close."""
    paras: list[list[Line]] = []
    for line in lines:
        if paras:
            prev = paras[-1][-1]
            size = max(prev.size, 1.0)
            wrapped = prev.x1 + _first_token_width(line) >= right - 0.3 * size
            close = line.top - prev.bottom <= 0.8 * size
            indented = (left is not None and line.x0 > left + 1.5 * size) or _ENUMERATOR.match(line.text)
            same_size = abs(line.size - prev.size) <= 0.15 * size
            if close and same_size and ((wrapped and not indented) or prev.is_large):
                paras[-1].append(line)
                continue
        paras.append([line])
    return paras


def paragraph_text(lines: list[Line]) -> str:
    text = ""
    for line in lines:
        text = _join(text, line.text) if text else line.text
    return text


def words_to_text(words: list[dict], box: BBox) -> str:
    """The text inside a cell: wrapped lines joined, separate paragraphs on their own line."""
    lines = words_to_lines(words)
    if not lines:
        return ""
    left = min(l.x0 for l in lines)
    pad = min(max(left - box[0], 1.0), 10.0)  # the cell's padding, seen on its left side
    # layout engines wrap a little early (kerning, punctuation rules): the longest line
    # shows the width really used
    right = min(box[2] - pad, max(l.x1 for l in lines))
    paras = lines_to_paragraphs(lines, right=right, left=None)
    return "\n".join(paragraph_text(p) for p in paras)


# --- cell boxes → grid ------------------------------------------------------------------------

def _crosses_edge(word: dict, box: BBox) -> bool:
    """The word lies across the box's top or bottom line, inside its width."""
    mid = (word["x0"] + word["x1"]) / 2
    return box[0] <= mid <= box[2] and (word["top"] < box[1] < word["bottom"] - 1
                                        or word["top"] + 1 < box[3] < word["bottom"])


def cells_to_table(boxes: list[BBox], words: list[dict], page_number: int) -> Optional[Table]:
    """A Table from cell rectangles: the distinct edges make the grid, a rectangle covering
    several grid slots is a merged cell."""
    boxes = [b for b in boxes if b[2] - b[0] > 1 and b[3] - b[1] > 1]
    if len(boxes) < 2:
        return None
    xs = _cluster([b[0] for b in boxes] + [b[2] for b in boxes], tol=2.0)
    ys = _cluster([b[1] for b in boxes] + [b[3] for b in boxes], tol=2.0)
    if len(xs) < 2 or len(ys) < 2:
        return None
    remaining = list(words)
    cells: list[Cell] = []
    placed: list[tuple[BBox, list[dict]]] = []  # each cell's box and words, as cells
    taken: set[tuple[int, int]] = set()
    for b in sorted(boxes, key=lambda b: (b[1], b[0])):
        c0, c1 = _index(xs, b[0]), _index(xs, b[2])
        r0, r1 = _index(ys, b[1]), _index(ys, b[3])
        if c1 <= c0 or r1 <= r0 or (r0, c0) in taken:
            continue
        taken.update((r, c) for r in range(r0, r1) for c in range(c0, c1))
        inside = [w for w in remaining if _center_in(w, b)]
        if inside:
            ids = {id(w) for w in inside}
            remaining = [w for w in remaining if id(w) not in ids]
        cells.append(Cell(text=words_to_text(inside, b), row=r0, col=c0, row_span=r1 - r0,
                          col_span=c1 - c0, bbox=tuple(round(v, 2) for v in b)))
        placed.append((b, inside))
    # a word whose middle lies outside every cell (it overflows the table's outer ruling)
    # joins the cell below or above it that it overlaps most
    for w in remaining:
        mid = (w["x0"] + w["x1"]) / 2
        best = max(((min(w["bottom"], b[3]) - max(w["top"], b[1]), k) for k, (b, _) in enumerate(placed)
                    if b[0] <= mid <= b[2]), default=(0.0, -1))
        if best[0] > 0:
            b, ws = placed[best[1]]
            ws.append(w)
            cells[best[1]].text = words_to_text(ws, b)
    n_rows, n_cols = len(ys) - 1, len(xs) - 1
    return Table(cells=cells, n_rows=n_rows, n_cols=n_cols, page=page_number,
                 bbox=(xs[0], ys[0], xs[-1], ys[-1]))


def is_real_grid(table: Table) -> bool:
    """An unruled candidate is a table only when at least three rows, and half of all rows,
    have two or more filled columns (prose lines fill one)."""
    if table.n_cols < 2 or table.n_rows < 3:
        return False
    filled = [sum(1 for c in table.cells if c.row == r and c.text.strip()) for r in range(table.n_rows)]
    multi = sum(1 for f in filled if f >= 2)
    cols_used = {c.col for c in table.cells if c.text.strip()}
    return multi >= 3 and multi >= 0.5 * sum(1 for f in filled if f) and len(cols_used) >= 2


# --- one page ----------------------------------------------------------------------------------

def _words(page) -> list[dict]:
    """Words with their font size; ``space_before`` when a space character (which the word
    split drops) stood right before the word."""
    words = page.extract_words(x_tolerance=1.5, y_tolerance=2, keep_blank_chars=False,
                               extra_attrs=["size"])
    space_ends: dict[int, list[float]] = {}
    for c in page.chars:
        if c["text"].isspace():
            space_ends.setdefault(round(c["top"]), []).append(c["x1"])
    if space_ends:
        for w in words:
            t = round(w["top"])
            ends = space_ends.get(t, []) + space_ends.get(t - 1, []) + space_ends.get(t + 1, [])
            w["space_before"] = any(abs(x - w["x0"]) < 1.0 for x in ends)
    return words


def _tables(page, words: list[dict]) -> tuple[list[Table], list[dict]]:
    """Ruled tables, then unruled ones among the remaining words. Returns the tables and
    the words that lie outside all of them."""
    tables: list[Table] = []
    remaining = words
    for found in page.find_tables(RULED):
        box = found.bbox
        # (and words that run over its top or bottom ruling: a wrapped header printed in a
        # row too short for it, 年度任务（名 above the line and ） below it)
        inside = [w for w in remaining if _center_in(w, box) or _crosses_edge(w, box)]
        table = cells_to_table([tuple(c) for c in found.cells], inside, page.page_number)
        if table is None or (table.n_rows == 1 and table.n_cols == 1):
            continue  # a frame around text, not a table
        ids = {id(w) for w in inside}
        remaining = [w for w in remaining if id(w) not in ids]
        tables.append(table)
    if len(remaining) >= 6:
        ruled_boxes = [t.bbox for t in tables]
        sub = page.filter(lambda obj: not any(
            _center_in({"x0": obj.get("x0", 0), "x1": obj.get("x1", 0), "top": obj.get("top", 0),
                        "bottom": obj.get("bottom", 0)}, b) for b in ruled_boxes)) if ruled_boxes else page
        for found in sub.find_tables(UNRULED):
            box = found.bbox
            inside = [w for w in remaining if _center_in(w, box)]
            table = cells_to_table([tuple(c) for c in found.cells], inside, page.page_number)
            if table is None or not is_real_grid(table):
                continue
            _drop_empty_columns(table)
            ids = {id(w) for w in inside}
            remaining = [w for w in remaining if id(w) not in ids]
            tables.append(table)
    return tables, remaining


def _drop_empty_columns(table: Table) -> None:
    """The text strategy leaves empty gutters as columns; remove columns no cell starts in
    with text, and renumber."""
    used = sorted({c.col for c in table.cells if c.text.strip()})
    if len(used) == table.n_cols:
        return
    remap = {old: new for new, old in enumerate(used)}
    kept = []
    for c in table.cells:
        if c.col in remap:
            c.col = remap[c.col]
            c.col_span = 1
            kept.append(c)
    table.cells = kept
    table.n_cols = len(used)


def _blocks(words: list[dict], page_number: int) -> list[TextBlock]:
    lines = words_to_lines(words)
    if not lines:
        return []
    right = max(l.x1 for l in lines)
    left = min(l.x0 for l in lines)
    sizes = [l.size for l in lines]
    body_size = statistics.median(sizes)
    for line in lines:
        line.is_large = line.size >= 1.2 * body_size
    blocks = []
    for para in lines_to_paragraphs(lines, right=right, left=left):
        size = statistics.median(l.size for l in para)
        blocks.append(TextBlock(text=paragraph_text(para), page=page_number,
                                bbox=tuple(round(v, 2) for v in _union(l.bbox for l in para)),
                                role="title" if size >= 1.2 * body_size else "body"))
    return blocks


def _image_cover(page) -> float:
    area = max(float(page.width * page.height), 1.0)
    return max((max(0.0, float(i["x1"] - i["x0"])) * max(0.0, float(i["bottom"] - i["top"])) / area
                for i in page.images), default=0.0)


def _page_items(page, warnings: list[str]) -> list[Item]:
    words = _words(page)
    try:
        tables, rest = _tables(page, words)
    except Exception:  # a table finder failing on odd drawing: keep the page's text
        log.warning("table finding failed on page %d", page.page_number, exc_info=True)
        warnings.append(f"第{page.page_number}页的表格结构无法识别，已按文字读取，请人工核对")
        tables, rest = [], words
    items: list[Item] = [*tables, *_blocks(rest, page.page_number)]
    items.sort(key=lambda it: (it.bbox[1], it.bbox[0]) if it.bbox else (0, 0))
    return items


# --- across pages ------------------------------------------------------------------------------

_PAGE_NUMBER = re.compile(r"^[-—\s]*(第\s*\d+\s*页.*|\d+\s*/\s*\d+|\d+|[Pp]age\s*\d+.*)[-—\s]*$")


def mark_headers_footers(pages: list[list[Item]], heights: list[float]) -> None:
    """Blocks in the top/bottom tenth of a page that repeat on other pages (digits aside), or
    that are page numbers, are the running header/footer."""
    def key(b: TextBlock) -> str:
        return re.sub(r"\d+", "#", re.sub(r"\s+", "", b.text))

    counts: dict[str, int] = {}
    for items in pages:
        for k in {key(b) for b in items if isinstance(b, TextBlock)}:
            counts[k] = counts.get(k, 0) + 1
    for items, height in zip(pages, heights):
        for b in items:
            if not isinstance(b, TextBlock) or b.bbox is None:
                continue
            top_band = b.bbox[3] <= 0.1 * height
            bottom_band = b.bbox[1] >= 0.9 * height
            if not (top_band or bottom_band):
                continue
            if counts.get(key(b), 0) >= 2 or _PAGE_NUMBER.match(b.text):
                b.role = "header" if top_band else "footer"


def _column_edges(table: Table) -> list[float]:
    return _cluster([c.bbox[0] for c in table.cells if c.bbox] + [c.bbox[2] for c in table.cells if c.bbox], 2.0)


def _same_columns(a: Table, b: Table, width: float) -> bool:
    ea, eb = _column_edges(a), _column_edges(b)
    return len(ea) == len(eb) and all(abs(x - y) <= 0.02 * width for x, y in zip(ea, eb))


def _finish_broken_row(above: Table, below: Table, start: int) -> bool:
    """A row broken by the page end goes on at the top of the next page with only a few
    cells (…注册 | then 用户8.3万人。) and nothing in the first column: its text is
    appended to the row it continues. Returns whether it did."""
    if start >= below.n_rows or above.n_rows == 0:
        return False
    top = below.grid()[start]
    last = above.grid()[-1]
    filled = {k: c for k, c in enumerate(top) if c is not None and c.row == start and c.text.strip()}
    before = [k for k, c in enumerate(last) if c is not None and c.text.strip()]
    if not filled or 0 in filled or len(filled) * 2 > len(before) or any(
            last[k] is None or not last[k].text.strip() for k in filled):
        return False
    if any(c.row_span > 1 for c in filled.values()) or all(
            last[k].text.rstrip().endswith(("。", "；", ";", "！", "!", "）", ")")) for k in filled):
        return False  # (a text that ended its sentence was not cut by the page)
    for k, c in filled.items():
        last[k].text = last[k].text.rstrip() + c.text.strip()
    return True


def join_continued_tables(pages: list[list[Item]], widths: list[float]) -> None:
    """A table that ends a page and one that starts the next, with the same columns (or a
    repeated header), are one table: the second is appended to the first, in place. A table
    may run over several pages."""
    from parsers.native import append_table, is_continuation_mark, repeated_header_rows

    open_table: Optional[Table] = None  # the table that ends the previous page
    for n, items in enumerate(pages):
        body = [i for i in items if not (isinstance(i, TextBlock) and
                                         (i.role in ("header", "footer") or is_continuation_mark(i.text)))]
        if open_table is not None and body and isinstance(body[0], Table) \
                and body[0].n_cols == open_table.n_cols:
            first = body[0]
            drop = repeated_header_rows(open_table, first)
            if drop or _same_columns(open_table, first, widths[n]):
                if _finish_broken_row(open_table, first, drop):
                    drop += 1  # its text now ends the row it continues
                append_table(open_table, first, drop)
                items.remove(first)
                body = body[1:]
                if not body:
                    continue  # the table fills this page and may go on
        open_table = body[-1] if body and isinstance(body[-1], Table) else None


# --- seals and OCR -------------------------------------------------------------------------

def _render(pdf, page_number: int, region: Optional[BBox] = None, page_size=None):
    """The page (or a region of it, in points from the top-left) as an RGB image at
    SEAL_RENDER_SCALE. Regions are cut by the renderer, so only they are drawn."""
    page = pdf[page_number - 1]
    try:
        crop = (0, 0, 0, 0)
        if region is not None and page_size is not None:
            w, h = page_size
            crop = (region[0], h - region[3], w - region[2], region[1])  # left, bottom, right, top
        return page.render(scale=SEAL_RENDER_SCALE, crop=crop).to_pil().convert("RGB")
    finally:
        page.close()


def _picture_regions(page, min_side: float) -> list[BBox]:
    """Around each picture at least ``min_side`` points wide and high, a region twice its
    size (a seal finder made for pages wants paper around a seal), clipped to the page."""
    w, h = float(page.width), float(page.height)
    regions = []
    for i in page.images:
        x0, top, x1, bottom = float(i["x0"]), float(i["top"]), float(i["x1"]), float(i["bottom"])
        if x1 - x0 < min_side or bottom - top < min_side:
            continue
        mx, my = (x1 - x0) / 2, (bottom - top) / 2
        region = (max(0.0, x0 - mx), max(0.0, top - my), min(w, x1 + mx), min(h, bottom + my))
        if region not in regions:
            regions.append(region)
    return regions


def _is_red(color) -> bool:
    """A seal's red in any of the PDF colour spaces pdfplumber reports (RGB, CMYK)."""
    if not isinstance(color, (tuple, list)):
        return False
    try:
        c = [float(x) for x in color]
    except (TypeError, ValueError):
        return False
    if len(c) == 3:
        r, g, b = c
        return r >= 0.55 and g <= 0.45 and b <= 0.45 and r - max(g, b) >= 0.3
    if len(c) == 4:
        cy, m, y, k = c
        return m >= 0.55 and y >= 0.4 and cy <= 0.35 and k <= 0.5
    return False


#: a seal drawn as vectors (an electronic seal, 电子签章) is a red ring 30-60 mm across
VECTOR_SEAL_PT = (60.0, 200.0)


def _vector_seal_regions(page) -> list[BBox]:
    """Around each red ring drawn as vectors, a region twice its size, as for pictures."""
    w, h = float(page.width), float(page.height)
    regions: list[BBox] = []
    for obj in list(page.curves) + list(page.rects):
        x0, top, x1, bottom = (float(obj[k]) for k in ("x0", "top", "x1", "bottom"))
        side_w, side_h = x1 - x0, bottom - top
        if not (VECTOR_SEAL_PT[0] <= min(side_w, side_h) and max(side_w, side_h) <= VECTOR_SEAL_PT[1]):
            continue
        if not 0.8 <= side_w / max(side_h, 1e-6) <= 1.25:
            continue
        if not (_is_red(obj.get("stroking_color")) or (obj.get("fill") and _is_red(obj.get("non_stroking_color")))):
            continue
        mx, my = side_w / 2, side_h / 2
        region = (max(0.0, x0 - mx), max(0.0, top - my), min(w, x1 + mx), min(h, bottom + my))
        if not any(_overlaps(region, r) for r in regions):
            regions.append(region)
    return regions


def _may_hold_qr(page) -> bool:
    """A picture, or the hundreds of small squares a QR code drawn as vectors is made of."""
    return bool(page.images) or sum(1 for r in page.rects if r["width"] < 12 and r["height"] < 12) >= 100


def _overlaps(a: BBox, b: BBox) -> bool:
    return min(a[2], b[2]) > max(a[0], b[0]) and min(a[3], b[3]) > max(a[1], b[1])


def _seals_in_region(image, region: BBox, page_number: int, find_seals) -> list[Seal]:
    """Seals in a rendered region; the finder's pixel boxes are turned back into points."""
    import cv2
    import numpy as np

    bgr = cv2.cvtColor(np.asarray(image), cv2.COLOR_RGB2BGR)
    k = 1 / SEAL_RENDER_SCALE
    return [Seal(page=page_number, text=s.text, confidence=s.confidence,
                 bbox=(round(region[0] + s.bbox[0] * k, 2), round(region[1] + s.bbox[1] * k, 2),
                       round(region[0] + s.bbox[2] * k, 2), round(region[1] + s.bbox[3] * k, 2))
                 if s.bbox else None)
            for s in find_seals(bgr)]


#: a printed template mark is smaller than a seal but not tiny
MIN_QR_PT = 15


def _scan_page_pictures(path: str, page, doc: Document, find_seals) -> None:
    """Seals (when a seal finder is installed) and the template mark's QR code on a text page,
    rendering only the regions around its pictures (the whole page for a QR code drawn as
    vectors, or a page turned by /Rotate, whose picture boxes are in displayed coordinates)."""
    import pypdfium2 as pdfium

    n = page.page_number
    want_mark = not doc.properties.get("wcr_mark") and _may_hold_qr(page)
    vector_seals = _vector_seal_regions(page) if find_seals else []
    if not want_mark and not (find_seals and (page.images or vector_seals)):
        return
    size = (float(page.width), float(page.height))
    turned = (page.rotation or 0) % 360 != 0
    pdf = pdfium.PdfDocument(path)
    try:
        if turned or not (page.images or vector_seals):
            shown = size if (page.rotation or 0) % 180 == 0 else (size[1], size[0])
            images = [((0.0, 0.0, *shown), _render(pdf, n))]
        else:
            regions = _picture_regions(page, MIN_QR_PT if want_mark else MIN_SEAL_IMAGE_PT)
            regions += [r for r in vector_seals if not any(_overlaps(r, q) for q in regions)]
            images = [(r, _render(pdf, n, r, size)) for r in regions]
    finally:
        pdf.close()
    for region, image in images:
        if want_mark and not doc.properties.get("wcr_mark"):
            mark = decode_template_mark(image)
            if mark:
                doc.properties["wcr_mark"] = mark
        if not find_seals:
            continue
        for seal in _seals_in_region(image, region, n, find_seals):
            if not any(s.page == n and s.bbox and seal.bbox and _overlaps(seal.bbox, s.bbox) for s in doc.seals):
                doc.seals.append(seal)


def _ocr_pages(path: str, numbers: list[int], doc: Document, page_items: dict[int, list[Item]]) -> None:
    try:
        from parsers.ocr import TEMPLATE_MARK_PREFIX, read_pdf_pages
    except ImportError as e:
        log.info("OCR unavailable for scanned pages of %s: %s", path, e)
        listed = "、".join(str(n) for n in numbers)
        doc.warnings.append(f"第{listed}页是扫描图像（没有文字层），服务器缺少文字识别组件，这些页未能读取")
        return
    for r in read_pdf_pages(path, numbers):
        doc.pages[r.page.number - 1] = r.page
        page_items[r.page.number] = list(r.items)
        doc.seals.extend(r.seals)
        doc.warnings.extend(r.warnings)
        # a printed form's QR code on a scanned page of a mixed PDF is the template mark too
        mark = next((m for m in r.marks if m.startswith(TEMPLATE_MARK_PREFIX)), None)
        if mark and not doc.properties.get("wcr_mark"):
            doc.properties["wcr_mark"] = mark


# --- entry point ----------------------------------------------------------------------------

def parse_pdf_text(path, *, limits=None) -> Document:
    import pdfplumber

    from parsers.detect import MAX_UNREADABLE_SHARE, is_unreadable_char, pdf_page_is_scan
    from parsers.native import load_seal_finder

    path = os.fspath(path)
    doc = Document(kind="pdf-text")
    page_items: dict[int, list[Item]] = {}
    scans: list[int] = []
    find_seals = None
    # our own handle: pdfplumber leaves the file it opened open when the PDF is unreadable
    with open(path, "rb") as fh, pdfplumber.open(fh) as pdf:
        if limits is not None:
            from parsers.limits import check_pages
            check_pages(len(pdf.pages), limits)
        doc.properties = {k.lower(): str(v) for k, v in (pdf.metadata or {}).items()
                          if isinstance(v, (str, int, float)) and str(v).strip()}
        for page in pdf.pages:
            n = page.page_number
            width, height = float(page.width), float(page.height)
            if (page.rotation or 0) % 180 == 90:
                # pdfplumber gives words in the page as displayed (turned), the size unturned
                width, height = height, width
            doc.pages.append(Page(number=n, width=width, height=height, unit="pt"))
            visible = [c["text"] for c in page.chars if c["text"].strip() or is_unreadable_char(c["text"])]
            unreadable = sum(1 for t in visible if is_unreadable_char(t)) / max(len(visible), 1)
            if pdf_page_is_scan(len(visible), _image_cover(page) if visible else 1.0, unreadable):
                if unreadable > MAX_UNREADABLE_SHARE:
                    doc.warnings.append(f"第{n}页的文字无法直接读取（字体缺少编码），改用文字识别")
                scans.append(n)
                page_items[n] = []
                continue
            page_items[n] = _page_items(page, doc.warnings)
            if find_seals is None and (page.images or _vector_seal_regions(page)):
                find_seals = load_seal_finder() or False  # (loaded only for a page that may hold one)
            try:
                _scan_page_pictures(path, page, doc, find_seals)
            except Exception:  # one bad image must not lose the page's text
                log.warning("seal/mark detection failed on page %d of %s", n, path, exc_info=True)
                doc.warnings.append(f"第{n}页的图片无法检查公章，请人工核对")
        widths = [p.width or 0.0 for p in doc.pages]
        heights = [p.height or 0.0 for p in doc.pages]
    if scans:
        _ocr_pages(path, scans, doc, page_items)
    ordered = [page_items[p.number] for p in doc.pages]
    mark_headers_footers(ordered, heights)
    join_continued_tables(ordered, widths)
    doc.items = [item for items in ordered for item in items]
    if find_seals is None:
        find_seals = load_seal_finder() or False
    if doc.seals:
        doc.stamped = True
    elif find_seals:
        doc.stamped = False
    return doc
