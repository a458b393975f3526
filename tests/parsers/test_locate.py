"""parsers.locate: evidence snippets found on a PDF (tiny reportlab PDFs with a CJK font)."""
from __future__ import annotations

import pytest

from parsers.locate import figure_parts, locate_snippets, normalise
from tests.parsers.builders import build_pdf, grid_table, para

WRAPPED = "截至3月底累计完成新改扩建中小学幼儿园共计12所"
SENTENCE = ("今年以来我局认真落实妇女儿童发展规划，截至6月底全市累计开展两癌免费检查"
            "23456人次，超额完成年度任务。")


@pytest.fixture(scope="module")
def pdf(tmp_path_factory):
    """Page 1: a table whose second cell wraps over lines; page 2: a paragraph, then the
    same figure cell '100%' twice (two rows)."""
    from reportlab.platypus import PageBreak, Paragraph
    from reportlab.lib.styles import ParagraphStyle

    def story(font):
        cell = ParagraphStyle("cell", fontName=font, fontSize=10, leading=14)
        rows = [["指标", "进展情况"],
                ["新改扩建中小学", Paragraph(WRAPPED, cell)],
                ["适龄儿童入学率", "99.8 %"]]
        return [para("市教育局进展情况表", font, size=14),
                grid_table(rows, font, col_widths=[120, 110]),
                PageBreak(),
                para(SENTENCE, font),
                grid_table([["孕产妇系统管理率", "100%"], ["儿童健康管理率", "100%"]], font)]
    return build_pdf(tmp_path_factory.mktemp("locate") / "t.pdf", story)


def _height(box):
    return box[3] - box[1]


def test_snippet_wrapped_over_lines_of_a_cell_gets_the_box_around_the_lines(pdf):
    page, box = locate_snippets(pdf, [WRAPPED])[WRAPPED]
    one_line = locate_snippets(pdf, ["指标"])["指标"][1]
    assert page == 1
    assert _height(box) > 1.8 * _height(one_line)  # runs over at least two lines
    assert box[2] - box[0] <= 112  # stays inside the 110 pt column


def test_sentence_in_a_paragraph_is_found_on_its_page(pdf):
    page, box = locate_snippets(pdf, [SENTENCE])[SENTENCE]
    assert page == 2
    assert box[0] < box[2] and box[1] < box[3]


@pytest.mark.parametrize("snippet", ["99.8%", "99.8 %", "９９．８％", "适龄儿童\n入学率"])
def test_whitespace_and_full_width_forms_do_not_matter(pdf, snippet):
    assert locate_snippets(pdf, [snippet])[snippet][0] == 1


def test_long_sentence_worded_differently_is_found_by_the_part_around_its_figure(pdf):
    reworded = "据统计，截至6月底全市累计开展两癌免费检查23456人次，较去年同期明显增长"
    page, box = locate_snippets(pdf, [reworded])[reworded]
    exact = locate_snippets(pdf, ["23456"])["23456"]
    assert page == 2 and box[1] <= exact[1][1] <= box[3]


@pytest.mark.parametrize("snippet", ["98765", "市民政局", "", "   "])
def test_snippet_not_in_the_pdf_is_none(pdf, snippet):
    assert locate_snippets(pdf, [snippet])[snippet] is None


def test_repeated_snippet_takes_the_occurrence_after_the_previous_match(pdf):
    first = locate_snippets(pdf, ["100%"])["100%"]
    after = locate_snippets(pdf, ["儿童健康管理率", "100%"])["100%"]
    assert first[0] == after[0] == 2
    assert after[1][1] > first[1][1]  # the lower row's cell


def test_figure_parts_are_long_enough_and_contain_the_figure():
    parts = figure_parts(normalise(SENTENCE))
    assert all(len(p) >= 6 and any(ch.isdigit() for ch in p) for p in parts)
    assert any("23456" in p for p in parts)
    assert len(parts[0]) > len(parts[-1])


@pytest.fixture(scope="module")
def district_pdf(tmp_path_factory):
    """A district table: the same bare figures in many cells, a total row at the bottom."""
    rows = [["单位", "新改扩建中小学（所）", "新改扩建幼儿园（所）"],
            ["张店区", "0", "1"], ["淄川区", "1", "0"], ["全市合计", "1", "1"]]
    return build_pdf(tmp_path_factory.mktemp("district") / "d.pdf",
                     lambda font: [para("2024年1季度进展情况", font), grid_table(rows, font)])


@pytest.mark.parametrize("context,row,col", [
    ("新改扩建幼儿园 全市合计", "全市合计", "新改扩建幼儿园"),
    ("新改扩建中小学 全市合计", "全市合计", "新改扩建中小学"),
    ("淄川区新改扩建中小学", "淄川区", "新改扩建中小学"),
])
def test_bare_figure_is_told_apart_by_its_row_label_and_column_header(district_pdf, context,
                                                                      row, col):
    from parsers.locate import locate, pdf_streams, surroundings

    (page, box), = locate(district_pdf, [("1", context)])
    stream = pdf_streams(district_pdf)[page - 1][0]
    around_row, around_col = surroundings(stream, box)
    assert around_row.startswith(row) and around_col.startswith(col)


def test_bare_figure_is_never_found_inside_a_longer_word(district_pdf):
    (page, box), = locate_snippets(district_pdf, ["1"]).values()
    assert box[1] > 100  # a table cell, not the 1 of "2024年1季度" in the title line
