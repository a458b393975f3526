"""Writing a number the ways offices write it. Every writer returns ``(text, value)``:
the text as it appears in the return and the value a careful reader gets from it (for
"五千余" that is 5000, not the office's exact figure)."""
from __future__ import annotations

import random

DIGITS = "零一二三四五六七八九"
FULLWIDTH = str.maketrans("0123456789.%,", "０１２３４５６７８９．％，")


def chinese_int(n: int, *, liang: bool = False) -> str:
    """0 ≤ n < 100000000 as Chinese numerals: 12 → 十二, 1230 → 一千二百三十, 1005 → 一千零五.
    ``liang``: 两 for a leading 2 of a bare count or of 百/千/万 (两所, 两千)."""
    if n < 0 or n >= 10 ** 8:
        raise ValueError(n)
    if n == 0:
        return "零"
    if n >= 10000:
        high, low = divmod(n, 10000)
        s = chinese_int(high, liang=liang) + "万"
        if low:
            s += ("零" if low < 1000 else "") + chinese_int(low)
        return s
    units = ["千", "百", "十", ""]
    parts = []
    zero = False
    for i, u in enumerate(units):
        d = (n // 10 ** (3 - i)) % 10
        if d == 0:
            if parts:
                zero = True
            continue
        if zero:
            parts.append("零")
            zero = False
        parts.append(DIGITS[d] + u)
    s = "".join(parts)
    if 10 <= n < 20:
        s = s[1:]  # 十二, not 一十二
    if liang and s.startswith("二") and (n == 2 or s[1:2] in ("百", "千")):
        s = "两" + s[1:]
    return s


def chinese_decimal(x: float) -> str:
    """92.6 → 九十二点六"""
    whole, _, frac = f"{x:.10g}".partition(".")
    s = chinese_int(int(whole))
    if frac:
        s += "点" + "".join(DIGITS[int(d)] for d in frac)
    return s


def arabic(n: float) -> str:
    if float(n).is_integer():
        return str(int(n))
    return f"{n:.10g}"


def thousands(n: int) -> str:
    return f"{n:,}"


def fullwidth(text: str) -> str:
    return text.translate(FULLWIDTH)


COUNT_STYLES = ("arabic", "arabic", "arabic", "thousands", "chinese", "fullwidth", "approx", "wan")


def write_count(n: int, rng: random.Random, style: str | None = None,
                allow_approx: bool = True) -> tuple[str, float, str]:
    """A count as prose writes it: ``(text, value read, style used)``."""
    style = style or rng.choice(COUNT_STYLES)
    if style == "approx" and (not allow_approx or n < 60):
        style = "arabic"
    if style == "chinese" and n > 99999:
        style = "arabic"
    if style == "wan" and (n < 1000 or not allow_approx):
        style = "arabic"
    if style == "wan":  # 0.23万 / 1.2万: rounded to hundreds, as offices do
        v = round(n, -2)
        return f"{v / 10000:g}万", v, style
    if style == "thousands":
        return (thousands(n) if n >= 1000 else str(n)), n, style
    if style == "chinese":
        return chinese_int(n, liang=rng.random() < 0.7), n, style
    if style == "fullwidth":
        return fullwidth(str(n)), n, style
    if style == "approx":
        return _approx(n, rng) + (style,)
    return str(n), n, style


def _approx(n: int, rng: random.Random) -> tuple[str, float]:
    """五千余 / 5000余 / 1200多 / 近5000: round to two significant figures."""
    mag = 10 ** max(1, len(str(n)) - 2)
    down = n // mag * mag
    up = -(-n // mag) * mag
    if down == n:  # exact round figure: "5000余" would be false, write it plainly
        return str(n), n
    kind = rng.choice(["余", "余", "多", "近"])
    if kind == "近":
        text = chinese_int(up, liang=True) if rng.random() < 0.4 else str(up)
        return "近" + text, up
    text = chinese_int(down, liang=True) if rng.random() < 0.5 else str(down)
    return text + kind, down


def write_percent(x: float, rng: random.Random, style: str | None = None) -> tuple[str, float, str]:
    """A percentage: 92.6% / 百分之百 / 百分之九十 / ９２.６％."""
    style = style or rng.choice(["arabic", "arabic", "arabic", "chinese", "fullwidth"])
    if style == "chinese":
        if x == 100:
            return "百分之百", 100.0, style
        if float(x).is_integer():
            return "百分之" + chinese_int(int(x)), x, style
        return "百分之" + chinese_decimal(x), x, style
    text = arabic(x) + "%"
    if style == "fullwidth":
        text = fullwidth(text)
    return text, x, style
