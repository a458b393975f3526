import pytest
from docx.enum.text import WD_BREAK

from parsers.model import Seal
from parsers.word import parse_docx
from tests.parsers import builders as b


def save(d, tmp_path, name="return.docx"):
    path = tmp_path / name
    d.save(path)
    return path


def tables(doc):
    return list(doc.tables())


def test_docx_parser_keeps_paragraphs_and_tables_in_reading_order(tmp_path):
    d = b.new_docx()
    d.add_paragraph("进展情况表")
    d.add_table(rows=1, cols=2).cell(0, 0).text = "序号"
    d.add_paragraph("填报人：张三")
    doc = parse_docx(save(d, tmp_path))
    assert [type(i).__name__ for i in doc.items] == ["TextBlock", "Table", "TextBlock"]


def test_docx_parser_reads_horizontally_merged_cells(tmp_path):
    d = b.new_docx()
    t = d.add_table(rows=2, cols=3)
    t.cell(0, 1).merge(t.cell(0, 2)).text = "完成情况"
    doc = parse_docx(save(d, tmp_path))
    cell = tables(doc)[0].cell_at(0, 2)
    assert (cell.text, cell.col, cell.col_span) == ("完成情况", 1, 2)


def test_docx_parser_reads_vertically_merged_cells(tmp_path):
    d = b.new_docx()
    t = d.add_table(rows=3, cols=2)
    t.cell(0, 0).merge(t.cell(2, 0)).text = "一、教育资源扩增"
    for r in range(3):
        t.cell(r, 1).text = f"指标{r}"
    table = tables(parse_docx(save(d, tmp_path)))[0]
    grid = table.grid()
    assert grid[0][0] is grid[1][0] is grid[2][0]
    assert grid[0][0].row_span == 3
    assert table.text_grid()[2] == ["一、教育资源扩增", "指标2"]


def test_docx_parser_reads_vmerge_written_by_hand(tmp_path):
    d = b.new_docx()
    t = d.add_table(rows=3, cols=2)
    t.cell(0, 0).text = "项目"
    b.set_cell_merge(t.cell(1, 0), vmerge="restart")
    t.cell(1, 0).text = "一"
    b.set_cell_merge(t.cell(2, 0), vmerge=None)
    table = tables(parse_docx(save(d, tmp_path)))[0]
    assert table.cell_at(2, 0).text == "一" and table.cell_at(2, 0).row_span == 2


def test_docx_parser_emits_a_nested_table_after_its_parent(tmp_path):
    d = b.new_docx()
    outer = d.add_table(rows=1, cols=2)
    cell = outer.cell(0, 1)
    cell.text = "分项如下："
    inner = cell.add_table(rows=1, cols=2)
    inner.cell(0, 0).text = "中小学"
    inner.cell(0, 1).text = "2所"
    d.add_paragraph("结束")
    doc = parse_docx(save(d, tmp_path))
    kinds = [(type(i).__name__, getattr(i, "depth", None)) for i in doc.items]
    assert kinds == [("Table", 0), ("Table", 1), ("TextBlock", None)]
    parent, child = tables(doc)
    assert parent.cell_at(0, 1).text == "分项如下："
    assert child.text_grid() == [["中小学", "2所"]]


def _header_table(d, rows):
    t = d.add_table(rows=len(rows) + 1, cols=3)
    for k, h in enumerate(["序号", "指标", "累计完成"]):
        t.cell(0, k).text = h
    for r, row in enumerate(rows, start=1):
        for k, v in enumerate(row):
            t.cell(r, k).text = v
    return t


def test_docx_parser_joins_a_table_split_with_a_repeated_header(tmp_path):
    d = b.new_docx()
    _header_table(d, [["1", "中小学", "2"]])
    d.add_paragraph()
    _header_table(d, [["2", "幼儿园", "5"]])
    doc = parse_docx(save(d, tmp_path))
    (table,) = tables(doc)
    assert table.text_grid() == [["序号", "指标", "累计完成"], ["1", "中小学", "2"], ["2", "幼儿园", "5"]]


def test_docx_parser_joins_a_table_continued_after_a_page_break(tmp_path):
    d = b.new_docx()
    _header_table(d, [["1", "中小学", "2"]])
    d.add_paragraph().add_run().add_break(WD_BREAK.PAGE)
    t = d.add_table(rows=1, cols=3)
    for k, v in enumerate(["2", "幼儿园", "5"]):
        t.cell(0, k).text = v
    (table,) = tables(parse_docx(save(d, tmp_path)))
    assert table.n_rows == 3
    assert table.cell_at(2, 1).page == 2 and table.cell_at(0, 1).page == 1


def test_docx_parser_keeps_two_different_tables_apart(tmp_path):
    d = b.new_docx()
    _header_table(d, [["1", "中小学", "2"]])
    d.add_paragraph("二、存在问题")
    _header_table(d, [["2", "幼儿园", "5"]])
    d.add_table(rows=1, cols=2)
    assert len(tables(parse_docx(save(d, tmp_path)))) == 3


def test_docx_parser_drops_a_header_typed_again_mid_table(tmp_path):
    d = b.new_docx()
    _header_table(d, [["1", "中小学", "2"], ["序号", "指标", "累计完成"], ["2", "幼儿园", "5"]])
    (table,) = tables(parse_docx(save(d, tmp_path)))
    assert [row[0] for row in table.text_grid()] == ["序号", "1", "2"]


def test_docx_parser_reads_headers_and_footers_with_their_role(tmp_path):
    d = b.new_docx()
    d.sections[0].header.paragraphs[0].text = "淄博市卫生健康委员会"
    d.sections[0].footer.paragraphs[0].text = "第 1 页"
    d.add_paragraph("正文")
    doc = parse_docx(save(d, tmp_path))
    roles = [(i.role, i.text) for i in doc.blocks()]
    assert roles == [("header", "淄博市卫生健康委员会"), ("body", "正文"), ("footer", "第 1 页")]


@pytest.mark.parametrize("drawingml,vml", [(True, True), (True, False), (False, True)])
def test_docx_parser_reads_a_text_box_once(tmp_path, drawingml, vml):
    d = b.new_docx()
    p = d.add_paragraph("进展情况表")
    p._p.append(b.textbox_run("淄博市妇女联合会", drawingml=drawingml, vml=vml))
    doc = parse_docx(save(d, tmp_path))
    assert [(i.role, i.text) for i in doc.blocks()] == [("body", "进展情况表"), ("textbox", "淄博市妇女联合会")]


def test_docx_parser_counts_explicit_page_breaks(tmp_path):
    d = b.new_docx()
    d.add_paragraph("第一页")
    d.add_paragraph().add_run().add_break(WD_BREAK.PAGE)
    d.add_paragraph("第二页")
    doc = parse_docx(save(d, tmp_path))
    assert [(i.text, i.page) for i in doc.blocks()] == [("第一页", 1), ("第二页", 2)]
    assert len(doc.pages) == 2


def test_docx_parser_prefers_the_page_starts_word_rendered(tmp_path):
    d = b.new_docx()
    d.add_paragraph("第一页")
    p = d.add_paragraph()
    p._p.append(b.xml_run("<w:lastRenderedPageBreak/><w:t>第二页</w:t>"))
    d.add_paragraph().add_run().add_break(WD_BREAK.PAGE)  # already counted in the rendering
    p = d.add_paragraph()
    p._p.append(b.xml_run("<w:lastRenderedPageBreak/><w:t>第三页</w:t>"))
    doc = parse_docx(save(d, tmp_path))
    assert [(i.text, i.page) for i in doc.blocks()] == [("第一页", 1), ("第二页", 2), ("第三页", 3)]


def test_docx_parser_reads_custom_properties_such_as_the_template_mark(tmp_path):
    d = b.new_docx()
    d.core_properties.title = "进展情况表"
    path = save(d, tmp_path)
    b.add_custom_properties(path, {"wcr_mark": "WCR|1|2024Q2|市教育局|2024-1"})
    props = parse_docx(path).properties
    assert props["wcr_mark"] == "WCR|1|2024Q2|市教育局|2024-1"
    assert props["title"] == "进展情况表"


def test_docx_parser_leaves_stamped_unknown_without_pictures(tmp_path):
    d = b.new_docx()
    d.add_paragraph("无图片")
    assert parse_docx(save(d, tmp_path)).stamped is None


def _docx_with_picture(tmp_path):
    import io
    d = b.new_docx()
    d.add_paragraph("第一页")
    d.add_paragraph().add_run().add_break(WD_BREAK.PAGE)
    d.add_paragraph().add_run().add_picture(io.BytesIO(b.png_bytes()))
    return save(d, tmp_path)


def test_docx_parser_collects_pictures_with_their_page(tmp_path, monkeypatch):
    monkeypatch.setattr("parsers.native.load_seal_finder", lambda: None)
    doc = parse_docx(_docx_with_picture(tmp_path))
    (pic,) = doc.pictures
    assert pic.media_type == "image/png" and pic.page == 2 and pic.data.startswith(b"\x89PNG")
    assert doc.stamped is None  # no seal finder installed: unknown, not "no seal"


@pytest.mark.parametrize("found,stamped", [([Seal(page=1, text="淄博市教育局")], True), ([], False)])
def test_docx_parser_asks_the_seal_finder_about_pictures(tmp_path, monkeypatch, found, stamped):
    seen = []

    def find_seals(data):
        seen.append(data[:4])
        return list(found)

    monkeypatch.setattr("parsers.native.load_seal_finder", lambda: find_seals)
    doc = parse_docx(_docx_with_picture(tmp_path))
    assert seen == [b"\x89PNG"]
    assert doc.stamped is stamped
    assert [(s.page, s.text) for s in doc.seals] == [(2, "淄博市教育局")] * len(found)


def test_docx_parser_reads_a_paragraph_level_alternate_content_once(tmp_path):
    from docx.oxml import parse_xml
    d = b.new_docx()
    p = d.add_paragraph("进展情况表")
    run = b.textbox_run("淄博市妇女联合会")
    alt = run[0]  # the mc:AlternateContent; move it up to paragraph level, runs inside
    for branch in alt:
        inner = list(branch)
        r = parse_xml(f"<w:r {b.NSDECL}/>")
        for el in inner:
            r.append(el)
        branch.append(r)
    p._p.append(alt)
    doc = parse_docx(save(d, tmp_path))
    assert [bl.text for bl in doc.blocks() if bl.role == "textbox"] == ["淄博市妇女联合会"]


@pytest.mark.parametrize("caption", ["续表", "（续表）", "续上表：", "接上表"])
def test_docx_parser_joins_a_table_continued_under_a_continuation_caption(tmp_path, caption):
    d = b.new_docx()
    _header_table(d, [["1", "中小学", "2"]])
    d.add_paragraph(caption)
    _header_table(d, [["2", "幼儿园", "5"]])
    doc = parse_docx(save(d, tmp_path))
    assert len(list(doc.tables())) == 1 and next(doc.tables()).n_rows == 3


def test_docx_parser_reads_the_template_mark_from_a_printed_qr_code(tmp_path, monkeypatch):
    import io
    monkeypatch.setattr("parsers.native.load_seal_finder", lambda: None)
    d = b.new_docx()
    d.add_paragraph("进展情况表")
    d.add_paragraph().add_run().add_picture(io.BytesIO(b.qr_png("WCR|1|2024Q3|市民政局|2024-1")))
    assert parse_docx(save(d, tmp_path)).properties["wcr_mark"] == "WCR|1|2024Q3|市民政局|2024-1"


def test_docx_parser_ignores_a_qr_code_that_is_not_a_template_mark(tmp_path, monkeypatch):
    import io
    monkeypatch.setattr("parsers.native.load_seal_finder", lambda: None)
    d = b.new_docx()
    d.add_paragraph().add_run().add_picture(io.BytesIO(b.qr_png("https://example.org/")))
    assert "wcr_mark" not in parse_docx(save(d, tmp_path)).properties


def test_docx_parser_reads_number_attributes_other_writers_spell_as_decimals(tmp_path):
    d = b.new_docx()
    t = d.add_table(rows=1, cols=3)
    t.cell(0, 0).merge(t.cell(0, 1)).text = "完成情况"
    path = save(d, tmp_path)
    b.rewrite_zip(path, {"word/document.xml": lambda x: x.replace(b'w:gridSpan w:val="2"', b'w:gridSpan w:val="2.0"')})
    cell = tables(parse_docx(path))[0].cell_at(0, 1)
    assert cell.text == "完成情况" and cell.col_span == 2


def test_docx_parser_survives_a_damaged_picture(tmp_path, monkeypatch):
    import io
    seen = []
    monkeypatch.setattr("parsers.native.load_seal_finder", lambda: (lambda data: seen.append(1) or []))
    d = b.new_docx()
    d.add_paragraph("填报单位：市教育局")
    d.add_paragraph().add_run().add_picture(io.BytesIO(b.png_bytes()))
    path = save(d, tmp_path)
    b.rewrite_zip(path, {"word/media/image1.png": lambda data: data[:40]})
    doc = parse_docx(path)
    assert doc.plain_text() == "填报单位：市教育局"
    assert doc.stamped is None and any("公章" in w for w in doc.warnings)


def test_seal_finder_sees_a_transparent_pasted_seal_on_white_paper_with_a_margin():
    import io

    from PIL import Image

    from parsers.native import picture_on_white
    buf = io.BytesIO()
    Image.new("RGBA", (100, 80), (200, 0, 0, 0)).save(buf, format="PNG")  # fully transparent
    out = Image.open(io.BytesIO(picture_on_white(buf.getvalue())))
    assert out.size == (200, 160) and out.mode == "RGB"
    assert out.getpixel((100, 80)) == (255, 255, 255)  # transparency shows as paper, not black
