"""A red official seal: a ring, a five-pointed star, the department's formal name around the
upper arc; uneven ink. Drawn as RGBA so it can be pasted into Word or over a scanned page."""
from __future__ import annotations

import math
import random

import numpy as np
from PIL import Image, ImageDraw, ImageFilter, ImageFont

SEAL_FONT = ("/usr/share/fonts/opentype/noto/NotoSerifCJK-Bold.ttc", 2)  # Noto Serif CJK SC
RED = (214, 28, 36)


def font(size: int) -> ImageFont.FreeTypeFont:
    path, index = SEAL_FONT
    return ImageFont.truetype(path, size, index=index)


def _star(cx: float, cy: float, r: float) -> list[tuple[float, float]]:
    pts = []
    for k in range(10):
        rad = r if k % 2 == 0 else r * 0.382
        a = -math.pi / 2 + k * math.pi / 5
        pts.append((cx + rad * math.cos(a), cy + rad * math.sin(a)))
    return pts


def seal_image(name: str, rng: random.Random, size: int = 420) -> Image.Image:
    """The seal of ``name``, ``size`` pixels across, transparent outside the ink."""
    scale = 3  # draw large, then shrink for smooth edges
    s = size * scale
    ink = Image.new("L", (s, s), 0)
    d = ImageDraw.Draw(ink)
    c = s / 2
    ring = s * 0.035
    d.ellipse([ring / 2, ring / 2, s - ring / 2, s - ring / 2], outline=255, width=int(ring))
    d.polygon(_star(c, c, s * 0.17), fill=255)
    n = len(name)
    span = min(250.0, max(200.0, 22.0 * n + 40))  # degrees of arc the name covers
    fsize = int(min(s * 0.15, s * 0.9 * math.radians(span) / max(n, 1) * 0.9 / 2))
    f = font(fsize)
    radius = c - ring * 1.6 - fsize / 2
    for i, ch in enumerate(name):
        ang = -90 - span / 2 + span * (i + 0.5) / n  # degrees, 0 = east, clockwise on screen
        glyph = Image.new("L", (fsize * 2, fsize * 2), 0)
        ImageDraw.Draw(glyph).text((fsize, fsize), ch, fill=255, font=f, anchor="mm")
        glyph = glyph.rotate(-(ang + 90), resample=Image.BICUBIC)
        x = c + radius * math.cos(math.radians(ang)) - fsize
        y = c + radius * math.sin(math.radians(ang)) - fsize
        ink.paste(255, (int(x), int(y)), glyph)
    ink = ink.resize((size, size), Image.LANCZOS)
    # uneven ink: a smooth random field thins the colour in places
    nrng = np.random.default_rng(rng.randrange(2 ** 32))
    field = nrng.uniform(0.55, 1.0, (12, 12)).astype(np.float32)
    field = np.array(Image.fromarray((field * 255).astype(np.uint8)).resize((size, size), Image.BICUBIC),
                     dtype=np.float32) / 255
    speckle = nrng.uniform(0.75, 1.0, (size, size)).astype(np.float32)
    alpha = np.asarray(ink, dtype=np.float32) * field * speckle
    out = Image.new("RGBA", (size, size), RED + (0,))
    out.putalpha(Image.fromarray(alpha.clip(0, 255).astype(np.uint8)).filter(ImageFilter.GaussianBlur(0.6)))
    return out.rotate(rng.uniform(-12, 12), resample=Image.BICUBIC)


def press(page: Image.Image, seal: Image.Image, center: tuple[int, int]) -> Image.Image:
    """The page with the seal pressed at ``center``: red ink multiplies the paper and text."""
    page = page.convert("RGB")
    w, h = seal.size
    x0, y0 = int(center[0] - w / 2), int(center[1] - h / 2)
    base = np.asarray(page, dtype=np.float32)
    a = np.asarray(seal.getchannel("A"), dtype=np.float32)[..., None] / 255 * 0.9
    colour = np.array(RED, dtype=np.float32)
    xs0, ys0 = max(0, x0), max(0, y0)
    xs1, ys1 = min(page.width, x0 + w), min(page.height, y0 + h)
    if xs1 <= xs0 or ys1 <= ys0:
        return page
    region = base[ys0:ys1, xs0:xs1]
    aa = a[ys0 - y0:ys1 - y0, xs0 - x0:xs1 - x0]
    inked = region * (colour / 255)  # multiply: dark text stays dark under the ink
    base[ys0:ys1, xs0:xs1] = region * (1 - aa) + inked * aa
    return Image.fromarray(base.clip(0, 255).astype(np.uint8))
