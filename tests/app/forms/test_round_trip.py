"""Round trip from the office's own forms: blank forms → filled in by two departments →
``python -m app consolidate FILE… -o x.xlsx`` → the table holds exactly the filled figures."""
from __future__ import annotations

import io
import subprocess
import sys
from pathlib import Path

import pytest
from docx import Document
from openpyxl import load_workbook

from app.forms import form_file
from app.forms.layout import indicator_label

pytestmark = pytest.mark.slow
ROOT = Path(__file__).resolve().parents[3]

EDUCATION = {"1.1": "3", "1.2": "6所", "1.3": "5", "4.1": "120", "4.2": "60", "8.1": "90场",
             "8.2": "100%"}
WOMEN = {"2.1": "800", "4.1": "450", "4.2": "300人", "5.1": "6", "6.1": "3"}
EXPECTED = {"1.1": 3, "1.2": 6, "1.3": 5, "4.1": 570, "4.2": 360, "8.1": 90, "2.1": 800,
            "5.1": 6, "6.1": 3}


def _labels(catalog, unit):
    return {indicator_label(i): i.id for p in catalog.projects_of(unit) for i in p.indicators}


def fill_docx(data: bytes, catalog, unit: str, figures: dict[str, str]) -> bytes:
    doc = Document(io.BytesIO(data))
    labels = _labels(catalog, unit)
    for row in doc.tables[0].rows[1:]:
        ind = labels.get(row.cells[2].text)
        if ind in figures:
            row.cells[4].text = figures[ind]
            row.cells[6].text = "按计划推进，完成情况良好。"
    buf = io.BytesIO()
    doc.save(buf)
    return buf.getvalue()


def fill_xlsx(data: bytes, catalog, unit: str, figures: dict[str, str]) -> bytes:
    wb = load_workbook(io.BytesIO(data))
    ws = wb.active
    labels = _labels(catalog, unit)
    for row in ws.iter_rows(min_row=5):
        ind = labels.get(row[2].value)
        if ind in figures:
            row[4].value = figures[ind]
    buf = io.BytesIO()
    wb.save(buf)
    return buf.getvalue()


def test_filled_forms_consolidate_to_the_filled_figures(catalog, tmp_path):
    edu = tmp_path / "教育局回执.docx"
    edu.write_bytes(fill_docx(form_file("市教育局", "2024Q2", "docx", catalog)[1], catalog,
                              "市教育局", EDUCATION))
    women = tmp_path / "妇联回执.xlsx"
    women.write_bytes(fill_xlsx(form_file("市妇联", "2024Q2", "xlsx", catalog)[1], catalog,
                                "市妇联", WOMEN))
    broken = tmp_path / "损坏.docx"
    broken.write_bytes(b"PK\x03\x04 not really a zip")
    out = tmp_path / "汇总表.xlsx"
    proc = subprocess.run([sys.executable, "-m", "app", "consolidate", str(edu), str(broken),
                           str(women), "-o", str(out)], cwd=ROOT, capture_output=True, timeout=300)
    stderr = proc.stderr.decode("utf-8", "replace")
    assert proc.returncode == 0, stderr
    assert f"✗ {broken}" in stderr  # listed, and the files after it still read
    wb = load_workbook(out)
    legend = [c.value for c in wb["进展情况表"]["A"] if isinstance(c.value, str)][-1]
    assert "损坏.docx：未能读取" in legend
    sources = wb["数据来源"]
    read = {(r[0].value, r[3].value): r[7].value for r in sources.iter_rows(min_row=2)}
    filled = {(k, "市教育局"): float(v.rstrip("所场人%")) for k, v in EDUCATION.items()}
    filled.update({(k, "市妇联"): float(v.rstrip("所场人%")) for k, v in WOMEN.items()})
    assert {k: float(v) for k, v in read.items() if v is not None} == filled
    table = wb["进展情况表"]
    progress = {}
    for row in table.iter_rows(min_row=4, values_only=True):
        if row[2] and row[4]:
            progress[row[2]] = row[4]
    for ind_id, value in EXPECTED.items():
        ind = catalog.indicator(ind_id)
        cell = next(v for k, v in progress.items() if k.startswith(ind.name))
        assert cell.startswith(f"累计完成{value}{ind.measure}"), (ind_id, cell)


def test_filled_form_printed_and_scanned_consolidates_to_the_filled_figures(catalog, tmp_path):
    """The same on paper: the filled Word form printed to PDF, rasterised at 200 dpi, slightly
    turned and blurred like a scan, saved as an image-only PDF, and consolidated."""
    from PIL import Image, ImageFilter

    from tests.app.consolidate.render import page_images, to_pdf

    figures = {"9.2": "12", "9.3": "15场"}
    filled = tmp_path / "filled.docx"
    filled.write_bytes(fill_docx(form_file("市科协", "2024Q2", "docx", catalog)[1], catalog,
                                 "市科协", figures))
    pages = page_images(to_pdf(filled, tmp_path), 200, tmp_path)
    scans = [Image.open(p).convert("L").rotate(0.8, expand=True, fillcolor=255)
             .filter(ImageFilter.GaussianBlur(0.6)) for p in pages]
    scan = tmp_path / "扫描件.pdf"
    scans[0].save(scan, save_all=True, append_images=scans[1:], resolution=200)
    out = tmp_path / "汇总表.xlsx"
    proc = subprocess.run([sys.executable, "-m", "app", "consolidate", str(scan), "-o", str(out)],
                          cwd=ROOT, capture_output=True, timeout=300)
    assert proc.returncode == 0, proc.stderr.decode("utf-8", "replace")
    sources = load_workbook(out)["数据来源"]
    read = {(r[0].value, r[3].value): r[7].value for r in sources.iter_rows(min_row=2)}
    assert read == {("9.2", "市科协"): 12, ("9.3", "市科协"): 15}
