"""One page image in, the document model's pieces out:

    page ─ prepare (flatten, upright, level) ─ seals (red) ─ grey without red, lighting evened
         ─ ruled grids ─ cells read one by one ─ text outside tables read by bands
         ─ boxes mapped back to the page the reviewer sees

``read_page`` is the only entry; everything else here is a small step.
"""
from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field
from typing import Optional

import cv2
import numpy as np

from parsers.model import Cell, Item, Page, Seal, Table, TextBlock
from parsers.ocr import geometry as geo
from parsers.ocr.engines import OcrEngine, OcrLine
from parsers.ocr.prepare import PreparedPage, prepare_page, red_to_grey
from parsers.ocr.seal import find_seals_in_bgr, is_greyscale, red_mask, remove_red
from parsers.ocr.punctuation import cjk_punctuation
from parsers.ocr.table import Grid, find_grids

#: a reading below this is shown to the reviewer as needing a check
LOW_CONFIDENCE = 0.8
#: share of a page's text below LOW_CONFIDENCE that earns a page warning
LOW_SHARE = 0.25
#: inner margin of a cell crop, pixels (keeps the rulings out)
CELL_MARGIN = 4
#: confidence of a figure whose two readings disagree
DISAGREEMENT_CONFIDENCE = 0.5


@dataclass
class PageResult:
    page: Page
    items: list[Item]
    seals: list[Seal]
    warnings: list[str]
    marks: list[str] = field(default_factory=list)  # decoded QR payloads


def ink_box(grey: np.ndarray, min_h: int = 4) -> Optional[tuple[int, int, int, int]]:
    """Box around the real ink of a crop (specks and dust ignored), or None if blank."""
    if grey.size == 0:
        return None
    dark = (grey < 150).astype(np.uint8)
    n, labels, stats, _ = cv2.connectedComponentsWithStats(dark, connectivity=8)
    # (a long thin stroke is ink too: 一 of 一季度 is a character, not a speck)
    keep = [i for i in range(1, n)
            if stats[i, cv2.CC_STAT_HEIGHT] >= min_h or stats[i, cv2.CC_STAT_AREA] >= 3 * min_h * min_h
            or stats[i, cv2.CC_STAT_WIDTH] >= 2.5 * min_h]
    if not keep:
        return None
    # hysteresis: the fainter strokes joined to real ink belong to it (a photographed "2"
    # whose thin diagonal and foot are lighter than its bowl), specks on their own do not
    light = (grey < 200).astype(np.uint8)
    ln, llabels, lstats, _ = cv2.connectedComponentsWithStats(light, connectivity=8)
    seeds = np.isin(labels, keep)
    grown = [j for j in np.unique(llabels[seeds]) if j]
    x0 = min(lstats[j, 0] for j in grown)
    y0 = min(lstats[j, 1] for j in grown)
    x1 = max(lstats[j, 0] + lstats[j, 2] for j in grown)
    y1 = max(lstats[j, 1] + lstats[j, 3] for j in grown)
    return int(x0), int(y0), int(x1), int(y1)


def pad_white(grey: np.ndarray, pad: int) -> np.ndarray:
    return cv2.copyMakeBorder(grey, pad, pad, pad, pad, cv2.BORDER_CONSTANT, value=255)


def cell_crop(grey: np.ndarray, rulings: np.ndarray, box: geo.BBox, glyph: float
              ) -> Optional[tuple[np.ndarray, bool]]:
    """The ink of one cell ready for the engine, and whether it is a single line; None for
    a blank cell. Cropped inside the rulings, ruling remnants wiped, trimmed to the ink and
    padded with paper."""
    x0, y0, x1, y1 = (int(v) for v in box)
    m = CELL_MARGIN
    crop = grey[y0 + m:y1 - m, x0 + m:x1 - m].copy()
    if crop.size == 0:
        return None
    crop[rulings[y0 + m:y1 - m, x0 + m:x1 - m] > 0] = 255
    ib = ink_box(crop, max(4, int(glyph * 0.25)))
    if ib is None:
        return None
    bx0, by0, bx1, by1 = ib
    pad = max(6, int(glyph * 0.3))
    return pad_white(crop[by0:by1, bx0:bx1], pad), (by1 - by0) <= glyph * 1.6


def read_cells(grey: np.ndarray, rulings: np.ndarray, boxes: list[geo.BBox], glyph: float,
               engine: OcrEngine) -> list[tuple[str, float]]:
    """Text and confidence of each cell. One-line cells go straight to the recogniser,
    taller ones through detection; a blank cell is ("", 1.0), ink the engine could not
    read ("", 0.3) so a reviewer looks at it."""
    out: list[tuple[str, float]] = [("", 1.0)] * len(boxes)
    crops = [cell_crop(grey, rulings, b, glyph) for b in boxes]
    for single in (True, False):
        idx = [i for i, c in enumerate(crops) if c is not None and c[1] == single]
        if not idx:
            continue
        for i, (text, conf) in zip(idx, engine.recognize_many([crops[i][0] for i in idx], single_line=single)):
            out[i] = (text.strip(), conf) if text.strip() else ("", 0.3)
    return second_read_figures(out, crops, engine)


_SEPARATOR = re.compile(r"(?<=\d)[.,，。·](?=\d)")
_THOUSANDS_LIKE = re.compile(r"\d[.,，。·]\d{3}(?!\d)")
#: text lower than this (pixels) is too small to tell a comma from a point
MIN_SEPARATOR_TEXT_PX = 16
#: confidence of a figure whose separator could be a thousands comma or a decimal point
AMBIGUOUS_CONFIDENCE = 0.85


def separator_glyph(crop: np.ndarray) -> Optional[str]:
    """"," or "." for the one mark sitting on the baseline between the characters of a
    one-line crop, told by its shape: a comma hangs below the baseline, a point does not.
    None when there is no such mark or more than one."""
    dark = (crop < 128).astype(np.uint8)
    n, _, stats, _ = cv2.connectedComponentsWithStats(dark, connectivity=8)
    if n < 3:
        return None
    hs = stats[1:, cv2.CC_STAT_HEIGHT]
    tall = [i for i in range(1, n) if stats[i, cv2.CC_STAT_HEIGHT] >= 0.6 * hs.max()]
    h = float(np.median([stats[i, cv2.CC_STAT_HEIGHT] for i in tall]))
    if h < MIN_SEPARATOR_TEXT_PX:
        return None  # too small to see a comma's tail
    base = float(np.median([stats[i, cv2.CC_STAT_TOP] + stats[i, cv2.CC_STAT_HEIGHT] for i in tall]))
    left = min(stats[i, cv2.CC_STAT_LEFT] for i in tall)
    right = max(stats[i, cv2.CC_STAT_LEFT] + stats[i, cv2.CC_STAT_WIDTH] for i in tall)
    marks = [i for i in range(1, n)
             if stats[i, cv2.CC_STAT_HEIGHT] <= 0.4 * h and stats[i, cv2.CC_STAT_WIDTH] <= 0.4 * h
             and stats[i, cv2.CC_STAT_AREA] >= 0.004 * h * h
             and stats[i, cv2.CC_STAT_TOP] >= base - 0.35 * h
             and left < stats[i, cv2.CC_STAT_LEFT] < right]
    if len(marks) != 1:
        return None
    bottom = stats[marks[0], cv2.CC_STAT_TOP] + stats[marks[0], cv2.CC_STAT_HEIGHT]
    return "," if bottom > base + 0.12 * h else "."


def check_separator(text: str, crop: np.ndarray) -> tuple[str, bool]:
    """A figure's one separator as the glyph shows it ("2,039" read as "2.039" is a thousand
    times off), and whether the glyph backs the reading. A separator before exactly three
    digits that the glyph cannot confirm is ambiguous; other text is returned as it is."""
    found = _SEPARATOR.findall(text)
    if len(found) != 1:
        return text, True
    glyph = separator_glyph(crop)
    if glyph is None:
        return text, not _THOUSANDS_LIKE.search(text)
    if unicodedata.normalize("NFKC", found[0]) in (glyph, "。" if glyph == "." else ","):
        return text, True
    return _SEPARATOR.sub(glyph, text), True


def _same_reading(a: str, b: str) -> bool:
    norm = lambda t: unicodedata.normalize("NFKC", t).replace(" ", "")  # noqa: E731
    return norm(a) == norm(b)


def second_read_figures(out: list[tuple[str, float]], crops: list, engine: OcrEngine,
                        scale: float = 1.5) -> list[tuple[str, float]]:
    """Figures are what reviewers must be able to trust: every one-line cell holding a digit
    is read a second time from the crop enlarged; when the two readings differ, the cell
    keeps the surer one but its confidence drops below the review line."""
    idx = [i for i, (text, _) in enumerate(out)
           if crops[i] is not None and crops[i][1] and any(ch.isdigit() for ch in text)]
    if not idx:
        return out
    big = [cv2.resize(crops[i][0], None, fx=scale, fy=scale, interpolation=cv2.INTER_CUBIC) for i in idx]
    out = list(out)
    for i, (text2, conf2) in zip(idx, engine.recognize_many(big, single_line=True)):
        text1, conf1 = out[i]
        if not _same_reading(text1, text2.strip()):
            best = text1 if conf1 >= conf2 or not text2.strip() else text2.strip()
            out[i] = (best, min(conf1, conf2, DISAGREEMENT_CONFIDENCE))
        text, backed = check_separator(out[i][0], crops[i][0])
        out[i] = (text, out[i][1] if backed else min(out[i][1], AMBIGUOUS_CONFIDENCE))
    return out


def grid_to_table(grid: Grid, grey: np.ndarray, rulings: np.ndarray, glyph: float,
                  engine: OcrEngine, prepared: PreparedPage) -> Table:
    read = read_cells(grey, rulings, [gc.bbox for gc in grid.cells], glyph, engine)
    cells = [Cell(text=cjk_punctuation(text), row=gc.row, col=gc.col, row_span=gc.row_span, col_span=gc.col_span,
                  bbox=prepared.box_to_page(gc.bbox), confidence=round(float(conf), 3), from_ocr=True)
             for gc, (text, conf) in zip(grid.cells, read)]
    return Table(cells=cells, n_rows=grid.n_rows, n_cols=grid.n_cols, page=prepared.number,
                 bbox=prepared.box_to_page(grid.bbox))


def ink_bands(grey: np.ndarray, glyph: float) -> list[tuple[int, int]]:
    """Horizontal bands of the page holding ink, split at blank gaps of a line or more."""
    dark = (grey < 150).astype(np.uint8)
    dark = cv2.morphologyEx(dark, cv2.MORPH_OPEN, np.ones((3, 3), np.uint8))  # specks are not text
    rows = dark.sum(axis=1) > 0
    gap = max(8, int(glyph * 1.2))
    bands: list[list[int]] = []
    y = 0
    h = len(rows)
    while y < h:
        if rows[y]:
            start = y
            blank = 0
            while y < h and blank < gap:
                blank = 0 if rows[y] else blank + 1
                y += 1
            bands.append([start, y - blank])
        y += 1
    pad = max(6, int(glyph * 0.5))
    return [(max(0, a - pad), min(h, b + pad)) for a, b in bands if b - a >= 4]


def outside_lines(grey: np.ndarray, grids: list[Grid], glyph: float, engine: OcrEngine) -> list[OcrLine]:
    """Text lines outside the tables, read band by band (keeps the detector's input small)."""
    rest = grey.copy()
    for g in grids:
        x0, y0, x1, y1 = (int(v) for v in g.bbox)
        rest[max(0, y0 - 8):y1 + 9, max(0, x0 - 8):x1 + 9] = 255
    lines: list[OcrLine] = []
    pad = max(8, int(glyph))
    for a, b in ink_bands(rest, glyph):
        cols = np.nonzero((rest[a:b] < 150).sum(axis=0) > 1)[0]
        if len(cols) == 0:
            continue
        l, r = max(0, int(cols[0]) - pad), min(rest.shape[1], int(cols[-1]) + pad)
        for line in engine.recognize_lines(rest[a:b, l:r]):
            if line.text.strip():
                x0, y0, x1, y1 = line.box
                lines.append(OcrLine(line.text.strip(), (x0 + l, y0 + a, x1 + l, y1 + a), line.confidence))
    return lines


def line_role(line: OcrLine, grey: np.ndarray, glyph: float) -> str:
    """"title" for a line set clearly bigger than the body text, centred, in the top third."""
    x0, y0, x1, y1 = (int(v) for v in line.box)
    h, w = grey.shape[:2]
    ib = ink_box(grey[max(0, y0):y1, max(0, x0):x1])
    if ib is None:
        return "body"
    centred = abs((x0 + x1) / 2 - w / 2) < w * 0.12
    big = (ib[3] - ib[1]) >= 1.3 * glyph
    return "title" if centred and big and y1 < h / 3 else "body"


def decode_qr(bgr: np.ndarray) -> list[tuple[str, np.ndarray]]:
    """Payload and corner points (4×2, page pixels) of each QR code on the page; the
    service's template mark is one of them."""
    try:
        import zxingcpp
    except ImportError:
        return []
    grey = cv2.cvtColor(bgr, cv2.COLOR_BGR2GRAY) if bgr.ndim == 3 else bgr
    try:
        found = zxingcpp.read_barcodes(grey, formats=zxingcpp.BarcodeFormat.QRCode)
    except Exception:  # noqa: BLE001 - a decoder failure must not lose the page
        return []
    out = []
    for r in found:
        p = r.position
        pts = np.array([[p.top_left.x, p.top_left.y], [p.top_right.x, p.top_right.y],
                        [p.bottom_right.x, p.bottom_right.y], [p.bottom_left.x, p.bottom_left.y]], float)
        out.append((r.text, pts))
    return out


def wipe_quads(image: np.ndarray, quads: list[np.ndarray], grow: float = 0.12) -> np.ndarray:
    """Paint each quadrilateral (grown a little, for the quiet zone) paper white."""
    if not quads:
        return image
    out = image.copy()
    for q in quads:
        c = q.mean(axis=0)
        big = (c + (q - c) * (1 + grow)).astype(np.int32)
        cv2.fillConvexPoly(out, big, (255, 255, 255) if out.ndim == 3 else 255)
    return out


def read_page(bgr: np.ndarray, number: int, engine: OcrEngine, *, photo: bool = False) -> PageResult:
    """OCR one page image (BGR, as the reviewer sees it) into pieces of the model."""
    ph, pw = bgr.shape[:2]
    qr = decode_qr(bgr)
    prepared = prepare_page(bgr, number, engine, photo=photo)
    # QR codes are marks, not text: keep them out of the seal, grid and text finders
    to_work = np.linalg.inv(prepared.to_page)
    img = wipe_quads(prepared.image, [geo.map_points(to_work, pts) for _, pts in qr])
    warnings = list(prepared.warnings)

    seals = find_seals_in_bgr(img, number, engine)
    seal_boxes = [s.bbox for s in seals]
    for s in seals:
        s.bbox = prepared.box_to_page(s.bbox)
    grey = remove_red(red_to_grey(img), red_mask(img))
    grey = geo.even_lighting(grey)

    glyph = geo.glyph_size(geo.grey_to_ink(grey, 31, 15))
    # red seals are gone from the grey image; a seal on a black-and-white scan is not, and its
    # ring must not pass for rulings
    grids, rulings = find_grids(grey, exclude=seal_boxes if is_greyscale(img) else [])
    rulings = cv2.dilate(rulings, np.ones((3, 3), np.uint8))
    placed: list[tuple[float, Item]] = []
    for g in grids:
        placed.append((g.bbox[1], grid_to_table(g, grey, rulings, glyph, engine, prepared)))
    lines = outside_lines(grey, grids, glyph, engine)
    for line in lines:
        placed.append((line.box[1], TextBlock(text=cjk_punctuation(line.text), page=number,
                                               bbox=prepared.box_to_page(line.box),
                                               confidence=round(line.confidence, 3),
                                               role=line_role(line, grey, glyph), from_ocr=True)))
    placed.sort(key=lambda t: t[0])
    items: list[Item] = [it for _, it in placed]
    for s in seals:
        if s.text:
            items.append(TextBlock(text=s.text, page=number, bbox=s.bbox, confidence=s.confidence,
                                   role="seal", from_ocr=True))

    confs = [c.confidence for t in items if isinstance(t, Table) for c in t.cells if c.text] + \
            [b.confidence for b in items if isinstance(b, TextBlock) and b.role != "seal"]
    if not confs:
        warnings.append(f"第{number}页未识别到文字，请核对原件")
    elif sum(c < LOW_CONFIDENCE for c in confs) / len(confs) >= LOW_SHARE:
        warnings.append(f"第{number}页识别置信度偏低（平均{np.mean(confs):.2f}），请人工核对")

    page = Page(number=number, width=float(pw), height=float(ph), unit="px",
                rotation=prepared.rotation, from_ocr=True)
    return PageResult(page, items, seals, warnings, [text for text, _ in qr if text])
