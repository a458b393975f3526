"""Batch 11: native returns, mostly Excel, written after batch 10 was measured and fixed on.
Please do not read this file while changing app/extraction/."""
from __future__ import annotations

B = 11
