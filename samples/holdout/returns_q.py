"""Batch 10: native returns (docx, doc, xlsx, text PDF) written after batch 9 was measured and
fixed on, for a last untouched measurement of the native formats.
Please do not read this file while changing app/extraction/."""
from __future__ import annotations

B = 10
