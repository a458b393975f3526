"""Red official seals: find them, read their ring text, and take their red off the page.

A seal is a round (or oval) ring of red ink, usually with a star and the office's name set
along the upper arc. Detection: mask red-dominant pixels, close the strokes into blobs,
keep blobs whose outline is nearly an ellipse of plausible size. Ring text: unwrap the ring
into a strip (polar coordinates, characters' tops outwards) starting after the widest gap
in the lettering, and read the strip as one line. A page scanned without colour has no red
to go by: there a seal is a closed ring of seal size with a solid star at its centre.
"""
from __future__ import annotations

import math
from dataclasses import dataclass
from typing import Optional, Union

import cv2
import numpy as np

from parsers.model import Seal

#: seal diameter relative to the page's shorter side (4 cm seal on A4 ≈ 0.19)
MIN_SEAL_SIDE = 0.05
MAX_SEAL_SIDE = 0.6
MIN_SEAL_PX = 40
#: share of the fitted ellipse's rim that must be inked: every official seal has a border
MIN_RING_COVER = 0.75


@dataclass
class SealHit:
    center: tuple[float, float]
    axes: tuple[float, float]  # half-axes of the fitted ellipse (x, y)
    angle: float
    bbox: tuple[float, float, float, float]
    score: float


def redness(bgr: np.ndarray) -> np.ndarray:
    """How much redder than its other channels each pixel is (0–255): the seal's ink with
    its anti-aliasing, for reading the ring text, where a hard mask turns strokes to blobs."""
    b, g, r = (bgr[:, :, i].astype(np.int16) for i in range(3))
    d = np.clip(r - np.maximum(g, b), 0, 255).astype(np.float32)
    top = float(np.percentile(d[d > 20], 95)) if (d > 20).any() else 255.0
    return np.clip(d * (255.0 / max(top, 1.0)), 0, 255).astype(np.uint8)


def seal_ink(bgr: np.ndarray) -> np.ndarray:
    """The seal's lettering for reading (0–255), sharp even in a JPEG: a JPEG keeps colour
    at half resolution, so ``redness`` blurs small ring text into blobs, while brightness
    stays sharp. Ink is dark in the green channel; it counts only near red (the seal, not
    the page's print), and black print, dark in the red channel too, is left out."""
    g = bgr[:, :, 1].astype(np.float32)
    r = bgr[:, :, 2].astype(np.float32)
    paper = float(np.percentile(g, 90))
    deepest = float(np.percentile(g, 3))
    dark = np.clip((paper - g) * 255.0 / max(1.0, paper - deepest), 0, 255)
    k = max(3, int(round(min(bgr.shape[:2]) / 60)) | 1)
    near_red = cv2.dilate((redness(bgr) > 40).astype(np.uint8), np.ones((k, k), np.uint8))
    black = r < 0.5 * float(np.percentile(r, 90))
    return (dark * near_red * ~black).astype(np.uint8)


def red_mask(bgr: np.ndarray) -> np.ndarray:
    """Pixels of red ink (seal red, vermilion, faded pink) as 255 on 0."""
    hsv = cv2.cvtColor(bgr, cv2.COLOR_BGR2HSV)
    hue, sat, val = hsv[:, :, 0], hsv[:, :, 1], hsv[:, :, 2]
    b, g, r = (bgr[:, :, i].astype(np.int16) for i in range(3))
    reddish = ((hue <= 12) | (hue >= 160)) & (sat >= 60) & (val >= 70)
    dominant = (r - np.maximum(g, b)) >= 40
    return ((reddish & dominant) * 255).astype(np.uint8)


def ring_cover(mask: np.ndarray, center, half_axes, angle: float, n: int = 120,
               factors: tuple[float, ...] = (1.0, 0.96, 0.92, 0.88)) -> float:
    """Share of directions in which the ellipse's rim (radii × ``factors``) carries ink."""
    cx, cy = center
    a, b = half_axes
    t = math.radians(angle)
    hit = 0
    for k in range(n):
        phi = 2 * math.pi * k / n
        for f in factors:
            ex, ey = a * f * math.cos(phi), b * f * math.sin(phi)
            x = int(round(cx + ex * math.cos(t) - ey * math.sin(t)))
            y = int(round(cy + ex * math.sin(t) + ey * math.cos(t)))
            if 0 <= y < mask.shape[0] and 0 <= x < mask.shape[1] and mask[y, x]:
                hit += 1
                break
    return hit / n


def mask_to_seals(mask: np.ndarray) -> list[SealHit]:
    """Ellipse-like red blobs of seal size."""
    h, w = mask.shape[:2]
    short = min(h, w)
    k = max(3, int(short * 0.012)) | 1
    closed = cv2.morphologyEx(mask, cv2.MORPH_CLOSE, cv2.getStructuringElement(cv2.MORPH_ELLIPSE, (k, k)))
    contours, _ = cv2.findContours(closed, cv2.RETR_EXTERNAL, cv2.CHAIN_APPROX_NONE)
    hits = []
    for c in contours:
        x, y, bw, bh = cv2.boundingRect(c)
        if x <= 1 or y <= 1 or x + bw >= w - 1 or y + bh >= h - 1:
            part = _seal_cut_by_edge(c, closed)
            if part is not None:
                hits.append(part)
            continue
        if not (max(MIN_SEAL_PX, MIN_SEAL_SIDE * short) <= max(bw, bh) <= MAX_SEAL_SIDE * max(h, w)):
            continue
        if not 0.55 <= bw / max(bh, 1) <= 1.8 or len(c) < 5:
            continue
        hull = cv2.convexHull(c)
        (cx, cy), (ax1, ax2), ang = cv2.fitEllipse(c)
        ell_area = math.pi * ax1 * ax2 / 4
        if ell_area <= 0:
            continue
        fit = cv2.contourArea(hull) / ell_area  # 1 for a perfect ellipse
        solidity = cv2.contourArea(c) / max(cv2.contourArea(hull), 1)
        ink = cv2.countNonZero(mask[y:y + bh, x:x + bw]) / float(bw * bh)
        # a ring with text: the outline is an ellipse, the hull is filled, but ink is sparse
        ring = ring_cover(closed, (cx, cy), (ax1 / 2, ax2 / 2), ang)
        if 0.85 <= fit <= 1.12 and solidity >= 0.8 and 0.04 <= ink <= 0.75 and ring >= MIN_RING_COVER:
            score = max(0.0, 1 - abs(1 - fit) * 4) * min(1.0, solidity) * ring
            hits.append(SealHit((cx, cy), (ax1 / 2, ax2 / 2), ang, (x, y, x + bw, y + bh), round(score, 3)))
    return hits


def _seal_cut_by_edge(contour: np.ndarray, closed: np.ndarray) -> Optional[SealHit]:
    """A seal stamped half off the sheet (or cut by the scanner's edge): the visible arc of
    its rim fits a circle of seal size, and the rim is inked wherever it is on the page."""
    h, w = closed.shape[:2]
    # the hull, not the contour: a ring opened by the edge has its inside traced too
    pts = cv2.convexHull(contour).reshape(-1, 2).astype(np.float64)
    inside = pts[(pts[:, 0] > 2) & (pts[:, 0] < w - 3) & (pts[:, 1] > 2) & (pts[:, 1] < h - 3)]
    if len(inside) < 8:
        return None
    # the circle through the visible rim (algebraic least squares): x² + y² + Dx + Ey + F = 0
    A = np.column_stack([inside[:, 0], inside[:, 1], np.ones(len(inside))])
    rhs = -(inside[:, 0] ** 2 + inside[:, 1] ** 2)
    (D, E, F), *_ = np.linalg.lstsq(A, rhs, rcond=None)
    cx, cy = -D / 2, -E / 2
    r2 = cx * cx + cy * cy - F
    if r2 <= 0:
        return None
    r = math.sqrt(r2)
    short = min(h, w)
    if not (max(MIN_SEAL_PX, MIN_SEAL_SIDE * short) <= 2 * r <= MAX_SEAL_SIDE * max(h, w)):
        return None
    if not (-0.5 * r <= cx <= w + 0.5 * r and -0.5 * r <= cy <= h + 0.5 * r):
        return None  # less than about a third of it on the page: too little to tell
    # the outer boundary is the rim: its points lie on the circle
    dist = np.abs(np.hypot(inside[:, 0] - cx, inside[:, 1] - cy) - r)
    if float(np.median(dist)) > 0.06 * r:
        return None
    # of the rim's directions that fall on the page, how many carry ink
    n, on_page, inked = 120, 0, 0
    for k in range(n):
        phi = 2 * math.pi * k / n
        px, py = cx + r * math.cos(phi), cy + r * math.sin(phi)
        if not (0 <= px < w and 0 <= py < h):
            continue
        on_page += 1
        for f in (1.0, 0.96, 0.92, 0.88):
            x, y = int(round(cx + f * r * math.cos(phi))), int(round(cy + f * r * math.sin(phi)))
            if 0 <= y < h and 0 <= x < w and closed[y, x]:
                inked += 1
                break
    if on_page < 0.35 * n or inked < MIN_RING_COVER * on_page:
        return None
    box = (max(0.0, float(cx - r)), max(0.0, float(cy - r)), min(float(w), float(cx + r)),
           min(float(h), float(cy + r)))
    return SealHit((float(cx), float(cy)), (r, r), 0.0, box, round(0.8 * inked / on_page, 3))


def _largest_gap_start(profile: np.ndarray) -> int:
    """Index just after the longest circular run of empty bins (where the lettering ends)."""
    empty = profile <= 0
    n = len(profile)
    if empty.all() or not empty.any():
        return 0
    best_len, best_end, run = 0, 0, 0
    for i in range(2 * n):
        if empty[i % n]:
            run += 1
            if run > best_len:
                best_len, best_end = run, i % n
        else:
            run = 0
    return (best_end + 1) % n


def polar_band(mask: np.ndarray, hit: SealHit, r_out: float, r_in: float, steps: int = 720) -> np.ndarray:
    """The ring between radii ``r_in`` and ``r_out`` (fractions of the seal's radius) as a
    band: x = angle clockwise from straight up, y = radius from outside in."""
    cx, cy = hit.center
    r = float(min(hit.axes))
    height = max(8, int(r * (r_out - r_in)))
    angles = np.linspace(0, 2 * math.pi, steps, endpoint=False)
    radii = np.linspace(r * r_out, r * r_in, height)
    sx = (cx + np.outer(radii, np.sin(angles)) * (hit.axes[0] / r)).astype(np.float32)
    sy = (cy - np.outer(radii, np.cos(angles)) * (hit.axes[1] / r)).astype(np.float32)
    return cv2.remap(mask, sx, sy, cv2.INTER_LINEAR, borderValue=0)


def ring_inner_edge(mask: np.ndarray, hit: SealHit) -> float:
    """Where the border ring ends inwards, as a fraction of the radius: the lettering starts
    there. Read off the radial profile of red ink averaged over all directions."""
    band = polar_band(mask, hit, 1.05, 0.6, steps=360)
    prof = band.mean(axis=1)  # outside → inside
    fr = np.linspace(1.05, 0.6, len(prof))
    peak = int(np.argmax(prof[: max(1, len(prof) // 2)]))
    for i in range(peak, len(prof)):
        if prof[i] < prof[peak] * 0.35:
            return float(fr[i])
    return 0.9


def unwrap_ring(mask: np.ndarray, hit: SealHit, *, text_depth: float = 0.32, steps: int = 720,
                stretch: float = 1.0) -> Optional[np.ndarray]:
    """The seal's lettering as a horizontal strip: dark text on white, read left to right,
    tops of the characters up (the seal's outside). The strip starts after the widest gap in
    the lettering, so a seal stamped askew reads from its first character."""
    r = float(min(hit.axes))
    if r < 15:
        return None
    r_out = ring_inner_edge(mask, hit) - 0.01
    r_in = max(0.2, r_out - text_depth)
    band = polar_band(mask, hit, r_out, r_in, steps)
    start = _largest_gap_start(band.sum(axis=0) > band.shape[0] * 255 * 0.02)
    band = np.roll(band, -start, axis=1)
    cols = np.where(band.max(axis=0) > 0)[0]
    if len(cols) == 0:
        return None
    band = band[:, max(0, cols[0] - 8):cols[-1] + 8]
    # resample so characters keep their aspect: arc length at the lettering's middle radius
    r_mid = r * (r_out + r_in) / 2
    arc = band.shape[1] * (2 * math.pi * r_mid / steps) * stretch
    height = band.shape[0]
    scale = max(1.0, 48 / height)  # the recogniser wants about 48 px of line height
    strip = cv2.resize(band, (max(8, int(arc * scale)), int(height * scale)), interpolation=cv2.INTER_AREA)
    return cv2.copyMakeBorder(255 - strip, 6, 6, 6, 6, cv2.BORDER_CONSTANT, value=255)


#: (depth of the lettering as a fraction of the radius, horizontal stretch) tried in turn
RING_READINGS = ((0.32, 1.0), (0.40, 1.0), (0.26, 1.0), (0.32, 1.3))


def read_ring(mask: np.ndarray, hit: SealHit, engine) -> tuple[str, float]:
    """The ring text as read from the surest of a few unwrappings (seal fonts differ in
    height and width), stopping early at a confident one."""
    strips = [s for depth, stretch in RING_READINGS
              if (s := unwrap_ring(mask, hit, text_depth=depth, stretch=stretch)) is not None]
    best = ("", 0.0)
    for strip in strips:
        text, conf = engine.recognize_line(strip)
        if conf > best[1] and text.strip():
            best = (text.strip(), conf)
        if best[1] >= 0.95:
            break
    return best


def is_greyscale(bgr: np.ndarray) -> bool:
    """A page scanned in black and white (or greyscale): nothing on it has colour."""
    if bgr.ndim == 2:
        return True
    small = cv2.resize(bgr, (max(1, bgr.shape[1] // 4), max(1, bgr.shape[0] // 4)), interpolation=cv2.INTER_AREA)
    sat = cv2.cvtColor(small, cv2.COLOR_BGR2HSV)[:, :, 1]
    # (a count, not a percentile: a faded seal half off the sheet covers well under 0.5%)
    return float((sat >= 40).mean()) < 0.0005


def grey_seals(bgr: np.ndarray) -> list[SealHit]:
    """Seals on a page scanned without colour: a closed ring of seal size with a solid star
    at its centre (every official seal of an office has both; tables and text do not)."""
    grey = cv2.cvtColor(bgr, cv2.COLOR_BGR2GRAY) if bgr.ndim == 3 else bgr
    h, w = grey.shape
    s = min(1.0, 700 / max(h, w))
    small = cv2.resize(grey, (max(1, int(w * s)), max(1, int(h * s))), interpolation=cv2.INTER_AREA)
    for dark in GREY_SEAL_INK:
        hits = _grey_seals_at(grey, small, s, dark)
        if hits:
            return hits
    return []


#: how dark a seal's ink is on a page scanned without colour: black, then a faint grey (a
#: lightly inked seal turns pale grey, the print stays black)
GREY_SEAL_INK = (170, 215)


def _grey_seals_at(grey: np.ndarray, small: np.ndarray, s: float, dark: int) -> list[SealHit]:
    h, w = grey.shape
    ink = ((small < dark) * 255).astype(np.uint8)
    short = min(small.shape)
    # an office seal is 3.8–5 cm across on a 21 cm wide page: radius 0.07–0.15 of the short side
    r_min = max(int(MIN_SEAL_PX * s / 2), int(0.07 * short))
    r_max = max(r_min + 1, int(0.15 * short))
    circles = cv2.HoughCircles(cv2.GaussianBlur(small, (5, 5), 1.5), cv2.HOUGH_GRADIENT, dp=1.5,
                               minDist=r_min * 2, param1=120, param2=40, minRadius=r_min, maxRadius=r_max)
    hits = []
    for cx, cy, r in ([] if circles is None else circles[0][:20]):
        if ring_cover(ink, (cx, cy), (r, r), 0.0, factors=(1.0, 1.04, 0.96, 1.08, 0.92)) < 0.85:
            continue
        if any(abs(cx - hx * s) < r and abs(cy - hy * s) < r for (hx, hy), *_ in
               ((hh.center, hh.axes) for hh in hits)):
            continue  # the same seal found again
        yy, xx = np.ogrid[:small.shape[0], :small.shape[1]]
        d2 = (xx - cx) ** 2 + (yy - cy) ** 2
        core = ink[d2 <= (0.12 * r) ** 2]
        around = ink[(d2 >= (0.45 * r) ** 2) & (d2 <= (0.55 * r) ** 2)]
        if core.size == 0 or (core > 0).mean() < 0.8 or (around > 0).mean() > 0.35:
            continue  # no solid star at the centre: a drawn circle, a wheel, a logo
        k = 1 / s
        hits.append(SealHit((cx * k, cy * k), (r * k, r * k), 0.0,
                            (max(0.0, (cx - r) * k), max(0.0, (cy - r) * k), min(w, (cx + r) * k), min(h, (cy + r) * k)),
                            0.5))
    return hits


def find_seals_in_bgr(bgr: np.ndarray, page: int = 1, engine=None) -> list[Seal]:
    """Seals on a BGR page image with boxes in its pixels; ring text read when an engine
    is given."""
    mask = red_mask(bgr)
    seals = []
    for hit in mask_to_seals(mask):
        text, conf = "", 0.0
        if engine is not None:
            x0, y0, x1, y1 = (int(v) for v in hit.bbox)
            ink = np.zeros(mask.shape, np.uint8)
            ink[y0:y1, x0:x1] = seal_ink(bgr[y0:y1, x0:x1])
            text, conf = read_ring(ink, hit, engine)
            if conf < 0.9:  # the colour itself, sharper where the seal is large and clean
                ink[y0:y1, x0:x1] = redness(bgr[y0:y1, x0:x1])
                text2, conf2 = read_ring(ink, hit, engine)
                if conf2 > conf:
                    text, conf = text2, conf2
            if conf < 0.5:
                text = ""
        seals.append(Seal(page=page, bbox=tuple(float(v) for v in hit.bbox), text=text.strip(),
                          confidence=round(float(conf), 3)))
    if not seals and is_greyscale(bgr):
        # no colour to go by: the ring and star alone. The ring text is read from the ink as
        # it is; black print running through it may spoil the reading, which then stays
        # below the confidence a department is taken from
        grey = cv2.cvtColor(bgr, cv2.COLOR_BGR2GRAY) if bgr.ndim == 3 else bgr
        for hit in grey_seals(bgr):
            text, conf = "", 0.0
            if engine is not None:
                x0, y0, x1, y1 = (int(v) for v in hit.bbox)
                ink = np.zeros(grey.shape, np.uint8)
                ink[y0:y1, x0:x1] = 255 - grey[y0:y1, x0:x1]
                text, conf = read_ring(ink, hit, engine)
                if conf < 0.5:
                    text = ""
            seals.append(Seal(page=page, bbox=tuple(round(float(v), 1) for v in hit.bbox),
                              text=text.strip(), confidence=round(float(conf), 3)))
    return seals


def _decode(image: Union[bytes, bytearray, np.ndarray]) -> Optional[np.ndarray]:
    if isinstance(image, np.ndarray):
        if image.ndim == 2:
            return cv2.cvtColor(image, cv2.COLOR_GRAY2BGR)
        if image.shape[2] == 4:
            return cv2.cvtColor(image, cv2.COLOR_BGRA2BGR)
        return image
    from parsers.ocr.loading import bytes_to_bgr

    return bytes_to_bgr(bytes(image))


def find_seals(image: Union[bytes, bytearray, np.ndarray], *, read_text: bool = True, page: int = 1) -> list[Seal]:
    """Seals in a picture (encoded bytes as embedded in a Word/PDF file, or a BGR array);
    boxes in the picture's pixels. Ring text is read with the configured OCR engine."""
    bgr = _decode(image)
    if bgr is None:
        return []
    engine = None
    if read_text:
        from parsers.ocr.engines import get_engine

        engine = get_engine()
    return find_seals_in_bgr(bgr, page, engine)


def remove_red(grey: np.ndarray, mask: np.ndarray) -> np.ndarray:
    """The grey (red channel) page with red ink wiped to paper white. Black print under the
    seal stays: only pixels that are light in the red channel are wiped (JPEG bleeds red
    into black strokes under a seal; those stay darker than this)."""
    out = grey.copy()
    out[(cv2.dilate(mask, np.ones((3, 3), np.uint8)) > 0) & (grey > 160)] = 255
    return out
