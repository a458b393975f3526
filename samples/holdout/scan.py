"""Paper returns: a text PDF printed, stamped with the red seal and scanned (slightly turned,
grey paper, speckles, JPEG), or photographed with a phone (perspective, uneven light)."""
from __future__ import annotations

import random
import subprocess
import tempfile
from pathlib import Path
from typing import Optional

import numpy as np
from PIL import Image, ImageFilter

from samples.holdout.seal import stamp

DPI = 200


def render_pages(pdf: Path, dpi: int = DPI) -> list[Image.Image]:
    with tempfile.TemporaryDirectory(prefix="holdout-render-") as tmp:
        subprocess.run(["pdftoppm", "-r", str(dpi), "-png", str(pdf), f"{tmp}/p"], check=True,
                       timeout=120)
        return [Image.open(p).convert("RGB") for p in sorted(Path(tmp).glob("p-*.png"))]


def _ink_bottom(page: Image.Image) -> int:
    """The lowest row with dark ink (where the 落款 and date usually are)."""
    g = np.asarray(page.convert("L"))
    rows = np.where((g < 128).sum(axis=1) > 3)[0]
    return int(rows[-1]) if len(rows) else page.height // 2


def _signature_centre(page: Image.Image) -> tuple[int, int]:
    """Middle of the last lines of ink (the 落款 with its date), where the seal is pressed."""
    g = np.asarray(page.convert("L"))
    bottom = _ink_bottom(page)
    band = g[max(0, bottom - int(DPI * 0.6)):bottom + 1]
    cols = np.where((band < 128).sum(axis=0) > 0)[0]
    x = int((cols[0] + cols[-1]) / 2) if len(cols) else int(page.width * 0.7)
    return x, bottom - int(DPI * 0.3)


def press_seal(page: Image.Image, unit_full_name: str, rng: random.Random,
               at: Optional[tuple[float, float]] = None) -> Image.Image:
    """The seal over the 落款 (or at ``at``, fractions of the page width and height)."""
    size = int(DPI * 1.65)  # a 42 mm seal
    if at:
        x, y = int(page.width * at[0]), int(page.height * at[1])
    else:
        x, y = _signature_centre(page)
    x += rng.randint(-20, 20)
    y = max(min(y, page.height - size // 2 - 10), size // 2 + 10)
    return stamp(page, unit_full_name, (x, y), size, seed=rng.randrange(1000),
                 angle=rng.uniform(-25, 25))


def age_scan(page: Image.Image, rng: random.Random) -> Image.Image:
    """A flatbed scan: a small turn, grey paper, speckles, a little blur."""
    page = page.rotate(rng.uniform(-1.8, 1.8), resample=Image.BICUBIC, expand=False,
                       fillcolor=(235, 235, 232))
    a = np.asarray(page).astype(np.int16)
    nrng = np.random.default_rng(rng.randrange(1 << 30))
    a = a * 0.93 + 12 + nrng.normal(0, 7, a.shape)
    specks = nrng.random(a.shape[:2]) < 0.0008
    a[specks] = 40
    return Image.fromarray(np.clip(a, 0, 255).astype(np.uint8)).filter(ImageFilter.GaussianBlur(0.5))


def photograph(page: Image.Image, rng: random.Random, strength: float = 1.0) -> Image.Image:
    """A phone photo on a desk: perspective, a shadow gradient, JPEG-soft; ``strength`` > 1
    for a hastier one (more slant, a turned phone, fewer pixels)."""
    import cv2
    if strength > 1:
        page = page.rotate(rng.uniform(2.5, 4.0) * rng.choice((-1, 1)), resample=Image.BICUBIC,
                           expand=True, fillcolor=(250, 250, 248))
    w, h = page.size
    margin = int(0.08 * w)
    canvas = np.full((h + 2 * margin, w + 2 * margin, 3), (96, 84, 70), np.uint8)  # desk
    src = np.float32([[0, 0], [w, 0], [w, h], [0, h]])
    j = lambda: rng.uniform(0.0, 0.05 * strength)
    dst = np.float32([[margin + j() * w, margin + j() * h], [margin + w - j() * w, margin + j() * h * 0.5],
                      [margin + w - j() * w * 0.5, margin + h - j() * h], [margin + j() * w * 0.5, margin + h]])
    m = cv2.getPerspectiveTransform(src, dst)
    warped = cv2.warpPerspective(np.asarray(page), m, (canvas.shape[1], canvas.shape[0]),
                                 borderMode=cv2.BORDER_CONSTANT, borderValue=(0, 0, 0))
    mask = cv2.warpPerspective(np.full((h, w), 255, np.uint8), m, (canvas.shape[1], canvas.shape[0]))
    out = np.where(mask[..., None] > 0, warped, canvas).astype(np.float32)
    grad = np.linspace(1.0, 0.78, out.shape[1])[None, :, None]  # light from the left
    out = out * grad + np.random.default_rng(rng.randrange(1 << 30)).normal(0, 5, out.shape)
    img = Image.fromarray(np.clip(out, 0, 255).astype(np.uint8))
    scale = 0.8 / strength
    return img.resize((int(img.width * scale), int(img.height * scale)), Image.LANCZOS)


def to_scanned_pdf(pages: list[Image.Image], out: Path) -> None:
    import io
    jpgs = []
    for p in pages:
        buf = io.BytesIO()
        p.save(buf, "JPEG", quality=72)
        jpgs.append(Image.open(io.BytesIO(buf.getvalue())))
    jpgs[0].save(out, "PDF", save_all=True, append_images=jpgs[1:], resolution=DPI)


def to_photo(page: Image.Image, out: Path) -> None:
    page.save(out, "JPEG", quality=78)
