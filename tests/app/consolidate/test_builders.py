"""The xlsx and docx outputs opened again and checked as a reader would find them."""
from __future__ import annotations

import io
import zipfile

import pytest
from docx import Document
from docx.oxml.ns import qn
from openpyxl import load_workbook

from app.consolidate import consolidate, write_table
from app.consolidate.layout import HEADERS, UNREVIEWED_MARK
from app.consolidate.returns import ReturnTexts
from app.consolidate.xlsx_table import CHART_SHEET, MAIN_SHEET, SOURCES_SHEET
from tests.app.consolidate.conftest import make_return

TITLE = "2024年为全市妇女儿童办实事工作进展情况表"


@pytest.fixture
def table(catalog, returns_q2):
    return consolidate(returns_q2, catalog, "2024Q2", include_unreviewed=True)


def _xlsx(table):
    buf = io.BytesIO()
    write_table(table, buf, "xlsx")
    buf.seek(0)
    return load_workbook(buf), buf.getvalue()


def _docx(table):
    buf = io.BytesIO()
    write_table(table, buf, "docx")
    buf.seek(0)
    return Document(buf)


def test_xlsx_has_title_as_of_date_and_headers(table):
    wb, _ = _xlsx(table)
    ws = wb[MAIN_SHEET]
    assert ws["A1"].value == TITLE
    assert ws["A1"].font.name == "方正小标宋简体"
    assert "2024年6月30日" in ws["A2"].value
    assert tuple(c.value for c in ws[3]) == HEADERS
    assert ws["B4"].font.name == "仿宋_GB2312"


def test_xlsx_project_cells_span_their_indicator_rows(table):
    wb, _ = _xlsx(table)
    ws = wb[MAIN_SHEET]
    merged = {str(r) for r in ws.merged_cells.ranges}
    # project 1: three indicators + one 工作进展 row (one department wrote) → rows 4..7
    assert {"A4:A7", "B4:B7", "D4:D7", "G4:G7", "F4:F6"} <= merged
    assert ws["C7"].value == "工作进展"
    assert ws["E7"].value == "【市教育局】新建学校2所"
    assert ws["F7"].value == "【市教育局】存在问题：用地紧张\n下步打算：加快建设"
    assert ws["E4"].value.startswith("累计完成2所，完成率50%（序时推进）")


def test_xlsx_prints_a4_landscape_with_repeated_header_and_page_numbers(table):
    wb, _ = _xlsx(table)
    ws = wb[MAIN_SHEET]
    assert ws.page_setup.orientation == "landscape"
    assert int(ws.page_setup.paperSize) == 9  # A4
    assert ws.print_title_rows == "$3:$3"
    assert "&P" in ws.oddFooter.center.text and "&N" in ws.oddFooter.center.text
    assert all(ws.cell(row=r, column=5).alignment.wrap_text for r in range(4, 10))


def test_xlsx_rows_are_tall_enough_for_long_narratives(catalog):
    long = "截至6月底已组织开展各类活动，覆盖全市各区县。" * 8
    table = consolidate([make_return("市教育局", {"1.1": 1},
                                     texts={1: ReturnTexts(progress=long)})], catalog, "2024Q2")
    wb, _ = _xlsx(table)
    ws = wb[MAIN_SHEET]
    assert ws.row_dimensions[7].height > 5 * ws.row_dimensions[4].height


def test_xlsx_marks_unreviewed_figures(table):
    wb, _ = _xlsx(table)
    ws = wb[MAIN_SHEET]
    texts = [c.value for c in ws["E"] if isinstance(c.value, str)]
    marked = [t for t in texts if UNREVIEWED_MARK in t]
    assert len(marked) == 1 and "3000人次" in marked[0]


def test_xlsx_provenance_sheet_lists_every_figure(table):
    wb, _ = _xlsx(table)
    ws = wb[SOURCES_SHEET]
    head = [c.value for c in ws[1]]
    assert head[:11] == ["指标编号", "实事项目", "指标", "部门", "文件名", "上传时间", "页码",
                         "提取值", "审核后数值", "修改人", "计入汇总"]
    rows = [[c.value for c in r] for r in ws.iter_rows(min_row=2)]
    assert len(rows) == len(list(table.contributions()))
    corrected = next(r for r in rows if r[0] == "4.2")
    assert corrected[3] == "市妇联" and corrected[7:10] == [300, 320, "张三"]
    unreviewed = next(r for r in rows if r[0] == "2.1" and r[3] == "市商务局")
    assert unreviewed[8] == "未审核"


def test_xlsx_has_completion_chart(table):
    wb, raw = _xlsx(table)
    ws = wb[CHART_SHEET]
    assert ws["B1"].value.startswith("完成率")
    names = zipfile.ZipFile(io.BytesIO(raw)).namelist()
    assert any(n.startswith("xl/charts/chart") for n in names)


def test_docx_is_landscape_with_repeated_header_merges_fonts_and_page_numbers(table):
    doc = _docx(table)
    sec = doc.sections[0]
    assert sec.page_width > sec.page_height
    t = doc.tables[0]
    header = t.rows[0]
    assert header._tr.trPr.find(qn("w:tblHeader")) is not None
    assert [c.text for c in header.cells] == list(HEADERS)
    # 序号 of project 1 is one cell over its four rows (three indicators + 工作进展)
    assert t.cell(1, 0)._tc is t.cell(4, 0)._tc
    assert t.cell(1, 2)._tc is not t.cell(2, 2)._tc
    run = doc.paragraphs[0].runs[0]
    assert doc.paragraphs[0].text == TITLE
    assert run._r.rPr.rFonts.get(qn("w:eastAsia")) == "方正小标宋简体"
    body_run = t.cell(1, 1).paragraphs[0].runs[0]
    assert body_run._r.rPr.rFonts.get(qn("w:eastAsia")) == "仿宋_GB2312"
    footer_xml = sec.footer._element.xml
    assert "PAGE" in footer_xml and "NUMPAGES" in footer_xml


def test_unknown_output_format_is_refused_in_chinese(table):
    with pytest.raises(ValueError, match="只能导出"):
        write_table(table, io.BytesIO(), "pdf")
