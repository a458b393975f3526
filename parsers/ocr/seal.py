"""Red official seals: find them, read their ring text, and take their red off the page.

A seal is a round (or oval) ring of red ink, usually with a star and the office's name set
along the upper arc. Detection: mask red-dominant pixels, close the strokes into blobs,
keep blobs whose outline is nearly an ellipse of plausible size. Ring text: unwrap the ring
into a strip (polar coordinates, characters' tops outwards) starting after the widest gap
in the lettering, and read the strip as one line.
"""
from __future__ import annotations

import io
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


def red_mask(bgr: np.ndarray) -> np.ndarray:
    """Pixels of red ink (seal red, vermilion, faded pink) as 255 on 0."""
    hsv = cv2.cvtColor(bgr, cv2.COLOR_BGR2HSV)
    hue, sat, val = hsv[:, :, 0], hsv[:, :, 1], hsv[:, :, 2]
    b, g, r = (bgr[:, :, i].astype(np.int16) for i in range(3))
    reddish = ((hue <= 12) | (hue >= 160)) & (sat >= 60) & (val >= 70)
    dominant = (r - np.maximum(g, b)) >= 40
    return ((reddish & dominant) * 255).astype(np.uint8)


def ring_cover(mask: np.ndarray, center, half_axes, angle: float, n: int = 120) -> float:
    """Share of directions in which the ellipse's rim (its outer eighth) carries ink."""
    cx, cy = center
    a, b = half_axes
    t = math.radians(angle)
    hit = 0
    for k in range(n):
        phi = 2 * math.pi * k / n
        for f in (1.0, 0.96, 0.92, 0.88):
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


def unwrap_ring(mask: np.ndarray, hit: SealHit, steps: int = 720) -> Optional[np.ndarray]:
    """The seal's lettering band as a horizontal strip: dark text on white, read left to
    right, tops of the characters up (the seal's outside)."""
    cx, cy = hit.center
    r = float(min(hit.axes))
    if r < 15:
        return None
    r_out, r_in = r * 0.93, r * 0.50  # inside the ring, outside the star
    height = max(24, int(r_out - r_in))
    angles = np.linspace(0, 2 * math.pi, steps, endpoint=False)
    radii = np.linspace(r_out, r_in, height)
    sx = (cx + np.outer(radii, np.sin(angles)) * (hit.axes[0] / r)).astype(np.float32)
    sy = (cy - np.outer(radii, np.cos(angles)) * (hit.axes[1] / r)).astype(np.float32)
    band = cv2.remap(mask, sx, sy, cv2.INTER_LINEAR, borderValue=0)  # angle 0 = straight up
    start = _largest_gap_start(band.sum(axis=0) > band.shape[0] * 255 * 0.02)
    band = np.roll(band, -start, axis=1)
    cols = np.where(band.max(axis=0) > 0)[0]
    if len(cols) == 0:
        return None
    band = band[:, max(0, cols[0] - 8):cols[-1] + 8]
    # resample so characters keep their aspect: arc length at the text's middle radius
    r_mid = (r_out + r_in) / 2
    arc = band.shape[1] * (2 * math.pi * r_mid / steps)
    strip = cv2.resize(band, (max(8, int(arc)), height), interpolation=cv2.INTER_AREA)
    return 255 - strip


def find_seals_in_bgr(bgr: np.ndarray, page: int = 1, engine=None) -> list[Seal]:
    """Seals on a BGR page image with boxes in its pixels; ring text read when an engine
    is given."""
    mask = red_mask(bgr)
    seals = []
    for hit in mask_to_seals(mask):
        text, conf = "", 0.0
        if engine is not None:
            strip = unwrap_ring(mask, hit)
            if strip is not None:
                text, conf = engine.recognize_line(strip)
                if conf < 0.5:
                    text, conf = "", conf
        seals.append(Seal(page=page, bbox=tuple(float(v) for v in hit.bbox), text=text.strip(),
                          confidence=round(float(conf), 3)))
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
