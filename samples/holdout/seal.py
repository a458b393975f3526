"""A red official seal (公章) drawn the way a rubber stamp looks: a ring, a five-pointed star,
the department's full name running round the top, slightly uneven ink."""
from __future__ import annotations

import io
import math
import random
from functools import lru_cache

from PIL import Image, ImageDraw, ImageFilter, ImageFont

FONT_CANDIDATES = (
    "/usr/share/fonts/opentype/noto/NotoSerifCJK-Bold.ttc",
    "/usr/share/fonts/opentype/noto/NotoSansCJK-Bold.ttc",
    "/usr/share/fonts/truetype/wqy/wqy-zenhei.ttc",
)
RED = (208, 24, 32)


@lru_cache(maxsize=8)
def font(size: int) -> ImageFont.FreeTypeFont:
    for path in FONT_CANDIDATES:
        try:
            return ImageFont.truetype(path, size)
        except OSError:
            continue
    raise RuntimeError("no CJK font found for seals: install fonts-noto-cjk or fonts-wqy-zenhei")


def _star(draw: ImageDraw.ImageDraw, cx: float, cy: float, r: float) -> None:
    pts = []
    for k in range(10):
        rad = r if k % 2 == 0 else r * 0.38
        a = -math.pi / 2 + k * math.pi / 5
        pts.append((cx + rad * math.cos(a), cy + rad * math.sin(a)))
    draw.polygon(pts, fill=RED + (255,))


def seal_image(name: str, size: int = 420, seed: int = 0, bottom: str = "") -> Image.Image:
    """RGBA seal of ``size`` pixels with ``name`` on the ring (and ``bottom`` under the star)."""
    rng = random.Random(seed)
    img = Image.new("RGBA", (size, size), (0, 0, 0, 0))
    d = ImageDraw.Draw(img)
    c = size / 2
    ring = size * 0.035
    d.ellipse((ring / 2, ring / 2, size - ring / 2, size - ring / 2), outline=RED + (255,),
              width=int(ring))
    _star(d, c, c, size * 0.16)
    # ring text: characters spread over ~250° of the top arc, each turned to face the centre
    fs = int(size * (0.13 if len(name) <= 8 else 0.1))
    f = font(fs)
    radius = c - ring - fs * 0.75
    span = math.radians(min(250, 24 * len(name) + 40))
    for k, ch in enumerate(name):
        a = -math.pi / 2 - span / 2 + span * (k + 0.5) / len(name)
        tile = Image.new("RGBA", (fs * 2, fs * 2), (0, 0, 0, 0))
        ImageDraw.Draw(tile).text((fs, fs), ch, font=f, fill=RED + (255,), anchor="mm")
        tile = tile.rotate(-math.degrees(a) - 90, resample=Image.BICUBIC)
        x = c + radius * math.cos(a) - fs
        y = c + radius * math.sin(a) - fs
        img.alpha_composite(tile, (int(x), int(y)))
    if bottom:
        bf = font(int(size * 0.08))
        d.text((c, c + size * 0.3), bottom, font=bf, fill=RED + (255,), anchor="mm")
    # uneven ink: knock out specks, soften the edge
    px = img.load()
    for _ in range(size * size // 60):
        x, y = rng.randrange(size), rng.randrange(size)
        r, g, b, a = px[x, y]
        if a:
            px[x, y] = (r, g, b, int(a * rng.uniform(0.2, 0.7)))
    return img.filter(ImageFilter.GaussianBlur(0.6))


def seal_png(name: str, size: int = 420, seed: int = 0) -> bytes:
    buf = io.BytesIO()
    seal_image(name, size, seed).save(buf, "PNG")
    return buf.getvalue()


def stamp(page: Image.Image, name: str, centre: tuple[int, int], size: int, seed: int = 0,
          angle: float = 0.0) -> Image.Image:
    """``page`` with the seal pressed on it (multiplied, so the text under it shows through)."""
    s = seal_image(name, size, seed).rotate(angle, resample=Image.BICUBIC)
    layer = Image.new("RGB", page.size, (255, 255, 255))
    box = (centre[0] - size // 2, centre[1] - size // 2)
    white = Image.new("RGB", s.size, (255, 255, 255))
    white.paste(s.convert("RGB"), (0, 0), s)
    layer.paste(white, box)
    from PIL import ImageChops
    return ImageChops.multiply(page.convert("RGB"), layer)
