"""Batch 9's own paper chain: how these offices print, stamp, scan and photograph a return.

Scans come off different office machines: 150–300 dpi, colour or greyscale, a slight turn,
sometimes a lid shadow down one edge or a staple in the corner, saved as JPEG pages in a PDF;
the seal goes on the last page over the 落款. Photos are one page taken with a phone on a
desk: the page in perspective, a wooden or grey desk around it, light falling off to one side
with the shadow of the hand, a slight sag of the paper, JPEG."""
from __future__ import annotations

import io
import math
import random
import subprocess
import tempfile
from functools import partial
from pathlib import Path
from typing import Optional

import numpy as np
from PIL import Image, ImageDraw, ImageFilter

from samples.holdout.seal import stamp


def render(pdf: Path, dpi: int) -> list[Image.Image]:
    with tempfile.TemporaryDirectory(prefix="b9-render-") as tmp:
        subprocess.run(["pdftoppm", "-r", str(dpi), "-png", str(pdf), f"{tmp}/p"], check=True,
                       timeout=180)
        return [Image.open(p).convert("RGB") for p in sorted(Path(tmp).glob("p-*.png"))]


def signoff_spot(page: Image.Image, dpi: int) -> tuple[int, int]:
    """Where a clerk presses the seal: over the last block of ink (落款 and its date), on
    the right-hand half of the page when the block is there."""
    g = np.asarray(page.convert("L"))
    inked = (g < 140).sum(axis=1) > 2
    rows = np.where(inked)[0]
    if not len(rows):
        return page.width * 2 // 3, page.height * 2 // 3
    bottom = int(rows[-1])
    band = g[max(0, bottom - int(dpi * 0.75)):bottom + 1]
    cols = np.where((band < 140).sum(axis=0) > 0)[0]
    right = cols[cols > page.width * 0.45]
    cols = right if len(right) else cols
    x = int((cols[0] + cols[-1]) / 2)
    return x, bottom - int(dpi * 0.3)


def press(page: Image.Image, name: str, rng: random.Random, dpi: int,
          at: Optional[tuple[float, float]] = None) -> Image.Image:
    size = int(dpi * rng.uniform(1.55, 1.7))  # a 40–42 mm round seal
    if at:
        x, y = int(page.width * at[0]), int(page.height * at[1])
    else:
        x, y = signoff_spot(page, dpi)
    x += rng.randint(-dpi // 8, dpi // 8)
    y += rng.randint(-dpi // 10, dpi // 10)
    x = max(min(x, page.width - size // 2 - 5), size // 2 + 5)
    y = max(min(y, page.height - size // 2 - 5), size // 2 + 5)
    out = stamp(page, name, (x, y), size, seed=rng.randrange(10_000), angle=rng.uniform(-20, 20))
    # a pressed seal is never evenly inked: fade one side a little
    a = np.asarray(out).astype(np.float32)
    base = np.asarray(page).astype(np.float32)
    yy, xx = np.mgrid[0:page.height, 0:page.width]
    ang = rng.uniform(0, 2 * math.pi)
    fade = 0.75 + 0.25 * (0.5 + 0.5 * np.cos(ang) * (xx - x) / size + 0.5 * np.sin(ang) * (yy - y) / size)
    fade = np.clip(fade, 0.55, 1.0)[..., None]
    mixed = base - (base - a) * fade
    return Image.fromarray(np.clip(mixed, 0, 255).astype(np.uint8))


# ---------------------------------------------------------------- scanner
def _scan_page(page: Image.Image, rng: random.Random, dpi: int, grey: bool, turn: float,
               lid_shadow: bool, staple: bool) -> Image.Image:
    tone = rng.randint(226, 244)
    page = page.rotate(turn, resample=Image.BICUBIC, expand=False, fillcolor=(tone, tone, tone - 3))
    a = np.asarray(page).astype(np.float32)
    nrng = np.random.default_rng(rng.randrange(1 << 30))
    # paper is never pure white; ink never pure black
    a = a * rng.uniform(0.88, 0.95) + rng.uniform(8, 20)
    a += nrng.normal(0, rng.uniform(3, 8), a.shape[:2])[..., None]
    if lid_shadow:
        w = a.shape[1]
        edge = np.linspace(0, 1, int(dpi * 0.35))
        prof = np.ones(w)
        ramp = 0.45 + 0.55 * edge
        if rng.random() < 0.5:
            prof[:len(ramp)] = ramp
        else:
            prof[-len(ramp):] = ramp[::-1]
        a *= prof[None, :, None]
    specks = nrng.random(a.shape[:2]) < rng.uniform(0.0002, 0.001)
    a[specks] = rng.uniform(30, 90)
    img = Image.fromarray(np.clip(a, 0, 255).astype(np.uint8))
    if staple:
        d = ImageDraw.Draw(img)
        x0, y0 = int(dpi * 0.35), int(dpi * 0.3)
        d.line((x0, y0, x0 + int(dpi * 0.45), y0 - int(dpi * 0.12)), fill=(70, 70, 75),
               width=max(2, dpi // 60))
    img = img.filter(ImageFilter.GaussianBlur(rng.uniform(0.3, 0.7) * dpi / 200))
    return img.convert("L") if grey else img


def scan(pdf: Path, out: Path, rng: random.Random, seal_name: Optional[str], *,
         dpi: Optional[int] = None, grey: Optional[bool] = None, quality: Optional[int] = None,
         seal_at: Optional[tuple[float, float]] = None, lid_shadow: Optional[bool] = None,
         staple: Optional[bool] = None) -> None:
    """Print, stamp the last page, scan every page into a PDF of JPEG pages."""
    dpi = dpi or rng.choice((150, 200, 240, 300))
    grey = rng.random() < 0.35 if grey is None else grey
    quality = quality or rng.randint(62, 85)
    lid_shadow = rng.random() < 0.3 if lid_shadow is None else lid_shadow
    pages = render(pdf, dpi)
    staple = (len(pages) > 1 and rng.random() < 0.7) if staple is None else staple
    if seal_name:
        pages[-1] = press(pages[-1], seal_name, rng, dpi, seal_at)
    done = []
    for k, p in enumerate(pages):
        turn = rng.uniform(-1.6, 1.6)
        img = _scan_page(p, rng, dpi, grey, turn, lid_shadow, staple and k == 0)
        buf = io.BytesIO()
        img.save(buf, "JPEG", quality=quality)
        done.append(Image.open(io.BytesIO(buf.getvalue())))
    done[0].save(out, "PDF", save_all=True, append_images=done[1:], resolution=dpi)


# ---------------------------------------------------------------- phone
def _desk(h: int, w: int, kind: str, rng: random.Random) -> np.ndarray:
    nrng = np.random.default_rng(rng.randrange(1 << 30))
    if kind == "wood":
        base = np.array([132, 94, 60], np.float32) * rng.uniform(0.85, 1.1)
        yy = np.arange(h)[:, None].astype(np.float32)
        xx = np.arange(w)[None, :].astype(np.float32)
        grain = (np.sin(yy / rng.uniform(5, 9) + 4 * np.sin(xx / rng.uniform(180, 320)) + 2 * np.sin(yy / 41.0))
                 * rng.uniform(0.025, 0.045))
        out = base[None, None, :] * (1 + grain[..., None])
    elif kind == "glass":  # a dark glass desk top with reflections
        out = np.full((h, w, 3), 38, np.float32)
        out += np.linspace(0, 40, w)[None, :, None]
    else:  # grey office desk
        out = np.full((h, w, 3), (150, 152, 148), np.float32) * rng.uniform(0.8, 1.05)
    return out + nrng.normal(0, 6, (h, w, 1))


def photo(pdf: Path, out: Path, rng: random.Random, seal_name: Optional[str], *,
          dpi: Optional[int] = None, desk: Optional[str] = None, slant: float = 1.0,
          seal_at: Optional[tuple[float, float]] = None) -> None:
    """One page photographed with a phone, held a little off square."""
    import cv2
    dpi = dpi or rng.choice((160, 180, 200))
    pages = render(pdf, dpi)
    if len(pages) != 1:
        raise ValueError(f"{out.name}: a photographed return must fit one page")
    page = pages[0]
    if seal_name:
        page = press(page, seal_name, rng, dpi, seal_at)
    w, h = page.size
    # the paper sags a little in the middle (a gentle barrel warp)
    a = np.asarray(page)
    yy, xx = np.mgrid[0:h, 0:w].astype(np.float32)
    sag = rng.uniform(0.004, 0.012) * h
    map_y = yy + sag * np.sin(np.pi * xx / w)
    map_x = xx + rng.uniform(-0.004, 0.004) * w * np.sin(np.pi * yy / h)
    a = cv2.remap(a, map_x, map_y, cv2.INTER_LINEAR, borderMode=cv2.BORDER_REPLICATE)
    margin_x, margin_y = int(0.12 * w), int(0.09 * h)
    H, W = h + 2 * margin_y, w + 2 * margin_x
    canvas = _desk(H, W, desk or rng.choice(("wood", "grey", "glass")), rng)
    j = lambda s: rng.uniform(0.0, 0.045 * slant) * s
    src = np.float32([[0, 0], [w, 0], [w, h], [0, h]])
    dst = np.float32([[margin_x + j(w), margin_y + j(h)],
                      [margin_x + w - j(w), margin_y + j(h) * 0.6],
                      [margin_x + w - j(w) * 0.4, margin_y + h - j(h) * 0.5],
                      [margin_x + j(w) * 0.6, margin_y + h - j(h) * 0.2]])
    ang = math.radians(rng.uniform(-3.0, 3.0) * slant)
    c = np.float32([W / 2, H / 2])
    rot = np.float32([[math.cos(ang), -math.sin(ang)], [math.sin(ang), math.cos(ang)]])
    dst = (dst - c) @ rot.T + c
    m = cv2.getPerspectiveTransform(src, dst.astype(np.float32))
    warped = cv2.warpPerspective(a, m, (W, H), flags=cv2.INTER_AREA)
    mask = cv2.warpPerspective(np.full((h, w), 255, np.uint8), m, (W, H))
    mask = cv2.GaussianBlur(mask, (5, 5), 0).astype(np.float32)[..., None] / 255
    img = warped.astype(np.float32) * mask + canvas * (1 - mask)
    # light: brighter near one corner, falling off; the soft shadow of the phone and hand
    gy, gx = np.mgrid[0:H, 0:W].astype(np.float32)
    lx, ly = rng.uniform(0, W), rng.uniform(0, H * 0.5)
    dist = np.sqrt((gx - lx) ** 2 + (gy - ly) ** 2) / math.hypot(W, H)
    light = 1.06 - rng.uniform(0.25, 0.38) * dist
    sx, sy = rng.uniform(0.3, 0.9) * W, rng.uniform(0.75, 1.1) * H
    shadow = np.exp(-(((gx - sx) / (0.28 * W)) ** 2 + ((gy - sy) / (0.22 * H)) ** 2))
    light *= 1 - rng.uniform(0.12, 0.22) * shadow
    warm = np.array([1.0, rng.uniform(0.96, 1.0), rng.uniform(0.86, 0.95)], np.float32)
    img = img * light[..., None] * warm
    img += np.random.default_rng(rng.randrange(1 << 30)).normal(0, 4, img.shape)
    res = Image.fromarray(np.clip(img, 0, 255).astype(np.uint8))
    res = res.filter(ImageFilter.GaussianBlur(rng.uniform(0.4, 0.8)))
    scale = rng.uniform(0.8, 1.0)
    res = res.resize((int(res.width * scale), int(res.height * scale)), Image.LANCZOS)
    res.save(out, "JPEG", quality=rng.randint(78, 90))


def paper(pdf: Path, out: Path, rng: random.Random, seal_name: Optional[str]) -> None:
    """A scan for a .pdf, a phone photo for a .jpg, with the options left to chance."""
    (photo if out.suffix.lower() in (".jpg", ".jpeg") else scan)(pdf, out, rng, seal_name)


def scanner(**opts):
    """``paper=scanner(dpi=150, grey=True)``: a scan made on one particular machine."""
    return partial(scan, **opts)


def phone(**opts):
    """``paper=phone(desk="wood", slant=1.4)``: one particular photo."""
    return partial(photo, **opts)
