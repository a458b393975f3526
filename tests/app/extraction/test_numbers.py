import pytest

from app.extraction.numbers import find_mentions, normalize, parse_cn_int, parse_number


@pytest.mark.parametrize("written, value", [
    ("两", 2), ("十二", 12), ("二十", 20), ("一百零五", 105), ("一千二百三十", 1230),
    ("三万五千", 35000), ("三万五", 35000), ("一千二", 1200), ("二〇二四", 2024), ("五千", 5000),
])
def test_chinese_integers_are_read(written, value):
    assert parse_cn_int(written) == value


@pytest.mark.parametrize("written, value", [
    ("5,230", 5230), ("5，230", 5230), ("１２", 12), ("95.6%", 95.6), ("９５．６％", 95.6),
    ("百分之九十五点六", 95.6), ("百分之百", 100), ("3.2万", 32000), ("五千余", 5000),
    ("2000多", 2000), ("  17 ", 17), ("二百六十", 260),
])
def test_whole_strings_are_read_as_numbers(written, value):
    assert parse_number(written) == pytest.approx(value)


@pytest.mark.parametrize("text", ["已完成", "正在推进", "一是加强", "序时推进中", ""])
def test_strings_without_a_number_give_none(text):
    assert parse_number(text) is None


def test_normalize_keeps_every_position():
    s = "累计１２所，５，２３０人次"
    assert len(normalize(s)) == len(s)
    assert normalize(s) == "累计12所,5,230人次"


@pytest.mark.parametrize("text, expected", [
    ("新改扩建中小学２所、幼儿园5所", [(2, "count", "所"), (5, "count", "所")]),
    ("培训五千余人次", [(5000, "count", "人次")]),
    ("累计培训5，230人次", [(5230, "count", "人次")]),
    ("一千二百三十人", [(1230, "count", "人")]),
    ("惠及3万余人", [(30000, "count", "人")]),
    ("1.2万人次", [(12000, "count", "人次")]),
    ("筛查率达到95.6%", [(95.6, "percent", "%")]),
    ("报销比例达到百分之百", [(100, "percent", "%")]),
    ("开展十二场", [(12, "count", "场")]),
    ("建成两所", [(2, "count", "所")]),
    ("寒暑假托管班52个班次", [(52, "count", "个班次")]),
    ("近2000名残疾儿童", [(2000, "count", "名")]),
    ("投入资金1200万元", [(1200, "money", "万元")]),
    ("3月15日举办", [(3, "time", "月"), (15, "time", "日")]),
    ("联系电话：3160330", [(3160330, "phone", None)]),
    ("第3场活动", [(3, "ordinal", "场")]),
    ("35—64岁妇女", [(35, "range", None), (64, "time", "岁")]),
    ("二〇二四年", [(2024, "time", "年")]),
    ("1.新改扩建中小学2所", [(1, "ordinal", None), (2, "count", "所")]),
    ("（2）幼儿园5所", [(2, "ordinal", None), (5, "count", "所")]),
    ("筛查人数：38000", [(38000, "bare", None)]),
])
def test_mentions_carry_value_kind_and_measure(text, expected):
    got = [(m.value, m.kind, m.measure) for m in find_mentions(text)]
    assert got == [(pytest.approx(v), k, me) for v, k, me in expected]


@pytest.mark.parametrize("text", ["家庭教育千场巡讲", "千家万户", "一是强化宣传", "百姓满意"])
def test_slogans_with_numeral_characters_are_not_figures(text):
    assert [m for m in find_mentions(text) if m.kind in ("count", "percent")] == []


def test_approximate_wording_is_marked():
    (m,) = find_mentions("培训2000余人次")
    assert m.approx and m.value == 2000

