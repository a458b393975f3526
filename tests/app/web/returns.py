"""Small returns built in the tests: a .docx progress table as an office writes it."""
from __future__ import annotations

import io
from typing import Optional

from docx import Document
from docx.oxml import OxmlElement
from docx.oxml.ns import qn

QUARTER_WORDS = {"2024Q1": "截至3月底", "2024Q2": "截至6月底", "2024Q3": "截至9月底",
                 "2024Q4": "截至12月底"}


def return_docx(catalog, unit: str, period: str, values: dict[str, float],
                note: str = "", progress: Optional[dict[int, str]] = None) -> bytes:
    """A return of ``unit`` for ``period`` stating ``values`` (indicator id → figure)."""
    doc = Document()
    doc.add_paragraph(f"2024年为全市妇女儿童办实事工作进展情况表（{QUARTER_WORDS[period]}）")
    doc.add_paragraph(f"填报单位（盖章）：{unit}")
    table = doc.add_table(rows=1, cols=5)
    for cell, text in zip(table.rows[0].cells, ("项目", "指标", "年度目标", "累计完成", "进展情况")):
        cell.text = text
    for p in catalog.projects_of(unit):
        for ind in p.indicators:
            if ind.id not in values:
                continue
            row = table.add_row().cells
            v = values[ind.id]
            row[0].text = p.title
            row[1].text = ind.name
            row[2].text = "" if ind.target is None else f"{ind.target:g}{ind.measure or ''}"
            row[3].text = f"{v:g}{'%' if ind.kind == 'percent' else (ind.measure or '')}"
            row[4].text = (progress or {}).get(p.no, "")
    if note:
        doc.add_paragraph(note)
    _borders(table)
    buf = io.BytesIO()
    doc.save(buf)
    return buf.getvalue()


def _borders(table) -> None:
    tbl_pr = table._tbl.tblPr
    borders = OxmlElement("w:tblBorders")
    for edge in ("top", "left", "bottom", "right", "insideH", "insideV"):
        e = OxmlElement(f"w:{edge}")
        e.set(qn("w:val"), "single")
        e.set(qn("w:sz"), "4")
        borders.append(e)
    tbl_pr.append(borders)
