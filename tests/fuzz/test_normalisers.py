"""Property tests of the number and period normalisers: what an office may write comes back
as the number or quarter it means, and no text at all makes them fail."""
from __future__ import annotations

import math
import re

from hypothesis import given, settings
from hypothesis import strategies as st

from app.extraction.numbers import find_mentions, normalize, parse_cn_int, parse_number
from app.extraction.periods import (period_from_report_date, period_from_signoff,
                                    period_from_text, quarter_mentions)

SETTINGS = settings(max_examples=200, deadline=None, database=None)
DIGITS = "零一二三四五六七八九"


def chinese(n: int) -> str:
    """The standard Chinese numeral of 0 ≤ n < 10^8 (一万零五十, 三千二百零一)."""
    if n == 0:
        return "零"

    def section(x: int) -> str:
        out, zero = "", False
        for power, unit in ((1000, "千"), (100, "百"), (10, "十"), (1, "")):
            d = x // power % 10
            if d == 0:
                zero = bool(out)
            else:
                out += ("零" if zero else "") + DIGITS[d] + unit
                zero = False
        return out

    high, low = divmod(n, 10_000)
    if not high:
        return section(low)
    return section(high) + "万" + (("零" if low < 1000 else "") + section(low) if low else "")


def full_width(s: str) -> str:
    return "".join(chr(ord(c) + 0xFEE0) if "!" <= c <= "~" else c for c in s)


@SETTINGS
@given(st.integers(min_value=0, max_value=10**12))
def test_arabic_numbers_come_back(n):
    assert parse_number(str(n)) == n
    assert parse_number(f"{n:,}") == n
    assert parse_number(full_width(str(n))) == n


@SETTINGS
@given(st.integers(min_value=1, max_value=10**8 - 1))
def test_chinese_numerals_come_back(n):
    assert parse_cn_int(chinese(n)) == n
    assert parse_number(chinese(n)) == n


@SETTINGS
@given(st.integers(min_value=0, max_value=10**6), st.integers(min_value=0, max_value=99))
def test_decimals_and_percentages_come_back(whole, frac):
    text = f"{whole}.{frac:02d}"
    assert math.isclose(parse_number(text + "%"), float(text))
    assert math.isclose(parse_number(full_width(text) + "％"), float(text))


@SETTINGS
@given(st.integers(min_value=1, max_value=9999), st.sampled_from(["余", "多"]))
def test_approximate_numbers_keep_their_figure(n, approx):
    assert parse_number(f"{chinese(n)}{approx}") == n
    assert parse_number(f"{n}{approx}") == n


@SETTINGS
@given(st.text(max_size=60))
def test_number_parser_never_fails_on_any_text(text):
    v = parse_number(text)
    assert v is None or (math.isfinite(v) and v >= 0)


@SETTINGS
@given(st.text(alphabet=st.sampled_from(list("0123456789,.%万千亿余多约近人次所个年月日元 一二三四五六七八九十百千万两零点")),
               max_size=40))
def test_mentions_lie_inside_the_text(text):
    for m in find_mentions(text):
        assert 0 <= m.start <= m.end <= len(text)
        assert math.isfinite(m.value)


@SETTINGS
@given(st.text(max_size=80))
def test_normalize_maps_one_char_for_one(text):
    assert len(normalize(text)) == len(text)


QUARTER_WORDS = {1: ["截至3月底", "一季度", "第一季度", "1-3月"], 2: ["截至6月底", "上半年", "二季度", "1-6月"],
                 3: ["截至9月底", "前三季度", "三季度", "1-9月"], 4: ["截至12月底", "全年", "四季度", "1-12月"]}


@SETTINGS
@given(st.sampled_from([(q, w) for q, ws in QUARTER_WORDS.items() for w in ws]),
       st.sampled_from(["", "2024年", "淄博市", "妇儿工委"]), st.sampled_from(["", "工作进展情况表", "进展"]))
def test_quarter_phrases_name_their_quarter(qw, before, after):
    q, word = qw
    assert period_from_text(f"{before}{word}{after}", 2024) == f"2024Q{q}"


@SETTINGS
@given(st.text(max_size=80))
def test_period_finders_never_fail_and_name_a_real_quarter(text):
    p = period_from_text(text, 2024)
    assert p is None or re.fullmatch(r"2024Q[1-4]", p)
    for m in quarter_mentions(text):
        assert 1 <= m.quarter <= 4


@SETTINGS
@given(st.integers(min_value=2000, max_value=2099), st.integers(min_value=0, max_value=99),
       st.integers(min_value=0, max_value=99), st.sampled_from(["填报日期：", "填表时间", ""]))
def test_dates_give_a_real_quarter_or_none(year, month, day, label):
    text = f"{label}{year}年{month}月{day}日"
    for found in (period_from_report_date(text), period_from_signoff(text)):
        assert found is None or (1 <= found[1] <= 4 and abs(found[0] - year) <= 1), (text, found)
