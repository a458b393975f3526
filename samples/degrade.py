"""What a scanner and a phone do to a page: slight rotation, noise, blur, JPEG artefacts;
for photos also perspective, uneven light, a shadow, a desk around the sheet, sometimes the
picture turned 90°."""
from __future__ import annotations

import io
import random

import cv2
import numpy as np
from PIL import Image, ImageFilter


def _jpeg(img: Image.Image, quality: int) -> Image.Image:
    buf = io.BytesIO()
    img.convert("RGB").save(buf, "JPEG", quality=quality)
    buf.seek(0)
    return Image.open(buf).convert("RGB")


def _noise(img: Image.Image, rng: random.Random, sigma: float) -> Image.Image:
    a = np.asarray(img, dtype=np.float32)
    n = np.random.default_rng(rng.randrange(2 ** 32)).normal(0, sigma, a.shape[:2])[..., None]
    return Image.fromarray((a + n).clip(0, 255).astype(np.uint8))


def scan(page: Image.Image, rng: random.Random) -> tuple[Image.Image, dict]:
    """A flatbed scan of ``page``; returns the image and what was done to it."""
    angle = round(rng.uniform(-1.6, 1.6), 2)
    img = page.convert("RGB").rotate(angle, resample=Image.BICUBIC, expand=False, fillcolor=(255, 255, 255))
    tint = np.array([rng.uniform(238, 252), rng.uniform(236, 250), rng.uniform(228, 245)], dtype=np.float32) / 255
    img = Image.fromarray((np.asarray(img, dtype=np.float32) * tint).clip(0, 255).astype(np.uint8))
    sigma = rng.uniform(3, 9)
    img = _noise(img, rng, sigma)
    blur = rng.uniform(0.3, 0.9)
    img = img.filter(ImageFilter.GaussianBlur(blur))
    quality = rng.randint(55, 85)
    return _jpeg(img, quality), {"rotation": angle, "noise": round(sigma, 1), "blur": round(blur, 2),
                                 "jpeg": quality}


def photo(page: Image.Image, rng: random.Random) -> tuple[Image.Image, dict]:
    """A phone photo of ``page`` lying on a desk."""
    page = page.convert("RGB")
    w, h = page.size
    pad = int(0.08 * max(w, h))
    W, H = w + 2 * pad, h + 2 * pad
    desk = np.full((H, W, 3), [rng.randint(90, 160), rng.randint(70, 130), rng.randint(50, 100)], np.float32)
    src = np.float32([[0, 0], [w, 0], [w, h], [0, h]])
    j = 0.045 * min(w, h)
    dst = np.float32([[pad + rng.uniform(-j, j), pad + rng.uniform(-j, j)],
                      [pad + w + rng.uniform(-j, j), pad + rng.uniform(-j, j)],
                      [pad + w + rng.uniform(-j, j), pad + h + rng.uniform(-j, j)],
                      [pad + rng.uniform(-j, j), pad + h + rng.uniform(-j, j)]])
    m = cv2.getPerspectiveTransform(src, dst)
    warped = cv2.warpPerspective(np.asarray(page), m, (W, H), flags=cv2.INTER_LINEAR,
                                 borderMode=cv2.BORDER_CONSTANT, borderValue=0)
    mask = cv2.warpPerspective(np.full((h, w), 255, np.uint8), m, (W, H))[..., None] / 255.0
    img = warped.astype(np.float32) * mask + desk * (1 - mask)
    # uneven light: a linear gradient and a soft shadow band
    yy, xx = np.mgrid[0:H, 0:W].astype(np.float32)
    a = rng.uniform(0, 2 * np.pi)
    grad = (np.cos(a) * xx / W + np.sin(a) * yy / H)
    grad = (grad - grad.min()) / (np.ptp(grad) + 1e-6)
    light = 0.72 + 0.3 * grad
    if rng.random() < 0.6:
        x0 = rng.uniform(0.2, 0.8) * W
        shadow = 1 - 0.25 * np.exp(-((xx - x0 - 0.3 * (yy - H / 2)) / (0.12 * W)) ** 2)
        light = light * shadow
    img = (img * light[..., None]).clip(0, 255).astype(np.uint8)
    out = Image.fromarray(img)
    out = _noise(out, rng, rng.uniform(2, 6)).filter(ImageFilter.GaussianBlur(rng.uniform(0.5, 1.2)))
    long_side = rng.randint(1800, 2600)
    f = long_side / max(out.size)
    out = out.resize((int(out.width * f), int(out.height * f)), Image.LANCZOS)
    turned = 0
    if rng.random() < 0.25:
        turned = rng.choice([90, 270])
        out = out.rotate(turned, expand=True)
    quality = rng.randint(70, 90)
    return _jpeg(out, quality), {"turned": turned, "jpeg": quality}
