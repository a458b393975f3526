"""Page geometry in one place: 3×3 homographies between the page image the reviewer sees
and the upright, flattened working image OCR reads, and the small estimators that find
them (sheet corners, skew angle). Boxes follow parsers.model: (x0, top, x1, bottom), y down.

A ``Matrix`` maps points of one image to another: ``p' = M · (x, y, 1)``. Every step of page
preparation returns the image it made and the matrix from its input to its output; the
product of the steps maps the page to the working image and its inverse maps OCR boxes back.
"""
from __future__ import annotations

import math
from typing import Optional

import cv2
import numpy as np

BBox = tuple[float, float, float, float]
Matrix = np.ndarray


def identity() -> Matrix:
    return np.eye(3)


def scale_matrix(s: float) -> Matrix:
    return np.diag([s, s, 1.0])


def rotation90_matrix(quarter_turns: int, w: int, h: int) -> Matrix:
    """Matrix of ``np.rot90(img, k)`` (counter-clockwise quarter turns) on a w×h image."""
    k = quarter_turns % 4
    if k == 0:
        return identity()
    if k == 1:  # (x, y) → (y, w-1-x)
        return np.array([[0, 1, 0], [-1, 0, w - 1], [0, 0, 1]], float)
    if k == 2:
        return np.array([[-1, 0, w - 1], [0, -1, h - 1], [0, 0, 1]], float)
    return np.array([[0, -1, h - 1], [1, 0, 0], [0, 0, 1]], float)


def rotate90(image: np.ndarray, quarter_turns: int) -> tuple[np.ndarray, Matrix]:
    h, w = image.shape[:2]
    return np.ascontiguousarray(np.rot90(image, quarter_turns)), rotation90_matrix(quarter_turns, w, h)


def rotate(image: np.ndarray, degrees: float, fill=255) -> tuple[np.ndarray, Matrix]:
    """Turn the image counter-clockwise by ``degrees`` about its centre, growing the canvas
    so nothing is cut off."""
    h, w = image.shape[:2]
    a = math.radians(degrees)
    cw, sw = abs(math.cos(a)), abs(math.sin(a))
    nw, nh = int(math.ceil(w * cw + h * sw)), int(math.ceil(w * sw + h * cw))
    m = cv2.getRotationMatrix2D((w / 2, h / 2), degrees, 1.0)
    m[0, 2] += (nw - w) / 2
    m[1, 2] += (nh - h) / 2
    border = fill if image.ndim == 2 else (fill,) * image.shape[2]
    out = cv2.warpAffine(image, m, (nw, nh), flags=cv2.INTER_LINEAR,
                         borderMode=cv2.BORDER_CONSTANT, borderValue=border)
    return out, np.vstack([m, [0, 0, 1]])


def resize_max_side(image: np.ndarray, max_side: int) -> tuple[np.ndarray, Matrix]:
    h, w = image.shape[:2]
    s = max_side / max(h, w)
    if s >= 1:
        return image, identity()
    out = cv2.resize(image, (max(1, round(w * s)), max(1, round(h * s))), interpolation=cv2.INTER_AREA)
    return out, np.diag([out.shape[1] / w, out.shape[0] / h, 1.0])


def order_corners(pts: np.ndarray) -> np.ndarray:
    """Four points as top-left, top-right, bottom-right, bottom-left."""
    pts = np.asarray(pts, np.float32).reshape(4, 2)
    s, d = pts.sum(1), np.diff(pts, axis=1).ravel()
    return np.float32([pts[np.argmin(s)], pts[np.argmin(d)], pts[np.argmax(s)], pts[np.argmax(d)]])


def flatten_quad(image: np.ndarray, quad: np.ndarray) -> tuple[np.ndarray, Matrix]:
    """Warp the quadrilateral ``quad`` (tl, tr, br, bl) of ``image`` to an upright rectangle
    whose sides are the quad's longer opposite sides."""
    tl, tr, br, bl = order_corners(quad)
    w = int(round(max(np.linalg.norm(tr - tl), np.linalg.norm(br - bl))))
    h = int(round(max(np.linalg.norm(bl - tl), np.linalg.norm(br - tr))))
    dst = np.float32([[0, 0], [w - 1, 0], [w - 1, h - 1], [0, h - 1]])
    m = cv2.getPerspectiveTransform(np.float32([tl, tr, br, bl]), dst)
    border = 255 if image.ndim == 2 else (255,) * image.shape[2]
    out = cv2.warpPerspective(image, m, (w, h), flags=cv2.INTER_LINEAR,
                              borderMode=cv2.BORDER_CONSTANT, borderValue=border)
    return out, m


def map_points(m: Matrix, pts: np.ndarray) -> np.ndarray:
    pts = np.asarray(pts, float).reshape(-1, 2)
    hom = np.hstack([pts, np.ones((len(pts), 1))]) @ m.T
    return hom[:, :2] / hom[:, 2:3]


def map_box(m: Matrix, box: BBox, clip: Optional[tuple[float, float]] = None) -> BBox:
    """The axis-aligned box around the image of ``box``'s four corners under ``m``,
    clipped to a (width, height) when given."""
    x0, y0, x1, y1 = box
    p = map_points(m, np.array([[x0, y0], [x1, y0], [x1, y1], [x0, y1]]))
    bx0, by0 = p[:, 0].min(), p[:, 1].min()
    bx1, by1 = p[:, 0].max(), p[:, 1].max()
    if clip is not None:
        w, h = clip
        bx0, bx1 = min(max(bx0, 0), w), min(max(bx1, 0), w)
        by0, by1 = min(max(by0, 0), h), min(max(by1, 0), h)
    return (round(float(bx0), 1), round(float(by0), 1), round(float(bx1), 1), round(float(by1), 1))


# --- estimators -------------------------------------------------------------------------

def grey_to_ink(grey: np.ndarray, block: int = 31, c: int = 15) -> np.ndarray:
    """Dark strokes as 255 on 0, robust to uneven paper (adaptive threshold)."""
    return cv2.adaptiveThreshold(grey, 255, cv2.ADAPTIVE_THRESH_MEAN_C, cv2.THRESH_BINARY_INV,
                                 block | 1, c)


def glyph_size(ink: np.ndarray) -> float:
    """Typical height of a character in pixels (upper quartile of small blobs' heights:
    Chinese characters break into several blobs, the tallest of which span the glyph)."""
    n, _, stats, _ = cv2.connectedComponentsWithStats(ink, connectivity=8)
    hs = stats[1:, cv2.CC_STAT_HEIGHT]
    ws = stats[1:, cv2.CC_STAT_WIDTH]
    keep = (hs >= 6) & (hs <= 160) & (ws >= 2) & (ws <= 160)
    if keep.sum() < 5:
        return 20.0
    return float(np.percentile(hs[keep], 75))


def estimate_skew(grey: np.ndarray, max_angle: float = 10.0) -> float:
    """Degrees to turn the page counter-clockwise so its text lines and rulings run
    level: the angle whose row profile of ink is the sharpest (coarse, then fine)."""
    small, _ = resize_max_side(grey, 1000)
    ink = grey_to_ink(small, 25, 15)
    if cv2.countNonZero(ink) < 50:
        return 0.0
    h, w = ink.shape
    ink = cv2.resize(ink, (w // 2 * 2, h // 2 * 2))

    def sharpness(angle: float) -> float:
        m = cv2.getRotationMatrix2D((ink.shape[1] / 2, ink.shape[0] / 2), angle, 1.0)
        r = cv2.warpAffine(ink, m, (ink.shape[1], ink.shape[0]), flags=cv2.INTER_NEAREST)
        prof = r.sum(axis=1, dtype=np.float64)
        return float(np.square(np.diff(prof)).sum())

    # (the peak is narrow when a page has few lines — a short table under a title is about
    # 0.2° wide at this size — so the coarse steps must not step over it)
    coarse = np.arange(-max_angle, max_angle + 1e-9, 0.2)
    best = max(coarse, key=sharpness)
    fine = np.arange(best - 0.18, best + 0.181, 0.02)
    angle = float(max(fine, key=sharpness))
    if sharpness(angle) < 1.05 * sharpness(0.0):
        return 0.0  # no angle is clearly better (noise, a blank or a picture): leave it
    return round(angle, 2)


def find_sheet_quad(bgr: np.ndarray, min_area: float = 0.2, max_area: float = 0.93) -> Optional[np.ndarray]:
    """The four corners of a sheet of paper lying on a darker background (a phone photo),
    or None when the paper fills the frame (a scan) or no clear sheet is seen."""
    small, m = resize_max_side(bgr, 800)
    grey = cv2.cvtColor(small, cv2.COLOR_BGR2GRAY) if small.ndim == 3 else small
    grey = cv2.GaussianBlur(grey, (5, 5), 0)
    _, bright = cv2.threshold(grey, 0, 255, cv2.THRESH_BINARY + cv2.THRESH_OTSU)
    bright = cv2.morphologyEx(bright, cv2.MORPH_CLOSE, np.ones((15, 15), np.uint8))
    contours, _ = cv2.findContours(bright, cv2.RETR_EXTERNAL, cv2.CHAIN_APPROX_SIMPLE)
    if not contours:
        return None
    c = max(contours, key=cv2.contourArea)
    area = cv2.contourArea(c) / float(grey.shape[0] * grey.shape[1])
    if not (min_area <= area <= max_area):
        return None
    hull = cv2.convexHull(c)
    peri = cv2.arcLength(hull, True)
    for eps in (0.02, 0.03, 0.05):
        approx = cv2.approxPolyDP(hull, eps * peri, True)
        if len(approx) == 4:
            break
    else:
        return None
    quad = map_points(np.linalg.inv(m), approx.reshape(4, 2))
    return order_corners(quad)


def even_lighting(grey: np.ndarray) -> np.ndarray:
    """Divide out the paper's shading (shadows, a lamp on one side) so paper is white and
    ink keeps its contrast: the background is the page with strokes closed away."""
    small, _ = resize_max_side(grey, 600)
    k = max(3, (min(small.shape[:2]) // 40) | 1)
    bg = cv2.morphologyEx(small, cv2.MORPH_CLOSE, cv2.getStructuringElement(cv2.MORPH_RECT, (k, k)))
    bg = cv2.medianBlur(bg, 2 * k + 1)
    bg = cv2.resize(bg, (grey.shape[1], grey.shape[0]), interpolation=cv2.INTER_LINEAR)
    out = grey.astype(np.float32) * 255.0 / np.maximum(bg.astype(np.float32), 1.0)
    return np.clip(out, 0, 255).astype(np.uint8)
