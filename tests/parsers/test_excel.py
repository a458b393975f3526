import datetime as dt

import openpyxl
import pytest

from parsers.excel import format_date, format_number, parse_xlsx
from parsers.model import Seal
from tests.parsers import builders as b


def save(wb, tmp_path, name="return.xlsx"):
    path = tmp_path / name
    wb.save(path)
    return path


@pytest.mark.parametrize("value,fmt,shown", [
    (0.9, "0%", "90%"),
    (0.955, "0.0%", "95.5%"),
    (12.0, "General", "12"),
    (12.5, "General", "12.5"),
    (0.1 + 0.2, "General", "0.3"),
    (12345.0, "#,##0", "12,345"),
    (1234.5, "#,##0.00", "1,234.50"),
    (5000, '#,##0"人次"', "5,000人次"),
    (2, '0"所"', "2所"),
    (-3, "#,##0;[Red]-#,##0", "-3"),
    (-3, "0;(0)", "(3)"),
    (0, '0;-0;"-"', "-"),
    (1.5, "0.##", "1.5"),
    (12, "0.00_ ", "12.00"),
    (1234567, "#,##0,", "1,235"),
    # General under the name Chinese Excel and WPS save it by
    (12.0, "G/通用格式", "12"),
    (5316, 'G/通用格式"人次"', "5316人次"),
    # [DBNum1] / [DBNum2]: the figures shown in Chinese numerals
    (1068, "[DBNum1][$-804]G/通用格式", "一千零六十八"),
    (12, "[DBNum1][$-804]G/通用格式", "十二"),
    (120000, "[DBNum1]0", "十二万"),
    (4, '[DBNum1]0"所"', "四所"),
    (1068, "[DBNum2][$-804]G/通用格式", "壹仟零陆拾捌"),
])
def test_excel_renders_numbers_as_the_clerk_sees_them(value, fmt, shown):
    assert format_number(value, fmt) == shown


@pytest.mark.parametrize("value,fmt,shown", [
    (dt.datetime(2024, 3, 31), 'yyyy"年"m"月"d"日"', "2024年3月31日"),
    (dt.datetime(2024, 3, 31), "yyyy-mm-dd", "2024-03-31"),
    (dt.datetime(2024, 3, 31), "yyyy/m/d", "2024/3/31"),
    (dt.datetime(2024, 4, 5, 9, 30), "yyyy-mm-dd hh:mm", "2024-04-05 09:30"),
    (dt.datetime(2024, 3, 31), "General", "2024-03-31"),
    (dt.datetime(2024, 3, 31), "G/通用格式", "2024-03-31"),
    (dt.datetime(2024, 10, 9), '[DBNum1][$-804]yyyy"年"m"月"d"日";@', "二〇二四年十月九日"),
])
def test_excel_renders_dates_as_text(value, fmt, shown):
    assert format_date(value, fmt) == shown


def _return_sheet():
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "一季度"
    ws["B2"] = "2024年第一季度进展情况表"
    ws.merge_cells("B2:D2")
    ws["B3"] = "填报单位：市卫生健康委"
    ws.merge_cells("B3:D3")
    ws.append([])
    for r, row in enumerate([["序号", "指标", "累计完成"], [1, "两癌筛查率", 0.9], [2, "托育机构", 12.0]], start=4):
        for c, v in enumerate(row, start=2):
            ws.cell(row=r, column=c, value=v)
    ws["D5"].number_format = "0%"
    return wb


def test_excel_trims_empty_outer_rows_and_columns(tmp_path):
    (table,) = parse_xlsx(save(_return_sheet(), tmp_path)).tables()
    assert (table.n_rows, table.n_cols) == (5, 3)
    assert table.text_grid()[2:] == [["序号", "指标", "累计完成"], ["1", "两癌筛查率", "90%"], ["2", "托育机构", "12"]]


def test_excel_reads_merged_ranges_as_spans(tmp_path):
    (table,) = parse_xlsx(save(_return_sheet(), tmp_path)).tables()
    title = table.cell_at(0, 2)
    assert (title.row, title.col, title.col_span) == (0, 0, 3)


def test_excel_emits_title_lines_above_the_table_as_text(tmp_path):
    doc = parse_xlsx(save(_return_sheet(), tmp_path))
    assert [type(i).__name__ for i in doc.items] == ["TextBlock", "TextBlock", "Table"]
    assert [(i.role, i.text) for i in doc.blocks()] == [
        ("title", "2024年第一季度进展情况表"), ("body", "填报单位：市卫生健康委")]


def test_excel_emits_a_signature_line_below_the_table_as_text(tmp_path):
    wb = _return_sheet()
    wb.active["B8"] = "填报日期：2024年4月3日"
    doc = parse_xlsx(save(wb, tmp_path))
    assert isinstance(doc.items[-1], type(next(doc.blocks())))
    assert doc.items[-1].text == "填报日期：2024年4月3日"


def test_excel_reads_every_visible_sheet_as_a_named_table(tmp_path):
    wb = _return_sheet()
    ws = wb.create_sheet("二季度")
    ws["A1"], ws["B1"] = "指标", "累计"
    hidden = wb.create_sheet("底稿")
    hidden["A1"] = "不该出现"
    hidden.sheet_state = "hidden"
    doc = parse_xlsx(save(wb, tmp_path))
    assert [(t.name, t.page) for t in doc.tables()] == [("一季度", 1), ("二季度", 2)]
    assert "不该出现" not in doc.plain_text()


def test_excel_leaves_out_hidden_rows_and_columns(tmp_path):
    wb = _return_sheet()
    wb.active.row_dimensions[5].hidden = True
    wb.active.column_dimensions["C"].hidden = True
    (table,) = parse_xlsx(save(wb, tmp_path)).tables()
    assert table.text_grid()[2:] == [["序号", "累计完成"], ["2", "12"]]


def test_excel_uses_a_formula_cached_value(tmp_path):
    wb = openpyxl.Workbook()
    wb.active["A1"], wb.active["B1"] = "合计", "=1+1"
    path = save(wb, tmp_path)
    b.rewrite_zip(path, {"xl/worksheets/sheet1.xml": lambda d: d.replace(b"<v></v>", b"<v>2</v>")
                         .replace(b"<v />", b"<v>2</v>").replace(b"<v/>", b"<v>2</v>")})
    doc = parse_xlsx(path)
    assert next(doc.tables()).text_grid() == [["合计", "2"]]
    assert doc.warnings == []


def test_excel_warns_about_a_formula_without_a_cached_value(tmp_path):
    wb = openpyxl.Workbook()
    wb.active["A1"], wb.active["B1"] = "合计", "=SUM(C1:C3)"
    doc = parse_xlsx(save(wb, tmp_path))
    (warning,) = doc.warnings
    assert "B1" in warning and "公式" in warning


def test_excel_reads_custom_properties(tmp_path):
    path = save(_return_sheet(), tmp_path)
    b.add_custom_properties(path, {"wcr_mark": "WCR|1|2024Q1|市卫生健康委|2024-1"})
    assert parse_xlsx(path).properties["wcr_mark"] == "WCR|1|2024Q1|市卫生健康委|2024-1"


def test_excel_without_pictures_leaves_stamped_unknown(tmp_path):
    assert parse_xlsx(save(_return_sheet(), tmp_path)).stamped is None


def test_excel_hands_pasted_pictures_to_the_seal_finder(tmp_path, monkeypatch):
    import io

    from openpyxl.drawing.image import Image
    wb = _return_sheet()
    wb.active.add_image(Image(io.BytesIO(b.png_bytes())), "F2")
    monkeypatch.setattr("parsers.native.load_seal_finder",
                        lambda: (lambda data: [Seal(page=1, text="淄博市卫生健康委员会")]))
    doc = parse_xlsx(save(wb, tmp_path))
    assert len(doc.pictures) == 1
    assert doc.stamped is True and doc.seals[0].text == "淄博市卫生健康委员会"


def test_excel_reads_a_report_typed_into_merged_rows_as_prose(tmp_path):
    wb = openpyxl.Workbook()
    ws = wb.active
    for r, text in enumerate(["关于上半年进展情况的报告", "一、实施家庭教育指导服务行动",
                              "累计举办家庭教育巡讲353场。"], start=1):
        ws.cell(row=r, column=1, value=text)
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=6)
    ws.cell(row=5, column=1, value="2024年7月9日")
    doc = parse_xlsx(save(wb, tmp_path))
    assert list(doc.tables()) == []
    assert [(bl.role, bl.text) for bl in doc.blocks()] == [
        ("title", "关于上半年进展情况的报告"), ("body", "一、实施家庭教育指导服务行动"),
        ("body", "累计举办家庭教育巡讲353场。"), ("body", "2024年7月9日")]


def test_excel_reads_the_print_header_and_footer(tmp_path):
    wb = _return_sheet()
    wb.active.oddHeader.left.text = "报送单位：市卫生健康委"
    wb.active.oddFooter.center.text = "第 &P 页，共 &N 页"
    doc = parse_xlsx(save(wb, tmp_path))
    assert (doc.items[0].role, doc.items[0].text) == ("header", "报送单位：市卫生健康委")
    assert [bl.role for bl in doc.blocks()].count("footer") == 0  # a page-number template only


def test_excel_reads_text_boxes_drawn_on_a_sheet(tmp_path):
    path = save(_return_sheet(), tmp_path)
    b.add_sheet_textbox(path, "淄博市卫生健康委员会")
    doc = parse_xlsx(path)
    assert [(bl.role, bl.text) for bl in doc.blocks()][0] == ("textbox", "淄博市卫生健康委员会")


def test_excel_refuses_a_sheet_whose_used_range_is_absurd(tmp_path):
    from parsers.errors import TooLargeError
    wb = _return_sheet()
    wb.active["XFA1048000"] = "x"
    with pytest.raises(TooLargeError) as e:
        parse_xlsx(save(wb, tmp_path))
    assert "范围过大" in e.value.message


def test_excel_ignores_formatted_empty_cells_far_away(tmp_path):
    from openpyxl.styles import Font
    wb = _return_sheet()
    wb.active["Z5000"].font = Font(bold=True)  # styled, no value
    (table,) = parse_xlsx(save(wb, tmp_path)).tables()
    assert (table.n_rows, table.n_cols) == (5, 3)
