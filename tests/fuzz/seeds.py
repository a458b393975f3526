"""Small valid files of each format the parsers read, the seeds that fuzzing mutates."""
from __future__ import annotations

from functools import lru_cache

from tests.robustness.hostile import valid_docx, valid_pdf, valid_png, valid_xlsx


@lru_cache(maxsize=None)
def seeds() -> dict[str, bytes]:
    return {
        "docx": valid_docx(),
        "xlsx": valid_xlsx(),
        # a small page: a mutation that loses the text layer sends it to OCR, keep that quick
        "pdf": valid_pdf(size=(300, 200)),
        "png": valid_png(60, 40),
    }
