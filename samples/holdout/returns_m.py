"""Batch 7: native returns (docx, doc, wps-like, xlsx, text PDF) from offices batches 1-6 never showed.
Please do not read this file while changing app/extraction/."""
from __future__ import annotations

B = 7
