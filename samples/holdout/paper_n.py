"""Batch 8's own paper chain: the text PDF printed, stamped and either fed through one of the
offices' scanners or photographed on a desk with a phone.

Each return picks its paper with ``scanned(...)`` or ``photographed(...)``; both give back a
``paper(pdf, out, rng, seal_name)`` callable for ``@ret(..., paper=...)``. The variety is the
one seen in a real in-tray: 150/200/300 dpi, colour, grey and 1-bit office scanners, a sheet
fed turned or upside down, JPEG inside the PDF, speckles, a dark lid edge, a fold, punched
holes; seals red or orange-red, faded or heavily inked, over the 落款, the date or the figures,
half off the text, a 骑缝 seal across the pages, a small 已审核 box; phone photos at an angle
on a desk, with uneven light, a phone's shadow, a little barrel distortion and blur."""
from __future__ import annotations

import io
import math
import random
import subprocess
import tempfile
from dataclasses import dataclass, field
from pathlib import Path
from typing import Optional, Union

import numpy as np
from PIL import Image, ImageChops, ImageDraw, ImageFilter

from samples.holdout.seal import font, seal_image

Where = Union[str, tuple[float, float]]

COLOURS = {
    "red": (206, 28, 38),
    "orange": (226, 74, 40),   # orange-red stamp pad
    "dark": (168, 22, 44),     # an old, dark red pad
    "pink": (222, 60, 88),     # a pad running dry
}


@dataclass
class Ink:
    """How the seal is pressed."""
    colour: str = "red"
    #: 1 = a good press; 0.45 = faded; heavy → the ink spreads and fills the ring
    strength: float = 1.0
    heavy: bool = False
    #: "sign": over the 落款 and the date; "date": lower, mostly over the date line;
    #: "table": over figures of the table (压字); "edge": half off the text to the right;
    #: or (fx, fy) fractions of the page
    where: Where = "sign"
    #: degrees; None → a random small turn
    angle: Optional[float] = None
    #: 40–42 mm is the usual department seal
    mm: float = 42.0
    #: a small red 已审核 box somewhere else on the page (not a seal)
    checked: bool = False
    #: on a multi-page return, a 骑缝 seal across the right edges of all pages
    riding: bool = False
    #: which page (of the rendered PDF) carries the seal; -1 = the last
    page: int = -1


@dataclass
class Scanner:
    dpi: int = 200
    mode: str = "rgb"            # rgb, grey, bw (1-bit)
    turn: float = 0.8            # degrees, sign chosen at random
    flip: dict = field(default_factory=dict)  # page index → 180 (upside down) or 90/270
    jpeg: int = 72               # JPEG quality inside the PDF (ignored for bw)
    specks: float = 0.0006
    dark_edge: Optional[str] = None  # "left", "right", "top", "bottom"
    fold: bool = False
    holes: bool = False
    threshold: int = 150         # for bw
    blur: float = 0.45


@dataclass
class Phone:
    render_dpi: int = 200
    long_side: int = 2200
    quality: int = 74
    desk: str = "wood"           # wood, grey, cloth
    slant: float = 1.0           # perspective strength (0.5 gentle … 2 hasty)
    tilt: float = 0.0            # degrees the sheet lies turned on the desk (sign random)
    light: float = 0.25          # how uneven the light is
    shadow: Optional[str] = None  # "phone", "hand" or None
    barrel: float = 0.0          # 0.02–0.06
    blur: float = 0.6
    sideways: bool = False       # a landscape sheet shot with a portrait phone
    warm: bool = False           # under a warm desk lamp


# ------------------------------------------------------------------ rendering
def render(pdf: Path, dpi: int) -> list[Image.Image]:
    with tempfile.TemporaryDirectory(prefix="paper-n-") as tmp:
        subprocess.run(["pdftoppm", "-r", str(dpi), "-png", str(pdf), f"{tmp}/p"], check=True,
                       timeout=180)
        return [Image.open(p).convert("RGB") for p in sorted(Path(tmp).glob("p-*.png"))]


def _ink_lines(page: Image.Image) -> list[tuple[int, int]]:
    """Bands of rows holding dark ink, top to bottom (text lines, table rules)."""
    g = np.asarray(page.convert("L"))
    dark = (g < 140).sum(axis=1) > 2
    lines, start = [], None
    for y, d in enumerate(dark):
        if d and start is None:
            start = y
        elif not d and start is not None:
            lines.append((start, y))
            start = None
    if start is not None:
        lines.append((start, len(dark)))
    return lines


def _signoff(page: Image.Image, dpi: int) -> tuple[int, int]:
    """Centre of the 落款 block: the last two lines of ink on the page, if they sit on the right."""
    g = np.asarray(page.convert("L"))
    lines = [ln for ln in _ink_lines(page) if ln[1] - ln[0] > dpi * 0.05]
    if not lines:
        return int(page.width * 0.7), int(page.height * 0.8)
    last = lines[-2:] if len(lines) > 1 else lines
    if len(last) == 2 and last[1][0] - last[0][1] > dpi * 0.2:  # a date line standing alone
        last = last[1:]
    top, bottom = last[0][0], last[-1][1]
    # across the date line only: a 填表人 line to its left must not pull the seal away
    cols = np.where((g[last[-1][0]:bottom] < 140).sum(axis=0) > 0)[0]
    x = int((cols[0] + cols[-1]) / 2) if len(cols) else int(page.width * 0.7)
    return x, (top + bottom) // 2


def _table_figures(page: Image.Image, dpi: int, rng: random.Random) -> tuple[int, int]:
    """Somewhere over the right half of the table body (where the figures are)."""
    g = np.asarray(page.convert("L"))
    rules = np.where((g < 160).sum(axis=1) > page.width * 0.4)[0]  # the table's ruled lines
    if len(rules) >= 2 and rules[-1] - rules[0] > dpi * 0.4:
        top, bottom = int(rules[0]), int(rules[-1])
    else:
        top, bottom = int(page.height * 0.35), int(page.height * 0.65)
    return (int(page.width * rng.uniform(0.55, 0.75)),
            int(top + (bottom - top) * rng.uniform(0.45, 0.8)))


# ------------------------------------------------------------------ seals
def _noise_field(shape: tuple[int, int], rng: random.Random, scale: int = 6) -> np.ndarray:
    """Smooth 0..1 noise: how hard each part of the seal met the paper."""
    nrng = np.random.default_rng(rng.randrange(1 << 30))
    small = nrng.random((scale, scale)).astype(np.float32)
    img = Image.fromarray((small * 255).astype(np.uint8)).resize(shape[::-1], Image.BICUBIC)
    return np.asarray(img).astype(np.float32) / 255


def seal_layer(name: str, size: int, ink: Ink, rng: random.Random) -> Image.Image:
    """The seal as RGBA in the ink's colour, pressure and spread."""
    base = seal_image(name, size, rng.randrange(1000))
    alpha = np.asarray(base.getchannel("A")).astype(np.float32) / 255
    if ink.heavy:  # too much ink: strokes fatten and bleed a little
        a_img = Image.fromarray((alpha * 255).astype(np.uint8)).filter(ImageFilter.MaxFilter(3))
        alpha = np.asarray(a_img.filter(ImageFilter.GaussianBlur(0.9))).astype(np.float32) / 255
        alpha = np.clip(alpha * 1.2, 0, 1)
    pressure = 0.55 + 0.45 * _noise_field(alpha.shape, rng)
    if ink.strength < 0.8:  # a faded press: one side lighter, dry specks
        nrng = np.random.default_rng(rng.randrange(1 << 30))
        dry = nrng.random(alpha.shape) < (0.9 - ink.strength) * 0.5
        alpha = np.where(dry, alpha * 0.25, alpha)
    alpha = np.clip(alpha * pressure * ink.strength * 1.15, 0, 1)
    rgb = np.zeros(alpha.shape + (3,), np.uint8)
    rgb[...] = COLOURS[ink.colour]
    out = Image.fromarray(np.dstack([rgb, (alpha * 255).astype(np.uint8)]), "RGBA")
    angle = ink.angle if ink.angle is not None else rng.uniform(-18, 18)
    return out.rotate(angle, resample=Image.BICUBIC)


def _multiply(page: Image.Image, layer: Image.Image, at: tuple[int, int]) -> Image.Image:
    """Press an RGBA ``layer`` with its top-left at ``at`` onto ``page`` (ink multiplies)."""
    white = Image.new("RGB", page.size, (255, 255, 255))
    tint = Image.new("RGB", layer.size, (255, 255, 255))
    tint.paste(layer.convert("RGB"), (0, 0), layer)
    white.paste(tint, at)
    return ImageChops.multiply(page, white)


def checked_box(dpi: int, rng: random.Random, colour: str = "red") -> Image.Image:
    """A small rectangular 已审核 stamp with a date, as a registry clerk adds (not a seal)."""
    w, h = int(dpi * 1.25), int(dpi * 0.62)
    img = Image.new("RGBA", (w, h), (0, 0, 0, 0))
    d = ImageDraw.Draw(img)
    c = COLOURS[colour] + (235,)
    lw = max(2, dpi // 70)
    d.rectangle((lw, lw, w - lw, h - lw), outline=c, width=lw)
    d.text((w / 2, h * 0.36), rng.choice(("已审核", "已核对", "已登记")), font=font(int(h * 0.34)),
           fill=c, anchor="mm")
    d.text((w / 2, h * 0.76), "经办人：", font=font(int(h * 0.2)), fill=c, anchor="mm")
    return img.rotate(rng.uniform(-8, 8), resample=Image.BICUBIC, expand=True)


def stamp_pages(pages: list[Image.Image], name: Optional[str], ink: Ink, dpi: int,
                rng: random.Random) -> list[Image.Image]:
    if name is None:
        return pages
    pages = list(pages)
    k = ink.page if ink.page >= 0 else len(pages) - 1
    page = pages[k]
    size = int(dpi * ink.mm / 25.4)
    layer = seal_layer(name, size, ink, rng)
    if ink.where == "sign":
        x, y = _signoff(page, dpi)
        x += rng.randint(-dpi // 8, dpi // 8)
        y += rng.randint(-dpi // 10, dpi // 10)
    elif ink.where == "date":
        x, y = _signoff(page, dpi)
        y += int(size * 0.22)
    elif ink.where == "table":
        x, y = _table_figures(page, dpi, rng)
    elif ink.where == "edge":
        x, y = _signoff(page, dpi)
        x = page.width - int(size * rng.uniform(0.2, 0.35))
    else:
        x, y = int(page.width * ink.where[0]), int(page.height * ink.where[1])
    y = min(max(y, size // 2), page.height - size // 2)
    pages[k] = _multiply(page, layer, (x - layer.width // 2, y - layer.height // 2))
    if ink.checked:
        box = checked_box(dpi, rng)
        first = pages[0]  # the registry's stamp in the top right margin of the first page
        bx = int(first.width * rng.uniform(0.7, 0.78))
        by = int(first.height * rng.uniform(0.025, 0.045))
        pages[0] = _multiply(first, box, (bx, by))
    if ink.riding and len(pages) > 1:  # 骑缝章: the pages fanned, one slice of the seal each
        strip = seal_layer(name, size, Ink(ink.colour, ink.strength * 0.95, angle=0), rng)
        n = len(pages)
        ry = int(pages[0].height * rng.uniform(0.45, 0.6))
        for i, p in enumerate(pages):
            part = strip.crop((i * size // n, 0, (i + 1) * size // n, size))
            pages[i] = _multiply(p, part, (p.width - part.width, ry - size // 2))
    return pages


# ------------------------------------------------------------------ scanner
def _scan_page(page: Image.Image, sc: Scanner, rng: random.Random, idx: int) -> Image.Image:
    nrng = np.random.default_rng(rng.randrange(1 << 30))
    lid = (40, 40, 42) if sc.dark_edge else (246, 246, 244)
    turn = sc.turn * rng.choice((-1, 1)) * rng.uniform(0.8, 1.1)
    page = page.rotate(turn, resample=Image.BICUBIC, expand=False, fillcolor=lid)
    a = np.asarray(page).astype(np.float32)
    h, w = a.shape[:2]
    warmth = rng.uniform(0.0, 0.04)
    tone = rng.uniform(0.9, 0.96) * np.array([1.0, 1.0 - warmth * 0.4, 1.0 - warmth])
    a = a * tone + 10
    if sc.fold:  # a sheet folded in three for the envelope: a soft crease across
        for fy in (rng.uniform(0.32, 0.35), rng.uniform(0.65, 0.68)):
            yy = np.arange(h)[:, None]
            crease = 1 - 0.16 * np.exp(-((yy - fy * h) / (sc.dpi * 0.012)) ** 2)
            crease -= 0.05 * np.exp(-((yy - fy * h - sc.dpi * 0.03) / (sc.dpi * 0.04)) ** 2)
            a *= crease[..., None]
    if sc.holes:  # two punched holes at the left margin, the dark lid behind them
        yy, xx = np.mgrid[0:h, 0:w]
        cx = sc.dpi * 0.45
        for fy in (0.5 - 80 / 297, 0.5 + 80 / 297):
            r = np.hypot(xx - cx, yy - fy * h)
            rad = sc.dpi * 0.118
            a[r < rad] = 55
            ring = (r >= rad) & (r < rad + sc.dpi * 0.02)
            a[ring] *= 0.7
    if sc.dark_edge:
        depth = int(sc.dpi * rng.uniform(0.12, 0.3))
        ramp = np.linspace(0.18, 1.0, depth)
        if sc.dark_edge == "left":
            a[:, :depth] *= ramp[None, :, None]
        elif sc.dark_edge == "right":
            a[:, -depth:] *= ramp[::-1][None, :, None]
        elif sc.dark_edge == "top":
            a[:depth] *= ramp[:, None, None]
        else:
            a[-depth:] *= ramp[::-1][:, None, None]
    a += nrng.normal(0, 5, a.shape)
    specks = nrng.random((h, w)) < sc.specks
    a[specks] = nrng.uniform(30, 110)
    img = Image.fromarray(np.clip(a, 0, 255).astype(np.uint8))
    if sc.blur:
        img = img.filter(ImageFilter.GaussianBlur(sc.blur))
    if idx in sc.flip:
        img = img.rotate(sc.flip[idx], expand=True)
    if sc.mode == "grey":
        img = img.convert("L")
    elif sc.mode == "bw":
        g = np.asarray(img.convert("L")).astype(np.int16)
        g = g + nrng.normal(0, 6, g.shape)
        img = Image.fromarray(np.where(g < sc.threshold, 0, 255).astype(np.uint8)).convert("1")
    return img


def scanned(sc: Scanner, ink: Ink = Ink()):
    """A paper chain that stamps the printed return and feeds it through ``sc``."""
    def paper(pdf: Path, out: Path, rng: random.Random, seal_name: Optional[str]) -> None:
        pages = render(pdf, sc.dpi)
        pages = stamp_pages(pages, seal_name, ink, sc.dpi, rng)
        imgs = []
        for i, p in enumerate(pages):
            img = _scan_page(p, sc, rng, i)
            if img.mode != "1":
                buf = io.BytesIO()
                img.save(buf, "JPEG", quality=sc.jpeg)
                img = Image.open(io.BytesIO(buf.getvalue()))
            imgs.append(img)
        imgs[0].save(out, "PDF", save_all=True, append_images=imgs[1:], resolution=sc.dpi)
    return paper


# ------------------------------------------------------------------ phone
def _desk(shape: tuple[int, int], kind: str, rng: random.Random) -> np.ndarray:
    h, w = shape
    nrng = np.random.default_rng(rng.randrange(1 << 30))
    if kind == "wood":  # planks: streaks along x, slowly wavering, fine grain lines
        yy, xx = np.mgrid[0:h, 0:w].astype(np.float32)
        waver = np.asarray(Image.fromarray((nrng.random((3, 5)) * 255).astype(np.uint8))
                           .resize((w, h), Image.BICUBIC)).astype(np.float32) / 255
        ys = np.clip(yy + (waver - 0.5) * h * 0.04, 0, h - 1).astype(np.int32)
        coarse = np.interp(np.arange(h), np.linspace(0, h - 1, h // 40 + 2),
                           nrng.random(h // 40 + 2))
        fine = np.convolve(nrng.normal(0, 1, h), np.ones(3) / 3, mode="same")
        grain = 0.75 * coarse[ys] + 0.08 * fine[ys]
        base = np.array([rng.uniform(120, 150), rng.uniform(82, 100), rng.uniform(52, 66)])
        desk = base * (0.78 + 0.3 * grain[..., None])
    elif kind == "cloth":
        desk = np.zeros((h, w, 3)) + np.array([52, 70, 96])
    else:
        desk = np.zeros((h, w, 3)) + rng.uniform(118, 150)
    return desk + nrng.normal(0, 4, (h, w, 3))


def _barrel(img: np.ndarray, k: float) -> np.ndarray:
    import cv2
    h, w = img.shape[:2]
    yy, xx = np.mgrid[0:h, 0:w].astype(np.float32)
    cx, cy = w / 2, h / 2
    nx, ny = (xx - cx) / cx, (yy - cy) / cy
    r2 = nx * nx + ny * ny
    f = 1 + k * r2
    mx = (nx * f * cx + cx).astype(np.float32)
    my = (ny * f * cy + cy).astype(np.float32)
    return cv2.remap(img, mx, my, cv2.INTER_LINEAR, borderMode=cv2.BORDER_REFLECT)


def _shadow(shape: tuple[int, int], kind: str, rng: random.Random) -> np.ndarray:
    """A soft shadow of the phone (a rounded block from one edge) or a hand (a blob)."""
    h, w = shape
    m = Image.new("L", (w, h), 0)
    d = ImageDraw.Draw(m)
    if kind == "phone":
        x0 = int(w * rng.uniform(0.25, 0.5))
        d.rounded_rectangle((x0, int(h * rng.uniform(0.78, 0.86)), x0 + int(w * 0.38), h + 50),
                            radius=int(w * 0.05), fill=255)
    else:
        side = rng.choice((0, 1))
        cx = int(w * (0.05 if side == 0 else 0.95))
        cy = int(h * rng.uniform(0.55, 0.85))
        d.ellipse((cx - int(w * 0.22), cy - int(h * 0.12), cx + int(w * 0.22), cy + int(h * 0.12)),
                  fill=255)
    m = m.filter(ImageFilter.GaussianBlur(w * 0.025))
    return 1 - 0.38 * np.asarray(m).astype(np.float32)[..., None] / 255


def photographed(ph: Phone, ink: Ink = Ink()):
    """A paper chain that stamps the printed return and takes a phone photo of it on a desk."""
    def paper(pdf: Path, out: Path, rng: random.Random, seal_name: Optional[str]) -> None:
        import cv2
        pages = render(pdf, ph.render_dpi)
        if len(pages) != 1:
            raise ValueError(f"{out.name}: a photographed return must fit one page")
        page = stamp_pages(pages, seal_name, ink, ph.render_dpi, rng)[0]
        if ph.tilt:
            page = page.convert("RGBA").rotate(ph.tilt * rng.choice((-1, 1)),
                                               resample=Image.BICUBIC, expand=True)
        w, h = page.size
        mx, my = int(w * rng.uniform(0.07, 0.14)), int(h * rng.uniform(0.06, 0.12))
        cw, ch = w + 2 * mx, h + 2 * my
        canvas = _desk((ch, cw), ph.desk, rng)
        s = ph.slant * 0.045
        j = lambda lo=0.0: rng.uniform(lo, s)
        # the far edge (top) looks narrower: a phone held above the near edge, a little askew
        src = np.float32([[0, 0], [w, 0], [w, h], [0, h]])
        dst = np.float32([[mx + j(0.3 * s) * w, my + j() * h * 0.5],
                          [mx + w - j(0.3 * s) * w, my + j() * h * 0.5],
                          [mx + w + j() * w * 0.3, my + h - j() * h * 0.3],
                          [mx - j() * w * 0.3, my + h - j() * h * 0.3]])
        m = cv2.getPerspectiveTransform(src, dst)
        rgba = np.asarray(page.convert("RGBA"))
        warped = cv2.warpPerspective(rgba, m, (cw, ch), flags=cv2.INTER_LINEAR,
                                     borderMode=cv2.BORDER_CONSTANT, borderValue=(0, 0, 0, 0))
        alpha = warped[..., 3:4].astype(np.float32) / 255
        warmth = rng.uniform(0.0, 0.05)
        grey = rng.uniform(0.92, 0.99)
        paper_tone = grey * np.array([1.0, 1.0 - warmth * 0.4, 1.0 - warmth])
        img = warped[..., :3] * paper_tone * alpha + canvas * (1 - alpha)
        # light: a gradient from one side plus a vignette
        yy, xx = np.mgrid[0:ch, 0:cw].astype(np.float32)
        ang = rng.uniform(0, 2 * math.pi)
        t = ((xx / cw - 0.5) * math.cos(ang) + (yy / ch - 0.5) * math.sin(ang))
        light = 1 - ph.light * (t + 0.5)
        vig = 1 - 0.18 * (((xx / cw - 0.5) ** 2 + (yy / ch - 0.5) ** 2) * 2)
        img = img * (light * vig)[..., None]
        if ph.shadow:
            img = img * _shadow((ch, cw), ph.shadow, rng)
        if ph.warm:
            img = img * np.array([1.04, 0.98, 0.86])
        img = np.clip(img, 0, 255).astype(np.uint8)
        if ph.barrel:
            img = _barrel(img, ph.barrel)
        nrng = np.random.default_rng(rng.randrange(1 << 30))
        img = np.clip(img + nrng.normal(0, 4, img.shape), 0, 255).astype(np.uint8)
        pic = Image.fromarray(img)
        if ph.sideways:
            pic = pic.rotate(rng.choice((90, 270)), expand=True)
        scale = ph.long_side / max(pic.size)
        pic = pic.resize((int(pic.width * scale), int(pic.height * scale)), Image.LANCZOS)
        if ph.blur:
            pic = pic.filter(ImageFilter.GaussianBlur(ph.blur))
        pic.save(out, "JPEG", quality=ph.quality)
    return paper
