import sys
import types

import pytest
from reportlab.platypus import PageBreak, Spacer

from parsers.model import Page, Seal, TextBlock
from parsers.pdf_text import parse_pdf_text
from tests.parsers import builders as b

HEADER = ["序号", "项目", "指标", "累计完成"]


def rows(n, start=1):
    return [[str(i), f"项目{i}", "新建幼儿园", f"{i}所"] for i in range(start, start + n)]


@pytest.fixture(autouse=True)
def no_seal_finder(monkeypatch):
    monkeypatch.setattr("parsers.native.load_seal_finder", lambda: None)


def test_pdf_reads_a_ruled_table_with_a_merged_cell(tmp_path):
    path = b.build_pdf(tmp_path / "t.pdf", lambda f: [
        b.grid_table([HEADER] + rows(3), f, spans=[((1, 1), (1, 2))])])
    (table,) = parse_pdf_text(path).tables()
    assert (table.n_rows, table.n_cols) == (4, 4)
    merged = table.cell_at(2, 1)
    assert (merged.text, merged.row, merged.row_span) == ("项目1", 1, 2)
    assert table.text_grid()[3] == ["3", "项目3", "新建幼儿园", "3所"]


def test_pdf_cells_carry_boxes_in_points_from_the_top(tmp_path):
    path = b.build_pdf(tmp_path / "t.pdf", lambda f: [b.grid_table([HEADER] + rows(2), f)])
    doc = parse_pdf_text(path)
    table = next(doc.tables())
    first, last = table.cell_at(0, 0), table.cell_at(2, 3)
    assert doc.pages[0].unit == "pt" and doc.pages[0].height == pytest.approx(841.89, abs=0.1)
    assert first.bbox[1] < last.bbox[1] and first.bbox[0] < last.bbox[0]
    assert 0 < first.bbox[1] < 200  # near the top margin, not measured from the bottom


def test_pdf_finds_an_unruled_table_whose_words_form_columns(tmp_path):
    path = b.build_pdf(tmp_path / "t.pdf", lambda f: [b.grid_table([HEADER] + rows(4), f, ruled=False)])
    (table,) = parse_pdf_text(path).tables()
    assert table.n_cols == 4
    assert ["2", "项目2", "新建幼儿园", "2所"] in table.text_grid()


def test_pdf_does_not_take_prose_for_a_table(tmp_path):
    text = "截至3月底，全市新改扩建中小学2所、幼儿园5所，打造智慧教育应用场景3个，各项工作有序推进。" * 3
    path = b.build_pdf(tmp_path / "t.pdf", lambda f: [b.para(text, f, indent=22), b.para(text, f, indent=22)])
    doc = parse_pdf_text(path)
    assert list(doc.tables()) == []
    assert len(list(doc.blocks())) == 2


def test_pdf_joins_wrapped_lines_into_one_paragraph_with_a_box(tmp_path):
    text = "截至3月底，全市新改扩建中小学2所，幼儿园5所，各项工作有序推进，进展顺利，这是一段较长的文字用于测试换行。"
    path = b.build_pdf(tmp_path / "t.pdf", lambda f: [b.para(text, f, indent=22), b.para("下步打算：继续推进。", f, indent=22)])
    blocks = list(parse_pdf_text(path).blocks())
    assert [bl.text for bl in blocks] == [text, "下步打算：继续推进。"]
    x0, top, x1, bottom = blocks[0].bbox
    assert bottom - top > 20 and x1 > x0


def test_pdf_marks_a_larger_heading_as_title(tmp_path):
    path = b.build_pdf(tmp_path / "t.pdf", lambda f: [
        b.para("2024年第一季度进展情况", f, size=18, align=1), b.para("正文内容。", f), b.para("正文第二段。", f)])
    blocks = list(parse_pdf_text(path).blocks())
    assert blocks[0].role == "title" and blocks[1].role == "body"


def test_pdf_joins_a_table_continued_on_the_next_page_dropping_the_repeated_header(tmp_path):
    path = b.build_pdf(tmp_path / "t.pdf", lambda f: [b.grid_table([HEADER] + rows(70), f, repeat_rows=1)])
    doc = parse_pdf_text(path)
    (table,) = doc.tables()
    grid = table.text_grid()
    assert table.n_rows == 71 and [r[0] for r in grid].count("序号") == 1
    assert grid[-1] == ["70", "项目70", "新建幼儿园", "70所"]
    assert table.cell_at(1, 0).page == 1 and table.cell_at(70, 0).page == 2


def test_pdf_joins_a_continued_table_without_a_repeated_header(tmp_path):
    path = b.build_pdf(tmp_path / "t.pdf", lambda f: [
        b.grid_table([HEADER] + rows(5), f, col_widths=[40, 120, 160, 100]), PageBreak(),
        b.grid_table(rows(3, start=6), f, col_widths=[40, 120, 160, 100])])
    (table,) = parse_pdf_text(path).tables()
    assert table.n_rows == 9 and table.cell_at(8, 1).text == "项目8"


def test_pdf_keeps_tables_apart_when_text_comes_between(tmp_path):
    path = b.build_pdf(tmp_path / "t.pdf", lambda f: [
        b.grid_table([HEADER] + rows(2), f), Spacer(1, 12), b.para("二、存在问题", f), Spacer(1, 12),
        b.grid_table([HEADER] + rows(2), f)])
    assert len(list(parse_pdf_text(path).tables())) == 2


def test_pdf_marks_page_numbers_as_footers(tmp_path):
    def footer(canvas, doc):
        canvas.setFont("cjk", 9)
        canvas.drawCentredString(297, 30, f"第 {doc.page} 页")

    from reportlab.lib.pagesizes import A4
    from reportlab.platypus import SimpleDocTemplate
    font = b.cjk_font()
    path = tmp_path / "t.pdf"
    SimpleDocTemplate(str(path), pagesize=A4).build(
        [b.para("正文一", font), PageBreak(), b.para("正文二", font)], onFirstPage=footer, onLaterPages=footer)
    roles = [(bl.text.replace(" ", ""), bl.role) for bl in parse_pdf_text(path).blocks()]
    assert roles == [("正文一", "body"), ("第1页", "footer"), ("正文二", "body"), ("第2页", "footer")]


def _mixed_pdf(tmp_path):
    """Page 1 text, page 2 a scanned image only."""
    import io

    from reportlab.lib.pagesizes import A4
    from reportlab.lib.utils import ImageReader
    from reportlab.pdfgen import canvas
    font = b.cjk_font()
    path = tmp_path / "mixed.pdf"
    c = canvas.Canvas(str(path), pagesize=A4)
    c.setFont(font, 12)
    c.drawString(72, 760, "填报单位：市教育局")
    c.showPage()
    c.drawImage(ImageReader(io.BytesIO(b.png_bytes((245, 245, 245), (200, 280)))), 0, 0, width=A4[0], height=A4[1])
    c.showPage()
    c.save()
    return path


def test_pdf_sends_pages_without_text_to_ocr(tmp_path, monkeypatch):
    calls = []

    monkeypatch.setitem(sys.modules, "parsers.ocr", _fake_ocr(calls))
    doc = parse_pdf_text(_mixed_pdf(tmp_path))
    assert calls == [[2]]
    assert [(bl.text, bl.page, bl.from_ocr) for bl in doc.blocks()] == [
        ("填报单位：市教育局", 1, False), ("盖章页", 2, True)]
    assert doc.pages[1].unit == "px" and doc.stamped is True


def _fake_ocr(calls, marks=()):
    from parsers.ocr.page import PageResult

    def read_pdf_pages(path, page_numbers):
        calls.append(list(page_numbers))
        return [PageResult(Page(number=n, width=1240, height=1754, unit="px", from_ocr=True),
                           [TextBlock(text="盖章页", page=n, from_ocr=True)],
                           [Seal(page=n, text="淄博市教育局")], [], list(marks))
                for n in page_numbers]

    fake = types.ModuleType("parsers.ocr")
    fake.read_pdf_pages = read_pdf_pages
    fake.TEMPLATE_MARK_PREFIX = "WCR|"
    return fake


def test_pdf_takes_the_template_mark_from_a_scanned_page(tmp_path, monkeypatch):
    fake = _fake_ocr([], marks=["not ours", "WCR|1|2024Q2|市教育局|2024-1"])
    monkeypatch.setitem(sys.modules, "parsers.ocr", fake)
    doc = parse_pdf_text(_mixed_pdf(tmp_path))
    assert doc.properties["wcr_mark"] == "WCR|1|2024Q2|市教育局|2024-1"


def test_pdf_warns_when_a_scanned_page_cannot_be_read(tmp_path, monkeypatch):
    monkeypatch.setitem(sys.modules, "parsers.ocr", None)  # import fails
    doc = parse_pdf_text(_mixed_pdf(tmp_path))
    assert doc.plain_text() == "填报单位：市教育局"
    assert any("第2页" in w and "扫描" in w for w in doc.warnings)


def test_pdf_hands_page_images_to_the_seal_finder_with_boxes_in_points(tmp_path, monkeypatch):
    import io

    from reportlab.lib.pagesizes import A4
    from reportlab.lib.utils import ImageReader
    from reportlab.pdfgen import canvas
    font = b.cjk_font()
    path = tmp_path / "sealed.pdf"
    c = canvas.Canvas(str(path), pagesize=A4)
    c.setFont(font, 12)
    c.drawString(72, 760, "市教育局（盖章） 截至3月底，全市新改扩建中小学2所。")
    c.drawImage(ImageReader(io.BytesIO(b.png_bytes((220, 30, 30), (120, 120)))), 400, 600, width=100, height=100)
    c.save()
    shapes = []

    def find_seals(bgr):
        shapes.append(bgr.shape)
        return [Seal(page=1, bbox=(100, 100, 300, 300), text="淄博市教育局")]  # pixels of the region

    monkeypatch.setattr("parsers.native.load_seal_finder", lambda: find_seals)
    doc = parse_pdf_text(path)
    # the 100 pt picture with half its size around it, at the render scale of 2
    assert [s[:2] for s in shapes] == [(400, 400)]
    (seal,) = doc.seals
    assert doc.stamped is True
    assert seal.bbox == pytest.approx((400, A4[1] - 700, 500, A4[1] - 600), abs=1)


def test_pdf_page_turned_by_its_rotate_entry_has_the_displayed_size(tmp_path):
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfgen import canvas
    font = b.cjk_font()
    path = tmp_path / "landscape.pdf"
    c = canvas.Canvas(str(path), pagesize=A4)
    c.setPageRotation(90)  # "print to PDF" of a landscape table: portrait page shown turned
    c.saveState()
    c.translate(300, 400)
    c.rotate(90)
    c.setFont(font, 12)
    c.drawString(0, 0, "填报单位：市教育局")
    c.restoreState()
    c.save()
    doc = parse_pdf_text(path)
    page, (block,) = doc.pages[0], list(doc.blocks())
    assert (round(page.width), round(page.height)) == (842, 595)
    assert block.text == "填报单位：市教育局"
    assert block.bbox[2] <= page.width and block.bbox[3] <= page.height


def test_pdf_sends_a_page_with_unmapped_glyphs_to_ocr_and_says_so(tmp_path, monkeypatch):
    calls = []
    fake = types.ModuleType("parsers.ocr")
    fake.read_pdf_pages = lambda path, numbers: calls.append(list(numbers)) or []
    fake.TEMPLATE_MARK_PREFIX = "WCR|"
    monkeypatch.setitem(sys.modules, "parsers.ocr", fake)
    doc = parse_pdf_text(b.unmapped_font_pdf(tmp_path / "nomap.pdf"))
    assert calls == [[1]]
    assert "cid" not in doc.plain_text()
    assert any("字体缺少编码" in w for w in doc.warnings)


def test_pdf_joins_a_continued_table_under_a_continuation_caption(tmp_path):
    path = b.build_pdf(tmp_path / "t.pdf", lambda f: [
        b.grid_table([HEADER] + rows(5), f, col_widths=[40, 120, 160, 100]), PageBreak(),
        b.para("续表", f), b.grid_table([HEADER] + rows(3, start=6), f, col_widths=[40, 120, 160, 100])])
    (table,) = parse_pdf_text(path).tables()
    assert table.n_rows == 9


def _word(text, x0, top, size=10.0):
    return {"text": text, "x0": x0, "x1": x0 + size * len(text), "top": top, "bottom": top + size, "size": size}


def test_cell_text_joins_a_line_wrapped_early_before_a_closing_quote():
    from parsers.pdf_text import words_to_text
    words = [_word("实施“阳光成", 5, 0), _word("长”青少年身心健", 5, 14), _word("康护航行动", 5, 28)]
    assert words_to_text(words, (0, 0, 95, 40)) == "实施“阳光成长”青少年身心健康护航行动"


def test_cell_text_keeps_numbered_items_on_their_own_lines():
    from parsers.pdf_text import words_to_text
    words = [_word("1.新建中小学2所", 5, 0), _word("2.新建幼儿园5所", 5, 14)]
    assert words_to_text(words, (0, 0, 200, 30)) == "1.新建中小学2所\n2.新建幼儿园5所"


@pytest.mark.parametrize("drawn_as", ["image", "vectors"])
def test_pdf_reads_the_template_mark_from_a_qr_code(tmp_path, drawn_as):
    import io

    from reportlab.graphics import renderPDF
    from reportlab.graphics.barcode.qr import QrCodeWidget
    from reportlab.graphics.shapes import Drawing
    from reportlab.lib.utils import ImageReader
    from reportlab.pdfgen import canvas
    payload = "WCR|1|2024Q1|市教育局|2024-1"
    font = b.cjk_font()
    path = tmp_path / "marked.pdf"
    c = canvas.Canvas(str(path))
    c.setFont(font, 12)
    c.drawString(72, 760, "2024年第一季度进展情况表 填报单位：市教育局")
    if drawn_as == "image":
        c.drawImage(ImageReader(io.BytesIO(b.qr_png(payload))), 460, 720, width=80, height=80)
    else:
        widget = QrCodeWidget(payload)
        x0, y0, x1, y1 = widget.getBounds()
        drawing = Drawing(80, 80, transform=[80 / (x1 - x0), 0, 0, 80 / (y1 - y0), 0, 0])
        drawing.add(widget)
        renderPDF.draw(drawing, c, 460, 720)
    c.save()
    assert parse_pdf_text(path).properties["wcr_mark"] == payload


def test_pdf_with_only_an_owner_password_is_read(tmp_path):
    from reportlab.lib import pdfencrypt
    from reportlab.pdfgen import canvas
    font = b.cjk_font()
    path = tmp_path / "restricted.pdf"
    c = canvas.Canvas(str(path), encrypt=pdfencrypt.StandardEncryption("", "owner", canPrint=0, strength=128))
    c.setFont(font, 12)
    c.drawString(100, 700, "填报单位：市教育局")
    c.save()
    assert parse_pdf_text(path).plain_text() == "填报单位：市教育局"


def test_pdf_keeps_the_text_when_table_finding_fails(tmp_path, monkeypatch):
    def broken(page, words):
        raise ValueError("odd drawing")

    monkeypatch.setattr("parsers.pdf_text._tables", broken)
    path = b.build_pdf(tmp_path / "t.pdf", lambda f: [b.para("填报单位：市教育局", f), b.grid_table([HEADER] + rows(1), f)])
    doc = parse_pdf_text(path)
    assert "填报单位：市教育局" in doc.plain_text() and "项目1" in doc.plain_text()
    assert any("表格结构无法识别" in w for w in doc.warnings)


def draw_vector_seal(c, font: str, name: str, cx: float, cy: float, r: float = 60,
                     rgb=(0.85, 0.1, 0.1)) -> None:
    """An electronic seal as PDF vectors: a red ring, a star and the name round the top."""
    import math

    c.saveState()
    c.setStrokeColorRGB(*rgb)
    c.setFillColorRGB(*rgb)
    c.setLineWidth(3.5)
    c.circle(cx, cy, r, stroke=1, fill=0)
    star = [(cx + (r * 0.3 if k % 2 == 0 else r * 0.12) * math.cos(math.pi / 2 + k * math.pi / 5),
             cy + (r * 0.3 if k % 2 == 0 else r * 0.12) * math.sin(math.pi / 2 + k * math.pi / 5))
            for k in range(10)]
    p = c.beginPath()
    p.moveTo(*star[0])
    for pt in star[1:]:
        p.lineTo(*pt)
    p.close()
    c.drawPath(p, stroke=0, fill=1)
    size = r * 0.28
    c.setFont(font, size)
    spread = math.radians(250)
    for k, ch in enumerate(name):
        a = math.pi / 2 + spread / 2 - spread * k / max(len(name) - 1, 1)
        x, y = cx + (r - size * 0.95) * math.cos(a), cy + (r - size * 0.95) * math.sin(a)
        c.saveState()
        c.translate(x, y)
        c.rotate(math.degrees(a) - 90)
        c.drawCentredString(0, -size * 0.35, ch)
        c.restoreState()
    c.restoreState()


@pytest.mark.slow
def test_pdf_finds_a_seal_drawn_as_vectors_and_reads_its_ring(tmp_path, monkeypatch):
    """An electronic seal (电子签章) is often red vector paths, not a picture: it still
    stamps the return, and its ring names the department."""
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfgen import canvas
    font = b.cjk_font()
    path = tmp_path / "e-seal.pdf"
    c = canvas.Canvas(str(path), pagesize=A4)
    c.setFont(font, 12)
    c.drawString(72, 760, "2024年上半年为妇女儿童办实事项目进展情况")
    c.drawString(72, 730, "截至6月底，累计开展家庭教育巡讲515场。")
    c.drawString(380, 600, "2024年7月5日")
    draw_vector_seal(c, font, "淄博市妇女联合会", 420, 610)
    c.save()
    from parsers.ocr.seal import find_seals
    monkeypatch.setattr("parsers.native.load_seal_finder", lambda: find_seals)  # the real one
    doc = parse_pdf_text(path)
    assert doc.stamped is True
    (seal,) = doc.seals
    assert seal.bbox == pytest.approx((360, A4[1] - 670, 480, A4[1] - 550), abs=6)
    assert "妇女联合会" in seal.text


def test_pdf_black_rings_and_red_text_are_not_vector_seals(tmp_path, monkeypatch):
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfgen import canvas
    font = b.cjk_font()
    path = tmp_path / "no-seal.pdf"
    c = canvas.Canvas(str(path), pagesize=A4)
    c.setFont(font, 12)
    c.setFillColorRGB(0.9, 0.1, 0.1)
    c.drawString(72, 760, "红色标题：截至6月底进展情况")
    c.setStrokeColorRGB(0, 0, 0)
    c.circle(300, 400, 60, stroke=1, fill=0)  # a black ring (a diagram), not a seal
    c.setStrokeColorRGB(0.9, 0.1, 0.1)
    c.line(72, 700, 520, 700)  # the red rule under a 红头 title
    c.save()
    calls = []
    monkeypatch.setattr("parsers.native.load_seal_finder", lambda: lambda bgr: calls.append(1) or [])
    doc = parse_pdf_text(path)
    assert calls == [] and doc.seals == [] and doc.stamped is False


def test_pdf_ends_a_row_broken_by_the_page_with_its_text_from_the_next(tmp_path):
    """Word lets a row break across pages: 注册 | then, on the next page, 用户8.3万人。 alone in
    its column. The text goes back into the row it continues."""
    widths = [40, 120, 200, 100]
    path = b.build_pdf(tmp_path / "t.pdf", lambda f: [
        b.grid_table([HEADER] + rows(3) + [["4", "项目4", "平台上线运行，注册", "开展"]], f, col_widths=widths),
        PageBreak(),
        b.grid_table([["", "", "用户8.3万人。", ""], ["5", "项目5", "新建幼儿园", "5所"]], f, col_widths=widths)])
    (table,) = parse_pdf_text(path).tables()
    grid = table.text_grid()
    assert table.n_rows == 6
    assert grid[4][2] == "平台上线运行，注册用户8.3万人。" and grid[5][1] == "项目5"


def test_pdf_keeps_a_new_row_whose_first_column_is_blank_when_the_text_above_ended(tmp_path):
    widths = [40, 120, 200, 100]
    path = b.build_pdf(tmp_path / "t.pdf", lambda f: [
        b.grid_table([HEADER] + rows(3) + [["4", "项目4", "平台上线运行。", "开展"]], f, col_widths=widths),
        PageBreak(),
        b.grid_table([["", "", "另建站点3个。", ""], ["5", "项目5", "新建幼儿园", "5所"]], f, col_widths=widths)])
    (table,) = parse_pdf_text(path).tables()
    assert table.n_rows == 7


def test_pdf_keeps_a_header_word_that_overflows_the_tables_top_ruling():
    """A wrapped header printed in a row too short for it: 救助人数（名 runs over the top line
    (its middle above it) and ） sits below. Both belong to the header cell."""
    from parsers.pdf_text import _crosses_edge, cells_to_table

    def word(text, x0, top):
        return {"text": text, "x0": x0, "x1": x0 + 10 * len(text), "top": top, "bottom": top + 11,
                "size": 10}
    boxes = [(50, 100, 150, 115), (150, 100, 250, 115), (50, 115, 150, 130), (150, 115, 250, 130)]
    words = [word("救助人数（名", 55, 93), word("）", 55, 104), word("合计", 155, 102),
             word("471", 55, 117), word("张店区", 155, 117)]
    assert _crosses_edge(words[0], (50, 100, 250, 130))
    table = cells_to_table(boxes, words, 1)
    assert table.text_grid()[0] == ["救助人数（名）", "合计"]
