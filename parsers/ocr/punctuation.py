"""Chinese punctuation as it was printed. Recognisers often return the ASCII forms of
（）：；，？！ (their glyphs differ only in width); in Chinese text they are full-width, and a
reviewer comparing the reading with the page expects them so. Between digits (1,234  3.5  10:30)
and in Latin text the ASCII forms stay."""
from __future__ import annotations

import re

_CJK = r"[\u3400-\u9fff\uff08\uff09\u201c\u201d\u3001\u3002]"
_PAIRS = {"(": "（", ")": "）", ":": "：", ";": "；", ",": "，", "?": "？", "!": "！"}
_BESIDE_CJK = re.compile(rf"(?<={_CJK})[():;,?!]|[():;,?!](?={_CJK})")


def cjk_punctuation(text: str) -> str:
    """``text`` with ASCII punctuation next to a Chinese character made full-width; a
    bracket closing a full-width one is made full-width too (5000（全市) → 5000（全市）)."""
    if not text or not re.search(_CJK, text):
        return text
    out = _BESIDE_CJK.sub(lambda m: _PAIRS[m.group(0)], text)
    # brackets as pairs: （…) and (…）
    out = re.sub(r"（([^（）()]*)\)", r"（\1）", out)
    out = re.sub(r"\(([^（）()]*)）", r"（\1）", out)
    return out
