"""Synthetic returns for the OCR tests and bench: a Chinese progress table drawn with
Pillow and a CJK font, and the things that happen to paper (seal, rotation, skew, JPEG,
a phone photo's perspective and uneven light). Every function returns an RGB PIL image
plus, where useful, the ground truth it drew."""
from __future__ import annotations

import io
import math
import random
from dataclasses import dataclass, field
from pathlib import Path

import numpy as np
from PIL import Image, ImageDraw, ImageFilter, ImageFont

FONT_PATHS = ("/usr/share/fonts/truetype/wqy/wqy-zenhei.ttc",
              "/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc")
SEAL_RED = (220, 30, 40)


def font(size: int) -> ImageFont.FreeTypeFont:
    for p in FONT_PATHS:
        if Path(p).exists():
            return ImageFont.truetype(p, size)
    raise RuntimeError("no CJK font installed (fonts-wqy-zenhei or fonts-noto-cjk)")


@dataclass
class TableTruth:
    """Where the drawn table is: the x of each column line, the y of each row line, the
    merged cells as (row, col, row_span, col_span), and the text of each top-left cell."""

    xs: list[int]
    ys: list[int]
    merges: list[tuple[int, int, int, int]] = field(default_factory=list)
    texts: dict[tuple[int, int], str] = field(default_factory=dict)


def draw_table(draw: ImageDraw.ImageDraw, x0: int, y0: int, col_widths: list[int],
               row_heights: list[int], rows: list[list[str]], *, size: int,
               merges: tuple[tuple[int, int, int, int], ...] = (), line: int = 2) -> TableTruth:
    """A fully ruled table; ``merges`` are (row, col, row_span, col_span) whose inner lines
    are not drawn. ``rows[r][c]`` is the text of the cell whose top-left slot is (r, c)."""
    xs = [x0]
    for w in col_widths:
        xs.append(xs[-1] + w)
    ys = [y0]
    for h in row_heights:
        ys.append(ys[-1] + h)
    covered: dict[tuple[int, int], tuple[int, int, int, int]] = {}
    for m in merges:
        r, c, rs, cs = m
        for i in range(r, r + rs):
            for j in range(c, c + cs):
                covered[(i, j)] = m
    f = font(size)
    truth = TableTruth(xs, ys, list(merges))
    # horizontal segments, slot by slot, skipping those inside a merged cell
    for i in range(len(ys)):
        for j in range(len(col_widths)):
            above, below = covered.get((i - 1, j)), covered.get((i, j))
            if above is not None and above is below:
                continue
            draw.line([(xs[j], ys[i]), (xs[j + 1], ys[i])], fill=0, width=line)
    for j in range(len(xs)):
        for i in range(len(row_heights)):
            left, right = covered.get((i, j - 1)), covered.get((i, j))
            if left is not None and left is right:
                continue
            draw.line([(xs[j], ys[i]), (xs[j], ys[i + 1])], fill=0, width=line)
    for r, row in enumerate(rows):
        for c, text in enumerate(row):
            if not text:
                continue
            m = covered.get((r, c))
            if m is not None and (m[0], m[1]) != (r, c):
                continue
            rs, cs = (m[2], m[3]) if m else (1, 1)
            bx0, bx1 = xs[c], xs[c + cs]
            by0, by1 = ys[r], ys[r + rs]
            tw = draw.textlength(text, font=f)
            draw.text(((bx0 + bx1 - tw) / 2, (by0 + by1 - size) / 2 - size * 0.1), text,
                      fill=0, font=f)
            truth.texts[(r, c)] = text
    return truth


def draw_seal(img: Image.Image, center: tuple[int, int], radius: int, text: str,
              *, star: bool = True, color=SEAL_RED, alpha: float = 0.85) -> None:
    """A round official seal: ring, star, and ``text`` set along the upper arc with the
    characters' tops pointing outwards, blended over the page like ink."""
    size = radius * 2 + 8
    layer = Image.new("L", (size, size), 0)
    d = ImageDraw.Draw(layer)
    c = size / 2
    ring = max(3, radius // 22)
    d.ellipse([c - radius, c - radius, c + radius, c + radius], outline=255, width=ring)
    if star:
        r_out, r_in = radius * 0.28, radius * 0.11
        pts = []
        for k in range(10):
            a = -math.pi / 2 + k * math.pi / 5
            r = r_out if k % 2 == 0 else r_in
            pts.append((c + r * math.cos(a), c + r * math.sin(a)))
        d.polygon(pts, fill=255)
    if text:
        fs = max(8, int(radius * 0.26))
        f = font(fs)
        span = math.radians(min(250, 24 * len(text) + 40))
        r_text = radius - ring - fs * 0.75
        for k, ch in enumerate(text):
            t = -span / 2 + span * (k + 0.5) / len(text)  # 0 = straight up, clockwise
            glyph = Image.new("L", (fs * 2, fs * 2), 0)
            ImageDraw.Draw(glyph).text((fs / 2, fs / 2 - fs * 0.1), ch, fill=255, font=f)
            glyph = glyph.rotate(-math.degrees(t), resample=Image.BICUBIC)
            gx = c + r_text * math.sin(t) - fs
            gy = c - r_text * math.cos(t) - fs
            layer.paste(255, (int(gx), int(gy)), glyph)
    # ink multiplies with what is under it: black print stays black under the red
    a = np.asarray(layer, np.float32)[..., None] / 255.0 * alpha
    x0, y0 = center[0] - size // 2, center[1] - size // 2
    box = (x0, y0, x0 + size, y0 + size)
    under = np.asarray(img.crop(box), np.float32)
    tint = 1.0 - a * (1.0 - np.asarray(color, np.float32) / 255.0)
    img.paste(Image.fromarray(np.clip(under * tint, 0, 255).astype(np.uint8)), box[:2])


TABLE_HEADER = ["序号", "项目", "指标", "完成情况", "备注"]


def return_rows(rng: random.Random, n: int) -> tuple[list[list[str]], list[str]]:
    """Rows of a progress table with random figures; also the figure cells' texts."""
    items = ["新改扩建中小学", "新改扩建幼儿园", "智慧教育应用场景", "培训家政从业人员",
             "两癌筛查率", "家庭教育骨干", "单身青年联谊活动", "助学专线", "托育机构",
             "科普大讲堂", "戏曲进校园", "康复救助儿童"]
    units = ["所", "所", "个", "人次", "%", "人", "场", "条", "家", "场", "场", "名"]
    rows, figures = [], []
    for i in range(n):
        k = rng.randrange(len(items))
        if units[k] == "%":
            fig = f"{rng.randint(50, 99)}.{rng.randint(0, 9)}%"
        else:
            fig = f"{rng.randint(1, 5000)}{units[k]}"
        figures.append(fig)
        rows.append([str(i + 1), f"实事{rng.randint(1, 10)}", items[k], fig,
                     rng.choice(["", "已完成", "推进中"])])
    return rows, figures


@dataclass
class SynthPage:
    image: Image.Image
    table: TableTruth
    title: str
    lines: list[str]
    seal_center: tuple[int, int] | None = None
    seal_text: str = ""
    figures: list[str] = field(default_factory=list)


def a4_return(seed: int = 0, *, scale: float = 1.0, rows: int = 12, seal: bool = True,
              unit: str = "淄博市教育局") -> SynthPage:
    """An A4 return at 200 dpi × ``scale``: centred title, unit line, a ruled table with a
    merged cell, a date line, and a red seal over the table's lower right."""
    rng = random.Random(seed)
    s = scale
    W, H = int(1654 * s), int(2339 * s)
    img = Image.new("RGB", (W, H), "white")
    d = ImageDraw.Draw(img)
    title = "2024年为全市妇女儿童办实事工作进展情况表"
    tf = font(int(46 * s))
    tw = d.textlength(title, font=tf)
    d.text(((W - tw) / 2, 150 * s), title, fill=0, font=tf)
    bf = int(30 * s)
    unit_line = f"填报单位：{unit}（盖章）"
    d.text((140 * s, 260 * s), unit_line, fill=0, font=font(bf))
    body, figures = return_rows(rng, rows)
    header = list(TABLE_HEADER)
    rows_all = [header] + body
    # merge 项目 of rows 1-2 (same project spans two indicators)
    rows_all[2][1] = ""
    widths = [int(w * s) for w in (110, 260, 480, 380, 160)]
    heights = [int(80 * s)] * len(rows_all)
    truth = draw_table(d, int(140 * s), int(330 * s), widths, heights, rows_all, size=bf,
                       merges=((1, 1, 2, 1),), line=max(1, int(3 * s)))
    y_end = truth.ys[-1]
    date_line = "填报日期：2024年3月31日"
    d.text((int(1000 * s), y_end + int(60 * s)), date_line, fill=0, font=font(bf))
    page = SynthPage(img, truth, title, [unit_line, date_line], figures=figures)
    if seal:
        center = (int(1150 * s), y_end - int(40 * s))
        draw_seal(img, center, int(150 * s), unit)
        page.seal_center, page.seal_text = center, unit
    return page


def to_jpeg(img: Image.Image, quality: int = 60) -> Image.Image:
    buf = io.BytesIO()
    img.save(buf, "JPEG", quality=quality)
    buf.seek(0)
    return Image.open(buf).convert("RGB")


def rotate_page(img: Image.Image, degrees: float) -> Image.Image:
    """Turn the page counter-clockwise by ``degrees`` (as a scanner would), expanding."""
    return img.rotate(degrees, resample=Image.BICUBIC, expand=True, fillcolor="white")


def noisy(img: Image.Image, seed: int = 0, sigma: float = 12.0) -> Image.Image:
    rng = np.random.default_rng(seed)
    a = np.asarray(img).astype(np.float32)
    a += rng.normal(0, sigma, a.shape[:2])[..., None]
    return Image.fromarray(np.clip(a, 0, 255).astype(np.uint8)).filter(ImageFilter.GaussianBlur(0.6))


def photo(img: Image.Image, seed: int = 0) -> tuple[Image.Image, np.ndarray]:
    """A phone photo of the sheet: on a dark desk, in perspective, lit from one side.
    Returns the photo and the 4 sheet corners in it (tl, tr, br, bl)."""
    import cv2

    rng = random.Random(seed)
    w, h = img.size
    W, H = int(w * 1.25), int(h * 1.2)
    j = lambda a: rng.uniform(-a, a)  # noqa: E731
    dst = np.float32([[0.10 * W + j(20), 0.07 * H + j(20)], [0.88 * W + j(20), 0.09 * H + j(20)],
                      [0.93 * W + j(20), 0.94 * H + j(20)], [0.05 * W + j(20), 0.91 * H + j(20)]])
    src = np.float32([[0, 0], [w, 0], [w, h], [0, h]])
    M = cv2.getPerspectiveTransform(src, dst)
    desk = np.full((H, W, 3), (70, 60, 55), np.uint8)
    warped = cv2.warpPerspective(np.asarray(img), M, (W, H), dst=desk.copy(),
                                 borderMode=cv2.BORDER_TRANSPARENT, flags=cv2.INTER_AREA)
    xx = np.linspace(0.65, 1.0, W, dtype=np.float32)[None, :, None]
    yy = np.linspace(1.0, 0.85, H, dtype=np.float32)[:, None, None]
    lit = np.clip(warped.astype(np.float32) * xx * yy, 0, 255).astype(np.uint8)
    return to_jpeg(Image.fromarray(lit), 80), dst
