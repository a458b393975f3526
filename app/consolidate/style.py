"""Look of the office's documents, shared by the consolidated table and the blank forms:
official-document font names (mapped to installed CJK fonts by scripts/fonts/ on servers that
lack them), sizes, and a text-width estimate used to size rows so nothing is cut off."""
from __future__ import annotations

import math
import unicodedata

TITLE_FONT = "方正小标宋简体"
BODY_FONT = "仿宋_GB2312"
HEADER_FONT = "黑体"
LATIN_FONT = "Times New Roman"
TITLE_SIZE = 20
BODY_SIZE = 11
SMALL_SIZE = 10
#: line height as a multiple of the font size (CJK faces have tall ascent and descent)
LINE_FACTOR = 1.45
#: share of a line's width that wrapped CJK text fills on average
WRAP_EFFICIENCY = 0.94


def char_units(ch: str) -> float:
    """Width of one character in Excel column units at 11pt (a wide CJK character ≈ 2).
    Ambiguous-width characters (“ ” — ……) are wide in the CJK fonts the tables use."""
    if unicodedata.east_asian_width(ch) in ("W", "F", "A"):
        return 2.0
    return 1.1


def text_units(text: str, size: float = BODY_SIZE) -> float:
    return sum(char_units(c) for c in text) * size / 11


def wrapped_lines(text: str, width_units: float, size: float = BODY_SIZE) -> int:
    """Lines a text takes in a column ``width_units`` wide, each paragraph wrapping on its own."""
    # cell padding, and a margin for line-breaking rules (no 。，at a line's start) that
    # leave lines a character short
    usable = max((width_units - 1.5) * WRAP_EFFICIENCY, 1.0)
    return sum(max(1, math.ceil(text_units(par, size) / usable)) for par in text.split("\n"))


def lines_height(lines: int, size: float = BODY_SIZE) -> float:
    """Row height in points for ``lines`` lines of text plus the cell's margins."""
    return lines * size * LINE_FACTOR + 4
