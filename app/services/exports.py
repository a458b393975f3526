"""Small file builders for downloads (the only place here that imports python-docx and
openpyxl for writing): the return note (退回意见) and the reminder list (催报清单)."""
from __future__ import annotations

import io
from datetime import date


def return_note_docx(unit: str, period_label: str, filename: str, items: list[str]) -> bytes:
    from docx import Document
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.oxml.ns import qn
    from docx.shared import Pt

    doc = Document()
    style = doc.styles["Normal"]
    style.font.name = "宋体"
    style.element.rPr.rFonts.set(qn("w:eastAsia"), "宋体")
    style.font.size = Pt(14)
    title = doc.add_paragraph()
    title.alignment = WD_ALIGN_PARAGRAPH.CENTER
    run = title.add_run("妇女儿童实事进展情况退回意见")
    run.bold = True
    run.font.size = Pt(18)
    doc.add_paragraph(f"{unit}：")
    doc.add_paragraph(f"    贵单位报送的{period_label}进展情况（{filename}）经审核，"
                      f"有以下问题需修改完善，请修改后加盖公章重新报送：")
    for n, item in enumerate(items or ["（无）"], 1):
        doc.add_paragraph(f"    {n}. {item}")
    sign = doc.add_paragraph("市妇儿工委办公室")
    sign.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    d = date.today()
    when = doc.add_paragraph(f"{d.year}年{d.month}月{d.day}日")
    when.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    buf = io.BytesIO()
    doc.save(buf)
    return buf.getvalue()


def reminder_xlsx(title: str, rows: list[dict]) -> bytes:
    from openpyxl import Workbook
    from openpyxl.styles import Alignment, Font

    wb = Workbook()
    ws = wb.active
    ws.title = "催报清单"
    ws.append([title])
    ws.merge_cells(start_row=1, start_column=1, end_row=1, end_column=4)
    ws["A1"].font = Font(bold=True, size=14)
    ws.append(["序号", "部门", "负责的项目", "牵头项目"])
    for c in ws[2]:
        c.font = Font(bold=True)
    for n, r in enumerate(rows, 1):
        ws.append([n, r["unit"], "\n".join(r["projects"]),
                   "、".join(f"项目{no}" for no in r["lead"])])
        for c in ws[ws.max_row]:
            c.alignment = Alignment(wrap_text=True, vertical="top")
    for col, width in zip("ABCD", (6, 22, 48, 16)):
        ws.column_dimensions[col].width = width
    buf = io.BytesIO()
    wb.save(buf)
    return buf.getvalue()
