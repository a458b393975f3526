"""Page preparation: from the page image the reviewer sees to an upright, level, flat
working image, keeping the matrix between the two so every box maps back.

    page (BGR) ─ limit size ─ flatten a photographed sheet ─ turn upright (0/90/180/270)
              ─ deskew ─ working image; ``to_page`` = inverse of the product of the steps
"""
from __future__ import annotations

from dataclasses import dataclass, field

import cv2
import numpy as np

from parsers.ocr import geometry as geo
from parsers.ocr.engines import OcrEngine

#: working images are brought to about 200 dpi on A4 (longest side); larger photos shrink
WORK_MAX_SIDE = 2400
#: a skew below this is left alone (resampling costs more than it helps)
MIN_DESKEW = 0.3
#: a skew from this is worth telling the reviewer
WARN_SKEW = 1.0


@dataclass
class PreparedPage:
    number: int
    image: np.ndarray  # upright working image, BGR
    to_page: np.ndarray  # 3×3: working-image pixels → page pixels
    page_size: tuple[int, int]  # (width, height) of the page image the reviewer sees
    quarter_turns: int = 0  # counter-clockwise quarter turns applied to read it upright
    skew: float = 0.0  # degrees turned counter-clockwise after that
    flattened: bool = False
    warnings: list[str] = field(default_factory=list)

    @property
    def rotation(self) -> float:
        """Degrees turned (counter-clockwise) to read the page upright, deskew included."""
        return round((self.quarter_turns * 90 + self.skew) % 360, 2)

    def box_to_page(self, box: geo.BBox) -> geo.BBox:
        return geo.map_box(self.to_page, box, clip=self.page_size)


def red_to_grey(bgr: np.ndarray) -> np.ndarray:
    """The red channel as the grey image: red seal ink turns as light as paper while black
    and blue print stay dark, so stamped cells read cleanly."""
    return bgr[:, :, 2].copy() if bgr.ndim == 3 else bgr


def text_line_crops(grey: np.ndarray, limit: int = 6) -> list[np.ndarray]:
    """Crops of the widest text-line-like blobs (characters smeared together along x),
    rulings removed; used to test which way up the page reads."""
    small, m = geo.resize_max_side(grey, 1200)
    ink = geo.grey_to_ink(small, 25, 15)
    w = small.shape[1]
    rulings = cv2.morphologyEx(ink, cv2.MORPH_OPEN, cv2.getStructuringElement(cv2.MORPH_RECT, (max(25, w // 25), 1)))
    rulings |= cv2.morphologyEx(ink, cv2.MORPH_OPEN, cv2.getStructuringElement(cv2.MORPH_RECT, (1, max(25, w // 25))))
    text = cv2.subtract(ink, cv2.dilate(rulings, np.ones((3, 3), np.uint8)))
    n, _, stats, _ = cv2.connectedComponentsWithStats(text, connectivity=8)
    hs = stats[1:, cv2.CC_STAT_HEIGHT]
    ws = stats[1:, cv2.CC_STAT_WIDTH]
    glyph = (hs >= 5) & (hs <= 80) & (ws <= 120)
    if not glyph.any():
        return []
    ch = float(np.median(np.maximum(hs[glyph], ws[glyph])))
    smear = cv2.dilate(text, cv2.getStructuringElement(cv2.MORPH_RECT, (max(3, int(ch * 0.9)), 1)))
    n, _, stats, _ = cv2.connectedComponentsWithStats(smear, connectivity=8)
    cands = []
    for i in range(1, n):
        x, y, bw, bh = stats[i, :4]
        if ch * 0.6 <= bh <= ch * 2.5 and bw >= 3 * bh:
            cands.append((bw, x, y, bw, bh))
    cands.sort(reverse=True)
    scale = 1.0 / m[0, 0]
    crops = []
    for _, x, y, bw, bh in cands[:limit]:
        pad = int(bh * 0.3)
        x0, y0 = int(max(0, (x - pad) * scale)), int(max(0, (y - pad) * scale))
        x1 = int(min(grey.shape[1], (x + bw + pad) * scale))
        y1 = int(min(grey.shape[0], (y + bh + pad) * scale))
        x1 = min(x1, x0 + 12 * (y1 - y0))  # a dozen characters tell which way up they are
        crops.append(grey[y0:y1, x0:x1])
    return crops


def _reading_score(engine: OcrEngine, crops: list[np.ndarray], flip: int) -> float:
    """How confidently the engine reads as many characters as the crops' shapes promise
    (a Chinese character is about as wide as it is tall), after ``flip`` quarter turns."""
    turned = [np.ascontiguousarray(np.rot90(c, flip)) if flip else c for c in crops]
    read = sum(conf * len(text.strip()) for text, conf in engine.recognize_many(turned, single_line=True))
    expected = sum(max(1.0, c.shape[1] / max(1, c.shape[0])) for c in crops)
    return min(1.0, read / expected) * min(1.0, len(crops) / 3)


#: a reading this sure settles the page's way up. Lower, the other axis is tried too: a
#: sheet photographed sideways has Chinese characters that still read, one by one, down
#: its columns (培员女聘家… at 0.86) — only the other axis gives whole words
SURE_READING = 0.95


def detect_quarter_turns(grey: np.ndarray, engine: OcrEngine) -> int:
    """How many counter-clockwise quarter turns make the page read upright: line crops are
    cut for both axes and read both ways up; the reading the engine is surest of wins."""
    best, best_score = 0, -1.0
    upright = text_line_crops(grey)
    if upright and _reading_score(engine, upright, 0) >= SURE_READING:
        return 0  # most pages: reads well as it is, nothing else to try
    for axis in (0, 1):
        g = np.ascontiguousarray(np.rot90(grey, axis)) if axis else grey
        crops = text_line_crops(g)
        if not crops:
            continue
        for flip in (0, 2):
            score = _reading_score(engine, crops, flip)
            if score > best_score + 1e-6:
                best, best_score = (axis + flip) % 4, score
        if axis == 0 and best_score >= SURE_READING:
            break  # reads well one way up on this axis: no need to try the other
    return best


def prepare_page(bgr: np.ndarray, number: int, engine: OcrEngine, *, photo: bool = False) -> PreparedPage:
    """Turn, level and flatten one page. ``photo`` allows looking for the sheet's corners."""
    h, w = bgr.shape[:2]
    image, m = geo.resize_max_side(bgr, WORK_MAX_SIDE)
    warnings: list[str] = []
    flattened = False
    if photo:
        quad = geo.find_sheet_quad(image)
        if quad is not None:
            image, mq = geo.flatten_quad(image, quad)
            m = mq @ m
            flattened = True
            warnings.append(f"第{number}页为拍摄照片，已按纸张四角校正透视")
    grey = red_to_grey(image)
    turns = detect_quarter_turns(grey, engine)
    if turns:
        image, mr = geo.rotate90(image, turns)
        m = mr @ m
        warnings.append(f"第{number}页方向旋转了{turns * 90}°，已转正")
        grey = red_to_grey(image)
    skew = geo.estimate_skew(grey)
    if abs(skew) >= MIN_DESKEW:
        image, ms = geo.rotate(image, skew)
        m = ms @ m
        if abs(skew) >= WARN_SKEW:
            warnings.append(f"第{number}页倾斜{abs(skew):.1f}°，已校正")
    else:
        skew = 0.0
    return PreparedPage(number, image, np.linalg.inv(m), (w, h), turns, skew, flattened, warnings)
