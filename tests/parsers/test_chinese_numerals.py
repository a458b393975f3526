import pytest

from app.extraction.numbers import parse_cn_number
from parsers.chinese_numerals import digit_by_digit, positional, write_number_text


@pytest.mark.parametrize("n", [0, 1, 2, 10, 12, 20, 105, 110, 1000, 1068, 2046, 10068, 35000,
                               120000, 1_000_000, 100_000_068, 5316])
def test_written_numerals_read_back_as_the_same_figure(n):
    """What the Excel parser writes for [DBNum1]/[DBNum2], the extraction reads back."""
    assert parse_cn_number(positional(n)) == n
    assert parse_cn_number(positional(n, upper=True)) == n


@pytest.mark.parametrize("n, lower, upper", [
    (10, "十", "壹拾"), (12, "十二", "壹拾贰"), (105, "一百零五", "壹佰零伍"),
    (110, "一百一十", "壹佰壹拾"), (10068, "一万零六十八", "壹万零陆拾捌"),
    (100_000_068, "一亿零六十八", "壹亿零陆拾捌"), (120000, "十二万", "壹拾贰万"),
])
def test_positional_numerals_as_excel_writes_them(n, lower, upper):
    assert positional(n) == lower and positional(n, upper=True) == upper


def test_years_and_decimals_go_digit_by_digit():
    assert digit_by_digit("2024") == "二〇二四"
    assert write_number_text("1,068.5人") == "一千零六十八.五人"
