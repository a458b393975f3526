import random

import pytest

from samples import numbers


@pytest.mark.parametrize("n, text", [
    (1, "一"), (10, "十"), (12, "十二"), (20, "二十"), (105, "一百零五"), (110, "一百一十"),
    (1005, "一千零五"), (1230, "一千二百三十"), (5000, "五千"), (10500, "一万零五百"),
    (23456, "二万三千四百五十六"),
])
def test_chinese_int_writes_numerals_as_offices_do(n, text):
    assert numbers.chinese_int(n) == text


@pytest.mark.parametrize("n, text", [(2, "两"), (2000, "两千"), (200, "两百"), (12, "十二"), (22, "二十二")])
def test_chinese_int_uses_liang_only_for_a_leading_two(n, text):
    assert numbers.chinese_int(n, liang=True) == text


def test_chinese_decimal_reads_point():
    assert numbers.chinese_decimal(92.6) == "九十二点六"


@pytest.mark.parametrize("n", [61, 187, 1234, 5123, 48760])
@pytest.mark.parametrize("seed", range(6))
def test_approx_figure_is_the_round_number_written(n, seed):
    text, value, style = numbers.write_count(n, random.Random(seed), "approx")
    assert style == "approx"
    if text.startswith("近"):
        assert value >= n
    elif text.endswith(("余", "多")):
        assert value < n
    else:
        assert value == n
    assert len(str(int(value)).rstrip("0")) <= 2  # two significant figures


def test_exact_round_figure_is_not_written_with_yu():
    text, value, _ = numbers.write_count(5000, random.Random(0), "approx")
    assert (text, value) == ("5000", 5000)


@pytest.mark.parametrize("style, text", [("thousands", "5,230"), ("fullwidth", "５２３０"),
                                         ("chinese", "五千二百三十"), ("arabic", "5230")])
def test_write_count_styles(style, text):
    assert numbers.write_count(5230, random.Random(3), style)[:2] == (text, 5230)


@pytest.mark.parametrize("x, style, text", [(100, "chinese", "百分之百"), (90, "chinese", "百分之九十"),
                                            (95.6, "arabic", "95.6%"), (95.6, "fullwidth", "９５．６％")])
def test_write_percent(x, style, text):
    assert numbers.write_percent(x, random.Random(0), style)[:2] == (text, x)
