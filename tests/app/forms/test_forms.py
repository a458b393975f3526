from __future__ import annotations

import io
import re
import zipfile

import pytest
from docx import Document
from openpyxl import load_workbook

from app.forms import FormError, form_file, forms_zip
from app.forms.layout import HEADERS
from app.forms.mark import Mark, parse_mark, qr_png


def _docx_mark(data: bytes) -> str | None:
    with zipfile.ZipFile(io.BytesIO(data)) as z:
        xml = z.read("docProps/custom.xml").decode("utf-8")
    m = re.search(r'name="wcr_mark"><vt:lpwstr>([^<]*)</vt:lpwstr>', xml)
    return m.group(1) if m else None


@pytest.mark.parametrize("payload, mark", [
    ("WCR|1|2024Q2|市教育局|2024-1", Mark("2024Q2", "市教育局", "2024-1")),
    ("WCR|2|2024Q2|市教育局|2024-1", None),
    ("XYZ|1|2024Q2|市教育局|2024-1", None),
    ("WCR|1||市教育局|2024-1", None),
    ("", None)])
def test_mark_payload_is_parsed_only_when_it_is_ours(payload, mark):
    assert parse_mark(payload) == mark
    if mark:
        assert mark.payload == payload


@pytest.mark.parametrize("unit", ["市教育局", "市人力资源社会保障局"])
def test_qr_code_decodes_to_the_payload(unit):
    import zxingcpp
    from PIL import Image
    payload = Mark("2024Q3", unit, "2024-1").payload
    found = zxingcpp.read_barcodes(Image.open(io.BytesIO(qr_png(payload))))
    assert [r.text for r in found] == [payload]


def test_docx_form_carries_the_mark_and_the_departments_indicators(catalog):
    name, data = form_file("市教育局", "2024Q2", "docx", catalog)
    assert name == "2024Q2_市教育局_进展情况表.docx"
    assert _docx_mark(data) == "WCR|1|2024Q2|市教育局|2024-1"
    doc = Document(io.BytesIO(data))
    t = doc.tables[0]
    assert [c.text for c in t.rows[0].cells] == list(HEADERS)
    indicators = [r.cells[2].text for r in t.rows[1:]]
    expected = [i.id for p in catalog.projects_of("市教育局") for i in p.indicators]
    assert len(indicators) == len(expected)  # projects 1, 4, 8
    assert indicators[0] == "新改扩建中小学（所）"
    assert t.rows[1].cells[3].text == "4所"
    # project cells span the project's indicator rows
    assert t.cell(1, 0)._tc is t.cell(3, 0)._tc and t.cell(1, 6)._tc is t.cell(3, 6)._tc
    header = doc.sections[0].header
    assert header._element.xpath(".//pic:pic"), "QR picture in the header"
    text = "\n".join(p.text for p in doc.paragraphs)
    for label in ("填报单位（盖章）：市教育局", "报送时间", "联系人", "联系电话", "单位负责人（签字）",
                  "单位公章"):
        assert label in text


def test_xlsx_form_carries_the_mark_as_property_header_picture_and_sheet_picture(catalog):
    name, data = form_file("市卫生健康委", "2024Q1", "xlsx", catalog)
    wb = load_workbook(io.BytesIO(data))
    props = {p.name: p.value for p in wb.custom_doc_props.props}
    assert props["wcr_mark"] == "WCR|1|2024Q1|市卫生健康委|2024-1"
    ws = wb.active
    assert [c.value for c in ws[4]][:len(HEADERS)] == list(HEADERS)
    assert ws.page_setup.orientation == "landscape"
    assert "&G" in ws.oddHeader.right.text
    names = zipfile.ZipFile(io.BytesIO(data)).namelist()
    assert "xl/drawings/vmlDrawingHF1.vml" in names and "xl/media/wcr_mark.png" in names
    assert len(ws._images) >= 1


def test_co_department_sees_the_lead_named(catalog):
    _, data = form_file("市妇联", "2024Q2", "docx", catalog)
    doc = Document(io.BytesIO(data))
    titles = {r.cells[1].text for r in doc.tables[0].rows[1:]}
    assert any("牵头单位：市人力资源社会保障局" in t for t in titles)


def test_zip_holds_both_formats_for_each_department_asked(catalog):
    data = forms_zip("2024Q4", units=["团市委", "市科协"], catalog=catalog)
    names = sorted(zipfile.ZipFile(io.BytesIO(data)).namelist())
    assert names == sorted(f"2024Q4_{u}_进展情况表.{f}" for u in ("团市委", "市科协")
                           for f in ("docx", "xlsx"))


@pytest.mark.parametrize("unit, period, fmt, message", [
    ("某某局", "2024Q2", "docx", "没有部门"),
    ("市教育局", "2024Q5", "docx", "写法不对"),
    ("市教育局", "2023Q2", "docx", "没有季度"),
    ("市教育局", "2024Q2", "pdf", "不支持")])
def test_bad_requests_are_refused_in_chinese(catalog, unit, period, fmt, message):
    with pytest.raises(FormError, match=message):
        form_file(unit, period, fmt, catalog)
