"""Batch 12: native returns, Excel and text PDF most, written after batch 11 was measured and
fixed on. Please do not read this file while changing app/extraction/."""
from __future__ import annotations

B = 12
