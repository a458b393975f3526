"""Ways an office clerk writes a number: 1200, 1,200, 一千二百, 两所, １２００, 百分之百."""
from __future__ import annotations

DIGITS = "零一二三四五六七八九"
FULLWIDTH = str.maketrans("0123456789.,%", "０１２３４５６７８９．，％")


def comma(n: int) -> str:
    return f"{n:,}"


def full(text: object) -> str:
    """Full-width digits, as typed with a Chinese input method left in full-width mode."""
    return str(text).translate(FULLWIDTH)


def cn(n: int, liang: bool = False) -> str:
    """一千二百 / 两千零四十六 / 十二 (not 一十二) for 0 ≤ n < 100000000."""
    if n == 0:
        return "零"
    if n >= 10000:
        high, low = divmod(n, 10000)
        rest = cn(low, liang) if low else ""
        if low and low < 1000:
            rest = "零" + rest
        return cn(high, liang) + "万" + rest
    out, zero = [], False
    for unit, value in (("千", 1000), ("百", 100), ("十", 10), ("", 1)):
        d = n // value % 10
        if d == 0:
            zero = bool(out)
            continue
        if zero:
            out.append("零")
            zero = False
        word = DIGITS[d]
        if liang and d == 2 and unit in ("千", "百", ""):
            word = "两" if unit or not out else "二"
        out.append(word + unit)
    s = "".join(out)
    return s[1:] if s.startswith("一十") else s


def cn_decimal(x: float) -> str:
    """46.3 → 四十六点三"""
    whole, _, frac = f"{x:g}".partition(".")
    s = cn(int(whole))
    return s + ("点" + "".join(DIGITS[int(c)] for c in frac) if frac else "")


def pct(x: float) -> str:
    return f"{x:g}%"


def forms(value: float, percent: bool) -> set[str]:
    """Every written form this corpus may use for ``value`` (for tests: the truth must be
    visible in the text in one of them)."""
    if percent:
        out = {pct(value), full(pct(value)), "百分之" + cn_decimal(value)}
        if value == 100:
            out |= {"百分之百", "全覆盖", "100％"}
        return out
    n = int(value)
    return {str(n), comma(n), cn(n), cn(n, liang=True), full(n), full(comma(n))}
