"""Batch 41: native returns (Word, .doc, Excel, text PDF) from offices nobody has seen, written by
a new author in session 4 without reading app/, parsers/ or any other batch. Please do not
read this file while changing app/extraction/."""
from __future__ import annotations

B = 41
