"""Small file builders for downloads, the only place in the web service that writes Word or
Excel files: the return note (退回意见, through the consolidation's Word helpers) and the
reminder list (催报清单)."""
from __future__ import annotations

import io
from datetime import date

from docx.shared import Pt


def return_note_docx(unit: str, period_label: str, filename: str, items: list[str]) -> bytes:
    """The return note as an A4 official-looking Word file, built with the consolidated
    table's python-docx helpers (app.consolidate.word: fonts, page set-up)."""
    from app.consolidate.style import HEADER_FONT
    from app.consolidate.word import office_document, paragraph

    doc = office_document()
    paragraph(doc, "妇女儿童实事进展情况退回意见", align="center", name=HEADER_FONT, size=20,
              space_after=12)
    paragraph(doc, f"{unit}：", space_after=6)
    paragraph(doc, f"    贵单位报送的{period_label}进展情况（{filename}）经审核，有以下问题需修改完善，"
                   f"请修改后加盖公章重新报送：", space_after=6)
    for n, item in enumerate(items or ["（无）"], 1):
        paragraph(doc, f"    {n}. {item}", space_after=3)
    paragraph(doc, "市妇儿工委办公室", align="right", space_after=0).paragraph_format.space_before = Pt(18)
    d = date.today()
    paragraph(doc, f"{d.year}年{d.month}月{d.day}日", align="right")
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
