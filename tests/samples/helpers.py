"""Reading the samples back without the product's parsers, to check the generator."""
from __future__ import annotations

import zipfile
from xml.etree import ElementTree as ET

from samples import numbers

W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"


def docx_text(path) -> str:
    """Every w:t of the body, headers and text boxes, paragraph by paragraph."""
    out = []
    with zipfile.ZipFile(path) as z:
        for name in z.namelist():
            if name.startswith("word/") and name.endswith(".xml") and (
                    "document" in name or "header" in name or "footer" in name):
                root = ET.fromstring(z.read(name))
                for p in root.iter(f"{W}p"):
                    out.append("".join(t.text or "" for t in p.iter(f"{W}t")))
    return "\n".join(out)


def xlsx_cells(path) -> list:
    """Every non-empty cell value of every sheet (cached values of formulas), and the headers."""
    from openpyxl import load_workbook
    wb = load_workbook(path, data_only=True)
    out: list = []
    for ws in wb.worksheets:
        out.append(ws.oddHeader.left.text or "")
        out += [v for row in ws.iter_rows(values_only=True) for v in row if v is not None]
    return out


def pdf_text(path) -> str:
    import pypdfium2 as pdfium
    pdf = pdfium.PdfDocument(str(path))
    try:
        return "\n".join(pdf[i].get_textpage().get_text_range() for i in range(len(pdf)))
    finally:
        pdf.close()


def written_forms(value: float, percent: bool) -> set[str]:
    """The ways the generator may write ``value``: 1230, 1,230, 一千二百三十, １２３０ …"""
    if percent:
        a = numbers.arabic(value)
        forms = {a, numbers.fullwidth(a), "百分之" + numbers.chinese_decimal(value)}
        if value == 100:
            forms.add("百分之百")
        return forms
    n = int(value)
    forms = {str(n), f"{n:,}", numbers.chinese_int(n), numbers.chinese_int(n, liang=True),
             numbers.fullwidth(str(n))}
    if n >= 1000 and n % 100 == 0:
        forms.add(f"{n / 10000:g}万")
    return forms
