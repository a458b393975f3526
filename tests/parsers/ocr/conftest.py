"""Helpers for the OCR tests: synthetic pages as BGR arrays, an engine per name."""
from __future__ import annotations

import numpy as np
import pytest
from PIL import Image


def to_bgr(img: Image.Image) -> np.ndarray:
    return np.ascontiguousarray(np.asarray(img.convert("RGB"))[:, :, ::-1])


@pytest.fixture(scope="session")
def rapid():
    from parsers.ocr.engines import get_engine

    return get_engine("rapidocr")


@pytest.fixture(scope="session")
def tesseract():
    from parsers.ocr.engines import get_engine

    return get_engine("tesseract")
