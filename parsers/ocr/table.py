"""Ruled tables on a page image, as small steps:

    grey ─ grey_to_rulings ─ rulings_to_regions ─ region_to_lines ─ lines_to_cells ─ GridCell

Rulings are found by line morphology (opening the ink with long thin kernels). Inside a
table region the ruling positions become the grid; a grid slot boundary with no ruling
along it joins the two slots into one merged cell (row_span / col_span).
"""
from __future__ import annotations

from dataclasses import dataclass, replace

import cv2
import numpy as np

from parsers.ocr import geometry as geo

BBox = geo.BBox


#: rulings within this share of the image's shorter side from its edge are the sheet's or
#: the scanner's edges
BORDER_SHARE = 0.012

#: the darkest a ruling must be where a seal's grey ring could pass for one
DARK_RULING_GREY = 170


@dataclass(frozen=True)
class GridSettings:
    """Knobs of the grid finder, in working-image pixels (about 200 dpi)."""

    min_h_line: int = 40  # shortest horizontal ruling
    min_v_line: int = 25  # shortest vertical ruling
    merge_tol: int = 10  # rulings closer than this are one line
    min_slot: int = 12  # thinner rows/columns are double rulings, not slots
    wall_cover: float = 0.55  # share of a slot boundary that must be ruled to be a wall
    min_table_side: int = 60
    #: darkest a ruling pixel must be (the page's lighting evened, paper ≈ 250): a thin line
    #: blurred by a phone camera is ~150–190, a seal's trace in the red channel lighter
    max_ruling_grey: int = 200

    def __post_init__(self) -> None:
        for k, v in self.__dict__.items():
            if v <= 0:
                raise ValueError(f"GridSettings.{k} must be positive, got {v!r}")
        if not 0 < self.wall_cover <= 1:
            raise ValueError(f"GridSettings.wall_cover must be in (0, 1], got {self.wall_cover!r}")


@dataclass
class GridCell:
    row: int
    col: int
    row_span: int
    col_span: int
    bbox: BBox  # working-image pixels, on the rulings


@dataclass
class Grid:
    xs: list[int]
    ys: list[int]
    cells: list[GridCell]

    @property
    def bbox(self) -> BBox:
        return (self.xs[0], self.ys[0], self.xs[-1], self.ys[-1])

    @property
    def n_rows(self) -> int:
        return len(self.ys) - 1

    @property
    def n_cols(self) -> int:
        return len(self.xs) - 1


def grey_to_rulings(grey: np.ndarray, s: GridSettings = GridSettings()) -> tuple[np.ndarray, np.ndarray]:
    """Masks of horizontal and vertical rulings (255 on 0)."""
    # dark against its surroundings and dark outright: faint traces (seal ink left in the
    # red channel, shadows) are not rulings
    ink = geo.grey_to_ink(grey, 31, 12) & ((grey < s.max_ruling_grey).astype(np.uint8) * 255)
    # a ruling is longer than any stroke of a character: scale the kernels to the glyphs
    ch = geo.glyph_size(ink)
    kh, kv = max(s.min_h_line, int(1.6 * ch)), max(s.min_v_line, int(1.4 * ch))
    h = cv2.morphologyEx(ink, cv2.MORPH_OPEN, cv2.getStructuringElement(cv2.MORPH_RECT, (kh, 1)))
    v = cv2.morphologyEx(ink, cv2.MORPH_OPEN, cv2.getStructuringElement(cv2.MORPH_RECT, (1, kv)))
    # bridge small breaks (faint print, residual skew) along each line's own direction
    h = cv2.morphologyEx(h, cv2.MORPH_CLOSE, cv2.getStructuringElement(cv2.MORPH_RECT, (9, 1)))
    v = cv2.morphologyEx(v, cv2.MORPH_CLOSE, cv2.getStructuringElement(cv2.MORPH_RECT, (1, 9)))
    return h, v


def rulings_to_regions(h: np.ndarray, v: np.ndarray, s: GridSettings = GridSettings()) -> list[BBox]:
    """Boxes of connected ruled structures crossed by at least two rulings each way."""
    both = cv2.dilate(h | v, np.ones((5, 5), np.uint8))
    n, _, stats, _ = cv2.connectedComponentsWithStats(both, connectivity=8)
    regions = []
    for i in range(1, n):
        x, y, w, hh = stats[i, :4]
        if w < s.min_table_side or hh < s.min_table_side:
            continue
        box = (int(x), int(y), int(x + w), int(y + hh))
        xs, ys = region_to_lines(h, v, box, s)
        if len(xs) >= 2 and len(ys) >= 2:
            regions.append(box)
    return sorted(regions, key=lambda b: (b[1], b[0]))


def _segments(mask: np.ndarray, axis: int) -> list[tuple[float, int, int]]:
    """Line segments of a ruling mask: (position across, start along, end along)."""
    n, _, stats, _ = cv2.connectedComponentsWithStats(mask, connectivity=8)
    out = []
    for i in range(1, n):
        x, y, w, h = stats[i, :4]
        if axis == 0:  # horizontal: position is y
            out.append((y + h / 2, x, x + w))
        else:
            out.append((x + w / 2, y, y + h))
    return out


def _cluster(values: list[float], tol: int) -> list[int]:
    out: list[list[float]] = []
    for v in sorted(values):
        if out and v - out[-1][-1] <= tol:
            out[-1].append(v)
        else:
            out.append([v])
    return [int(round(float(np.mean(c)))) for c in out]


def _drop_close(lines: list[int], min_gap: int) -> list[int]:
    out: list[int] = []
    for p in lines:
        if out and p - out[-1] < min_gap:
            continue
        out.append(p)
    return out


def region_to_lines(h: np.ndarray, v: np.ndarray, box: BBox, s: GridSettings = GridSettings()) -> tuple[list[int], list[int]]:
    """Column-line xs and row-line ys of the table in ``box`` (page coordinates). Rulings
    running past the outermost perpendicular line stand for an open (unruled) table side."""
    x0, y0, x1, y1 = (int(b) for b in box)
    hs = [(p + y0, a + x0, b + x0) for p, a, b in _segments(h[y0:y1, x0:x1], 0)]
    vs = [(p + x0, a + y0, b + y0) for p, a, b in _segments(v[y0:y1, x0:x1], 1)]
    if not hs or not vs:
        return [], []
    ys = _cluster([p for p, _, _ in hs], s.merge_tol)
    xs = _cluster([p for p, _, _ in vs], s.merge_tol)
    left, right = min(a for _, a, _ in hs), max(b for _, _, b in hs)
    top, bottom = min(a for _, a, _ in vs), max(b for _, _, b in vs)
    # an open side is a whole column (row) wide; a few pixels' overhang is a slanted ruling
    col = float(np.median(np.diff(xs))) if len(xs) > 1 else 0.0
    row = float(np.median(np.diff(ys))) if len(ys) > 1 else 0.0
    open_x, open_y = max(2 * s.min_slot, 0.3 * col), max(2 * s.min_slot, 0.3 * row)
    if xs and xs[0] - left > open_x:
        xs.insert(0, left)
    if xs and right - xs[-1] > open_x:
        xs.append(right)
    if ys and ys[0] - top > open_y:
        ys.insert(0, top)
    if ys and bottom - ys[-1] > open_y:
        ys.append(bottom)
    return _drop_close(xs, s.min_slot), _drop_close(ys, s.min_slot)


def _ruled(mask: np.ndarray, at: int, lo: int, hi: int, axis: int, tol: int) -> float:
    """Share of the stretch lo..hi along a boundary at ``at`` that carries a ruling."""
    pad = max(2, (hi - lo) // 8)
    lo, hi = lo + pad, hi - pad
    if hi <= lo:
        return 1.0
    if axis == 0:  # horizontal boundary at y=at, along x
        band = mask[max(0, at - tol):at + tol + 1, lo:hi]
        return float((band.max(axis=0) > 0).mean()) if band.size else 0.0
    band = mask[lo:hi, max(0, at - tol):at + tol + 1]
    return float((band.max(axis=1) > 0).mean()) if band.size else 0.0


def lines_to_cells(h: np.ndarray, v: np.ndarray, xs: list[int], ys: list[int],
                   s: GridSettings = GridSettings()) -> list[GridCell]:
    """Grid slots joined across unruled boundaries into merged cells, in row-major order."""
    nr, nc = len(ys) - 1, len(xs) - 1
    parent = list(range(nr * nc))

    def find(a: int) -> int:
        while parent[a] != a:
            parent[a] = parent[parent[a]]
            a = parent[a]
        return a

    # look for a wall up to 0.4 of the thinner neighbouring slot away from its mean position:
    # the masks hold rulings only, and a photographed sheet's rulings are not quite straight
    base = max(3, s.merge_tol // 2)
    for r in range(nr):
        for c in range(nc):
            if c + 1 < nc:
                tol = max(base, int(0.4 * min(xs[c + 1] - xs[c], xs[c + 2] - xs[c + 1])))
                if _ruled(v, xs[c + 1], ys[r], ys[r + 1], 1, tol) < s.wall_cover:
                    parent[find(r * nc + c)] = find(r * nc + c + 1)
            if r + 1 < nr:
                tol = max(base, int(0.4 * min(ys[r + 1] - ys[r], ys[r + 2] - ys[r + 1])))
                if _ruled(h, ys[r + 1], xs[c], xs[c + 1], 0, tol) < s.wall_cover:
                    parent[find(r * nc + c)] = find((r + 1) * nc + c)
    groups: dict[int, list[tuple[int, int]]] = {}
    for r in range(nr):
        for c in range(nc):
            groups.setdefault(find(r * nc + c), []).append((r, c))
    taken: set[tuple[int, int]] = set()
    cells = []
    for slots in sorted(groups.values(), key=lambda g: min(g)):
        r0, r1 = min(r for r, _ in slots), max(r for r, _ in slots)
        c0, c1 = min(c for _, c in slots), max(c for _, c in slots)
        if any((r, c) in taken for r in range(r0, r1 + 1) for c in range(c0, c1 + 1)):
            # an irregular union overlapping another cell: keep its slots as single cells
            for r, c in slots:
                if (r, c) not in taken:
                    taken.add((r, c))
                    cells.append(GridCell(r, c, 1, 1, (xs[c], ys[r], xs[c + 1], ys[r + 1])))
            continue
        taken.update((r, c) for r in range(r0, r1 + 1) for c in range(c0, c1 + 1))
        cells.append(GridCell(r0, c0, r1 - r0 + 1, c1 - c0 + 1,
                              (xs[c0], ys[r0], xs[c1 + 1], ys[r1 + 1])))
    return sorted(cells, key=lambda k: (k.row, k.col))


def wipe_seals(mask: np.ndarray, boxes: list[BBox]) -> np.ndarray:
    """The mask without the ring and star of each seal in ``boxes`` (a seal on a page scanned
    without colour): its ring's flat stretches would pass for rulings. Rulings crossing the
    seal lose only the short stretch under its ring."""
    if not boxes:
        return mask
    out = mask.copy()
    for x0, y0, x1, y1 in boxes:
        c = (int(round((x0 + x1) / 2)), int(round((y0 + y1) / 2)))
        r = (x1 - x0 + y1 - y0) / 4
        cv2.circle(out, c, int(round(r)), 0, thickness=max(3, int(r * 0.3)))  # 0.85–1.15 r
        cv2.circle(out, c, int(round(r * 0.35)), 0, thickness=-1)
    return out


def find_grids(grey: np.ndarray, s: GridSettings = GridSettings(),
               exclude: list[BBox] = ()) -> tuple[list[Grid], np.ndarray]:
    """Every ruled table on the page, top to bottom, and the mask of all rulings (so cell
    crops can wipe them before OCR). ``exclude``: boxes of seals still on the grey image."""
    if exclude:
        # seals still on the grey image (a black-and-white scan): their grey rings are fainter
        # than print, so only dark lines are rulings here
        s = replace(s, max_ruling_grey=min(s.max_ruling_grey, DARK_RULING_GREY))
    h, v = grey_to_rulings(grey, s)
    # the sheet's own edges and a scanner's dark border are not rulings of a table
    edge = max(4, int(round(BORDER_SHARE * min(grey.shape[:2]))))
    for m in (h, v):
        m[:edge, :] = 0
        m[-edge:, :] = 0
        m[:, :edge] = 0
        m[:, -edge:] = 0
    # positions from rulings with the seals' rings wiped; walls from all rulings (a ruling
    # under a seal is still a wall)
    hw, vw = wipe_seals(h, list(exclude)), wipe_seals(v, list(exclude))
    grids = []
    for box in rulings_to_regions(hw, vw, s):
        xs, ys = region_to_lines(hw, vw, box, s)
        if len(xs) < 2 or len(ys) < 2:
            continue
        cells = lines_to_cells(h, v, xs, ys, s)
        if len(cells) < 2:
            continue  # a frame round a paragraph (or the page's edges), not a table
        grids.append(Grid(xs, ys, cells))
    return grids, h | v
