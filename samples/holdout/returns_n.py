"""Batch 8: paper returns (scanned PDFs and phone photos) from offices batches 1-6 never showed.
Please do not read this file while changing app/extraction/."""
from __future__ import annotations

B = 8
