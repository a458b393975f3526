"""Arabic figures written as Chinese numerals, the way Excel's [DBNum1] (一百二十三) and
[DBNum2] (壹佰贰拾叁) number formats and their date formats (二〇二四年十月九日) show them."""
from __future__ import annotations

import re

LOWER = ("零", "一", "二", "三", "四", "五", "六", "七", "八", "九", ("十", "百", "千"), ("万", "亿"))
UPPER = ("零", "壹", "贰", "叁", "肆", "伍", "陆", "柒", "捌", "玖", ("拾", "佰", "仟"), ("万", "亿"))


def _below_10000(n: int, table, head: bool) -> str:
    """One group of four digits: 1068 → 一千零六十八; at the head of a number 12 → 十二."""
    out: list[str] = []
    pending_zero = False
    for power in (3, 2, 1, 0):
        d = n // 10 ** power % 10
        if d == 0:
            pending_zero = pending_zero or bool(out)
            continue
        if pending_zero:
            out.append(table[0])
            pending_zero = False
        unit = table[10][power - 1] if power else ""
        if power == 1 and d == 1 and not out and head and table is LOWER:
            out.append(unit)  # 十二, not 一十二
        else:
            out.append(table[d] + unit)
    return "".join(out)


def positional(n: int, upper: bool = False) -> str:
    """1068 → 一千零六十八, 12 → 十二, 120000 → 十二万, 0 → 零 (upper: 壹仟零陆拾捌)."""
    table = UPPER if upper else LOWER
    if n < 0:
        return "负" + positional(-n, upper)
    if n == 0:
        return table[0]
    groups = []
    while n:
        groups.append(n % 10000)
        n //= 10000
    out: list[str] = []
    pending_zero = False
    for i in range(len(groups) - 1, -1, -1):
        g = groups[i]
        if g == 0:
            pending_zero = True
            continue
        if out and (pending_zero or g < 1000):
            out.append(table[0])
        pending_zero = False
        out.append(_below_10000(g, table, head=not out))
        if i:
            out.append({1: "万", 2: "亿", 3: "万亿"}[i])
    return "".join(out)


def digit_by_digit(s: str, upper: bool = False) -> str:
    """2024 → 二〇二四 (a year), 45 → 四五 (decimals)."""
    table = UPPER if upper else LOWER
    zero = "零" if upper else "〇"
    return "".join(zero if c == "0" else table[int(c)] for c in s)


_NUMBER = re.compile(r"(\d[\d,]*)(?:\.(\d+))?")


def write_number_text(text: str, upper: bool = False) -> str:
    """Every figure in ``text`` (already rendered: 1,068.5人) in Chinese numerals
    (一千零六十八.五人): the whole part positional, decimals digit by digit."""
    def one(m: re.Match) -> str:
        whole = positional(int(m.group(1).replace(",", "")), upper)
        return whole + ("." + digit_by_digit(m.group(2), upper) if m.group(2) else "")
    return _NUMBER.sub(one, text)


def write_date_text(text: str) -> str:
    """2024年10月9日 → 二〇二四年十月九日: four-digit years digit by digit, the rest positional."""
    return re.sub(r"\d+", lambda m: digit_by_digit(m.group()) if len(m.group()) == 4
                  else positional(int(m.group())), text)
