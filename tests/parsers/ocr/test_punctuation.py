import pytest

from parsers.ocr.punctuation import cjk_punctuation


@pytest.mark.parametrize("read, printed", [
    ("新改扩建中小学1所(淄川区般阳中学扩建工程已竣工）", "新改扩建中小学1所（淄川区般阳中学扩建工程已竣工）"),
    ("5000（全市)", "5000（全市）"),
    ("填报单位:市教育局", "填报单位：市教育局"),
    ("培训210人,指导8家企业;完成了吗?", "培训210人，指导8家企业；完成了吗？"),
    ("1,234人次", "1,234人次"),  # between digits: a thousands separator
    ("10:30召开", "10:30召开"),
    ("HPV (9-valent)", "HPV (9-valent)"),
    ("", ""),
])
def test_ascii_punctuation_beside_chinese_is_full_width_and_figures_are_untouched(read, printed):
    assert cjk_punctuation(read) == printed
