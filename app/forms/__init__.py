"""Blank return forms per department and quarter, Word and Excel, pre-filled with the
department's projects, indicators and targets and carrying the template mark.

    from app.forms import form_file, forms_zip
    name, data = form_file("市教育局", "2024Q2", "docx")   # one file
    data = forms_zip("2024Q2")                              # all departments, both formats
"""
from __future__ import annotations

import io
import zipfile
from typing import Iterable, Optional

from app.catalog import Catalog, get_catalog
from app.consolidate.periods import parse_period
from app.forms.layout import form_content

FORMATS = ("docx", "xlsx")


class FormError(ValueError):
    """A request for a form that cannot be made; the message is for the clerk."""


def form_filename(unit: str, period: str, fmt: str) -> str:
    return f"{period}_{unit}_进展情况表.{fmt}"


def form_file(unit: str, period: str, fmt: str = "docx",
              catalog: Optional[Catalog] = None) -> tuple[str, bytes]:
    """One blank form: (file name, file bytes)."""
    catalog = catalog or get_catalog()
    try:
        parse_period(period)
    except ValueError as e:
        raise FormError(str(e)) from e
    if period not in catalog.periods:
        raise FormError(f"{catalog.year}年的清单中没有季度 {period}")
    if fmt not in FORMATS:
        raise FormError(f"空白表只能生成 .docx 或 .xlsx，不支持“{fmt}”")
    try:
        form = form_content(catalog, unit, period)
    except KeyError as e:
        raise FormError(f"清单中没有部门“{unit}”") from e
    if fmt == "docx":
        from app.forms.docx_form import build_form_docx
        data = build_form_docx(form)
    else:
        from app.forms.xlsx_form import build_form_xlsx
        data = build_form_xlsx(form)
    return form_filename(unit, period, fmt), data


def all_forms(period: str, units: Optional[Iterable[str]] = None,
              formats: Iterable[str] = FORMATS,
              catalog: Optional[Catalog] = None) -> Iterable[tuple[str, bytes]]:
    catalog = catalog or get_catalog()
    names = list(units) if units else [u.name for u in catalog.units]
    for unit in names:
        for fmt in formats:
            yield form_file(unit, period, fmt, catalog)


def forms_zip(period: str, units: Optional[Iterable[str]] = None,
              formats: Iterable[str] = FORMATS, catalog: Optional[Catalog] = None) -> bytes:
    """A zip of the forms of every department (or ``units``) for ``period``."""
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as zf:
        for name, data in all_forms(period, units, formats, catalog):
            zf.writestr(name, data)
    return buf.getvalue()
